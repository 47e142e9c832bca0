"""The usage grid's header: the group labels (months or years) above, each column's own
label below, and the names column's title."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter

from pmdesk.models.localdates import format_moment
from pmdesk.models.periodlabels import column_labels
from pmdesk.ui.workspaces.resources import usagecell
from pmdesk.ui.workspaces.resources.usagecell import NAME_WIDTH


class HeaderGrid(Protocol):
    """What the header reads of the usage grid (usage.py, which imports this module)."""

    week_width: int
    week_count: int
    period: str
    offset: QPoint

    @property
    def header_height(self) -> int: ...

    def week_start(self, index: int) -> date: ...

    def paint_font(self) -> QFont: ...


def paint_header(
    grid: HeaderGrid,
    painter: QPainter,
    area: QRect,
    first_week: int,
    last_week: int,
    small: QFont,
    subtitle: str,
) -> None:
    """Group labels above (months over days and weeks, years over months and quarters),
    each column's label below; "Resource" and ``subtitle`` over the names."""
    hh, ww, xoff = grid.header_height, grid.week_width, grid.offset.x()
    width = area.width()
    painter.fillRect(QRect(0, 0, width, hh), usagecell.HEADER_BG)
    painter.save()
    painter.setClipRect(QRect(NAME_WIDTH, 0, width - NAME_WIDTH, hh))
    half = hh // 2
    sample = "Mon 00" if grid.period == "day" else "00 Mmm"
    wide = ww >= QFontMetrics(small).horizontalAdvance(sample) + 6
    for week in range(max(0, first_week - 40), min(grid.week_count, last_week + 2)):
        start = grid.week_start(week)
        x = NAME_WIDTH + week * ww - xoff
        top_label, label = column_labels(grid.period, start, wide)
        if top_label is None and week == 0:  # the first column names its group anyway
            top_label = (
                str(start.year)
                if grid.period in ("month", "quarter")
                else format_moment(start, "MMMM yyyy")
            )
        if top_label is not None:
            painter.setPen(usagecell.HEADER_LINE)
            painter.drawLine(x, 0, x, half)
            painter.setFont(grid.paint_font())
            painter.setPen(usagecell.HEADER_TEXT)
            span = QFontMetrics(grid.paint_font()).horizontalAdvance(top_label) + 12
            painter.drawText(
                QRect(x + 5, 0, max(ww * 4, span), half),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                top_label,
            )
        painter.setFont(small)
        painter.setPen(usagecell.MUTED)
        painter.drawText(QRect(x, half, ww, hh - half), Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(usagecell.GRID)
        painter.drawLine(x, half, x, hh)
    painter.restore()
    painter.setPen(usagecell.HEADER_LINE)
    painter.drawLine(0, hh - 1, width, hh - 1)
    painter.drawLine(NAME_WIDTH - 1, 0, NAME_WIDTH - 1, hh)
    painter.setPen(usagecell.HEADER_TEXT)
    bold = grid.paint_font()
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(
        QRect(10, 0, NAME_WIDTH - 16, half),
        Qt.AlignmentFlag.AlignVCenter,
        QCoreApplication.translate("UsageGrid", "Resource"),
    )
    painter.setFont(small)
    painter.setPen(usagecell.MUTED)
    painter.drawText(
        QRect(10, half, NAME_WIDTH - 16, hh - half), Qt.AlignmentFlag.AlignVCenter, subtitle
    )
