"""Three-point estimates in MSPDI: MS Project's PERT analysis keeps a task's optimistic,
expected and pessimistic durations in the custom fields Duration1, Duration2 and Duration3
(Project 2000-2007 "PERT Analysis" toolbar; Microsoft's help for it: "Optimistic Dur.,
Expected Dur. and Pessimistic Dur. are stored in Duration1, Duration2 and Duration3"). In
MSPDI a custom field value is a task's <ExtendedAttribute> with the field's FieldID (the
FieldIDs below are Project's own, as MPXJ's MSPDI reader and writer use them). MS Project has
no field for the distribution: it is not written, and read back as pmdesk's default.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from pmdesk.core.entities import Task
from pmdesk.core.risk.estimates import estimate_problem
from pmdesk.io.mspdi_values import format_duration, parse_duration

PERT_FIELDS = {  # FieldID -> (Project field name, Task field)
    188743783: ("Duration1", "duration_optimistic"),
    188743784: ("Duration2", "duration_most_likely"),
    188743785: ("Duration3", "duration_pessimistic"),
}
_BY_NAME = {name: fid for fid, (_n, name) in PERT_FIELDS.items()}


def read_estimates(task: Task, elem: ET.Element, ns: str) -> int:
    """Set the task's estimates from its <ExtendedAttribute> children (Duration1-3); returns
    how many were left out: estimates out of order or negative are all left out, and one
    that cannot be read."""
    found: dict[str, int] = {}
    left_out = 0
    for child in elem.iterfind(ns + "ExtendedAttribute"):
        try:
            field = PERT_FIELDS.get(int(child.findtext(ns + "FieldID") or ""))
        except ValueError:
            field = None
        if field is None:
            continue  # another custom field (mspdi.py reads or counts it)
        value = child.findtext(ns + "Value")
        try:
            found[field[1]] = round(parse_duration(value))
        except (ValueError, TypeError):
            left_out += 1
    if found and estimate_problem(*(found.get(n) for n in _BY_NAME)) is None:
        for name, minutes in found.items():
            setattr(task, name, minutes)
        return left_out
    return left_out + len(found)


def pert_definitions(tasks: Iterable[Task]) -> list[tuple[int, str]]:
    """(FieldID, name) of Duration1-3 for the project's field list, when a task has an
    estimate."""
    if not any(
        t.duration_optimistic is not None
        or t.duration_most_likely is not None
        or t.duration_pessimistic is not None
        for t in tasks  # (named: three getattr calls per task cost more at 20,000 tasks)
    ):
        return []
    return [(fid, field_name) for fid, (field_name, _attr) in PERT_FIELDS.items()]


def values_xml(task: Task) -> str:
    """A task's Duration1-3 values as <ExtendedAttribute> elements."""
    parts = []
    for name, fid in _BY_NAME.items():
        minutes = getattr(task, name)
        if minutes is not None:
            parts.append(
                f"<ExtendedAttribute><FieldID>{fid}</FieldID>"
                f"<Value>{format_duration(minutes)}</Value></ExtendedAttribute>"
            )
    return "".join(parts)
