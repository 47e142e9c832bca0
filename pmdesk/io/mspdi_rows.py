"""The rows the MSPDI element reader (mspdi_elements) hands to the assembler (mspdi): values
checked, not yet entities (links, baselines and assignments need every task and resource
read first)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypedDict

from pmdesk.core.entities import WorkContour

Fields = dict[str, str | None]  # an element's simple children: local name -> text
Getter = Callable[[str], str | None]  # Fields.get


class BaselineValues(TypedDict):
    """A task's <Baseline> values, checked (mspdi._Reader._baselines makes the entities)."""

    Start: datetime | None
    Finish: datetime | None
    Duration: int
    Work: int
    Cost: float


class AssignmentExtra(TypedDict):
    """An assignment's tracking and leveling values, kept as the file says (mspdi._Reader
    ._assignments keeps those its resource's type has)."""

    actual_work: float | None  # None: not in the file (it follows % complete)
    overtime_work: int
    delay: int  # minutes
    cost: float
    leveling_delay: int  # minutes


# (task UID, resource UID, units, work minutes or None, contour, the rest)
AssignmentRow = tuple[int, int, float, float | None, WorkContour, AssignmentExtra]
# (predecessor UID, successor UID, MSPDI link type, lag as written, LagFormat)
LinkRow = tuple[int, int, int, int, int]
