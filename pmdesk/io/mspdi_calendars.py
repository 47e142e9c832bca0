"""Reading MSPDI calendars: week days, working times, dated and recurring exceptions,
base/derived calendars (writing them: mspdi_calendar_writer.py)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, timedelta
from typing import TypedDict

from pmdesk.core.entities import Calendar, CalendarException
from pmdesk.core.scheduling.calendar import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_EXCEPTION_DAYS,
    standard_calendar,
)
from pmdesk.core.scheduling.calendar_checks import exception_problem
from pmdesk.core.scheduling.recurrence import MAX_OCCURRENCES, occurrence_dates
from pmdesk.io import recurrence
from pmdesk.io.mspdi_elements import MAX_UID
from pmdesk.io.mspdi_values import parse_datetime, parse_time
from pmdesk.io.values import integer

# MSPDI DayType 1 = Sunday .. 7 = Saturday; pmdesk weekday 0 = Monday .. 6 = Sunday.
WEEKDAY_OF_DAYTYPE = {1: 6, 2: 0, 3: 1, 4: 2, 5: 3, 6: 4, 7: 5}

# MS Project's calendar ends on 2149-12-31: a yearly exception running there is open-ended.
MSP_LAST_YEAR = 2149
# The engine writes at most MAX_EXCEPTION_DAYS exception days for a calendar and its bases;
# a file's calendar gets a quarter, so that a chain of calendars still schedules.
DAYS_PER_CALENDAR = MAX_EXCEPTION_DAYS // 4
FIRST_DAY, LAST_DAY = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)


class ExceptionFields(TypedDict, total=False):
    """The CalendarException fields an MSPDI rule sets (``rule_fields``)."""

    start: date
    finish: date
    recurrence: str
    period: int
    month: int
    weekdays: list[int]
    month_day: int
    nth: int
    nth_weekday: int
    occurrences: int | None
    until: date | None


class CalendarReader:
    """Turns ``Calendar`` elements into pmdesk calendars and exceptions."""

    def __init__(self, ns: str) -> None:
        self.ns = ns
        self.exceptions: list[CalendarException] = []
        self.warnings: list[str] = []
        self._next_exception_id = 1
        self._days: dict[int, int] = {}  # calendar id -> days its exceptions cover
        self._full: set[int] = set()  # calendars whose exceptions were cut (said once)
        self._names: dict[int, str] = {}
        self._current = ""  # the calendar being read, for warnings
        self._overlaps: set[str] = set()  # calendars whose overlapping working times were joined

    def _text(self, elem: ET.Element, name: str) -> str | None:
        return elem.findtext(self.ns + name)

    def _intervals(self, elem: ET.Element) -> list[tuple[int, int]]:
        intervals: list[tuple[int, int]] = []
        holder = elem.find(self.ns + "WorkingTimes")
        if holder is None:
            return intervals
        for item in holder.iterfind(self.ns + "WorkingTime"):
            start = parse_time(self._text(item, "FromTime"))
            finish = parse_time(self._text(item, "ToTime"), end=True)
            if finish > start:
                intervals.append((start, finish))
        # MS Project lists them in order and apart; other writers may not: sort them and join
        # overlapping ones (saying so), so that the calendar can be scheduled with.
        joined: list[tuple[int, int]] = []
        for start, finish in sorted(intervals):
            if joined and start < joined[-1][1]:
                joined[-1] = (joined[-1][0], max(joined[-1][1], finish))
                self._overlaps.add(self._current)
            else:
                joined.append((start, finish))
        return joined

    def _add_exception(
        self,
        calendar_id: int,
        start: date,
        finish: date,
        name: str,
        intervals: list[tuple[int, int]],
    ) -> None:
        self._keep(
            CalendarException(
                id=self._next_exception_id,
                calendar_id=calendar_id,
                start=start,
                finish=finish,
                name=name,
                intervals=intervals,
            )
        )

    def _keep(self, exc: CalendarException) -> None:
        """Keep an exception unless its calendar's exceptions would then cover more days than
        a plan may schedule with (a sentence once per calendar instead of a plan that
        imports but cannot be scheduled)."""
        first = max(exc.start, FIRST_DAY)
        last = min(exc.finish, LAST_DAY)
        span = (
            max((last - first).days + 1, 0)
            if exc.recurrence is None
            else ((exc.finish - exc.start).days + 1)
        )
        count = 1 if exc.recurrence is None else len(occurrence_dates(exc))
        total = self._days.get(exc.calendar_id, 0) + span * count
        if total > DAYS_PER_CALENDAR:
            if exc.calendar_id not in self._full:
                self._full.add(exc.calendar_id)
                self.warnings.append(
                    f"Calendar '{self._names.get(exc.calendar_id, exc.calendar_id)}': its "
                    "exceptions cover more than "
                    f"{DAYS_PER_CALENDAR:,} days; those from {exc.start.isoformat()} on "
                    "were not imported."
                )
            return
        self._days[exc.calendar_id] = total
        self.exceptions.append(exc)
        self._next_exception_id += 1

    def read(self, elem: ET.Element) -> Calendar:
        ns = self.ns
        uid = integer(self._text(elem, "UID"), "a calendar's UID", low=0, high=MAX_UID)
        name = self._text(elem, "Name") or f"Calendar {uid}"
        is_base = self._text(elem, "IsBaseCalendar") == "1"
        base_text = self._text(elem, "BaseCalendarUID")
        base_id = None
        if not is_base and base_text not in (None, "", "-1"):
            base_id = integer(
                base_text, f"calendar '{name}''s BaseCalendarUID", low=0, high=MAX_UID
            )
        calendar = Calendar(id=uid, name=name, base_id=base_id)
        self._names[uid] = name
        self._current = name
        legacy_exceptions: list[tuple[ET.Element, list[tuple[int, int]]]] = []
        days = elem.find(ns + "WeekDays")
        if days is not None:
            for day in days.iterfind(ns + "WeekDay"):
                day_type = integer(
                    self._text(day, "DayType"),
                    f"calendar '{name}''s DayType",
                    low=0,
                    high=7,
                    default=0,
                )
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
            if not any(calendar.week.values()):
                # MS Project will not keep a calendar without a working day; a file that has
                # one (no WeekDays, or all of them non-working) would leave every task on it
                # unschedulable. Rule: such a base calendar gets the Standard week, and says so.
                calendar.week = {**{d: [] for d in range(7)}, **standard_calendar().week}
                self.warnings.append(
                    f"Calendar '{name}' has no working time in its week; it was given the "
                    "Standard week (Monday to Friday, 08:00-12:00 and 13:00-17:00)."
                )
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
        if name in self._overlaps:
            self._overlaps.discard(name)
            self.warnings.append(
                f"Calendar '{name}': working times that overlap were joined into one."
            )
        work_weeks = elem.find(ns + "WorkWeeks")
        if work_weeks is not None and len(work_weeks):
            self.warnings.append(
                f"Calendar '{name}': its alternative work weeks (WorkWeeks) were not imported; "
                "pmdesk uses its default week all year."
            )
        return calendar

    def _read_exception(self, calendar: Calendar, item: ET.Element) -> None:
        period = item.find(self.ns + "TimePeriod")
        if period is None:
            return
        first = parse_datetime(self._text(period, "FromDate"))
        last = parse_datetime(self._text(period, "ToDate"))
        if first is None or last is None:
            return
        name = self._text(item, "Name") or ""
        where = f"Calendar '{calendar.name}': the exception '{name}'"
        working = self._text(item, "DayWorking") == "1"
        intervals = self._intervals(item) if working else []
        try:
            rule = self._rule(item, first.date(), last.date())
        except ValueError as exc:
            self.warnings.append(f"{where} has {exc}; it was not imported.")
            return
        if rule.type not in recurrence.TYPES:
            self.warnings.append(
                f"{where} repeats in a way pmdesk does not know (type {rule.type}); "
                "it was not imported."
            )
            return
        if rule.occurrences is not None and rule.occurrences > MAX_OCCURRENCES:
            self.warnings.append(
                f"{where} repeats {rule.occurrences} times; pmdesk kept the first "
                f"{MAX_OCCURRENCES}, as many as MS Project allows."
            )
            rule.occurrences = MAX_OCCURRENCES
        fields = rule_fields(rule)
        if fields == {}:
            return  # the rule falls on no day before its end
        if fields is None:
            # "The last weekday / weekend day / day of the month": no pmdesk rule says that;
            # its (at most 999) days become dated exceptions.
            if rule.month_item > recurrence.LAST_ITEM:
                self.warnings.append(
                    f"{where} names a day of the month MS Project does not have "
                    f"(MonthItem {rule.month_item}); it was not imported."
                )
                return
            dates = recurrence.expand(rule, limit=MAX_OCCURRENCES)
            for day in dates:
                self._add_exception(calendar.id, day, day, name, list(intervals))
            self.warnings.append(
                f"{where} was imported as {len(dates)} dated exceptions (pmdesk repeats "
                "exceptions on a date or a named weekday, not on the Nth working day)."
            )
            return
        found = CalendarException(
            id=self._next_exception_id, calendar_id=calendar.id, name=name,
            intervals=intervals, **fields,
        )  # fmt: skip
        if (
            found.occurrences is None
            and found.recurrence is not None
            and (len(occurrence_dates(found)) > MAX_OCCURRENCES)
        ):
            # An end date past 999 occurrences: keep the first 999, and say so.
            found.occurrences = MAX_OCCURRENCES
            self.warnings.append(
                f"{where} repeats more than {MAX_OCCURRENCES} times before its end date; "
                f"pmdesk kept the first {MAX_OCCURRENCES}."
            )
        problem = exception_problem(found, calendar.name, editing=False)
        if problem is not None:
            self.warnings.append(f"{problem[:-1]}; it was not imported.")
            return
        self._keep(found)

    def _rule(self, item: ET.Element, first: date, last: date) -> recurrence.Recurrence:
        """The rule's numbers; ValueError (naming the element) for one that is not a number."""

        def number(tag: str, default: int = 0) -> int:
            text = self._text(item, tag)
            if not text:
                return default
            try:
                value = int(text)
            except ValueError:
                raise ValueError(f"a {tag} that is not a whole number ({text[:20]!r})") from None
            if not -(10**6) <= value <= 10**6:
                raise ValueError(f"a {tag} out of range ({value})")
            return value

        by_occurrences = self._text(item, "EnteredByOccurrences") == "1"
        return recurrence.Recurrence(
            type=number("Type", recurrence.DAILY),
            start=first,
            finish=last,
            occurrences=max(number("Occurrences", 1), 1) if by_occurrences else None,
            period=number("Period", 1),
            days_of_week=number("DaysOfWeek"),
            month_item=number("MonthItem"),
            month_position=number("MonthPosition"),
            month=number("Month"),
            month_day=number("MonthDay", 1),
        )


def break_base_cycles(calendars: list[Calendar]) -> list[str]:
    """A calendar based on itself (directly or through others) becomes a calendar of its
    own, with a sentence: a plan that imports must schedule."""
    by_id = {c.id: c for c in calendars}
    warnings: list[str] = []
    for calendar in calendars:
        seen = [calendar.id]
        current = calendar
        while current.base_id is not None and current.base_id in by_id:
            if current.base_id in seen:
                names = " -> ".join(repr(by_id[i].name) for i in seen)
                warnings.append(
                    f"Calendar '{current.name}' is based on itself ({names}); it is imported "
                    "as a calendar of its own."
                )
                current.base_id = None
                for weekday in range(7):
                    current.week.setdefault(weekday, [])
                break
            seen.append(current.base_id)
            current = by_id[current.base_id]
    return warnings


def rule_fields(rule: recurrence.Recurrence) -> ExceptionFields | None:
    """CalendarException fields for an MSPDI rule, or None when pmdesk has no such rule.

    The rule is kept as a rule (not expanded): ``occurrences`` when the file counts them,
    else ``until``, the TimePeriod's ToDate."""
    start, finish = rule.start, rule.finish
    end: ExceptionFields = {"occurrences": rule.occurrences, "until": finish}
    if rule.type == recurrence.DAILY and rule.period <= 1:
        # Every day of the period: one dated range (pmdesk writes its ranges so; its daily
        # rules as EVERY_N_DAYS, read back as rules so that a dated exception still wins).
        if rule.occurrences is not None:
            finish = min(finish, start + timedelta(days=rule.occurrences - 1))
        return {"start": start, "finish": finish}
    kind = {
        recurrence.DAILY: "daily", recurrence.EVERY_N_DAYS: "daily", recurrence.WEEKLY: "weekly",
        recurrence.MONTHLY_BY_DAY: "monthly", recurrence.MONTHLY_BY_POSITION: "monthly",
        recurrence.YEARLY_BY_DAY: "yearly", recurrence.YEARLY_BY_POSITION: "yearly",
    }[rule.type]  # fmt: skip
    fields: ExceptionFields = {
        "start": start,
        "finish": start,
        "recurrence": kind,
        "period": max(rule.period, 1),
    }
    if rule.type in (recurrence.YEARLY_BY_DAY, recurrence.YEARLY_BY_POSITION):
        fields["period"] = 1
        fields["month"] = rule.month + 1
    if rule.type == recurrence.WEEKLY:
        mask = rule.days_of_week or (1 << ((start.weekday() + 1) % 7))
        # DaysOfWeek bit 1 = Sunday .. 64 = Saturday; pmdesk weekday 0 = Monday.
        fields["weekdays"] = [d for d in range(7) if mask & (1 << ((d + 1) % 7))]
    elif rule.type == recurrence.YEARLY_BY_DAY:
        # "Every year on its start date", as format 1 held it: start at the first occurrence
        # (a 29 February rule then skips common years, as pmdesk's yearly rule does).
        dates = recurrence.expand(rule, limit=1)
        if not dates:
            return {}
        fields.update({"start": dates[0], "finish": dates[0], "month": 0})
    elif rule.type == recurrence.MONTHLY_BY_DAY:
        fields["month_day"] = rule.month_day
    elif rule.type in (recurrence.MONTHLY_BY_POSITION, recurrence.YEARLY_BY_POSITION):
        weekday = recurrence.weekday_of_item(rule.month_item)
        if weekday is None:
            return None
        fields["nth"] = min(rule.month_position, recurrence.LAST) + 1
        fields["nth_weekday"] = weekday
    if rule.type == recurrence.YEARLY_BY_DAY and finish.year >= MSP_LAST_YEAR:
        # A yearly rule reaching MS Project's last year is the open-ended one pmdesk writes.
        end = {"occurrences": None, "until": None}
    return {**fields, **end}


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
    if last.recurrence != item.recurrence or last.recurrence not in (None, "yearly"):
        return False
    rule = ("period", "weekdays", "month_day", "nth", "nth_weekday", "month", "occurrences")
    if any(getattr(e, f) != getattr(CalendarException(0, 0, e.start, e.start), f)
           for e in (last, item) for f in rule):  # fmt: skip
        return False  # only plain ranges and "every year on its start date" join
    if (item.name, item.intervals, item.calendar_id) != (
        last.name,
        last.intervals,
        last.calendar_id,
    ):
        return False
    if item.start != last.finish + timedelta(days=1) or item.finish != item.start:
        return False
    if item.until is None or last.until is None:
        return item.until is None and last.until is None
    return item.until - item.start == last.until - last.start
