"""One week of one resource in the usage grid: the load it shows (peak and average units,
the over-allocated days) and how a cell paints it; the colours of the grid."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from pmdesk.core.scheduling.allocation import ResourceAllocation
from pmdesk.models.resourcetext import format_percent
from pmdesk.theme import colour, role_attributes

NAME_WIDTH = 250  # the usage grid's names column, in pixels
# The grid's colours are theme roles read at paint time (role_attributes), so the usage
# view and its histogram follow a palette change and print light.
_ROLE_OF = {
    "GRID": "usage_grid",
    "HEADER_BG": "usage_header",
    "HEADER_TEXT": "heading_text",
    "TEXT": "text",
    "MUTED": "muted_text",
    "BAR": "usage_bar",
    "BAR_EDGE": "usage_bar_edge",
    "OVER_BAR": "over_bar",
    "OVER_EDGE": "over_edge",
    "OVER_TEXT": "over_text",
    "MAX_LINE": "max_line",
    "SELECTED": "selected_cell",
    "HEADER_LINE": "header_line",
    "TIME_OFF": "time_off",
}


if TYPE_CHECKING:
    # What the attributes role_attributes() adds are, for mypy.
    def __getattr__(name: str) -> QColor: ...


role_attributes(__name__, _ROLE_OF)


class WeekLoad:
    """What one cell shows: a period's (a week's, by default) peak and average load of one
    resource. The peak is the highest day's units, or on an over-allocated day the highest
    units at any minute (MS Project's peak: 50 % and 100 % on one morning show 150 %)."""

    __slots__ = ("start", "peak", "average", "work", "over", "over_days")

    def __init__(self, allocation: ResourceAllocation, start: date, days: int = 7) -> None:
        self.start = start
        peak = 0.0
        work = 0.0
        available = 0
        over_days = []
        for offset in range(days):
            day = start + timedelta(days=offset)
            load = allocation.day(day)
            work += load.work
            available += load.available
            if load.work:
                peak = max(peak, load.units)
            if load.over:
                over_days.append(day)
                if load.peak != float("inf"):
                    peak = max(peak, load.peak)
        self.peak = peak
        self.work = work
        self.average = work / available if available else 0.0
        self.over = bool(over_days)
        self.over_days = over_days


def paint_week_cell(
    painter: QPainter,
    rect: QRect,
    load: WeekLoad,
    max_units: float,
    scale: float,
    small: QFont,
    bold_small: QFont,
) -> None:
    """The week's peak as text on top, below it a bar against the dashed max. units."""
    font = bold_small if load.over else small
    text_h = QFontMetrics(font).height()
    inner = rect.adjusted(3, text_h + 2, -3, -3)
    height = inner.height()
    bar_h = max(2, round(height * min(1.0, load.peak / scale)))
    bar = QRect(inner.left(), inner.bottom() - bar_h + 1, inner.width(), bar_h)
    painter.fillRect(bar, colour("over_bar") if load.over else colour("usage_bar"))
    painter.setPen(colour("over_edge") if load.over else colour("usage_bar_edge"))
    painter.drawLine(bar.left(), bar.top(), bar.right(), bar.top())
    line_y = inner.bottom() - round(height * min(1.0, max_units / scale)) + 1
    painter.setPen(QPen(colour("max_line"), 1, Qt.PenStyle.DashLine))
    painter.drawLine(rect.left() + 1, line_y, rect.right() - 1, line_y)
    painter.setFont(font)
    painter.setPen(colour("over_text") if load.over else colour("text"))
    text = format_percent(load.peak)
    if QFontMetrics(font).horizontalAdvance(text) <= rect.width() - 2:
        painter.drawText(
            QRectF(rect.left(), rect.top() + 1, rect.width(), text_h),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
