"""What leveling writes into a plan besides the delays, and Clear Leveling: the field changes
that set every Leveling Delay back to zero, remove the splits leveling made and turn an older
pmdesk's leveling constraints back into "as soon as possible"."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pmdesk.core.entities import Assignment, ConstraintType, Plan, Task
from pmdesk.core.plandata import PlanData

LEGACY_KEY = "leveling"  # plans leveled before issue 18 recorded SNET constraints here
SPLITS_KEY = "leveling_splits"  # task id -> the pauses leveling split it with


@dataclass(frozen=True, slots=True)
class FieldChange:
    """Set ``values`` on the entity ``kind``/``id`` (``Plan``, 1 for plan properties)."""

    kind: type
    id: int
    values: dict[str, Any]


# -- clearing ---------------------------------------------------------------------------------
def legacy_constraints(data: PlanData) -> dict[int, datetime]:
    """Start No Earlier Than constraints an earlier pmdesk's leveling set (and nobody
    changed since): leveling and Clear Leveling turn them back into "as soon as possible"."""
    entry = data.plan.settings.get(LEGACY_KEY) if isinstance(data.plan.settings, dict) else None
    found = {}
    for key, text in ((entry or {}).get("tasks") or {}).items() if isinstance(entry, dict) else ():
        try:
            task_id, when = int(key), datetime.fromisoformat(text)
        except (TypeError, ValueError):
            continue
        task = data.tasks.get(task_id)
        if (
            task is not None
            and task.constraint_type == ConstraintType.SNET
            and task.constraint_date == when
        ):
            found[task_id] = when
    return found


def leveling_splits(data: PlanData) -> dict[int, list[tuple[int, int]]]:
    """Task id -> the pauses leveling split it with, where the task still has exactly those
    (a task whose splits the user changed since is left alone)."""
    entry = data.plan.settings.get(SPLITS_KEY) if isinstance(data.plan.settings, dict) else None
    found = {}
    for key, pairs in entry.items() if isinstance(entry, dict) else ():
        try:
            task_id = int(key)
            gaps = [(int(offset), int(gap)) for offset, gap in pairs]
        except (TypeError, ValueError):
            continue
        task = data.tasks.get(task_id)
        if task is not None and [tuple(p) for p in task.splits] == gaps:
            found[task_id] = gaps
    return found


def settings_change(data: PlanData, splits: dict[int, list[tuple[int, int]]]) -> list[FieldChange]:
    """The plan-settings change that drops the old leveling record and keeps ``splits``."""
    old = data.plan.settings if isinstance(data.plan.settings, dict) else {}
    settings = copy.deepcopy(old)
    settings.pop(LEGACY_KEY, None)
    if splits:
        settings[SPLITS_KEY] = {
            str(tid): [list(p) for p in gaps] for tid, gaps in sorted(splits.items())
        }
    else:
        settings.pop(SPLITS_KEY, None)
    return [] if settings == old else [FieldChange(Plan, data.plan.id, {"settings": settings})]


def legacy_changes(data: PlanData) -> list[FieldChange]:
    return [
        FieldChange(Task, tid, {"constraint_type": ConstraintType.ASAP, "constraint_date": None})
        for tid in sorted(legacy_constraints(data))
    ]


def clear_leveling(data: PlanData) -> list[FieldChange]:
    """The changes that set every Leveling Delay (task and assignment) back to zero and
    remove the splits leveling made."""
    changes = [
        FieldChange(Task, tid, {"leveling_delay": 0})
        for tid, task in sorted(data.tasks.items())
        if task.leveling_delay
    ]
    changes += [
        FieldChange(Assignment, aid, {"leveling_delay": 0})
        for aid, a in sorted(data.assignments.items())
        if a.leveling_delay
    ]
    changes += [FieldChange(Task, tid, {"splits": []}) for tid in sorted(leveling_splits(data))]
    return changes + legacy_changes(data) + settings_change(data, {})


def leveled_tasks(data: PlanData) -> dict[int, int]:
    """Task id -> Leveling Delay (elapsed minutes) of every task leveling delayed."""
    return {tid: t.leveling_delay for tid, t in data.tasks.items() if t.leveling_delay}
