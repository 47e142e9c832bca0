"""Task > Update Tasks: typed fields applied to the selected tasks as one undo step; a value
the rules refuse is said in the dialog with OK disabled and the plan unchanged."""

from datetime import datetime

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from pmdesk.gantt.editor import GanttEditor
from pmdesk.gantt.updatetasks import UpdateTasksDialog
from pmdesk.models.taskcolumns import COLUMN_INDEX

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _select(editor, ids):
    selection = editor.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for task_id in ids:
        selection.select(editor.model.index_for_task(task_id, COLUMN_INDEX["name"]), flags)


def test_several_tasks_updated_as_one_undo_step(qtbot, editor, document):
    _select(editor, [1, 2, 3])  # the summary Build is left out: it shows its subtasks'
    editor.open_update_tasks()
    dialog = editor.update_tasks_dialog
    assert dialog.isVisible() and dialog.task_ids == [2, 3]
    assert dialog.fields["percent"].text() == ""  # several tasks: blank fields
    QTest.keyClicks(dialog.fields["percent"], "50")
    QTest.keyClicks(dialog.fields["actual_start"], "2026-03-03")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    for task_id in (2, 3):
        task = document.data.tasks[task_id]
        assert (task.percent_complete, task.actual_start) == (50.0, datetime(2026, 3, 3, 8))
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert all(document.data.tasks[t].percent_complete == 0 for t in (2, 3))


def test_one_task_shows_its_values_and_applies_only_changes(qtbot, document):
    from pmdesk.models.tasktree import TaskTreeModel

    document.set_fields(type(document.data.tasks[2]), 2, "Set % complete", percent_complete=20.0)
    dialog = UpdateTasksDialog(document, TaskTreeModel(document), [2])
    qtbot.addWidget(dialog)
    assert dialog.fields["percent"].text() == "20"
    assert dialog.entries() == []
    dialog.fields["actual_finish"].setText("2026-03-05")
    dialog.accept()
    task = document.data.tasks[2]
    assert task.percent_complete == 100.0 and task.actual_finish == datetime(2026, 3, 5, 17)


@pytest.mark.parametrize(
    ("key", "text", "sentence"),
    [
        ("percent", "150", "% complete must be between 0 and 100."),
        ("remaining_duration", "-1d", "A remaining duration cannot be negative."),
        ("actual_start", "2026-04-01", "An actual start cannot be after the status date"),
    ],
)
def test_refused_values_disable_ok(qtbot, document, key, text, sentence):
    from pmdesk.models.tasktree import TaskTreeModel

    document.data.plan.status_date = datetime(2026, 3, 10, 17)
    dialog = UpdateTasksDialog(document, TaskTreeModel(document), [2, 3])
    qtbot.addWidget(dialog)
    dialog.fields[key].setText(text)
    assert dialog.problem.text().startswith(sentence)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    before = [repr(document.data.tasks[t]) for t in (2, 3)]
    dialog.accept()  # Enter with OK disabled cannot get here; accept() refuses again anyway
    assert [repr(document.data.tasks[t]) for t in (2, 3)] == before
    assert document.undo_stack.count() == 0
