"""MS Project's Indicators column: a mark for a constraint, a note, a split task, work spread
by a contour, a missed deadline and a schedule conflict, and the sentences a tooltip gives
for them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmdesk.core.entities import ConstraintType, Task, WorkContour
from pmdesk.core.scheduling.splits import gaps_of
from pmdesk.models.assignments import contour_name
from pmdesk.models.taskcolumns import (
    CONFLICT_MARK,
    CONSTRAINT_MARK,
    CONTOUR_MARK,
    DEADLINE_MARK,
    NOTE_MARK,
    SPLIT_MARK,
)

_FREE = (ConstraintType.ASAP, ConstraintType.ALAP)


def missed_deadline(task: Task, scheduled) -> bool:
    return task.deadline is not None and scheduled is not None and scheduled.finish > task.deadline


def contoured(assignments) -> list:
    """The task's assignments whose work is not spread flat."""
    return [a for a in assignments if a.contour != WorkContour.FLAT]


def marks(task: Task, scheduled, in_conflict: bool, assignments=()) -> str:
    found = []
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
    if in_conflict:
        found.append(CONFLICT_MARK)
    return "".join(found)


def sentences(model, task: Task, scheduled, conflicts, assignments=()) -> list[str]:
    lines = []
    if task.constraint_type not in _FREE:
        when = f" {task.constraint_date:%a %Y-%m-%d %H:%M}" if task.constraint_date else ""
        lines.append(QCoreApplication.translate("TaskIndicators", "Constraint: %1%2.").replace("%1", task.constraint_type.value)
                     .replace("%2", when))
    if task.notes:
        lines.append(QCoreApplication.translate("TaskIndicators", "Note: %1").replace("%1", task.notes.splitlines()[0][:200]))
    pauses = gaps_of(task) if task.splits else []
    if pauses:
        paused = model.format_duration(sum(gap for _offset, gap in pauses), False)
        lines.append(QCoreApplication.translate("TaskIndicators", "Split: the work pauses %1 time(s), %2 in all.")
                     .replace("%1", str(len(pauses))).replace("%2", paused))
    uneven = contoured(assignments)
    if uneven:
        resources = model.document.data.resources
        names = ", ".join(
            f"{resources[a.resource_id].name} ({contour_name(a.contour)})"
            for a in uneven if a.resource_id in resources)
        lines.append(QCoreApplication.translate("TaskIndicators", "Work contour: %1.").replace("%1", names))
    if missed_deadline(task, scheduled):
        lines.append(QCoreApplication.translate("TaskIndicators", "Finishes on %1, after its deadline %2.")
                     .replace("%1", f"{scheduled.finish:%a %Y-%m-%d %H:%M}")
                     .replace("%2", f"{task.deadline:%a %Y-%m-%d %H:%M}"))
    lines.extend(conflicts)
    return lines
