"""The resource grid on paper: a title, the resource sheet as a table, then the usage grid
with every week (painted by the same code as on screen), each scaled to the page width and
continued on further pages when taller than one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetrics, QPainter

from pmdesk.models.resources import COLUMNS, OVER_COLOR

_MARGIN = 8  # logical pixels between the blocks


def print_resources(workspace, printer) -> int:
    """Lay the workspace out on ``printer``; returns the number of pages."""
    painter = QPainter(printer)
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        pages = _Pages(printer, painter, page.width(), page.height())
        _title(workspace, pages)
        _sheet(workspace, pages)
        _usage(workspace, pages)
        return pages.count
    finally:
        painter.end()


class _Pages:
    """A cursor down the page in device pixels; ``room(h)`` starts a new page when needed."""

    def __init__(self, printer, painter: QPainter, width: int, height: int) -> None:
        self.printer, self.painter = printer, painter
        self.width, self.height = width, height
        # Screen pixels to device pixels: as on screen (96 per inch), at most.
        self.scale = painter.device().logicalDpiX() / 96
        self.y = 0
        self.count = 1

    def room(self, needed: float) -> None:
        if self.y > 0 and self.y + needed > self.height:
            self.printer.newPage()
            self.count += 1
            self.y = 0


def _pixel_font(widget, factor: float = 1.0) -> QFont:
    """The widget's font sized in screen pixels; the painter's scale takes it to paper."""
    font = QFont(widget.font())
    font.setPixelSize(max(6, round(QFontInfo(widget.font()).pixelSize() * factor)))
    return font


def _title(workspace, pages: _Pages) -> None:
    painter = pages.painter
    scale = pages.scale
    font = _pixel_font(workspace, 1.4)
    font.setBold(True)
    height = QFontMetrics(font).height()
    plan = workspace.document.data.plan
    width = pages.width / scale
    painter.save()
    painter.scale(scale, scale)
    painter.setFont(font)
    painter.setPen(QColor("#202020"))
    painter.drawText(QRect(0, 0, round(width), height), Qt.AlignmentFlag.AlignLeft,
                     f"Resources — {plan.name}")
    painter.setFont(_pixel_font(workspace))
    painter.setPen(QColor("#606060"))
    painter.drawText(QRect(0, 0, round(width), height),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                     f"Printed {date.today().strftime('%a %Y-%m-%d')}")
    painter.restore()
    pages.y = round(height * 1.6 * scale)


def _sheet(workspace, pages: _Pages) -> None:
    """The resource sheet as plain rows: ID, then the sheet's columns."""
    model = workspace.model
    font = _pixel_font(workspace.sheet)
    bold = QFont(font)
    bold.setBold(True)
    fm = QFontMetrics(bold)  # the widest a cell gets (headers and flagged names are bold)
    titles = ["ID", *(c.title for c in COLUMNS)]
    rows = [[str(rid), *(model.cell_text(r, c) for c in range(len(COLUMNS)))]
            for r, rid in enumerate(model.ids)]
    widths = [max([fm.horizontalAdvance(t) for t in [title] + [row[i] for row in rows]]) + 20
              for i, title in enumerate(titles)]
    numeric = [True, *(c.numeric for c in COLUMNS)]
    row_h = fm.height() + 8
    total = sum(widths)
    scale = min(pages.width / total, pages.scale)
    painter = pages.painter
    lines = [(titles, True, False)] + [
        (row, False, model.is_overallocated(rid)) for row, rid in zip(rows, model.ids, strict=True)]
    for index, (cells, header, over) in enumerate(lines):
        pages.room(row_h * scale)
        painter.save()
        painter.translate(0, pages.y)
        painter.scale(scale, scale)
        if header:
            painter.fillRect(QRect(0, 0, total, row_h), QColor("#f4f5f7"))
        elif index % 2 == 0:
            painter.fillRect(QRect(0, 0, total, row_h), QColor("#f7f8fa"))
        x = 0
        for column, (text, width) in enumerate(zip(cells, widths, strict=True)):
            painter.setFont(bold if header or (over and column in (1, len(cells) - 1)) else font)
            painter.setPen(OVER_COLOR if over and column in (1, len(cells) - 1) else
                           QColor("#303030"))
            align = (Qt.AlignmentFlag.AlignRight if numeric[column] and not header
                     else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRect(x + 8, 0, width - 16, row_h), align, text)
            x += width
        painter.setPen(QColor("#d8d8d8"))
        painter.drawLine(0, row_h - 1, total, row_h - 1)
        painter.restore()
        pages.y += round(row_h * scale)
    pages.y += round(_MARGIN * 3 * pages.scale)


def _usage(workspace, pages: _Pages) -> None:
    """Every week of the usage grid; a page takes as many rows as fit, the header repeats."""
    grid = workspace.usage
    size = grid.content_size()
    scale = min(pages.width / max(1, size.width()), pages.scale)
    selected, grid.selected_id = grid.selected_id, None  # no screen highlight on paper
    try:
        _usage_rows(grid, pages, size, scale)
    finally:
        grid.selected_id = selected


def _usage_rows(grid, pages: _Pages, size, scale: float) -> None:
    header = grid.header_height
    painter = pages.painter
    top = 0  # content y (below the header) printed so far
    body = size.height() - header
    while top < body or top == 0:
        pages.room((header + grid.row_height) * scale)
        room = int((pages.height - pages.y) / scale) - header
        # Whole rows only: stop at the last row top that fits.
        end = top + max(grid.row_height, room)
        tops = grid._tops
        fitting = [t for t in tops if top < t <= end]
        end = fitting[-1] if fitting else min(body, end)
        painter.save()
        painter.translate(0, pages.y)
        painter.scale(scale, scale)
        painter.setClipRect(QRect(0, 0, size.width(), header + end - top))
        grid.paint(painter, QRect(0, 0, size.width(), header + end - top), QPoint(0, top))
        painter.restore()
        pages.y += round((header + end - top + _MARGIN) * scale)
        top = end
        if top >= body:
            break
        pages.y = pages.height  # continue on the next page
