"""Durations and lags as people type and read them: "3d", "1.5 w", "4h", "5ed", "+2d", "50%".

Working units follow the calendar's conversion factors (MS Project's "hours per day", "hours
per week", "days per month"); elapsed units ("em", "eh", "ed", "ew", "emo") are wall-clock
time: an elapsed day is 24 hours, an elapsed month 30 days. A bare number means days, as in
MS Project.
"""

from __future__ import annotations

import re

from pmdesk.core.entities import LagKind
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.unitwords import INDONESIAN_UNIT_WORDS
from pmdesk.core.standard_time import DAYS_PER_MONTH, MINUTES_PER_DAY, MINUTES_PER_WEEK

UNIT_ALIASES = {  # every spelling of a duration unit pmdesk reads
    "m": "m", "min": "m", "mins": "m", "minute": "m", "minutes": "m",
    "h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h",
    "d": "d", "dy": "d", "day": "d", "days": "d",
    "w": "w", "wk": "w", "wks": "w", "week": "w", "weeks": "w",
    "mo": "mo", "mon": "mo", "mons": "mo", "month": "mo", "months": "mo",
}  # fmt: skip
UNIT_ALIASES.update(INDONESIAN_UNIT_WORDS)
_ELAPSED_MINUTES = {"m": 1, "h": 60, "d": 1440, "w": 10080, "mo": 43200}
_PATTERN = re.compile(r"^\s*([+-]?)\s*(\d+(?:[.,]\d*)?|[.,]\d+)\s*([a-z]*)\s*(\??)\s*$")


def _unit_minutes(
    unit: str, minutes_per_day: int, minutes_per_week: int, days_per_month: int
) -> tuple[int, bool] | None:
    """(minutes per unit, elapsed) for a unit as typed."""
    elapsed = False
    base = UNIT_ALIASES.get(unit)
    if base is None and unit.startswith("e"):
        base = UNIT_ALIASES.get(unit[1:])
        elapsed = base is not None
    if base is None:
        return None
    if elapsed:
        return _ELAPSED_MINUTES[base], True
    return {
        "m": 1,
        "h": 60,
        "d": minutes_per_day,
        "w": minutes_per_week,
        "mo": minutes_per_day * days_per_month,
    }[base], False


def _parse(
    text: str, minutes_per_day: int, minutes_per_week: int, days_per_month: int
) -> tuple[int, bool] | None:
    match = _PATTERN.match(text.lower())
    if not match:
        return None
    sign, number, unit, _estimated = match.groups()
    value = float(number.replace(",", "."))
    found = _unit_minutes(unit or "d", minutes_per_day, minutes_per_week, days_per_month)
    if found is None:
        return None
    per_unit, elapsed = found
    minutes = round(value * per_unit)
    return (-minutes if sign == "-" else minutes), elapsed


def parse_duration(
    text: str,
    minutes_per_day: int = MINUTES_PER_DAY,
    minutes_per_week: int = MINUTES_PER_WEEK,
    days_per_month: int = DAYS_PER_MONTH,
) -> tuple[int, bool]:
    """(minutes, elapsed) for "3d", "2w", "4h", "1.5d", "0", "5ed", "30m", "1mo"...

    Raises SchedulingError for text that is not a duration or is negative.
    """
    parsed = _parse(text, minutes_per_day, minutes_per_week, days_per_month)
    if parsed is None:
        raise SchedulingError(
            f"{text.strip()!r} is not a duration; write e.g. 3d, 4h, 1.5w, 30m or 5ed."
        )
    if parsed[0] < 0:
        raise SchedulingError(f"A duration cannot be negative ({text.strip()}).")
    return parsed


def parse_lag(
    text: str,
    minutes_per_day: int = MINUTES_PER_DAY,
    minutes_per_week: int = MINUTES_PER_WEEK,
    days_per_month: int = DAYS_PER_MONTH,
) -> tuple[float, LagKind]:
    """(value, kind) for a lag or lead: "+2d", "-1d" (a lead), "50%", "3ed", "" (none)."""
    stripped = text.strip()
    if not stripped:
        return 0, LagKind.WORKING
    if stripped.endswith("%"):
        number = stripped[:-1].strip().replace(",", ".")
        try:
            return float(number), LagKind.PERCENT
        except ValueError:
            pass
    else:
        parsed = _parse(stripped, minutes_per_day, minutes_per_week, days_per_month)
        if parsed is not None:
            minutes, elapsed = parsed
            return minutes, LagKind.ELAPSED if elapsed else LagKind.WORKING
    raise SchedulingError(f"{stripped!r} is not a lag; write e.g. +2d, -1d, 4h, 3ed or 50%.")


def _number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_duration(
    minutes: float,
    elapsed: bool = False,
    minutes_per_day: int = MINUTES_PER_DAY,
    minutes_per_week: int = MINUTES_PER_WEEK,
    days_per_month: int = DAYS_PER_MONTH,
    unit: str | None = None,
) -> str:
    """Text for a duration: "3 d", "1.5 d", "4 h", "30 m", "2 ed"; ``unit`` forces one of
    m/h/d/w/mo."""
    prefix = "e" if elapsed else ""
    per = {
        "m": 1,
        "h": 60,
        "d": 1440 if elapsed else minutes_per_day,
        "w": 10080 if elapsed else minutes_per_week,
        "mo": 43200 if elapsed else minutes_per_day * days_per_month,
    }
    if unit is None:
        day = per["d"]
        if minutes == 0 or minutes % day == 0 or abs(minutes) >= day:
            unit = "d"
            if round(minutes / day, 2) * day != minutes and minutes % 60 == 0:
                unit = "h"  # 1 d 1 h is clearer as 9 h than as 1.13 d
        elif minutes % 60 == 0:
            unit = "h"
        elif abs(minutes) < 60:
            unit = "m"
        else:
            unit = "h" if round(minutes / 60, 2) * 60 == minutes else "m"
    return f"{_number(minutes / per[unit])} {prefix}{unit}"


def format_lag(
    value: float,
    kind: LagKind = LagKind.WORKING,
    minutes_per_day: int = MINUTES_PER_DAY,
    minutes_per_week: int = MINUTES_PER_WEEK,
    days_per_month: int = DAYS_PER_MONTH,
) -> str:
    """Text for a lag: "+2 d", "-1 d", "50%", "+3 ed", "0 d"."""
    if kind == LagKind.PERCENT:
        return f"{_number(value)}%"
    text = format_duration(
        abs(value), kind == LagKind.ELAPSED, minutes_per_day, minutes_per_week, days_per_month
    )
    if value > 0:
        return "+" + text
    if value < 0:
        return "-" + text
    return text
