"""Level now / Clear leveling on an open Document: leveling.py's field changes applied as one
undo step each, and the sentence that tells the user what happened."""

from __future__ import annotations

from dataclasses import dataclass

from pmdesk.core.entities import Task
from pmdesk.core.scheduling.leveling import FieldChange, clear_leveling, level_plan
from pmdesk.models.taskcolumns import format_date


@dataclass(frozen=True, slots=True)
class Outcome:
    """What to tell the user: ``text`` (a few sentences), ``warning`` when something stays
    over-allocated, ``details`` one line per resource left over-allocated."""

    text: str
    warning: bool = False
    details: str = ""


def apply_changes(document, changes: list[FieldChange], text: str) -> None:
    """All ``changes`` as one undo step named ``text`` (a refusal reverts them all)."""
    with document.macro(text):
        for change in changes:
            document.set_fields(change.kind, change.id, text, **change.values)


def _finish(document):
    schedule = document.schedule
    return schedule.project_finish if schedule is not None else None


def level_document(document) -> Outcome:
    """Level the plan's resources; raises PmdeskError (nothing changed) when it cannot."""
    old_finish = _finish(document)
    result = level_plan(document.data)
    if result.changes:
        apply_changes(document, result.changes, "Level resources")
    count = len(result.delayed)
    if not count and not result.unresolved:
        return Outcome("No resource is over-allocated: nothing to level.")
    parts = []
    if count:
        parts.append(f"Leveling delayed {count} task{'s' if count != 1 else ''}.")
        new_finish = _finish(document)
        if old_finish and new_finish and new_finish != old_finish:
            parts.append(f"The plan now finishes on {format_date(new_finish)} "
                         f"(was {format_date(old_finish)}).")
    left = result.unresolved
    if left:
        parts.append(left[0].message)
        if len(left) > 1:
            parts.append(f"{len(left) - 1} more resource{'s stay' if len(left) > 2 else ' stays'}"
                         " over-allocated (hover here for all).")
    return Outcome(" ".join(parts), warning=bool(left), details="\n".join(result.messages))


def clear_document_leveling(document) -> Outcome:
    """Remove the delays leveling set, as one undo step."""
    changes = clear_leveling(document.data)
    if not changes:
        return Outcome("There is no leveling to clear.", warning=True)
    apply_changes(document, changes, "Clear leveling")
    tasks = sum(1 for c in changes if c.kind is Task)
    return Outcome(f"Leveling cleared: {tasks} task{'s' if tasks != 1 else ''} back to as soon "
                   "as possible.")
