"""The Tracking Gantt (MS Project's view of that name): each task's bar in the upper half of
its row, its completed part dark and its remaining part light, over the baseline bar in the
lower half, with a slippage line from the baseline start to a later start (MS Project's
"Slippage" bar style); and the progress line through the status date (MS Project's progress
lines: from the status date the line bends left to the progress point of each task behind schedule
and right of it for tasks ahead, so late work shows as a dent to the left)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from pmdesk.gantt.barpainter import BarItem, BarPainter
from pmdesk.gantt.timegrid import TimeGrid
from pmdesk.theme import light_colour

# The paper (light) colours, for tests and printing; the screen's come from BarStyle.
REMAINING = light_colour("remaining")
CRITICAL_REMAINING = light_colour("critical_remaining")
DONE = light_colour("done")
BASELINE = light_colour("tracking_baseline")
BASELINE_EDGE = light_colour("tracking_baseline_edge")
PROGRESS_LINE = light_colour("progress_line")  # magenta: apart from the critical path's red
SLIPPAGE = light_colour("slippage")


class TrackingBarPainter(BarPainter):
    """Bars as MS Project's Tracking Gantt draws them (the same labels, links and marks)."""

    def bar_rect(self, item: BarItem, grid: TimeGrid, top: float, row_height: float) -> QRectF:
        height = max(5.0, round(row_height * 0.3))
        y = top + row_height / 2 - height - 1  # the upper half: the baseline goes below
        x0 = grid.map_to_chart(item.start)
        if item.milestone:
            half = height / 2 + 1
            return QRectF(x0 - half, y, 2 * half, height)
        x1 = max(grid.map_to_chart(item.finish), x0 + 2)
        return QRectF(x0, y, x1 - x0, height)

    def _paint_bar(self, painter: QPainter, item: BarItem, grid: TimeGrid, rect: QRectF) -> None:
        critical = self._critical(item)
        edge = self.style.critical_edge if critical else self.style.task_edge
        parts = self.segment_rects(item, grid, rect)  # a split task's worked stretches
        if parts:
            painter.setPen(QPen(edge, 1.2, Qt.PenStyle.DotLine))
            y = rect.center().y()
            for left, right in zip(parts, parts[1:]):
                painter.drawLine(QPointF(left.right(), y), QPointF(right.left(), y))
        painter.setPen(QPen(edge, 1))
        painter.setBrush(
            QBrush(self.style.critical_remaining if critical else self.style.remaining)
        )
        for part in parts or [rect]:
            painter.drawRect(part)
        if item.percent_complete > 0:
            done = QRectF(rect)
            done.setRight(self.progress_x(item, rect))
            colour = self.style.critical_progress if critical else self.style.done
            for part in parts or [rect]:  # done work shows on the bars, not across pauses
                shown = done.intersected(part)
                if not shown.isEmpty():
                    painter.fillRect(shown, colour)

    def _paint_baseline(
        self,
        painter: QPainter,
        item: BarItem,
        start: datetime,
        finish: datetime,
        grid: TimeGrid,
        rect: QRectF,
    ) -> None:
        x0 = grid.map_to_chart(start)
        height = rect.height()
        if item.milestone:
            centre = QPointF(x0, rect.bottom() + 2 + height / 2)
            half = height / 2
            painter.setPen(QPen(self.style.tracking_baseline_edge, 1))
            painter.setBrush(QBrush(self.style.tracking_baseline))
            painter.drawPolygon(
                QPolygonF(
                    [
                        centre + QPointF(0, -half),
                        centre + QPointF(half, 0),
                        centre + QPointF(0, half),
                        centre + QPointF(-half, 0),
                    ]
                )
            )
            return
        x1 = max(grid.map_to_chart(finish), x0 + 2)
        painter.setPen(QPen(self.style.tracking_baseline_edge, 1))
        painter.setBrush(QBrush(self.style.tracking_baseline))
        painter.drawRect(QRectF(x0, rect.bottom() + 2, x1 - x0, height))
        if not item.summary and rect.left() - x0 > 1:
            # MS Project's Slippage: a thin line from the baseline start to the start.
            painter.setPen(QPen(self.style.slippage, 1))
            y = rect.center().y()
            painter.drawLine(QPointF(x0, y), QPointF(rect.left(), y))


def progress_points(
    rows: list[int],
    first: int,
    last: int,
    row_height: float,
    item_for: Callable[[int], BarItem | None],
    grid: TimeGrid,
    status_date: datetime,
) -> list[QPointF]:
    """One point per row: the progress point of a task under way or due by the status date,
    else the status date itself (summaries and future tasks keep the line straight)."""
    status_x = grid.map_to_chart(status_date)
    points = []
    for row in range(max(first, 0), min(last, len(rows) - 1) + 1):
        item = item_for(rows[row])
        y = row * row_height + row_height / 2
        x = status_x
        if (
            item is not None
            and not item.summary
            and not item.milestone
            and item.start < status_date
            and item.percent_complete < 100
        ):
            x0 = grid.map_to_chart(item.start)
            x1 = grid.map_to_chart(item.finish)
            x = x0 + (x1 - x0) * max(0.0, item.percent_complete) / 100.0
        points.append(QPointF(x, y))
    return points


def paint_progress_line(
    painter: QPainter, points: list[QPointF], colour: QColor = PROGRESS_LINE
) -> None:
    if len(points) < 1:
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(colour, 1.5, Qt.PenStyle.SolidLine))
    painter.drawPolyline(QPolygonF(points))
    painter.setBrush(QBrush(colour))
    for point in points:
        painter.drawEllipse(point, 2.0, 2.0)
