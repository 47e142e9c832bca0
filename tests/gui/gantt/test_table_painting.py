"""The task table paints its rows itself (tablepainter.py): what a person sees must match the
model: texts as formatted, elided to the column, selection, highlight and critical colours."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from pmdesk.core.entities import Task
from pmdesk.gantt.editor import GanttEditor
from pmdesk.models.taskcolumns import COLUMN_INDEX
from pmdesk.theme import light_colour

CRITICAL = light_colour("negative")  # the table's colours under the (light) test palette
HIGHLIGHT = light_colour("search_highlight")

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
NAME = COLUMN_INDEX["name"]


@pytest.fixture
def editor(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def paint(editor):
    return editor.table.viewport().grab().toImage()


def pixel_left_of_id(editor, image, task_id) -> QColor:
    """A pixel in the blank left part of the right-aligned ID cell of ``task_id``'s row."""
    rect = editor.table.visualRect(editor.model.index_for_task(task_id, COLUMN_INDEX["id"]))
    return image.pixelColor(rect.left() + 2, rect.center().y())


def near(colour: QColor, wanted: list[QColor]) -> bool:
    """Within a few units of one of ``wanted`` (the focus frame blends into the row's edge)."""
    return any(
        abs(colour.red() - w.red())
        + abs(colour.green() - w.green())
        + abs(colour.blue() - w.blue())
        <= 6
        for w in wanted
    )


def colours_in(editor, image, task_id, column) -> set[str]:
    rect = editor.table.visualRect(editor.model.index_for_task(task_id, column))
    return {
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    }


def test_rows_show_the_models_texts_and_follow_edits(editor, document):
    paint(editor)
    painter = editor.table.row_painter
    assert painter.painted_text(2, NAME) == "Design"
    assert painter.painted_text(3, COLUMN_INDEX["duration"]) == "5 d"
    document.set_fields(Task, 2, "Rename", name="Sketch")
    document.set_fields(Task, 3, "Set duration", duration=2 * 480)
    paint(editor)
    assert painter.painted_text(2, NAME) == "Sketch"
    assert painter.painted_text(3, COLUMN_INDEX["duration"]) == "2 d"


def test_long_names_are_elided_to_the_column_and_shown_whole_when_it_widens(editor, document):
    long_name = "Prepare the migration of every customer account to the new platform"
    document.set_fields(Task, 4, "Rename", name=long_name)
    editor.table.setColumnWidth(NAME, 120)
    paint(editor)
    shown = editor.table.row_painter.painted_text(4, NAME)
    assert shown.endswith("\u2026") and long_name.startswith(shown[:-1]) and len(shown) > 3
    editor.table.setColumnWidth(NAME, 700)
    paint(editor)
    assert editor.table.row_painter.painted_text(4, NAME) == long_name


def test_selected_and_highlighted_rows_are_filled(editor):
    editor.select_task(3)
    editor.model.set_highlighted({5})
    image = paint(editor)
    palette = editor.table.palette()
    selection = [
        palette.color(group, QPalette.ColorRole.Highlight)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    ]
    assert near(pixel_left_of_id(editor, image, 3), selection)
    assert near(pixel_left_of_id(editor, image, 5), [HIGHLIGHT])
    assert not near(pixel_left_of_id(editor, image, 4), [*selection, HIGHLIGHT])


def test_critical_tasks_dates_are_red(editor):
    model = editor.model
    critical = [t for t in model.order if model.is_critical(t) and not model.is_summary(t)]
    relaxed = [t for t in model.order if not model.is_critical(t) and not model.is_summary(t)]
    assert critical and relaxed
    image = paint(editor)
    for task_id in critical:
        assert CRITICAL.name() in colours_in(editor, image, task_id, COLUMN_INDEX["start"])
        assert CRITICAL.name() not in colours_in(editor, image, task_id, NAME)
    for task_id in relaxed:
        assert CRITICAL.name() not in colours_in(editor, image, task_id, COLUMN_INDEX["start"])


def test_collapsing_a_summary_hides_its_rows_and_keeps_the_arrow(editor):
    editor.rows.set_expanded(1, False)
    paint(editor)
    assert not editor.table.visualRect(editor.model.index_for_task(2)).isValid()
    assert editor.table.row_painter.painted_text(1, NAME) == "Build"


def test_right_to_left_tables_fall_back_to_qt_row_painting(editor):
    editor.table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    editor.table.row_painter._static.clear()
    paint(editor)
    assert editor.table.row_painter.painted_text(2, NAME) is None  # Qt painted the rows
