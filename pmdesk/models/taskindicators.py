"""MS Project's Indicators column: a mark for a constraint, a note, a missed deadline and a
schedule conflict, and the sentences a tooltip gives for them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmdesk.core.entities import ConstraintType, Task
from pmdesk.models.taskcolumns import CONFLICT_MARK, CONSTRAINT_MARK, DEADLINE_MARK, NOTE_MARK

_FREE = (ConstraintType.ASAP, ConstraintType.ALAP)


def missed_deadline(task: Task, scheduled) -> bool:
    return task.deadline is not None and scheduled is not None and scheduled.finish > task.deadline


def marks(task: Task, scheduled, in_conflict: bool) -> str:
    found = []
    if task.constraint_type not in _FREE:
        found.append(CONSTRAINT_MARK)
    if task.notes:
        found.append(NOTE_MARK)
    if missed_deadline(task, scheduled):
        found.append(DEADLINE_MARK)
    if in_conflict:
        found.append(CONFLICT_MARK)
    return "".join(found)



def sentences(model, task: Task, scheduled, conflicts) -> list[str]:
    lines = []
    if task.constraint_type not in _FREE:
        when = f" {task.constraint_date:%a %Y-%m-%d %H:%M}" if task.constraint_date else ""
        lines.append(QCoreApplication.translate("TaskIndicators", "Constraint: %1%2.").replace("%1", task.constraint_type.value)
                     .replace("%2", when))
    if task.notes:
        lines.append(QCoreApplication.translate("TaskIndicators", "Note: %1").replace("%1", task.notes.splitlines()[0][:200]))
    if missed_deadline(task, scheduled):
        lines.append(QCoreApplication.translate("TaskIndicators", "Finishes on %1, after its deadline %2.")
                     .replace("%1", f"{scheduled.finish:%a %Y-%m-%d %H:%M}")
                     .replace("%2", f"{task.deadline:%a %Y-%m-%d %H:%M}"))
    lines.extend(conflicts)
    return lines
