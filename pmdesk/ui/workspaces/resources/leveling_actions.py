"""Level Now / Clear Leveling on an open Document: leveling.py's field changes applied as one
undo step each, and what to tell the user (a sentence, and the rows of the results dialog)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from pmdesk.core.entities import Assignment, Task
from pmdesk.core.scheduling.leveling import (
    FieldChange,
    LevelingOptions,
    LevelingResult,
    clear_leveling,
    level_plan,
)
from pmdesk.models.taskcolumns import format_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("Leveling", text)


@dataclass(slots=True)
class Outcome:
    """What to tell the user: ``text`` (a few sentences), ``warning`` when something stays
    over-allocated, ``details`` one line per resource left over-allocated, and the leveling
    result itself for the results dialog (None after Clear Leveling)."""

    text: str
    warning: bool = False
    details: str = ""
    result: LevelingResult | None = field(default=None)


def apply_changes(document, changes: list[FieldChange], text: str) -> None:
    """All ``changes`` as one undo step named ``text`` (a refusal reverts them all)."""
    with document.macro(text):
        for change in changes:
            document.set_fields(change.kind, change.id, text, **change.values)


def _finish(document):
    schedule = document.schedule
    return schedule.project_finish if schedule is not None else None


def level_document(document, options: LevelingOptions | None = None) -> Outcome:
    """Level the plan's resources; raises PmdeskError (nothing changed) when it cannot."""
    if options is None:
        options = LevelingOptions.from_settings(document.data.plan.settings)
    old_finish = _finish(document)
    result = level_plan(document.data, options, before=document.schedule)
    if result.changes:
        apply_changes(document, result.changes, _tr("Level resources"))
    count = len(result.moved)
    if not result.changes and not result.unresolved:
        return Outcome(_tr("No resource is over-allocated: nothing to level."), result=result)
    parts = []
    if count:
        parts.append(_tr("Leveling moved %n task(s).").replace("%n", str(count)) if count != 1
                     else _tr("Leveling moved 1 task."))
        new_finish = _finish(document)
        if old_finish and new_finish and new_finish != old_finish:
            parts.append(_tr("The plan now finishes on {new} (was {old}).").format(
                new=format_date(new_finish), old=format_date(old_finish)))
    elif result.changes:
        parts.append(_tr("Leveling changed no dates."))
    left = result.unresolved
    if left:
        parts.append(left[0].message)
        if len(left) > 1:
            parts.append(_tr("{count} more resources stay over-allocated.").format(
                count=len(left) - 1))
    return Outcome(" ".join(parts), warning=bool(left), details="\n".join(result.messages),
                   result=result)


def clear_document_leveling(document) -> Outcome:
    """Remove every Leveling Delay, as one undo step."""
    changes = clear_leveling(document.data)
    if not changes:
        return Outcome(_tr("There is no leveling to clear."), warning=True)
    apply_changes(document, changes, _tr("Clear leveling"))
    tasks = sum(1 for c in changes if c.kind in (Task, Assignment))
    if tasks == 1:
        return Outcome(_tr("Leveling cleared: 1 delay removed."))
    return Outcome(_tr("Leveling cleared: {count} delays removed.").format(count=tasks))
