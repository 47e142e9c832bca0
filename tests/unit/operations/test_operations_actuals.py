"""MS Project's rules linking the tracking fields, typed one at a time or through Update Tasks."""

from __future__ import annotations

from datetime import datetime

import pytest

from pmdesk.core.scheduling import schedule_plan
from pmdesk.operations.actuals import apply_actual, update_tasks
from pmdesk.operations.outline import Outline
from pmdesk.operations.taskcells import apply_cell
from pmdesk.operations.taskinput import TaskInputError
from tests.unit.operations.plan_editor import DAY, RecordingEditor, small_plan


@pytest.fixture
def editor():
    data = small_plan()
    editor = RecordingEditor(data)
    editor.schedule = schedule_plan(data)
    return editor


def _design(editor):
    return editor.data.tasks[2]  # 3 days from Monday 2026-03-02 08:00


def _type(editor, key, value):
    apply_actual(editor, _design(editor), key, value)
    editor.schedule = schedule_plan(editor.data)


def test_actual_finish_completes_the_task_and_moves_its_finish(editor):
    _type(editor, "actual_finish", "2026-03-05")
    task = _design(editor)
    assert task.percent_complete == 100.0
    assert task.actual_start == datetime(2026, 3, 2, 8)  # the scheduled start
    assert task.actual_finish == datetime(2026, 3, 5, 17)  # a day alone: its last minute
    assert task.duration == 4 * DAY  # the duration follows the actual dates
    assert editor.schedule.tasks[2].finish == datetime(2026, 3, 5, 17)
    assert editor.steps == ["Set actual finish"]


def test_percent_sets_actual_and_remaining_duration_and_the_actual_start(editor):
    _type(editor, "percent", "50")
    task = _design(editor)
    assert task.actual_start == datetime(2026, 3, 2, 8)
    assert task.actual_finish is None
    assert task.duration * task.percent_complete / 100 == 1.5 * DAY  # actual duration
    _type(editor, "percent", "100")
    assert _design(editor).actual_finish == datetime(2026, 3, 4, 17)
    _type(editor, "percent", "40")
    assert _design(editor).actual_finish is None
    _type(editor, "percent", "0")
    assert _design(editor).actual_start is None  # no longer started
    assert len(editor.steps) == 4


def test_actual_start_fixes_the_start(editor):
    _type(editor, "actual_start", "2026-03-04")
    assert _design(editor).actual_start == datetime(2026, 3, 4, 8)
    assert editor.schedule.tasks[2].start == datetime(2026, 3, 4, 8)
    assert _design(editor).percent_complete == 0  # MS Project: a start alone is 0 % done


def test_actual_duration_sets_percent_and_lengthens_past_the_duration(editor):
    _type(editor, "actual_duration", "1d")
    task = _design(editor)
    assert task.percent_complete == pytest.approx(100 / 3)
    assert task.actual_start == datetime(2026, 3, 2, 8)
    _type(editor, "actual_duration", "5d")
    task = _design(editor)
    assert (task.duration, task.percent_complete) == (5 * DAY, 100.0)
    assert task.actual_finish == datetime(2026, 3, 6, 17)


def test_remaining_duration_keeps_the_actual_duration(editor):
    _type(editor, "percent", "50")  # 1.5 days done of 3
    _type(editor, "remaining_duration", "4.5d")
    task = _design(editor)
    assert task.duration == 6 * DAY
    assert task.percent_complete == 25.0
    _type(editor, "remaining_duration", "0d")
    task = _design(editor)
    assert (task.duration, task.percent_complete) == (1.5 * DAY, 100.0)
    assert task.actual_finish is not None


def test_actual_work_and_cost(editor):
    _type(editor, "actual_cost", "1,250.50")
    assert _design(editor).actual_cost == 1250.5
    _type(editor, "actual_cost", "")
    assert _design(editor).actual_cost is None  # calculated again
    _type(editor, "actual_work", "6h")
    task = _design(editor)
    assert task.actual_work == 360
    assert task.actual_start is not None  # work done means the task started


@pytest.mark.parametrize(
    ("key", "value", "sentence"),
    [
        ("percent", "120", "between 0 and 100"),
        ("percent", "-1", "between 0 and 100"),
        ("percent", "nan", "between 0 and 100"),
        ("percent", "lots", "not a percentage"),
        ("remaining_duration", "-2d", "cannot be negative"),
        ("actual_duration", "soon", "not a duration"),
        ("actual_cost", "-5", "between 0 and"),
        ("actual_cost", "inf", "between 0 and"),
        ("actual_finish", "2026-02-20", "before the actual start"),
        ("actual_start", "2026-03-20", "after the status date"),
    ],
)
def test_bad_input_is_one_sentence_and_changes_nothing(editor, key, value, sentence):
    editor.data.plan.status_date = datetime(2026, 3, 10, 17)
    before = repr(_design(editor))
    with pytest.raises(TaskInputError, match=sentence):
        apply_actual(editor, _design(editor), key, value)
    assert repr(_design(editor)) == before
    assert editor.steps == []


def test_actual_start_after_actual_finish_is_refused(editor):
    _type(editor, "actual_finish", "2026-03-04")
    with pytest.raises(TaskInputError, match="after the actual finish"):
        apply_actual(editor, _design(editor), "actual_start", "2026-03-05")


def test_table_cells_go_through_the_rules(editor):
    apply_cell(editor, Outline(editor.data), _design(editor), "actual_finish", "2026-03-04")
    assert _design(editor).percent_complete == 100.0
    apply_cell(editor, Outline(editor.data), _design(editor), "percent", "30")
    assert _design(editor).actual_finish is None


def test_update_tasks_is_one_step_for_all_selected_and_refuses_as_a_whole(editor):
    update_tasks(editor, [2, 3], [("percent", "50"), ("actual_start", "2026-03-03")])
    assert editor.steps == ["Update tasks"]
    # A day alone lands on each task's first working minute (Code works nights from 20:00).
    for task_id, hour in ((2, 8), (3, 20)):
        task = editor.data.tasks[task_id]
        assert task.percent_complete == 50.0
        assert task.actual_start == datetime(2026, 3, 3, hour)
    editor.data.plan.status_date = datetime(2026, 3, 10, 17)
    before = [repr(editor.data.tasks[t]) for t in (2, 3)]
    with pytest.raises(TaskInputError):
        update_tasks(editor, [2, 3], [("percent", "80"), ("actual_start", "2026-04-01")])
    assert [repr(editor.data.tasks[t]) for t in (2, 3)] == before
    assert editor.steps == ["Update tasks"]
