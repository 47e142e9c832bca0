"""MSPDI calendars: week days, working times, dated and recurring exceptions, base/derived."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from xml.sax.saxutils import escape

from pmdesk.core.entities import Calendar, CalendarException
from pmdesk.io import recurrence
from pmdesk.io.mspdi_values import (
    format_date_end,
    format_date_start,
    format_time,
    parse_datetime,
    parse_time,
)

# MSPDI DayType 1 = Sunday .. 7 = Saturday; pmdesk weekday 0 = Monday .. 6 = Sunday.
WEEKDAY_OF_DAYTYPE = {1: 6, 2: 0, 3: 1, 4: 2, 5: 3, 6: 4, 7: 5}
DAYTYPE_OF_WEEKDAY = {weekday: daytype for daytype, weekday in WEEKDAY_OF_DAYTYPE.items()}

# MS Project's calendar ends on 2149-12-31: a yearly exception running there is open-ended.
MSP_LAST_YEAR = 2149


class CalendarReader:
    """Turns ``Calendar`` elements into pmdesk calendars and exceptions."""

    def __init__(self, ns: str) -> None:
        self.ns = ns
        self.exceptions: list[CalendarException] = []
        self.warnings: list[str] = []
        self._next_exception_id = 1

    def _text(self, elem, name: str) -> str | None:
        return elem.findtext(self.ns + name)

    def _intervals(self, elem) -> list[tuple[int, int]]:
        intervals = []
        holder = elem.find(self.ns + "WorkingTimes")
        if holder is None:
            return intervals
        for item in holder.iterfind(self.ns + "WorkingTime"):
            start = parse_time(self._text(item, "FromTime"))
            finish = parse_time(self._text(item, "ToTime"), end=True)
            if finish > start:
                intervals.append((start, finish))
        return intervals

    def _add_exception(self, calendar_id, start, finish, name, intervals, recur=None, until=None):
        self.exceptions.append(
            CalendarException(
                id=self._next_exception_id,
                calendar_id=calendar_id,
                start=start,
                finish=finish,
                name=name,
                intervals=intervals,
                recurrence=recur,
                until=until,
            )
        )
        self._next_exception_id += 1

    def read(self, elem) -> Calendar:
        ns = self.ns
        uid = int(self._text(elem, "UID"))
        name = self._text(elem, "Name") or f"Calendar {uid}"
        is_base = self._text(elem, "IsBaseCalendar") == "1"
        base_text = self._text(elem, "BaseCalendarUID")
        base_id = None
        if not is_base and base_text not in (None, "", "-1"):
            base_id = int(base_text)
        calendar = Calendar(id=uid, name=name, base_id=base_id)
        legacy_exceptions = []
        days = elem.find(ns + "WeekDays")
        if days is not None:
            for day in days.iterfind(ns + "WeekDay"):
                day_type = int(self._text(day, "DayType") or 0)
                working = self._text(day, "DayWorking") == "1"
                intervals = self._intervals(day) if working else []
                if day_type == 0:
                    legacy_exceptions.append((day, intervals))
                elif day_type in WEEKDAY_OF_DAYTYPE:
                    calendar.week[WEEKDAY_OF_DAYTYPE[day_type]] = intervals
        if is_base:
            # A base calendar has no parent to inherit from: an unlisted day is not worked.
            for weekday in range(7):
                calendar.week.setdefault(weekday, [])
        exceptions = elem.find(ns + "Exceptions")
        if exceptions is not None and len(exceptions):
            # Project 2010+ writes each exception twice: as a rule here and, for older
            # readers, as dated DayType 0 week days. The rule is the original: read it.
            first = len(self.exceptions)
            for item in exceptions.iterfind(ns + "Exception"):
                self._read_exception(calendar, item)
            self.exceptions[first:] = merge_runs(self.exceptions[first:])
        else:
            for day, intervals in legacy_exceptions:
                period = day.find(ns + "TimePeriod")
                if period is None:
                    continue
                start = parse_datetime(self._text(period, "FromDate"))
                finish = parse_datetime(self._text(period, "ToDate"))
                if start is None or finish is None:
                    continue
                self._add_exception(uid, start.date(), finish.date(), "", intervals)
        if elem.find(ns + "WorkWeeks") is not None and len(elem.find(ns + "WorkWeeks")):
            self.warnings.append(
                f"Calendar '{name}': its alternative work weeks (WorkWeeks) were not imported; "
                "pmdesk uses its default week all year."
            )
        return calendar

    def _read_exception(self, calendar: Calendar, item) -> None:
        period = item.find(self.ns + "TimePeriod")
        if period is None:
            return
        first = parse_datetime(self._text(period, "FromDate"))
        last = parse_datetime(self._text(period, "ToDate"))
        if first is None or last is None:
            return
        name = self._text(item, "Name") or ""
        working = self._text(item, "DayWorking") == "1"
        intervals = self._intervals(item) if working else []

        def number(tag: str, default: int = 0) -> int:
            text = self._text(item, tag)
            return int(text) if text not in (None, "") else default

        by_occurrences = self._text(item, "EnteredByOccurrences") == "1"
        rule = recurrence.Recurrence(
            type=number("Type", recurrence.DAILY),
            start=first.date(),
            finish=last.date(),
            occurrences=number("Occurrences", 1) if by_occurrences else None,
            period=number("Period", 1),
            days_of_week=number("DaysOfWeek"),
            month_item=number("MonthItem"),
            month_position=number("MonthPosition"),
            month=number("Month"),
            month_day=number("MonthDay", 1),
        )
        if rule.type not in recurrence.TYPES:
            self.warnings.append(
                f"Calendar '{calendar.name}': the exception '{name}' repeats in a way pmdesk "
                f"does not know (type {rule.type}); it was not imported."
            )
            return
        if rule.type in (recurrence.DAILY, recurrence.EVERY_N_DAYS) and rule.period <= 1:
            # Every day of the period: one dated range.
            dates = recurrence.expand(rule)
            if dates:
                self._add_exception(calendar.id, dates[0], dates[-1], name, intervals)
            return
        if rule.type == recurrence.YEARLY_BY_DAY:
            dates = recurrence.expand(rule)
            if dates:
                until = None if dates[-1].year >= MSP_LAST_YEAR else dates[-1]
                self._add_exception(
                    calendar.id, dates[0], dates[0], name, intervals, "yearly", until
                )
            return
        dates = recurrence.expand(rule)
        for day in dates:
            self._add_exception(calendar.id, day, day, name, list(intervals))
        self.warnings.append(
            f"Calendar '{calendar.name}': the recurring exception '{name}' was imported as "
            f"{len(dates)} dated exceptions (pmdesk repeats exceptions only yearly)."
        )


def merge_runs(items: list[CalendarException]) -> list[CalendarException]:
    """Join exceptions on consecutive days (same name, hours, repetition) into one.

    A yearly rule of MS Project and a GanttProject holiday cover one day each, so a yearly
    exception of several days, such as 24-26 December, is written as one per day.
    """
    merged: list[CalendarException] = []
    for item in sorted(items, key=lambda e: (e.recurrence or "", e.calendar_id, e.start, e.id)):
        if merged and _continues(merged[-1], item):
            merged[-1].finish = item.start
        else:
            merged.append(item)
    merged.sort(key=lambda e: e.id)
    return merged


def _continues(last: CalendarException, item: CalendarException) -> bool:
    if last.recurrence != item.recurrence:
        return False
    if (item.name, item.intervals, item.calendar_id) != (last.name, last.intervals, last.calendar_id):
        return False
    if item.start != last.finish + timedelta(days=1) or item.finish != item.start:
        return False
    if (item.until is None) != (last.until is None):
        return False
    return item.until is None or item.until - item.start == last.until - last.start


def _single_days(item: CalendarException) -> list[CalendarException]:
    """A yearly exception of several days as one yearly exception per day."""
    if item.recurrence != "yearly" or item.finish <= item.start:
        return [item]
    days = []
    for offset in range((item.finish - item.start).days + 1):
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


def _working_times(intervals, indent: str) -> str:
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


def _yearly_dates(item: CalendarException) -> list[date]:
    last_year = item.until.year if item.until else MSP_LAST_YEAR
    rule = recurrence.Recurrence(
        type=recurrence.YEARLY_BY_DAY,
        start=item.start,
        finish=item.until or date(MSP_LAST_YEAR, 12, 31),
        month=item.start.month - 1,
        month_day=item.start.day,
    )
    return [d for d in recurrence.expand(rule) if d.year <= last_year]


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
    # Dated exceptions as DayType 0 week days too, for readers older than Project 2010
    # (ProjectLibre among them).
    for item in exceptions:
        ranges = [(item.start, item.finish)]
        if item.recurrence == "yearly":
            span = item.finish - item.start
            ranges = [(d, d + span) for d in _yearly_dates(item)]
        for first, last in ranges:
            out.append(
                f"<WeekDay><DayType>0</DayType><DayWorking>{int(bool(item.intervals))}</DayWorking>"
                f"<TimePeriod><FromDate>{format_date_start(first)}</FromDate>"
                f"<ToDate>{format_date_end(last)}</ToDate></TimePeriod>\n"
            )
            out.append(_working_times(item.intervals, ""))
            out.append("</WeekDay>\n")
    out.append("</WeekDays>\n")
    if exceptions:
        out.append("<Exceptions>\n")
        for item in (day for whole in exceptions for day in _single_days(whole)):
            if item.recurrence == "yearly":
                dates = _yearly_dates(item)
                last = dates[-1] if dates else item.start
                body = (
                    f"<EnteredByOccurrences>1</EnteredByOccurrences>"
                    f"<TimePeriod><FromDate>{format_date_start(item.start)}</FromDate>"
                    f"<ToDate>{format_date_end(last)}</ToDate></TimePeriod>"
                    f"<Occurrences>{max(len(dates), 1)}</Occurrences>"
                    f"<Name>{escape(item.name)}</Name><Type>{recurrence.YEARLY_BY_DAY}</Type>"
                    f"<Month>{item.start.month - 1}</Month><MonthDay>{item.start.day}</MonthDay>"
                )
            else:
                days = (item.finish - item.start).days + 1
                body = (
                    f"<EnteredByOccurrences>0</EnteredByOccurrences>"
                    f"<TimePeriod><FromDate>{format_date_start(item.start)}</FromDate>"
                    f"<ToDate>{format_date_end(item.finish)}</ToDate></TimePeriod>"
                    f"<Occurrences>{days}</Occurrences>"
                    f"<Name>{escape(item.name)}</Name><Type>{recurrence.DAILY}</Type>"
                )
            out.append(
                f"<Exception>{body}<DayWorking>{int(bool(item.intervals))}</DayWorking>\n"
            )
            out.append(_working_times(item.intervals, ""))
            out.append("</Exception>\n")
        out.append("</Exceptions>\n")
    out.append("</Calendar>\n")
    return "".join(out)

