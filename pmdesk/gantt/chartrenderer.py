"""Paints a region of the Gantt chart: shading, grid, today/status lines, bars and links.

The same renderer serves the chart widget (only the visible rows and x range) and printing
(a page's rows and x range), so both look alike. Coordinates are chart coordinates: x from
the time grid, y = row * row_height.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from pmdesk.core.entities import Link, LinkType
from pmdesk.gantt.barpainter import BarItem, BarPainter, BarStyle
from pmdesk.gantt.fontsize import resized
from pmdesk.gantt.linkrouter import (
    BarEnds,
    BarsBetween,
    channel_route,
    crossings,
    route_candidates,
)
from pmdesk.gantt.timegrid import TimeGrid, Unit
from pmdesk.theme import LIGHT, ChartColours, role_colour

if TYPE_CHECKING:
    from pmdesk.core.plandata import PlanData

LINK_REACH = 10  # px a link's arrowhead and pen reach beyond its route's points
MAX_DETOUR_ROWS = 60  # longer links keep the straight route: checking them costs too much
WorkingIntervals = Callable[[date], list[tuple[int, int]]]


def plan_working_intervals(data: PlanData) -> WorkingIntervals | None:
    """The working intervals of the plan's default calendar by day (the shading), or None
    when the calendar cannot be used (the engine reports why; nothing is shaded)."""
    from pmdesk.core.scheduling.calendar import WorkingCalendar, default_calendar

    calendar = default_calendar(data)
    try:
        compiled = WorkingCalendar.compile(
            calendar, data.calendar_exceptions.values(), data.calendars
        )
    except Exception:  # an unusable calendar: the engine reports it
        return None
    return compiled.day_intervals


class ChartRenderer:
    """Paints chart regions from rows, bar items and links through one BarPainter."""

    def __init__(self, bars: BarPainter | None = None) -> None:
        self.bars = bars or BarPainter()
        self.apply_colours(LIGHT)  # paper's; a chart on screen follows the system (theme.py)
        self._working_cache: dict[date, list[tuple[int, int]]] = {}
        self.working_intervals: WorkingIntervals | None = None

    def apply_colours(self, colours: ChartColours) -> None:
        """Paint with ``colours`` (theme.LIGHT or DARK), the bars in the matching style."""
        self.colours = colours
        self.background_colour = colours.background
        self.nonworking_colour = colours.nonworking
        self.grid_colour = colours.grid
        self.today_colour = colours.today
        self.status_colour = colours.status_date
        self.header_background = colours.header_background
        self.header_text = colours.header_text
        style = BarStyle.for_dark() if colours.dark else BarStyle()
        style.bar_fraction, style.handle = self.bars.style.bar_fraction, self.bars.style.handle
        self.bars.style = style

    def set_working_intervals(self, function: WorkingIntervals | None) -> None:
        self.working_intervals = function
        self._working_cache = {}

    def _intervals(self, day: date) -> list[tuple[int, int]]:
        cached = self._working_cache.get(day)
        if cached is None:
            cached = self.working_intervals(day) if self.working_intervals else [(480, 1020)]
            self._working_cache[day] = cached
        return cached

    # -- background ---------------------------------------------------------------------
    def paint_background(
        self,
        painter: QPainter,
        grid: TimeGrid,
        rect: QRectF,
        today: datetime | None = None,
        status_date: datetime | None = None,
    ) -> None:
        """Shade non-working time and draw the period lines over the chart ``rect``."""
        painter.fillRect(rect, self.background_colour)
        x0, x1 = rect.left(), rect.right()
        if grid.day_width >= 2.0 and self.working_intervals is not None:
            hours = grid.day_width >= 96.0
            for start, _end in grid.periods(Unit.DAY, x0, x1):
                intervals = self._intervals(start.date())
                if not intervals:
                    left = grid.map_to_chart(start)
                    painter.fillRect(
                        QRectF(left, rect.top(), grid.day_width, rect.height()),
                        self.nonworking_colour,
                    )
                elif hours:
                    cursor = 0
                    for begin, finish in [*intervals, (1440, 1440)]:
                        if begin > cursor:
                            left = grid.map_to_chart(start + timedelta(minutes=cursor))
                            width = grid.day_width * (begin - cursor) / 1440
                            painter.fillRect(
                                QRectF(left, rect.top(), width, rect.height()),
                                self.nonworking_colour,
                            )
                        cursor = max(cursor, finish)
        painter.setPen(QPen(self.grid_colour, 1))
        lines = [
            QLineF(t.x0, rect.top(), t.x0, rect.bottom())
            for t in grid.ticks(grid.scale.upper, x0, x1)
        ]
        painter.drawLines(lines)
        # Today solid, the status date dashed and drawn last: on the same day (the usual case
        # while tracking) the status line's dashes still show over today's line.
        for moment, colour, style, width in (
            (today, self.today_colour, Qt.PenStyle.SolidLine, 2.0),
            (status_date, self.status_colour, Qt.PenStyle.DashLine, 1.5),
        ):
            if moment is not None:
                x = grid.map_to_chart(moment)
                if x0 - 2 <= x <= x1 + 2:
                    painter.setPen(QPen(colour, width, style))
                    painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))

    def paint_date_marks(
        self,
        painter: QPainter,
        grid: TimeGrid,
        x0: float,
        x1: float,
        height: float,
        font: QFont,
        today: datetime | None = None,
        status_date: datetime | None = None,
    ) -> None:
        """Name the today and status date lines in the timescale's lower tier: a tag in the
        line's colour with a notch pointing down the line. Tags that would overlap are set
        side by side (the status tag to the right), so both stay readable."""
        tier = height / 2
        small = resized(font, -1.5, 6.5)
        metrics = QFontMetricsF(small)
        painter.save()
        painter.setFont(small)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        taken_right = None
        translate = QCoreApplication.translate
        for moment, colour, text in (
            (today, self.today_colour, translate("GanttChart", "Today")),
            (status_date, self.status_colour, translate("GanttChart", "Status date")),
        ):
            if moment is None:
                continue
            x = grid.map_to_chart(moment)
            if not x0 - 2 <= x <= x1 + 2:
                continue
            width = metrics.horizontalAdvance(text) + 8
            tag_height = min(tier - 4, metrics.height() + 2)
            top = height - tag_height - 5
            left = x - width / 2
            if taken_right is not None and left < taken_right + 2:
                left = taken_right + 2
            left = min(max(left, x0 + 1), x1 - width - 1)
            taken_right = left + width
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(left, top, width, tag_height), 3, 3)
            notch = QPolygonF(
                [QPointF(x - 4, height - 5), QPointF(x + 4, height - 5), QPointF(x, height)]
            )
            painter.drawPolygon(notch)
            painter.setPen(role_colour("on_accent", self.colours.dark))
            painter.drawText(
                QRectF(left, top, width, tag_height), int(Qt.AlignmentFlag.AlignCenter), text
            )
        painter.restore()

    # -- rows and links -----------------------------------------------------------------
    def paint_rows(
        self,
        painter: QPainter,
        grid: TimeGrid,
        rows: list[int],
        first: int,
        last: int,
        row_height: float,
        item_for: Callable[[int], BarItem | None],
        x0: float,
        x1: float,
        selected: set[int] | frozenset[int] = frozenset(),
    ) -> None:
        """Paint the bars of rows ``first..last`` (inclusive) whose extent meets ``x0..x1``."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        label_room = 400.0  # a label right of a bar may show while the bar is off to the left
        for row in range(max(first, 0), min(last, len(rows) - 1) + 1):
            item = item_for(rows[row])
            if item is None:
                continue
            left = grid.map_to_chart(item.start)
            right = grid.map_to_chart(item.finish)
            if right + label_room < x0 or left - 20 > x1:
                continue
            self.bars.paint_item(
                painter,
                item,
                grid,
                row * row_height,
                row_height,
                highlight=item.task_id in selected,
            )

    def paint_links(
        self,
        painter: QPainter,
        grid: TimeGrid,
        links: list[tuple[int, int, Link]],
        row_of: dict[int, int],
        first: int,
        last: int,
        row_height: float,
        item_for: Callable[[int], BarItem | None],
        x0: float,
        x1: float,
        rows: list[int] | None = None,
    ) -> int:
        """Paint links whose rows span meets ``first..last``; ``links`` hold (low, high, link).

        Returns how many links were painted (for tests and benchmarks).
        """
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painted = 0
        half = self.bars.bar_height(row_height) / 2
        # A task's bar ends, worked out once per paint: in a chain each task ends one link
        # and starts the next.
        ends: dict[int, BarEnds] = {}
        for low, high, link in links:
            if high < first or low > last:
                continue
            pred_id, succ_id = link.predecessor_id, link.successor_id
            pred = item_for(pred_id)
            succ = item_for(succ_id)
            if pred is None or succ is None:
                continue
            a = ends.get(pred_id)
            if a is None:
                a = ends[pred_id] = self._ends(pred, grid, row_of[pred_id], row_height)
            b = ends.get(succ_id)
            if b is None:
                b = ends[succ_id] = self._ends(succ, grid, row_of[succ_id], row_height)
            left, right = min(a.left, b.left), max(a.right, b.right)
            if right + 20 < x0 or left - 20 > x1:
                continue
            points = self._route(link, low, high, a, b, half, grid, rows, row_height, item_for)
            # A route that misses the painted part (a narrow strip a reschedule repaints,
            # chartdamage.py) is not drawn: drawing clips it away anyway, at a cost. A link
            # whose two bars lie inside the part starts inside it: no bounds to work out
            # (most links of a whole frame).
            if not (first <= low and high <= last and x0 <= left and right <= x1):
                xs, ys = zip(*points, strict=True)
                if (
                    max(xs) + LINK_REACH < x0
                    or min(xs) - LINK_REACH > x1
                    or max(ys) + LINK_REACH < first * row_height
                    or min(ys) - LINK_REACH > (last + 1) * row_height
                ):
                    continue
            self.bars.paint_link(painter, points, pred.critical and succ.critical)
            painted += 1
        return painted

    def _route(
        self,
        link: Link,
        low: int,
        high: int,
        a: BarEnds,
        b: BarEnds,
        half: float,
        grid: TimeGrid,
        rows: list[int] | None,
        row_height: float,
        item_for: Callable[[int], BarItem | None],
    ) -> list[tuple[float, float]]:
        points = route_candidates(link.type, a, b, half)[0]
        if rows is not None and 1 < high - low <= MAX_DETOUR_ROWS:
            points = self._route_around_bars(
                link.type, a, b, half, grid, rows, row_height, item_for
            )
        return points

    def link_at(
        self,
        x: float,
        y: float,
        grid: TimeGrid,
        links: list[tuple[int, int, Link]],
        row_of: dict[int, int],
        row_height: float,
        item_for: Callable[[int], BarItem | None],
        rows: list[int] | None = None,
        tolerance: float = 4.0,
    ) -> Link | None:
        """The link whose line (as painted) passes within ``tolerance`` pixels of (x, y)."""
        half = self.bars.bar_height(row_height) / 2
        best: tuple[float, Link] | None = None
        for low, high, link in links:
            pred, succ = item_for(link.predecessor_id), item_for(link.successor_id)
            if pred is None or succ is None:
                continue
            a = self._ends(pred, grid, row_of[link.predecessor_id], row_height)
            b = self._ends(succ, grid, row_of[link.successor_id], row_height)
            points = self._route(link, low, high, a, b, half, grid, rows, row_height, item_for)
            for (x1, y1), (x2, y2) in zip(points, points[1:]):
                distance = _distance_to_segment(x, y, x1, y1, x2, y2)
                if distance <= tolerance and (best is None or distance < best[0]):
                    best = (distance, link)
        return None if best is None else best[1]

    def _route_around_bars(
        self,
        kind: LinkType,
        a: BarEnds,
        b: BarEnds,
        half: float,
        grid: TimeGrid,
        rows: list[int],
        row_height: float,
        item_for: Callable[[int], BarItem | None],
    ) -> list[tuple[float, float]]:
        """The first usual route that cuts no bar of the rows in between; else a route through
        a free channel (linkrouter.channel_route); else the usual route cutting fewest."""
        between = self._bars_between(grid, rows, row_height, item_for)
        # route_candidates gives at least one route, so the fewest-cuts one is always set
        fewest = -1
        best: list[tuple[float, float]] = []
        for route in route_candidates(kind, a, b, half):
            cut = crossings(route, between)
            if cut == 0:
                return route
            if fewest < 0 or cut < fewest:
                fewest, best = cut, route
        return channel_route(kind, a, b, half, between) or best

    def _bars_between(
        self,
        grid: TimeGrid,
        rows: list[int],
        row_height: float,
        item_for: Callable[[int], BarItem | None],
    ) -> BarsBetween:
        def bars(y0: float, y1: float) -> Iterator[tuple[float, float, float, float]]:
            for row in range(int(y0 // row_height) + 1, int(y1 // row_height)):
                if 0 <= row < len(rows):
                    item = item_for(rows[row])
                    # Summary brackets do not count: a link into a group from above must
                    # cross its bracket, and going round it reads worse than crossing it.
                    if item is not None and not item.summary:
                        rect = self.bars.bar_rect(item, grid, row * row_height, row_height)
                        yield rect.left(), rect.right(), rect.top(), rect.bottom()

        return bars

    def _ends(self, item: BarItem, grid: TimeGrid, row: int, row_height: float) -> BarEnds:
        rect = self.bars.bar_rect(item, grid, row * row_height, row_height)
        return BarEnds(rect.left(), rect.right(), row * row_height, row_height)

    # -- timescale ----------------------------------------------------------------------
    def paint_timescale(
        self,
        painter: QPainter,
        grid: TimeGrid,
        x0: float,
        x1: float,
        height: float,
        font: QFont,
        whole_labels: bool = False,
    ) -> None:
        """Two tiers over ``x0..x1``, each ``height / 2`` tall, in chart x coordinates.

        ``whole_labels`` (paper) leaves out an upper-tier label that ``x1`` would cut: on a
        page edge it cannot be scrolled into view; the next page shows it whole."""
        painter.fillRect(QRectF(x0, 0, x1 - x0, height), self.header_background)
        tier = height / 2
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        scale = grid.scale
        for number, unit in enumerate((scale.upper, scale.lower)):
            top = number * tier
            painter.setPen(QPen(self.grid_colour.darker(115), 1))
            painter.drawLine(QPointF(x0, top + tier), QPointF(x1, top + tier))
            for tick in grid.ticks(unit, x0, x1):
                painter.setPen(QPen(self.grid_colour.darker(115), 1))
                painter.drawLine(QPointF(tick.x0, top), QPointF(tick.x0, top + tier))
                painter.setPen(self.header_text)
                if number == 0:
                    # An upper-tier label stays visible while its cell is partly scrolled off.
                    left = max(tick.x0, x0) + 4
                    right = min(tick.x1, x1) if whole_labels else tick.x1
                    box = QRectF(left, top, max(right - left - 2, 0), tier)
                    align = Qt.AlignmentFlag.AlignLeft
                else:
                    # A cell partly scrolled off centres its label in the part that shows (or
                    # leaves it out), never a label cut in half at the edge.
                    left, right = max(tick.x0, x0), min(tick.x1, x1)
                    box = QRectF(left, top, max(right - left, 0), tier)
                    align = Qt.AlignmentFlag.AlignHCenter
                if metrics.horizontalAdvance(tick.label) <= box.width() + 1:
                    painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), tick.label)


def _distance_to_segment(x: float, y: float, x1: float, y1: float, x2: float, y2: float) -> float:
    dx, dy = x2 - x1, y2 - y1
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length))
    # float ** float is typed Any (a negative base gives a complex); this base is a sum of squares
    distance: float = ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5
    return distance
