"""The task dialog's Estimates tab: typed estimates are one undo step with the rest; values
the simulation cannot use are one sentence, and the plan stays as it was."""

import pytest

from pmdesk.core.entities import Distribution
from pmdesk.gantt.taskdialog import TaskDialog
from pmdesk.models.tasktree import TaskTreeModel


def test_estimates_are_saved_with_the_dialog(qtbot, document):
    model = TaskTreeModel(document)
    dialog = TaskDialog(document, model, 5)
    qtbot.addWidget(dialog)
    tab = dialog.estimates
    tab.edits["duration_optimistic"].setText("1d")
    tab.edits["duration_most_likely"].setText("1.5d")
    tab.edits["duration_pessimistic"].setText("4d")
    tab.distribution.setCurrentIndex(tab.distribution.findData(Distribution.PERT))
    dialog.name.setText("Write docs")
    dialog.accept()
    task = document.data.tasks[5]
    assert (task.duration_optimistic, task.duration_most_likely, task.duration_pessimistic) == (
        480,
        720,
        1920,
    )
    assert task.distribution is Distribution.PERT and task.name == "Write docs"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert task.duration_pessimistic is None and task.distribution is Distribution.TRIANGULAR


@pytest.mark.parametrize("optimistic, likely, pessimistic, sentence", [
    ("3d", "2d", "", "The optimistic duration cannot be longer than the most likely duration."),
    ("", "5d", "4d", "The most likely duration cannot be longer than the pessimistic duration."),
    ("-1d", "", "", "A duration cannot be negative (-1d)."),
    ("soon", "", "", "'soon' is not a duration; write e.g. 3d, 4h, 1.5w, 30m or 5ed."),
])  # fmt: skip
def test_bad_estimates_are_named_and_refused(
    qtbot, document, optimistic, likely, pessimistic, sentence
):
    model = TaskTreeModel(document)
    dialog = TaskDialog(document, model, 5)
    qtbot.addWidget(dialog)
    tab = dialog.estimates
    tab.edits["duration_optimistic"].setText(optimistic)
    tab.edits["duration_most_likely"].setText(likely)
    tab.edits["duration_pessimistic"].setText(pessimistic)
    assert tab.problem.text() == sentence  # shown as it is typed
    dialog.accept()
    assert dialog.error.text() == sentence
    assert document.data.tasks[5].duration_optimistic is None
    assert document.undo_stack.count() == 0


def test_estimate_columns_show_and_take_typed_values(qtbot, document):
    from pmdesk.models.taskcolumns import COLUMN_INDEX

    model = TaskTreeModel(document)
    index = model.index_for_task(5, COLUMN_INDEX["duration_pessimistic"])
    assert index.data() == ""
    assert model.setData(index, "3d")
    assert index.data() == "3 d" and document.data.tasks[5].duration_pessimistic == 1440
    kind = model.index_for_task(5, COLUMN_INDEX["distribution"])
    assert kind.data() == "Triangular"
    assert model.setData(kind, "uniform") and kind.data() == "Uniform"
    assert document.undo_stack.count() == 2
