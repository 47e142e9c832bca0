"""Printing goes through the chart's renderer: pages of rows, bars on paper as on screen."""

import re

from PySide6.QtGui import QColor, QImage, QPageSize, QPdfWriter

from pmdesk.gantt.chartprint import page_count, rows_per_page
from pmdesk.gantt.editor import GanttEditor

from gantt_plans import big_plan, colour_count


def test_pdf_has_one_page_per_rows_chunk(qtbot, make_document, tmp_path):
    document = make_document(big_plan(120))
    editor = GanttEditor(document)
    qtbot.addWidget(editor)
    path = tmp_path / "plan.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(96)
    expected = page_count(len(editor.rows.rows), writer.height())
    pages = editor.print_to(writer)
    del writer
    assert pages == expected >= 2
    content = path.read_bytes()
    assert content.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", content)) == pages


def test_printed_image_shows_the_bars(qtbot, document):
    editor = GanttEditor(document)
    qtbot.addWidget(editor)
    image = QImage(1100, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    assert editor.print_to(image) == 1
    style = editor.chart.renderer.bars.style
    assert colour_count(image, style.critical) > 20  # Design, Code, Test are critical
    assert colour_count(image, style.summary) > 5


def test_rows_per_page_leaves_room_for_title_and_timescale():
    assert rows_per_page(28 + 36 + 20 * 10) == 10
    assert page_count(0, 500) == 1
