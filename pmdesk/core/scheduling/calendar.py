"""Working time: a Calendar entity (+ exceptions + base calendars) compiled for fast arithmetic.

Time inside the engine is an integer count of wall-clock minutes since 0001-01-01 00:00
("absolute minutes"). A compiled calendar keeps, per day ordinal, that day's working
intervals and the cumulative number of working minutes before the day, so converting between
wall time and "working-minute index" is a table lookup plus a walk over at most a few
intervals — never minute by minute. The tables grow a year at a time in either direction and
never re-base, so indexes handed out earlier stay valid.

Conventions (as MS Project shows them):
- W(t) is the number of working minutes before instant t (relative to a fixed origin).
- ``start_of(w)`` is the instant working minute w begins: the *next working minute*, used for
  starts ("08:00 Monday", not "17:00 Friday").
- ``end_of(w)`` is the instant right after working minute w-1 ends: used for finishes
  ("17:00 Friday", not "08:00 Monday").
- The engine encodes an instant on a calendar as a *key* ``2*w + form``, form 1 for the start
  form and 0 for the finish form; keys of one calendar order exactly like the instants.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from pmdesk.core.entities import Calendar, CalendarException
from pmdesk.core.scheduling.calendar_checks import (
    base_chain,
    calendar_problem,
    exception_problem,
    resolved_week,
)
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.recurrence import occurrence_dates
from pmdesk.core.standard_time import (
    DAYS_PER_MONTH,
    MINUTES_PER_DAY,
    MINUTES_PER_WEEK,
    standard_week,
)
from pmdesk.core.standard_time import STANDARD_HOURS as STANDARD_HOURS  # re-exported

if TYPE_CHECKING:
    from pmdesk.core.plandata import PlanData

DAY = 1440
# MS Project's "Standard" week (standard_time.py), for code that reads it as a table.
STANDARD_WEEK: dict[int, list[tuple[int, int]]] = standard_week()
_CHUNK_DAYS = 366
_MAX_SEARCH_DAYS = 366 * 50  # no working time within 50 years: the calendar is unusable
# The day tables cover at most these years (MS Project's own range is 1984-2149): a huge
# elapsed lag or duration is refused with a sentence instead of growing them to gigabytes.
FIRST_YEAR, LAST_YEAR = 1900, 2199
FIRST_ORDINAL = date(FIRST_YEAR, 1, 1).toordinal()
LAST_ORDINAL = date(LAST_YEAR, 12, 31).toordinal()
MAX_EXCEPTION_DAYS = 400_000  # day entries the exceptions of a calendar chain may write


def to_minutes(moment: datetime) -> int:
    """Absolute minutes of a naive datetime (seconds are dropped)."""
    return moment.toordinal() * DAY + moment.hour * 60 + moment.minute


def from_minutes(minutes: int) -> datetime:
    day, minute = divmod(minutes, DAY)
    d = date.fromordinal(day)
    return datetime(d.year, d.month, d.day, minute // 60, minute % 60)


def standard_calendar(calendar_id: int = 0, name: str = "Standard") -> Calendar:
    """A Calendar entity with MS Project's standard working week."""
    return Calendar(id=calendar_id, name=name, week=standard_week())


def default_calendar(data: PlanData) -> Calendar:
    """The plan's default calendar; the standard week when it has none (or names one that
    is gone: the checks before scheduling report that, views still draw)."""
    found = data.calendars.get(data.plan.default_calendar_id or -1)
    return found if found is not None else standard_calendar()


class WorkingCalendar:
    """A compiled calendar: fast conversions between wall time and working minutes.

    Build it with ``WorkingCalendar.compile(calendar, exceptions, calendars)`` where
    ``calendars`` maps id -> Calendar (for the base chain) and ``exceptions`` are all
    CalendarException entities of the plan (those of this calendar and its bases are used).
    """

    def __init__(
        self,
        name: str,
        week: dict[int, tuple[tuple[int, int], ...]],
        dated: dict[int, tuple[tuple[int, int], ...]],
        minutes_per_day: int = MINUTES_PER_DAY,
        minutes_per_week: int = MINUTES_PER_WEEK,
        days_per_month: int = DAYS_PER_MONTH,
        origin: int | None = None,
    ) -> None:
        self.name = name
        self.minutes_per_day = minutes_per_day
        self.minutes_per_week = minutes_per_week
        self.days_per_month = days_per_month
        self._week = week  # weekday -> intervals (already resolved through the base chain)
        self._dated = dated  # day ordinal -> intervals (every exception's days, resolved)
        if not any(week.values()) and not any(dated.values()):
            raise SchedulingError(f"The calendar {name!r} has no working time at all.")
        lo = origin if origin is not None else date.today().toordinal()
        lo = min(max(lo, FIRST_ORDINAL), LAST_ORDINAL)
        self._lo = lo  # day ordinal of _cum[0]
        self._cum: list[int] = [0]  # W at the start of day lo + i (one more entry than days)
        self._iv: list[tuple[tuple[int, int], ...]] = []  # intervals of day lo + i
        self._extend_up(min(_CHUNK_DAYS, LAST_ORDINAL + 1 - lo))
        self._extend_down(min(_CHUNK_DAYS, lo - FIRST_ORDINAL))

    # -- compiling ---------------------------------------------------------------------
    @classmethod
    def compile(
        cls,
        calendar: Calendar,
        exceptions: Iterable[CalendarException] = (),
        calendars: dict[int, Calendar] | None = None,
        origin: int | None = None,
    ) -> WorkingCalendar:
        calendars = dict(calendars or {})
        calendars.setdefault(calendar.id, calendar)
        try:
            chain = base_chain(calendar, calendars)
        except ValueError as error:
            raise SchedulingError(str(error)) from None
        for cal in chain:
            problem = calendar_problem(cal, calendars, need_work_week=False)
            if problem:
                raise SchedulingError(problem)
        # Sorted: files may list a day's working times in any order (checked above); the
        # pairs may be lists (JSON), the tables hold tuples.
        week = {
            day: tuple(sorted((start, end) for start, end in hours))
            for day, hours in resolved_week(chain).items()
        }
        by_calendar: dict[int, list[CalendarException]] = {}
        for exc in exceptions:
            by_calendar.setdefault(exc.calendar_id, []).append(exc)
        dated: dict[int, tuple[tuple[int, int], ...]] = {}
        written = 0
        # Nearer calendars override their bases on the same day (walk from the farthest
        # base to the calendar itself); within one calendar a dated exception overrides a
        # recurring one, and a later start a earlier one.
        for cal in reversed(chain):
            own = by_calendar.get(cal.id, ())
            for exc in sorted(own, key=lambda e: (e.recurrence is None, e.start, e.id)):
                problem = exception_problem(exc, cal.name, editing=False)
                if problem:
                    raise SchedulingError(problem)
                intervals = tuple(sorted((start, end) for start, end in exc.intervals))
                span = (exc.finish - exc.start).days
                for first in occurrence_dates(exc):
                    day = first.toordinal()
                    days = range(max(day, FIRST_ORDINAL), min(day + span, LAST_ORDINAL) + 1)
                    written += len(days)
                    if written > MAX_EXCEPTION_DAYS:  # checked before the work, not after
                        raise SchedulingError(
                            f"The exceptions of the calendar {calendar.name!r} and its base "
                            f"calendars cover more than {MAX_EXCEPTION_DAYS:,} days in all; "
                            "remove some or change the work week instead."
                        )
                    for ordinal in days:
                        dated[ordinal] = intervals
        return cls(
            calendar.name,
            week,
            dated,
            calendar.minutes_per_day,
            calendar.minutes_per_week,
            calendar.days_per_month,
            origin=origin,
        )

    # -- per day -----------------------------------------------------------------------
    def intervals_on(self, ordinal: int) -> tuple[tuple[int, int], ...]:
        """Working intervals (minutes from midnight) of the day with this ordinal."""
        found = self._dated.get(ordinal)
        if found is not None:
            return found
        return self._week[(ordinal - 1) % 7]  # ordinal 1 (0001-01-01) is a Monday

    def exception_days(self) -> dict[int, tuple[tuple[int, int], ...]]:
        """Day ordinal -> working intervals of every day an exception sets (for shading)."""
        return self._dated

    def _extend_up(self, days: int) -> None:
        cum, iv = self._cum, self._iv
        first = self._lo + len(iv)
        days = min(days, LAST_ORDINAL + 1 - first)
        if days <= 0:
            raise SchedulingError(_beyond("past", LAST_YEAR))
        total = cum[-1]
        for ordinal in range(first, first + days):
            intervals = self.intervals_on(ordinal)
            iv.append(intervals)
            for a, b in intervals:
                total += b - a
            cum.append(total)

    def _extend_down(self, days: int) -> None:
        days = min(days, self._lo - FIRST_ORDINAL)
        if days <= 0:
            raise SchedulingError(_beyond("before", FIRST_YEAR))
        new_iv = []
        new_cum = []
        total = self._cum[0]
        for ordinal in range(self._lo - 1, self._lo - 1 - days, -1):
            intervals = self.intervals_on(ordinal)
            new_iv.append(intervals)
            for a, b in intervals:
                total -= b - a
            new_cum.append(total)
        new_iv.reverse()
        new_cum.reverse()
        self._iv = new_iv + self._iv
        self._cum = new_cum + self._cum
        self._lo -= days

    def _ensure_day(self, ordinal: int) -> int:
        """Index of the day in the tables, growing them as needed (within the years
        FIRST_YEAR..LAST_YEAR: a day outside is refused before anything grows)."""
        if ordinal > LAST_ORDINAL:
            raise SchedulingError(_beyond("past", LAST_YEAR))
        if ordinal < FIRST_ORDINAL:
            raise SchedulingError(_beyond("before", FIRST_YEAR))
        index = ordinal - self._lo
        while index < 0:
            self._extend_down(max(_CHUNK_DAYS, -index))
            index = ordinal - self._lo
        while index >= len(self._iv):
            self._extend_up(max(_CHUNK_DAYS, index - len(self._iv) + 1))
        return index

    def _ensure_w(self, w: int) -> None:
        """Grow the tables until working minute index w lies strictly inside them."""
        idle = 0  # days added without any working time
        while w >= self._cum[-1]:
            before = self._cum[-1]
            self._extend_up(_CHUNK_DAYS)
            idle = idle + _CHUNK_DAYS if self._cum[-1] == before else 0
            if idle > _MAX_SEARCH_DAYS:
                raise SchedulingError(f"The calendar {self.name!r} has no working time ahead.")
        idle = 0
        while w <= self._cum[0]:
            before = self._cum[0]
            self._extend_down(_CHUNK_DAYS)
            idle = idle + _CHUNK_DAYS if self._cum[0] == before else 0
            if idle > _MAX_SEARCH_DAYS:
                raise SchedulingError(f"The calendar {self.name!r} has no working time before.")

    # -- integer arithmetic (absolute minutes / working-minute indexes) ----------------
    def w_at(self, t: int) -> int:
        """W(t): working minutes before absolute minute t."""
        ordinal, m = divmod(t, DAY)
        index = ordinal - self._lo
        if index < 0 or index >= len(self._iv):
            index = self._ensure_day(ordinal)
        w = self._cum[index]
        for a, b in self._iv[index]:
            if m >= b:
                w += b - a
            else:
                if m > a:
                    w += m - a
                break
        return w

    def start_of(self, w: int) -> int:
        """The instant working minute w begins (the next working minute at W == w)."""
        cum = self._cum
        if w >= cum[-1] or w < cum[0]:
            self._ensure_w(w)
            cum = self._cum
        index = bisect_right(cum, w) - 1
        r = w - cum[index]
        for a, b in self._iv[index]:
            if r < b - a:
                return (self._lo + index) * DAY + a + r
            r -= b - a
        raise AssertionError("working minute outside its day")  # pragma: no cover

    def end_of(self, w: int) -> int:
        """The instant right after working minute w-1 ends (a finish at W == w)."""
        cum = self._cum
        if w >= cum[-1] or w <= cum[0]:
            self._ensure_w(w)
            cum = self._cum
        index = bisect_left(cum, w) - 1
        r = w - cum[index]
        for a, b in self._iv[index]:
            if r <= b - a:
                return (self._lo + index) * DAY + a + r
            r -= b - a
        raise AssertionError("working minute outside its day")  # pragma: no cover

    def key_up(self, t: int) -> int:
        """The key of instant t, rounded up to working time when t is not at a boundary."""
        w = self.w_at(t)
        return 2 * w if self.end_of(w) == t else 2 * w + 1

    def key_down(self, t: int) -> int:
        """The key of instant t, rounded down to working time when t is not at a boundary."""
        w = self.w_at(t)
        return 2 * w + 1 if self.start_of(w) == t else 2 * w

    def wall(self, key: int) -> int:
        """Absolute minute of a key."""
        return self.start_of(key >> 1) if key & 1 else self.end_of(key >> 1)

    # -- datetime API ------------------------------------------------------------------
    def day_intervals(self, day: date) -> list[tuple[int, int]]:
        return list(self.intervals_on(day.toordinal()))

    def working_minutes_on(self, day: date) -> int:
        return sum(b - a for a, b in self.intervals_on(day.toordinal()))

    def is_working_day(self, day: date) -> bool:
        return bool(self.intervals_on(day.toordinal()))

    def is_working(self, moment: datetime) -> bool:
        """True when the minute starting at ``moment`` is working time."""
        t = to_minutes(moment)
        return self.w_at(t + 1) > self.w_at(t)

    def next_working(self, moment: datetime) -> datetime:
        """``moment`` if it is working time, else the start of the next working interval."""
        return from_minutes(self.start_of(self.w_at(to_minutes(moment))))

    def prev_working(self, moment: datetime) -> datetime:
        """``moment`` if working time or an interval's end, else the previous interval's end."""
        t = to_minutes(moment)
        w = self.w_at(t)
        if self.start_of(w) == t:
            return moment
        return from_minutes(self.end_of(w))

    def add_working(self, moment: datetime, minutes: int) -> datetime:
        """``moment`` plus (or minus) working minutes.

        A positive amount ends in finish form (a full day from 08:00 ends at 17:00 the same
        day, not 08:00 the next); a negative amount keeps the form of ``moment`` (17:00 Tuesday
        minus a day is 17:00 Monday, 08:00 Wednesday minus a day is 08:00 Tuesday); zero
        returns ``moment`` unchanged.
        """
        if minutes == 0:
            return moment
        t = to_minutes(moment)
        w = self.w_at(t)
        if minutes > 0:
            return from_minutes(self.end_of(w + minutes))
        if self.end_of(w) == t and self.start_of(w) != t:
            return from_minutes(self.end_of(w + minutes))
        return from_minutes(self.start_of(w + minutes))

    def working_between(self, a: datetime, b: datetime) -> int:
        """Working minutes from a to b (negative when b is before a)."""
        return self.w_at(to_minutes(b)) - self.w_at(to_minutes(a))

    def start_of_day(self, day: date) -> datetime | None:
        intervals = self.intervals_on(day.toordinal())
        if not intervals:
            return None
        return datetime(day.year, day.month, day.day) + timedelta(minutes=intervals[0][0])

    def end_of_day(self, day: date) -> datetime | None:
        intervals = self.intervals_on(day.toordinal())
        if not intervals:
            return None
        return datetime(day.year, day.month, day.day) + timedelta(minutes=intervals[-1][1])


def _beyond(where: str, year: int) -> str:
    return (
        f"The schedule reaches {where} the year {year}, outside the years {FIRST_YEAR} to "
        f"{LAST_YEAR} that pmdesk's calendars cover; a duration, lag or date is too large."
    )


_COMPILED: dict[tuple[object, ...], WorkingCalendar] = {}  # content key -> tables
_COMPILED_MAX = 16


def compiled_calendar(
    calendar: Calendar,
    exceptions: Iterable[CalendarException],
    calendars: dict[int, Calendar],
    origin: int | None = None,
) -> WorkingCalendar:
    """``WorkingCalendar.compile``, remembered for identical definitions.

    Compiling fills day tables over the years a plan spans; rescheduling the same plan (or
    another plan on the same calendar) reuses them. The key is the calendar's content and
    that of its base calendars and their exceptions, so an edit makes a new entry.
    """
    try:
        chain = base_chain(calendar, calendars)
    except ValueError:  # compile() explains what is wrong
        return WorkingCalendar.compile(calendar, exceptions, calendars, origin=origin)
    seen = {c.id for c in chain}
    key = (
        tuple(
            (c.id, c.name, c.base_id, c.minutes_per_day, c.minutes_per_week, c.days_per_month,
             tuple(sorted((day, tuple(map(tuple, hours))) for day, hours in c.week.items())))
            for c in chain
        ),
        tuple(sorted(
            ((e.calendar_id, e.id, e.start, e.finish, tuple(map(tuple, e.intervals)),
              e.recurrence, e.until, e.name, e.period, tuple(e.weekdays), e.month_day, e.nth,
              e.nth_weekday, e.month, e.occurrences)
             for e in exceptions if e.calendar_id in seen),
            key=lambda k: (k[0], k[1]),  # ids are unique: None never meets a value
        )),
    )  # fmt: skip
    found = _COMPILED.get(key)
    if found is None:
        found = WorkingCalendar.compile(calendar, exceptions, calendars, origin=origin)
        if len(_COMPILED) >= _COMPILED_MAX:
            del _COMPILED[next(iter(_COMPILED))]
        _COMPILED[key] = found
    return found
