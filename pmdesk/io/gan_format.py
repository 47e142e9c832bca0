"""The GanttProject .gan format's codes and values, shared by the reader (gan.py, gan_people.py)
and the writer (gan_writer.py): link types, priorities, weekday attributes, built-in roles, the
task attributes pmdesk knows, and how a GanttProject date and id become pmdesk's.

GanttProject's ids start at 0, pmdesk's at 1: a GanttProject id n becomes n + 1. It has days,
not hours: a date starts the standard working day (08:00).
"""

from __future__ import annotations

from datetime import date, datetime
from xml.etree.ElementTree import Element

from pmdesk.core.entities import LinkType
from pmdesk.core.limits import MAX_DURATION_MINUTES
from pmdesk.core.standard_time import MINUTES_PER_DAY
from pmdesk.io.values import BadValue, integer, moment

# MS Project's standard day (STANDARD_HOURS) is what GanttProject's "working day" becomes.
DAY_START = 480  # 08:00: a GanttProject date starts the working day

GAN_LINK_TYPES = {"1": LinkType.SS, "2": LinkType.FS, "3": LinkType.FF, "4": LinkType.SF}
GAN_LINK_CODES = {kind: code for code, kind in GAN_LINK_TYPES.items()}
# GanttProject priorities: 3 lowest, 0 low, 1 normal, 2 high, 4 highest.
GAN_PRIORITIES = {"3": 100, "0": 300, "1": 500, "2": 700, "4": 900}
WEEKDAY_ATTRS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # pmdesk weekday order
# GanttProject's built-in role sets, written as "Default:N" and "SoftwareDevelopment:N"
# (RoleManagerImpl); "Default:0" is its "Undefined" role, meaning none.
BUILT_IN_ROLES = {
    "Default:0": "",
    "Default:1": "Project manager",
    "SoftwareDevelopment:2": "Developer",
    "SoftwareDevelopment:3": "Doc writer",
    "SoftwareDevelopment:4": "Tester",
    "SoftwareDevelopment:5": "Graphic designer",
    "SoftwareDevelopment:6": "Doc translator",
    "SoftwareDevelopment:7": "Packager",
    "SoftwareDevelopment:8": "Analysis",
    "SoftwareDevelopment:9": "Web designer",
    "SoftwareDevelopment:10": "No specific role",
}
TASK_ATTRIBUTES = frozenset(
    [
        "id",
        "uid",
        "name",
        "color",
        "meeting",
        "start",
        "duration",
        "complete",
        "priority",
        "expand",
        "thirdDate",
        "thirdDate-constraint",
        "cost-manual-value",
        "cost-calculated",
        "shape",
        "webLink",
        "project",
        "fixed-start",
    ]
)


def gan_priority(priority: int) -> str:
    """The GanttProject priority nearest to a pmdesk priority (0..1000)."""
    return min(GAN_PRIORITIES, key=lambda code: abs(GAN_PRIORITIES[code] - priority))


MAX_ID = 2**31 - 2
MAX_DAYS = MAX_DURATION_MINUTES / MINUTES_PER_DAY


def parse_day(text: str) -> datetime:
    return datetime.fromisoformat(text.strip()[:10])


def gan_day(text: str | None, tag: str = "date") -> date | None:
    """A GanttProject date (its time of day, if any, is dropped), within the plan range."""
    value = moment(text, tag, parse_day)
    return value.date() if value is not None else None


def required_gan_day(text: str | None, tag: str) -> date:
    """A date that must be there (a vacation's start and end)."""
    value = gan_day(text, tag)
    if value is None:
        raise BadValue(f"{tag} is missing or empty")
    return value


def gan_id(elem: Element, attribute: str, label: str | None = None) -> int:
    """A GanttProject id (from 0) as a pmdesk id (from 1)."""
    return integer(elem.get(attribute), label or attribute, low=0, high=MAX_ID) + 1


def at_day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, DAY_START // 60, DAY_START % 60)
