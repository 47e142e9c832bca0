"""The cost of the plan's assignments, by the P&L's periods.

Each assignment's cost is time-phased by core/scheduling/timephased.py (its resource's
calendar, its start delay, its contour; per-use costs at its start; overtime at the overtime
rate) straight into the periods, by the same rule as the usage views' days, so a task over
Christmas puts little cost in the holiday weeks. Cost before the first period is booked in the first period (it is
spent before the P&L starts, not saved); cost after the last period is outside the horizon.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pmdesk.core.entities import Assignment, Resource, Task
from pmdesk.core.finance.periods import Period
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import costs
from pmdesk.core.scheduling.calendar import to_minutes
from pmdesk.core.scheduling.result import Schedule
from pmdesk.core.scheduling.timephased import DailyCosts, phased_costs

# period_phasing's result: assignment id -> {period bucket: cost} (timephased.phased_costs),
# and the per-day costs that name each assignment's resource.
Phasing = tuple[dict[int, dict[int, float]], DailyCosts]


@dataclass(slots=True)
class ResourceCost:
    values: list[float]
    before: float = 0.0  # cost incurred before the first period (included in period 0)
    after: float = 0.0  # cost after the last period (not in values)
    unscheduled: float = 0.0  # cost of tasks without scheduled dates (not in values)
    by_resource: dict[int, float] = field(default_factory=dict)


def assignment_cost(assignment: Assignment, task: Task, resource: Resource) -> float:
    return costs.assignment_cost(assignment, task, resource)


def resource_cost(
    data: PlanData,
    schedule: Schedule | None,
    periods: list[Period],
    group: str | None = None,
    phased: Phasing | None = None,
) -> ResourceCost:
    """The cost of every assignment (of resources in ``group`` when given) by period;
    ``phased`` reuses ``period_phasing`` of this schedule and these periods."""
    out = ResourceCost([0.0] * len(periods))
    if not periods:
        return out
    cost, daily = phased if phased is not None else period_phasing(data, schedule, periods)
    count = len(periods)
    wanted = group.strip().lower() if group else None
    # Looked up once (a P&L line of every group runs this loop over every assignment).
    resources, resource_of, by_resource, values = (
        data.resources,
        daily.resource_of,
        out.by_resource,
        out.values,
    )
    for key, buckets in cost.items():
        resource = resources.get(resource_of[key])
        if resource is None or (wanted and resource.group.strip().lower() != wanted):
            continue
        by_resource[resource.id] = by_resource.get(resource.id, 0.0) + sum(buckets.values())
        for bucket, amount in buckets.items():
            if bucket == 0:  # before the first period: booked in it
                out.before += amount
                values[0] += amount
            elif bucket > count:
                out.after += amount
            else:
                values[bucket - 1] += amount
    for assignment in data.assignments.values():
        if assignment.id in cost:
            continue
        task = data.tasks.get(assignment.task_id)
        resource = data.resources.get(assignment.resource_id)
        if task is None or resource is None:
            continue
        if wanted and resource.group.strip().lower() != wanted:
            continue
        amount = costs.assignment_cost(assignment, task, resource)
        out.unscheduled += amount
        out.by_resource[resource.id] = out.by_resource.get(resource.id, 0.0) + amount
    return out


def period_phasing(data: PlanData, schedule: Schedule | None, periods: list[Period]) -> Phasing:
    """Every assignment's cost by period bucket (timephased.phased_costs) for resource_cost."""
    walls = [to_minutes(p.start_time) for p in periods] + [to_minutes(periods[-1].end_time)]
    cost, _fixed, _work, daily = phased_costs(data, schedule, walls, with_work=False)
    return cost, daily
