"""The rules every new duration follows, typed in a cell, dragged on a bar or set by a task
type's triangle: the cap, the plan's conversion factors and the fields a duration sets.

Shared by taskcells.py, bars.py and tasktypes.py (tasktypes is called by taskcells: it must
not import it back, an import cycle import-linter refuses).
"""

from __future__ import annotations

from typing import Any

from pmdesk.core.entities import Task
from pmdesk.core.plandata import PlanData
from pmdesk.operations.taskinput import TaskInputError

# Far beyond any plan, and within the 50 years the calendar searches for working time (past
# that, an edit would be refused with a sentence about the calendar). Lags share the cap, and
# so do bars dragged in the chart (operations/bars.py).
MAX_DURATION_DAYS = 10_000


def calendar_units(data: PlanData) -> tuple[int, int, int]:
    """Minutes per day, minutes per week, days per month: the plan's conversion factors for
    typed and shown durations (Project Information; MS Project's project options)."""
    plan = data.plan
    return plan.minutes_per_day, plan.minutes_per_week, plan.days_per_month


def check_duration(data: PlanData, minutes: float) -> None:
    """The one duration cap, for typed and dragged durations alike."""
    if minutes < 0:
        raise TaskInputError("A duration cannot be negative.")
    if minutes > MAX_DURATION_DAYS * calendar_units(data)[0]:
        raise TaskInputError(f"A duration can be at most {MAX_DURATION_DAYS:,} days.")


def duration_values(task: Task, minutes: int, elapsed: bool) -> dict[str, Any]:
    """The fields a new duration sets, typed or dragged alike (a drag keeps the unit)."""
    values: dict[str, Any] = {"duration": int(minutes), "duration_elapsed": elapsed}
    # MS Project: a zero duration makes a milestone, a non-zero one makes it a task again.
    values["milestone"] = minutes == 0
    # A manual task's finish follows its start and new duration (the one manual-date rule:
    # a pinned finish would contradict the duration just given).
    if task.manual and task.manual_finish is not None:
        values["manual_finish"] = None
    return values
