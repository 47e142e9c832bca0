"""Sorting the task table for viewing: each summary's subtasks (and the top-level tasks) in
the order of one column, while the outline itself (IDs, WBS, what indent/move act on) keeps
the plan's order, as MS Project sorts without renumbering."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from pmdesk.core.entities import Task
from pmdesk.operations.outline import ROOT, Outline

if TYPE_CHECKING:
    from pmdesk.document import Document

# What a column sorts by: a date, a number or lower-case text (one kind per column).
SortValue = datetime | float | str


class SortModel(Protocol):
    """What sort_value reads of the task tree model (tasktree.py)."""

    document: Document

    def display_text(self, task: Task, key: str) -> str | None: ...


def view_order(
    outline: Outline, value: Callable[[int], SortValue | None], descending: bool
) -> tuple[dict[int, list[int]], dict[int, int], list[int]]:
    """(children, row, order) of the tree with siblings sorted by ``value(task id)``; tasks
    without a value go last, equal ones keep their outline order."""

    def key(task_id: int) -> tuple[bool, SortValue]:
        found = value(task_id)
        return (found is None, found if found is not None else 0)

    children: dict[int, list[int]] = {}
    row: dict[int, int] = {}
    for parent, kids in outline.children.items():
        present = [k for k in kids if value(k) is not None]
        missing = [k for k in kids if value(k) is None]
        present.sort(key=lambda k: key(k)[1], reverse=descending)
        ordered = present + missing
        children[parent] = ordered
        for number, task_id in enumerate(ordered):
            row[task_id] = number
    order: list[int] = []
    stack = list(reversed(children.get(ROOT, [])))
    while stack:
        task_id = stack.pop()
        order.append(task_id)
        stack.extend(reversed(children.get(task_id, [])))
    return children, row, order


_SCHEDULED = {
    "start": "start",
    "finish": "finish",
    "duration": "duration",
    "float": "total_float",
    "cost": "cost",
    "percent": "percent_complete",
}


def sort_value(model: SortModel, task_id: int, key: str) -> SortValue | None:
    """What column ``key`` sorts ``task_id`` by: computed numbers and dates as such, the
    rest by its text (case-blind); None (last) when the task has no value there."""
    task = model.document.data.tasks[task_id]
    if key in _SCHEDULED:
        schedule = model.document.schedule
        scheduled = schedule.tasks.get(task_id) if schedule is not None else None
        return getattr(scheduled, _SCHEDULED[key]) if scheduled is not None else None
    if key == "unique_id":
        return task.id
    if key in ("priority", "fixed_cost", "leveling_delay"):
        number: float = getattr(task, key)
        return number
    text = model.display_text(task, key)
    return text.lower() if text else None
