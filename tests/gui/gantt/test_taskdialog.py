"""The task dialog applies all its tabs as one undo step, or says why it cannot."""

from datetime import datetime

import pytest

from pmdesk.core.entities import ConstraintType, LinkType
from pmdesk.gantt.taskdialog import TaskDialog
from pmdesk.models.tasktree import TaskTreeModel


def test_dialog_edits_are_one_undo_step(qtbot, document):
    model = TaskTreeModel(document)
    dialog = TaskDialog(document, model, 5)
    qtbot.addWidget(dialog)
    dialog.name.setText("Write docs")
    dialog.duration.setText("2d")
    dialog.predecessors.item(0, 0).setText("3")
    dialog.predecessors.cellWidget(0, 1).setCurrentText("SS")
    dialog.predecessors.item(0, 2).setText("1d")
    dialog.resources.setText("Tester[50%]")
    dialog.constraint.setCurrentText("SNET")
    dialog.constraint_date.setText("2026-03-09")  # a day: lands on its first working minute
    dialog.notes.setPlainText("User guide")
    dialog.accept()
    task = document.data.tasks[5]
    assert (task.name, task.duration, task.notes) == ("Write docs", 960, "User guide")
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == datetime(2026, 3, 9, 8, 0)
    assert [(l.predecessor_id, l.type, l.lag) for l in model.links.predecessors(5)] == [
        (3, LinkType.SS, 480)
    ]
    assert [(a.resource_id, a.units) for a in model.assignments_of(5)] == [(2, 0.5)]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert task.name == "Docs" and not model.links.predecessors(5) and not model.assignments_of(5)
    assert task.constraint_type is ConstraintType.ASAP


def test_dialog_keeps_open_on_bad_input_and_changes_nothing(qtbot, document):
    model = TaskTreeModel(document)
    dialog = TaskDialog(document, model, 5)
    qtbot.addWidget(dialog)
    dialog.name.setText("Renamed")
    dialog.predecessors.item(0, 0).setText("99")
    dialog.accept()
    assert dialog.error.text() == "There is no task with ID 99."
    assert document.data.tasks[5].name == "Docs"
    assert document.undo_stack.count() == 0


@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)
def test_constraint_picker_opens_at_the_task_start_and_typed_dates_are_read(qtbot, document):
    """The picker opened in January 2000 and typing gave "None2027-01-04" (issue 11)."""
    model = TaskTreeModel(document)
    dialog = TaskDialog(document, model, 4)
    qtbot.addWidget(dialog)
    assert dialog.constraint_date.text() == ""
    dialog.constraint_date.show_calendar()
    assert (
        dialog.constraint_date.calendar.selectedDate().toPython()
        == document.schedule.tasks[4].start.date()
    )
    dialog.constraint_date.calendar.close()
    dialog.constraint.setCurrentText("FNLT")
    dialog.constraint_date.setText("2027-01-04")
    dialog.accept()
    task = document.data.tasks[4]
    assert task.constraint_date == datetime(2027, 1, 4, 17, 0)  # a finish: the day's last minute


def test_a_date_out_of_range_keeps_the_dialog_open(qtbot, document):
    model = TaskTreeModel(document)
    dialog = TaskDialog(document, model, 4)
    qtbot.addWidget(dialog)
    dialog.deadline.setText("2150-01-01")
    dialog.accept()
    assert "between 1984-01-01 and 2149-12-31" in dialog.error.text()
    assert document.undo_stack.count() == 0


def test_show_on_timeline_is_chosen_in_the_dialog(qtbot, document):
    from pmdesk.core.timeline import timeline_entries

    model = TaskTreeModel(document)
    dialog = TaskDialog(document, model, 5)
    qtbot.addWidget(dialog)
    assert dialog.timeline.currentData() is None  # automatic by default
    dialog.timeline.setCurrentIndex(dialog.timeline.findData(True))
    dialog.accept()
    assert document.data.tasks[5].show_on_timeline is True
    assert "Docs" in [e.name for e in timeline_entries(document.data, document.schedule)]
    document.undo_stack.undo()
    assert document.data.tasks[5].show_on_timeline is None


def test_priority_in_the_dialog_is_kept_and_bounded(qtbot, document):
    model = TaskTreeModel(document)
    dialog = TaskDialog(document, model, 5)
    qtbot.addWidget(dialog)
    assert dialog.priority.value() == document.data.tasks[5].priority
    assert (dialog.priority.minimum(), dialog.priority.maximum()) == (0, 1000)
    dialog.priority.setValue(1000)
    dialog.accept()
    assert document.data.tasks[5].priority == 1000
    assert document.undo_stack.count() == 1
