"""Roadmap logic without Qt: forecasts from the schedule, slip flags, dependency warnings,
filters, card moves between cells, "Plan delivery" and the timeline's periods.

Views call these and turn the results into undo commands; nothing here mutates the plan.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pmdesk.core.entities import ConstraintType, Horizon, RoadmapItem, Task
from pmdesk.core.localeformat import format_date_pattern
from pmdesk.core.plandata import PlanData
from pmdesk.core.translation import QT_TRANSLATE_NOOP, TranslatedLabels, translate

if TYPE_CHECKING:  # the scheduling package loads the engine: not needed at run time here
    from pmdesk.core.scheduling.result import Schedule
    from pmdesk.core.scoring import ScoringConfig

HORIZONS: tuple[Horizon, ...] = (Horizon.NOW, Horizon.NEXT, Horizon.LATER, Horizon.PARKED)
HORIZON_LABELS = TranslatedLabels(
    "Roadmap",
    {
        Horizon.NOW: QT_TRANSLATE_NOOP("Roadmap", "Now"),
        Horizon.NEXT: QT_TRANSLATE_NOOP("Roadmap", "Next"),
        Horizon.LATER: QT_TRANSLATE_NOOP("Roadmap", "Later"),
        Horizon.PARKED: QT_TRANSLATE_NOOP("Roadmap", "Parked"),
    },
)
HORIZON_ORDER = {h: i for i, h in enumerate(HORIZONS)}

STATUSES = ("idea", "planned", "in_progress", "at_risk", "done")
STATUS_LABELS = TranslatedLabels(
    "Roadmap",
    {
        "idea": QT_TRANSLATE_NOOP("Roadmap", "Idea"),
        "planned": QT_TRANSLATE_NOOP("Roadmap", "Planned"),
        "in_progress": QT_TRANSLATE_NOOP("Roadmap", "In progress"),
        "at_risk": QT_TRANSLATE_NOOP("Roadmap", "At risk"),
        "done": QT_TRANSLATE_NOOP("Roadmap", "Done"),
    },
)


# -- delivery forecast ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Forecast:
    """What the schedule says about a linked card. All None/False for an unlinked card."""

    finish: datetime | None = None
    percent_complete: float | None = None
    slipping: bool = False
    slip_days: int = 0  # calendar days the forecast finish is past the target end
    # Unfinished, yet scheduled to finish before the status date: no forecast can be in the
    # past, so the card says "overdue" (the plan needs its progress or a new date).
    overdue: bool = False


UNLINKED = Forecast()


def forecast_item(
    item: RoadmapItem, schedule: Schedule | None, status_date: datetime | None = None
) -> Forecast:
    """The forecast of one item from a Schedule (``schedule.tasks[id].finish/.percent_complete``).

    A card slips when its linked task's scheduled finish falls on a later day than its target
    end. A link to a task that no longer exists (or a plan not scheduled yet) gives no forecast.
    """
    if item.linked_task_id is None or schedule is None:
        return UNLINKED
    scheduled = schedule.tasks.get(item.linked_task_id)
    if scheduled is None or scheduled.finish is None:
        return UNLINKED
    finish = scheduled.finish
    slip_days = 0
    if item.target_end is not None:
        slip_days = max(0, (finish.date() - item.target_end).days)
    percent = float(scheduled.percent_complete or 0.0)
    overdue = status_date is not None and percent < 100 and finish < status_date
    return Forecast(finish, percent, slip_days > 0, slip_days, overdue)


def forecast_items(
    items: Iterable[RoadmapItem], schedule: Schedule | None, status_date: datetime | None = None
) -> dict[int, Forecast]:
    return {item.id: forecast_item(item, schedule, status_date) for item in items}


def board_order(data: PlanData) -> list[RoadmapItem]:
    """Every item in board order: lane position, horizon (Now..Parked), position in the cell."""
    lanes = data.roadmap_lanes
    lane_order: dict[int | None, tuple[float, int]] = {
        lane.id: (lane.position, lane.id) for lane in lanes.values()
    }

    def key(item: RoadmapItem) -> tuple[tuple[float, int], int, int, int]:
        return (
            lane_order.get(item.lane_id, (float("inf"), 0)),
            HORIZON_ORDER[Horizon(item.horizon)],
            item.position,
            item.id,
        )

    return sorted(data.roadmap_items.values(), key=key)


RECORD_FIELDS = (
    "id",
    "title",
    "lane",
    "horizon",
    "status",
    "framework",
    "score",
    "target_start",
    "target_end",
    "linked_task_id",
    "forecast_finish",
    "percent_complete",
    "slipping",
)


def item_records(
    data: PlanData,
    schedule: Schedule | None,
    items: Iterable[RoadmapItem] | None = None,
    config: ScoringConfig | None = None,
) -> list[dict[str, Any]]:
    """One plain dict per item (default: all, in board order) with the fields of
    ``pmdesk roadmap --json``: score None when unscored, forecast fields None when unlinked."""
    from pmdesk.core.scoring import ScoringConfig, score_item

    config = config or ScoringConfig.from_plan(data)
    lanes = data.roadmap_lanes
    records = []
    for item in board_order(data) if items is None else items:
        forecast = forecast_item(item, schedule)
        linked = forecast.finish is not None
        lane = lanes.get(item.lane_id) if item.lane_id is not None else None
        records.append(
            {
                "id": item.id,
                "title": item.title,
                "lane": lane.name if lane is not None else None,
                "horizon": str(item.horizon),
                "status": item.status,
                "framework": item.framework,
                "score": score_item(item, config),
                "target_start": item.target_start.isoformat() if item.target_start else None,
                "target_end": item.target_end.isoformat() if item.target_end else None,
                "linked_task_id": item.linked_task_id,
                "forecast_finish": forecast.finish.isoformat(timespec="minutes")
                if forecast.finish is not None  # linked
                else None,
                "percent_complete": forecast.percent_complete if linked else None,
                "slipping": forecast.slipping if linked else None,
            }
        )
    return records


# -- dependencies between cards ------------------------------------------------------------
def dependency_warnings(data: PlanData) -> dict[int, list[str]]:
    """item id -> sentences about blockers it conflicts with.

    A card is warned when it sits in an earlier horizon than a card that blocks it (Now before
    Next before Later; a parked blocker always warns an active card), or when it ends before its
    blocker ends.
    """
    items = data.roadmap_items
    warnings: dict[int, list[str]] = {}
    for dep in data.roadmap_dependencies.values():
        item, blocker = items.get(dep.item_id), items.get(dep.blocker_id)
        if item is None or blocker is None or item.id == blocker.id:
            continue
        found = []
        if (
            item.horizon != Horizon.PARKED
            and HORIZON_ORDER[item.horizon] < HORIZON_ORDER[blocker.horizon]
        ):
            found.append(
                f"Planned for {HORIZON_LABELS[item.horizon]} but blocked by “{blocker.title}” "
                f"in {HORIZON_LABELS[blocker.horizon]}."
            )
        if item.target_end and blocker.target_end and item.target_end < blocker.target_end:
            found.append(
                f"Ends {item.target_end:%d %b %Y}, before its blocker “{blocker.title}” "
                f"ends ({blocker.target_end:%d %b %Y})."
            )
        if found:
            warnings.setdefault(item.id, []).extend(found)
    return warnings


# -- filters ------------------------------------------------------------------------------------
@dataclass(slots=True)
class RoadmapFilter:
    """Which cards to show. Empty sets mean "any". Dates are never a filter criterion, so an
    item without target dates is never hidden by one (the timeline lists it as undated)."""

    lanes: set[int | None] = field(default_factory=set)  # None in the set: cards with no lane
    statuses: set[str] = field(default_factory=set)
    tags: set[str] = field(default_factory=set)  # any of these tags
    text: str = ""
    linked: bool | None = None  # True: linked to delivery only, False: unlinked only

    @property
    def active(self) -> bool:
        return bool(
            self.lanes or self.statuses or self.tags or self.text.strip() or self.linked is not None
        )

    def matches(self, item: RoadmapItem) -> bool:
        if self.lanes and item.lane_id not in self.lanes:
            return False
        if self.statuses and item.status not in self.statuses:
            return False
        if self.tags and not {t.lower() for t in self.tags} & {t.lower() for t in item.tags}:
            return False
        if self.linked is not None and (item.linked_task_id is not None) != self.linked:
            return False
        text = self.text.strip().lower()
        if text:
            haystack = " ".join([item.title, item.description, *item.tags]).lower()
            if not all(word in haystack for word in text.split()):
                return False
        return True

    def apply(self, items: Iterable[RoadmapItem]) -> list[RoadmapItem]:
        return [item for item in items if self.matches(item)]


def all_tags(data: PlanData) -> list[str]:
    return sorted({tag for item in data.roadmap_items.values() for tag in item.tags}, key=str.lower)


# -- cells and moves ----------------------------------------------------------------------------
def cell_order(item: RoadmapItem) -> tuple[int, int]:
    return (item.position, item.id)


def cells(items: Iterable[RoadmapItem]) -> dict[tuple[int | None, Horizon], list[RoadmapItem]]:
    """(lane id, horizon) -> its items in display order."""
    grid: dict[tuple[int | None, Horizon], list[RoadmapItem]] = {}
    for item in items:
        grid.setdefault((item.lane_id, Horizon(item.horizon)), []).append(item)
    for cell in grid.values():
        cell.sort(key=cell_order)
    return grid


def plan_move(
    data: PlanData, item_ids: list[int], lane_id: int | None, horizon: Horizon, index: int
) -> dict[int, dict[str, Any]]:
    """The field changes that move ``item_ids`` (in that order) into a cell before ``index``.

    ``index`` counts the target cell's items as shown before the move. Returns item id -> the
    fields that change (only real changes); the caller applies them as one undo step. The
    source cells keep their order; positions are renumbered 0..n-1 where they change.
    """
    items = data.roadmap_items
    moving = [items[i] for i in item_ids if i in items]
    moving_ids = {item.id for item in moving}
    grid = cells(items.values())
    target_key = (lane_id, Horizon(horizon))
    target = grid.get(target_key, [])
    index = max(0, min(index, len(target)))
    before = [it for it in target[:index] if it.id not in moving_ids]
    after = [it for it in target[index:] if it.id not in moving_ids]
    new_target = before + moving + after

    changes: dict[int, dict[str, Any]] = {}

    def note(item: RoadmapItem, **values: Any) -> None:
        diff = {k: v for k, v in values.items() if getattr(item, k) != v}
        if diff:
            changes.setdefault(item.id, {}).update(diff)

    for position, item in enumerate(new_target):
        note(item, lane_id=lane_id, horizon=Horizon(horizon), position=position)
    source_keys = {(it.lane_id, Horizon(it.horizon)) for it in moving} - {target_key}
    for key in source_keys:
        remaining = [it for it in grid.get(key, []) if it.id not in moving_ids]
        for position, item in enumerate(remaining):
            note(item, position=position)
    return changes


def next_position(data: PlanData, lane_id: int | None, horizon: Horizon) -> int:
    cell = cells(data.roadmap_items.values()).get((lane_id, Horizon(horizon)), [])
    return (cell[-1].position + 1) if cell else 0


# -- plan delivery --------------------------------------------------------------------------
def delivery_tasks(data: PlanData, item: RoadmapItem) -> tuple[Task, Task]:
    """A summary task named after the card and a milestone under it, ready to add.

    The milestone carries the card's target end as its deadline, so the Gantt shows the
    commitment, and starts no earlier than the card's target start (SNET), so an empty
    delivery is not forecast before its window opens. The card links to the summary, whose
    finish and % complete roll up the work the project manager then adds under it.
    """
    summary_id = data.new_id(Task)
    top_level = data.children(None)
    position = (top_level[-1].position + 1) if top_level else 0
    deadline = (
        datetime.combine(item.target_end, datetime.min.time()).replace(hour=17)
        if item.target_end
        else None
    )
    summary = Task(
        id=summary_id,
        name=item.title or "Roadmap item",
        position=position,
        duration=0,
        notes=f"Delivers roadmap item “{item.title}”.",
    )
    milestone = Task(
        id=summary_id + 1,
        name=f"{item.title or 'Roadmap item'} delivered",
        parent_id=summary_id,
        position=0,
        duration=0,
        milestone=True,
        deadline=deadline,
    )
    if item.target_start is not None:
        milestone.constraint_type = ConstraintType.SNET
        milestone.constraint_date = datetime.combine(
            item.target_start, datetime.min.time()
        ).replace(hour=8)
    return summary, milestone


# -- timeline periods ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Period:
    label: str
    start: date  # first day
    end: date  # first day of the next period


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    return date(day.year + month0 // 12, month0 % 12 + 1, 1)


def fiscal_year(day: date, fy_start_month: int) -> int:
    """The fiscal year a day falls in, named by the calendar year in which that year ends."""
    if fy_start_month == 1:
        return day.year
    return day.year + 1 if day.month >= fy_start_month else day.year


def periods(start: date, end: date, unit: str = "month", fy_start_month: int = 1) -> list[Period]:
    """Months or fiscal quarters covering start..end (inclusive), aligned to the fiscal year."""
    fy_start_month = min(12, max(1, int(fy_start_month)))
    if end < start:
        start, end = end, start
    result: list[Period] = []
    if unit == "quarter":
        offset = (start.month - fy_start_month) % 3
        cursor = _add_months(date(start.year, start.month, 1), -offset)
        step = 3
    else:
        cursor = date(start.year, start.month, 1)
        step = 1
    while cursor <= end:
        nxt = _add_months(cursor, step)
        if step == 3:
            quarter = ((cursor.month - fy_start_month) % 12) // 3 + 1
            fy = fiscal_year(cursor, fy_start_month)
            # "Q4 2026" ("K4 2026" in Indonesian): the quarter, a space, then the year.
            year = (
                str(fy)
                if fy_start_month == 1
                else translate("Roadmap", "FY%1").replace("%1", f"{fy % 100:02d}")
            )
            label = translate("Roadmap", "Q%1 %2").replace("%1", str(quarter)).replace("%2", year)
        else:  # the month in the interface language ("Okt 2026")
            label = format_date_pattern(cursor, "MMM y")
        result.append(Period(label, cursor, nxt))
        cursor = nxt
    return result
