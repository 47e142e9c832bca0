"""MS Project's Indicators column: a mark for a constraint, a note, a split task, work spread
by a contour, a missed deadline and a schedule conflict, and the sentences a tooltip gives
for them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from pmdesk.core.durationtext import duration_text
from pmdesk.core.earnedvalue import Between
from pmdesk.core.entities import Assignment, ConstraintType, Task, WorkContour
from pmdesk.core.errors import PmdeskError
from pmdesk.core.planinfo import compiled_default
from pmdesk.core.scheduling.splits import gaps_of
from pmdesk.core.tracking import expected_percent, late_task_ids
from pmdesk.models.taskcolumns import (
    CONFLICT_MARK,
    CONSTRAINT_MARK,
    CONTOUR_MARK,
    DEADLINE_MARK,
    LATE_MARK,
    NOTE_MARK,
    SPLIT_MARK,
)

if TYPE_CHECKING:
    from pmdesk.core.scheduling.result import Schedule, ScheduledTask
    from pmdesk.document import Document

_FREE = (ConstraintType.ASAP, ConstraintType.ALAP)


class IndicatorModel(Protocol):
    """What the tooltip sentences read of the task tree model (tasktexts.py passes itself)."""

    @property
    def document(self) -> Document: ...

    def calendar_units(self) -> tuple[int, int, int]: ...


def missed_deadline(task: Task, scheduled: ScheduledTask | None) -> bool:
    return task.deadline is not None and scheduled is not None and scheduled.finish > task.deadline


def contoured(assignments: Iterable[Assignment]) -> list[Assignment]:
    """The task's assignments whose work is not spread flat."""
    return [a for a in assignments if a.contour != WorkContour.FLAT]


def marks(
    task: Task,
    scheduled: ScheduledTask | None,
    in_conflict: bool,
    assignments: Sequence[Assignment] = (),
    late: bool = False,
) -> str:
    found: list[str] = []
    if task.constraint_type not in _FREE:
        found.append(CONSTRAINT_MARK)
    if task.notes:
        found.append(NOTE_MARK)
    if task.splits and gaps_of(task):
        found.append(SPLIT_MARK)
    if assignments and contoured(assignments):
        found.append(CONTOUR_MARK)
    if missed_deadline(task, scheduled):
        found.append(DEADLINE_MARK)
    if late:
        found.append(LATE_MARK)
    if in_conflict:
        found.append(CONFLICT_MARK)
    return "".join(found)


def sentences(
    model: IndicatorModel,
    task: Task,
    scheduled: ScheduledTask | None,
    conflicts: Iterable[str],
    assignments: Sequence[Assignment] = (),
    late: LateTasks | None = None,
) -> list[str]:
    lines: list[str] = []
    if task.constraint_type not in _FREE:
        when = f" {task.constraint_date:%a %Y-%m-%d %H:%M}" if task.constraint_date else ""
        lines.append(
            QCoreApplication.translate("TaskIndicators", "Constraint: %1%2.")
            .replace("%1", task.constraint_type.value)
            .replace("%2", when)
        )
    if task.notes:
        lines.append(
            QCoreApplication.translate("TaskIndicators", "Note: %1").replace(
                "%1", task.notes.splitlines()[0][:200]
            )
        )
    pauses = gaps_of(task) if task.splits else []
    if pauses:
        paused = duration_text(sum(gap for _offset, gap in pauses), False, *model.calendar_units())
        lines.append(
            QCoreApplication.translate(
                "TaskIndicators", "Split: the work pauses %1 time(s), %2 in all."
            )
            .replace("%1", str(len(pauses)))
            .replace("%2", paused)
        )
    uneven = contoured(assignments)
    if uneven:
        # The assignments model (and the resource sheet it uses) loads when a tooltip
        # first names a contour, not with the task table at start-up.
        from pmdesk.models.assignments import contour_name

        resources = model.document.data.resources
        names = ", ".join(
            f"{resources[a.resource_id].name} ({contour_name(a.contour)})"
            for a in uneven
            if a.resource_id in resources
        )
        lines.append(
            QCoreApplication.translate("TaskIndicators", "Work contour: %1.").replace("%1", names)
        )
    if scheduled is not None and missed_deadline(task, scheduled):
        lines.append(
            QCoreApplication.translate("TaskIndicators", "Finishes on %1, after its deadline %2.")
            .replace("%1", f"{scheduled.finish:%a %Y-%m-%d %H:%M}")
            .replace("%2", f"{task.deadline:%a %Y-%m-%d %H:%M}")
        )
    status = model.document.data.plan.status_date
    # (a task is late only at a status date: ids() finds none without one)
    if (
        late is not None
        and scheduled is not None
        and status is not None
        and task.id in late.ids(model.document)
    ):
        lines.append(
            QCoreApplication.translate(
                "TaskIndicators", "Late: %1% complete where %2% was planned by the status date %3."
            )
            .replace("%1", f"{task.percent_complete:g}")
            .replace("%2", f"{late.expected(model.document, scheduled, status):.0f}")
            .replace("%3", f"{status:%a %Y-%m-%d}")
        )
    lines.extend(conflicts)
    return lines


class LateTasks:
    """The tasks late at the plan's status date (core/tracking.py), found once per schedule."""

    def __init__(self) -> None:
        self._key: tuple[Schedule | None, datetime | None] = (None, None)
        self._ids: frozenset[int] = frozenset()

    def ids(self, document: Document) -> frozenset[int]:
        schedule, status = document.schedule, document.data.plan.status_date
        if self._key[0] is not schedule or self._key[1] != status:
            self._ids = (
                frozenset(late_task_ids(document.data, schedule, status, _between(document)))
                if status is not None and schedule is not None
                else frozenset()
            )
            self._key = (schedule, status)
        return self._ids

    def expected(self, document: Document, scheduled: ScheduledTask, status: datetime) -> float:
        """The % complete ``scheduled`` should have at ``status``, the plan's status date."""
        return expected_percent(scheduled, status, _between(document))


def _between(document: Document) -> Between | None:
    """Working minutes on the plan's calendar; None (the wall clock) if it cannot compile."""
    try:
        return compiled_default(document.data).working_between
    except PmdeskError:
        return None
