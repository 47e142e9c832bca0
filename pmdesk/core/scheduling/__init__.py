"""Scheduling engine: working-time calendars, CPM with all link types and constraints, progress.

Entry points: ``schedule_plan(data) -> Schedule``, ``Scheduler(data)`` (keeps compiled state
for fast rescheduling after each edit), ``check_plan(data)`` and ``SchedulingError``.
"""

from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.result import Schedule, ScheduledTask
from pmdesk.core.scheduling.scheduler import Scheduler, check_plan, schedule_plan

__all__ = [
    "Schedule",
    "ScheduledTask",
    "Scheduler",
    "SchedulingError",
    "check_plan",
    "schedule_plan",
]
