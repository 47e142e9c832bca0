"""The calendar a task is scheduled on, and the edges of its working days: where a date typed
or picked for a start (the first working minute) or a finish (the last) lands."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from pmdesk.core.entities import Calendar, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import WorkingCalendar, compiled_calendar, standard_calendar


def task_calendar(data: PlanData, task: Task | None) -> Calendar | None:
    """The task's own calendar, else the plan's (None when the plan has none)."""
    calendar_id = task.calendar_id if task is not None else None
    calendar = data.calendars.get(calendar_id) if calendar_id is not None else None
    return calendar or data.calendars.get(data.plan.default_calendar_id or -1)


def working_calendar(data: PlanData, task: Task | None) -> WorkingCalendar | None:
    """The task's calendar compiled (with exceptions and base calendars); None when the
    calendar cannot be used (the engine says why)."""
    calendar = task_calendar(data, task) or standard_calendar()
    try:
        return compiled_calendar(calendar, data.calendar_exceptions.values(), data.calendars)
    except PmdeskError:
        return None


def working_edge(data: PlanData, day: date, start: bool, task: Task | None = None) -> datetime:
    """The first (``start``) or last working minute of ``day`` on the task's calendar;
    08:00 / 17:00 when the day has no working time there."""
    calendar = working_calendar(data, task)
    edge = None
    if calendar is not None:
        edge = calendar.start_of_day(day) if start else calendar.end_of_day(day)
    if edge is None:
        edge = datetime.combine(day, time()) + timedelta(hours=8 if start else 17)
    return edge
