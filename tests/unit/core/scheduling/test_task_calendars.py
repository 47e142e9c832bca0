"""Which working time a task is scheduled on (taskcalendars.py): the common time of its own
and its resources' calendar, unless it ignores resource calendars (MS Project's rule)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core.entities import Assignment, Calendar, Plan, Resource, ResourceType, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import schedule_plan
from pmdesk.core.scheduling.allocation import PlanCalendars
from pmdesk.core.scheduling.calendar import WorkingCalendar
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.taskcalendars import CommonCalendar, task_calendar_keys

HOURS = [(480, 720), (780, 1020)]
DAY = 480


def plan(task_calendar=2, resource_calendar=3, ignore=False, resource_type=ResourceType.WORK):
    data = PlanData(Plan(start=datetime(2027, 1, 4, 8, 0), default_calendar_id=1))  # Monday
    data.load(
        [
            Calendar(1, "Standard", week={d: list(HOURS) for d in range(5)}),
            Calendar(2, "Mon-Wed", week={d: list(HOURS) for d in range(3)}),
            Calendar(3, "Tue-Fri", week={d: list(HOURS) for d in range(1, 5)}),
            Task(
                1,
                "Weld",
                duration=3 * DAY,
                calendar_id=task_calendar,
                ignore_resource_calendars=ignore,
            ),
            Resource(1, "Welder", calendar_id=resource_calendar, type=resource_type),
            Assignment(1, 1, 1),
        ]
    )
    return data


def finish(data) -> datetime:
    return schedule_plan(data).tasks[1].finish


def test_task_and_resource_calendars_combine_to_their_common_time():
    # Common time: Tuesday and Wednesday. Three days: Tue 5, Wed 6, Tue 12.
    assert finish(plan()) == datetime(2027, 1, 12, 17, 0)
    assert schedule_plan(plan()).tasks[1].start == datetime(2027, 1, 5, 8, 0)


def test_ignoring_resource_calendars_keeps_the_task_calendar():
    # Mon-Wed only: Mon 4, Tue 5, Wed 6.
    assert finish(plan(ignore=True)) == datetime(2027, 1, 6, 17, 0)


def test_without_a_task_calendar_the_resources_calendar_applies_unless_ignored():
    assert finish(plan(task_calendar=None)) == datetime(2027, 1, 7, 17, 0)  # Tue-Thu
    assert finish(plan(task_calendar=None, ignore=True)) == datetime(2027, 1, 6, 17, 0)  # Std


def test_material_resources_and_default_calendar_resources_change_nothing():
    assert finish(plan(resource_type=ResourceType.MATERIAL)) == datetime(2027, 1, 6, 17, 0)
    assert finish(plan(resource_calendar=None)) == datetime(2027, 1, 6, 17, 0)


def test_flag_change_reschedules_through_the_scheduler():
    from pmdesk.core.scheduling import Scheduler

    data = plan()
    scheduler = Scheduler(data)
    assert scheduler.schedule().tasks[1].finish == datetime(2027, 1, 12, 17, 0)
    data.update(Task, 1, ignore_resource_calendars=True)
    assert scheduler.schedule().tasks[1].finish == datetime(2027, 1, 6, 17, 0)
    scheduler.close()


def test_work_is_spread_over_the_common_time():
    data = plan()
    keys = task_calendar_keys(data)
    assert keys == {1: (2, 3)}
    calendar = PlanCalendars(data).of_task(1)
    assert [calendar.working_minutes_on(date(2027, 1, d)) for d in range(4, 9)] == [
        0,
        480,
        480,
        0,
        0,
    ]


INTERVALS = st.lists(st.integers(0, 96), max_size=6, unique=True).map(
    lambda cuts: [(a * 15, b * 15) for a, b in zip(sorted(cuts)[::2], sorted(cuts)[1::2]) if b > a]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(INTERVALS, min_size=7, max_size=7), st.lists(INTERVALS, min_size=7, max_size=7))
def test_common_time_is_the_minutes_both_calendars_work(first, second):
    a_week = {d: first[d] for d in range(7)}
    b_week = {d: second[d] for d in range(7)}
    if not any(a_week.values()) or not any(b_week.values()):
        return
    a = WorkingCalendar.compile(Calendar(1, "A", week=a_week))
    b = WorkingCalendar.compile(Calendar(2, "B", week=b_week))
    shared = any(
        set(range(*x)) & set(range(*y)) for d in range(7) for x in a_week[d] for y in b_week[d]
    )
    if not shared:
        with pytest.raises(SchedulingError, match="no working time in common"):
            CommonCalendar(a, b, origin=date(2027, 1, 4).toordinal())
        return
    common = CommonCalendar(a, b, origin=date(2027, 1, 4).toordinal())
    for ordinal in range(date(2027, 1, 4).toordinal(), date(2027, 1, 11).toordinal()):
        minutes_a = {m for lo, hi in a.intervals_on(ordinal) for m in range(lo, hi)}
        minutes_b = {m for lo, hi in b.intervals_on(ordinal) for m in range(lo, hi)}
        got = {m for lo, hi in common.intervals_on(ordinal) for m in range(lo, hi)}
        assert got == minutes_a & minutes_b
