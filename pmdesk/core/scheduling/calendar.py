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

from pmdesk.core.entities import Calendar, CalendarException
from pmdesk.core.scheduling.errors import SchedulingError

DAY = 1440
# MS Project's "Standard" calendar: Monday to Friday, 08:00-12:00 and 13:00-17:00.
STANDARD_HOURS: tuple[tuple[int, int], ...] = ((480, 720), (780, 1020))
STANDARD_WEEK: dict[int, list[tuple[int, int]]] = {day: list(STANDARD_HOURS) for day in range(5)}
_CHUNK_DAYS = 366
_MAX_SEARCH_DAYS = 366 * 50  # no working time within 50 years: the calendar is unusable


def to_minutes(moment: datetime) -> int:
    """Absolute minutes of a naive datetime (seconds are dropped)."""
    return moment.toordinal() * DAY + moment.hour * 60 + moment.minute


def from_minutes(minutes: int) -> datetime:
    day, minute = divmod(minutes, DAY)
    d = date.fromordinal(day)
    return datetime(d.year, d.month, d.day, minute // 60, minute % 60)


def standard_calendar(calendar_id: int = 0, name: str = "Standard") -> Calendar:
    """A Calendar entity with MS Project's standard working week."""
    return Calendar(id=calendar_id, name=name, week={d: list(STANDARD_HOURS) for d in range(5)})


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
        yearly: list[tuple[int, date, int, tuple[tuple[int, int], ...], date | None]],
        minutes_per_day: int = 480,
        minutes_per_week: int = 2400,
        days_per_month: int = 20,
        origin: int | None = None,
    ) -> None:
        self.name = name
        self.minutes_per_day = minutes_per_day
        self.minutes_per_week = minutes_per_week
        self.days_per_month = days_per_month
        self._week = week  # weekday -> intervals (already resolved through the base chain)
        self._dated = dated  # day ordinal -> intervals (exceptions, base chain resolved)
        self._yearly = yearly  # (priority, first day, span days, intervals, until)
        if not any(week.values()) and not any(dated.values()) and not any(y[3] for y in yearly):
            raise SchedulingError(f"The calendar {name!r} has no working time at all.")
        self._expanded_years: set[int] = set()
        self._yearly_days: dict[int, tuple[tuple[int, int], ...]] = {}
        lo = origin if origin is not None else date.today().toordinal()
        self._lo = lo  # day ordinal of _cum[0]
        self._cum: list[int] = [0]  # W at the start of day lo + i (one more entry than days)
        self._iv: list[tuple[tuple[int, int], ...]] = []  # intervals of day lo + i
        self._extend_up(_CHUNK_DAYS)
        self._extend_down(_CHUNK_DAYS)

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
        chain = [calendar]
        seen = {calendar.id}
        while chain[-1].base_id is not None:
            base = calendars.get(chain[-1].base_id)
            if base is None:
                raise SchedulingError(
                    f"The calendar {calendar.name!r} is based on a calendar that does not exist."
                )
            if base.id in seen:
                raise SchedulingError(f"The calendar {calendar.name!r} is based on itself.")
            seen.add(base.id)
            chain.append(base)
        week: dict[int, tuple[tuple[int, int], ...]] = {}
        for weekday in range(7):
            for cal in chain:  # a weekday missing from a calendar inherits from its base
                if weekday in cal.week:
                    week[weekday] = _clean(cal.week[weekday], cal.name)
                    break
            else:
                week[weekday] = ()
        by_calendar: dict[int, list[CalendarException]] = {}
        for exc in exceptions:
            by_calendar.setdefault(exc.calendar_id, []).append(exc)
        dated: dict[int, tuple[tuple[int, int], ...]] = {}
        yearly = []
        # The calendar's own exceptions override its base's on the same day: walk from the
        # farthest base to the calendar itself so nearer calendars overwrite.
        for priority, cal in enumerate(reversed(chain)):
            for exc in sorted(by_calendar.get(cal.id, ()), key=lambda e: (e.start, e.id)):
                if exc.finish < exc.start:
                    raise SchedulingError(
                        f"The calendar exception {exc.name or exc.id!r} ends before it starts."
                    )
                intervals = _clean(exc.intervals, cal.name)
                if exc.recurrence == "yearly":
                    span = (exc.finish - exc.start).days
                    yearly.append((priority, exc.start, span, intervals, exc.until))
                elif exc.recurrence:
                    raise SchedulingError(
                        f"The calendar exception {exc.name or exc.id!r} has an unknown "
                        f"recurrence {exc.recurrence!r}."
                    )
                else:
                    for ordinal in range(exc.start.toordinal(), exc.finish.toordinal() + 1):
                        dated[ordinal] = intervals
        return cls(
            calendar.name,
            week,
            dated,
            yearly,
            calendar.minutes_per_day,
            calendar.minutes_per_week,
            calendar.days_per_month,
            origin=origin,
        )

    # -- per day -----------------------------------------------------------------------
    def _expand_year(self, year: int) -> None:
        self._expanded_years.add(year)
        # Lower priority first so the calendar's own recurring exceptions win over its base's.
        for _priority, first, span, intervals, until in sorted(self._yearly, key=lambda y: y[0]):
            if year < first.year:
                continue
            try:
                day = first.replace(year=year)
            except ValueError:  # 29 February in a common year
                continue
            if until is not None and day > until:
                continue
            for offset in range(span + 1):
                self._yearly_days[day.toordinal() + offset] = intervals

    def intervals_on(self, ordinal: int) -> tuple[tuple[int, int], ...]:
        """Working intervals (minutes from midnight) of the day with this ordinal."""
        found = self._dated.get(ordinal)
        if found is not None:
            return found
        if self._yearly:
            year = date.fromordinal(ordinal).year
            if year not in self._expanded_years:
                self._expand_year(year)
                self._expand_year(year - 1)  # a range may run over New Year
            found = self._yearly_days.get(ordinal)
            if found is not None:
                return found
        return self._week[(ordinal - 1) % 7]  # ordinal 1 (0001-01-01) is a Monday

    def _extend_up(self, days: int) -> None:
        cum, iv = self._cum, self._iv
        first = self._lo + len(iv)
        total = cum[-1]
        for ordinal in range(first, first + days):
            intervals = self.intervals_on(ordinal)
            iv.append(intervals)
            for a, b in intervals:
                total += b - a
            cum.append(total)

    def _extend_down(self, days: int) -> None:
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
        """Index of the day in the tables, growing them as needed."""
        index = ordinal - self._lo
        while index < 0:
            self._extend_down(max(_CHUNK_DAYS, -index))
            index = ordinal - self._lo
        while index >= len(self._iv):
            self._extend_up(max(_CHUNK_DAYS, index - len(self._iv) + 1))
        return index

    def _ensure_w(self, w: int) -> None:
        """Grow the tables until working minute index w lies strictly inside them."""
        grown = 0
        while w >= self._cum[-1]:
            self._extend_up(_CHUNK_DAYS)
            grown += _CHUNK_DAYS
            if grown > _MAX_SEARCH_DAYS:
                raise SchedulingError(f"The calendar {self.name!r} has no working time ahead.")
        grown = 0
        while w <= self._cum[0]:
            self._extend_down(_CHUNK_DAYS)
            grown += _CHUNK_DAYS
            if grown > _MAX_SEARCH_DAYS:
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


def _clean(intervals, calendar_name: str) -> tuple[tuple[int, int], ...]:
    """Sorted, validated intervals; overlapping or reversed ones are a user error."""
    result = sorted((int(a), int(b)) for a, b in intervals)
    last = 0
    for a, b in result:
        if not 0 <= a < b <= DAY or a < last:
            raise SchedulingError(
                f"The calendar {calendar_name!r} has an invalid working interval "
                f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}."
            )
        last = b
    return tuple(result)


_COMPILED: dict[tuple, WorkingCalendar] = {}
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
    chain = [calendar]
    seen = {calendar.id}
    while chain[-1].base_id is not None:
        base = calendars.get(chain[-1].base_id)
        if base is None or base.id in seen:  # compile() explains what is wrong
            return WorkingCalendar.compile(calendar, exceptions, calendars, origin=origin)
        seen.add(base.id)
        chain.append(base)
    key = (
        tuple(
            (c.id, c.name, c.base_id, c.minutes_per_day, c.minutes_per_week, c.days_per_month,
             tuple(sorted((day, tuple(map(tuple, hours))) for day, hours in c.week.items())))
            for c in chain
        ),
        tuple(sorted((
            (e.calendar_id, e.start, e.finish, tuple(map(tuple, e.intervals)), e.recurrence,
             e.until, e.id, e.name)
            for e in exceptions if e.calendar_id in seen
        ), key=lambda item: item[6])),  # by id: None and str fields do not order
    )  # fmt: skip
    found = _COMPILED.get(key)
    if found is None:
        found = WorkingCalendar.compile(calendar, exceptions, calendars, origin=origin)
        if len(_COMPILED) >= _COMPILED_MAX:
            del _COMPILED[next(iter(_COMPILED))]
        _COMPILED[key] = found
    return found
