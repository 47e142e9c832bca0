"""The plan's outline as MS Project numbers it: the task tree in order, each task's ID (its row
number in outline order), WBS code and level. Qt-free: the task table's model and the
operations that take "task 3" or "the task above" both read it."""

from __future__ import annotations

from pmdesk.core.entities import Task
from pmdesk.core.plandata import PlanData

ROOT = 0  # the invisible root's id; task ids start at 1


class Outline:
    """The tree of ``data``'s tasks, rebuilt with ``rebuild()`` after a structural change."""

    def __init__(self, data: PlanData) -> None:
        self.data = data
        self.order: list[int] = []
        self.children: dict[int, list[int]] = {}
        self.parent: dict[int, int] = {}  # task id -> parent id (ROOT at the top)
        self.row: dict[int, int] = {}  # task id -> position among its siblings
        self.number: dict[int, int] = {}  # MS Project's ID
        self.wbs: dict[int, str] = {}
        self.depth: dict[int, int] = {}  # 0 for top-level tasks
        self.rebuild()

    def rebuild(self) -> None:
        tasks = self.data.tasks
        grouped: dict[int, list[Task]] = {}
        for task in tasks.values():
            parent = task.parent_id if task.parent_id in tasks else ROOT
            grouped.setdefault(parent, []).append(task)
        self.children = {}
        self.parent = {}
        self.row = {}
        for parent, kids in grouped.items():
            kids.sort(key=lambda t: (t.position, t.id))
            ids = [t.id for t in kids]
            self.children[parent] = ids
            for row, task_id in enumerate(ids):
                self.parent[task_id] = parent
                self.row[task_id] = row
        self.order = []
        self.number = {}
        self.wbs = {}
        self.depth = {}
        stack = [(task_id, str(row + 1)) for row, task_id in enumerate(self.children.get(ROOT, []))]
        stack.reverse()
        while stack:
            task_id, wbs = stack.pop()
            self.order.append(task_id)
            self.number[task_id] = len(self.order)
            self.wbs[task_id] = wbs
            self.depth[task_id] = wbs.count(".")
            below = self.children.get(task_id, [])
            stack.extend((kid, f"{wbs}.{row + 1}") for row, kid in reversed(list(enumerate(below))))

    # -- the questions operations ask -------------------------------------------------------
    def child_ids(self, task_id: int | None) -> list[int]:
        return self.children.get(task_id or ROOT, [])

    def parent_of(self, task_id: int) -> int | None:
        parent = self.parent.get(task_id, ROOT)
        return None if parent == ROOT else parent

    def number_of(self, task_id: int) -> int | None:
        return self.number.get(task_id)

    def task_for_number(self, number: int) -> int | None:
        if 1 <= number <= len(self.order):
            return self.order[number - 1]
        return None

    def is_summary(self, task_id: int) -> bool:
        return bool(self.children.get(task_id))

    def depth_of(self, task_id: int) -> int:
        return self.depth.get(task_id, 0)
