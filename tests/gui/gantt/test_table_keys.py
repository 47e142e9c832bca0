"""Keyboard commands on the task table: each is one undo step and leaves the plan as expected."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pmdesk.gantt.editor import GanttEditor
from pmdesk.models.taskcolumns import COLUMN_INDEX

# The offscreen platform says this whenever a shown top-level widget's size hints change.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

Alt, Shift, Ctrl = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.ControlModifier,
)


@pytest.fixture
def editor(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.table.setFocus()
    return widget


def shape(document):
    """(name, parent name, position order) of every task, in outline order."""
    data = document.data

    def walk(parent, depth):
        for task in data.children(parent):
            yield ("  " * depth) + task.name
            yield from walk(task.id, depth + 1)

    return list(walk(None, 0))


def press(editor, key, mods=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(editor.table, key, mods)


def test_insert_adds_a_task_above_the_current_one(editor, document):
    editor.select_task(4)
    press(editor, Qt.Key.Key_Insert)
    assert shape(document) == [
        "Build",
        "  Design",
        "  Code",
        "  New task",
        "  Test",
        "  Docs",
        "Release",
    ]
    new = next(t for t in document.data.tasks.values() if t.name == "New task")
    assert editor.current_task_id() == new.id
    assert editor.table.currentIndex().column() == COLUMN_INDEX["name"]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert shape(document) == ["Build", "  Design", "  Code", "  Test", "  Docs", "Release"]


def test_delete_removes_the_selected_task_and_its_links(editor, document):
    editor.select_task(3)
    press(editor, Qt.Key.Key_Delete)
    assert 3 not in document.data.tasks and not document.data.links
    document.undo_stack.undo()
    assert 3 in document.data.tasks and len(document.data.links) == 2


def test_indent_and_outdent(editor, document):
    editor.select_task(5)
    press(editor, Qt.Key.Key_Right, Alt | Shift)
    assert shape(document) == ["Build", "  Design", "  Code", "  Test", "    Docs", "Release"]
    assert document.data.tasks[5].parent_id == 4
    press(editor, Qt.Key.Key_Left, Alt | Shift)
    assert shape(document) == ["Build", "  Design", "  Code", "  Test", "  Docs", "Release"]
    editor.select_task(4)
    press(editor, Qt.Key.Key_Left, Alt | Shift)  # Test leaves Build; Docs follows it
    assert shape(document) == ["Build", "  Design", "  Code", "Test", "  Docs", "Release"]
    press(editor, Qt.Key.Key_Right, Alt | Shift)
    assert shape(document) == ["Build", "  Design", "  Code", "  Test", "    Docs", "Release"]
    assert document.undo_stack.count() == 4
    for _ in range(4):
        document.undo_stack.undo()
    assert shape(document) == ["Build", "  Design", "  Code", "  Test", "  Docs", "Release"]


def test_indent_the_engine_refuses_changes_nothing(editor, document):
    editor.select_task(4)  # under Code, its own predecessor: a summary linked to its subtask
    press(editor, Qt.Key.Key_Right, Alt | Shift)
    if document.undo_stack.count() == 0:
        assert editor.message.text()
        assert document.data.tasks[4].parent_id == 1
    else:  # an engine that accepts it must have made Code a summary over Test
        assert document.data.tasks[4].parent_id == 3


def test_first_task_cannot_be_indented_says_why(editor, document):
    editor.select_task(2)
    press(editor, Qt.Key.Key_Right, Alt | Shift)
    assert "cannot be indented" in editor.message.text()
    assert not editor.message.isHidden()
    assert document.undo_stack.count() == 0


def test_move_up_and_down(editor, document):
    editor.select_task(4)
    press(editor, Qt.Key.Key_Up, Ctrl)
    assert shape(document) == ["Build", "  Design", "  Test", "  Code", "  Docs", "Release"]
    press(editor, Qt.Key.Key_Down, Ctrl)
    press(editor, Qt.Key.Key_Down, Ctrl)
    assert shape(document) == ["Build", "  Design", "  Code", "  Docs", "  Test", "Release"]
    assert editor.current_task_id() == 4
    document.undo_stack.undo()
    assert shape(document)[3] == "  Test"


def test_link_and_unlink_selected(editor, document):
    editor.select_task(5)
    selection = editor.table.selectionModel()
    index = editor.model.index_for_task(6)
    selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    press(editor, Qt.Key.Key_F2, Ctrl)
    assert [(l.predecessor_id, l.successor_id) for l in document.data.links.values()][-1] == (5, 6)
    press(editor, Qt.Key.Key_F2, Ctrl | Shift)
    assert {(l.predecessor_id, l.successor_id) for l in document.data.links.values()} == {
        (2, 3),
        (3, 4),
    }
    document.undo_stack.undo()
    assert len(document.data.links) == 3
