"""Three-point estimates typed into the task table's columns and pasted from a spreadsheet."""

import pytest
from plan_editor import DAY, RecordingEditor, small_plan

from pmdesk.core.entities import Distribution
from pmdesk.operations.outline import Outline
from pmdesk.operations.paste import paste_rows
from pmdesk.operations.taskcells import apply_cell
from pmdesk.operations.taskinput import TaskInputError


def _typed(*cells):
    data = small_plan()
    editor = RecordingEditor(data)
    for key, value in cells:
        apply_cell(editor, Outline(data), data.tasks[2], key, value)
    return data, editor


def test_each_estimate_column_is_one_step_and_the_order_is_kept():
    data, editor = _typed(
        ("duration_optimistic", "2d"), ("duration_pessimistic", "1w"), ("distribution", "pert")
    )
    task = data.tasks[2]
    assert (task.duration_optimistic, task.duration_most_likely, task.duration_pessimistic) == (
        2 * DAY,
        None,
        5 * DAY,
    )
    assert task.distribution is Distribution.PERT and len(editor.steps) == 3
    apply_cell(editor, Outline(data), task, "duration_optimistic", "")  # cleared: planned
    assert task.duration_optimistic is None and len(editor.steps) == 4


@pytest.mark.parametrize("cells, sentence", [
    ((("duration_pessimistic", "2d"), ("duration_optimistic", "3d")),
     "The optimistic duration cannot be longer than the pessimistic duration."),
    ((("duration_most_likely", "-1d"),), "A duration cannot be negative (-1d)."),
    ((("distribution", "gaussian"),),
     "'gaussian' is not a distribution; write Triangular, PERT, Uniform or Fixed."),
])  # fmt: skip
def test_bad_estimates_are_one_sentence_and_change_nothing(cells, sentence):
    data = small_plan()
    editor = RecordingEditor(data)
    *good, (key, value) = cells
    for k, v in good:
        apply_cell(editor, Outline(data), data.tasks[2], k, v)
    before = (data.tasks[2].duration_optimistic, data.tasks[2].distribution, len(editor.steps))
    with pytest.raises(TaskInputError) as caught:
        apply_cell(editor, Outline(data), data.tasks[2], key, value)
    assert str(caught.value) == sentence
    assert (
        data.tasks[2].duration_optimistic,
        data.tasks[2].distribution,
        len(editor.steps),
    ) == before


def test_a_summary_takes_no_estimate():
    data = small_plan()
    with pytest.raises(TaskInputError, match="summary task's duration comes from its subtasks"):
        apply_cell(
            RecordingEditor(data), Outline(data), data.tasks[1], "duration_pessimistic", "9d"
        )


def test_estimates_paste_from_a_spreadsheet():
    data = small_plan()
    editor = RecordingEditor(data)
    fields = {
        "name": "name",
        "duration": "duration",
        "optimistic dur.": "duration_optimistic",
        "pessimistic dur.": "duration_pessimistic",
        "distribution": "distribution",
    }
    text = "Name\tDuration\tOptimistic dur.\tPessimistic dur.\tDistribution\nTest\t4d\t3d\t8d\tUniform\n"
    [tid] = paste_rows(editor, Outline(data), None, text, fields, ["name"])
    task = data.tasks[tid]
    assert (task.duration, task.duration_optimistic, task.duration_pessimistic) == (
        4 * DAY,
        3 * DAY,
        8 * DAY,
    )
    assert task.distribution is Distribution.UNIFORM
