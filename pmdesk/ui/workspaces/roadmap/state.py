"""What every roadmap view shows: derived scores, forecasts, warnings, the filter and the selection.

One RoadmapState per workspace is shared by the board, the timeline, the table and the chart,
so a card selected on the board is selected in the table, and a filter applies everywhere.
It recomputes after each document change (scores and forecasts are derived, never stored).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from pmdesk.core.changeset import ChangeSet
from pmdesk.core.entities import (
    Horizon,
    Risk,
    RoadmapDependency,
    RoadmapItem,
    RoadmapLane,
    ScoringModel,
)
from pmdesk.core.roadmap import (
    UNLINKED,
    Forecast,
    RoadmapFilter,
    dependency_warnings,
    forecast_items,
)
from pmdesk.core.scoring import ScoringConfig, score_items
from pmdesk.models.riskpricing import RiskPricing
from pmdesk.theme import NO_LANE_COLOUR

if TYPE_CHECKING:
    from pmdesk.core.plandata import PlanData
    from pmdesk.document import Document

# A board cell: the lane (None: no lane) and the horizon.
Cell = tuple[int | None, Horizon]
# An item's P80 finish and its chance of meeting the target end (None without one).
RiskForecast = tuple[datetime, float | None]
# A card's look (board_painter.paint_card) does not show these: a card only moved keeps it.
PLACEMENT_FIELDS = frozenset({"lane_id", "horizon", "position"})
NO_LANE = RoadmapLane(id=0, name="No lane", color=NO_LANE_COLOUR, position=10**9)


class RoadmapState(QObject):
    refreshed = Signal()  # derived values recomputed (data, schedule or filter changed)
    selectionChanged = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.filter = RoadmapFilter()
        self.selection: list[int] = []
        self.current: int | None = None
        self.config = ScoringConfig()
        self.scores: dict[int, float | None] = {}
        self.forecasts: dict[int, Forecast] = {}
        self.warnings: dict[int, list[str]] = {}
        # Schedule risk on the cards (off until asked for: it simulates the plan).
        self.risk_on = False
        self.risk = RiskPricing(document)
        self.risk_forecasts: dict[int, RiskForecast] = {}  # by item id
        self.lanes: list[RoadmapLane] = []
        self.visible: list[RoadmapItem] = []
        self.grid: dict[Cell, list[RoadmapItem]] = {}
        self.full_grid: dict[Cell, list[RoadmapItem]] = {}
        # The items a refresh was for (changed or with other warnings); None: any of them.
        self.changed_items: frozenset[int] | None = None
        # Of those, the ones whose cards may look different (not only placed elsewhere).
        self.restyled_items: frozenset[int] | None = None
        # Recompute once per command: after the engine ran (forecasts follow the schedule),
        # or after a command that touched the roadmap without the schedule (a card moved).
        document.rescheduled.connect(self.refresh)
        document.changeSet.connect(self._on_change_set)
        self.refresh()

    # -- reading -------------------------------------------------------------------------
    @property
    def data(self) -> PlanData:
        return self.document.data

    @property
    def items(self) -> dict[int, RoadmapItem]:
        return self.document.data.roadmap_items

    def lane_key(self, item: RoadmapItem) -> int | None:
        """The lane an item is drawn in: None for no lane (or a lane that no longer exists)."""
        return item.lane_id if item.lane_id in self.data.roadmap_lanes else None

    def forecast(self, item_id: int) -> Forecast:
        return self.forecasts.get(item_id, UNLINKED)

    def lane_of(self, lane_id: int | None) -> RoadmapLane:
        return self.data.roadmap_lanes.get(lane_id, NO_LANE) if lane_id is not None else NO_LANE

    # -- refreshing ----------------------------------------------------------------------
    def _on_change_set(self, change_set: ChangeSet) -> None:
        if change_set.rescheduled or not change_set.touches(
            RoadmapLane, RoadmapItem, RoadmapDependency, ScoringModel, Risk
        ):
            return
        if change_set.kinds == {RoadmapItem} and all(
            change.action == "update" for change in change_set.changes
        ):
            # Cards moved or edited: only their scores and forecasts can change (a card's
            # score reads its own inputs, its forecast its own linked task).
            changes = change_set.changes
            restyled = {c.id for c in changes if not set(c.old or ()) <= PLACEMENT_FIELDS}
            self.refresh(frozenset(c.id for c in changes), frozenset(restyled))
        else:
            self.refresh()

    def refresh(
        self, changed: frozenset[int] | None = None, restyled: frozenset[int] | None = None
    ) -> None:
        """Recompute the derived values: of every item, or when ``changed`` names the items
        a command updated (nothing else), of those items only; ``restyled``: those of them
        changed in more than their place (None: all of them)."""
        data = self.data
        items = list(data.roadmap_items.values())
        # Against the status date, or today without one (as MS Project uses the current date).
        status = data.plan.status_date or datetime.now()
        schedule = getattr(self.document, "schedule", None)
        if changed is None or not self.scores:
            self.config = ScoringConfig.from_plan(data)
            self.scores = score_items(items, self.config)
            self.forecasts = forecast_items(items, schedule, status)
        else:
            touched = [data.roadmap_items[i] for i in changed if i in data.roadmap_items]
            self.scores.update(score_items(touched, self.config))
            self.forecasts.update(forecast_items(touched, schedule, status))
        before = self.warnings
        self.warnings = dependency_warnings(data)
        # A moved card can warn about (or stop warning about) another: it looks different.
        warned = frozenset(
            i for i in before.keys() | self.warnings.keys() if before.get(i) != self.warnings.get(i)
        )
        self.changed_items = None if changed is None else changed | warned
        if changed is None:
            self.restyled_items = None
        else:
            self.restyled_items = (changed if restyled is None else restyled) | warned
        self.risk_forecasts = self._risk_forecasts(items) if self.risk_on else {}
        self.visible = self.filter.apply(items)
        lane_ids = data.roadmap_lanes
        self.lanes = sorted(lane_ids.values(), key=lambda lane: (lane.position, lane.id))

        def key_of(item: RoadmapItem) -> int | None:
            return item.lane_id if item.lane_id in lane_ids else None

        self.grid = _grid(self.visible, key_of)
        # Without a filter the two grids are the same (read-only) cells: build them once.
        self.full_grid = self.grid if len(self.visible) == len(items) else _grid(items, key_of)
        if any(key_of(item) is None for item in items):
            self.lanes.append(NO_LANE)
        gone = [i for i in self.selection if i not in data.roadmap_items]
        if gone:
            self.selection = [i for i in self.selection if i in data.roadmap_items]
        if self.current is not None and self.current not in data.roadmap_items:
            self.current = self.selection[-1] if self.selection else None
        self.refreshed.emit()
        if gone:
            self.selectionChanged.emit()

    def _risk_forecasts(self, items: Iterable[RoadmapItem]) -> dict[int, RiskForecast]:
        from pmdesk.core.risk.report import DateSpread  # numpy: only once asked for

        samples = self.risk.samples()
        if samples is None:
            return {}
        found: dict[int, RiskForecast] = {}
        for item in items:
            if item.linked_task_id is None:
                continue
            minutes = samples.task_finish.get(item.linked_task_id)
            if minutes is None:
                continue
            spread = DateSpread(minutes)
            on_time = spread.probability_by_day(item.target_end) if item.target_end else None
            found[item.id] = (spread.percentile(80), on_time)
        return found

    def set_risk(self, on: bool) -> None:
        """Show the P80 forecast and the chance of meeting the target on linked cards."""
        self.risk_on = on
        self.refresh()

    def set_filter(self, new_filter: RoadmapFilter) -> None:
        self.filter = new_filter
        self.refresh()

    # -- selection -----------------------------------------------------------------------
    def select(self, ids: list[int], current: int | None = None) -> None:
        ids = [i for i in dict.fromkeys(ids) if i in self.items]
        current = current if current in ids else (ids[-1] if ids else None)
        if ids == self.selection and current == self.current:
            return
        self.selection = ids
        self.current = current
        self.selectionChanged.emit()

    def toggle(self, item_id: int) -> None:
        if item_id in self.selection:
            self.select([i for i in self.selection if i != item_id])
        else:
            self.select([*self.selection, item_id], item_id)


def _grid(
    items: Iterable[RoadmapItem], key_of: Callable[[RoadmapItem], int | None]
) -> dict[Cell, list[RoadmapItem]]:
    result: dict[Cell, list[RoadmapItem]] = {}
    for item in items:
        horizon = item.horizon if type(item.horizon) is Horizon else Horizon(item.horizon)
        result.setdefault((key_of(item), horizon), []).append(item)
    for cell in result.values():
        cell.sort(key=lambda it: (it.position, it.id))
    return result
