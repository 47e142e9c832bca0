"""Checked reading of imported values: numbers, ids and dates the engine and writers can use.

Each function takes the text found in a file and the name of the element, attribute or column
it came from, and returns a value within the bounds of ``pmdesk.core.limits`` or raises
``BadValue`` with a phrase naming that element and value. Readers add the file and the task
or row and turn it into one sentence (``InteropError``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from pmdesk.core.limits import date_problem

_SHOWN = 40  # characters of a bad value quoted in a message
_MAX_DIGITS = 30  # int() of a 100,000-digit string is slow (and limited) in Python


class BadValue(ValueError):
    """A value a reader cannot use; the message names the element and the value."""


def shown(text: object) -> str:
    """A value as quoted in a message: short, with control characters made visible."""
    text = str(text)
    if len(text) > _SHOWN:
        text = text[:_SHOWN] + "…"
    return repr(text)


def _missing(tag: str) -> BadValue:
    return BadValue(f"{tag} is missing or empty")


def number(
    text: str | None, tag: str, *, low: float, high: float, default: float | None = None
) -> float:
    """A finite number within [low, high]; ``default`` when the text is empty (if given)."""
    if text and len(text) <= 64:  # the common case first: a file has hundreds of thousands
        try:
            value = float(text)
        except ValueError:
            pass
        else:
            if low <= value <= high:  # False for NaN; infinities are outside any bounds
                return value
    if text is None or not text.strip():
        if default is None:
            raise _missing(tag)
        return default
    stripped = text.strip()
    if len(stripped) > 64:
        raise BadValue(f"{tag} {shown(text)} is not a number")
    try:
        value = float(stripped)
    except ValueError:
        raise BadValue(f"{tag} {shown(text)} is not a number") from None
    if not math.isfinite(value):
        raise BadValue(f"{tag} {shown(text)} is not a finite number")
    if value < low or value > high:
        raise BadValue(f"{tag} {shown(text)} is outside {low:g} to {high:g}")
    return value


def integer(text: str | None, tag: str, *, low: int, high: int, default: int | None = None) -> int:
    """A whole number within [low, high]; ``default`` when the text is empty (if given)."""
    if text and len(text) <= _MAX_DIGITS:  # the common case first
        try:
            value = int(text)
        except ValueError:
            pass
        else:
            if low <= value <= high:
                return value
    if text is None or not text.strip():
        if default is None:
            raise _missing(tag)
        return default
    stripped = text.strip()
    if len(stripped) > _MAX_DIGITS:
        raise BadValue(f"{tag} {shown(text)} is not a whole number in range")
    try:
        value = int(stripped)
    except ValueError:
        raise BadValue(f"{tag} {shown(text)} is not a whole number") from None
    if value < low or value > high:
        raise BadValue(f"{tag} {shown(text)} is outside {low} to {high}")
    return value


def moment(text: str | None, tag: str, parse: Callable[[str], datetime | None]) -> datetime | None:
    """A date parsed by ``parse``, within the dates plans can hold; None when empty."""
    if text is None or not text.strip():
        return None
    try:
        value = parse(text)
    except (ValueError, OverflowError, TypeError):
        raise BadValue(f"{tag} {shown(text)} is not a date") from None
    if value is None:
        return None
    problem = date_problem(value)
    if problem is not None:
        raise BadValue(f"{tag} {shown(text)}: {problem}")
    return value


def minutes(
    value: float, tag: str, text: str | None, *, limit: float, signed: bool = False
) -> float:
    """A duration or lag in minutes, finite and within +-limit (>= 0 unless ``signed``)."""
    if not math.isfinite(value):
        raise BadValue(f"{tag} {shown(text)} is not a finite duration")
    if value < 0 and not signed:
        raise BadValue(f"{tag} {shown(text)} is negative; durations cannot be")
    if abs(value) > limit:
        raise BadValue(f"{tag} {shown(text)} is longer than pmdesk plans can hold")
    return value


def duration(
    text: str | None, tag: str, parse: Callable[[str], float], *, limit: float, signed: bool = False
) -> float:
    """Minutes of a duration written as ``parse`` reads it; 0 when empty."""
    if text is None or not text.strip():
        return 0.0
    if len(text) > 64:
        raise BadValue(f"{tag} {shown(text)} is not a duration")
    try:
        value = parse(text)
    except (ValueError, OverflowError):
        raise BadValue(f"{tag} {shown(text)} is not a duration") from None
    return minutes(value, tag, text, limit=limit, signed=signed)
