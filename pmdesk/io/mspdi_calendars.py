"""MSPDI calendars: week days, working times, dated and recurring exceptions, base/derived."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from xml.sax.saxutils import escape

from pmdesk.core.entities import Calendar, CalendarException
from pmdesk.core.scheduling.calendar_checks import exception_problem
from pmdesk.core.scheduling.recurrence import MAX_OCCURRENCES, occurrence_dates
from pmdesk.core.scheduling import recurrence as recurrence_rules
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
        exc = CalendarException(
            id=self._next_exception_id, calendar_id=calendar.id, name=name,
            intervals=intervals, **fields,
        )  # fmt: skip
        if exc.occurrences is None and exc.recurrence is not None and (
            len(occurrence_dates(exc)) > MAX_OCCURRENCES
        ):
            # An end date past 999 occurrences: keep the first 999, and say so.
            exc.occurrences = MAX_OCCURRENCES
            self.warnings.append(
                f"{where} repeats more than {MAX_OCCURRENCES} times before its end date; "
                f"pmdesk kept the first {MAX_OCCURRENCES}."
            )
        problem = exception_problem(exc, calendar.name, editing=False)
        if problem is not None:
            self.warnings.append(f"{problem[:-1]}; it was not imported.")
            return
        self.exceptions.append(exc)
        self._next_exception_id += 1

    def _rule(self, item, first: date, last: date) -> recurrence.Recurrence:
        """The rule's numbers; ValueError (naming the element) for one that is not a number."""

        def number(tag: str, default: int = 0) -> int:
            text = self._text(item, tag)
            if text in (None, ""):
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


def rule_fields(rule: recurrence.Recurrence) -> dict | None:
    """CalendarException fields for an MSPDI rule, or None when pmdesk has no such rule.

    The rule is kept as a rule (not expanded): ``occurrences`` when the file counts them,
    else ``until``, the TimePeriod's ToDate."""
    start, finish = rule.start, rule.finish
    end = {"occurrences": rule.occurrences, "until": finish}
    if rule.type in (recurrence.DAILY, recurrence.EVERY_N_DAYS) and rule.period <= 1:
        # Every day of the period: one dated range.
        if rule.occurrences is not None:
            finish = min(finish, start + timedelta(days=rule.occurrences - 1))
        return {"start": start, "finish": finish}
    kind = {
        recurrence.DAILY: "daily", recurrence.EVERY_N_DAYS: "daily", recurrence.WEEKLY: "weekly",
        recurrence.MONTHLY_BY_DAY: "monthly", recurrence.MONTHLY_BY_POSITION: "monthly",
        recurrence.YEARLY_BY_DAY: "yearly", recurrence.YEARLY_BY_POSITION: "yearly",
    }[rule.type]  # fmt: skip
    fields = {"start": start, "finish": start, "recurrence": kind, "period": max(rule.period, 1)}
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
        fields.update(start=dates[0], finish=dates[0], month=0)
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
    if (item.name, item.intervals, item.calendar_id) != (last.name, last.intervals, last.calendar_id):
        return False
    if item.start != last.finish + timedelta(days=1) or item.finish != item.start:
        return False
    if (item.until is None) != (last.until is None):
        return False
    return item.until is None or item.until - item.start == last.until - last.start


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
    return f"<Type>{recurrence.YEARLY_BY_DAY}</Type><Month>{month}</Month><MonthDay>{day}</MonthDay>"


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
