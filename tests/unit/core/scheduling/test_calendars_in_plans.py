"""Calendars in a plan: the default calendar with holidays, tasks on their own calendar,
links across calendars, elapsed durations, and an empty plan."""

from datetime import date

from scheduling_plans import DAY, at, dates, plan, task

from pmdesk.core.entities import Calendar, CalendarException, ConstraintType, Plan
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import schedule_plan
from pmdesk.core.scheduling.calendar import STANDARD_WEEK

SEVEN_DAYS = {day: [(480, 720), (780, 1020)] for day in range(7)}


def with_calendars(data):
    data.add(Calendar(id=1, name="Standard", week={k: list(v) for k, v in STANDARD_WEEK.items()}))
    data.add(Calendar(id=2, name="Seven days", week=SEVEN_DAYS))
    data.add(
        CalendarException(id=1, calendar_id=1, start=date(2026, 1, 7), finish=date(2026, 1, 7))
    )
    data.update(Plan, 1, default_calendar_id=1)
    return data


def test_default_calendar_holiday_and_partial_day_move_tasks():
    data = with_calendars(plan(task(1, 3), task(2, 1), links=((1, 2),)))
    data.add(CalendarException(id=2, calendar_id=1, start=date(2026, 1, 9), finish=date(2026, 1, 9),
                               intervals=[(480, 720)]))  # fmt: skip
    result = dates(data)
    assert result[1] == (at(5), at(8, 17))  # Wednesday is a holiday
    assert result[2] == (at(9), at(12, 12))  # Friday has a morning only


def test_task_on_its_own_calendar_and_links_across_calendars():
    # A (standard, SNET Friday) ends Friday 17:00; B works weekends: it starts Saturday 08:00.
    data = with_calendars(plan(task(1, 1, constraint_type=ConstraintType.SNET, constraint_date=at(9)),
                               task(2, 2, calendar_id=2), task(3, 1), links=((1, 2), (2, 3))))  # fmt: skip
    schedule = schedule_plan(data)
    t = schedule.tasks
    assert (t[2].start, t[2].finish) == (at(10), at(11, 17))
    assert (t[3].start, t[3].finish) == (at(12), at(12, 17))  # back on the standard week
    assert t[2].duration == 2 * DAY and t[2].critical and t[1].critical


def test_summary_over_calendars_and_seven_day_task_ignores_the_holiday():
    data = with_calendars(
        plan(task(1), task(2, 3, parent_id=1, calendar_id=2), task(3, 3, parent_id=1))
    )
    result = dates(data)
    assert result[2] == (at(5), at(7, 17))  # the holiday is on the standard calendar only
    assert result[3] == (at(5), at(8, 17))
    assert result[1] == (at(5), at(8, 17))


def test_elapsed_duration_runs_through_the_weekend():
    data = plan(task(9, 4), task(1, 0, duration_elapsed=True), task(2, 1), links=((9, 1), (1, 2)))
    data.tasks[1].duration = 3 * 1440  # 3 elapsed days from Friday 08:00
    result = dates(data)
    assert result[1] == (at(9), at(12, 8))  # Monday 08:00 on the wall clock
    assert result[2] == (at(12), at(12, 17))
    data.tasks[1].duration = 1440  # 1 elapsed day: it ends on Saturday 08:00...
    result = dates(data)
    assert result[1] == (at(9), at(10, 8))
    assert result[2] == (at(12), at(12, 17))  # ...and its successor starts on Monday


def test_empty_plan():
    schedule = schedule_plan(PlanData(Plan(start=at(5))))
    assert len(schedule.tasks) == 0 and schedule.project_start == at(5)
    assert schedule.project_finish == at(5) and schedule.critical_path == []


def test_a_task_follows_its_resources_calendar():
    from pmdesk.core.entities import Assignment, Resource
    from pmdesk.core.scheduling import Scheduler

    data = with_calendars(plan(task(1, 1, constraint_type=ConstraintType.SNET, constraint_date=at(9)),
                               task(2, 2), task(3, 2, calendar_id=1), links=((1, 2), (1, 3))))  # fmt: skip
    scheduler = Scheduler(data)
    assert scheduler.schedule().tasks[2].start == at(12)  # default calendar: Monday
    data.add(Resource(id=1, name="Weekend crew", calendar_id=2))
    data.add(Assignment(id=1, task_id=2, resource_id=1))
    data.add(Assignment(id=2, task_id=3, resource_id=1))
    schedule = scheduler.schedule()
    assert (schedule.tasks[2].start, schedule.tasks[2].finish) == (at(10), at(11, 17))
    assert schedule.tasks[3].start == at(12)  # its own calendar wins
    data.add(Resource(id=2, name="Office"))
    data.add(Assignment(id=3, task_id=2, resource_id=2))  # resources on different calendars
    assert scheduler.schedule().tasks[2].start == at(12)
    scheduler.close()


def test_unknown_resource_calendar_is_refused():
    import pytest

    from pmdesk.core.entities import Assignment, Resource
    from pmdesk.core.scheduling import SchedulingError

    data = plan(task(1))
    data.add(Resource(id=1, name="Ghost", calendar_id=42))
    data.add(Assignment(id=1, task_id=1, resource_id=1))
    with pytest.raises(SchedulingError, match="'Ghost' uses a calendar that does not exist"):
        schedule_plan(data)


def test_a_resource_turned_material_no_longer_moves_its_task():
    from pmdesk.core.entities import Assignment, Resource, ResourceType
    from pmdesk.core.scheduling import Scheduler

    data = with_calendars(plan(task(1, 1, constraint_type=ConstraintType.SNET, constraint_date=at(9)),
                               task(2, 2), links=((1, 2),)))  # fmt: skip
    data.add(Resource(id=1, name="Weekend crew", calendar_id=2))
    data.add(Assignment(id=1, task_id=2, resource_id=1))
    scheduler = Scheduler(data)
    assert scheduler.schedule().tasks[2].start == at(10)  # Saturday, on the crew's calendar
    data.update(Resource, 1, type=ResourceType.MATERIAL)  # material follows the task's calendar
    assert scheduler.schedule().tasks[2].start == at(12) == schedule_plan(data).tasks[2].start
    scheduler.close()
