"""Paints one Gantt row's shapes (bars, summary brackets, milestones, markers, labels) and links.

It paints on any QPainter (a widget, a QImage, a QPrinter or an SVG generator), so the
screen and printing share it. Inputs are plain ``BarItem`` values; the painter also answers
where a bar is and which drag zone a point is in, so interactions hit-test the same shapes
that are painted (as KD Gantt's item delegate does).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)

from pmdesk.core.entities import ConstraintType
from pmdesk.gantt.fontsize import resized
from pmdesk.gantt.linkrouter import GAP
from pmdesk.gantt.timegrid import TimeGrid
from pmdesk.theme import role_colour

LABEL_GAP = GAP + 4  # from a bar's right end to its label
_LABEL_CACHE_LIMIT = 2000  # laid-out bar labels kept (one per distinct text)
_RASTER = QPaintEngine.Type.Raster  # the screen's engine (and a PNG's)


@dataclass(slots=True)
class BarItem:
    """What the painter needs of one task (taken from the plan and its schedule)."""

    task_id: int
    start: datetime
    finish: datetime
    name: str = ""
    resources: str = ""
    summary: bool = False
    milestone: bool = False
    critical: bool = False
    manual: bool = False
    percent_complete: float = 0.0
    baseline_start: datetime | None = None
    baseline_finish: datetime | None = None
    deadline: datetime | None = None
    constraint_type: ConstraintType = ConstraintType.ASAP
    constraint_date: datetime | None = None
    color: str | None = None
    # A split task's worked stretches (start, finish) in order (ScheduledTask.segments);
    # empty for one bar.
    segments: tuple[tuple[datetime, datetime], ...] = ()


class Zone(enum.Enum):
    """Where on a bar a press lands: what a drag from there does."""

    NONE = "none"
    BODY = "body"  # move (or, dragged onto another row, link)
    END = "end"  # change duration
    PROGRESS = "progress"  # change % complete


class BarStyle:
    """Colours and proportions of the chart's shapes (one instance per chart or printout)."""

    # attribute: theme role (pmdesk/theme/roles.py)
    ROLES = {
        "task": "bar",
        "task_edge": "bar_edge",
        "critical": "critical",
        "critical_edge": "critical_edge",
        "progress": "bar_progress",
        "critical_progress": "critical_progress",
        "manual": "manual_bar",
        "summary": "summary",
        "milestone": "milestone",
        "baseline": "baseline",
        "link": "link",
        "critical_link": "critical_link",
        "label": "bar_label",
        "label_backing": "label_backing",
        "deadline": "deadline",
        "constraint": "constraint",
        "link_highlight": "link_highlight",
        "remaining": "remaining",
        "critical_remaining": "critical_remaining",
        "done": "done",
        "tracking_baseline": "tracking_baseline",
        "tracking_baseline_edge": "tracking_baseline_edge",
        "progress_line": "progress_line",
        "slippage": "slippage",
    }

    # One colour per role, set in __init__ from ROLES (declared here for the type checker).
    task: QColor
    task_edge: QColor
    critical: QColor
    critical_edge: QColor
    progress: QColor
    critical_progress: QColor
    manual: QColor
    summary: QColor
    milestone: QColor
    baseline: QColor
    link: QColor
    critical_link: QColor
    label: QColor
    label_backing: QColor
    deadline: QColor
    constraint: QColor
    link_highlight: QColor
    remaining: QColor
    critical_remaining: QColor
    done: QColor
    tracking_baseline: QColor
    tracking_baseline_edge: QColor
    progress_line: QColor
    slippage: QColor

    def __init__(self, dark: bool = False) -> None:
        for attribute, role in self.ROLES.items():
            setattr(self, attribute, role_colour(role, dark))
        self.bar_fraction = 0.5  # bar height / row height
        self.handle = 5.0  # width of the end and progress drag zones

    @classmethod
    def for_dark(cls) -> BarStyle:
        """The same shapes on a dark chart: the near-black summary, milestone, link and
        label colours turned light, the label's backing dark."""
        return cls(dark=True)


class BarPainter:
    def __init__(self, style: BarStyle | None = None, font: QFont | None = None) -> None:
        self.style = style or BarStyle()
        self.font = resized(QFont(font) if font is not None else QFont(), -1, 7.0)
        self.metrics = QFontMetricsF(self.font)
        self.show_critical = True
        self.show_baseline = True
        self._link_pens: dict[int, tuple[QPen, QBrush]] = {}
        self._labels: dict[str, tuple[QStaticText, float]] = {}  # see _laid_out_label
        self._label_font: QFont | None = None
        self._label_metrics: QFontMetricsF | None = None

    # -- geometry -----------------------------------------------------------------------
    def bar_height(self, row_height: float) -> float:
        return max(6.0, round(row_height * self.style.bar_fraction))

    def bar_rect(self, item: BarItem, grid: TimeGrid, top: float, row_height: float) -> QRectF:
        """The bar's rectangle (the diamond's bounding box for a milestone)."""
        height = self.bar_height(row_height)
        y = top + (row_height - height) / 2
        if self.style.bar_fraction and self.show_baseline and item.baseline_start is not None:
            y -= 2  # leave room for the baseline bar under it
        x0 = grid.map_to_chart(item.start)
        if item.milestone:
            half = height / 2 + 1
            return QRectF(x0 - half, y, 2 * half, height)
        x1 = max(grid.map_to_chart(item.finish), x0 + 2)
        return QRectF(x0, y, x1 - x0, height)

    def progress_x(self, item: BarItem, rect: QRectF) -> float:
        return rect.left() + rect.width() * max(0.0, min(100.0, item.percent_complete)) / 100.0

    def zone_at(self, item: BarItem, rect: QRectF, point: QPointF) -> Zone:
        """The drag zone of ``point`` on the bar ``rect`` (grown a little to be easy to hit)."""
        handle = self.style.handle
        grown = rect.adjusted(-handle / 2, -2, handle / 2, 2)
        if not grown.contains(point):
            return Zone.NONE
        if item.milestone or item.summary:
            return Zone.BODY
        # The progress handle lives in the lower half of the bar, the end handle above it,
        # so both stay reachable at 0 % and 100 %.
        lower = point.y() >= rect.center().y()
        if lower and abs(point.x() - self.progress_x(item, rect)) <= handle:
            return Zone.PROGRESS
        if abs(point.x() - rect.right()) <= handle:
            return Zone.END
        return Zone.BODY

    # -- painting -----------------------------------------------------------------------
    def paint_item(
        self,
        painter: QPainter,
        item: BarItem,
        grid: TimeGrid,
        top: float,
        row_height: float,
        highlight: bool = False,
    ) -> QRectF:
        """Paint one task's row shapes; returns the bar rectangle."""
        rect = self.bar_rect(item, grid, top, row_height)
        # The label first: its light backing hides links behind it, never this row's own
        # baseline, deadline or constraint marks drawn after it.
        self._paint_label(painter, item, rect, top, row_height)
        start, finish = item.baseline_start, item.baseline_finish
        if self.show_baseline and start is not None and finish is not None:
            self._paint_baseline(painter, item, start, finish, grid, rect)
        if item.summary:
            self._paint_summary(painter, rect)
        elif item.milestone:
            self._paint_milestone(painter, item, rect)
        else:
            self._paint_bar(painter, item, grid, rect)
        if highlight:
            painter.setPen(QPen(self.style.link_highlight, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))
        self._paint_markers(painter, item, grid, rect, top, row_height)
        return rect

    def _critical(self, item: BarItem) -> bool:
        return self.show_critical and item.critical

    def _paint_bar(self, painter: QPainter, item: BarItem, grid: TimeGrid, rect: QRectF) -> None:
        style = self.style
        critical = self._critical(item)
        fill = QColor(item.color) if item.color else (style.critical if critical else style.task)
        if item.manual:
            fill = style.manual if not critical else fill.lighter(130)
        edge = style.critical_edge if critical else style.task_edge
        pen = QPen(edge, 1, Qt.PenStyle.DashLine if item.manual else Qt.PenStyle.SolidLine)
        parts = self.segment_rects(item, grid, rect)
        if parts:
            # MS Project's split bar: the worked stretches, a dotted line across each pause.
            dots = QPen(edge, 1.2, Qt.PenStyle.DotLine)
            y = rect.center().y()
            painter.setPen(dots)
            for left, right in zip(parts, parts[1:]):
                painter.drawLine(QPointF(left.right(), y), QPointF(right.left(), y))
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        for part in parts or [rect]:
            painter.drawRect(part)
        if item.percent_complete > 0:
            done = QRectF(rect)
            done.setRight(self.progress_x(item, rect))
            height = rect.height() / 3
            done.setTop(rect.center().y() - height / 2)
            done.setHeight(height)
            colour = style.critical_progress if critical else style.progress
            for part in parts or [rect]:  # progress shows on the bars, not across pauses
                shown = done.intersected(
                    QRectF(part.left(), done.top(), part.width(), done.height())
                )
                if not shown.isEmpty():
                    painter.fillRect(shown, colour)

    def segment_rects(self, item: BarItem, grid: TimeGrid, rect: QRectF) -> list[QRectF]:
        """The rectangles of a split bar's stretches (empty for one bar). A preview being
        dragged no longer spans its stretches: it is drawn as one bar."""
        segments = item.segments
        if (
            len(segments) < 2
            or item.summary
            or item.milestone
            or segments[0][0] != item.start
            or segments[-1][1] != item.finish
        ):
            return []
        parts = []
        for start, finish in segments:
            x0 = grid.map_to_chart(start)
            x1 = max(grid.map_to_chart(finish), x0 + 1)
            parts.append(QRectF(x0, rect.top(), x1 - x0, rect.height()))
        return parts

    def _paint_summary(self, painter: QPainter, rect: QRectF) -> None:
        """A thin bar with downward points at both ends, like MS Project's summary bar."""
        top = rect.top() + rect.height() * 0.15
        thick = rect.height() * 0.35
        point = rect.height() * 0.45
        path = QPainterPath()
        path.moveTo(rect.left(), top)
        path.lineTo(rect.right(), top)
        path.lineTo(rect.right(), top + thick + point)
        path.lineTo(rect.right() - point, top + thick)
        path.lineTo(rect.left() + point, top + thick)
        path.lineTo(rect.left(), top + thick + point)
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(self.style.summary))
        painter.drawPath(path)

    def _paint_milestone(self, painter: QPainter, item: BarItem, rect: QRectF) -> None:
        center = rect.center()
        half = rect.height() / 2
        diamond = QPolygonF(
            [
                QPointF(center.x(), center.y() - half),
                QPointF(center.x() + half, center.y()),
                QPointF(center.x(), center.y() + half),
                QPointF(center.x() - half, center.y()),
            ]
        )
        colour = self.style.critical if self._critical(item) else self.style.milestone
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(diamond)

    def _paint_baseline(
        self,
        painter: QPainter,
        item: BarItem,
        start: datetime,
        finish: datetime,
        grid: TimeGrid,
        rect: QRectF,
    ) -> None:
        """The baseline bar under ``item``'s bar, from its baseline ``start`` to ``finish``."""
        x0 = grid.map_to_chart(start)
        x1 = max(grid.map_to_chart(finish), x0 + 2)
        painter.fillRect(QRectF(x0, rect.bottom() + 1, x1 - x0, 3), self.style.baseline)

    def _paint_markers(
        self,
        painter: QPainter,
        item: BarItem,
        grid: TimeGrid,
        rect: QRectF,
        top: float,
        row_height: float,
    ) -> None:
        if item.deadline is not None:
            x = grid.map_to_chart(item.deadline)
            y = top + 2
            arrow = QPolygonF([QPointF(x - 4, y), QPointF(x + 4, y), QPointF(x, y + 6)])
            painter.setPen(QPen(self.style.deadline, 1))
            painter.setBrush(QBrush(self.style.deadline))
            painter.drawPolygon(arrow)
            painter.drawLine(QPointF(x, y + 6), QPointF(x, top + row_height - 2))
        if item.constraint_date is not None and item.constraint_type not in (
            ConstraintType.ASAP,
            ConstraintType.ALAP,
        ):
            x = grid.map_to_chart(item.constraint_date)
            y = rect.top() - 1
            painter.setPen(QPen(self.style.constraint, 1.5))
            # A bracket opening towards the side the constraint allows.
            opens_right = item.constraint_type in (ConstraintType.SNET, ConstraintType.FNET)
            step = 4 if opens_right else -4
            painter.drawLine(QPointF(x, y), QPointF(x, rect.bottom() + 1))
            painter.drawLine(QPointF(x, y), QPointF(x + step, y))
            painter.drawLine(QPointF(x, rect.bottom() + 1), QPointF(x + step, rect.bottom() + 1))

    def label_text(self, item: BarItem) -> str:
        """Right of a bar: its resources (as MS Project does), else the task's name."""
        if item.resources and not item.summary:
            return item.resources
        return item.name

    def _paint_label(
        self, painter: QPainter, item: BarItem, rect: QRectF, top: float, row_height: float
    ) -> None:
        text = self.label_text(item)
        if not text:
            return
        painter.setFont(self.font)
        # Past the gap where FF/SF links turn at the bar's end (linkrouter.GAP), so an arrow
        # entering the bar from the right does not run through the first letters.
        x = rect.right() + LABEL_GAP
        # A name with a line break or a tab keeps drawText, which lays those out its own way.
        static, width = (
            self._laid_out_label(text)
            if text.isprintable()
            else (None, self.metrics.horizontalAdvance(text) + 4)
        )
        # A light backing keeps the text readable where link lines pass behind it; they
        # still show through faintly. The text is centred on the row as drawText's
        # AlignVCenter centres it (the same pixels; a test compares them).
        text_height = self.metrics.height()
        y = top + (row_height - text_height) / 2
        painter.fillRect(QRectF(x - 1, y, width + 1, text_height), self.style.label_backing)
        painter.setPen(self.style.label)
        if static is not None:
            painter.drawStaticText(QPointF(x, y), static)
        else:
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(x, top, width, row_height), int(flags), text)

    def _laid_out_label(self, text: str) -> tuple[QStaticText, float]:
        """``text`` laid out once in the label font, and its width with the backing's margin.

        drawText lays a label out again at each paint (a quarter of the whole chart's repaint
        at 10,000 tasks went to its ~45 labels). Kept per text while the font and metrics stay
        the same objects (set_tracking hands them to a new painter; a new font is a new
        object), at most _LABEL_CACHE_LIMIT labels (a screen shows ~45)."""
        if self._label_font is not self.font or self._label_metrics is not self.metrics:
            self._labels.clear()
            self._label_font, self._label_metrics = self.font, self.metrics
        found = self._labels.get(text)
        if found is None:
            if len(self._labels) >= _LABEL_CACHE_LIMIT:
                self._labels.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), self.font)
            found = self._labels[text] = (static, self.metrics.horizontalAdvance(text) + 4)
        return found

    def paint_link(
        self, painter: QPainter, points: list[tuple[float, float]], critical: bool
    ) -> None:
        colour = self.style.critical_link if critical and self.show_critical else self.style.link
        pen, head_brush = self._link_pen(colour)
        painter.setPen(pen)
        # The route's segments as lines, not one polyline: a polyline with this antialiased
        # 1.2 px pen is stroked into an outline and filled, while Qt's raster engine draws
        # plain lines directly. The same look (at a turn the square caps meet where the
        # bevel join was: a corner 0.6 px fuller); the chart's whole repaint at 10,000 tasks
        # (~55 links) went from 2.4 to 2.0 ms.
        if painter.paintEngine().type() is _RASTER:
            painter.drawLines([QLineF(x0, y0, x1, y1) for (x0, y0), (x1, y1) in pairwise(points)])
        else:  # paper (PDF, SVG, a printer): one path is a smaller file and quicker to write
            painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in points]))
        (x0, y0), (x1, y1) = points[-2], points[-1]
        size = 4.5
        if abs(x1 - x0) >= abs(y1 - y0):
            direction = 1 if x1 >= x0 else -1
            head = [
                QPointF(x1, y1),
                QPointF(x1 - direction * size * 1.4, y1 - size),
                QPointF(x1 - direction * size * 1.4, y1 + size),
            ]
        else:
            direction = 1 if y1 >= y0 else -1
            head = [
                QPointF(x1, y1),
                QPointF(x1 - size, y1 - direction * size * 1.4),
                QPointF(x1 + size, y1 - direction * size * 1.4),
            ]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(head_brush)
        painter.drawPolygon(QPolygonF(head))

    def _link_pen(self, colour: QColor) -> tuple[QPen, QBrush]:
        """The line's pen and the arrowhead's brush in ``colour``, made once per colour (a
        frame paints ~80 links in two colours). Keyed by the colour's value, so a new style
        (a palette change) or a changed colour gets its own."""
        key = colour.rgba()
        found = self._link_pens.get(key)
        if found is None:
            found = self._link_pens[key] = (QPen(colour, 1.2), QBrush(colour))
        return found
