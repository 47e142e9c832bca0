"""What one command changed, for the listeners of a Document: the changes, the kinds of
entity they touched and whether the schedule was recomputed.

The engine reads the plan's own settings, tasks, links, calendars, resources and assignments
(SCHEDULE_INPUTS); a command that touches none of them (a roadmap card moved, a P&L cell
typed, a canvas level dragged, a baseline saved) leaves the schedule as it was, so the
Document does not run the engine and views that depend only on the schedule do not refresh.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pmdesk.core.entities import (
    Assignment,
    Calendar,
    CalendarException,
    Link,
    Plan,
    Resource,
    Task,
)
from pmdesk.core.plandata import Change

SCHEDULE_INPUTS: frozenset[type] = frozenset(
    {Plan, Task, Link, Calendar, CalendarException, Resource, Assignment}
)


def touches_schedule(changes: Iterable[Change]) -> bool:
    """True when one of ``changes`` is to something the engine reads."""
    return any(change.kind in SCHEDULE_INPUTS for change in changes)


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """One command's changes (or an undo's or redo's)."""

    changes: tuple[Change, ...]
    rescheduled: bool  # the engine ran: the schedule (or its error) may be new
    kinds: frozenset[type] = field(default=frozenset())

    @classmethod
    def of(cls, changes: Iterable[Change], rescheduled: bool) -> ChangeSet:
        changes = tuple(changes)
        return cls(changes, rescheduled, frozenset(change.kind for change in changes))

    def touches(self, *kinds: type) -> bool:
        """True when an entity of one of ``kinds`` was added, removed or changed."""
        return not self.kinds.isdisjoint(kinds)
