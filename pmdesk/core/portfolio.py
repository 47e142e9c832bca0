"""A portfolio of plans: each plan's finish, slip against its baseline and NPV, and the people
they share as one resource pool with the load across all plans and where it is too much.

Resources are the same person in several plans when their names match (ignoring case and
surrounding spaces): plans made apart (imported, pushed from files) have their own ids, and a
name is what a team uses to say who someone is. A pooled person's availability and maximum
units come from the first plan (by name) that has them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData

if TYPE_CHECKING:
    from pmdesk.core.scheduling.result import Schedule


@dataclass(frozen=True)
class PlanSummary:
    name: str
    tasks: int
    finish: datetime | None
    baseline_finish: datetime | None
    slip_days: int | None  # finish - baseline finish, in calendar days (None: no baseline)
    npv: float | None  # None: no P&L lines
    currency: str
    problem: str | None = None  # the plan does not schedule: why


@dataclass
class PooledResource:
    name: str
    plans: list[str]
    max_units: float
    work: dict[date, float] = field(default_factory=dict)  # all plans, minutes per day
    by_plan: dict[str, float] = field(default_factory=dict)  # total minutes per plan
    available: dict[date, int] = field(default_factory=dict)
    over_days: list[date] = field(default_factory=list)

    @property
    def overallocated(self) -> bool:
        return bool(self.over_days)

    def peak_units(self) -> float:
        peaks = [work / self.available[d] for d, work in self.work.items() if self.available.get(d)]
        return max(peaks, default=0.0)


def summarize(
    name: str, data: PlanData, schedule: Schedule | None = None, problem: str | None = None
) -> PlanSummary:
    """One plan's line of the portfolio (``schedule`` None: the plan does not schedule)."""
    from pmdesk.core.finance import evaluate_pnl

    baseline = next((b for b in data.baselines.values() if b.number == 0), None)
    parents = {t.parent_id for t in data.tasks.values() if t.parent_id is not None}
    finishes = (
        []
        if baseline is None
        else [
            bt.finish
            for bt in data.baseline_tasks.values()
            if bt.baseline_id == baseline.id and bt.finish and bt.task_id not in parents
        ]
    )
    baseline_finish = max(finishes) if finishes else None
    finish = schedule.project_finish if schedule is not None else None
    slip = (
        (finish.date() - baseline_finish.date()).days
        if finish is not None and baseline_finish is not None
        else None
    )
    npv = None
    if data.pnl_lines:
        npv = evaluate_pnl(data, schedule).kpis.npv
    return PlanSummary(
        name, len(data.tasks), finish, baseline_finish, slip, npv, data.plan.currency, problem
    )


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def shared_pool(plans: Mapping[str, tuple[PlanData, Schedule | None]]) -> list[PooledResource]:
    """Every work resource that appears in two or more plans, with its load summed across
    them (``plans``: name -> (data, schedule or None)), by name."""
    from pmdesk.core.scheduling.allocation import TOLERANCE_MINUTES, allocate

    seen: dict[str, list[str]] = {}
    for plan_name in sorted(plans):
        data, _schedule = plans[plan_name]
        for resource in data.resources.values():
            names = seen.setdefault(_key(resource.name), [])
            if plan_name not in names:
                names.append(plan_name)
    pooled: dict[str, PooledResource] = {}
    for plan_name in sorted(plans):
        data, schedule = plans[plan_name]
        if schedule is None:
            continue
        try:
            allocations = allocate(data, schedule)
        except PmdeskError:
            continue
        for resource_id, allocation in allocations.items():
            resource = data.resources[resource_id]
            key = _key(resource.name)
            if len(seen.get(key, ())) < 2:
                continue
            entry = pooled.get(key)
            if entry is None:
                entry = pooled[key] = PooledResource(resource.name, seen[key], allocation.max_units)
            total = 0.0
            for day, work in allocation.work.items():
                entry.work[day] = entry.work.get(day, 0.0) + work
                if day not in entry.available:
                    entry.available[day] = allocation.available_on(day)
                total += work
            entry.by_plan[plan_name] = entry.by_plan.get(plan_name, 0.0) + total
    for entry in pooled.values():
        entry.over_days = sorted(
            d
            for d, work in entry.work.items()
            # more work in the day than the person can give across plans
            if work > entry.max_units * entry.available.get(d, 0) + TOLERANCE_MINUTES
        )
    return sorted(pooled.values(), key=lambda e: _key(e.name))
