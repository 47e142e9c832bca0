"""What a simulation says, for people: percentile dates (P10/P50/P80/P95) of the project
finish, of milestones and of roadmap deliveries; the chance of meeting deadlines and
roadmap targets; how often each task is critical; which durations drive the finish."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np

from pmdesk.core.plandata import PlanData
from pmdesk.core.risk.simulation import Samples
from pmdesk.core.scheduling.calendar import from_minutes, to_minutes
from pmdesk.core.scheduling.result import Schedule

PERCENTILES = (10, 50, 80, 95)


@dataclass(frozen=True, slots=True)
class DateSpread:
    """The distribution of one date over the iterations (wall-clock minutes)."""

    minutes: np.ndarray = field(repr=False)

    def percentile(self, p: float) -> datetime:
        """The date by which ``p`` % of the iterations are finished (an observed date, never
        one between two: the smallest sample whose share at or below it reaches p %)."""
        value = np.percentile(self.minutes, p, method="inverted_cdf")
        return from_minutes(int(value))

    def probability_by(self, moment: datetime) -> float:
        """Share of the iterations finished by ``moment``."""
        return float((self.minutes <= to_minutes(moment)).mean())

    def probability_by_day(self, day: date) -> float:
        """Share of the iterations finished on or before the calendar day ``day``."""
        return float((self.minutes < (day.toordinal() + 1) * 1440).mean())

    @property
    def mean(self) -> datetime:
        return from_minutes(int(round(float(self.minutes.mean()))))

    def percentiles(self) -> dict[int, datetime]:
        return {p: self.percentile(p) for p in PERCENTILES}


@dataclass(slots=True)
class TaskRisk:
    """One tracked task: its planned finish, its spread, its deadline's chance."""

    task_id: int
    name: str
    planned: datetime | None
    spread: DateSpread
    milestone: bool
    deadline: datetime | None
    on_time: float | None  # share of iterations meeting the deadline; None without one


@dataclass(slots=True)
class ItemRisk:
    """A roadmap item's linked delivery against its target end."""

    item_id: int
    title: str
    task_id: int
    planned: datetime | None
    spread: DateSpread
    target: date | None
    on_time: float | None  # share of iterations finishing on or before the target day


@dataclass(slots=True)
class Driver:
    """A task whose duration varies, with its correlation to the project finish."""

    task_id: int
    name: str
    correlation: float | None  # None: the task's duration does not vary
    criticality: float


@dataclass(slots=True)
class RiskReport:
    iterations: int
    seed: int
    planned_finish: datetime | None
    finish: DateSpread
    tasks: list[TaskRisk]
    items: list[ItemRisk]
    criticality: dict[int, float]  # leaf task id -> share of iterations it is critical
    drivers: list[Driver]  # by |correlation|, largest first
    risk_rates: dict[int, float]  # risk id -> share of iterations it occurred
    varying: int  # how many tasks vary

    @property
    def on_time(self) -> float | None:
        """Chance of finishing by the planned (deterministic) finish."""
        return (
            None if self.planned_finish is None else self.finish.probability_by(self.planned_finish)
        )


def correlations(durations: np.ndarray, finish: np.ndarray) -> np.ndarray:
    """Pearson correlation of each row of ``durations`` with ``finish`` (0 where either
    does not vary)."""
    if durations.size == 0:
        return np.zeros(len(durations))
    x = durations - durations.mean(axis=1, keepdims=True)
    y = finish - finish.mean()
    norms = np.sqrt((x * x).sum(axis=1) * (y * y).sum())
    with np.errstate(divide="ignore", invalid="ignore"):
        found = np.where(norms > 0, (x @ y) / norms, 0.0)
    return found


def analyse(
    data: PlanData, samples: Samples, schedule: Schedule | None, seed: int = 0
) -> RiskReport:
    """Turn samples into a report; ``schedule`` is the deterministic Schedule of the plan."""
    n = len(samples.finish)
    tasks = data.tasks
    tracked: list[TaskRisk] = []
    for tid, minutes in samples.task_finish.items():
        task = tasks[tid]
        scheduled = schedule.tasks.get(tid) if schedule is not None else None
        spread = DateSpread(minutes)
        deadline = task.deadline
        tracked.append(
            TaskRisk(
                tid,
                task.name,
                scheduled.finish if scheduled else None,
                spread,
                bool(task.milestone or (scheduled is not None and scheduled.milestone)),
                deadline,
                spread.probability_by(deadline) if deadline is not None else None,
            )
        )
    order = {tid: i for i, tid in enumerate(schedule.tasks)} if schedule is not None else {}
    tracked.sort(key=lambda t: order.get(t.task_id, t.task_id))
    items: list[ItemRisk] = []
    for item in sorted(data.roadmap_items.values(), key=lambda i: (i.position, i.id)):
        if item.linked_task_id is None:
            continue
        delivered = samples.task_finish.get(item.linked_task_id)
        if delivered is None:
            continue
        spread = DateSpread(delivered)
        target = item.target_end
        scheduled = schedule.tasks.get(item.linked_task_id) if schedule is not None else None
        items.append(
            ItemRisk(
                item.id,
                item.title,
                item.linked_task_id,
                scheduled.finish if scheduled else None,
                spread,
                target,
                spread.probability_by_day(target) if target else None,
            )
        )
    criticality = {tid: count / n for tid, count in samples.critical.items()}
    corr = correlations(samples.durations.astype(float), samples.finish.astype(float))
    drivers = [
        Driver(tid, tasks[tid].name, float(c), criticality.get(tid, 0.0))
        for tid, c, row in zip(samples.varying, corr, samples.durations)
        if row.min() != row.max()
    ]
    drivers.sort(key=lambda d: -abs(d.correlation or 0.0))  # all set here
    rates = {rid: float(samples.occurred[i].mean()) for i, rid in enumerate(samples.risk_ids)}
    return RiskReport(
        iterations=n, seed=seed,
        planned_finish=schedule.project_finish if schedule is not None else None,
        finish=DateSpread(samples.finish), tasks=tracked, items=items,
        criticality=criticality, drivers=drivers, risk_rates=rates,
        varying=sum(1 for row in samples.durations if row.min() != row.max()),
    )  # fmt: skip


def report_json(report: RiskReport) -> dict[str, object]:
    """The report as JSON-ready values (dates as ISO text, shares 0-1)."""

    def iso(moment: datetime | None) -> str | None:
        return moment.isoformat(timespec="minutes") if moment is not None else None

    def spread(s: DateSpread) -> dict[str, str | None]:
        return {f"p{p}": iso(d) for p, d in s.percentiles().items()} | {"mean": iso(s.mean)}

    return {
        "iterations": report.iterations,
        "seed": report.seed,
        "varying_tasks": report.varying,
        "planned_finish": iso(report.planned_finish),
        "finish": spread(report.finish),
        "on_time": report.on_time,
        "tasks": [
            {"id": t.task_id, "name": t.name, "milestone": t.milestone,
             "planned_finish": iso(t.planned), "deadline": iso(t.deadline),
             "on_time": t.on_time, "finish": spread(t.spread)}
            for t in report.tasks
        ],
        "roadmap": [
            {"id": i.item_id, "title": i.title, "task_id": i.task_id,
             "planned_finish": iso(i.planned),
             "target_end": i.target.isoformat() if i.target else None,
             "on_time": i.on_time, "finish": spread(i.spread)}
            for i in report.items
        ],
        "drivers": [
            {"id": d.task_id, "name": d.name,
             "correlation": round(d.correlation, 4) if d.correlation is not None else None,
             "criticality": round(d.criticality, 4)}
            for d in report.drivers
        ],
        "criticality": {str(tid): round(v, 4) for tid, v in report.criticality.items()},
        "risks": {str(rid): round(v, 4) for rid, v in report.risk_rates.items()},
    }  # fmt: skip
