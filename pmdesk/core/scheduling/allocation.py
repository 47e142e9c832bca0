"""Time-phased resource allocation: how much of each work resource's time the schedule uses
per day and per week, and where that exceeds the resource's maximum units (over-allocation).

An assignment's work is spread over the working time of its task between the scheduled start
and finish, on the calendar the engine scheduled the task on (a "flat" contour, as MS Project
does by default). A day's allocated units are the assigned work that day divided by the
resource's own working time that day: two full-day tasks at 100 % on one person give 200 %.
Material and cost resources have no time to over-allocate and are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from pmdesk.core.entities import Calendar, ResourceType
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import (
    DAY,
    WorkingCalendar,
    compiled_calendar,
    default_calendar,
    to_minutes,
)
from pmdesk.core.standard_time import MINUTES_PER_DAY
from pmdesk.core.scheduling.taskcalendars import CalendarKey, compile_key, task_calendar_keys

# Work is compared in minutes: half a minute of tolerance absorbs rounding of units x minutes.
TOLERANCE_MINUTES = 0.5


@dataclass(slots=True)
class PeriodLoad:
    """One period (a day or a week) of one resource."""

    start: date
    days: int
    work: float  # assigned working minutes
    available: int  # the resource's working minutes at 100 %
    max_units: float
    over: bool  # some day of the period is over-allocated

    @property
    def units(self) -> float:
        """Allocated units (1.0 == 100 %); work on a day the resource does not work counts as
        a full day's units, so it always shows as over-allocated."""
        if self.available > 0:
            return self.work / self.available
        return self.work / MINUTES_PER_DAY if self.work else 0.0

    @property
    def capacity(self) -> float:
        """Working minutes the resource can give in the period at its maximum units."""
        return self.max_units * self.available


@dataclass(slots=True)
class ResourceAllocation:
    """The time-phased load of one work resource."""

    resource_id: int
    max_units: float
    calendar: WorkingCalendar
    work: dict[date, float] = field(default_factory=dict)  # day -> assigned minutes
    by_task: dict[int, dict[date, float]] = field(default_factory=dict)  # task -> day -> min

    available: dict[date, int] = field(default_factory=dict)  # memo, shared per calendar

    def available_on(self, day: date) -> int:
        minutes = self.available.get(day)
        if minutes is None:
            minutes = self.available[day] = self.calendar.working_minutes_on(day)
        return minutes

    def day(self, day: date) -> PeriodLoad:
        work = self.work.get(day, 0.0)
        available = self.available_on(day)
        return PeriodLoad(day, 1, work, available, self.max_units,
                          _over(work, available, self.max_units))

    def units_on(self, day: date) -> float:
        return self.day(day).units

    def overallocated_days(self) -> list[date]:
        return sorted(d for d, work in self.work.items()
                      if _over(work, self.available_on(d), self.max_units))

    @property
    def overallocated(self) -> bool:
        return any(_over(work, self.available_on(d), self.max_units)
                   for d, work in self.work.items())

    def peak_units(self) -> float:
        return max((self.units_on(d) for d in self.work), default=0.0)

    def tasks_on(self, day: date) -> dict[int, float]:
        """Task id -> minutes of work on ``day``."""
        return {tid: days[day] for tid, days in self.by_task.items() if days.get(day, 0) > 0}

    def weeks(self, first: date, count: int) -> list[PeriodLoad]:
        """``count`` weeks from the Monday of ``first``'s week."""
        monday = first - timedelta(days=first.weekday())
        result = []
        for index in range(count):
            start = monday + timedelta(weeks=index)
            work = 0.0
            available = 0
            over = False
            for offset in range(7):
                day = start + timedelta(days=offset)
                day_work = self.work.get(day, 0.0)
                day_available = self.available_on(day)
                work += day_work
                available += day_available
                over = over or _over(day_work, day_available, self.max_units)
            result.append(PeriodLoad(start, 7, work, available, self.max_units, over))
        return result


def _over(work: float, available: int, max_units: float) -> bool:
    """Over-allocated: more work than the resource can give at its maximum units."""
    return work > max_units * available + TOLERANCE_MINUTES


# -- calendars ---------------------------------------------------------------------------------
class PlanCalendars:
    """The plan's compiled calendars, looked up by id (None: the plan's default calendar)."""

    def __init__(self, data: PlanData) -> None:
        self._data = data
        self._exceptions = list(data.calendar_exceptions.values())
        self._compiled: dict[int | None, WorkingCalendar] = {}
        self._default: Calendar = default_calendar(data)
        self._task_calendar = task_calendar_ids(data)
        self._minutes: dict[int, dict[date, int]] = {}  # id(calendar) -> day -> minutes
        # (task id, start, finish) -> (working minutes per day, total): a task that did not
        # move spreads the same way again (leveling allocates once per round).
        self.spreads: dict[tuple, tuple[dict[date, int], int]] = {}

    def minutes_memo(self, calendar: WorkingCalendar) -> dict[date, int]:
        """A shared day -> working minutes memo for one compiled calendar."""
        return self._minutes.setdefault(id(calendar), {})

    def get(self, calendar_id: CalendarKey | None) -> WorkingCalendar:
        found = self._compiled.get(calendar_id)
        if found is None and isinstance(calendar_id, tuple):
            found = compile_key(calendar_id, self.get, self._data.plan.start.toordinal())
            self._compiled[calendar_id] = found
        if found is None:
            calendar = self._data.calendars.get(calendar_id) if calendar_id is not None else None
            found = compiled_calendar(
                calendar or self._default, self._exceptions, self._data.calendars,
                origin=self._data.plan.start.toordinal(),
            )
            self._compiled[calendar_id] = found
        return found

    def of_task(self, task_id: int) -> WorkingCalendar:
        return self.get(self._task_calendar.get(task_id))

    def of_resource(self, resource_id: int) -> WorkingCalendar:
        resource = self._data.resources.get(resource_id)
        return self.get(resource.calendar_id if resource is not None else None)


def task_calendar_ids(data: PlanData) -> dict[int, CalendarKey]:
    """Task id -> calendar key for tasks off the default calendar, by the engine's rule
    (taskcalendars.py); resources on calendars that do not exist are left out."""
    return task_calendar_keys(data, check=False)


# -- spreading work ----------------------------------------------------------------------------
def working_minutes_by_day(calendar: WorkingCalendar, start: datetime,
                           finish: datetime) -> dict[date, int]:
    """Working minutes of ``calendar`` per day within [start, finish)."""
    result: dict[date, int] = {}
    if finish <= start:
        return result
    t0, t1 = to_minutes(start), to_minutes(finish)
    for ordinal in range(t0 // DAY, (t1 - 1) // DAY + 1):
        base = ordinal * DAY
        minutes = 0
        for a, b in calendar.intervals_on(ordinal):
            lo, hi = max(base + a, t0), min(base + b, t1)
            if hi > lo:
                minutes += hi - lo
        if minutes:
            result[date.fromordinal(ordinal)] = minutes
    return result


def _wall_minutes_by_day(start: datetime, finish: datetime) -> dict[date, int]:
    """Wall-clock minutes per day within [start, finish) (an elapsed task off working time)."""
    result: dict[date, int] = {}
    t0, t1 = to_minutes(start), to_minutes(finish)
    for ordinal in range(t0 // DAY, (t1 - 1) // DAY + 1):
        base = ordinal * DAY
        minutes = min(base + DAY, t1) - max(base, t0)
        if minutes > 0:
            result[date.fromordinal(ordinal)] = minutes
    return result


def allocate(data: PlanData, schedule, calendars: PlanCalendars | None = None,
             resource_ids: Iterable[int] | None = None) -> dict[int, ResourceAllocation]:
    """Resource id -> ResourceAllocation for the plan's work resources under ``schedule``."""
    calendars = calendars or PlanCalendars(data)
    wanted = set(resource_ids) if resource_ids is not None else None
    result: dict[int, ResourceAllocation] = {}
    for resource in data.resources.values():
        if resource.type != ResourceType.WORK or (wanted is not None and resource.id not in wanted):
            continue
        calendar = calendars.of_resource(resource.id)
        result[resource.id] = ResourceAllocation(
            resource.id, resource.max_units, calendar,
            available=calendars.minutes_memo(calendar))
    if schedule is None:
        return result
    spans: dict[int, tuple[dict[date, int], int]] = {}
    spreads = calendars.spreads
    for assignment in data.assignments.values():
        allocation = result.get(assignment.resource_id)
        task = data.tasks.get(assignment.task_id)
        if allocation is None or task is None:
            continue
        span = spans.get(task.id)
        if span is None:
            scheduled = schedule.tasks.get(task.id)
            if scheduled is None:
                continue
            key = (task.id, scheduled.start, scheduled.finish)
            span = spreads.get(key)
            if span is None:
                per_day = working_minutes_by_day(calendars.of_task(task.id), scheduled.start,
                                                 scheduled.finish)
                if not per_day and scheduled.finish > scheduled.start:
                    per_day = _wall_minutes_by_day(scheduled.start, scheduled.finish)
                span = spreads[key] = (per_day, sum(per_day.values()))
            spans[task.id] = span
        per_day, total = span
        if not total:
            continue  # a milestone or zero-length task takes no time
        # Work per minute of the task: its units, or explicit work spread evenly (flat contour).
        rate = assignment.units if assignment.work is None else assignment.work / total
        if rate <= 0:
            continue
        own = allocation.by_task.setdefault(task.id, {})
        for day, minutes in per_day.items():
            work = minutes * rate
            own[day] = own.get(day, 0.0) + work
            allocation.work[day] = allocation.work.get(day, 0.0) + work
    return result


# -- work and cost per assignment ------------------------------------------------------------
def assignment_work(assignment, task) -> int:
    """Working minutes of an assignment (work resources): its own work, else duration x units
    — the rule the engine's task work and cost use (runresult.work_and_cost)."""
    if assignment.work is not None:
        return int(assignment.work)
    return round(task.duration * assignment.units)


def assignment_cost(assignment, resource, task) -> float:
    """Cost of an assignment by the engine's rule: work resources hours x standard rate,
    material units x rate, plus the cost per use; cost resources their cost per use."""
    rtype = ResourceType(resource.type)
    if rtype == ResourceType.WORK:
        return assignment_work(assignment, task) / 60 * resource.standard_rate \
            + resource.cost_per_use
    if rtype == ResourceType.MATERIAL:
        return assignment.units * resource.standard_rate + resource.cost_per_use
    return resource.cost_per_use
