"""Task type, effort driven, work and units in the task dialog and the task table: each edit
one undo step by MS Project's rules, bad input one sentence with the plan unchanged."""

import pytest
from gantt_plans import DAY, small_plan
from PySide6.QtCore import Qt

from pmdesk.core.entities import Assignment, TaskType
from pmdesk.gantt.taskdialog import TaskDialog
from pmdesk.models.taskcolumns import COLUMN_INDEX
from pmdesk.models.tasktree import TaskTreeModel


@pytest.fixture
def staffed(make_document):
    data = small_plan()
    data.load([Assignment(1, 2, 1, 1.0)])  # Designer on Design (3 days)
    return make_document(data)


def test_dialog_effort_driven_second_resource_halves_the_task(qtbot, staffed):
    model = TaskTreeModel(staffed)
    dialog = TaskDialog(staffed, model, 2)
    qtbot.addWidget(dialog)
    assert dialog.work.text() == "24h" and dialog.units.text() == "100%"
    dialog.effort_driven.setChecked(True)
    dialog.resources.setText("Designer, Tester")
    dialog.accept()
    task = staffed.data.tasks[2]
    assert task.effort_driven and task.duration == 1.5 * DAY
    assert staffed.schedule.tasks[2].work == 3 * DAY
    assert staffed.undo_stack.count() == 1
    staffed.undo_stack.undo()
    assert task.duration == 3 * DAY and not task.effort_driven


def test_dialog_fixed_work_forces_effort_driven_and_work_typed(qtbot, staffed):
    model = TaskTreeModel(staffed)
    dialog = TaskDialog(staffed, model, 2)
    qtbot.addWidget(dialog)
    dialog.task_type.setCurrentIndex(dialog.task_type.findData(TaskType.FIXED_DURATION))
    assert dialog.effort_driven.isEnabled()
    dialog.work.setText("48h")  # fixed duration: the units double
    dialog.accept()
    assert staffed.data.tasks[2].task_type == TaskType.FIXED_DURATION
    assert staffed.data.assignments[1].units == pytest.approx(2.0)
    assert staffed.data.tasks[2].duration == 3 * DAY
    dialog = TaskDialog(staffed, model, 2)
    qtbot.addWidget(dialog)
    dialog.task_type.setCurrentIndex(dialog.task_type.findData(TaskType.FIXED_WORK))
    assert dialog.effort_driven.isChecked() and not dialog.effort_driven.isEnabled()


def test_dialog_bad_work_keeps_it_open(qtbot, staffed):
    model = TaskTreeModel(staffed)
    dialog = TaskDialog(staffed, model, 2)
    qtbot.addWidget(dialog)
    dialog.name.setText("Renamed")
    dialog.work.setText("-3h")
    dialog.accept()
    assert "is not work" in dialog.error.text()
    assert staffed.data.tasks[2].name == "Design" and staffed.undo_stack.count() == 0


def test_dialog_without_resources_disables_work_and_units(qtbot, staffed):
    dialog = TaskDialog(staffed, TaskTreeModel(staffed), 5)
    qtbot.addWidget(dialog)
    assert not dialog.work.isEnabled() and not dialog.units.isEnabled()


def test_table_columns_type_work_units(qtbot, qtmodeltester, staffed):
    model = TaskTreeModel(staffed)
    qtmodeltester.check(model)
    row = model.index_for_task(2, COLUMN_INDEX["work"])
    assert row.data() == "24 hrs"
    assert model.setData(row, "40h")  # fixed units: 5 days
    assert staffed.data.tasks[2].duration == 5 * DAY
    units = model.index_for_task(2, COLUMN_INDEX["units"])
    assert units.data() == "100%"
    assert model.setData(units, "50%")
    assert staffed.data.tasks[2].duration == 10 * DAY
    kind = model.index_for_task(2, COLUMN_INDEX["task_type"])
    assert kind.data() == "Fixed Units"
    assert model.setData(kind, "Fixed Work")
    assert model.index_for_task(2, COLUMN_INDEX["effort_driven"]).data() == "Yes"
    accrual = model.index_for_task(2, COLUMN_INDEX["fixed_cost_accrual"])
    assert accrual.data() == "Prorated"
    assert model.setData(accrual, "End")
    assert staffed.undo_stack.count() == 4
    summary = model.index_for_task(1, COLUMN_INDEX["work"])
    assert not model.flags(summary) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(model.errorOccurred) as signal:
        assert not model.setData(units, "abc")
    assert signal.args[0].endswith(".") and staffed.undo_stack.count() == 4


def test_copy_and_paste_with_the_work_table_round_trips(staffed):
    """Copy writes Work, Units, Type and Effort driven (they can be typed now); pasting them
    back gives the same triangle, the type and resources applied before the work."""
    from pmdesk.gantt.tableclipboard import FIELD_NAMES, convert_cell, copy_rows
    from pmdesk.models.taskcolumns import TABLE_PRESETS
    from pmdesk.operations.paste import paste_rows

    model = TaskTreeModel(staffed)
    model.setData(model.index_for_task(2, COLUMN_INDEX["task_type"]), "Fixed Duration")
    model.setData(model.index_for_task(2, COLUMN_INDEX["work"]), "48h")  # units: 200%
    visible = ["name", "duration", "resources", *TABLE_PRESETS["Work"]]
    visible = [k for k in dict.fromkeys(visible) if k not in ("id", "indicators")]
    text = copy_rows(model, [2, 5], visible)
    header = text.splitlines()[0].split("\t")
    assert "Work" in header and "Units" in header and "Type" in header
    ids = paste_rows(staffed, model.outline, None, text, FIELD_NAMES, visible, convert_cell)
    design, docs = (staffed.data.tasks[i] for i in ids)
    assert design.task_type == TaskType.FIXED_DURATION and design.duration == 3 * DAY
    pasted = [a for a in staffed.data.assignments.values() if a.task_id == design.id]
    assert [a.units for a in pasted] == [2.0]
    assert staffed.schedule.tasks[design.id].work == 48 * 60
    assert staffed.schedule.tasks[docs.id].work == 0


def test_task_actual_work_adds_up_its_assignments(staffed):
    model = TaskTreeModel(staffed)
    staffed.set_fields(Assignment, 1, "Change actual work", actual_work=600)
    assert model.index_for_task(2, COLUMN_INDEX["actual_work"]).data() == "10 hrs"
