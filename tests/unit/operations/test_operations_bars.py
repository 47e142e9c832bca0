"""Drag and typing share one rule (operations, without Qt): the task's own calendar, one
duration cap, one manual-date rule."""

from datetime import datetime, timedelta

import pytest
from plan_editor import DAY, RecordingEditor, small_plan

from pmdesk.core.errors import PmdeskError
from pmdesk.core.scheduling.scheduler import schedule_plan
from pmdesk.operations import bars, taskcells
from pmdesk.operations.outline import Outline


def test_a_resize_on_a_task_with_its_own_calendar_lands_where_dropped():
    data = small_plan()
    editor = RecordingEditor(data)
    schedule = schedule_plan(data)
    start = schedule.tasks[3].start  # Code works nights, 20:00-24:00
    assert start.hour == 20
    dropped = start.replace(hour=0) + timedelta(days=3)  # three nights later, at midnight
    bars.resize_bar(editor, 3, start, dropped)
    assert data.tasks[3].duration == 3 * 240  # three nights of 4 h, not plan-calendar days
    after = schedule_plan(data)
    assert after.tasks[3].finish == dropped
    assert editor.steps == ["Change duration"]


def test_typed_and_dragged_durations_obey_the_same_cap():
    data = small_plan()
    editor = RecordingEditor(data)
    cap = taskcells.MAX_DURATION_DAYS
    with pytest.raises(PmdeskError, match="at most"):
        taskcells.apply_duration(editor, data.tasks[2], f"{cap + 1}d")
    start = datetime(2026, 3, 2, 8, 0)
    with pytest.raises(PmdeskError, match="at most"):
        bars.resize_bar(editor, 2, start, start + timedelta(days=cap * 2))
    assert data.tasks[2].duration == 3 * DAY and editor.steps == []
    taskcells.apply_duration(editor, data.tasks[2], f"{cap}d")
    assert data.tasks[2].duration == cap * DAY


def test_a_manual_finish_follows_the_duration_typed_or_dragged():
    for gesture in ("typed", "dragged"):
        data = small_plan()
        editor = RecordingEditor(data)
        start = datetime(2026, 3, 2, 8, 0)
        data.update(
            type(data.tasks[2]),
            2,
            manual=True,
            manual_start=start,
            manual_finish=datetime(2026, 3, 20, 17, 0),
        )
        if gesture == "typed":
            taskcells.apply_duration(editor, data.tasks[2], "2d")
        else:
            bars.resize_bar(editor, 2, start, datetime(2026, 3, 3, 17, 0))
        task = data.tasks[2]
        assert (task.duration, task.manual_finish) == (2 * DAY, None), gesture


def test_a_typed_start_lands_on_the_first_working_minute_of_the_tasks_calendar():
    data = small_plan()
    editor = RecordingEditor(data)
    outline = Outline(data)
    taskcells.apply_cell(editor, outline, data.tasks[3], "start", "2026-03-10")
    assert data.tasks[3].constraint_date == datetime(2026, 3, 10, 20, 0)  # Nights calendar
    taskcells.apply_cell(editor, outline, data.tasks[2], "finish", "2026-03-10")
    assert data.tasks[2].constraint_date == datetime(2026, 3, 10, 17, 0)


def test_moving_a_summary_moves_each_subtask_in_one_step():
    data = small_plan()
    editor = RecordingEditor(data)
    schedule = schedule_plan(data)
    bars.move_summary(editor, Outline(data), schedule, 1, timedelta(days=7))
    assert data.tasks[2].constraint_date == schedule.tasks[2].start + timedelta(days=7)
    assert data.tasks[3].constraint_date == schedule.tasks[3].start + timedelta(days=7)
    assert editor.steps == ["Move summary task"]
