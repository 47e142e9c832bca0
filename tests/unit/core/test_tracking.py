"""Late at the status date: remaining work scheduled before it (MS Project's Status "Late")."""

from datetime import datetime

from pmdesk.core.entities import Calendar, ConstraintType, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.planinfo import compiled_default
from pmdesk.core.scheduling import schedule_plan
from pmdesk.core.tracking import late_task_ids

WEEK = {d: [(480, 720), (780, 1020)] for d in range(5)}


def _plan(status):
    data = PlanData()
    data.plan.start = datetime(2026, 3, 2, 8)
    data.plan.default_calendar_id = 1
    data.plan.status_date = status
    data.load(
        [
            Calendar(1, "Standard", week=WEEK),
            Task(1, "Group", position=0),
            Task(2, "Behind", parent_id=1, position=0, duration=4 * 480, percent_complete=25),
            Task(3, "On time", parent_id=1, position=1, duration=4 * 480, percent_complete=75),
            Task(
                4,
                "Future",
                position=1,
                duration=480,
                constraint_type=ConstraintType.SNET,
                constraint_date=datetime(2026, 3, 20, 8),
            ),
            Task(5, "Done", position=2, duration=480, percent_complete=100),
            Task(6, "Gate", position=3, duration=0, milestone=True),
        ]
    )
    return data


def test_late_tasks_at_the_status_date():
    # Wednesday 17:00: three days of four are planned; 25 % done is late, 75 % is not.
    data = _plan(datetime(2026, 3, 4, 17))
    schedule = schedule_plan(data)
    between = compiled_default(data).working_between
    assert late_task_ids(data, schedule, data.plan.status_date, between) == [2, 6]


def test_nothing_is_late_without_a_status_date_or_before_work_starts():
    data = _plan(None)
    assert late_task_ids(data, schedule_plan(data), None) == []
    data = _plan(datetime(2026, 3, 2, 8))
    assert late_task_ids(data, schedule_plan(data), data.plan.status_date) == []
