"""The cost of the plan's assignments, spread over the periods their tasks run.

An assignment costs what the scheduling engine charges for it (work resources: hours of
work x standard rate + cost per use; material: units x rate + cost per use; cost resources:
their cost per use). Its cost is spread over the task's scheduled span in proportion to the
working time of the task's calendar in each period, so a task over Christmas puts little
cost in the holiday weeks. Cost before the first period is booked in the first period (it is
spent before the P&L starts, not saved); cost after the last period is outside the horizon.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from pmdesk.core.entities import Assignment, Resource, ResourceType, Task
from pmdesk.core.finance.periods import Period


@dataclass(slots=True)
class ResourceCost:
    values: list[float]
    before: float = 0.0  # cost incurred before the first period (included in period 0)
    after: float = 0.0  # cost after the last period (not in values)
    unscheduled: float = 0.0  # cost of tasks without scheduled dates (not in values)
    by_resource: dict[int, float] = field(default_factory=dict)


def assignment_cost(assignment: Assignment, task: Task, resource: Resource) -> float:
    kind = ResourceType(resource.type)
    if kind == ResourceType.WORK:
        work = assignment.work if assignment.work is not None else round(task.duration * assignment.units)
        return work / 60 * resource.standard_rate + resource.cost_per_use
    if kind == ResourceType.MATERIAL:
        return assignment.units * resource.standard_rate + resource.cost_per_use
    return resource.cost_per_use


def _calendar_for(data, task: Task, cache: dict):
    """The compiled working calendar of a task, or None (then wall-clock time is used)."""
    calendar_id = task.calendar_id if task.calendar_id is not None else data.plan.default_calendar_id
    if calendar_id in cache:
        return cache[calendar_id]
    working = None
    calendar = data.calendars.get(calendar_id) if calendar_id is not None else None
    if calendar is not None:
        from pmdesk.core.errors import PmdeskError
        from pmdesk.core.scheduling.calendar import compiled_calendar

        try:
            working = compiled_calendar(calendar, data.calendar_exceptions.values(), data.calendars)
        except PmdeskError:
            working = None
    cache[calendar_id] = working
    return working


def _length(calendar, a: datetime, b: datetime) -> float:
    if b <= a:
        return 0.0
    if calendar is not None:
        return float(calendar.working_between(a, b))
    return (b - a).total_seconds() / 60.0


def spread_task(amount: float, start: datetime, finish: datetime, periods: list[Period],
                calendar, out: ResourceCost) -> None:
    """Add ``amount`` spent over [start, finish] to ``out`` period by period."""
    first = periods[0].start_time
    last = periods[-1].end_time
    total = _length(calendar, start, finish)
    if total <= 0:  # a milestone or a zero-length span: all at the finish
        if finish < first:
            out.before += amount
            out.values[0] += amount
        elif finish >= last:
            out.after += amount
        else:
            for period in periods:
                if finish < period.end_time:
                    out.values[period.index] += amount
                    break
        return
    if start < first:
        share = amount * _length(calendar, start, min(finish, first)) / total
        out.before += share
        out.values[0] += share
    if finish > last:
        out.after += amount * _length(calendar, max(start, last), finish) / total
    for period in periods:
        a, b = max(start, period.start_time), min(finish, period.end_time)
        if a < b:
            out.values[period.index] += amount * _length(calendar, a, b) / total


def resource_cost(data, schedule, periods: list[Period], group: str | None = None) -> ResourceCost:
    """The cost of every assignment (of resources in ``group`` when given) by period."""
    out = ResourceCost([0.0] * len(periods))
    if not periods:
        return out
    calendars: dict = {}
    per_task: dict[int, float] = {}
    for assignment in data.assignments.values():
        task = data.tasks.get(assignment.task_id)
        resource = data.resources.get(assignment.resource_id)
        if task is None or resource is None:
            continue
        if group and resource.group.strip().lower() != group.strip().lower():
            continue
        cost = assignment_cost(assignment, task, resource)
        per_task[task.id] = per_task.get(task.id, 0.0) + cost
        out.by_resource[resource.id] = out.by_resource.get(resource.id, 0.0) + cost
    for task_id, amount in per_task.items():
        scheduled = schedule.tasks.get(task_id) if schedule is not None else None
        if scheduled is None:
            out.unscheduled += amount
            continue
        calendar = _calendar_for(data, data.tasks[task_id], calendars)
        spread_task(amount, scheduled.start, scheduled.finish, periods, calendar, out)
    return out
