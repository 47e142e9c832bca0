"""Set and clear baselines (MS Project's Baseline 0..10): snapshots of the schedule per task.

Setting a baseline that exists replaces it; each action is one undo step.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pmdesk.core.entities import Baseline, BaselineTask
from pmdesk.core.errors import PmdeskError

if TYPE_CHECKING:
    from pmdesk.core.plandata import PlanData
    from pmdesk.document import Document

BASELINE_NUMBERS = range(0, 11)


def baseline_named(data: PlanData, number: int) -> Baseline | None:
    return next((b for b in data.baselines.values() if b.number == number), None)


def set_baseline(document: Document, number: int = 0) -> int:
    """Snapshot start, finish, duration, work and cost of every task; returns tasks saved."""
    if number not in BASELINE_NUMBERS:
        raise PmdeskError("Baselines are numbered 0 to 10.")
    schedule = document.schedule
    if schedule is None:
        raise PmdeskError(
            "The plan has no schedule to save as a baseline; fix the problem "
            "the status bar names first."
        )
    data = document.data
    baseline_id = data.new_id(Baseline)
    name = "Baseline" if number == 0 else f"Baseline {number}"
    entities: list[Baseline | BaselineTask] = [
        Baseline(baseline_id, number, name, datetime.now().replace(microsecond=0))
    ]
    next_id = data.new_id(BaselineTask)
    for task_id in data.tasks:
        scheduled = schedule.tasks.get(task_id)
        if scheduled is None:
            continue
        entities.append(
            BaselineTask(
                next_id,
                baseline_id,
                task_id,
                scheduled.start,
                scheduled.finish,
                int(scheduled.duration),
                int(scheduled.work or 0),
                float(scheduled.cost or 0.0),
            )
        )
        next_id += 1
    old = baseline_named(data, number)
    with document.macro(f"Set {name.lower()}"):
        if old is not None:
            document.remove_entities([(Baseline, old.id)], "Replace baseline")
        document.add_entities(entities, f"Set {name.lower()}")
    return len(entities) - 1


def clear_baseline(document: Document, number: int = 0) -> None:
    old = baseline_named(document.data, number)
    if old is None:
        raise PmdeskError(f"There is no baseline {number} to clear.")
    document.remove_entities([(Baseline, old.id)], f"Clear {old.name.lower()}")
