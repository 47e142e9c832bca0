"""The task dialog applies all its tabs as one undo step, or says why it cannot."""

from datetime import datetime

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
    dialog.constraint_date.setDateTime(datetime(2026, 3, 9, 8, 0))
    dialog.notes.setPlainText("User guide")
    dialog.accept()
    task = document.data.tasks[5]
    assert (task.name, task.duration, task.notes) == ("Write docs", 960, "User guide")
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == datetime(2026, 3, 9, 8, 0)
    assert [(l.predecessor_id, l.type, l.lag) for l in model.links.predecessors(5)] == [
        (3, LinkType.SS, 480)]
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
