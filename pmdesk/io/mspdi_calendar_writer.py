"""Writing MSPDI calendars: week days, working times, and each exception both as an MS Project
2010+ rule (``Exception``) and as the dated ``WeekDay DayType=0`` list older readers use."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import timedelta
from xml.sax.saxutils import escape

from pmdesk.core.entities import Calendar, CalendarException
from pmdesk.core.scheduling import recurrence as recurrence_rules
from pmdesk.core.scheduling.recurrence import MAX_OCCURRENCES, occurrence_dates
from pmdesk.io import recurrence
from pmdesk.io.mspdi_calendars import WEEKDAY_OF_DAYTYPE
from pmdesk.io.mspdi_values import format_date_end, format_date_start, format_time


def _single_days(item: CalendarException) -> list[CalendarException]:
    """A recurring exception of several days as MS Project rules of one day each.

    A yearly or daily rule shifts with its start; a weekday rule does not, so a several-day
    occurrence of one becomes dated ranges (the same working time, no longer a rule)."""
    if item.recurrence is None or item.finish <= item.start:
        return [item]
    span = item.finish - item.start
    if item.recurrence in ("daily", "yearly") and not item.nth and not item.month_day:
        days = []
        for offset in range(span.days + 1):
            shift = timedelta(days=offset)
            days.append(
                dataclasses.replace(
                    item,
                    start=item.start + shift,
                    finish=item.start + shift,
                    until=item.until + shift if item.until else None,
                )
            )
        return days
    return [
        dataclasses.replace(item, start=d, finish=d + span, recurrence=None, until=None)
        for d in occurrence_dates(item, limit=MAX_OCCURRENCES)
    ]


def _working_times(intervals: Iterable[tuple[int, int]], indent: str) -> str:
    if not intervals:
        return ""
    parts = [f"{indent}<WorkingTimes>"]
    for start, finish in intervals:
        parts.append(
            f"{indent}<WorkingTime><FromTime>{format_time(start)}</FromTime>"
            f"<ToTime>{format_time(finish)}</ToTime></WorkingTime>"
        )
    parts.append(f"{indent}</WorkingTimes>")
    return "\n".join(parts) + "\n"


def _item_of_weekday(weekday: int) -> int:
    """MSPDI MonthItem 3..9 = Sunday..Saturday of a pmdesk weekday (0 = Monday)."""
    return (weekday + 1) % 7 + 3


def _rule_elements(item: CalendarException) -> str:
    """Type and pattern elements, in the order Project 2016 writes them."""
    kind = item.recurrence
    if kind == "daily":
        return f"<Type>{recurrence.EVERY_N_DAYS}</Type><Period>{item.period}</Period>"
    if kind == "weekly":
        mask = sum(1 << ((d + 1) % 7) for d in set(item.weekdays))
        return f"<Type>{recurrence.WEEKLY}</Type><Period>{item.period}</Period><DaysOfWeek>{mask}</DaysOfWeek>"
    position = (
        f"<MonthItem>{_item_of_weekday(item.nth_weekday)}</MonthItem>"
        f"<MonthPosition>{min(item.nth, recurrence_rules.LAST) - 1}</MonthPosition>"
    )
    if kind == "monthly":
        if item.nth:
            return f"<Type>{recurrence.MONTHLY_BY_POSITION}</Type><Period>{item.period}</Period>{position}"
        day = item.month_day or item.start.day
        return f"<Type>{recurrence.MONTHLY_BY_DAY}</Type><Period>{item.period}</Period><MonthDay>{day}</MonthDay>"
    month = (item.month or item.start.month) - 1
    if item.nth:
        return f"<Type>{recurrence.YEARLY_BY_POSITION}</Type><Month>{month}</Month>{position}"
    day = item.month_day or item.start.day
    return (
        f"<Type>{recurrence.YEARLY_BY_DAY}</Type><Month>{month}</Month><MonthDay>{day}</MonthDay>"
    )


def _exception_element(item: CalendarException) -> str:
    if item.recurrence is None:
        days = (item.finish - item.start).days + 1
        head = (
            f"<EnteredByOccurrences>0</EnteredByOccurrences>"
            f"<TimePeriod><FromDate>{format_date_start(item.start)}</FromDate>"
            f"<ToDate>{format_date_end(item.finish)}</ToDate></TimePeriod>"
            f"<Occurrences>{days}</Occurrences>"
            f"<Name>{escape(item.name)}</Name><Type>{recurrence.DAILY}</Type>"
        )
    else:
        dates = occurrence_dates(item, limit=MAX_OCCURRENCES)
        last = dates[-1] if dates else item.start
        if item.occurrences is not None or item.until is None:
            # By count; also the open yearly form of format 1, counted to MS Project's end.
            counted, to_date = len(dates) or 1, last
        else:
            counted, to_date = len(dates), item.until
        head = (
            f"<EnteredByOccurrences>{int(item.occurrences is not None or item.until is None)}"
            f"</EnteredByOccurrences>"
            f"<TimePeriod><FromDate>{format_date_start(item.start)}</FromDate>"
            f"<ToDate>{format_date_end(to_date)}</ToDate></TimePeriod>"
            f"<Occurrences>{max(counted, 1)}</Occurrences>"
            f"<Name>{escape(item.name)}</Name>{_rule_elements(item)}"
        )
    return (
        f"<Exception>{head}<DayWorking>{int(bool(item.intervals))}</DayWorking>\n"
        + _working_times(item.intervals, "")
        + "</Exception>\n"
    )


def write_calendar(calendar: Calendar, exceptions: list[CalendarException]) -> str:
    """One ``<Calendar>`` element in the element order of the MSPDI schema."""
    is_base = calendar.base_id is None
    out = [
        "<Calendar>\n",
        f"<UID>{calendar.id}</UID>\n",
        f"<Name>{escape(calendar.name)}</Name>\n",
        f"<IsBaseCalendar>{int(is_base)}</IsBaseCalendar>\n",
        "<IsBaselineCalendar>0</IsBaselineCalendar>\n",
        f"<BaseCalendarUID>{-1 if is_base else calendar.base_id}</BaseCalendarUID>\n",
        "<WeekDays>\n",
    ]
    for daytype in range(1, 8):
        weekday = WEEKDAY_OF_DAYTYPE[daytype]
        if weekday not in calendar.week:
            if not is_base:
                continue  # a derived calendar inherits the day from its base
            intervals = []
        else:
            intervals = calendar.week[weekday]
        out.append(
            f"<WeekDay><DayType>{daytype}</DayType><DayWorking>{int(bool(intervals))}</DayWorking>\n"
        )
        out.append(_working_times(intervals, ""))
        out.append("</WeekDay>\n")
    # Every day an exception covers, as DayType 0 week days too, for readers older than
    # Project 2010 (ProjectLibre among them); a rule has at most 999 occurrences.
    for item in exceptions:
        span = item.finish - item.start
        for first in occurrence_dates(item, limit=MAX_OCCURRENCES):
            out.append(
                f"<WeekDay><DayType>0</DayType><DayWorking>{int(bool(item.intervals))}</DayWorking>"
                f"<TimePeriod><FromDate>{format_date_start(first)}</FromDate>"
                f"<ToDate>{format_date_end(first + span)}</ToDate></TimePeriod>\n"
            )
            out.append(_working_times(item.intervals, ""))
            out.append("</WeekDay>\n")
    out.append("</WeekDays>\n")
    if exceptions:
        out.append("<Exceptions>\n")
        for item in (day for whole in exceptions for day in _single_days(whole)):
            out.append(_exception_element(item))
        out.append("</Exceptions>\n")
    out.append("</Calendar>\n")
    return "".join(out)
