"""The base calendars MS Project ships, as templates for a new calendar.

Microsoft's documentation ("Change working days for the project calendar": *Standard* is
Monday to Friday 8:00 AM-12:00 PM and 1:00 PM-5:00 PM; *24 Hours* has no non-working time;
*Night Shift* runs Monday night to Saturday morning, 11:00 PM to 8:00 AM with an hour's break
from 3:00 to 4:00 AM).
"""

from __future__ import annotations

from pmdesk.core.entities import Calendar
from pmdesk.core.standard_time import standard_week

_NIGHT_START = [(1380, 1440)]  # 23:00-24:00
_NIGHT_END = [(0, 180), (240, 480)]  # 00:00-03:00, 04:00-08:00

TEMPLATES: dict[str, dict[int, list[tuple[int, int]]]] = {
    "Standard": standard_week() | {5: [], 6: []},
    "24 Hours": {day: [(0, 1440)] for day in range(7)},
    "Night Shift": {
        0: list(_NIGHT_START),
        1: _NIGHT_END + _NIGHT_START,
        2: _NIGHT_END + _NIGHT_START,
        3: _NIGHT_END + _NIGHT_START,
        4: _NIGHT_END + _NIGHT_START,
        5: list(_NIGHT_END),
        6: [],
    },
}


def calendar_from_template(calendar_id: int, template: str, name: str | None = None) -> Calendar:
    """A new base calendar with the template's week. Its day stays 8 hours long for ``d``
    durations, as in MS Project, where a day's length is the project's, not the calendar's."""
    week = {day: list(hours) for day, hours in TEMPLATES[template].items()}
    return Calendar(id=calendar_id, name=name or template, week=week)
