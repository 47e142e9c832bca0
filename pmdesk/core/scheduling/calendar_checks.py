"""Checks on calendars and their exceptions, each failing one with a sentence for a person.

The calendar editor disables OK while one of these says something, the CLI prints it, and
``WorkingCalendar.compile`` raises it, so a plan holding a calendar the engine cannot use is
refused the same way wherever it comes from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pmdesk.core.entities import Calendar, CalendarException
from pmdesk.core.scheduling import recurrence

DAY = 1440
MAX_INTERVALS = 5  # MS Project's work week details take up to five working times a day
MAX_OCCURRENCE_DAYS = 366  # one occurrence of a recurring exception lasts at most a year
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def intervals_problem(
    intervals: Iterable[tuple[int, int]], where: str, ordered: bool = True
) -> str | None:
    """Ordered, non-overlapping working times within a day, at most five; ``where`` names
    the day ("Monday of 'Standard'") in the sentence. ``ordered=False`` (the engine, reading
    a file) accepts them in any order, as format 1 did."""
    spans = list(intervals) if ordered else sorted(intervals)
    if ordered and len(spans) > MAX_INTERVALS:  # the engine takes any number
        return f"{where} has more than {MAX_INTERVALS} working times."
    last = 0
    for a, b in spans:
        if not (isinstance(a, int) and isinstance(b, int)) or not 0 <= a < b <= DAY:
            return (
                f"{where} has a working time that ends before it starts ({_clock(a)}-{_clock(b)})."
            )
        if a < last:
            return (
                f"{where} has working times that overlap or are out of order "
                f"({_clock(a)} starts before {_clock(last)})."
            )
        last = b
    return None


def base_chain(calendar: Calendar, calendars: Mapping[int, Calendar]) -> list[Calendar]:
    """The calendar and its bases, nearest first; raises ValueError with a sentence for a
    missing base or a cycle."""
    chain = [calendar]
    seen = {calendar.id}
    while chain[-1].base_id is not None:
        base = calendars.get(chain[-1].base_id)
        if base is None:
            raise ValueError(
                f"The calendar {calendar.name!r} is based on a calendar that does not exist."
            )
        if base.id in seen:
            if base.id == calendar.id and len(chain) == 1:
                raise ValueError(f"The calendar {calendar.name!r} is based on itself.")
            raise ValueError(
                f"The calendar {calendar.name!r} is based on itself through "
                + " -> ".join(repr(c.name) for c in chain[1:])
                + "."
            )
        seen.add(base.id)
        chain.append(base)
    return chain


def resolved_week(chain: list[Calendar]) -> dict[int, list[tuple[int, int]]]:
    """Each weekday's working times, a day missing from a calendar inherited from its base."""
    week = {}
    for weekday in range(7):
        week[weekday] = next((list(c.week[weekday]) for c in chain if weekday in c.week), [])
    return week


def calendar_problem(
    calendar: Calendar, calendars: Mapping[int, Calendar], need_work_week: bool = True
) -> str | None:
    """The base chain and the work week of one calendar.

    The editor needs a work week with working time (``need_work_week``); the engine accepts
    an imported calendar whose only working time is in its exceptions."""
    try:
        chain = base_chain(calendar, calendars)
    except ValueError as exc:
        return str(exc)
    for weekday, intervals in sorted(calendar.week.items()):
        if weekday not in range(7):
            return f"The calendar {calendar.name!r} has a day {weekday} that is not a weekday."
        problem = intervals_problem(
            intervals,
            f"{WEEKDAY_NAMES[weekday]} of the calendar {calendar.name!r}",
            ordered=need_work_week,
        )
        if problem:
            return problem
    if need_work_week and not any(resolved_week(chain).values()):
        return f"The work week of the calendar {calendar.name!r} has no working time at all."
    return None


def exception_problem(
    exc: CalendarException, calendar_name: str = "", editing: bool = True
) -> str | None:
    """One exception: its dates, working times and repetition rule.

    ``editing`` also refuses a rule that never falls on a day (a mistake when typed, harmless
    in a file: the engine just finds no day)."""
    label = repr(exc.name) if exc.name else f"on {exc.start.isoformat()}"
    where = f"The exception {label}" + (f" of {calendar_name!r}" if calendar_name else "")
    if exc.finish < exc.start:
        return f"{where} ends before it starts."
    problem = intervals_problem(exc.intervals, where, ordered=editing)
    if problem:
        return problem
    kind = exc.recurrence
    if kind is None:
        return None
    if kind not in recurrence.KINDS:
        return f"{where} repeats in an unknown way ({kind!r})."
    if (exc.finish - exc.start).days >= MAX_OCCURRENCE_DAYS:
        return f"{where} repeats, so each occurrence must last less than a year."
    if not 1 <= exc.period <= recurrence.MAX_PERIOD:
        return f"{where} must repeat every 1 to {recurrence.MAX_PERIOD} periods."
    if kind == "weekly" and (not exc.weekdays or not set(exc.weekdays) <= set(range(7))):
        return f"{where} repeats weekly but names no weekday."
    if kind in ("monthly", "yearly"):
        if not 0 <= exc.nth <= recurrence.LAST or not 0 <= exc.nth_weekday <= 6:
            return f"{where} names a weekday of the month that does not exist."
        if not 0 <= exc.month_day <= 31 or not 0 <= exc.month <= 12:
            return f"{where} names a day or month that does not exist."
    if exc.occurrences is None and exc.until is None and kind != "yearly":
        return f"{where} repeats without an end: give an end date or a number of occurrences."
    if exc.occurrences is not None and not 1 <= exc.occurrences <= recurrence.MAX_OCCURRENCES:
        return f"{where} may repeat 1 to {recurrence.MAX_OCCURRENCES} times, not {exc.occurrences}."
    if exc.until is not None and exc.until < exc.start:
        return f"{where} stops repeating before it starts."
    # Counting stops one past the cap: a rule asking for millions is never expanded.
    if (
        exc.occurrences is None
        and len(recurrence.occurrence_dates(exc)) > recurrence.MAX_OCCURRENCES
    ):
        return (
            f"{where} repeats more than {recurrence.MAX_OCCURRENCES} times before its "
            "end date; choose a later start, an earlier end or a longer interval."
        )
    if editing and not recurrence.occurrence_dates(exc, limit=1):
        return f"{where} never falls on a day before its end."
    return None


def plan_calendars_problem(
    calendars: Mapping[int, Calendar], exceptions: Iterable[CalendarException]
) -> str | None:
    """The first problem among all calendars and exceptions (by calendar name), or None."""
    for calendar in sorted(calendars.values(), key=lambda c: (c.name.casefold(), c.id)):
        problem = calendar_problem(calendar, calendars)
        if problem:
            return problem
    for exc in sorted(exceptions, key=lambda e: (e.calendar_id, e.start, e.id)):
        owner = calendars.get(exc.calendar_id)
        problem = exception_problem(exc, owner.name if owner else "")
        if problem:
            return problem
    return None
