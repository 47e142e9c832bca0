"""Where the demo launch stands: three-point estimates and risks for the schedule risk
analysis, baseline 0 as the plan stood before work began, and the actual costs of the
tasks that overspent."""

from __future__ import annotations

from datetime import datetime

from pmdesk.core.entities import (
    Baseline,
    BaselineTask,
    Distribution,
    Resource,
    Risk,
    RiskImpact,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.standard_time import MINUTES_PER_DAY

DAY = MINUTES_PER_DAY

# The estimates when the plan was baselined (Friday 2 October 2026); these tasks have grown
# since, so the plan now finishes after its baseline and some milestones slip.
BASELINE_DAYS = {"wireframes": 6, "datamodel": 6, "api": 12, "visual": 8, "auth": 8}
# Tasks that cost more than planned so far (actual cost = planned cost of the work done x
# this factor): the cost performance index is below 1.
OVERSPEND = {
    "interviews": 1.15,
    "wireframes": 1.3,
    "spike": 1.2,
    "datamodel": 1.35,
    "positioning": 1.1,
}

# Three-point estimates: pessimistic duration as a multiple of the planned one (the
# engineering unknowns stretch most); every other open task gets 0.8x / 1x / 1.3x.
PESSIMISM = {
    "sync": 2.0,
    "offline": 1.8,
    "api": 1.6,
    "perf": 1.7,
    "mobile": 1.6,
    "security": 1.5,
    "bugbash": 1.6,
    "beta": 1.4,
    "load": 1.5,
    "board": 1.4,
    "billing": 1.5,
    "datamodel": 1.4,
    "usability": 1.4,
}
RISKS = [  # name, probability %, impact in days, task keys, mitigated
    ("App store review rejects the mobile app", 30, 8, ["mobile"], False),
    ("Sync conflicts need a redesign", 20, 10, ["sync", "offline"], False),
    # when it occurs, fixing it is work of its own after the review (a risk task)
    ("Penetration test finds a critical issue", 25, 6, ["security"], False),
    ("Key designer unavailable in December", 40, 4, ["visual"], True),
]


def add_estimates(data: PlanData, tasks: dict[str, Task]) -> None:
    for key, task in tasks.items():
        if task.milestone or task.percent_complete >= 100 or not task.duration:
            continue
        task.duration_most_likely = task.duration
        task.duration_optimistic = round(task.duration * 0.8)
        task.duration_pessimistic = round(task.duration * PESSIMISM.get(key, 1.3))
        task.distribution = Distribution.PERT if key in PESSIMISM else Distribution.TRIANGULAR
    for number, (name, chance, days, keys, mitigated) in enumerate(RISKS, start=1):
        impact_as = RiskImpact.TASK_AFTER if keys == ["security"] else RiskImpact.LONGER
        data.add(
            Risk(
                id=number,
                name=name,
                probability=chance,
                impact=days * DAY,
                task_ids=[tasks[k].id for k in keys],
                mitigated=mitigated,
                impact_as=impact_as,
            )
        )


def add_tracking(data: PlanData, tasks: dict[str, Task], people: dict[str, Resource]) -> None:
    """Baseline 0 as the plan stood before work began (the estimates of BASELINE_DAYS, no
    progress), and the actual costs of OVERSPEND."""
    from pmdesk.core.scheduling import schedule_plan

    kept = {key: (task.duration, task.percent_complete) for key, task in tasks.items()}
    for key, task in tasks.items():
        task.percent_complete = 0.0
        task.duration = BASELINE_DAYS.get(key, task.duration // DAY) * DAY
    status, data.plan.status_date = data.plan.status_date, None
    try:
        planned = schedule_plan(data)
    finally:
        data.plan.status_date = status
        for key, (duration, percent) in kept.items():
            tasks[key].duration, tasks[key].percent_complete = duration, percent
    data.add(Baseline(id=1, number=0, name="Baseline", created=datetime(2026, 10, 2, 17, 0)))
    for number, (task_id, row) in enumerate(planned.tasks.items(), start=1):
        data.add(
            BaselineTask(
                id=number,
                baseline_id=1,
                task_id=task_id,
                start=row.start,
                finish=row.finish,
                duration=row.duration,
                work=row.work,
                cost=row.cost,
            )
        )
    rates = {resource.id: resource.standard_rate for resource in people.values()}
    for key, factor in OVERSPEND.items():
        task = tasks[key]
        hourly = sum(
            a.units * rates[a.resource_id]
            for a in data.assignments.values()
            if a.task_id == task.id
        )
        done = task.duration / 60 * hourly * task.percent_complete / 100
        task.actual_cost = round(done * factor, 2)
