"""The task table's row painting keeps work between paints: a scroll moves the painted pixels
and paints the rows that came in, and the shown columns' layout is kept until the header
changes. What is on screen must stay what a full repaint shows."""

import pytest
from gantt_plans import big_plan
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from pmdesk.gantt.editor import GanttEditor
from pmdesk.models.taskcolumns import COLUMN_INDEX

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, make_document):
    widget = GanttEditor(make_document(big_plan(400)))
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()  # the first full paint
    return widget


def on_screen(editor):
    """The table's viewport as the offscreen platform's backing store holds it (what the
    widgets last painted), and as a full repaint paints it now."""
    viewport = editor.table.viewport()
    screen = QApplication.primaryScreen().grabWindow(editor.winId()).toImage()
    shown = screen.copy(QRect(viewport.mapTo(editor, QPoint(0, 0)), viewport.size()))
    fresh = viewport.grab().toImage().convertToFormat(shown.format())
    return shown, fresh


def test_a_three_row_scroll_paints_only_the_rows_that_came_in(editor):
    table = editor.table
    table.setFocus()
    table.setCurrentIndex(editor.model.index_for_task(5, COLUMN_INDEX["name"]))
    QApplication.processEvents()
    painted: list[int] = []
    paint_row = table.row_painter.paint_row

    def record(painter, rect, index, model):
        painted.append(index.internalId())
        paint_row(painter, rect, index, model)

    table.row_painter.paint_row = record  # type: ignore[method-assign]
    bar = table.verticalScrollBar()
    step = 3 * editor.rows.row_height
    rows_shown = table.viewport().height() // editor.rows.row_height
    assert rows_shown > 12  # a step is a small part of the view
    counts = []
    for number in range(8):
        painted.clear()
        # Down five steps and back up, one of them by an odd number of pixels.
        bar.setValue(bar.value() + (step if number < 5 else -step) + (number == 2))
        QApplication.processEvents()
        counts.append(len(painted))
    # Three rows and the two cut by the strip's edges, never the whole view.
    assert counts and max(counts) <= 5, counts
    shown, fresh = on_screen(editor)
    assert shown == fresh


def shown_columns(table):
    """(column, x, width) of the shown columns in visual order, as the header says now."""
    header = table.header()
    found = []
    for visual in range(header.count()):
        column = header.logicalIndex(visual)
        if not header.isSectionHidden(column) and header.sectionSize(column) > 0:
            found.append(
                (column, header.sectionViewportPosition(column), header.sectionSize(column))
            )
    return found


def painted_columns(editor):
    table = editor.table
    table.viewport().repaint()
    return [(column, x, width) for column, x, width, *_ in table.row_painter._columns]


def test_the_rows_follow_every_change_of_the_columns(editor):
    table = editor.table
    header = table.header()
    duration, start, finish = (COLUMN_INDEX[k] for k in ("duration", "start", "finish"))
    assert painted_columns(editor) == shown_columns(table)
    changes = [
        lambda: header.setSectionHidden(duration, True),
        lambda: header.setSectionHidden(COLUMN_INDEX["cost"], False),
        lambda: header.resizeSection(start, header.sectionSize(start) + 30),
        lambda: header.moveSection(header.visualIndex(finish), header.visualIndex(start)),
        # Two columns of one width trade places: count, length and hidden count stay.
        lambda: (
            header.resizeSection(start, 90),
            header.resizeSection(finish, 90),
            table.viewport().repaint(),
            header.swapSections(header.visualIndex(start), header.visualIndex(finish)),
        ),
        lambda: header.resizeSection(COLUMN_INDEX["name"], 900),
        lambda: table.horizontalScrollBar().setValue(120),  # the header's offset
        lambda: table.setTreePosition(COLUMN_INDEX["wbs"]),
    ]
    for change in changes:
        change()
        QApplication.processEvents()
        assert painted_columns(editor) == shown_columns(table)
    assert header.offset() == 120
    shown, fresh = on_screen(editor)
    assert shown == fresh
