"""Blank entry rows after the last task: typing into one adds the task there (one undo
step); Insert adds above the current row, the toolbar's Add task below it or at the end."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pmdesk.gantt.editor import ENTRY_ROWS, GanttEditor
from pmdesk.models.taskcolumns import COLUMN_INDEX
from pmdesk.models.tasktree import TaskTreeModel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

Key = Qt.Key


@pytest.fixture
def editor(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.table.setFocus()
    return widget


def type_keys(text: str) -> None:
    for char in text:
        QTest.keyClicks(QApplication.focusWidget(), char)


def names(document):
    data = document.data

    def walk(parent, depth):
        for task in data.children(parent):
            yield ("  " * depth) + task.name
            yield from walk(task.id, depth + 1)

    return list(walk(None, 0))


def first_entry(editor, column="name"):
    model = editor.model
    return model.index(len(model.child_ids(None)), COLUMN_INDEX[column])


def test_the_model_with_entry_rows_passes_qtmodeltester(qtmodeltester, document):
    model = TaskTreeModel(document, entry_rows=3)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2 + 3
    assert model.task_id(model.index(2, 0)) is None
    assert model.index(2, COLUMN_INDEX["name"]).data() is None


def test_typing_into_the_blank_row_adds_a_task_there(editor, document):
    assert editor.model.rowCount() == 2 + ENTRY_ROWS
    editor.table.setCurrentIndex(first_entry(editor))
    type_keys("Launch")
    QTest.keyClick(QApplication.focusWidget(), Key.Key_Tab)
    type_keys("2w")
    QTest.keyClick(QApplication.focusWidget(), Key.Key_Return)
    assert names(document)[-1] == "Launch"
    launch = next(t for t in document.data.tasks.values() if t.name == "Launch")
    assert launch.duration == 2 * 2400
    assert document.undo_stack.count() == 2  # the new task, then its duration
    # Enter after Tab: down into the next blank row, back at Name where the row began.
    assert editor.model.is_entry(editor.table.currentIndex())
    assert editor.table.currentIndex().column() == COLUMN_INDEX["name"]
    assert editor.model.rowCount() == 3 + ENTRY_ROWS
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert "Launch" not in names(document)


def test_a_list_typed_top_down_stays_in_order(editor, document):
    editor.table.setCurrentIndex(first_entry(editor))
    for name in ("One", "Two", "Three"):
        type_keys(name)
        QTest.keyClick(QApplication.focusWidget(), Key.Key_Return)
    assert names(document)[-3:] == ["One", "Two", "Three"]


def test_a_duration_typed_into_a_blank_row_makes_a_task_with_it(editor, document):
    editor.table.setCurrentIndex(first_entry(editor, "duration"))
    type_keys("3d")
    QTest.keyClick(QApplication.focusWidget(), Key.Key_Return)
    new = max(document.data.tasks.values(), key=lambda t: t.id)
    assert (new.name, new.duration, new.parent_id) == ("New task", 3 * 480, None)
    assert document.undo_stack.count() == 1


def test_a_refused_value_in_a_blank_row_adds_nothing(editor, document):
    editor.table.setCurrentIndex(first_entry(editor, "duration"))
    type_keys("xyz")
    QTest.keyClick(QApplication.focusWidget(), Key.Key_Return)
    assert len(document.data.tasks) == 6 and document.undo_stack.count() == 0
    assert editor.message.text()


def test_insert_adds_above_and_add_task_below(editor, document):
    editor.select_task(3, "name")
    QTest.keyClick(editor.table, Key.Key_Insert)
    assert names(document)[:4] == ["Build", "  Design", "  New task", "  Code"]
    editor.select_task(3, "name")
    editor.add_action.trigger()
    assert names(document)[:6] == [
        "Build",
        "  Design",
        "  New task",
        "  Code",
        "  New task",
        "  Test",
    ]
    assert editor.current_task_id() == max(document.data.tasks)
    editor.select_task(6, "name")  # the last task: Add task appends after it
    editor.add_action.trigger()
    assert names(document)[-1] == "New task" and names(document)[-2] == "Release"


def test_insert_on_a_blank_row_adds_at_the_end(editor, document):
    editor.table.setCurrentIndex(first_entry(editor))
    QTest.keyClick(editor.table, Key.Key_Insert)
    assert names(document)[-1] == "New task"
    new = max(document.data.tasks)
    # As MS Project makes a new task: one day, an estimate.
    assert editor.model.index_for_task(new, COLUMN_INDEX["duration"]).data() == "1 day?"
