"""Prints the Gantt chart on pages through the same ChartRenderer and BarPainter as the screen.

Each page has a title line, the task names on the left and the chart on the right under
its timescale; the whole project fits the page width, rows run on over as many pages as
needed. Works on any paint device with pages (QPrinter, QPdfWriter) and on a single image.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen

from pmdesk.gantt.chartrenderer import ChartRenderer
from pmdesk.gantt.timegrid import TimeGrid

NAME_WIDTH = 260.0  # logical pixels (1/96 inch)
ROW_HEIGHT = 20.0
TIMESCALE_HEIGHT = 36.0
TITLE_HEIGHT = 28.0


def page_count(rows: int, page_height: float) -> int:
    per_page = rows_per_page(page_height)
    return max(1, -(-rows // per_page))


def rows_per_page(page_height: float) -> int:
    return max(1, int((page_height - TITLE_HEIGHT - TIMESCALE_HEIGHT) // ROW_HEIGHT))


def print_gantt(device, document, model, rows: list[int], items, renderer: ChartRenderer,
                title: str | None = None) -> int:
    """Paint the chart of ``rows`` on ``device``; returns the number of pages painted."""
    painter = QPainter(device)
    try:
        return _paint_pages(painter, device, document, model, rows, items, renderer, title)
    finally:
        painter.end()


def _paint_pages(painter: QPainter, device, document, model, rows, items, renderer, title) -> int:
    scale = max(device.logicalDpiX(), 1) / 96.0
    painter.scale(scale, scale)
    width = device.width() / scale
    height = device.height() / scale
    chart_width = max(width - NAME_WIDTH, 100.0)
    schedule = document.schedule
    start = document.data.plan.start
    finish = start + timedelta(days=30)
    if schedule is not None and schedule.project_start is not None:
        start, finish = schedule.project_start, schedule.project_finish or finish
    grid = TimeGrid(start.replace(hour=0, minute=0) - timedelta(days=2))
    # Leave a sixth of the width for the labels right of the last bars.
    grid.fit(grid.origin, finish + timedelta(days=3), chart_width * 0.84)
    per_page = rows_per_page(height)
    pages = page_count(len(rows), height)
    font = QFont()
    font.setPixelSize(11)
    bold = QFont(font)
    bold.setBold(True)
    heading = title or document.data.plan.name
    row_of = {task_id: row for row, task_id in enumerate(rows)}
    spans = []
    for link in document.data.links.values():
        a, b = row_of.get(link.predecessor_id), row_of.get(link.successor_id)
        if a is not None and b is not None:
            spans.append((min(a, b), max(a, b), link))
    x_end = chart_width
    for page in range(pages):
        if page:
            if not isinstance(device, QPagedPaintDevice) or not device.newPage():
                break
        first = page * per_page
        last = min(first + per_page, len(rows)) - 1
        painter.save()
        painter.setFont(bold)
        painter.setPen(QColor(30, 30, 30))
        painter.drawText(QRectF(4, 0, width - 8, TITLE_HEIGHT),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), heading)
        painter.setFont(font)
        painter.drawText(QRectF(4, 0, width - 8, TITLE_HEIGHT),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         f"Page {page + 1} of {pages}")
        top = TITLE_HEIGHT + TIMESCALE_HEIGHT
        # Names column.
        for row in range(first, last + 1):
            task_id = rows[row]
            y = top + (row - first) * ROW_HEIGHT
            depth = 0
            parent = model.parent_of(task_id)
            while parent is not None:
                depth += 1
                parent = model.parent_of(parent)
            painter.setFont(bold if model.is_summary(task_id) else font)
            name = document.data.tasks[task_id].name
            painter.drawText(QRectF(4 + depth * 12, y, NAME_WIDTH - 8 - depth * 12, ROW_HEIGHT),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             f"{model.number_of(task_id)}  {name}")
        # Chart: timescale, then the rows, in chart coordinates shifted onto the page.
        painter.translate(NAME_WIDTH, TITLE_HEIGHT)
        painter.setClipRect(QRectF(0, 0, chart_width, height - TITLE_HEIGHT))
        renderer.paint_timescale(painter, grid, 0, x_end, TIMESCALE_HEIGHT, font)
        renderer.paint_date_marks(painter, grid, 0, x_end, TIMESCALE_HEIGHT, font, None,
                                  document.data.plan.status_date)
        painter.translate(0, TIMESCALE_HEIGHT - first * ROW_HEIGHT)
        area = QRectF(0, first * ROW_HEIGHT, chart_width, (last - first + 1) * ROW_HEIGHT)
        renderer.paint_background(painter, grid, area, None, document.data.plan.status_date)
        painter.setClipRect(area)
        renderer.paint_links(painter, grid, spans, row_of, first, last, ROW_HEIGHT, items,
                             0, chart_width, rows)
        renderer.paint_rows(painter, grid, rows, first, last, ROW_HEIGHT, items, 0, chart_width)
        painter.restore()
        painter.setPen(QPen(QColor(200, 204, 209)))
        painter.drawLine(QRectF(NAME_WIDTH, TITLE_HEIGHT, 0, height).topLeft(),
                         QRectF(NAME_WIDTH, height, 0, 0).topLeft())
    return pages
