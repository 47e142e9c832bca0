"""Scheduled dates for export, from pmdesk's scheduling engine.

Exported files carry start and finish dates; those are derived values, so they come from
``pmdesk.core.scheduling.schedule_plan``. Without a usable schedule (engine missing, or a
plan the engine refuses) every task is written at the plan's start and a warning says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData

if TYPE_CHECKING:
    from pmdesk.core.entities import Task
    from pmdesk.core.scheduling import Schedule


@dataclass(slots=True)
class TaskDates:
    start: datetime
    finish: datetime
    summary: bool
    wbs: str


@dataclass(slots=True)
class PlanDates:
    tasks: dict[int, TaskDates]
    project_start: datetime
    project_finish: datetime
    from_engine: bool


def wbs_order(data: PlanData) -> list[tuple[int, int, str]]:
    """(task id, outline level from 1, WBS code "1.2.3") in outline order, depth first."""
    children: dict[int | None, list[Task]] = {}
    for task in data.tasks.values():
        children.setdefault(task.parent_id, []).append(task)
    for kids in children.values():
        kids.sort(key=lambda t: (t.position, t.id))
    order: list[tuple[int, int, str]] = []
    known = set(data.tasks)
    roots = [t for t in data.tasks.values() if t.parent_id is None or t.parent_id not in known]
    roots.sort(key=lambda t: (t.position, t.id))
    stack = [(task, 1, str(index)) for index, task in reversed(list(enumerate(roots, 1)))]
    while stack:
        task, level, code = stack.pop()
        order.append((task.id, level, code))
        kids = children.get(task.id, [])
        for index in range(len(kids), 0, -1):
            stack.append((kids[index - 1], level + 1, f"{code}.{index}"))
    if len(order) < len(data.tasks):
        # Tasks whose parents form a loop are unreachable from the top: list them at the
        # top level rather than leave them out of the file.
        seen = {task_id for task_id, _level, _code in order}
        for task_id in sorted(set(data.tasks) - seen):
            order.append((task_id, 1, str(len(roots) + 1)))
            roots.append(data.tasks[task_id])
    return order


def plan_dates(data: PlanData, warnings: list[str]) -> PlanDates:
    order = wbs_order(data)
    parents = {t.parent_id for t in data.tasks.values()}
    schedule_plan: Callable[[PlanData], Schedule] | None
    try:
        from pmdesk.core.scheduling import schedule_plan
    except ImportError:
        schedule_plan = None
    if schedule_plan is not None:
        try:
            schedule = schedule_plan(data)
        except PmdeskError as exc:
            warnings.append(f"The plan could not be scheduled ({exc}); dates are the plan start.")
        else:
            # Built all at once: one pause of the garbage collector for the 20,000 results
            # (ScheduledTasks.items), not one per task.
            built = dict(schedule.tasks.items())
            tasks = {}
            for task_id, _level, code in order:
                item = built[task_id]
                tasks[task_id] = TaskDates(item.start, item.finish, task_id in parents, code)
            return PlanDates(tasks, schedule.project_start, schedule.project_finish, True)
    else:
        warnings.append("pmdesk's scheduling engine is not available; dates are the plan start.")
    start = data.plan.start
    tasks = {
        task_id: TaskDates(start, start, task_id in parents, code) for task_id, _l, code in order
    }
    return PlanDates(tasks, start, start, False)
