"""Costs (and work) time-phased, as MS Project's usage views show them: each assignment on
its resource's calendar from its task's start plus its start delay, its work spread to its
contour; per-use costs at the assignment's start; task fixed costs by their accrual (start,
prorated over the task, end). ``daily_costs`` gives days (the usage views); ``phased_costs``
gives any periods (the P&L's months or quarters) by the same rule, without a day loop.

Microsoft's "Fixed Cost Accrual (task field)": Start puts the fixed cost at the task's start,
End at its finish, Prorated spreads it as the task's work is done; "Cost Per Use (resource
field)": per-use costs accrue at the start of the assignment. Material and cost resources
have no time of their own: their cost is prorated over the task.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import accumulate

from pmdesk.core.entities import CostAccrual, ResourceType, WorkContour
from pmdesk.core.errors import PmdeskError
from pmdesk.core.scheduling.assigned import work_span
from pmdesk.core.scheduling.calendar import (
    DAY,
    WorkingCalendar,
    compiled_calendar,
    standard_calendar,
    to_minutes,
)
from pmdesk.core.scheduling.contours import SEGMENTS, contour_of
from pmdesk.core.scheduling.costs import assignment_work, cost_parts

_CUMULATIVE = {
    c: (tuple(accumulate(levels, initial=0)), sum(levels)) for c, levels in SEGMENTS.items()
}


@dataclass(slots=True)
class _Item:
    """Something to phase: ``amount`` over ``span`` working minutes of ``cal`` from working
    minute ``w0`` (to ``contour``), plus ``at_start`` at its first minute."""

    key: tuple  # ("a", assignment id) or ("f", task id)
    cal: WorkingCalendar | None
    start: int  # wall minute of the task's start
    w0: int
    span: int
    contour: WorkContour
    amount: float
    at_start: float = 0.0
    work: float = 0.0  # working minutes (work resources), phased like the amount


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
        found = self.cache.get(calendar_id)
        if found is not None:
            return found
        if calendar_id not in self.cache:
            data = self.data
            key = calendar_id if calendar_id is not None else data.plan.default_calendar_id
            calendar = data.calendars.get(key) if key is not None else None
            try:
                self.cache[calendar_id] = compiled_calendar(
                    calendar or standard_calendar(),
                    self.exceptions,
                    data.calendars,
                    origin=data.plan.start.toordinal(),
                )
            except PmdeskError:
                self.cache[calendar_id] = None
        return self.cache[calendar_id]


def _items(data, schedule, out: DailyCosts) -> list[_Item]:
    """What to phase: every scheduled assignment and fixed cost (the rest is unscheduled)."""
    calendars = _Calendars(data)
    items: list[_Item] = []
    tasks = data.tasks
    # Looked up once: this loop runs for every assignment at every P&L recompute.
    resources = data.resources
    scheduled_of = schedule.tasks.get if schedule is not None else {}.get
    resource_of, task_of = out.resource_of, out.task_of
    work_kind, flat = ResourceType.WORK, WorkContour.FLAT
    for assignment in data.assignments.values():
        task = tasks.get(assignment.task_id)
        resource = resources.get(assignment.resource_id)
        if task is None or resource is None:
            continue
        resource_of[assignment.id] = resource.id
        task_of[assignment.id] = task.id
        parts = cost_parts(assignment, task, resource)
        scheduled = scheduled_of(task.id)
        if scheduled is None:
            out.unscheduled += parts.total
            continue
        start = to_minutes(scheduled.start)
        task_cal = calendars.get(task.calendar_id)
        key = ("a", assignment.id)
        if resource.type == work_kind and task_cal is not None:
            # On the resource's calendar unless the task ignores it (MS Project's option).
            cal = (
                task_cal
                if task.ignore_resource_calendars or resource.calendar_id is None
                else calendars.get(resource.calendar_id) or task_cal
            )
            work = assignment_work(assignment, task)
            contour = flat if assignment.contour == flat else contour_of(assignment.contour)
            # The engine's own span (unrounded work / units), so that the days phased here end
            # where the scheduled finish is: rounding the work first could add a minute or two
            # and put a sliver of cost on the day after the finish.
            span = work_span(task, assignment, contour)  # assignment_span less the delay
            items.append(
                _Item(
                    key,
                    cal,
                    start,
                    cal.w_at(start) + max(0, assignment.delay),
                    span,
                    contour,
                    parts.spread,
                    parts.per_use,
                    float(work),
                )
            )
        elif task_cal is not None:
            w0 = task_cal.w_at(start)
            span = task_cal.w_at(to_minutes(scheduled.finish)) - w0
            items.append(_Item(key, task_cal, start, w0, span, flat, parts.spread, parts.per_use))
        else:
            items.append(_Item(key, None, start, 0, 0, flat, parts.spread, parts.per_use))
    for task in tasks.values():
        if not task.fixed_cost:
            continue
        scheduled = schedule.tasks.get(task.id) if schedule is not None else None
        if scheduled is None:
            out.unscheduled += task.fixed_cost
            continue
        start, finish = to_minutes(scheduled.start), to_minutes(scheduled.finish)
        cal = calendars.get(task.calendar_id)
        accrual = CostAccrual(task.fixed_cost_accrual)
        key = ("f", task.id)
        if accrual == CostAccrual.PRORATED and cal is not None:
            w0 = cal.w_at(start)
            items.append(
                _Item(key, cal, start, w0, cal.w_at(finish) - w0, WorkContour.FLAT, task.fixed_cost)
            )
        else:
            # At the start, or at the finish (a finish at midnight is the day before's end).
            moment = start if accrual == CostAccrual.START else max(start, finish - 1)
            items.append(_Item(key, None, moment, 0, 0, WorkContour.FLAT, task.fixed_cost))
    return items


def _fraction(x: float, span: int, contour: WorkContour) -> float:
    """Share of an assignment's amount done in its first ``x`` of ``span`` working minutes."""
    if x <= 0:
        return 0.0
    if x >= span:
        return 1.0
    cumulative = _CUMULATIVE.get(contour)
    if cumulative is None or contour == WorkContour.FLAT:
        return x / span
    cum, total = cumulative
    position = x * 10 / span
    k = min(int(position), 9)
    level = cum[k + 1] - cum[k]
    return (cum[k] + level * (position - k)) / total


def _phase(item: _Item, walls: list[int], cache: dict) -> list[tuple[int, float]]:
    """(bucket, share) of ``item`` over the periods between ``walls`` (wall minutes): bucket
    0 is before walls[0], bucket len(walls) after walls[-1], bucket i the period from
    walls[i-1] to walls[i]."""
    cal = item.cal
    if cal is None or item.span <= 0:
        moment = (
            item.start
            if cal is None
            else cal.start_of(item.w0)
            if item.w0 > cal.w_at(item.start)
            else item.start
        )
        return [(bisect_right(walls, moment), 1.0)]
    marks = cache.get(id(cal))
    if marks is None:
        marks = cache[id(cal)] = [cal.w_at(t) for t in walls]
    w0, w1 = item.w0, item.w0 + item.span
    first = bisect_right(marks, w0)
    last = bisect_left(marks, w1)
    shares = []
    done = 0.0
    for bucket in range(first, last + 1):
        upper = w1 if bucket == last else marks[bucket]
        reached = _fraction(upper - w0, item.span, item.contour)
        if reached > done:
            shares.append((bucket, reached - done))
        done = reached
    return shares


def phased_costs(
    data, schedule, walls: list[int], daily: DailyCosts | None = None, with_work: bool = True
):
    """Cost by bucket (see _phase) for each assignment id and fixed-cost task id:
    ({assignment: {bucket: cost}}, {task: {bucket: cost}}, {assignment: {bucket: work}});
    ``with_work`` False leaves the work out (the P&L reads costs only)."""
    out = daily if daily is not None else DailyCosts()
    cost: dict[int, dict[int, float]] = {}
    fixed: dict[int, dict[int, float]] = {}
    work: dict[int, dict[int, float]] = {}
    cache: dict = {}
    for item in _items(data, schedule, out):
        kind, ident = item.key
        target = (cost if kind == "a" else fixed).setdefault(ident, {})
        shares = _phase(item, walls, cache)
        amount = item.amount
        for bucket, share in shares:
            target[bucket] = target.get(bucket, 0.0) + amount * share
        if item.at_start:
            bucket = shares[0][0] if shares else bisect_right(walls, item.start)
            target[bucket] = target.get(bucket, 0.0) + item.at_start
        if item.work and with_work:
            phased = work.setdefault(ident, {})
            for bucket, share in shares:
                phased[bucket] = phased.get(bucket, 0.0) + item.work * share
    return cost, fixed, work, out


def daily_costs(data, schedule) -> DailyCosts:
    """Every assignment's cost and work per day, and every task's fixed cost per day."""
    out = DailyCosts()
    if schedule is None or not schedule.tasks:
        phased_costs(data, schedule, [], out)
        return out
    days = [s for s in schedule.tasks.values()]
    first = min(s.start for s in days).date() - timedelta(days=1)
    last = max(s.finish for s in days).date() + timedelta(days=2)
    walls = [(first.toordinal() + n) * DAY for n in range((last - first).days + 1)]
    cost, fixed, work, out = phased_costs(data, schedule, walls, out)

    # Bucket i is the day that begins at walls[i - 1]; the range leaves a day either side,
    # so buckets 0 and len(walls) stay empty (they would be the first and last day).
    day_of = [
        date.fromordinal(first.toordinal() + max(0, min(b, len(walls) - 1) - 1))
        for b in range(len(walls) + 1)
    ]

    def dated(buckets: dict[int, float]) -> dict[date, float]:
        return {day_of[b]: v for b, v in buckets.items() if v}

    out.cost = {k: dated(v) for k, v in cost.items()}
    out.fixed = {k: dated(v) for k, v in fixed.items()}
    out.work = {k: dated(v) for k, v in work.items()}
    return out


def spread(
    calendar: WorkingCalendar,
    start: datetime,
    offset: int,
    span: int,
    amount: float,
    contour: WorkContour = WorkContour.FLAT,
) -> dict[date, float]:
    """``amount`` spread by day over ``span`` working minutes of ``calendar`` that begin
    ``offset`` working minutes after ``start``, weighted by the contour."""
    t = to_minutes(start)
    item = _Item(("a", 0), calendar, t, calendar.w_at(t) + max(0, offset), span, contour, amount)
    ordinal = t // DAY - 1
    end = calendar.end_of(item.w0 + span) // DAY + 2
    walls = [(ordinal + n) * DAY for n in range(end - ordinal + 1)]
    return {
        date.fromordinal(ordinal + b - 1): amount * share
        for b, share in _phase(item, walls, {})
        if share
    }
