"""The executive timeline: one horizontal band of the plan's time with its summary tasks as
bars below and its milestones as diamonds above, today and the status date marked; laid out
for any rectangle (a landscape page, a 16:9 slide, the view's widget).

Summary bars go into as few lanes as keep them (and their names) apart; milestone labels step
up in levels where they would overlap. Painted in page units with page fonts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen, QPolygonF

from pmdesk.core.timeline import TimelineEntry, timeline_entries
from pmdesk.gantt.timegrid import TimeGrid, Unit, add_units, floor_to
from pmdesk.models.localdates import format_moment
from pmdesk.printing.printout import PagePlace
from pmdesk.printing.setup import PageSetup, as_datetime
from pmdesk.printing.units import page_font
from pmdesk.theme import TIMELINE_BAR_COLOURS, colour

if TYPE_CHECKING:
    from pmdesk.document import Document

XOf = Callable[[datetime], float]  # a moment's x on the rectangle painted
SLIDE = QSizeF(1280, 720)  # 16:9, in page units (13.3 x 7.5 inches, a wide slide)
BAR_COLOURS = TIMELINE_BAR_COLOURS
# Painted on screen (the Executive tab, in the palette's colours) and on paper and slides
# (inside theme.paper(): light), so the colours are theme roles read at paint time.


@dataclass
class _Placed:
    entry: TimelineEntry
    rect: QRectF  # the bar (or the diamond's box)
    label: QRectF
    level: int


class ExecutiveTimeline:
    """Lays out and paints the timeline of ``document`` into a rectangle."""

    def __init__(
        self,
        document: Document,
        date_from: date | None = None,
        date_to: date | None = None,
        today: datetime | None = None,
        scale: float = 1.0,
    ) -> None:
        self.document = document
        self.entries = timeline_entries(document.data, document.schedule)
        self.date_from, self.date_to = as_datetime(date_from), as_datetime(date_to)
        self.today = today if today is not None else datetime.now()
        self.title_font = page_font(point_size=16 * scale, bold=True)
        self.font = page_font(point_size=9 * scale)
        self.bold = page_font(point_size=9 * scale, bold=True)
        self.small = page_font(point_size=7.5 * scale)

    def time_range(self) -> tuple[datetime, datetime]:
        starts = [e.start for e in self.entries]
        finishes = [e.finish for e in self.entries]
        plan = self.document.data.plan
        start = self.date_from or floor_to(min(starts, default=plan.start), Unit.MONTH)
        finish = self.date_to or add_units(
            floor_to(max(finishes, default=start), Unit.MONTH), Unit.MONTH
        )
        if finish <= start:
            finish = add_units(start, Unit.MONTH)
        return start, finish

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(rect, colour("background"))
        metrics = QFontMetricsF(self.font)
        title = QFontMetricsF(self.title_font)
        plan = self.document.data.plan
        painter.setFont(self.title_font)
        painter.setPen(colour("text"))
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), title.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            plan.name,
        )
        start, finish = self.time_range()
        left, right = rect.left() + 10, rect.right() - 10
        grid = TimeGrid(start)
        grid.fit(start, finish, right - left)

        def x_of(moment: datetime) -> float:
            return left + grid.map_to_chart(moment)

        axis_height = metrics.height() * 1.8
        top = rect.top() + title.height() + 10
        milestones = [e for e in self.entries if e.milestone]
        bars = [e for e in self.entries if not e.milestone]
        label_height = metrics.height() + QFontMetricsF(self.small).height()
        # Room above the axis for milestone labels, below it for bars.
        placed_milestones = self._place_milestones(milestones, x_of, metrics, left, right)
        levels = max((p.level for p in placed_milestones), default=-1) + 1
        axis_top = top + max(levels, 1) * (label_height + 6) + 14
        axis = QRectF(left, axis_top, right - left, axis_height)
        lane_height = metrics.height() * 2.2
        placed_bars = self._place_bars(bars, x_of, metrics, axis.bottom() + 16, lane_height)
        bottom = max(
            [axis.bottom()]
            + [p.rect.bottom() + QFontMetricsF(self.small).height() + 4 for p in placed_bars]
        )
        scale = 1.0
        if bottom > rect.bottom():  # too many lanes for the rectangle: shrink to fit
            scale = max(0.3, (rect.bottom() - rect.top()) / (bottom - rect.top()))
            painter.translate(rect.left(), rect.top())
            painter.scale(1.0, scale)
            painter.translate(-rect.left(), -rect.top())
        self._paint_axis(painter, grid, axis, x_of, start, finish)
        self._paint_bars(painter, placed_bars)
        self._paint_milestones(painter, placed_milestones, axis)
        small = QFontMetricsF(self.small)
        marks_bottom = max(bottom, axis.bottom()) + 2 * small.height() + 4
        # The two marks' names on lines of their own at the foot, so they never overlap.
        for line, (moment, pen_colour, style, text) in enumerate(
            (
                (
                    self.today,
                    colour("today_line"),
                    Qt.PenStyle.SolidLine,
                    QCoreApplication.translate("ExecutiveTimeline", "Today"),
                ),
                (
                    plan.status_date,
                    colour("status_date_line"),
                    Qt.PenStyle.DashLine,
                    QCoreApplication.translate("ExecutiveTimeline", "Status date"),
                ),
            )
        ):
            if moment is None or not start <= moment <= finish:
                continue
            x = x_of(moment)
            painter.setPen(QPen(pen_colour, 1.5, style))
            painter.drawLine(QPointF(x, axis.top() - 8), QPointF(x, marks_bottom))
            painter.setFont(self.small)
            painter.setPen(pen_colour)
            width = small.horizontalAdvance(text) + 4
            text_left = x + 3 if x + 3 + width <= right else x - 3 - width
            painter.drawText(
                QRectF(
                    text_left, marks_bottom - (2 - line) * small.height(), width, small.height()
                ),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        painter.restore()

    def _place_milestones(
        self,
        milestones: list[TimelineEntry],
        x_of: XOf,
        metrics: QFontMetricsF,
        left: float,
        right: float,
    ) -> list[_Placed]:
        placed: list[_Placed] = []
        small = QFontMetricsF(self.small)
        ends: list[float] = []  # per level, the right end of the last label
        for entry in milestones:
            x = x_of(entry.start)
            width = (
                max(
                    metrics.horizontalAdvance(entry.name),
                    small.horizontalAdvance(_day(entry.start)),
                )
                + 6
            )
            label_left = min(max(x - 4, left), right - width)
            level = next((n for n, end in enumerate(ends) if end + 8 <= label_left), len(ends))
            if level == len(ends):
                ends.append(0.0)
            ends[level] = label_left + width
            placed.append(
                _Placed(entry, QRectF(x - 7, 0, 14, 14), QRectF(label_left, 0, width, 0), level)
            )
        return placed

    def _place_bars(
        self,
        bars: list[TimelineEntry],
        x_of: XOf,
        metrics: QFontMetricsF,
        top: float,
        lane_height: float,
    ) -> list[_Placed]:
        placed: list[_Placed] = []
        ends: list[float] = []
        for entry in bars:
            x0, x1 = x_of(entry.start), max(x_of(entry.finish), x_of(entry.start) + 4)
            name = metrics.horizontalAdvance(entry.name) + 12
            # A name that does not fit inside its bar is written after it: keep that room.
            extent = x1 if name <= x1 - x0 else x1 + name
            lane = next((n for n, end in enumerate(ends) if end + 6 <= x0), len(ends))
            if lane == len(ends):
                ends.append(0.0)
            ends[lane] = extent
            y = top + lane * (lane_height + QFontMetricsF(self.small).height() + 4)
            placed.append(
                _Placed(
                    entry,
                    QRectF(x0, y, x1 - x0, lane_height),
                    QRectF(x0, y, extent - x0, lane_height),
                    lane,
                )
            )
        return placed

    def _paint_axis(
        self,
        painter: QPainter,
        grid: TimeGrid,
        axis: QRectF,
        x_of: XOf,
        start: datetime,
        finish: datetime,
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour("timeline_axis"))
        painter.drawRoundedRect(axis, axis.height() / 2, axis.height() / 2)
        metrics = QFontMetricsF(self.bold)
        unit = (
            Unit.MONTH
            if grid.width_of(timedelta(days=30)) >= metrics.horizontalAdvance("May 2027") + 10
            else Unit.QUARTER
        )
        painter.setFont(self.bold)
        for tick in grid.ticks(unit, 0, grid.map_to_chart(finish)):
            x0, x1 = x_of(tick.start), x_of(tick.end)
            if tick.start > start:
                painter.setPen(QPen(colour("background"), 1.5))
                painter.drawLine(QPointF(x0, axis.top()), QPointF(x0, axis.bottom()))
            label = (
                f"{tick.label} {tick.start.year}"
                if unit is Unit.QUARTER
                else format_moment(tick.start, "MMM")
                + (f" {tick.start.year}" if tick.start.month == 1 or tick.start == start else "")
            )
            painter.setPen(colour("timeline_axis_text"))
            if metrics.horizontalAdvance(label) <= x1 - x0 - 4:
                painter.drawText(
                    QRectF(x0, axis.top(), x1 - x0, axis.height()),
                    int(Qt.AlignmentFlag.AlignCenter),
                    label,
                )

    def _paint_bars(self, painter: QPainter, placed: list[_Placed]) -> None:
        metrics = QFontMetricsF(self.bold)
        small = QFontMetricsF(self.small)
        for number, item in enumerate(placed):
            bar_colour = QColor(BAR_COLOURS[number % len(BAR_COLOURS)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(bar_colour))
            painter.drawRoundedRect(item.rect, 4, 4)
            name = item.entry.name
            inside = metrics.horizontalAdvance(name) + 12 <= item.rect.width()
            painter.setFont(self.bold)
            if inside:
                painter.setPen(colour("on_accent"))
                painter.drawText(
                    item.rect.adjusted(6, 0, -6, 0),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    name,
                )
            else:
                painter.setPen(colour("text"))
                painter.drawText(
                    QRectF(
                        item.rect.right() + 6,
                        item.rect.top(),
                        metrics.horizontalAdvance(name) + 4,
                        item.rect.height(),
                    ),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    name,
                )
            painter.setFont(self.small)
            painter.setPen(colour("timeline_axis_text"))
            dates = f"{_day(item.entry.start)} – {_day(item.entry.finish)}"
            painter.drawText(
                QRectF(
                    item.rect.left(),
                    item.rect.bottom() + 1,
                    max(item.rect.width(), small.horizontalAdvance(dates) + 4),
                    small.height(),
                ),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                dates,
            )

    def _paint_milestones(self, painter: QPainter, placed: list[_Placed], axis: QRectF) -> None:
        metrics = QFontMetricsF(self.font)
        small = QFontMetricsF(self.small)
        label_height = metrics.height() + small.height()
        y = axis.top()  # on the band's upper edge: the month names inside it stay readable
        for item in placed:  # leaders first: labels (opaque) go over the leaders they cross
            x = item.rect.center().x()
            label_bottom = axis.top() - 14 - item.level * (label_height + 6)
            painter.setPen(QPen(colour("timeline_leader"), 0.75))
            painter.drawLine(QPointF(x, label_bottom), QPointF(x, y))
        for item in placed:
            x = item.rect.center().x()
            label_bottom = axis.top() - 14 - item.level * (label_height + 6)
            fill = colour("negative") if item.entry.critical else colour("timeline_milestone")
            painter.setPen(QPen(colour("background"), 1))
            painter.setBrush(fill)
            half = axis.height() * 0.38
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x, y - half),
                        QPointF(x + half, y),
                        QPointF(x, y + half),
                        QPointF(x - half, y),
                    ]
                )
            )
            top = label_bottom - label_height
            painter.fillRect(
                QRectF(item.label.left() - 1, top, item.label.width() + 2, label_height),
                colour("background"),
            )
            painter.setFont(self.font)
            painter.setPen(colour("text"))
            painter.drawText(
                QRectF(item.label.left(), top, item.label.width() + 4, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                item.entry.name,
            )
            painter.setFont(self.small)
            painter.setPen(colour("timeline_axis_text"))
            painter.drawText(
                QRectF(
                    item.label.left(),
                    top + metrics.height(),
                    item.label.width() + 4,
                    small.height(),
                ),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                _day(item.entry.start),
            )


def _day(moment: datetime) -> str:
    return format_moment(moment, "d MMM yyyy")


class ExecutivePages:
    """A PageSource: the timeline on one page."""

    def __init__(self, document: Document, setup: PageSetup, today: datetime | None = None) -> None:
        self.timeline = ExecutiveTimeline(document, setup.date_from, setup.date_to, today)

    def lay_out(self, _body: QSizeF) -> list[PagePlace]:
        return [PagePlace(1, 1)]

    def used_height(self, _index: int) -> float:
        return 1e9  # the timeline fills its page

    def paint_page(self, painter: QPainter, _index: int, body: QRectF) -> None:
        self.timeline.paint(painter, body)

    def legend_height(self, _width: float) -> float:
        return 0.0

    def paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        pass
