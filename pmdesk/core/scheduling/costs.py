"""What an assignment costs, by MS Project's rules (one place for the engine's task cost, the
resource sheet, the assignments pane and the P&L).

Microsoft's "Cost (assignment field)" and "Overtime Cost" field pages: a work resource's cost
is its regular work at the standard rate plus its overtime work at the overtime rate plus its
cost per use (Work includes Overtime Work, so regular work is work - overtime work); a
material resource costs its quantity (the assignment's units) at the standard rate plus its
cost per use; a cost resource costs the amount typed on the assignment. A file of an older
pmdesk has no amount on the assignment: the cost resource's cost per use stands for it.
"""

from __future__ import annotations

from typing import NamedTuple

from pmdesk.core.entities import Assignment, Resource, ResourceType, Task


def assignment_work(assignment: Assignment, task: Task) -> int:
    """Working minutes of a work assignment: its own work, else duration x units."""
    if assignment.work is not None:
        return int(assignment.work)
    return round(task.duration * assignment.units)


def remaining_work(assignment: Assignment, task: Task) -> int:
    """Work - actual work (actual work: the task's % complete of it when not typed)."""
    work = assignment_work(assignment, task)
    return max(0, work - actual_work(assignment, task))


def actual_work(assignment: Assignment, task: Task) -> int:
    if assignment.actual_work is not None:
        return int(assignment.actual_work)
    return round(assignment_work(assignment, task) * task.percent_complete / 100)


class CostParts(NamedTuple):  # a tuple: made for every assignment at every recompute
    """An assignment's cost split by how it accrues: per use (at the start), by its work or
    quantity (spread over its span)."""

    per_use: float
    spread: float

    @property
    def total(self) -> float:
        return self.per_use + self.spread


_WORK, _MATERIAL = ResourceType.WORK, ResourceType.MATERIAL  # a member lookup costs 0.1 µs
# CostParts(a, b) goes through a generated Python __new__; tuple.__new__ builds the same
# tuple in half the time (the P&L makes one per assignment at every recompute).
_new = tuple.__new__


def cost_parts(assignment: Assignment, task: Task, resource: Resource) -> CostParts:
    kind = resource.type  # a StrEnum: compares equal to its stored text too
    if kind == _WORK:
        work = assignment_work(assignment, task)
        overtime = min(max(0, assignment.overtime_work), max(work, 0))
        regular = work - overtime
        return _new(
            CostParts,
            (
                resource.cost_per_use,
                regular / 60 * resource.standard_rate + overtime / 60 * resource.overtime_rate,
            ),
        )
    if kind == _MATERIAL:
        return _new(CostParts, (resource.cost_per_use, assignment.units * resource.standard_rate))
    amount = assignment.cost if assignment.cost is not None else resource.cost_per_use
    return _new(CostParts, (0.0, amount))


def assignment_cost(assignment: Assignment, task: Task, resource: Resource) -> float:
    return cost_parts(assignment, task, resource).total
