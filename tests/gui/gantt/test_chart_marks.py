"""Today and status date lines named in the timescale; bar labels readable over links."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from pmdesk.gantt.barpainter import LABEL_GAP, BarItem, BarPainter
from pmdesk.gantt.chartrenderer import ChartRenderer
from pmdesk.gantt.timegrid import TimeGrid

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def tag_columns(image: QImage, colour: QColor, y0: int, y1: int) -> list[int]:
    """x of the columns holding ``colour`` between rows y0..y1 (the tags' spans)."""
    return [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y) == colour for y in range(y0, y1))
    ]


def header_image(renderer, grid, today, status) -> QImage:
    image = QImage(600, 44, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.paint_timescale(painter, grid, 0, 600, 44, QFont())
    renderer.paint_date_marks(painter, grid, 0, 600, 44, QFont(), today, status)
    painter.end()
    return image


def test_today_and_status_date_are_named_side_by_side_on_the_same_day():
    renderer = ChartRenderer()
    grid = TimeGrid(datetime(2026, 1, 5), day_width=12)
    today = datetime(2026, 1, 20, 10, 0)
    status = datetime(2026, 1, 20, 17, 0)  # the same day: the lines are ~3 px apart
    image = header_image(renderer, grid, today, status)
    # The tags sit in the lower tier above the notches (the last 5 px point down the lines).
    orange = tag_columns(image, renderer.today_colour, 22, 38)
    blue = tag_columns(image, renderer.status_colour, 22, 38)
    assert len(orange) > 20 and len(blue) > 20  # tags wide enough to hold a word
    assert max(orange) < min(blue)  # side by side, not one over the other
    x_today = grid.map_to_chart(today)
    assert min(orange) <= x_today <= max(orange)
    alone = header_image(renderer, grid, today, None)
    assert tag_columns(alone, renderer.status_colour, 22, 44) == []
    assert tag_columns(alone, renderer.today_colour, 22, 44)


def test_marks_outside_the_painted_range_are_left_out():
    renderer = ChartRenderer()
    grid = TimeGrid(datetime(2026, 1, 5), day_width=12)
    image = header_image(renderer, grid, datetime(2027, 1, 1), datetime(2025, 1, 1))
    assert tag_columns(image, renderer.today_colour, 0, 44) == []
    assert tag_columns(image, renderer.status_colour, 0, 44) == []


def test_status_line_shows_over_todays_line_on_the_same_day():
    renderer = ChartRenderer()
    grid = TimeGrid(datetime(2026, 1, 5), day_width=12)
    image = QImage(400, 100, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    moment = datetime(2026, 1, 20, 12, 0)
    renderer.paint_background(painter, grid, image.rect().toRectF(), moment, moment)
    painter.end()
    x = round(grid.map_to_chart(moment))
    column = [image.pixelColor(x, y) for y in range(100)]

    def near(colour, wanted):
        return sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3])) < 60

    assert any(near(c, renderer.status_colour) for c in column)  # the dashes
    assert any(near(c, renderer.today_colour) for c in column)  # today's line between them


def test_labels_start_past_the_link_gap_and_stay_readable_over_a_link():
    painter_obj = BarPainter()
    grid = TimeGrid(datetime(2026, 1, 5), day_width=20)
    start = datetime(2026, 1, 5, 8)
    item = BarItem(1, start, start + timedelta(days=3), name="Readable label")
    image = QImage(400, 24, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    rect = painter_obj.bar_rect(item, grid, 0, 24)
    label_x = rect.right() + LABEL_GAP
    link_x = label_x + 30  # a vertical link passing behind the label's text
    painter.setPen(QPen(QColor("black"), 1))
    painter.drawLine(QPointF(link_x, 0), QPointF(link_x, 24))
    painter_obj.paint_item(painter, item, grid, 0, 24)
    painter.end()
    # The label's first ink is past the gap where FF/SF links turn at the bar end.
    dark = [
        x
        for x in range(int(rect.right()) + 2, 400)
        if any(image.pixelColor(x, y).lightness() < 128 for y in range(24))
    ]
    assert dark and dark[0] >= label_x - 1
    above = image.pixelColor(int(link_x), 1)  # above the text, the line as drawn
    assert above.lightness() < 40
    # Behind the label only the letters' own strokes are dark, not a line through them.
    band = [image.pixelColor(int(link_x), y).lightness() for y in range(8, 17)]
    assert sum(value < 40 for value in band) <= len(band) // 2


def test_the_chart_reads_today_at_paint_time_unless_pinned(qtbot, document):
    from pmdesk.gantt.editor import GanttEditor

    editor = GanttEditor(document)
    qtbot.addWidget(editor)
    before = datetime.now()
    assert before - timedelta(minutes=1) <= editor.chart.today <= datetime.now()
    editor.chart.today = datetime(2026, 3, 4, 12, 0)
    assert editor.chart.today == datetime(2026, 3, 4, 12, 0)
    editor.chart.today = None
    assert editor.chart.today >= before - timedelta(minutes=1)
