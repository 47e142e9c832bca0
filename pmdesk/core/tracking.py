"""Which tasks are late at the status date (MS Project's Status field and "Late Tasks" filter).

MS Project's Status field reads "Late" when a task is not complete and its Stop date (where
its completed work ends) lies before the status date, i.e. work that should have been done by
then is not. Here the completed part is Duration x % Complete from the scheduled start, in
working time, so a task is late when the share of its span before the status date is larger
than its % complete: its remaining work lies (partly) before the status date. Summaries are
not marked themselves; they hold late subtasks.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pmdesk.core.earnedvalue import Between, planned_fraction
from pmdesk.core.plandata import PlanData

if TYPE_CHECKING:
    from pmdesk.core.entities import Task
    from pmdesk.core.scheduling.result import Schedule, ScheduledTask

# Below this many percentage points behind, a task is on schedule (rounding of minutes).
TOLERANCE = 0.5


def expected_percent(
    scheduled: ScheduledTask, status_date: datetime, between: Between | None = None
) -> float:
    """% of the task's scheduled span that lies before the status date."""
    return 100.0 * planned_fraction(scheduled.start, scheduled.finish, status_date, between)


def is_late(
    task: Task,
    scheduled: ScheduledTask | None,
    status_date: datetime | None,
    between: Between | None = None,
) -> bool:
    if status_date is None or scheduled is None or task.percent_complete >= 100:
        return False
    if scheduled.start >= status_date:
        return False  # a future task
    if scheduled.milestone or scheduled.start == scheduled.finish:
        return scheduled.finish < status_date  # an unreached milestone already passed
    return expected_percent(scheduled, status_date, between) - task.percent_complete > TOLERANCE


def late_task_ids(
    data: PlanData,
    schedule: Schedule | None,
    status_date: datetime | None,
    between: Between | None = None,
) -> list[int]:
    """The leaf tasks late at ``status_date``, in the plan's order of the schedule."""
    if schedule is None or status_date is None:
        return []
    parents = {t.parent_id for t in data.tasks.values() if t.parent_id is not None}
    tasks = data.tasks
    return [
        task_id
        for task_id, row in schedule.tasks.items()
        if task_id not in parents
        and task_id in tasks
        and is_late(tasks[task_id], row, status_date, between)
    ]
