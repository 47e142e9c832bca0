"""Geometry of the timeline: a calendar axis (months or fiscal quarters) and rows grouped by lane.

Every visible item gets a row: dated ones under their lane, undated ones in a "Without
dates" group at the bottom, so no item is ever hidden for lacking dates.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QRectF

from pmdesk.core.entities import RoadmapItem, RoadmapLane
from pmdesk.core.roadmap import Period, periods
from pmdesk.ui.workspaces.roadmap.state import NO_LANE, RoadmapState

GUTTER_W = 250.0  # room for a lane name and its count in Indonesian too
HEADER_H = 48.0
LANE_ROW_H = 30.0
ITEM_ROW_H = 34.0
BAR_H = 20.0
BAR_TOP = 5.0  # the bar sits high in its row; the forecast marker hangs below it
DEFAULT_SPAN = timedelta(days=13)  # drawn length when an item has only one of its two dates
PX_PER_DAY = {"month": 4.0, "quarter": 1.6}


@dataclass(slots=True)
class Row:
    y: float
    h: float
    kind: str  # lane / item / undated-header
    lane: RoadmapLane | None = None
    item: RoadmapItem | None = None
    label: str = ""


def item_span(item: RoadmapItem) -> tuple[date, date] | None:
    """The drawn start..end (inclusive) of an item, or None when it has no date at all."""
    start, end = item.target_start, item.target_end
    if start is None:
        if end is None:
            return None
        start = end - DEFAULT_SPAN
    if end is None:
        end = start + DEFAULT_SPAN
    if end < start:
        start, end = end, start
    return start, end


def _drawn_start(item: RoadmapItem) -> date:
    span = item_span(item)
    return span[0] if span is not None else date.min  # (only dated items are sorted by it)


class TimelineLayout:
    def __init__(
        self,
        state: RoadmapState,
        unit: str = "month",
        fy_start_month: int = 1,
        zoom: float = 1.0,
        today: date | None = None,
        min_width: float = 0.0,
    ) -> None:
        self.state = state
        self.unit = unit if unit in PX_PER_DAY else "month"
        self.fy_start_month = fy_start_month
        self.px_per_day = PX_PER_DAY[self.unit] * zoom
        self.today = today
        visible = state.visible
        dates: list[date] = []
        for item in visible:
            span = item_span(item)
            if span:
                dates.extend(span)
            forecast = state.forecast(item.id)
            if forecast.finish is not None:
                dates.append(forecast.finish.date())
        if today is not None:
            dates.append(today)
        if not dates:
            plan_start = state.data.plan.start.date()
            dates = [plan_start, plan_start + timedelta(days=180)]
        first, last = min(dates), max(dates)
        # Pad the range, and stretch it so the calendar fills the view when the items do not.
        self._first, self._padded_last = first, last + timedelta(days=20)
        last = self.last = self._stretched_last(min_width)
        self.periods: list[Period] = periods(
            first - timedelta(days=20), last, self.unit, fy_start_month
        )
        self.origin = self.periods[0].start
        self.end = self.periods[-1].end
        self.width = GUTTER_W + (self.end - self.origin).days * self.px_per_day
        coarse_unit = "quarter" if self.unit == "month" else "year"
        self.bands = self._coarse_bands(coarse_unit)

        self.rows: list[Row] = []
        self.item_rows: dict[int, Row] = {}
        y = HEADER_H
        undated: list[RoadmapItem] = []
        by_lane: dict[int | None, list[RoadmapItem]] = {}
        for item in visible:
            if item_span(item) is None:
                undated.append(item)
            else:
                by_lane.setdefault(state.lane_key(item), []).append(item)
        for lane in state.lanes:
            key = None if lane is NO_LANE else lane.id
            items = by_lane.get(key, [])
            items.sort(key=lambda it: (_drawn_start(it), it.position, it.id))
            count = len(items)
            self.rows.append(Row(y, LANE_ROW_H, "lane", lane=lane, label=f"{lane.name}  ({count})"))
            y += LANE_ROW_H
            for item in items:
                row = Row(y, ITEM_ROW_H, "item", lane=lane, item=item)
                self.rows.append(row)
                self.item_rows[item.id] = row
                y += ITEM_ROW_H
        if undated:
            self.rows.append(
                Row(
                    y,
                    LANE_ROW_H,
                    "undated-header",
                    label=QCoreApplication.translate(
                        "RoadmapTimeline", "Without dates (%1)"
                    ).replace("%1", str(len(undated))),
                )
            )
            y += LANE_ROW_H
            for item in sorted(undated, key=lambda it: (it.title.lower(), it.id)):
                row = Row(
                    y, ITEM_ROW_H, "item", lane=state.lane_of(state.lane_key(item)), item=item
                )
                self.rows.append(row)
                self.item_rows[item.id] = row
                y += ITEM_ROW_H
        self.height = y + 12
        self._tops = [row.y for row in self.rows]

    def _stretched_last(self, min_width: float) -> date:
        stretch = self._first + timedelta(days=int((min_width - GUTTER_W) / self.px_per_day))
        return max(self._padded_last, stretch)

    def fits(self, min_width: float) -> bool:
        """Whether the layout for a view ``min_width`` wide is this one: only the stretch of
        the calendar to fill the view depends on the width."""
        return self._stretched_last(min_width) == self.last

    def _coarse_bands(self, unit: str) -> list[Period]:
        if unit == "quarter":
            return periods(
                self.origin, self.end - timedelta(days=1), "quarter", self.fy_start_month
            )
        # Fiscal years, from the quarters.
        bands: list[Period] = []
        for quarter in periods(
            self.origin, self.end - timedelta(days=1), "quarter", self.fy_start_month
        ):
            label = quarter.label.split(" ", 1)[1]
            if bands and bands[-1].label == label:
                bands[-1] = Period(label, bands[-1].start, quarter.end)
            else:
                bands.append(Period(label, quarter.start, quarter.end))
        return bands

    # -- mapping -----------------------------------------------------------------------------
    def x_of(self, day: date) -> float:
        return GUTTER_W + (day - self.origin).days * self.px_per_day

    def date_at(self, x: float) -> date:
        days = round((x - GUTTER_W) / self.px_per_day)
        return self.origin + timedelta(days=days)

    def bar_rect(self, item: RoadmapItem, span: tuple[date, date] | None = None) -> QRectF | None:
        row = self.item_rows.get(item.id)
        span = span or item_span(item)
        if row is None or span is None:
            return None
        left = self.x_of(span[0])
        right = self.x_of(span[1] + timedelta(days=1))
        return QRectF(left, row.y + BAR_TOP, max(4.0, right - left), BAR_H)

    def rows_in(self, top: float, bottom: float) -> range:
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        last = bisect.bisect_right(self._tops, bottom)
        return range(first, min(last, len(self.rows)))

    def row_at(self, y: float) -> Row | None:
        index = bisect.bisect_right(self._tops, y) - 1
        if index < 0 or y >= self.rows[index].y + self.rows[index].h:
            return None
        return self.rows[index]
