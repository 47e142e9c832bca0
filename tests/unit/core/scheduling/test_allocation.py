"""Time-phased allocation: work per resource per day and week, over-allocation (hand-worked)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pmdesk.core.entities import Assignment, Calendar, Plan, Resource, ResourceType, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import schedule_plan
from pmdesk.core.scheduling.allocation import allocate, working_minutes_by_day
from pmdesk.core.scheduling.calendar import WorkingCalendar, standard_calendar

MON = datetime(2026, 1, 5, 8, 0)  # Monday


def jan(day: int) -> date:
    return date(2026, 1, day)


def build(tasks, assignments, resources=None, calendars=()) -> PlanData:
    data = PlanData(Plan(start=MON))
    for calendar in calendars:
        data.add(calendar)
    for resource in resources or [Resource(1, "Ann")]:
        data.add(resource)
    for position, (tid, days) in enumerate(tasks):
        data.add(Task(tid, f"T{tid}", position=position, duration=int(days * 480)))
    for number, (tid, rid, units, *work) in enumerate(assignments, 1):
        data.add(Assignment(number, tid, rid, units, work[0] if work else None))
    return data


def test_two_full_time_tasks_on_one_person_make_200_percent_on_the_days_they_overlap():
    data = build([(1, 3), (2, 2)], [(1, 1, 1.0), (2, 1, 1.0)])
    ann = allocate(data, schedule_plan(data))[1]
    # T1 works Mon-Wed, T2 Mon-Tue, 480 min a day each; Ann has 480 min a day.
    assert ann.work == {jan(5): 960, jan(6): 960, jan(7): 480}
    assert ann.units_on(jan(5)) == pytest.approx(2.0)
    assert ann.units_on(jan(7)) == pytest.approx(1.0)
    assert ann.units_on(jan(8)) == 0
    assert ann.overallocated_days() == [jan(5), jan(6)]
    assert ann.overallocated
    assert ann.tasks_on(jan(7)) == {1: 480}


def test_max_units_of_200_percent_takes_both_tasks():
    data = build(
        [(1, 3), (2, 2)], [(1, 1, 1.0), (2, 1, 1.0)], resources=[Resource(1, "Ann", max_units=2.0)]
    )
    ann = allocate(data, schedule_plan(data))[1]
    assert ann.overallocated_days() == []
    assert ann.peak_units() == pytest.approx(2.0)


def test_half_units_and_explicit_work_are_spread_evenly():
    # T1: 2 days at 50 % -> 240 min a day. T2: 4 days with 8 h of work -> 120 min a day.
    data = build([(1, 2), (2, 4)], [(1, 1, 0.5), (2, 1, 1.0, 480)])
    ann = allocate(data, schedule_plan(data))[1]
    assert ann.work == {jan(5): 360, jan(6): 360, jan(7): 120, jan(8): 120}
    assert ann.units_on(jan(5)) == pytest.approx(0.75)
    assert not ann.overallocated


def test_weeks_add_up_days_and_flag_a_week_with_one_over_allocated_day():
    data = build(
        [(1, 3), (2, 2), (3, 8)],
        [(1, 1, 1.0), (2, 1, 1.0), (3, 2, 0.5)],
        resources=[Resource(1, "Ann"), Resource(2, "Bob")],
    )
    allocations = allocate(data, schedule_plan(data))
    first, second, third = allocations[1].weeks(jan(7), 3)  # Wednesday: its week's Monday
    assert first.start == jan(5) and first.days == 7
    assert first.work == 2400 and first.available == 2400
    assert first.units == pytest.approx(1.0)
    assert first.over  # Monday and Tuesday are at 200 % even though the week averages 100 %
    assert second.work == 0 and not second.over
    bob = allocations[2].weeks(jan(5), 2)
    assert [w.work for w in bob] == [1200, 720]  # 8 days at 50 %: 5 days, then 3 days
    assert bob[1].units == pytest.approx(0.3)


def test_a_part_time_resource_is_allocated_on_its_own_calendar():
    mornings = Calendar(7, "Mornings", week={d: [(480, 720)] for d in range(5)})
    data = build(
        [(1, 1)], [(1, 1, 1.0)], calendars=[mornings], resources=[Resource(1, "Pat", calendar_id=7)]
    )
    pat = allocate(data, schedule_plan(data))[1]
    # The task follows Pat's calendar (the engine's rule): 480 min over two mornings.
    assert pat.work == {jan(5): 240, jan(6): 240}
    assert pat.units_on(jan(5)) == pytest.approx(1.0)
    assert not pat.overallocated


def test_material_resources_and_milestones_take_no_time():
    data = build(
        [(1, 2), (2, 0)],
        [(1, 2, 10.0), (2, 1, 1.0)],
        resources=[Resource(1, "Ann"), Resource(2, "Cable", type=ResourceType.MATERIAL)],
    )
    allocations = allocate(data, schedule_plan(data))
    assert set(allocations) == {1}
    assert allocations[1].work == {}


def test_working_minutes_by_day_clips_to_the_span():
    cal = WorkingCalendar.compile(standard_calendar())
    minutes = working_minutes_by_day(cal, datetime(2026, 1, 5, 10, 0), datetime(2026, 1, 7, 12, 0))
    assert minutes == {jan(5): 360, jan(6): 480, jan(7): 240}
    weekend = working_minutes_by_day(cal, datetime(2026, 1, 9, 17), datetime(2026, 1, 12, 8))
    assert weekend == {}


def test_without_a_schedule_every_resource_is_empty():
    data = build([(1, 1)], [(1, 1, 1.0)])
    assert allocate(data, None)[1].work == {}


def test_assignment_costs_add_up_to_the_engine_task_costs():
    from pmdesk.core.scheduling.costs import assignment_cost

    data = build(
        [(1, 3), (2, 2)],
        [(1, 1, 1.0), (1, 2, 0.5, 600), (2, 3, 4.0)],
        resources=[
            Resource(1, "Ann", standard_rate=50, cost_per_use=10),
            Resource(2, "Bob", standard_rate=40),
            Resource(3, "Brick", type=ResourceType.MATERIAL, standard_rate=2.5),
        ],
    )
    schedule = schedule_plan(data)
    for tid in (1, 2):
        total = sum(
            assignment_cost(a, data.tasks[tid], data.resources[a.resource_id])
            for a in data.assignments.values()
            if a.task_id == tid
        )
        assert total == pytest.approx(schedule.tasks[tid].cost)
    assert schedule.tasks[1].cost == pytest.approx(24 * 50 + 10 + 10 * 40)
