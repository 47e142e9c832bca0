"""Task work and cost, computed for the tasks asked about (and their subtrees) only.

A view reads the dozens of rows on screen; costing every assignment of a 10,000-task plan
after each edit (~25 ms) to show them was most of a typed duration's time (issue 19). A
summary still adds up its whole subtree, so asking for the project's top summary costs what
the full pass did.

Assignments cost what costs.py says (regular and overtime work at their rates, cost per use,
material quantities, cost resources' amounts). Summaries add up their subtree; their %
complete is the duration-weighted mean of their leaves (as MS Project does).
"""

from __future__ import annotations

from pmdesk.core.entities import ResourceType
from pmdesk.core.scheduling.costs import assignment_cost, assignment_work
from pmdesk.core.scheduling.network import Network

_WORK = ResourceType.WORK  # looked up once: a member lookup costs 0.1 µs per task

Money = tuple[int, float, float, float]  # work minutes, cost, percent x duration, duration


class TaskMoney:
    """task id -> Money of the task and its subtree, each computed once, when first asked."""

    def __init__(self, net: Network) -> None:
        self.net = net
        self._found: dict[int, Money] = {}

    def __getitem__(self, tid: int) -> Money:
        found = self._found.get(tid)
        return found if found is not None else self._add_up(tid)

    def _by_task(self) -> dict[int, list[int]]:
        index = self.net.assignment_ids
        if index is None:
            index = {}
            for assignment in self.net.data.assignments.values():
                index.setdefault(assignment.task_id, []).append(assignment.id)
            self.net.assignment_ids = index
        return index

    def _own(self, tid: int) -> tuple[float, float]:
        data = self.net.data
        task = data.tasks[tid]
        work, cost = 0, 0.0
        assignments, resources = data.assignments, data.resources
        for assignment_id in self._by_task().get(tid, ()):
            assignment = assignments.get(assignment_id)
            resource = resources.get(assignment.resource_id) if assignment else None
            if assignment is None or resource is None:
                continue
            if resource.type == _WORK:
                work += assignment_work(assignment, task)
            cost += assignment_cost(assignment, task, resource)  # costs.py: MS Project's rule
        return work, cost + task.fixed_cost

    def _add_up(self, root: int) -> Money:
        """Post-order over ``root``'s subtree with an explicit stack (outlines can be deep)."""
        found = self._found
        children = self.net.tree.children
        tasks = self.net.data.tasks
        stack = [(root, False)]
        while stack:
            tid, kids_done = stack.pop()
            if tid in found:
                continue
            kids = children.get(tid)
            if kids and not kids_done:
                stack.append((tid, True))
                stack.extend((kid, False) for kid in kids if kid not in found)
                continue
            work, cost = self._own(tid)
            if kids:
                done = weight = 0.0
                for kid in kids:
                    k_work, k_cost, k_done, k_weight = found[kid]
                    work += k_work
                    cost += k_cost
                    done += k_done
                    weight += k_weight
            else:
                task = tasks[tid]
                weight = float(task.duration)
                done = task.percent_complete * weight
            found[tid] = (int(work), float(cost), done, weight)
        return found[root]
