"""What the calendar editor holds while open: copies of the plan's calendars and exceptions
that the dialog changes freely, checked as a whole, and applied as one undo step on OK.

Qt-free, so the rules (who uses a calendar, what a valid draft is, what OK changes) are
tested without widgets; the dialog only translates gestures into these calls.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from pmdesk.core.entities import Calendar, CalendarException, Resource
from pmdesk.core.plandata import PlanData
from pmdesk.core.resource_calendar import own_calendar
from pmdesk.core.scheduling.calendar_checks import calendar_problem, exception_problem
from pmdesk.core.scheduling.calendar_templates import calendar_from_template
from pmdesk.operations.editor import PlanEditor

CALENDAR_FIELDS = ("name", "base_id", "week", "minutes_per_day", "minutes_per_week",
                   "days_per_month")  # fmt: skip
EXCEPTION_FIELDS = ("calendar_id", "start", "finish", "name", "intervals", "recurrence", "until",
                    "period", "weekdays", "month_day", "nth", "nth_weekday", "month",
                    "occurrences")  # fmt: skip

_CLOCK = re.compile(r"^\s*(\d{1,2})(?::(\d{2}))?\s*$")
_DASHES = re.compile(r"\s*[-\u2013\u2014]\s*")


def _minute(text: str, whole: str) -> int:
    match = _CLOCK.match(text)
    if not match:
        raise ValueError(f"{text.strip()!r} in {whole.strip()!r} is not a time such as 08:00.")
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise ValueError(f"{text.strip()!r} is not a time of day.")
    return hours * 60 + minutes


def parse_hours(text: str) -> list[tuple[int, int]]:
    """``"08:00-12:00, 13:00-17:00"`` -> [(480, 720), (780, 1020)]; ValueError with a
    sentence for text that is not a list of times (order and overlap are checked later)."""
    spans: list[tuple[int, int]] = []
    for part in (p for p in re.split(r"[,;]", text) if p.strip()):
        pieces = _DASHES.split(part.strip())
        if len(pieces) != 2:
            raise ValueError(f"{part.strip()!r} is not a working time such as 08:00-12:00.")
        spans.append((_minute(pieces[0], part), _minute(pieces[1], part)))
    return spans


def format_hours(intervals: Iterable[tuple[int, int]]) -> str:
    return ", ".join(f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}" for a, b in intervals)


class CalendarDraft:
    """Editable copies of the plan's calendars and exceptions."""

    def __init__(self, data: PlanData) -> None:
        self.data = data
        self.calendars: dict[int, Calendar] = copy.deepcopy(dict(data.calendars))
        self.exceptions: dict[int, CalendarException] = copy.deepcopy(
            dict(data.calendar_exceptions)
        )
        self.resource_calendars: dict[int, int] = {}  # resource id -> its new own calendar
        self._next_calendar = max(self.calendars, default=0) + 1
        self._next_exception = max(self.exceptions, default=0) + 1

    # -- calendars -------------------------------------------------------------------------
    def _new_calendar_id(self) -> int:
        self._next_calendar += 1
        return self._next_calendar - 1

    def unique_name(self, wanted: str) -> str:
        taken = {c.name.casefold() for c in self.calendars.values()}
        name, number = wanted, 2
        while name.casefold() in taken:
            name, number = f"{wanted} {number}", number + 1
        return name

    def new_calendar(
        self, name: str, template: str = "Standard", copy_of: int | None = None
    ) -> Calendar:
        """A base calendar from a template, or a copy of another one with its exceptions."""
        cid = self._new_calendar_id()
        if copy_of is not None:
            calendar = copy.deepcopy(self.calendars[copy_of])
            calendar.id, calendar.name = cid, name
            for exc in self.exceptions_of(copy_of):
                self.add_exception(copy.deepcopy(exc), cid)
        else:
            calendar = calendar_from_template(cid, template, name)
        self.calendars[cid] = calendar
        return calendar

    def resource_calendar(self, resource_id: int) -> int:
        """The calendar of a work resource's own, made now if it has none: derived from the
        calendar it uses (or the plan's default), named after it, as MS Project does."""
        resource: Resource = self.data.resources[resource_id]
        if resource_id in self.resource_calendars:
            return self.resource_calendars[resource_id]
        current = resource.calendar_id
        if own_calendar(self.data, resource) is not None and current in self.calendars:
            return current
        base = current if current in self.calendars else self.data.plan.default_calendar_id
        cid = self._new_calendar_id()
        self.calendars[cid] = Calendar(id=cid, name=self.unique_name(resource.name or "Resource"),
                                       base_id=base if base in self.calendars else None,
                                       week={} if base in self.calendars else
                                       calendar_from_template(cid, "Standard").week)  # fmt: skip
        self.resource_calendars[resource_id] = cid
        return cid

    def users(self, calendar_id: int) -> list[str]:
        """Who uses a calendar, as phrases ("the plan's default calendar", "the task 'X'")."""
        found = []
        if self.data.plan.default_calendar_id == calendar_id:
            found.append("the plan's default calendar")
        for cal in sorted(self.calendars.values(), key=lambda c: c.name.casefold()):
            if cal.base_id == calendar_id and cal.id != calendar_id:
                found.append(f"the calendar {cal.name!r}")
        for task in sorted(self.data.tasks.values(), key=lambda t: t.id):
            if task.calendar_id == calendar_id:
                found.append(f"the task {task.name!r}")
        for resource in sorted(self.data.resources.values(), key=lambda r: r.id):
            uses = self.resource_calendars.get(resource.id, resource.calendar_id)
            if uses == calendar_id:
                found.append(f"the resource {resource.name!r}")
        return found

    def delete_problem(self, calendar_id: int) -> str | None:
        users = self.users(calendar_id)
        if not users:
            return None
        name = self.calendars[calendar_id].name
        shown = users[:5] + ([f"{len(users) - 5} more"] if len(users) > 5 else [])
        listed = ", ".join(shown[:-1]) + " and " + shown[-1] if len(shown) > 1 else shown[0]
        return f"The calendar {name!r} cannot be deleted: {listed} use it."

    def delete_calendar(self, calendar_id: int) -> None:
        problem = self.delete_problem(calendar_id)
        if problem:
            raise ValueError(problem)
        del self.calendars[calendar_id]
        for exc in self.exceptions_of(calendar_id):
            del self.exceptions[exc.id]

    # -- exceptions ------------------------------------------------------------------------
    def exceptions_of(self, calendar_id: int) -> list[CalendarException]:
        return sorted((e for e in self.exceptions.values() if e.calendar_id == calendar_id),
                      key=lambda e: (e.start, e.id))  # fmt: skip

    def add_exception(self, exc: CalendarException, calendar_id: int) -> CalendarException:
        exc.id, exc.calendar_id = self._next_exception, calendar_id
        self._next_exception += 1
        self.exceptions[exc.id] = exc
        return exc

    def add_holidays(self, calendar_id: int, holidays: list[tuple[date, str]]) -> int:
        """Named one-day non-working exceptions; a day the calendar already has an exception
        of that name on is skipped. Returns how many were added."""
        have = {(e.start, e.name) for e in self.exceptions_of(calendar_id) if e.recurrence is None}
        added = 0
        for day, name in holidays:
            if (day, name) not in have:
                self.add_exception(CalendarException(0, 0, day, day, name), calendar_id)
                added += 1
        return added

    # -- checking and applying -------------------------------------------------------------
    def _changed(
        self,
        original: dict[int, Calendar] | dict[int, CalendarException],
        entity: Calendar | CalendarException,
        fields: tuple[str, ...],
    ) -> bool:
        before = original.get(entity.id)
        return before is None or any(getattr(before, f) != getattr(entity, f) for f in fields)

    def problem(self) -> str | None:
        """The first reason the draft cannot be applied, or None. New and changed calendars
        and exceptions are checked as the editor does; untouched ones as the engine does."""
        names: dict[str, str] = {}
        for cal in sorted(self.calendars.values(), key=lambda c: c.id):
            key = cal.name.strip().casefold()
            if not key:
                return "Every calendar needs a name."
            if key in names:
                return f"Two calendars are called {cal.name.strip()!r}; give them different names."
            names[key] = cal.name
        original = self.data.calendars
        edited = {c.id for c in self.calendars.values()
                  if self._changed(original, c, CALENDAR_FIELDS)}  # fmt: skip
        # The calendars the person changed first: their sentence names what they just did.
        for cal in sorted(
            self.calendars.values(), key=lambda c: (c.id not in edited, c.name.casefold())
        ):
            problem = calendar_problem(cal, self.calendars, need_work_week=cal.id in edited)
            if problem:
                return problem
        for exc in sorted(self.exceptions.values(), key=lambda e: (e.calendar_id, e.start, e.id)):
            touched = self._changed(self.data.calendar_exceptions, exc,
                                    EXCEPTION_FIELDS)  # fmt: skip
            owner = self.calendars.get(exc.calendar_id)
            problem = exception_problem(exc, owner.name if owner else "", editing=touched)
            if problem:
                return problem
        return None

    def is_modified(self) -> bool:
        return bool(self.resource_calendars) or any(self._edits())

    # (operation, kind, id, what): "remove" with None, "add" with the new entity, "set" with
    # the changed fields by name.
    def _edits(self) -> Iterator[tuple[str, type, int, Any]]:
        data = self.data
        for kind, mine, theirs, fields in (
            (Calendar, self.calendars, data.calendars, CALENDAR_FIELDS),
            (CalendarException, self.exceptions, data.calendar_exceptions, EXCEPTION_FIELDS),
        ):
            for eid in theirs.keys() - mine.keys():
                yield ("remove", kind, eid, None)
            for eid, entity in mine.items():
                if eid not in theirs:
                    yield ("add", kind, eid, entity)
                else:
                    changed = {f: copy.deepcopy(getattr(entity, f)) for f in fields
                               if getattr(entity, f) != getattr(theirs[eid], f)}  # fmt: skip
                    if changed:
                        yield ("set", kind, eid, changed)

    def apply(self, document: PlanEditor, text: str) -> None:
        """Every change as one undo step (``document.macro``); raises what the Document
        raises (the plan is then unchanged)."""
        edits = list(self._edits())
        removed_calendars = {
            eid for op, kind, eid, _ in edits if op == "remove" and kind is Calendar
        }
        with document.macro(text):
            added = [
                copy.deepcopy(e) for op, kind, _, e in edits if op == "add" and kind is Calendar
            ]
            if added:
                document.add_entities(added, text)
            for op, kind, eid, values in edits:
                if op == "set":
                    document.set_fields(kind, eid, text, **values)
            gone = [
                (CalendarException, eid)
                for op, kind, eid, _ in edits
                if op == "remove"
                and kind is CalendarException
                and self.data.calendar_exceptions[eid].calendar_id not in removed_calendars
            ]
            if gone:
                document.remove_entities(gone, text)
            new = [copy.deepcopy(e) for op, kind, _, e in edits
                   if op == "add" and kind is CalendarException]  # fmt: skip
            if new:
                document.add_entities(new, text)
            for resource_id, cid in self.resource_calendars.items():
                document.set_fields(Resource, resource_id, text, calendar_id=cid)
            if removed_calendars:
                document.remove_entities([(Calendar, cid) for cid in sorted(removed_calendars)],
                                         text)  # fmt: skip
