"""Sorting the task table for viewing: each summary's subtasks (and the top-level tasks) in
the order of one column, while the outline itself (IDs, WBS, what indent/move act on) keeps
the plan's order, as MS Project sorts without renumbering."""

from __future__ import annotations

from collections.abc import Callable

from pmdesk.operations.outline import ROOT, Outline


def view_order(outline: Outline, value: Callable[[int], object], descending: bool):
    """(children, row, order) of the tree with siblings sorted by ``value(task id)``; tasks
    without a value go last, equal ones keep their outline order."""

    children: dict[int, list[int]] = {}
    row: dict[int, int] = {}
    for parent, kids in outline.children.items():
        # One read per task: a value can cost (a summary's scheduled values are combined
        # when first read), and this used to read each three times.
        values = {k: value(k) for k in kids}
        present = [k for k in kids if values[k] is not None]
        present.sort(key=values.__getitem__, reverse=descending)
        ordered = present + [k for k in kids if values[k] is None]
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


def value_reader(model, key: str) -> Callable[[int], object]:
    """``sort_value`` for column ``key``. A sort reads every task: a computed column's values
    come from one pass over the schedule's tasks (built together, with the garbage collector
    paused once, not task by task with a pause each: the first sort after an edit at 10,000
    tasks spent most of its time there)."""
    if key not in _SCHEDULED:
        return lambda task_id: sort_value(model, task_id, key)
    schedule = model.document.schedule
    if schedule is None:
        return lambda task_id: None
    field = _SCHEDULED[key]
    return {scheduled.id: getattr(scheduled, field) for scheduled in schedule.tasks.values()}.get


def sort_value(model, task_id: int, key: str):
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
        return getattr(task, key)
    text = model.display_text(task, key)
    return text.lower() if text else None
