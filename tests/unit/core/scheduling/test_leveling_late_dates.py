"""Late dates and slack with a leveling delay, as MS Project figures them: a successor's
Leveling Delay is "figured into" its predecessors' Late Start and Late Finish (Microsoft's
"Late Start task field" / "Late Finish task field" pages), and a task's own delay is part of
its early dates ("Early Start task field"), so its slack is measured from the delayed start."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core.entities import ConstraintType, Link, LinkType, Plan, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import Scheduler, schedule_plan
from pmdesk.core.scheduling.calendar import WorkingCalendar, standard_calendar, to_minutes
from pmdesk.core.scheduling.leveling import LevelingOptions, level_plan
from tests.unit.core.scheduling.test_leveling import build

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
CALENDAR = WorkingCalendar.compile(standard_calendar())


def chain(a_days: int, delay: int) -> PlanData:
    """A -> B (1 or 2 days, leveling delay ``delay`` elapsed minutes) -> C 1d, D 1d alone."""
    data = PlanData(Plan(start=MON))
    data.load(
        [
            Task(1, "A", position=0, duration=a_days * DAY),
            Task(2, "B", position=1, duration=2 * DAY, leveling_delay=delay),
            Task(3, "C", position=2, duration=DAY),
            Task(4, "D", position=3, duration=DAY),
            Link(1, 1, 2),
            Link(2, 2, 3),
        ]
    )
    return data


def test_a_successors_delay_takes_the_slack_of_its_predecessor():
    # A Mon-Tue; B would start Wed, waits 1 eday: Thu-Fri; C Mon 12th (the project finish).
    schedule = schedule_plan(chain(2, 1440))
    a, b, c = schedule.tasks[1], schedule.tasks[2], schedule.tasks[3]
    assert (b.start, c.finish) == (datetime(2026, 1, 8, 8), datetime(2026, 1, 12, 17))
    # B must start by Thu 08:00; A must let it start 24 hours earlier: A's late finish is
    # Wed 08:00, shown as Tue 17:00. Without the rule A showed a day of slack it has not.
    assert b.late_start == datetime(2026, 1, 8, 8) and b.total_float == 0
    assert a.late_finish == datetime(2026, 1, 6, 17)
    assert a.late_start == MON
    assert (a.total_float, a.free_float, a.critical) == (0, 0, True)
    assert c.total_float == 0
    assert schedule.tasks[4].total_float == 5 * DAY  # D: Mon 5th to Mon 12th


def test_a_delay_ending_in_a_weekend_leaves_the_predecessor_what_it_does_not_use():
    # A Mon-Thu; B would start Fri 08:00, + 2 edays is Sun 08:00: B starts Mon 12th. Were A
    # to finish Friday 17:00, B's early start would be Monday 08:00 and with its delay it
    # would start Wednesday; finishing at 16:59, B is ready at 16:59, + 48 h is Sunday 16:59:
    # still Monday. So A has a day less one minute of slack.
    data = chain(4, 2880)
    data.update(Task, 2, duration=DAY)
    data.remove(Link, 2)
    schedule = schedule_plan(data)
    a, b = schedule.tasks[1], schedule.tasks[2]
    assert b.start == datetime(2026, 1, 12, 8) and b.total_float == 0
    assert a.late_finish == datetime(2026, 1, 9, 16, 59)
    assert a.total_float == DAY - 1


def test_an_incremental_run_keeps_the_late_dates_a_fresh_run_gives():
    data = chain(2, 0)
    scheduler = Scheduler(data)
    assert scheduler.schedule().tasks[1].total_float == 0
    data.update(Task, 2, leveling_delay=1440)
    assert late(scheduler.schedule()) == late(schedule_plan(data))
    data.update(Task, 4, duration=2 * DAY)  # elsewhere: the delayed task is not revisited
    assert late(scheduler.schedule()) == late(schedule_plan(data))
    data.update(Task, 2, leveling_delay=0)
    again = scheduler.schedule()
    assert late(again) == late(schedule_plan(data))
    assert again.tasks[4].total_float == 3 * DAY  # the project finishes Friday 9th again
    scheduler.close()


def late(schedule) -> dict:
    return {
        tid: (t.late_start, t.late_finish, t.total_float, t.free_float)
        for tid, t in schedule.tasks.items()
    }


# -- properties -------------------------------------------------------------------------------
@st.composite
def leveled_plans(draw):
    """Small plans without constraints (so no negative slack), several tasks on few people."""
    n = draw(st.integers(2, 8))
    people = draw(st.integers(1, 2))
    tasks = [(tid, draw(st.sampled_from([0.5, 1, 2, 3]))) for tid in range(1, n + 1)]
    assignments = [(tid, draw(st.integers(1, people)), 1.0) for tid in range(1, n + 1)]
    links = []
    for p in range(1, n + 1):
        for s in range(p + 1, n + 1):
            if draw(st.integers(0, 3)) == 0:
                kind = draw(st.sampled_from(list(LinkType)))
                links.append((p, s, kind, draw(st.sampled_from([0, 0, 240]))))
    data = build(tasks, assignments, links)
    result = level_plan(data, LevelingOptions(order=draw(st.sampled_from(["id", "standard"]))))
    for change in result.changes:
        data.update(change.kind, change.id, **change.values)
    return data


def w(moment: datetime) -> int:
    return CALENDAR.w_at(to_minutes(moment))


def backward_link_holds(link: Link, data: PlanData, schedule) -> bool:
    """The link's rule on the late dates, the successor's as they were before its leveling
    delay: its late start less the delay, and that start plus its span (the delay counts from
    the start; a finish bound on it is met by the start before the delay plus its span)."""
    pred, succ = schedule.tasks[link.predecessor_id], schedule.tasks[link.successor_id]
    delay = timedelta(minutes=data.tasks[link.successor_id].leveling_delay)
    source = pred.late_finish if link.type in (LinkType.FS, LinkType.FF) else pred.late_start
    start = w(succ.late_start - delay)
    target = (
        start
        if link.type in (LinkType.FS, LinkType.SS)
        else (start + w(succ.late_finish) - w(succ.late_start))
    )
    return w(source) + int(link.lag) <= target


@settings(max_examples=60, deadline=None)
@given(leveled_plans())
def test_property_late_dates_after_leveling_are_never_before_early_ones(data):
    schedule = schedule_plan(data)
    for tid, scheduled in schedule.tasks.items():
        assert scheduled.total_float >= 0, tid
        assert scheduled.late_start >= scheduled.early_start, tid
        assert w(scheduled.late_finish) >= w(scheduled.early_finish), tid
    for link in data.links.values():
        assert backward_link_holds(link, data, schedule), link


@settings(max_examples=60, deadline=None)
@given(leveled_plans())
def test_property_a_task_finishing_at_its_late_finish_does_not_delay_the_project(data):
    """Slack is slack: pushed to its late finish (a Finish No Earlier Than constraint there),
    a task moves no leveled successor past the project finish. (A delayed task itself is left
    out: a constraint bounds its dates before the delay.)"""
    schedule = schedule_plan(data)
    for tid, scheduled in schedule.tasks.items():
        if data.tasks[tid].leveling_delay:
            continue
        slipped = copy.deepcopy(data)
        when = scheduled.late_finish
        slipped.update(Task, tid, constraint_type=ConstraintType.FNET, constraint_date=when)
        assert schedule_plan(slipped).project_finish <= schedule.project_finish, tid
