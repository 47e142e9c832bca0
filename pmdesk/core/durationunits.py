"""Durations as MS Project keeps them: each task remembers the unit it was typed in and whether
it is an estimate, so `2w` reads back as `2 wks`, `5ed` as `5 edays` and `3d?` as `3 days?`.
The engine still works in minutes; the unit only decides how the minutes are written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pmdesk.core.durationtext import long_text
from pmdesk.core.scheduling.durations import UNIT_ALIASES, parse_duration
from pmdesk.core.standard_time import DAYS_PER_MONTH, MINUTES_PER_DAY, MINUTES_PER_WEEK

UNITS = ("m", "h", "d", "w", "mo")
_ALIASES = UNIT_ALIASES
_UNIT_TEXT = re.compile(r"^\s*[+-]?\s*(?:\d+(?:[.,]\d*)?|[.,]\d+)\s*([a-z]*)\s*(\??)\s*$")


@dataclass(frozen=True, slots=True)
class TypedDuration:
    """A duration as typed: minutes for the engine, and how the person wrote it."""

    minutes: int
    elapsed: bool
    unit: str  # one of UNITS
    estimated: bool


def read_duration(
    text: str,
    minutes_per_day: int = MINUTES_PER_DAY,
    minutes_per_week: int = MINUTES_PER_WEEK,
    days_per_month: int = DAYS_PER_MONTH,
) -> TypedDuration:
    """Read "2w", "5ed", "3d?", "4 hrs", "1.5" (days, as in MS Project); raises the
    scheduling error of parse_duration for text that is not a duration."""
    minutes, elapsed = parse_duration(text, minutes_per_day, minutes_per_week, days_per_month)
    match = _UNIT_TEXT.match(text.lower())
    word = match.group(1) if match else ""
    if elapsed and word.startswith("e"):
        word = word[1:]
    unit = _ALIASES.get(word, "d")
    return TypedDuration(int(minutes), elapsed, unit, bool(match and match.group(2)))


def unit_minutes(
    unit: str,
    elapsed: bool,
    minutes_per_day: int = MINUTES_PER_DAY,
    minutes_per_week: int = MINUTES_PER_WEEK,
    days_per_month: int = DAYS_PER_MONTH,
) -> int:
    if elapsed:
        return {"m": 1, "h": 60, "d": 1440, "w": 10080, "mo": 43200}[unit]
    return {
        "m": 1,
        "h": 60,
        "d": minutes_per_day,
        "w": minutes_per_week,
        "mo": minutes_per_day * days_per_month,
    }[unit]


def format_in_unit(
    minutes: float,
    unit: str,
    elapsed: bool = False,
    estimated: bool = False,
    minutes_per_day: int = MINUTES_PER_DAY,
    minutes_per_week: int = MINUTES_PER_WEEK,
    days_per_month: int = DAYS_PER_MONTH,
) -> str:
    """``minutes`` written in ``unit`` with MS Project's label: "2 wks", "5 edays", "3 days?"
    (in the interface language: "2 minggu", "5 ehari", "3 hari?" in Bahasa Indonesia)."""
    per = unit_minutes(unit, elapsed, minutes_per_day, minutes_per_week, days_per_month)
    value = minutes / per
    number = f"{value:.2f}".rstrip("0").rstrip(".")
    if number in ("", "-0"):
        number = "0"
    return long_text(number, unit, elapsed, estimated)


def format_delay(minutes: int) -> str:
    """A Leveling Delay as MS Project shows it: elapsed days ("3 edays"), or elapsed hours
    below a day ("4 ehrs")."""
    return format_in_unit(minutes, "d" if minutes >= 1440 or not minutes else "h", elapsed=True)
