"""Split tasks: the bar's worked stretches (drawn as segments) and splits through progress,
constraints and fixed dates (issue 14, item 8). January 2026, the plan starts Monday the 5th."""

from hypothesis import given, settings
from hypothesis import strategies as st
from scheduling_plans import DAY, at, plan, task

from pmdesk.core.entities import ConstraintType, Task
from pmdesk.core.scheduling import schedule_plan
from pmdesk.core.scheduling.splits import split_minutes, work_stretches

FORWARD = {"move_remaining_starts_forward": True}


def test_a_split_task_shows_its_worked_stretches():
    # 3 days split after the first day for 2 days: Monday, then Thursday-Friday.
    t = schedule_plan(plan(task(1, 3, splits=[(DAY, 2 * DAY)]))).tasks[1]
    assert t.segments == ((at(5), at(5, 17)), (at(8), at(9, 17)))


def test_a_task_without_splits_is_one_bar():
    assert schedule_plan(plan(task(1, 3))).tasks[1].segments == ()


def test_a_split_task_in_progress_keeps_its_pause():
    # 50 % of 3 days done from Monday: the first day, the pause (Tuesday-Wednesday) and half
    # of Thursday; the rest follows: it still finishes Friday 17:00 (it ended Wednesday
    # when progress dropped the pause).
    data = plan(task(1, 3, splits=[(DAY, 2 * DAY)], actual_start=at(5), percent_complete=50),
                task(2, 1), links=((1, 2),))  # fmt: skip
    schedule = schedule_plan(data)
    t = schedule.tasks[1]
    assert (t.start, t.finish, t.duration) == (at(5), at(9, 17), 3 * DAY)
    assert t.segments == ((at(5), at(5, 17)), (at(8), at(9, 17)))
    assert schedule.tasks[2].start == at(12)


def test_a_pause_after_the_completed_work_delays_the_remaining_work():
    # 4 days, 25 % done (Monday); paused after 2 days for a day: Tuesday, Wednesday off,
    # Thursday-Friday.
    data = plan(task(1, 4, splits=[(2 * DAY, DAY)], actual_start=at(5), percent_complete=25))
    t = schedule_plan(data).tasks[1]
    assert t.finish == at(9, 17)
    assert t.segments == ((at(5), at(6, 17)), (at(8), at(9, 17)))


def test_remaining_work_moved_to_the_status_date_is_drawn_as_a_split():
    # 4 days, 50 % done from Monday; status date Thursday 08:00 with "Move start of remaining
    # parts before status date forward": Monday-Tuesday done, the rest Thursday-Friday,
    # shown as MS Project's split bar ("Split in-progress tasks", on by default).
    data = plan(task(1, 4, actual_start=at(5), percent_complete=50), status_date=at(8),
                settings=FORWARD)  # fmt: skip
    t = schedule_plan(data).tasks[1]
    assert t.finish == at(9, 17)
    assert t.segments == ((at(5), at(6, 17)), (at(8), at(9, 17)))


def test_a_split_task_under_a_constraint_keeps_its_pauses():
    # Must Start On Tuesday; 2 days split after 1 day for 1 day: Tuesday, Thursday.
    mso = task(1, 2, splits=[(DAY, DAY)], constraint_type=ConstraintType.MSO,
               constraint_date=at(6))  # fmt: skip
    t = schedule_plan(plan(mso)).tasks[1]
    assert (t.start, t.finish) == (at(6), at(8, 17))
    assert t.segments == ((at(6), at(6, 17)), (at(8), at(8, 17)))
    # Finish No Later Than Friday held against a 5-day predecessor (honored by default).
    fnlt = task(2, 2, splits=[(DAY, DAY)], constraint_type=ConstraintType.FNLT,
                constraint_date=at(9, 17))  # fmt: skip
    t = schedule_plan(plan(task(3, 5), fnlt, links=((3, 2),))).tasks[2]
    assert (t.start, t.finish) == (at(7), at(9, 17))


@settings(max_examples=200, deadline=None)
@given(
    days=st.integers(1, 10),
    raw=st.lists(st.tuples(st.integers(-100, 6000), st.integers(-100, 2000)), max_size=4),
    percent=st.one_of(st.none(), st.integers(0, 100)),
    resume=st.integers(0, 3000),
)
def test_stretches_hold_all_the_work_and_the_pauses(days, raw, percent, resume):
    t = Task(id=1, name="T", duration=days * DAY, splits=raw)
    done = None if percent is None else round(days * DAY * percent / 100)
    found = work_stretches(t, done, None if done is None else resume)
    assert sum(b - a for a, b in found) == days * DAY
    assert all(a < b for a, b in found)
    assert all(b1 < a2 for (_a1, b1), (a2, _b2) in zip(found, found[1:]))
    if done is None:
        assert found[0][0] == 0 and found[-1][1] == days * DAY + split_minutes(t)
