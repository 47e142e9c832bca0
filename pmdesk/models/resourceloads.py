"""Each resource's load (its time-phased allocation) and its work, cost and assignment count,
worked out when a view first asks for that resource and kept until the plan changes.

The resource sheet paints a dozen rows at a time: allocating all 200 people of a 10,000-task
plan before the first paint took most of the 0.5 s the Resources tab needed to open (issue 18).
The assignments are grouped by resource and by task once per plan state, so one resource's
load costs only its own assignments; ``compute_pending`` works through the rest in slices a
view can run between paints.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from pmdesk.core.entities import Assignment, Resource, ResourceType, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.allocation import PlanCalendars, ResourceAllocation, allocate
from pmdesk.core.scheduling.costs import assignment_cost, assignment_work

if TYPE_CHECKING:
    from pmdesk.document import Document

# Resources worked out together: one pass of the engine costs about as much for one resource
# as for sixteen (it walks the plan's resources and the tasks' assignments once).
BATCH = 16
Totals = tuple[float, float, int]  # work minutes, cost, number of assignments
NO_TOTALS: Totals = (0.0, 0.0, 0)


class _PlanSlice:
    """The plan as ``allocate`` reads it, with only the assignments of the tasks a batch of
    resources works on: each resource's own first, in the plan's order, then the others of
    those tasks.

    Whether a task is scheduled from its assignments depends on all of the task's assignments
    (assigned.py), so each of those tasks keeps all of them; the engine then books exactly
    these resources' pieces in the order allocating the whole plan books them, which gives
    the same loads to the last bit (tests/gui/resources/test_resource_loads.py compares
    them). Everything else is read from the plan itself."""

    __slots__ = ("_data", "assignments")

    def __init__(self, data: PlanData, assignments: dict[int, Assignment]) -> None:
        self._data = data
        self.assignments = assignments

    def __getattr__(self, name: str) -> object:
        return getattr(self._data, name)


class _Groups:
    """The plan's assignments by resource and by task, in the plan's order."""

    __slots__ = ("by_resource", "by_task", "order")

    def __init__(self, data: PlanData) -> None:
        self.order = sorted(data.resources)
        self.by_resource: dict[int, list[Assignment]] = {}
        self.by_task: dict[int, list[Assignment]] = {}
        for assignment in data.assignments.values():
            self.by_resource.setdefault(assignment.resource_id, []).append(assignment)
            self.by_task.setdefault(assignment.task_id, []).append(assignment)


class ResourceLoads:
    """Loads and totals of a document's resources, each computed when first asked for."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._groups: _Groups | None = None
        self._calendars: PlanCalendars | None = None
        self._allocations: dict[int, ResourceAllocation | None] = {}
        self._totals: dict[int, Totals] = {}

    def clear(self) -> None:
        """The plan or its schedule changed: forget everything (recomputed when asked)."""
        self._groups = None
        self._calendars = None
        self._allocations = {}
        self._totals = {}

    def _grouped(self) -> _Groups:
        if self._groups is None:
            self._groups = _Groups(self.document.data)
        return self._groups

    # -- loads -------------------------------------------------------------------------------
    def allocation(self, resource_id: int) -> ResourceAllocation | None:
        """The time-phased load of a work resource under the current schedule; None for
        material and cost resources, unknown ids, and calendars the engine refuses.

        A resource not known yet is worked out with the next ones in id order (the rows a
        view paints next), in one pass of the engine."""
        if resource_id not in self._allocations:
            self._allocate(self._batch_from(resource_id))
        return self._allocations.get(resource_id)

    def _batch_from(self, resource_id: int) -> list[int]:
        order = self._grouped().order
        at = bisect_left(order, resource_id)
        batch = [resource_id]
        for rid in order[at:]:
            if len(batch) >= BATCH:
                break
            if rid != resource_id and rid not in self._allocations:
                batch.append(rid)
        return batch

    def _allocate(self, resource_ids: list[int]) -> None:
        data = self.document.data
        wanted = [
            rid
            for rid in resource_ids
            if (resource := data.resources.get(rid)) is not None
            and resource.type == ResourceType.WORK
        ]
        for rid in resource_ids:
            self._allocations[rid] = None
        if not wanted:
            return
        groups = self._grouped()
        # Each resource's own assignments first, in the plan's order; then the other
        # assignments of their tasks (see _PlanSlice).
        assignments = {a.id: a for rid in wanted for a in groups.by_resource.get(rid, ())}
        for task_id in {a.task_id for a in assignments.values()}:
            for other in groups.by_task.get(task_id, ()):
                assignments.setdefault(other.id, other)
        try:
            if self._calendars is None:
                self._calendars = PlanCalendars(data)
            found = allocate(
                cast(PlanData, _PlanSlice(data, assignments)),
                self.document.schedule,
                self._calendars,
                resource_ids=wanted,
            )
        except PmdeskError:  # a calendar the engine refused: the plan shows its own error
            if len(wanted) > 1:  # only the resource on that calendar goes without a load
                for rid in wanted:
                    self._allocate([rid])
            return
        for rid in wanted:
            self._allocations[rid] = found.get(rid)

    def is_computed(self, resource_id: int) -> bool:
        return resource_id in self._allocations

    def loads_known(self) -> bool:
        """Whether every resource's load is known (its totals may not be yet)."""
        return all(rid in self._allocations for rid in self._grouped().order)

    def pending(self) -> list[int]:
        """Resources whose load or totals are not known yet, in id order."""
        return [
            rid
            for rid in self._grouped().order
            if rid not in self._allocations or rid not in self._totals
        ]

    def compute_pending(
        self, seconds: float, clock: Callable[[], float] = time.perf_counter
    ) -> bool:
        """Work out loads and totals not known yet for about ``seconds`` (at least one
        resource's); True when every resource's are known."""
        deadline = clock() + seconds
        for resource_id in self.pending():
            self.allocation(resource_id)
            self.totals(resource_id)
            if clock() >= deadline:
                break
        return not self.pending()

    def all(self) -> dict[int, ResourceAllocation]:
        """Resource id -> load of every work resource (computing those not known yet)."""
        found = {rid: self.allocation(rid) for rid in self._grouped().order}
        return {rid: allocation for rid, allocation in found.items() if allocation is not None}

    # -- totals ------------------------------------------------------------------------------
    def totals(self, resource_id: int) -> Totals:
        """(work minutes, cost, number of assignments) of a resource."""
        found = self._totals.get(resource_id)
        if found is None:
            found = self._totals[resource_id] = self._sum(resource_id)
        return found

    def _sum(self, resource_id: int) -> Totals:
        data = self.document.data
        resource: Resource | None = data.resources.get(resource_id)
        if resource is None:
            return NO_TOTALS
        work = cost = 0.0
        count = 0
        for assignment in self._grouped().by_resource.get(resource_id, ()):
            task: Task | None = data.tasks.get(assignment.task_id)
            if task is None:
                continue
            if resource.type == ResourceType.WORK:
                work += assignment_work(assignment, task)
            cost += assignment_cost(assignment, task, resource)
            count += 1
        return (work, cost, count)
