"""Project > Update Project both ways, one undo step each, and MS Project's calculation option
for remaining work before the status date."""

from __future__ import annotations

from datetime import datetime

import pytest

from pmdesk.core.entities import Calendar, ConstraintType, Link, LinkType, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import schedule_plan
from pmdesk.operations.taskinput import TaskInputError
from pmdesk.operations.updateproject import reschedule_uncompleted, update_work_complete
from tests.unit.operations.plan_editor import DAY, RecordingEditor

WEEK = {d: [(480, 720), (780, 1020)] for d in range(5)}


def chain_plan() -> PlanData:
    """A (2 d) -> B (4 d) -> C (2 d) from Monday 2026-03-02 08:00."""
    data = PlanData()
    data.plan.start = datetime(2026, 3, 2, 8)
    data.plan.default_calendar_id = 1
    data.load(
        [
            Calendar(1, "Standard", week=WEEK),
            Task(1, "A", position=0, duration=2 * DAY),
            Task(2, "B", position=1, duration=4 * DAY),
            Task(3, "C", position=2, duration=2 * DAY),
            Link(1, 1, 2, LinkType.FS),
            Link(2, 2, 3, LinkType.FS),
        ]
    )
    return data


@pytest.fixture
def editor():
    editor = RecordingEditor(chain_plan())
    editor.schedule = schedule_plan(editor.data)
    return editor


def _snapshot(data):
    return [repr(t) for t in data.tasks.values()]


def test_update_work_as_complete_through_a_date_percent(editor):
    # Wednesday 17:00: A (Mon-Tue) done, B (Wed-Mon) one day of four.
    changed = update_work_complete(editor, datetime(2026, 3, 4, 17))
    a, b, c = (editor.data.tasks[t] for t in (1, 2, 3))
    assert changed == 2
    assert (a.percent_complete, a.actual_start, a.actual_finish) == (
        100.0,
        datetime(2026, 3, 2, 8),
        datetime(2026, 3, 3, 17),
    )
    assert (b.percent_complete, b.actual_start, b.actual_finish) == (
        25.0,
        datetime(2026, 3, 4, 8),
        None,
    )
    assert c.percent_complete == 0 and c.actual_start is None
    assert editor.steps == ["Update project"]


def test_update_work_all_or_nothing_leaves_tasks_in_progress_at_zero(editor):
    update_work_complete(editor, datetime(2026, 3, 4, 17), all_or_nothing=True)
    assert editor.data.tasks[1].percent_complete == 100.0
    assert editor.data.tasks[2].percent_complete == 0.0


def test_update_selected_tasks_only_and_never_lowers_progress(editor):
    editor.data.tasks[2].percent_complete = 60.0
    update_work_complete(editor, datetime(2026, 3, 4, 17), task_ids=[2])
    assert editor.data.tasks[1].percent_complete == 0.0  # not selected
    assert editor.data.tasks[2].percent_complete == 60.0  # already further than the date
    assert editor.steps == []


def test_reschedule_uncompleted_work_splits_and_constrains(editor):
    update_work_complete(editor, datetime(2026, 3, 4, 17))  # B 25 % done
    editor.schedule = schedule_plan(editor.data)
    assert editor.schedule.tasks[2].finish == datetime(2026, 3, 9, 17)
    update_work_complete_steps = list(editor.steps)
    # Nothing happened from Thursday to Tuesday; the rest starts after Tuesday 10th 17:00.
    reschedule_uncompleted(editor, datetime(2026, 3, 10, 17))
    b, c = editor.data.tasks[2], editor.data.tasks[3]
    assert b.splits == [(DAY, 4 * DAY)]  # after 1 day of work, a pause Thu, Fri, Mon, Tue
    assert c.constraint_type is ConstraintType.SNET  # not started, scheduled Tue 10th
    assert c.constraint_date == datetime(2026, 3, 10, 17)
    assert editor.steps == update_work_complete_steps + ["Reschedule uncompleted work"]
    schedule = schedule_plan(editor.data)
    # B's remaining 3 days: Wed 11th to Fri 13th; C after it.
    assert schedule.tasks[2].start == datetime(2026, 3, 4, 8)
    assert schedule.tasks[2].finish == datetime(2026, 3, 13, 17)
    assert schedule.tasks[3].start == datetime(2026, 3, 16, 8)
    # Again with the same date: nothing more to do.
    editor.schedule = schedule
    assert reschedule_uncompleted(editor, datetime(2026, 3, 10, 17)) == 0


def test_update_project_is_one_undo_step_in_a_document(qtbot_free_document):
    document = qtbot_free_document
    before = _snapshot(document.data)
    update_work_complete(document, datetime(2026, 3, 4, 17))
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert _snapshot(document.data) == before
    reschedule_uncompleted(document, datetime(2026, 3, 9, 17))
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert _snapshot(document.data) == before


@pytest.fixture
def qtbot_free_document(qapp, monkeypatch):
    import pmdesk.document

    monkeypatch.setattr(pmdesk.document, "_store", lambda: None)
    document = pmdesk.document.Document(chain_plan())
    yield document
    document.close()


@pytest.mark.parametrize("date", [datetime(2026, 3, 1, 17), datetime(1900, 1, 1)])
def test_a_date_before_the_plan_is_refused(editor, date):
    before = _snapshot(editor.data)
    with pytest.raises(TaskInputError):
        update_work_complete(editor, date)
    with pytest.raises(TaskInputError):
        reschedule_uncompleted(editor, date)
    assert _snapshot(editor.data) == before and editor.steps == []


@pytest.mark.parametrize(
    ("option", "finish"),
    [
        (False, datetime(2026, 1, 8, 17)),  # MS Project: the finish stays where it was planned
        (True, datetime(2026, 1, 19, 17)),  # the 3 days left run Thu 15th, Fri 16th, Mon 19th
    ],
)
def test_remaining_work_before_the_status_date_option(option, finish):
    """Issue 14's case checked in MS Project: a 4-day task from Monday 2026-01-05, 25 %
    complete, status date Wednesday 2026-01-14 (after its planned finish, Thursday 8th).
    "Move start of remaining parts before status date forward to status date" off (MS
    Project's default): the finish is unchanged; on: the remaining work follows the date."""
    data = PlanData()
    data.plan.start = datetime(2026, 1, 5, 8)
    data.plan.default_calendar_id = 1
    data.plan.status_date = datetime(2026, 1, 14, 17)
    data.plan.settings = {"move_remaining_starts_forward": option}
    data.load(
        [
            Calendar(1, "Standard", week=WEEK),
            Task(
                1,
                "Four days",
                duration=4 * DAY,
                percent_complete=25.0,
                actual_start=datetime(2026, 1, 5, 8),
            ),
        ]
    )
    row = schedule_plan(data).tasks[1]
    assert row.start == datetime(2026, 1, 5, 8)
    assert row.finish == finish
