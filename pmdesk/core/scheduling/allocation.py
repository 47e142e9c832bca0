"""Time-phased resource allocation: each work resource's load as a step function over its
working minutes (loadprofile.py), with the work per day and week the usage views show and the
days where it exceeds the resource's maximum units (over-allocation).

An assignment's work falls where the engine scheduled it (workpieces.py): on its task's
calendar between the scheduled start and finish, or on its resource's own calendar for a task
scheduled from its assignments, to its contour, around the pauses of a split task. A day is
over-allocated when the load exceeds the maximum units at any minute of it — MS Project's
peak units: 50 % and 100 % on the same morning is 150 % even when the day's total would fit.
Work scheduled where the resource does not work at all counts as over-allocation too. Material
and cost resources have no time to over-allocate and are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from pmdesk.core.entities import Calendar, ResourceType
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.assigned import assignments_to_schedule
from pmdesk.core.scheduling.calendar import (
    DAY,
    WorkingCalendar,
    compiled_calendar,
    default_calendar,
    to_minutes,
)
from pmdesk.core.scheduling.loadprofile import UNITS_TOLERANCE, LoadProfile
from pmdesk.core.scheduling.taskcalendars import CalendarKey, compile_key, task_calendar_keys
from pmdesk.core.scheduling.workpieces import (
    Piece,
    pieces_from_assignment,
    pieces_on_task_calendar,
)
from pmdesk.core.standard_time import MINUTES_PER_DAY

if TYPE_CHECKING:
    from pmdesk.core.scheduling.result import Schedule

# Work is compared in minutes: half a minute of tolerance absorbs rounding of units x minutes.
TOLERANCE_MINUTES = 0.5
# (day, working-minute index at its midnight, at the next midnight) of one calendar's day,
# remembered by (id(calendar), day ordinal) (see _day_ranges).
DaySpan = tuple[date, int, int]
DaySpans = dict[tuple[int, int], DaySpan]


@dataclass(slots=True)
class PeriodLoad:
    """One period (a day or a week) of one resource."""

    start: date
    days: int
    work: float  # assigned working minutes
    available: int  # the resource's working minutes at 100 %
    max_units: float
    over: bool  # the load exceeds the maximum units at some minute of the period
    # The highest units at any minute of an over-allocated period (0.0 when within the
    # maximum).
    peak: float = 0.0

    @property
    def units(self) -> float:
        """Allocated units (1.0 == 100 %) on average over the period; work on a day the
        resource does not work counts as a full day's units, so it always shows."""
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
    available: dict[date, int] = field(default_factory=dict)  # memo, shared per calendar
    profile: LoadProfile = field(default_factory=LoadProfile)
    pieces: dict[int, list[Piece]] = field(default_factory=dict)  # task -> its stretches
    off_time: dict[int, float] = field(default_factory=dict)  # task -> work off the calendar
    off_days: dict[date, float] = field(default_factory=dict)  # day -> work off the calendar
    _off_spans: dict[int, tuple[int, int, float]] = field(default_factory=dict)
    _over: dict[date, float] | None = None  # day -> peak units, days over the maximum
    _any_over: bool | None = None
    # Work per day, worked out from the pieces when first asked for (a view shows only some
    # resources: allocating 10,000 tasks does not spread them all over days).
    _work: dict[date, float] | None = None
    _by_task: dict[int, dict[date, float]] | None = None
    _day_span: DaySpans = field(default_factory=dict)

    @property
    def work(self) -> dict[date, float]:
        """Day -> assigned working minutes."""
        found = self._work
        if found is None:
            found, _by_task = self._spread_days()
        return found

    @property
    def by_task(self) -> dict[int, dict[date, float]]:
        """Task id -> day -> working minutes."""
        found = self._by_task
        if found is None:
            _work, found = self._spread_days()
        return found

    def _spread_days(self) -> tuple[dict[date, float], dict[int, dict[date, float]]]:
        work: dict[date, float] = {}
        by_task: dict[int, dict[date, float]] = {}
        cal, memo = self.calendar, self._day_span
        for task_id, pieces in self.pieces.items():
            own = by_task.setdefault(task_id, {})
            for a, b, rate in pieces:
                for day, lo, hi in _day_ranges(cal, a, b, memo):
                    minutes = (min(b, hi) - max(a, lo)) * rate
                    if minutes > 0:
                        own[day] = own.get(day, 0.0) + minutes
                        work[day] = work.get(day, 0.0) + minutes
        for task_id, (start, finish, minutes) in self._off_spans.items():
            days = range(start // DAY, max(start // DAY, (finish - 1) // DAY) + 1)
            own = by_task.setdefault(task_id, {})
            for ordinal in days:
                day = date.fromordinal(ordinal)
                own[day] = own.get(day, 0.0) + minutes / len(days)
        self._work, self._by_task = work, by_task
        return work, by_task

    def first_and_last_day(self) -> tuple[date, date] | None:
        """The first and last day with work, or None."""
        starts = [p[0][0] for p in self.pieces.values() if p]
        ends = [max(b for _a, b, _r in p) for p in self.pieces.values() if p]
        cal = self.calendar
        days = (
            [
                date.fromordinal(cal.start_of(min(starts)) // DAY),
                date.fromordinal((cal.end_of(max(ends)) - 1) // DAY),
            ]
            if starts
            else []
        )
        days += list(self.off_days)
        return (min(days), max(days)) if days else None

    def available_on(self, day: date) -> int:
        minutes = self.available.get(day)
        if minutes is None:
            minutes = self.available[day] = self.calendar.working_minutes_on(day)
        return minutes

    def over_peaks(self) -> dict[date, float]:
        """Day -> peak units of each over-allocated day (work where the resource does not
        work counts as infinitely many units)."""
        if self._over is None:
            found: dict[date, float] = {}
            cal = self.calendar
            for a, b, level in self.profile.over_runs(self.max_units):
                for day in days_between(cal, a, b):
                    if level > found.get(day, 0.0):
                        found[day] = level
            for day in self.off_days:
                found[day] = float("inf")
            self._over = found
        return self._over

    def day(self, day: date) -> PeriodLoad:
        work = self.work.get(day, 0.0) + self.off_days.get(day, 0.0)
        available = self.available_on(day)
        over = self.over_peaks().get(day)
        return PeriodLoad(
            day,
            1,
            work,
            available,
            self.max_units,
            over is not None,
            over if over is not None else 0.0,
        )

    def units_on(self, day: date) -> float:
        return self.day(day).units

    def overallocated_days(self) -> list[date]:
        return sorted(self.over_peaks())

    @property
    def overallocated(self) -> bool:
        if self._over is not None:
            return bool(self._over)
        if self._any_over is None:  # a scan, without working out the days
            limit = self.max_units + UNITS_TOLERANCE
            self._any_over = bool(self.off_days) or any(
                level > limit for level in self.profile.levels
            )
        return self._any_over

    def peak_units(self) -> float:
        """MS Project's Peak: the highest units at any minute."""
        return self.profile.peak()

    def tasks_on(self, day: date) -> dict[int, float]:
        """Task id -> minutes of work on ``day``."""
        return {tid: days[day] for tid, days in self.by_task.items() if days.get(day, 0) > 0}

    def weeks(self, first: date, count: int) -> list[PeriodLoad]:
        """``count`` weeks from the Monday of ``first``'s week."""
        monday = first - timedelta(days=first.weekday())
        return [self.period(monday + timedelta(weeks=index), 7) for index in range(count)]

    def period(self, start: date, days: int) -> PeriodLoad:
        """``days`` days from ``start`` as one period."""
        over_days = self.over_peaks()
        work = 0.0
        available = 0
        over = False
        peak = 0.0
        for offset in range(days):
            day = start + timedelta(days=offset)
            work += self.work.get(day, 0.0) + self.off_days.get(day, 0.0)
            available += self.available_on(day)
            if day in over_days:
                over = True
                peak = max(peak, over_days[day])
        return PeriodLoad(start, days, work, available, self.max_units, over, peak)

    def add_pieces(
        self, task_id: int, pieces: list[Piece], day_span: DaySpans | None = None
    ) -> None:
        """Book a task's stretches into the step function."""
        if not pieces:
            return
        self.pieces.setdefault(task_id, []).extend(pieces)
        add = self.profile.add
        for a, b, rate in pieces:
            add(a, b, rate)
        self._over = self._work = self._by_task = self._any_over = None

    def add_off_time(self, task_id: int, work: float, start: int, finish: int) -> None:
        """Work of a task scheduled where the resource does not work at all."""
        self.off_time[task_id] = self.off_time.get(task_id, 0.0) + work
        self._off_spans[task_id] = (start, finish, work)
        days = list(range(start // DAY, max(start // DAY, (finish - 1) // DAY) + 1))
        for ordinal in days:
            day = date.fromordinal(ordinal)
            self.off_days[day] = self.off_days.get(day, 0.0) + work / len(days)
        self._over = self._work = self._by_task = self._any_over = None


def _day_ranges(cal: WorkingCalendar, a: int, b: int, memo: DaySpans) -> Iterator[DaySpan]:
    """(day, first, last working minute) of each day that working minutes [a, b) touch."""
    ordinal = cal.start_of(a) // DAY
    while True:
        found = memo.get((id(cal), ordinal))
        if found is None:
            found = memo[(id(cal), ordinal)] = (
                date.fromordinal(ordinal),
                cal.w_at(ordinal * DAY),
                cal.w_at((ordinal + 1) * DAY),
            )
        yield found
        if found[2] >= b:
            return
        ordinal += 1


def days_between(cal: WorkingCalendar, a: int, b: int) -> list[date]:
    """The days working minutes [a, b) of ``cal`` fall on."""
    if b <= a:
        return []
    first, last = cal.start_of(a) // DAY, (cal.end_of(b) - 1) // DAY
    return [
        date.fromordinal(o)
        for o in range(first, last + 1)
        if cal.w_at((o + 1) * DAY) > cal.w_at(o * DAY)
    ]


# -- calendars ---------------------------------------------------------------------------------
class PlanCalendars:
    """The plan's compiled calendars, looked up by id (None: the plan's default calendar)."""

    def __init__(self, data: PlanData) -> None:
        self._data = data
        self._exceptions = list(data.calendar_exceptions.values())
        self._compiled: dict[CalendarKey | None, WorkingCalendar] = {}
        self._default: Calendar = default_calendar(data)
        self._task_calendar = task_calendar_ids(data)
        self._minutes: dict[int, dict[date, int]] = {}  # id(calendar) -> day -> minutes
        self.day_spans: DaySpans = {}  # shared by the resources' allocations

    def minutes_memo(self, calendar: WorkingCalendar) -> dict[date, int]:
        """A shared day -> working minutes memo for one compiled calendar."""
        return self._minutes.setdefault(id(calendar), {})

    def get(self, calendar_id: CalendarKey | None) -> WorkingCalendar:
        found = self._compiled.get(calendar_id)
        if found is None:
            if isinstance(calendar_id, tuple):
                found = compile_key(calendar_id, self.get, self._data.plan.start.toordinal())
            else:
                calendar = (
                    self._data.calendars.get(calendar_id) if calendar_id is not None else None
                )
                found = compiled_calendar(
                    calendar or self._default,
                    self._exceptions,
                    self._data.calendars,
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


# -- allocating ------------------------------------------------------------------------------
def working_minutes_by_day(
    calendar: WorkingCalendar, start: datetime, finish: datetime
) -> dict[date, int]:
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


def allocate(
    data: PlanData,
    schedule: Schedule | None,
    calendars: PlanCalendars | None = None,
    resource_ids: Iterable[int] | None = None,
) -> dict[int, ResourceAllocation]:
    """Resource id -> ResourceAllocation for the plan's work resources under ``schedule``."""
    calendars = calendars or PlanCalendars(data)
    wanted = set(resource_ids) if resource_ids is not None else None
    result: dict[int, ResourceAllocation] = {}
    for resource in data.resources.values():
        if resource.type != ResourceType.WORK or (wanted is not None and resource.id not in wanted):
            continue
        calendar = calendars.of_resource(resource.id)
        result[resource.id] = ResourceAllocation(
            resource.id,
            resource.max_units,
            calendar,
            available=calendars.minutes_memo(calendar),
            _day_span=calendars.day_spans,
        )
    if schedule is None:
        return result
    from_assignments = assignments_to_schedule(data)
    walls: dict[int, tuple[int, int] | None] = {}
    day_span: DaySpans = {}
    tasks, scheduled_tasks = data.tasks, schedule.tasks
    for assignment in data.assignments.values():
        allocation = result.get(assignment.resource_id)
        task = tasks.get(assignment.task_id)
        if allocation is None or task is None:
            continue
        tid = task.id
        if tid in walls:
            span = walls[tid]
        else:
            scheduled = scheduled_tasks.get(tid)
            span = walls[tid] = (
                None
                if scheduled is None or scheduled.summary
                else (to_minutes(scheduled.start), to_minutes(scheduled.finish))
            )
        if span is None or span[1] <= span[0]:
            continue  # a milestone or zero-length task takes no time
        if tid in from_assignments and not task.duration_elapsed:
            pieces, off = (
                pieces_from_assignment(task, assignment, span[0], allocation.calendar),
                0.0,
            )
        else:
            pieces, off = pieces_on_task_calendar(
                task, assignment, span[0], span[1], calendars.of_task(tid), allocation.calendar
            )
        allocation.add_pieces(tid, pieces, day_span)
        if off > 0:
            allocation.add_off_time(tid, off, span[0], span[1])
    return result
