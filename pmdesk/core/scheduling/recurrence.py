"""The days a recurring calendar exception falls on, bounded in count and in time.

The patterns are MS Project's (Change Working Time > Exceptions > Details): daily every N
days, weekly every N weeks on some weekdays, monthly on day N or on the Nth / last weekday
every N months, yearly on a date or on the Nth / last weekday of a month; each ends by a date
or after a number of occurrences. MS Project's Details dialog takes 1 to 999 occurrences, and
its calendars end on 31 December 2149; pmdesk keeps both limits so that no rule, typed or
imported, can expand without bound.
"""

from __future__ import annotations

import calendar as _cal
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import islice

from pmdesk.core.entities import CalendarException

KINDS = ("daily", "weekly", "monthly", "yearly")
MAX_OCCURRENCES = 999
LAST = 5  # nth == 5: the last such weekday of the month
LAST_DAY = date(2149, 12, 31)  # MS Project's last calendar day: an open yearly rule ends here
MAX_PERIOD = 999  # "every 1000 weeks" is past MS Project's calendar range anyway


def last_day(exc: CalendarException) -> date:
    """The last day an occurrence may start on: ``until``, else MS Project's last day."""
    return min(exc.until, LAST_DAY) if exc.until is not None else LAST_DAY


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> date:
    """The first..fourth (nth 1..4) or last (nth 5) ``weekday`` of a month."""
    days = _cal.monthrange(year, month)[1]
    if nth >= LAST:
        last = date(year, month, days)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _candidates(exc: CalendarException, end: date) -> Iterator[date]:
    """Every day the pattern names from ``exc.start`` up to ``end``, in order.

    Each loop advances by at least a day per step and stops at ``end``, so a rule can never
    run forever (a pattern that matches nothing just runs out at ``end``)."""
    start = exc.start
    period = min(max(exc.period, 1), MAX_PERIOD)
    kind = exc.recurrence
    if kind == "daily":
        day, step = start, timedelta(days=period)  # one timedelta, not one per day
        while day <= end:
            yield day
            day += step
    elif kind == "weekly":
        weekdays = set(exc.weekdays) or {start.weekday()}
        # Weeks count from the Sunday-to-Saturday week holding the start, whatever the first
        # day of the week: Project 2016 expands "every 7 weeks on Sunday" from a Monday start
        # that way (its own DayType 0 list in the recurring-exceptions fixture says so).
        sunday = start - timedelta(days=(start.weekday() + 1) % 7)
        offsets, step = [timedelta(days=n) for n in range(7)], timedelta(weeks=period)
        while sunday <= end:
            for offset in offsets:
                day = sunday + offset
                if day.weekday() in weekdays and start <= day <= end:
                    yield day
            sunday += step
    elif kind == "monthly":
        year, month = start.year, start.month
        while date(year, month, 1) <= end:
            if exc.nth:
                day = _nth_weekday(year, month, exc.nth, exc.nth_weekday)
            else:  # day 31 in a shorter month: its last day, as MS Project does
                wanted = exc.month_day or start.day
                day = date(year, month, min(wanted, _cal.monthrange(year, month)[1]))
            if start <= day <= end:
                yield day
            month += period
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    elif kind == "yearly":
        month = exc.month or start.month
        for year in range(start.year, end.year + 1, period):
            if exc.nth:
                day = _nth_weekday(year, month, exc.nth, exc.nth_weekday)
            else:
                try:
                    day = date(year, month, exc.month_day or start.day)
                except ValueError:  # 29 February in a common year: no occurrence
                    continue
            if start <= day <= end:
                yield day


def occurrence_dates(exc: CalendarException, limit: int = MAX_OCCURRENCES + 1) -> list[date]:
    """The days the occurrences of a recurring exception start on, at most ``limit``.

    A caller that passes the default limit and gets more than MAX_OCCURRENCES back knows the
    rule asks for too many (see validation.py) without having expanded all of them."""
    if exc.recurrence is None:
        return [exc.start]
    wanted = exc.occurrences if exc.occurrences is not None else limit
    return list(islice(_candidates(exc, last_day(exc)), max(0, min(wanted, limit))))


def describe(exc: CalendarException) -> str:
    """A short English description such as "Every 2 weeks on Mon, Wed, 10 times" (the GUI
    shows its own translated text; this is for the CLI and export warnings)."""
    if exc.recurrence is None:
        return "Once"
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    every = f"every {exc.period} " if exc.period > 1 else "every "
    unit = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}[exc.recurrence]
    text = every + unit + ("s" if exc.period > 1 else "")
    if exc.recurrence == "weekly":
        text += " on " + ", ".join(names[d] for d in sorted(set(exc.weekdays)))
    elif exc.recurrence in ("monthly", "yearly") and exc.nth:
        order = ["first", "second", "third", "fourth", "last"][min(exc.nth, LAST) - 1]
        text += f" on the {order} {names[exc.nth_weekday]}"
    if exc.occurrences is not None:
        text += f", {exc.occurrences} times"
    elif exc.until is not None:
        text += f", until {exc.until.isoformat()}"
    return text[0].upper() + text[1:]
