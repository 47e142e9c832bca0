"""Costs (and work) time-phased per day, as MS Project's usage views show them: each
assignment on its resource's calendar from its task's start plus its start delay, its work
spread to its contour; per-use costs at the assignment's start; task fixed costs by their
accrual (start, prorated over the task, end). The usage views and the P&L's resource line
read these days.

Microsoft's "Fixed Cost Accrual (task field)": Start puts the fixed cost at the task's start,
End at its finish, Prorated spreads it as the task's work is done; "Cost Per Use (resource
field)": per-use costs accrue at the start of the assignment. Work of a material or cost
resource has no time of its own: its cost is prorated over the task.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from pmdesk.core.entities import CostAccrual, ResourceType, WorkContour
from pmdesk.core.errors import PmdeskError
from pmdesk.core.scheduling.calendar import (
    DAY,
    WorkingCalendar,
    compiled_calendar,
    standard_calendar,
    to_minutes,
)
from pmdesk.core.scheduling.contours import SEGMENTS, contour_of, contoured_span
from pmdesk.core.scheduling.costs import assignment_work, cost_parts


@dataclass(slots=True)
class DailyCosts:
    """Per-day amounts: by assignment (its resource's cost and work) and task fixed costs."""

    cost: dict[int, dict[date, float]] = field(default_factory=dict)  # assignment -> day
    work: dict[int, dict[date, float]] = field(default_factory=dict)  # assignment -> minutes
    fixed: dict[int, dict[date, float]] = field(default_factory=dict)  # task -> day
    unscheduled: float = 0.0  # cost of tasks the schedule has no dates for
    resource_of: dict[int, int] = field(default_factory=dict)  # assignment -> resource
    task_of: dict[int, int] = field(default_factory=dict)  # assignment -> task

    def by_resource(self, resource_ids: Iterable[int] | None = None) -> dict[date, float]:
        """Cost per day of the assignments of ``resource_ids`` (all when None)."""
        wanted = set(resource_ids) if resource_ids is not None else None
        total: dict[date, float] = {}
        for key, days in self.cost.items():
            if wanted is None or self.resource_of[key] in wanted:
                _add(total, days)
        return total

    def by_task(self, task_id: int) -> dict[date, float]:
        """Cost per day of one task: its assignments and its fixed cost."""
        total: dict[date, float] = dict(self.fixed.get(task_id, {}))
        for key, days in self.cost.items():
            if self.task_of[key] == task_id:
                _add(total, days)
        return total


def _add(total: dict[date, float], days: dict[date, float]) -> None:
    for day, amount in days.items():
        total[day] = total.get(day, 0.0) + amount


class _Calendars:
    """Compiled calendars by id (None: the plan's default), built once each."""

    def __init__(self, data) -> None:
        self.data = data
        self.cache: dict[int | None, WorkingCalendar | None] = {}
        self.exceptions = list(data.calendar_exceptions.values())

    def get(self, calendar_id: int | None) -> WorkingCalendar | None:
        if calendar_id not in self.cache:
            data = self.data
            key = calendar_id if calendar_id is not None else data.plan.default_calendar_id
            calendar = data.calendars.get(key) if key is not None else None
            try:
                self.cache[calendar_id] = compiled_calendar(
                    calendar or standard_calendar(), self.exceptions, data.calendars,
                    origin=data.plan.start.toordinal())
            except PmdeskError:
                self.cache[calendar_id] = None
        return self.cache[calendar_id]


def spread(calendar: WorkingCalendar, start: datetime, offset: int, span: int,
           amount: float, contour: WorkContour = WorkContour.FLAT) -> dict[date, float]:
    """``amount`` spread over ``span`` working minutes of ``calendar`` that begin ``offset``
    working minutes after ``start``, weighted by the contour's ten segments."""
    w0 = calendar.w_at(to_minutes(start)) + max(0, offset)
    if span <= 0:
        moment = calendar.start_of(w0) if offset > 0 else to_minutes(start)
        return {date.fromordinal(moment // DAY): amount}
    levels = SEGMENTS.get(contour, SEGMENTS[WorkContour.FLAT])
    total_level = sum(levels)
    w1 = w0 + span
    seg = span / 10
    result: dict[date, float] = {}
    first = calendar.start_of(w0) // DAY
    last = (calendar.end_of(w1) - 1) // DAY
    for ordinal in range(first, last + 1):
        lo = max(w0, calendar.w_at(ordinal * DAY))
        hi = min(w1, calendar.w_at((ordinal + 1) * DAY))
        if hi <= lo:
            continue
        share = 0.0
        for index, level in enumerate(levels):
            a, b = w0 + index * seg, w0 + (index + 1) * seg
            overlap = min(hi, b) - max(lo, a)
            if overlap > 0:
                share += overlap / seg * level / total_level
        if share:
            result[date.fromordinal(ordinal)] = amount * share
    return result


def daily_costs(data, schedule) -> DailyCosts:
    """Every assignment's cost and work per day, and every task's fixed cost per day."""
    out = DailyCosts()
    calendars = _Calendars(data)
    tasks = data.tasks
    for assignment in data.assignments.values():
        task = tasks.get(assignment.task_id)
        resource = data.resources.get(assignment.resource_id)
        if task is None or resource is None:
            continue
        out.resource_of[assignment.id] = resource.id
        out.task_of[assignment.id] = task.id
        parts = cost_parts(assignment, task, resource)
        scheduled = schedule.tasks.get(task.id) if schedule is not None else None
        if scheduled is None:
            out.unscheduled += parts.total
            continue
        task_cal = calendars.get(task.calendar_id)
        if resource.type == ResourceType.WORK and task_cal is not None:
            own = task_cal if task.ignore_resource_calendars or resource.calendar_id is None \
                else calendars.get(resource.calendar_id) or task_cal
            work = assignment_work(assignment, task)
            units = assignment.units if assignment.units > 0 else 1.0
            contour = contour_of(assignment.contour)
            span = contoured_span(round(work / units), contour)
            days = spread(own, scheduled.start, assignment.delay, span, 1.0, contour)
        elif task_cal is not None:
            span = task_cal.working_between(scheduled.start, scheduled.finish)
            days = spread(task_cal, scheduled.start, 0, span, 1.0)
        else:
            days = {scheduled.start.date(): 1.0}
        cost = {day: parts.spread * share for day, share in days.items()}
        if parts.per_use:
            first = min(days) if days else scheduled.start.date()
            cost[first] = cost.get(first, 0.0) + parts.per_use
        out.cost[assignment.id] = cost
        if resource.type == ResourceType.WORK:
            work = assignment_work(assignment, task)
            out.work[assignment.id] = {day: work * share for day, share in days.items()}
    for task in tasks.values():
        if not task.fixed_cost:
            continue
        scheduled = schedule.tasks.get(task.id) if schedule is not None else None
        if scheduled is None:
            out.unscheduled += task.fixed_cost
            continue
        out.fixed[task.id] = _fixed_days(task, scheduled, calendars)
    return out


def _fixed_days(task, scheduled, calendars: _Calendars) -> dict[date, float]:
    accrual = CostAccrual(task.fixed_cost_accrual)
    if accrual == CostAccrual.START:
        return {scheduled.start.date(): task.fixed_cost}
    if accrual == CostAccrual.END:
        # A finish at 17:00 is that day; one at midnight belongs to the day before it.
        finish = scheduled.finish
        day = finish.date() if finish.time() != datetime.min.time() or finish == scheduled.start \
            else date.fromordinal(finish.toordinal() - 1)
        return {day: task.fixed_cost}
    calendar = calendars.get(task.calendar_id)
    if calendar is None:
        return {scheduled.start.date(): task.fixed_cost}
    span = calendar.working_between(scheduled.start, scheduled.finish)
    return spread(calendar, scheduled.start, 0, span, task.fixed_cost)
