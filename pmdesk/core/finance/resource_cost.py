"""The cost of the plan's assignments, spread over the periods their tasks run.

An assignment costs what the scheduling engine charges for it (work resources: hours of
work x standard rate + cost per use; material: units x rate + cost per use; cost resources:
their cost per use). Its cost is spread over the task's scheduled span in proportion to the
working time of the task's calendar in each period, so a task over Christmas puts little
cost in the holiday weeks. Cost before the first period is booked in the first period (it is
spent before the P&L starts, not saved); cost after the last period is outside the horizon.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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


class _Clock:
    """Working minutes on one calendar (or wall-clock minutes without one) as a running
    count, with the count at every period boundary computed once."""

    def __init__(self, calendar, boundaries: list[datetime]) -> None:
        self.calendar = calendar
        self.epoch = boundaries[0]  # counts are relative: near the plan, where day tables are
        self.at_boundary = [self.count(moment) for moment in boundaries]

    def count(self, moment: datetime) -> float:
        if self.calendar is not None:
            return float(self.calendar.working_between(self.epoch, moment))
        return (moment - self.epoch).total_seconds() / 60.0


def spread_task(amount: float, start: datetime, finish: datetime, boundaries: list[datetime],
                clock: _Clock, out: ResourceCost) -> None:
    """Add ``amount`` spent over [start, finish] to ``out`` period by period.

    ``boundaries`` are the periods' starts and the last period's end.
    """
    count = len(boundaries) - 1
    at = clock.at_boundary
    w_start, w_finish = clock.count(start), clock.count(finish)
    total = w_finish - w_start
    if total <= 0:  # a milestone or a zero-length span: all at the finish
        if finish < boundaries[0]:
            out.before += amount
            out.values[0] += amount
        elif finish >= boundaries[-1]:
            out.after += amount
        else:
            out.values[bisect_right(boundaries, finish) - 1] += amount
        return
    if start < boundaries[0]:
        share = amount * (min(w_finish, at[0]) - w_start) / total
        out.before += share
        out.values[0] += share
    if finish > boundaries[-1]:
        out.after += amount * (w_finish - max(w_start, at[-1])) / total
    first = max(0, bisect_right(boundaries, start) - 1)
    last = min(count, bisect_left(boundaries, finish))
    for index in range(first, last):
        overlap = min(w_finish, at[index + 1]) - max(w_start, at[index])
        if overlap > 0:
            out.values[index] += amount * overlap / total


def resource_cost(data, schedule, periods: list[Period], group: str | None = None) -> ResourceCost:
    """The cost of every assignment (of resources in ``group`` when given) by period."""
    out = ResourceCost([0.0] * len(periods))
    if not periods:
        return out
    calendars: dict = {}
    clocks: dict = {}
    boundaries = [p.start_time for p in periods] + [periods[-1].end_time]
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
        clock = clocks.get(id(calendar))
        if clock is None:
            clock = clocks[id(calendar)] = _Clock(calendar, boundaries)
        spread_task(amount, scheduled.start, scheduled.finish, boundaries, clock, out)
    return out
