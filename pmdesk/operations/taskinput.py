"""Reading what people type into the task table: resource lists and dates.

Durations and predecessors have their own readers (core.scheduling.durations,
operations.predecessors).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from pmdesk.core.errors import PmdeskError


class TaskInputError(PmdeskError):
    """Text typed into the task table that cannot be read; one sentence for a person."""


_RESOURCE_ITEM = re.compile(r"^(?P<name>[^\[\]]+?)\s*(?:\[\s*(?P<units>[\d.]+)\s*%?\s*\])?$")


def parse_resource_names(text: str) -> list[tuple[str, float]]:
    """Read ``Designer[50%], Tester`` into ``[("Designer", 0.5), ("Tester", 1.0)]``."""
    result: list[tuple[str, float]] = []
    seen: set[str] = set()
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        match = _RESOURCE_ITEM.match(part)
        if match is None:
            raise TaskInputError(f'"{part}" is not a resource; write it like Designer[50%].')
        units = 1.0
        if match["units"] is not None:
            try:
                units = float(match["units"]) / 100.0
            except ValueError:
                raise TaskInputError(f'"{match["units"]}" is not a percentage.') from None
            if units <= 0:
                raise TaskInputError(f"{match['name']} needs more than 0% units.")
        name = match["name"].strip()
        if name.lower() in seen:
            raise TaskInputError(f"{name} is listed twice.")
        seen.add(name.lower())
        result.append((name, units))
    return result


# MS Project's date range: it refuses dates outside it, and so do we.
FIRST_DATE = datetime(1984, 1, 1)
LAST_DATE = datetime(2149, 12, 31, 23, 59)


def check_date_range(moment: datetime) -> None:
    if not FIRST_DATE <= moment <= LAST_DATE:
        raise TaskInputError(
            f"A date must be between 1984-01-01 and 2149-12-31 ({moment:%Y-%m-%d} is not)."
        )


_WEEKDAY_PREFIX = re.compile(r"^[^\W\d_]{2,4}\.?\s+(?=\d{4}-)")


def as_datetime(value: object) -> datetime:
    """A datetime from what an editor hands back (QDateTime, date, datetime or text)."""
    if hasattr(value, "toPython"):  # a QDateTime or QDate, without importing Qt here
        value = value.toPython()
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    text = str(value).strip()
    # The table writes a weekday in the interface language before the ISO date ("Sen
    # 2026-10-05" in Indonesian): any short word there is read past.
    text = _WEEKDAY_PREFIX.sub("", text)
    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise TaskInputError(f'"{text}" is not a date; write it like 2026-03-02.')
