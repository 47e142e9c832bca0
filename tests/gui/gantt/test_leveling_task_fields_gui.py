"""Leveling Can Split and Level Assignments in the task dialog (Advanced tab) and as table
columns: each edit one undo step; bad input one sentence with the plan unchanged."""

import pytest
from gantt_plans import small_plan

from pmdesk.core.entities import TaskType
from pmdesk.gantt.taskdialog import TaskDialog
from pmdesk.models.taskcolumns import COLUMN_INDEX
from pmdesk.models.tasktree import TaskTreeModel


@pytest.fixture
def document(make_document):
    return make_document(small_plan())


def test_the_dialog_sets_both_fields_in_one_step(qtbot, document):
    dialog = TaskDialog(document, TaskTreeModel(document), 2)
    qtbot.addWidget(dialog)
    assert dialog.leveling_can_split.isChecked() and dialog.level_assignments.isChecked()
    dialog.leveling_can_split.setChecked(False)
    dialog.level_assignments.setChecked(False)
    dialog.accept()
    task = document.data.tasks[2]
    assert (task.leveling_can_split, task.level_assignments) == (False, False)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert (task.leveling_can_split, task.level_assignments) == (True, True)


def test_a_fixed_duration_task_cannot_level_its_assignments_one_by_one(qtbot, document):
    dialog = TaskDialog(document, TaskTreeModel(document), 2)
    qtbot.addWidget(dialog)
    dialog.task_type.setCurrentIndex(dialog.task_type.findData(TaskType.FIXED_DURATION))
    assert not dialog.level_assignments.isEnabled() and not dialog.level_assignments.isChecked()
    dialog.task_type.setCurrentIndex(dialog.task_type.findData(TaskType.FIXED_UNITS))
    assert dialog.level_assignments.isEnabled() and dialog.level_assignments.isChecked()
    dialog.task_type.setCurrentIndex(dialog.task_type.findData(TaskType.FIXED_DURATION))
    dialog.accept()
    task = document.data.tasks[2]
    assert task.task_type == TaskType.FIXED_DURATION and task.level_assignments  # kept


def test_the_table_columns_show_and_take_yes_and_no(qtbot, qtmodeltester, document):
    model = TaskTreeModel(document)
    qtmodeltester.check(model)
    split = model.index_for_task(2, COLUMN_INDEX["leveling_can_split"])
    level = model.index_for_task(2, COLUMN_INDEX["level_assignments"])
    assert (split.data(), level.data()) == ("Yes", "Yes")
    assert model.setData(split, "No") and model.setData(level, "no")
    task = document.data.tasks[2]
    assert (task.leveling_can_split, task.level_assignments) == (False, False)
    assert (split.data(), level.data()) == ("No", "No")
    assert document.undo_stack.count() == 2
    with qtbot.waitSignal(model.errorOccurred) as signal:
        assert not model.setData(split, "maybe")
    assert signal.args[0] == '"maybe" is not Yes or No.'
    assert document.undo_stack.count() == 2 and not task.leveling_can_split
    assert model.setData(level, "Yes")
    assert model.setData(model.index_for_task(2, COLUMN_INDEX["task_type"]), "Fixed Duration")
    assert level.data() == "No"  # MS Project shows No on a fixed-duration task
    with qtbot.waitSignal(model.errorOccurred) as signal:
        assert not model.setData(level, "Yes")
    assert signal.args[0].endswith("one by one.")
