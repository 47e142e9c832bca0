"""Bad input typed into the task table: one sentence in the message bar, the plan unchanged."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from pmdesk.core.entities import ConstraintType
from pmdesk.gantt.editor import GanttEditor
from pmdesk.models.taskcolumns import COLUMN_INDEX

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.table.setFocus()
    return widget


def type_into(editor, task_id, key, text):
    table = editor.table
    table.setCurrentIndex(editor.model.index_for_task(task_id, COLUMN_INDEX[key]))
    QTest.keyClick(table, Qt.Key.Key_F2)
    line = next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible())
    line.selectAll()
    if text:
        QTest.keyClicks(line, text)
    else:
        QTest.keyClick(line, Qt.Key.Key_Delete)
    QTest.keyClick(line, Qt.Key.Key_Return)


def test_an_empty_name_is_refused_with_one_sentence(editor, document, qtbot):
    type_into(editor, 3, "name", "")
    qtbot.waitUntil(lambda: editor.message.text() != "")
    assert editor.message.text() == "A task needs a name; type one or press Escape."
    assert document.data.tasks[3].name == "Code"
    assert document.undo_stack.count() == 0


def test_enter_on_an_untouched_date_changes_nothing(editor, document, qtbot):
    """Enter on the date the editor opened with must not pin the task with a constraint."""
    from pmdesk.gantt.datefield import DateField

    table = editor.table
    table.setCurrentIndex(editor.model.index_for_task(4, COLUMN_INDEX["start"]))
    QTest.keyClick(table, Qt.Key.Key_F2)
    widget = next(w for w in table.viewport().findChildren(DateField) if w.isVisible())
    QTest.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert document.data.tasks[4].constraint_type is ConstraintType.ASAP
    assert document.undo_stack.count() == 0


@pytest.mark.parametrize("text", ["1983-12-31", "2150-01-01", "abc"])
def test_a_date_out_of_range_or_unreadable_is_refused(editor, document, qtbot, text):
    type_into(editor, 4, "start", text)
    qtbot.waitUntil(lambda: editor.message.text() != "")
    expected = "is not a date" if text == "abc" else "between 1984-01-01 and 2149-12-31"
    assert expected in editor.message.text()
    assert document.data.tasks[4].constraint_type is ConstraintType.ASAP
    assert document.undo_stack.count() == 0


def test_a_huge_duration_is_refused_with_a_sentence_about_durations(editor, document, qtbot):
    type_into(editor, 3, "duration", "99999999999d")
    qtbot.waitUntil(lambda: editor.message.text() != "")
    assert editor.message.text() == "A duration can be at most 10,000 days."
    assert document.data.tasks[3].duration == 5 * 480
    assert document.undo_stack.count() == 0


@pytest.mark.parametrize("text", ["2FS+nan%", "2FS+1e400%"])
def test_a_lag_that_is_not_a_number_is_refused(editor, document, qtbot, text):
    """float() reads "nan" and "1e400" (infinity); the scheduler cannot, and raised inside Qt's slot."""
    type_into(editor, 4, "predecessors", text)
    qtbot.waitUntil(lambda: editor.message.text() != "")
    assert editor.message.text() == f'"{text[4:]}" is not a percentage.'
    assert [(l.predecessor_id, l.lag) for l in editor.model.links.predecessors(4)] == [(3, 0)]
    assert document.undo_stack.count() == 0


@pytest.mark.parametrize(
    "text, message",
    [
        ("2FS+99999999d", "A lag can be at most 10,000 days."),
        ("2SS-99999999d", "A lag can be at most 10,000 days."),
        ("2FS+99999999%", "A lag can be at most 1,000,000% of the predecessor's duration."),
    ],
)
def test_a_huge_lag_is_refused_with_a_sentence_about_lags(editor, document, qtbot, text, message):
    type_into(editor, 4, "predecessors", text)
    qtbot.waitUntil(lambda: editor.message.text() != "")
    assert editor.message.text() == message
    assert [(l.predecessor_id, l.lag) for l in editor.model.links.predecessors(4)] == [(3, 0)]
    assert document.undo_stack.count() == 0
