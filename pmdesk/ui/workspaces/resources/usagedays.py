"""Which days of a week a resource does not work although the plan's calendar does (its
vacations, its part-time days): the usage grid shades them in the resource's row."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter

from pmdesk.core.errors import PmdeskError
from pmdesk.core.scheduling.calendar import WorkingCalendar, default_calendar
from pmdesk.theme import colour

if TYPE_CHECKING:
    from pmdesk.document import Document


class ResourceDays:
    """Compiled calendars of the plan and of each resource, made on first need; ``clear()``
    after the plan changed."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._compiled: dict[int | None, WorkingCalendar | None] = {}

    def clear(self) -> None:
        self._compiled = {}

    def _calendar(self, calendar_id: int | None) -> WorkingCalendar | None:
        if calendar_id not in self._compiled:
            data = self.document.data
            calendar = data.calendars.get(calendar_id) if calendar_id is not None else None
            if calendar_id is None:
                calendar = default_calendar(data)
            compiled: WorkingCalendar | None = None  # no calendar of that id: nothing to shade
            if calendar is not None:
                try:
                    compiled = WorkingCalendar.compile(
                        calendar, data.calendar_exceptions.values(), data.calendars
                    )
                except (PmdeskError, AttributeError):  # unusable: the engine says why
                    compiled = None
            self._compiled[calendar_id] = compiled
        return self._compiled[calendar_id]

    def time_off(self, resource_id: int, week_start: date) -> list[int]:
        """Offsets (0 = the week's Monday) of days the resource does not work but the plan's
        default calendar does."""
        resource = self.document.data.resources.get(resource_id)
        if resource is None or resource.calendar_id is None:
            return []
        own, plan = self._calendar(resource.calendar_id), self._calendar(None)
        if own is None or plan is None:
            return []
        days = []
        for offset in range(7):
            ordinal = (week_start + timedelta(days=offset)).toordinal()
            if not own.intervals_on(ordinal) and plan.intervals_on(ordinal):
                days.append(offset)
        return days


def paint_time_off(painter: QPainter, rect: QRect, offsets: list[int], days: int = 7) -> None:
    """A tinted column per day off across the cell of ``days`` days (under its load bar)."""
    width = rect.width() / days
    for offset in offsets:
        left = rect.left() + round(offset * width)
        right = rect.left() + round((offset + 1) * width)
        painter.fillRect(
            QRect(left, rect.top() + 1, right - left, rect.height() - 2), colour("time_off")
        )
