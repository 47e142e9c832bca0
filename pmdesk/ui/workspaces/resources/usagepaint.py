"""Painting the resource usage grid (usage.py): the cells of the rows in view -- each
resource's histogram bar or cost per period, its tasks' hours under it -- then the names
column over them and the period header, on screen and on paper alike."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter

from pmdesk.core.entities import ResourceType
from pmdesk.core.localeformat import decimal_sign
from pmdesk.core.translation import english_plural
from pmdesk.models.resourcetext import format_hours, format_percent
from pmdesk.ui.workspaces.resources import usagecell
from pmdesk.ui.workspaces.resources.usagecell import NAME_WIDTH, paint_week_cell
from pmdesk.ui.workspaces.resources.usagecost import paint_cost
from pmdesk.ui.workspaces.resources.usagedays import paint_time_off
from pmdesk.ui.workspaces.resources.usageheader import HeaderGrid, paint_header

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtGui import QPalette

    from pmdesk.models.resources import ResourceSheetModel
    from pmdesk.ui.workspaces.resources.usagecell import WeekLoad


class UsageGrid(HeaderGrid, Protocol):
    """What painting reads of the usage grid (usage.py, which imports this module)."""

    model: ResourceSheetModel
    rows: list[tuple[int, int | None]]
    tops: list[int]
    selected_id: int | None
    show_tasks: bool
    details: str

    def row_at(self, y: int) -> int: ...
    def cell(self, resource_id: int, week: int) -> WeekLoad | None: ...
    def period_cost(self, resource_id: int, task_id: int | None, week: int) -> float: ...
    def task_minutes(self, resource_id: int, task_id: int, week: int) -> float: ...
    def nonworking_days(self, resource_id: int, week_start: date) -> list[int]: ...
    def money_text(self, amount: float) -> str: ...
    def palette(self) -> QPalette: ...


def paint_grid(grid: UsageGrid, painter: QPainter, area: QRect, offset: QPoint) -> None:
    """Paint ``grid`` into ``area`` (origin at its top left) scrolled by ``offset``."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    base = grid.paint_font()
    small = QFont(base)
    small.setPixelSize(max(7, round(base.pixelSize() * 0.85)))
    bold_small = QFont(small)
    bold_small.setBold(True)
    hh, ww = grid.header_height, grid.week_width
    xoff, yoff = offset.x(), offset.y()
    width, height = area.width(), area.height()
    first_week = max(0, xoff // ww)
    last_week = min(grid.week_count - 1, (xoff + width - NAME_WIDTH) // ww + 1)
    first_row = max(0, grid.row_at(yoff))
    last_row = grid.row_at(yoff + height - hh)
    last_row = len(grid.rows) - 1 if last_row < 0 else last_row
    data = grid.model.document.data
    # Cells first, then the names column over them (it stays in place when scrolling).
    painter.save()
    painter.setClipRect(QRect(NAME_WIDTH, hh, width - NAME_WIDTH, height - hh))
    for row in range(first_row, last_row + 1):
        rid, tid = grid.rows[row]
        top = hh + grid.tops[row] - yoff
        rh = grid.tops[row + 1] - grid.tops[row]
        if rid == grid.selected_id:
            painter.fillRect(QRect(NAME_WIDTH, top, width, rh), usagecell.SELECTED)
        resource = data.resources.get(rid)
        max_units = resource.max_units if resource is not None else 1.0
        if tid is None:
            scale = _row_scale(grid, rid, max_units)
            for week in range(first_week, last_week + 1):
                left = NAME_WIDTH + week * ww - xoff
                paint_time_off(
                    painter,
                    QRect(left, top, ww, rh),
                    grid.nonworking_days(rid, grid.week_start(week)),
                    7 if grid.period == "week" else 1,
                )
                load = grid.cell(rid, week)
                if grid.details == "cost":
                    amount = grid.period_cost(rid, None, week)
                    if amount:
                        over = load is not None and load.over
                        paint_cost(
                            painter,
                            QRect(left, top, ww, rh),
                            grid.money_text(amount),
                            over,
                            bold_small if over else small,
                        )
                elif load is not None and load.work > 0:
                    paint_week_cell(
                        painter, QRect(left, top, ww, rh), load, max_units, scale, small, bold_small
                    )
        else:
            painter.setFont(small)
            for week in range(first_week, last_week + 1):
                if grid.details == "cost":
                    amount = grid.period_cost(rid, tid, week)
                    if amount:
                        load = grid.cell(rid, week)
                        paint_cost(
                            painter,
                            QRect(NAME_WIDTH + week * ww - xoff, top, ww, rh),
                            grid.money_text(amount),
                            load is not None and load.over,
                            small,
                        )
                    continue
                minutes = grid.task_minutes(rid, tid, week)
                if minutes > 0:
                    left = NAME_WIDTH + week * ww - xoff
                    load = grid.cell(rid, week)
                    over = load is not None and load.over
                    painter.setPen(usagecell.OVER_TEXT if over else usagecell.TEXT)
                    painter.drawText(
                        QRect(left, top, ww - 5, rh),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                        compact_hours(minutes),
                    )
        painter.setPen(usagecell.GRID)
        painter.drawLine(NAME_WIDTH, top + rh - 1, width, top + rh - 1)
    painter.setPen(usagecell.GRID)
    for week in range(first_week, last_week + 2):
        x = NAME_WIDTH + week * ww - xoff
        painter.drawLine(x, hh, x, height)
    painter.restore()
    _paint_names(grid, painter, area, offset, first_row, last_row, small)
    _paint_header(grid, painter, area, first_week, last_week, small)


def compact_hours(minutes: float) -> str:
    """A cell's hours in three digits at most, with the unit and decimal sign of the interface
    language: "6.4h" (en), "6,4j" (id: jam)."""
    hours = minutes / 60
    # .3g would write 1,000 hours and more (a quarter at 24 hours a day) as "1e+03".
    number = f"{hours:.0f}" if hours >= 99.5 else f"{hours:.3g}".replace(".", decimal_sign())
    return QCoreApplication.translate("UsageGrid", "%1h").replace("%1", number)


def _paint_names(
    grid: UsageGrid,
    painter: QPainter,
    area: QRect,
    offset: QPoint,
    first_row: int,
    last_row: int,
    small: QFont,
) -> None:
    hh, yoff = grid.header_height, offset.y()
    data = grid.model.document.data
    painter.save()
    painter.setClipRect(QRect(0, hh, NAME_WIDTH, area.height() - hh))
    painter.fillRect(QRect(0, hh, NAME_WIDTH, area.height() - hh), grid.palette().base())
    for row in range(first_row, last_row + 1):
        rid, tid = grid.rows[row]
        top = hh + grid.tops[row] - yoff
        rh = grid.tops[row + 1] - grid.tops[row]
        resource = data.resources.get(rid)
        if resource is None:
            continue
        if rid == grid.selected_id:
            painter.fillRect(QRect(0, top, NAME_WIDTH, rh), usagecell.SELECTED)
        if tid is not None:
            task = data.tasks.get(tid)
            painter.setFont(small)
            painter.setPen(usagecell.TEXT)
            rect = QRect(26, top, NAME_WIDTH - 32, rh)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(small).elidedText(
                    task.name if task else "", Qt.TextElideMode.ElideRight, rect.width()
                ),
            )
            painter.setPen(usagecell.GRID)
            painter.drawLine(26, top + rh - 1, NAME_WIDTH, top + rh - 1)
            continue
        over = grid.model.is_overallocated(rid)
        font = grid.paint_font()
        font.setBold(over)
        painter.setFont(font)
        painter.setPen(usagecell.OVER_TEXT if over else usagecell.TEXT)
        marker = ("\u25be " if rid == grid.selected_id else "\u25b8 ") if grid.show_tasks else ""
        name_rect = QRect(10, top + 2, NAME_WIDTH - 16, rh // 2)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            QFontMetrics(font).elidedText(
                marker + resource.name, Qt.TextElideMode.ElideRight, name_rect.width()
            ),
        )
        painter.setFont(small)
        painter.setPen(usagecell.MUTED)
        work, _cost, count = grid.model.totals(rid)
        if resource.type == ResourceType.WORK:
            detail = english_plural(
                QCoreApplication.translate("UsageGrid", "max %1 · %2 · %n task(s)", None, count),
                count,
            )
            detail = detail.replace("%1", format_percent(resource.max_units)).replace(
                "%2", format_hours(work)
            )
        else:
            detail = (
                QCoreApplication.translate("UsageGrid", "material resource")
                if resource.type == ResourceType.MATERIAL
                else QCoreApplication.translate("UsageGrid", "cost resource")
            )
        indent = 24 if grid.show_tasks else 10
        painter.drawText(
            QRect(indent, top + rh // 2 + 2, NAME_WIDTH - indent - 6, rh // 2 - 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            detail,
        )
        painter.setPen(usagecell.GRID)
        painter.drawLine(0, top + rh - 1, NAME_WIDTH, top + rh - 1)
    painter.restore()
    painter.setPen(usagecell.HEADER_LINE)
    painter.drawLine(NAME_WIDTH - 1, 0, NAME_WIDTH - 1, area.height())


def _paint_header(
    grid: UsageGrid, painter: QPainter, area: QRect, first_week: int, last_week: int, small: QFont
) -> None:
    words = {
        "day": QCoreApplication.translate("UsageGrid", "day"),
        "week": QCoreApplication.translate("UsageGrid", "week"),
        "month": QCoreApplication.translate("UsageGrid", "month"),
        "quarter": QCoreApplication.translate("UsageGrid", "quarter"),
    }
    subtitle = (
        QCoreApplication.translate("UsageGrid", "peak units per %1").replace(
            "%1", words[grid.period]
        )
        if grid.details == "work"
        else QCoreApplication.translate("UsageGrid", "cost per %1").replace(
            "%1", words[grid.period]
        )
    )
    paint_header(grid, painter, area, first_week, last_week, small, subtitle)


def _row_scale(grid: UsageGrid, resource_id: int, max_units: float) -> float:
    """The units the full cell height stands for in this row: room for the max. line and
    the highest peak of the row (at least 150 % of max. units so the line sits low)."""
    top = max_units * 1.5
    allocation = grid.model.allocation(resource_id)
    if allocation is not None and allocation.pieces:
        top = max(top, allocation.peak_units() * 1.05)
    return top or 1.0
