"""The engine honours Leveling Delay (task and assignment) in full and incremental runs."""

from __future__ import annotations

from datetime import datetime

from pmdesk.core.entities import Assignment, Link, Plan, Resource, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import Scheduler, schedule_plan

MON = datetime(2026, 1, 5, 8, 0)


def plan() -> PlanData:
    data = PlanData(Plan(start=MON))
    data.load(
        [
            Resource(1, "Ann"),
            Resource(2, "Bob"),
            Task(1, "A", position=0, duration=960),
            Task(2, "B", position=1, duration=960),
            Task(3, "C", position=2, duration=480),
            Link(1, 1, 2),
            Link(2, 2, 3),
            Assignment(1, 2, 1, 1.0),
            Assignment(2, 2, 2, 1.0),
        ]
    )
    return data


def dates(schedule) -> dict:
    return {tid: (t.start, t.finish) for tid, t in schedule.tasks.items()}


def test_an_edited_delay_reschedules_incrementally_as_a_fresh_run_would():
    data = plan()
    scheduler = Scheduler(data)
    scheduler.schedule()
    data.update(Task, 2, leveling_delay=1440)  # Wednesday 08:00 + 1 eday: Thursday
    incremental = scheduler.schedule()
    assert incremental.tasks[2].start == datetime(2026, 1, 8, 8, 0)
    assert incremental.tasks[3].start == datetime(2026, 1, 12, 8, 0)  # C follows B
    assert dates(incremental) == dates(schedule_plan(data))
    data.update(Task, 2, leveling_delay=0)
    assert scheduler.schedule().tasks[2].start == datetime(2026, 1, 7, 8, 0)
    scheduler.close()


def test_an_assignment_delay_starts_that_resource_later_and_the_task_ends_with_it():
    data = plan()
    scheduler = Scheduler(data)
    scheduler.schedule()
    data.update(Assignment, 2, leveling_delay=2 * 1440)  # Bob starts Friday
    schedule = scheduler.schedule()
    assert schedule.tasks[2].start == datetime(2026, 1, 7, 8, 0)
    assert schedule.tasks[2].finish == datetime(2026, 1, 12, 17, 0)  # Fri + Mon
    assert dates(schedule) == dates(schedule_plan(data))
    scheduler.close()
