"""Roadmap gestures turned into Document calls, one undo step each.

The views decide *what* the user asked for; these functions ask the core what changes that
means and push them through the Document's API (set_fields / add_entities / macro).
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from pmdesk.core.entities import (
    Horizon,
    Plan,
    RoadmapDependency,
    RoadmapItem,
    RoadmapLane,
    ScoringModel,
)
from pmdesk.core.roadmap import HORIZON_LABELS, delivery_tasks, next_position, plan_move
from pmdesk.core.scoring import custom_model
from pmdesk.operations.editor import PlanEditor
from pmdesk.theme import LANE_COLOURS

LANE_COLORS = LANE_COLOURS


def move_items(
    document: PlanEditor, item_ids: list[int], lane_id: int | None, horizon: Horizon, index: int
) -> bool:
    """Move cards into a cell before ``index`` (of the full cell); False when nothing changes."""
    changes = plan_move(document.data, item_ids, lane_id, Horizon(horizon), index)
    if not changes:
        return False
    count = len(item_ids)
    same_cell = all(
        (document.data.roadmap_items[i].lane_id, document.data.roadmap_items[i].horizon)
        == (lane_id, horizon)
        for i in item_ids
    )
    items = document.data.roadmap_items
    if same_cell:
        text = "Reorder card" if count == 1 else f"Reorder {count} cards"
    elif count > 1:
        text = f"Move {count} cards"
    elif items[item_ids[0]].horizon == horizon and lane_id in document.data.roadmap_lanes:
        text = f"Move card to {document.data.roadmap_lanes[lane_id].name}"
    else:
        text = f"Move card to {HORIZON_LABELS[Horizon(horizon)]}"
    with document.macro(text):
        # Moving cards first, then the renumbered neighbours: order does not matter for the result.
        for item_id, values in changes.items():
            document.set_fields(RoadmapItem, item_id, text, **values)
    return True


def add_item(
    document: PlanEditor, title: str, lane_id: int | None, horizon: Horizon, **values: Any
) -> int:
    data = document.data
    item = RoadmapItem(
        id=data.new_id(RoadmapItem),
        title=title.strip() or "New item",
        lane_id=lane_id,
        horizon=Horizon(horizon),
        position=next_position(data, lane_id, Horizon(horizon)),
        **values,
    )
    document.add_entities([item], "Add card")
    return item.id


def update_item(document: PlanEditor, item_id: int, text: str, **values: Any) -> None:
    item = document.data.roadmap_items[item_id]
    changed = {k: v for k, v in values.items() if getattr(item, k) != v}
    if changed:
        document.set_fields(RoadmapItem, item_id, text, **changed)


def delete_items(document: PlanEditor, item_ids: list[int]) -> None:
    ids = [i for i in item_ids if i in document.data.roadmap_items]
    if ids:
        text = "Delete card" if len(ids) == 1 else f"Delete {len(ids)} cards"
        document.remove_entities([(RoadmapItem, i) for i in ids], text)


def set_dates(document: PlanEditor, item_id: int, start: date | None, end: date | None) -> None:
    update_item(document, item_id, "Change card dates", target_start=start, target_end=end)


def add_lane(document: PlanEditor, name: str, color: str | None = None) -> int:
    data = document.data
    lanes = data.roadmap_lanes
    lane = RoadmapLane(
        id=data.new_id(RoadmapLane),
        name=name.strip() or "New lane",
        color=color or LANE_COLORS[len(lanes) % len(LANE_COLORS)],
        position=max((lane.position for lane in lanes.values()), default=-1) + 1,
    )
    document.add_entities([lane], "Add lane")
    return lane.id


def update_lane(document: PlanEditor, lane_id: int, text: str, **values: Any) -> None:
    lane = document.data.roadmap_lanes[lane_id]
    changed = {k: v for k, v in values.items() if getattr(lane, k) != v}
    if changed:
        document.set_fields(RoadmapLane, lane_id, text, **changed)


def move_lane(document: PlanEditor, lane_id: int, step: int) -> None:
    """Move a lane up (-1) or down (+1) among the lanes."""
    lanes = sorted(document.data.roadmap_lanes.values(), key=lambda lane: (lane.position, lane.id))
    index = next(i for i, lane in enumerate(lanes) if lane.id == lane_id)
    if 0 <= index + step < len(lanes):
        place_lane(document, lane_id, index + step)


def place_lane(document: PlanEditor, lane_id: int, index: int) -> None:
    """Put a lane at ``index`` among the lanes (0 = top); positions renumbered as one step."""
    lanes = sorted(document.data.roadmap_lanes.values(), key=lambda lane: (lane.position, lane.id))
    current = next(i for i, lane in enumerate(lanes) if lane.id == lane_id)
    lanes.insert(max(0, min(index, len(lanes) - 1)), lanes.pop(current))
    if all(lane.position == position for position, lane in enumerate(lanes)):
        return
    with document.macro("Move lane"):
        for position, lane in enumerate(lanes):
            if lane.position != position:
                document.set_fields(RoadmapLane, lane.id, "Move lane", position=position)


def delete_lane(document: PlanEditor, lane_id: int) -> None:
    """Delete a lane; its cards stay on the board in the "No lane" row."""
    document.remove_entities([(RoadmapLane, lane_id)], "Delete lane")


def plan_delivery(document: PlanEditor, item_id: int) -> int:
    """Create a summary task + milestone for a card and link the card to the summary."""
    data = document.data
    item = data.roadmap_items[item_id]
    summary, milestone = delivery_tasks(data, item)
    with document.macro("Plan delivery"):
        document.add_entities([summary, milestone], "Plan delivery")
        document.set_fields(RoadmapItem, item_id, "Plan delivery", linked_task_id=summary.id)
    return summary.id


def set_blockers(document: PlanEditor, item_id: int, blocker_ids: list[int]) -> None:
    """Make ``blocker_ids`` exactly the cards that block ``item_id``."""
    data = document.data
    current = {
        dep.blocker_id: dep.id
        for dep in data.roadmap_dependencies.values()
        if dep.item_id == item_id
    }
    wanted = {b for b in blocker_ids if b != item_id and b in data.roadmap_items}
    remove = [
        (RoadmapDependency, dep_id) for blocker, dep_id in current.items() if blocker not in wanted
    ]
    next_id = data.new_id(RoadmapDependency)
    add: list[RoadmapDependency] = []
    for blocker in sorted(wanted - set(current)):
        add.append(RoadmapDependency(id=next_id, item_id=item_id, blocker_id=blocker))
        next_id += 1
    if not remove and not add:
        return
    with document.macro("Change blockers"):
        if remove:
            document.remove_entities(remove, "Change blockers")
        if add:
            document.add_entities(add, "Change blockers")


def roadmap_settings(document: PlanEditor) -> dict[str, Any]:
    return dict(document.data.plan.settings.get("roadmap") or {})


def set_roadmap_setting(document: PlanEditor, text: str, **values: Any) -> None:
    """Change plan.settings["roadmap"] keys (a new dict, so undo restores the old one)."""
    settings = copy.deepcopy(document.data.plan.settings)
    roadmap = dict(settings.get("roadmap") or {})
    if all(roadmap.get(k) == v for k, v in values.items()):
        return
    roadmap.update(values)
    settings["roadmap"] = roadmap
    document.set_fields(Plan, document.data.plan.id, text, settings=settings)


def set_custom_formula(document: PlanEditor, formula: str, criteria: list[str]) -> None:
    """Store the custom formula (the caller has parsed it) in the plan's CUSTOM scoring model."""
    data = document.data
    model = custom_model(data)
    if model is None:
        new = ScoringModel(
            id=data.new_id(ScoringModel),
            name="Custom",
            framework="CUSTOM",
            formula=formula,
            criteria=list(criteria),
        )
        document.add_entities([new], "Set custom formula")
    elif model.formula != formula or model.criteria != list(criteria):
        document.set_fields(
            ScoringModel, model.id, "Set custom formula", formula=formula, criteria=list(criteria)
        )
