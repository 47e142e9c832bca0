"""The spreadsheet keys of the task table: a current cell the arrows move, typing replaces a
cell, F2 keeps it, Enter/Shift+Enter and Tab/Shift+Tab commit and step, Escape cancels,
Shift+F2 opens Task Information, Ctrl+Y redoes."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip

from pmdesk.gantt.editor import GanttEditor
from pmdesk.models.taskcolumns import COLUMN_INDEX

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

Key, Mod = Qt.Key, Qt.KeyboardModifier


@pytest.fixture
def editor(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.table.setFocus()
    return widget


def cell(editor):
    """(task id, column key) of the current cell."""
    index = editor.table.currentIndex()
    column = next(key for key, number in COLUMN_INDEX.items() if number == index.column())
    return editor.model.task_id(index), column


def type_keys(text: str) -> None:
    """Type as a person does: each key goes to whichever widget has the focus (the first one
    to the table, which opens an editor, the rest to that editor)."""
    for char in text:
        QTest.keyClicks(QApplication.focusWidget(), char)


def open_editor(editor) -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit), widget
    return widget


def test_arrows_move_the_current_cell_not_the_view(editor):
    editor.select_task(2, "name")
    QTest.keyClick(editor.table, Key.Key_Right)
    assert cell(editor) == (2, "duration")
    QTest.keyClick(editor.table, Key.Key_Right)
    assert cell(editor) == (2, "start")
    QTest.keyClick(editor.table, Key.Key_Down)
    assert cell(editor) == (3, "start")
    for _ in range(4):
        QTest.keyClick(editor.table, Key.Key_Left)
    assert cell(editor) == (3, "indicators")


def test_arrows_skip_hidden_columns(editor):
    editor.table.set_column_visible(COLUMN_INDEX["wbs"], False)
    editor.table.set_column_visible(COLUMN_INDEX["indicators"], False)
    editor.select_task(2, "name")
    QTest.keyClick(editor.table, Key.Key_Left)
    assert cell(editor) == (2, "id")
    QTest.keyClick(editor.table, Key.Key_Left)  # at the edge it stays
    assert cell(editor) == (2, "id")


def test_typing_replaces_the_current_cell_and_enter_moves_down(editor, document):
    editor.select_task(2, "duration")
    type_keys("4d")
    QTest.keyClick(QApplication.focusWidget(), Key.Key_Return)
    assert document.data.tasks[2].duration == 4 * 480
    assert cell(editor) == (3, "duration")
    assert document.data.tasks[2].name == "Design"  # the name is untouched


def test_f2_keeps_the_text_and_puts_the_cursor_at_its_end(editor, document):
    editor.select_task(2, "name")
    QTest.keyClick(editor.table, Key.Key_F2)
    line = open_editor(editor)
    assert line.text() == "Design" and not line.hasSelectedText()
    QTest.keyClicks(line, " review")
    QTest.keyClick(line, Key.Key_Return)
    assert document.data.tasks[2].name == "Design review"


def test_shift_enter_commits_and_moves_up(editor, document):
    editor.select_task(3, "name")
    type_keys("Coding")
    QTest.keyClick(QApplication.focusWidget(), Key.Key_Return, Mod.ShiftModifier)
    assert document.data.tasks[3].name == "Coding"
    assert cell(editor) == (2, "name")
    QTest.keyClick(editor.table, Key.Key_Return)  # not editing: Enter just moves down
    assert cell(editor) == (3, "name")
    QTest.keyClick(editor.table, Key.Key_Return, Mod.ShiftModifier)
    assert cell(editor) == (2, "name")


def test_tab_commits_and_walks_across_the_row(editor, document):
    editor.select_task(5, "name")
    type_keys("Manual")
    QTest.keyClick(QApplication.focusWidget(), Key.Key_Tab)
    assert cell(editor) == (5, "duration")
    type_keys("2d")
    QTest.keyClick(QApplication.focusWidget(), Key.Key_Tab)
    assert cell(editor) == (5, "start")
    QTest.keyClick(editor.table, Key.Key_Backtab, Mod.ShiftModifier)
    assert cell(editor) == (5, "duration")
    task = document.data.tasks[5]
    assert (task.name, task.duration) == ("Manual", 960)
    assert document.data.tasks[5].parent_id == 1  # Tab no longer indents
    assert document.undo_stack.count() == 2


def test_escape_cancels_the_edit(editor, document):
    editor.select_task(2, "name")
    type_keys("Oops")
    QTest.keyClick(QApplication.focusWidget(), Key.Key_Escape)
    assert document.data.tasks[2].name == "Design"
    assert document.undo_stack.count() == 0
    assert cell(editor) == (2, "name")


def test_a_refused_value_keeps_the_editor_open_on_its_cell(editor, document):
    editor.select_task(2, "duration")
    type_keys("soon")
    line = QApplication.focusWidget()
    QTest.keyClick(line, Key.Key_Return)
    assert editor.message.text() and not editor.message.isHidden()
    # The sentence also stands next to the cell, as a tip below it.
    assert QToolTip.isVisible() and QToolTip.text() == editor.message.text()
    assert QApplication.focusWidget() is line and line.text() == "soon"
    assert cell(editor) == (2, "duration")
    assert document.undo_stack.count() == 0
    line.setText("1w")
    QTest.keyClick(line, Key.Key_Return)
    assert document.data.tasks[2].duration == 5 * 480
    assert cell(editor) == (3, "duration")


def test_shift_f2_opens_task_information(editor, qtbot):
    from pmdesk.gantt.taskdialog import TaskDialog

    editor.select_task(3, "duration")
    QTest.keyClick(editor.table, Key.Key_F2, Mod.ShiftModifier)
    dialogs = [w for w in editor.findChildren(TaskDialog) if w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].task.id == 3
    dialogs[0].reject()


def test_alt_shift_arrows_indent_and_outdent(editor, document):
    editor.select_task(5, "name")
    QTest.keyClick(editor.table, Key.Key_Right, Mod.AltModifier | Mod.ShiftModifier)
    assert document.data.tasks[5].parent_id == 4
    QTest.keyClick(editor.table, Key.Key_Left, Mod.AltModifier | Mod.ShiftModifier)
    assert document.data.tasks[5].parent_id == 1
    assert cell(editor) == (5, "name")  # the current cell keeps its column


def test_enter_after_tabs_returns_to_the_column_the_row_started_in(editor):
    editor.select_task(2, "name")
    QTest.keyClick(editor.table, Key.Key_Tab)
    QTest.keyClick(editor.table, Key.Key_Tab)
    assert cell(editor) == (2, "start")
    QTest.keyClick(editor.table, Key.Key_Return)
    assert cell(editor) == (3, "name")  # as in Excel
    QTest.keyClick(editor.table, Key.Key_Right)
    QTest.keyClick(editor.table, Key.Key_Return)  # an arrow ended the run: straight down
    assert cell(editor) == (4, "duration")


def test_entering_the_table_starts_at_the_first_name(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.table.setFocus()
    qtbot.waitUntil(widget.table.hasFocus)
    assert cell(widget) == (1, "name")


@pytest.mark.parametrize(
    "keys", [(Key.Key_Y, Mod.ControlModifier), (Key.Key_Z, Mod.ControlModifier | Mod.ShiftModifier)]
)
def test_ctrl_y_and_ctrl_shift_z_redo(qtbot, document, keys):
    from pmdesk.ui.mainwindow import MainWindow

    window = MainWindow(document)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.show_tab("gantt")
    editor = window.workspace.view("gantt")
    editor.table.setFocus()
    qtbot.waitUntil(editor.table.hasFocus)
    editor.select_task(2, "name")
    type_keys("Sketch")
    QTest.keyClick(QApplication.focusWidget(), Key.Key_Return)
    QTest.keyClick(editor.table, Key.Key_Z, Mod.ControlModifier)
    assert document.data.tasks[2].name == "Design"
    QTest.keyClick(editor.table, *keys)
    assert document.data.tasks[2].name == "Sketch"


def test_the_gantt_tab_takes_the_keyboard_when_shown(qtbot, document):
    from pmdesk.ui.mainwindow import MainWindow

    window = MainWindow(document)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.show_tab("resources")
    window.show_tab("gantt")
    editor = window.workspace.view("gantt")
    qtbot.waitUntil(editor.table.hasFocus)
    type_keys("Kick-off")
    QTest.keyClick(QApplication.focusWidget(), Key.Key_Return)
    assert document.data.tasks[1].name == "Kick-off"  # the first row's Name
