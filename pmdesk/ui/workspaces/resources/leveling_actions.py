"""Level Now / Clear Leveling on an open Document: leveling.py's field changes applied as one
undo step each, and what to tell the user (a sentence, and the rows of the results dialog)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pmdesk.core.entities import Assignment, Plan, Task
from pmdesk.core.scheduling.leveling import (
    OPTIONS_KEY,
    FieldChange,
    LevelingError,
    LevelingOptions,
    LevelingResult,
    clear_leveling,
    level_plan,
)
from pmdesk.models.taskcolumns import format_date

if TYPE_CHECKING:
    from pmdesk.document import Document

translate = QCoreApplication.translate


@dataclass(slots=True)
class Outcome:
    """What to tell the user: ``text`` (a few sentences), ``warning`` when something stays
    over-allocated, ``details`` one line per resource left over-allocated, and the leveling
    result itself for the results dialog (None after Clear Leveling)."""

    text: str
    warning: bool = False
    details: str = ""
    result: LevelingResult | None = field(default=None)


def apply_changes(document: Document, changes: list[FieldChange], text: str) -> None:
    """All ``changes`` as one undo step named ``text`` (a refusal reverts them all)."""
    with document.macro(text):
        for change in changes:
            document.set_fields(change.kind, change.id, text, **change.values)


def _finish(document: Document) -> datetime | None:
    schedule = document.schedule
    return schedule.project_finish if schedule is not None else None


def _options_change(document: Document, options: LevelingOptions) -> FieldChange | None:
    """The plan-settings change that keeps ``options`` (None when they are kept already)."""
    plan = document.data.plan
    settings = dict(plan.settings) if isinstance(plan.settings, dict) else {}
    if settings.get(OPTIONS_KEY) == options.to_settings():
        return None
    settings[OPTIONS_KEY] = options.to_settings()
    return FieldChange(Plan, plan.id, {"settings": settings})


def store_options(document: Document, options: LevelingOptions) -> None:
    """Keep the Leveling Options in the plan (one undo step; nothing when unchanged)."""
    problem = options.problem()
    if problem:
        raise LevelingError(problem)
    change = _options_change(document, options)
    if change is not None:
        apply_changes(document, [change], translate("Leveling", "Leveling options"))


def level_document(document: Document, options: LevelingOptions | None = None) -> Outcome:
    """Level the plan's resources (with ``options``, kept in the plan; else the plan's own)
    as one undo step; raises PmdeskError (nothing changed) when it cannot."""
    keep = None
    if options is None:
        options = LevelingOptions.from_settings(document.data.plan.settings)
    else:
        keep = _options_change(document, options)
    old_finish = _finish(document)
    result = level_plan(document.data, options, before=document.schedule)
    changes = result.changes + ([keep] if keep is not None else [])
    if changes:
        apply_changes(document, changes, translate("Leveling", "Level resources"))
    count = len(result.moved)
    if not changes and not result.unresolved:
        return Outcome(
            translate("Leveling", "No resource is over-allocated: nothing to level."), result=result
        )
    parts = []
    if count == 1:
        parts.append(translate("Leveling", "Leveling moved 1 task."))
    elif count:
        parts.append(translate("Leveling", "Leveling moved {count} tasks.").format(count=count))
    else:
        parts.append(translate("Leveling", "Leveling changed no dates."))
    new_finish = _finish(document)
    if count and old_finish and new_finish and new_finish != old_finish:
        parts.append(
            translate("Leveling", "The plan now finishes on {new} (was {old}).").format(
                new=format_date(new_finish), old=format_date(old_finish)
            )
        )
    left = result.unresolved
    if left:
        parts.append(left[0].message)
        if len(left) == 2:
            parts.append(translate("Leveling", "1 more resource stays over-allocated."))
        elif len(left) > 2:
            parts.append(
                translate("Leveling", "{count} more resources stay over-allocated.").format(
                    count=len(left) - 1
                )
            )
    return Outcome(
        " ".join(parts), warning=bool(left), details="\n".join(result.messages), result=result
    )


def clear_document_leveling(document: Document) -> Outcome:
    """Remove every Leveling Delay, as one undo step."""
    changes = clear_leveling(document.data)
    if not changes:
        return Outcome(translate("Leveling", "There is no leveling to clear."), warning=True)
    apply_changes(document, changes, translate("Leveling", "Clear leveling"))
    count = sum(1 for c in changes if c.kind in (Task, Assignment))
    if count == 1:
        return Outcome(translate("Leveling", "Leveling cleared: 1 delay removed."))
    return Outcome(
        translate("Leveling", "Leveling cleared: {count} delays removed.").format(count=count)
    )
