"""Value types of MS Project XML (MSPDI): dates, times of day, ISO 8601 durations, format codes."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from pmdesk.core.entities import ConstraintType, LinkType

# ConstraintType codes of MSPDI (0..7), in the order Microsoft documents them.
CONSTRAINTS = (
    ConstraintType.ASAP,
    ConstraintType.ALAP,
    ConstraintType.MSO,
    ConstraintType.MFO,
    ConstraintType.SNET,
    ConstraintType.SNLT,
    ConstraintType.FNET,
    ConstraintType.FNLT,
)
CONSTRAINT_CODES = {kind: code for code, kind in enumerate(CONSTRAINTS)}

# PredecessorLink/Type: 0=FF 1=FS 2=SF 3=SS.
LINK_TYPES = (LinkType.FF, LinkType.FS, LinkType.SF, LinkType.SS)
LINK_TYPE_CODES = {kind: code for code, kind in enumerate(LINK_TYPES)}

# Duration/lag format codes: 3 m, 4 em, 5 h, 6 eh, 7 d, 8 ed, 9 w, 10 ew, 11 mo, 12 emo,
# 19 %, 20 e%, 21 null; 35..53 are the same units flagged "estimated" (a "?" after the value).
ELAPSED_FORMATS = frozenset({4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52})
PERCENT_FORMATS = frozenset({19, 20, 51, 52})
FORMAT_DAYS = 7
FORMAT_ELAPSED_DAYS = 8
FORMAT_PERCENT = 19

_DURATION = re.compile(
    r"^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$"
)


def parse_datetime(text: str | None) -> datetime | None:
    """An MSPDI dateTime ("2006-09-21T08:00:00", sometimes with fractions of a second)."""
    if not text:
        return None
    value = datetime.fromisoformat(text.strip())
    if value.tzinfo is not None:  # MS Project writes local times; drop a stray offset
        value = value.replace(tzinfo=None)
    return value.replace(microsecond=0)


@lru_cache(maxsize=4096)  # tasks share their days' start and finish times
def format_datetime(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def format_date_start(value: date) -> str:
    return f"{value.isoformat()}T00:00:00"


def format_date_end(value: date) -> str:
    return f"{value.isoformat()}T23:59:00"


def parse_time(text: str | None, *, end: bool = False) -> int:
    """Minutes from midnight of "08:00:00"; an end time of 00:00 or 24:00 means midnight after."""
    if not text:
        return 0
    parts = text.strip().split(":")
    minutes = int(parts[0]) * 60 + int(parts[1])
    if end and minutes == 0:
        return 1440
    return minutes


def format_time(minutes: int) -> str:
    if minutes >= 1440:
        return "24:00:00"
    return f"{minutes // 60:02d}:{minutes % 60:02d}:00"


# A file repeats the same few durations (PT8H0M0S, PT0H0M0S...) in every task and
# assignment: each distinct text is parsed once. A text that is not a duration raises
# every time (lru_cache keeps only results).
@lru_cache(maxsize=4096)
def parse_duration(text: str | None) -> float:
    """Minutes of an ISO 8601 duration as MS Project writes it ("PT8H0M0S", "-PT4H0M0S").

    MS Project always writes hours of working time (or wall-clock time for elapsed
    durations); days/months/years only come from other writers and are taken as 24 h,
    30 d and 365 d of wall-clock time.
    """
    if not text:
        return 0.0
    match = _DURATION.match(text.strip())
    if match is None:
        raise ValueError(f"not an ISO 8601 duration: {text!r}")
    sign, years, months, days, hours, minutes, seconds = match.groups()
    total = (
        float(years or 0) * 525600
        + float(months or 0) * 43200
        + float(days or 0) * 1440
        + float(hours or 0) * 60
        + float(minutes or 0)
        + float(seconds or 0) / 60
    )
    return -total if sign else total


@lru_cache(maxsize=4096)  # the same few lengths in every task and assignment of a plan
def format_duration(minutes: float) -> str:
    sign = "-" if minutes < 0 else ""
    minutes = abs(minutes)
    whole = int(minutes)
    seconds = round((minutes - whole) * 60)
    if seconds == 60:
        whole, seconds = whole + 1, 0
    return f"{sign}PT{whole // 60}H{whole % 60}M{seconds}S"


@lru_cache(maxsize=4096)  # the same few units, rates and costs in every task and assignment
def format_number(value: float) -> str:
    """A number without a spurious ".0" (MS Project writes "1" for 100 % units)."""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


# Assignment <WorkContour> codes (MSPDI schema): 0 flat ... 7 turtle, 8 contoured.
CONTOUR_CODES = (
    "flat", "back_loaded", "front_loaded", "double_peak", "early_peak", "late_peak", "bell",
    "turtle", "contoured",
)  # fmt: skip
