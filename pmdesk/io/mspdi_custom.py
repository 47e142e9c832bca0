"""MS Project's custom task fields in MSPDI: ``<ExtendedAttribute>`` with a FieldID and a Value
on each task, and the project's list of the fields used. pmdesk keeps Text1-30, Number1-20,
Date1-10 and Flag1-20 (``Task.custom_fields``).

The FieldIDs are MS Project's task field numbers, as ProjectLibre's NewProduct example
(shared/fixtures/interop/NewProduct-projectlibre.xml) lists them: e.g. Text1 188743731,
Text11 188743997, Number1 188743767, Date1 188743945, Flag1 188743752.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from pmdesk.core.entities import Task

_TEXT = (
    188743731,
    188743734,
    188743737,
    188743740,
    188743743,
    188743746,
    188743747,
    188743748,
    188743749,
    188743750,
    *range(188743997, 188744017),
)
_NUMBER = (*range(188743767, 188743772), *range(188743982, 188743997))
_DATE = tuple(range(188743945, 188743955))
_FLAG = (*range(188743752, 188743762), *range(188743972, 188743982))
FIELD_IDS: dict[str, int] = {
    **{f"text{n}": fid for n, fid in enumerate(_TEXT, start=1)},
    **{f"number{n}": fid for n, fid in enumerate(_NUMBER, start=1)},
    **{f"date{n}": fid for n, fid in enumerate(_DATE, start=1)},
    **{f"flag{n}": fid for n, fid in enumerate(_FLAG, start=1)},
}
KEYS_BY_ID = {fid: key for key, fid in FIELD_IDS.items()}


def field_name(key: str) -> str:
    """MS Project's name of a custom field: text1 -> Text1."""
    return key[0].upper() + key[1:]


def read_value(key: str, text: str | None) -> object:
    """A task's stored value from the XML text; None when it says nothing or cannot be read."""
    if text is None:
        return None
    text = text.strip()
    if key.startswith("text"):
        return text or None
    if key.startswith("flag"):
        return True if text in ("1", "true") else None
    if key.startswith("number"):
        try:
            number = float(text)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    try:  # a date: 2026-04-01T08:00:00
        return datetime.fromisoformat(text).isoformat(timespec="minutes")
    except ValueError:
        return None


def write_value(key: str, value: Any) -> str:
    if key.startswith("flag"):
        return "1" if value else "0"
    if key.startswith("number"):
        return repr(float(value))
    if key.startswith("date"):
        return datetime.fromisoformat(str(value)).strftime("%Y-%m-%dT%H:%M:%S")
    return str(value)


def used_keys(tasks: Iterable[Task]) -> list[str]:
    """The custom fields any task has a value in, in MS Project's field order."""
    used: set[str] = set()
    for task in tasks:
        if task.custom_fields:  # mostly empty
            used.update(key for key in task.custom_fields if key in FIELD_IDS)
    return [key for key in FIELD_IDS if key in used]
