"""Elapsed-lag links from and to milestones and summaries at the edges of working time.

A link with an elapsed lag (1440 minutes: one wall-clock day) drives its successor; the
backward pass must give every task of such a chain late dates its early dates meet, to
the minute: a float of -1 (a late start at 11:59 for a start at 12:00) was found by the
property tests for a summary whose only child is a milestone (its start is the milestone's,
not in start form). The predecessor starts at a Start No Earlier Than date at lunch (12:00),
at the end of a day (17:00), at the start of a day (08:00) and on Friday 17:00 (the lag then
ends on the weekend).
"""

from datetime import datetime

import pytest
from scheduling_plans import plan, task

from pmdesk.core.entities import ConstraintType, LagKind, LinkType
from pmdesk.core.scheduling import schedule_plan

WHEN = [
    datetime(2026, 1, 22, 12, 0),  # Thursday, lunch
    datetime(2026, 1, 22, 17, 0),  # Thursday, end of the day
    datetime(2026, 1, 23, 8, 0),  # Friday, start of the day
    datetime(2026, 1, 23, 17, 0),  # Friday evening: the lag ends on Saturday
]
SHAPES = ["milestone", "summary", "task"]


def side(tid: int, child: int, shape: str, parent=None):
    """Task tid as a milestone, a one-day task, or a summary over a milestone ``child``."""
    if shape == "summary":
        return [task(tid, 0, parent_id=parent), task(child, 0, parent_id=tid)]
    return [task(tid, 1 if shape == "task" else 0, parent_id=parent)]


@pytest.mark.parametrize("when", WHEN, ids=lambda w: w.strftime("%a%H%M"))
@pytest.mark.parametrize("kind", [LinkType.SS, LinkType.SF, LinkType.FF, LinkType.FS])
@pytest.mark.parametrize("pred_shape", SHAPES)
@pytest.mark.parametrize("succ_shape", SHAPES)
def test_an_elapsed_link_never_gives_negative_float(when, kind, pred_shape, succ_shape):
    pred = side(1, 3, pred_shape)
    pred[0].constraint_type, pred[0].constraint_date = ConstraintType.SNET, when
    succ = side(2, 4, succ_shape)
    data = plan(*pred, *succ, links=((1, 2, kind, 1440, LagKind.ELAPSED),))
    schedule = schedule_plan(data)
    for tid, scheduled in schedule.tasks.items():
        assert min(scheduled.total_float, scheduled.free_float) >= 0, (
            tid, scheduled.total_float, scheduled.free_float,
            tid, scheduled.early_start, scheduled.late_start, scheduled.early_finish,
            scheduled.late_finish,
        )  # fmt: skip


@pytest.mark.parametrize("when", WHEN, ids=lambda w: w.strftime("%a%H%M"))
@pytest.mark.parametrize("kind", [LinkType.SS, LinkType.SF, LinkType.FF, LinkType.FS])
def test_a_summary_over_a_milestone_has_the_late_dates_of_the_milestone(when, kind):
    """The case the property test found (SS, 12:00): a summary whose only child is a
    milestone starts as the milestone does, so both get the late dates a lone milestone
    gets (12:00, float 0; Friday 08:00 + 1 ed ends on Saturday: the late start is Friday
    17:00, float 1 day)."""

    def late(*tasks):
        tasks[0].constraint_type, tasks[0].constraint_date = ConstraintType.SNET, when
        data = plan(*tasks, task(2, 0), links=((1, 2, kind, 1440, LagKind.ELAPSED),))
        found = schedule_plan(data).tasks
        return {tid: (found[tid].start, found[tid].late_start, found[tid].late_finish,
                      found[tid].total_float) for tid in found}  # fmt: skip

    alone = late(task(1, 0))[1]
    assert alone[0] == when
    summary = late(*side(1, 3, "summary"))
    assert summary[1] == summary[3] == alone


def test_an_elapsed_sf_link_after_lunch_keeps_its_predecessor_critical():
    """SNET Thursday 12:00: a one-day task starts at 13:00; SF + 1 ed bounds the one-day
    successor's start at Thursday 13:00 (MPXJ's rule, keys.lag_shift_conv). Its late start
    Thursday 13:00 gives the predecessor back a late start of 13:00, not 11:59 (float -1)."""
    pred = task(1, 1, constraint_type=ConstraintType.SNET,
                constraint_date=datetime(2026, 1, 22, 12, 0))  # fmt: skip
    data = plan(pred, task(2, 1), links=((1, 2, LinkType.SF, 1440, LagKind.ELAPSED),))
    found = schedule_plan(data).tasks
    assert found[2].start == found[1].start == datetime(2026, 1, 22, 13, 0)
    assert found[1].late_start == datetime(2026, 1, 22, 13, 0)
    assert (found[1].total_float, found[2].total_float) == (0, 0)


def friday_8(kind: LinkType):
    """Task 1 with the date an SF (its start) or FF (its finish) link counts from at Friday
    2026-01-09 08:00: a one-day task from then, or 1 ed from Thursday 08:00."""
    if kind == LinkType.SF:
        return task(1, 1, constraint_type=ConstraintType.SNET,
                    constraint_date=datetime(2026, 1, 9, 8, 0))  # fmt: skip
    a = task(1, 0, duration_elapsed=True, constraint_type=ConstraintType.SNET,
             constraint_date=datetime(2026, 1, 8, 8, 0))  # fmt: skip
    a.duration = 1440
    return a


@pytest.mark.parametrize(
    ("days", "start"),
    [(1, datetime(2026, 1, 9, 8, 0)), (0.25, datetime(2026, 1, 9, 15, 0)),
     (2, datetime(2026, 1, 8, 8, 0))],
)  # fmt: skip
@pytest.mark.parametrize("kind", [LinkType.SF, LinkType.FF])
def test_a_finish_bound_on_a_weekend_ends_the_successor_on_friday_at_17(kind, days, start):
    """A starts Friday 2026-01-09 08:00 (SNET; for FF, A is 1 ed from Thursday 08:00 and
    ends Friday 08:00): + 1 ed puts B's finish bound on Saturday 01-10 08:00. B's start is
    bound at Friday 08:00 less B's duration + 24 h (keys.lag_shift_conv): a one-day B runs
    Friday 08:00 to 17:00. The weekend bound is the same working instant as Friday 17:00,
    so B finishes at Friday 17:00, the end of the working time before the bound, as an FS
    link into non-working time starts its successor at the next working minute. It showed
    Monday 08:00 (the bound rounded up, in start form); MPXJ's MicrosoftScheduler shows
    Friday 17:00, for B of 2 h (from Friday 15:00) and of 2 days (from Thursday 08:00) too."""
    data = plan(friday_8(kind), task(2, days), links=((1, 2, kind, 1440, LagKind.ELAPSED),))
    found = schedule_plan(data).tasks
    b = found[2]
    assert (b.start, b.finish) == (start, datetime(2026, 1, 9, 17, 0))
    assert (b.early_finish, b.late_finish) == (b.finish, b.finish)
    assert (found[1].total_float, b.total_float, b.free_float) == (0, 0, 0)


@pytest.mark.parametrize("kind", [LinkType.SF, LinkType.FF])
def test_a_milestone_at_a_weekend_finish_bound_stays_on_monday_at_8(kind):
    """A milestone has no duration to take back: it sits at the bound, rounded up to the
    next working minute, Monday 01-12 08:00 (MPXJ's MicrosoftScheduler agrees)."""
    data = plan(friday_8(kind), task(2, 0), links=((1, 2, kind, 1440, LagKind.ELAPSED),))
    m = schedule_plan(data).tasks[2]
    assert (m.start, m.finish, m.total_float) == (datetime(2026, 1, 12, 8, 0),) * 2 + (0,)


def test_an_alap_task_does_not_delay_an_elapsed_lag_after_its_sf_successor():
    """The shape random runs of test_tasks_start_in_working_time_and_floats_are_sound find
    (with exception days the float is -255 or -420 minutes instead of a day): S (summary
    over X, 4 h, ALAP) -SF -50 %-> A (1.25 d, SNET Thursday 2026-01-15 11:00) -FS +1ed-> B
    (1.25 d). A ends Friday 14:00 and B runs Monday 01-19 08:00 to Tuesday 10:00, so X may
    start as late as Monday 10:00 (A's late finish, Friday 17:00, + 2 h). Placed there, X
    must not delay B (MS Project's ALAP: "as late as possible without delaying subsequent
    tasks", PjConstraint); it moved B to Tuesday 08:00 with a total float of -480, since X's
    late start, set by A's late finish, was pinned as a plain start and the SF lead from it
    ended at Monday 08:00 instead of Friday 17:00. MPXJ's MicrosoftScheduler: X Monday 10:00
    to 15:00, A Thursday 15:00 to Friday 17:00, B Monday 08:00 to Tuesday 10:00."""
    x = task(8, 0.5, parent_id=2, constraint_type=ConstraintType.ALAP)
    a = task(6, 1.25, constraint_type=ConstraintType.SNET,
             constraint_date=datetime(2026, 1, 15, 11, 0))  # fmt: skip
    data = plan(task(2, 0), x, a, task(9, 1.25),
                links=((2, 6, LinkType.SF, -50, LagKind.PERCENT),
                       (6, 9, LinkType.FS, 1440, LagKind.ELAPSED)))  # fmt: skip
    found = schedule_plan(data).tasks
    assert found[6].finish == datetime(2026, 1, 16, 17, 0)
    assert found[9].start == datetime(2026, 1, 19, 8, 0)
    assert min(min(t.total_float, t.free_float) for t in found.values()) >= 0


@pytest.mark.parametrize("kind", [LinkType.FS, LinkType.SS])
def test_an_elapsed_task_wholly_on_a_weekend_keeps_its_start_and_its_finish(kind):
    """4 eh started on Sunday 00:00 (an actual start, 10 % done) runs to Sunday 04:00: its
    start and finish round up to the same working instant (Monday 08:00), and the start was
    shown at 04:00 and the finish at 08:00, so that an FS successor 1 ed later started before
    the finish shown plus a day (found by test_ms_project_properties' random plans). A link
    with an elapsed lag counts from the wall-clock start or finish it names: 29 h after the
    start is Monday 05:00 (so 08:00), 29 h after the finish Monday 09:00."""
    sunday = datetime(2026, 2, 8, 0, 0)
    worked = task(1, 0, actual_start=sunday, percent_complete=10.0)
    worked.duration, worked.duration_elapsed = 240, True
    data = plan(worked, task(2, 0.5), links=((1, 2, kind, 29 * 60, LagKind.ELAPSED),))
    found = schedule_plan(data).tasks
    assert (found[1].start, found[1].finish) == (sunday, datetime(2026, 2, 8, 4, 0))
    expected = datetime(2026, 2, 9, 9, 0) if kind == LinkType.FS else datetime(2026, 2, 9, 8, 0)
    assert found[2].start == expected
