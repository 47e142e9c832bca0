"""The WBS tree of a plan's tasks: children in order, outline numbers ("1.2.3"), tree order."""

from __future__ import annotations

from dataclasses import dataclass

from pmdesk.core.entities import Task
from pmdesk.core.scheduling.errors import SchedulingError


@dataclass(slots=True)
class WbsTree:
    children: dict[int | None, list[int]]  # parent id (None: top level) -> child ids in order
    wbs: dict[int, str]  # task id -> "1.2.3"
    order: list[int]  # every task id, depth first in WBS order (a parent before its children)

    def is_summary(self, task_id: int) -> bool:
        return task_id in self.children


def build_wbs(tasks: dict[int, Task]) -> WbsTree:
    """Group tasks under their parents, number them, and refuse a broken tree."""
    children: dict[int | None, list[Task]] = {}
    for task in tasks.values():
        parent = task.parent_id
        if parent is not None and parent not in tasks:
            raise SchedulingError(f"The task {task.name!r} is under a task that does not exist.")
        children.setdefault(parent, []).append(task)
    ordered: dict[int | None, list[int]] = {}
    for parent, kids in children.items():
        kids.sort(key=lambda t: (t.position, t.id))
        ordered[parent] = [t.id for t in kids]
    wbs: dict[int, str] = {}
    order: list[int] = []
    # Iterative depth-first walk: deep outlines must not hit the recursion limit.
    stack: list[tuple[int, str]] = [
        (tid, str(n)) for n, tid in reversed(list(enumerate(ordered.get(None, ()), 1)))
    ]
    while stack:
        tid, number = stack.pop()
        wbs[tid] = number
        order.append(tid)
        below = ordered.get(tid)
        if below:
            stack.extend((kid, f"{number}.{n}") for n, kid in reversed(list(enumerate(below, 1))))
    if len(order) != len(tasks):
        stuck = sorted((t for t in tasks.values() if t.id not in wbs), key=lambda t: t.id)
        names = ", ".join(repr(t.name) for t in stuck[:5])
        raise SchedulingError(
            f"The tasks {names} are each other's parents (a loop in the outline)."
        )
    return WbsTree(children=ordered, wbs=wbs, order=order)
