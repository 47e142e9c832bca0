"""MS Project's recurring calendar exceptions (MSPDI 2010+ ``Exception`` elements).

The numbers MSPDI uses for a rule, and the dates a rule covers, exactly as MS Project lists
them in its pre-2010 ``WeekDay DayType=0`` elements. pmdesk keeps most rules as rules
(core/scheduling/recurrence.py); the ones it has no rule for ("the last weekday of the
month") are expanded here, never past the rule's end date or a caller's limit.
"""

from __future__ import annotations

import calendar as _cal
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

DAILY = 1
YEARLY_BY_DAY = 2  # Month (0-based) + MonthDay
YEARLY_BY_POSITION = 3  # Month + MonthItem + MonthPosition
MONTHLY_BY_DAY = 4  # Period + MonthDay
MONTHLY_BY_POSITION = 5  # Period + MonthItem + MonthPosition
WEEKLY = 6  # Period + DaysOfWeek bit mask (1 = Sunday .. 64 = Saturday)
EVERY_N_DAYS = 7  # Period

TYPES = frozenset(
    {
        DAILY,
        YEARLY_BY_DAY,
        YEARLY_BY_POSITION,
        MONTHLY_BY_DAY,
        MONTHLY_BY_POSITION,
        WEEKLY,
        EVERY_N_DAYS,
    }
)
LAST = 4  # MonthPosition 0..3 = first..fourth, 4 = last
LAST_ITEM = 9  # MonthItem 0 = day, 1 = weekday, 2 = weekend day, 3..9 = Sunday..Saturday


@dataclass(slots=True)
class Recurrence:
    type: int
    start: date
    finish: date  # the last day the rule may fall on (TimePeriod/ToDate)
    occurrences: int | None = None  # when EnteredByOccurrences
    period: int = 1
    days_of_week: int = 0
    month_item: int = 0
    month_position: int = 0
    month: int = 0
    month_day: int = 1


def weekday_of_item(item: int) -> int | None:
    """MonthItem 3..9 = Sunday..Saturday, as Python weekday (Monday = 0)."""
    if 3 <= item <= 9:
        return (item - 3 + 6) % 7
    return None


def _nth_in_month(year: int, month: int, item: int, position: int) -> date | None:
    """The day of a month named like "the second Tuesday" or "the last weekday"."""
    days_in_month = _cal.monthrange(year, month)[1]
    weekday = weekday_of_item(item)
    if item == 0:  # "day": the Nth day of the month
        matches = list(range(1, days_in_month + 1))
    elif item == 1:  # weekday
        matches = [d for d in range(1, days_in_month + 1) if date(year, month, d).weekday() < 5]
    elif item == 2:  # weekend day
        matches = [d for d in range(1, days_in_month + 1) if date(year, month, d).weekday() >= 5]
    elif weekday is not None:
        matches = [
            d for d in range(1, days_in_month + 1) if date(year, month, d).weekday() == weekday
        ]
    else:
        return None
    if not matches:
        return None
    index = -1 if position >= LAST else position
    if index >= len(matches):
        return None
    return date(year, month, matches[index])


def _clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, _cal.monthrange(year, month)[1]))


def _candidates(rule: Recurrence) -> Iterator[date]:
    """Every date the rule names from its start up to its end date, in order.

    Each loop stops once past ``rule.finish``, so a rule that names no day at all (a
    MonthItem out of range) ends instead of looping for ever."""
    start = rule.start
    end = rule.finish
    period = max(rule.period, 1)
    day: date | None  # the monthly and yearly rules may name no day in a month
    if rule.type in (DAILY, EVERY_N_DAYS):
        day = start
        while day <= end:
            yield day
            day += timedelta(days=period)
    elif rule.type == WEEKLY:
        # Weeks count from the Sunday-to-Saturday week holding the start date, whatever the
        # project's WeekStartDay: Project 2016 expands "every 7 weeks on Sunday" from a
        # Monday start that way (checked against its own DayType 0 list).
        week = start - timedelta(days=(start.weekday() + 1) % 7)
        mask = rule.days_of_week or (1 << ((start.weekday() + 1) % 7))
        while week <= end:
            for offset in range(7):
                day = week + timedelta(days=offset)
                if mask & (1 << ((day.weekday() + 1) % 7)):
                    yield day
            week += timedelta(weeks=period)
    elif rule.type in (MONTHLY_BY_DAY, MONTHLY_BY_POSITION):
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            if rule.type == MONTHLY_BY_DAY:
                day = _clamped(year, month, rule.month_day)
            else:
                day = _nth_in_month(year, month, rule.month_item, rule.month_position)
            if day is not None:
                yield day
            month += period
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    elif rule.type in (YEARLY_BY_DAY, YEARLY_BY_POSITION):
        year = start.year
        while year <= end.year:
            if rule.type == YEARLY_BY_DAY:
                day = _clamped(year, rule.month + 1, rule.month_day)
            else:
                day = _nth_in_month(year, rule.month + 1, rule.month_item, rule.month_position)
            if day is not None:
                yield day
            year += 1
    else:
        raise ValueError(f"unknown recurrence type {rule.type}")


def expand(rule: Recurrence, limit: int) -> list[date]:
    """The dates a recurring exception covers, bounded by its count, its end date and
    ``limit`` (the caller says when the limit cut the list)."""
    dates: list[date] = []
    for day in _candidates(rule):
        if day < rule.start:
            continue
        if day > rule.finish or len(dates) >= limit:
            break
        dates.append(day)
        if rule.occurrences is not None and len(dates) >= rule.occurrences:
            break
    return dates
