"""Project statistics, as MS Project's Project Information > Statistics shows them: current,
baseline and actual start, finish, duration, work and cost, the variances, and counts.

Durations and work are in working minutes; the current duration is counted on the plan's
default calendar, as MS Project counts the project summary task's duration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pmdesk.core.scheduling.calendar import WorkingCalendar
    from pmdesk.core.scheduling.result import Schedule, ScheduledTask
from dataclasses import dataclass, field
from datetime import datetime

from pmdesk.core.entities import ResourceType, Task
from pmdesk.core.plandata import PlanData


@dataclass(slots=True)
class Figures:
    """One row of the statistics table; None where there is nothing to show (MS Project's NA)."""

    start: datetime | None = None
    finish: datetime | None = None
    duration: int | None = None
    work: int | None = None
    cost: float | None = None


@dataclass(slots=True)
class PlanStatistics:
    current: Figures = field(default_factory=Figures)
    baseline: Figures = field(default_factory=Figures)
    actual: Figures = field(default_factory=Figures)
    remaining: Figures = field(default_factory=Figures)
    percent_complete: float = 0.0
    tasks: int = 0  # leaf tasks (summaries are counted apart, as MS Project does)
    summaries: int = 0
    milestones: int = 0
    resources: int = 0
    work_resources: int = 0

    def variance(self, name: str) -> float | None:
        """Current minus baseline for ``name`` (start/finish in working minutes are not
        computed here: a datetime difference), or None without a baseline."""
        current, base = getattr(self.current, name), getattr(self.baseline, name)
        if current is None or base is None:
            return None
        difference: float = current - base  # numbers only: duration, work, cost
        return difference


def plan_statistics(
    data: PlanData, schedule: Schedule | None, calendar: WorkingCalendar
) -> PlanStatistics:
    """Statistics of the plan as scheduled. ``calendar``: the compiled default calendar."""
    stats = PlanStatistics()
    tasks = data.tasks
    parents = {t.parent_id for t in tasks.values() if t.parent_id is not None}
    leaves = [t for t in tasks.values() if t.id not in parents]
    stats.summaries = len(tasks) - len(leaves)
    stats.tasks = sum(1 for t in leaves if not t.milestone)
    stats.milestones = sum(1 for t in leaves if t.milestone)
    stats.resources = len(data.resources)
    stats.work_resources = sum(1 for r in data.resources.values() if r.type == ResourceType.WORK)
    if schedule is None or not leaves:
        return stats
    found = [schedule.tasks.get(t.id) for t in leaves]
    rows = [row for row in found if row is not None]
    current = stats.current
    current.start, current.finish = schedule.project_start, schedule.project_finish
    if current.start is not None and current.finish is not None:
        current.duration = max(0, calendar.working_between(current.start, current.finish))
    current.work = sum(row.work for row in rows)
    current.cost = sum(row.cost for row in rows)
    _baseline(data, leaves, stats.baseline, calendar)
    _actual(leaves, rows, stats)
    return stats


def _baseline(
    data: PlanData, leaves: list[Task], figures: Figures, calendar: WorkingCalendar
) -> None:
    """Baseline 0 (MS Project's "Baseline"), over the leaf tasks it holds."""
    baseline = next((b for b in data.baselines.values() if b.number == 0), None)
    if baseline is None:
        return
    leaf_ids = {t.id for t in leaves}
    rows = [
        bt
        for bt in data.baseline_tasks.values()
        if bt.baseline_id == baseline.id and bt.task_id in leaf_ids
    ]
    if not rows:
        return
    starts = [bt.start for bt in rows if bt.start is not None]
    finishes = [bt.finish for bt in rows if bt.finish is not None]
    figures.start = min(starts) if starts else None
    figures.finish = max(finishes) if finishes else None
    if figures.start is not None and figures.finish is not None:
        figures.duration = max(0, calendar.working_between(figures.start, figures.finish))
    figures.work = sum(bt.work for bt in rows)
    figures.cost = sum(bt.cost for bt in rows)


def _actual(leaves: list[Task], rows: list[ScheduledTask], stats: PlanStatistics) -> None:
    """Actual = what % complete says is done (MS Project: actual work = work x % complete);
    actual finish only once every task is finished."""
    actual, remaining, current = stats.actual, stats.remaining, stats.current
    starts = [t.actual_start for t in leaves if t.actual_start is not None]
    started = starts or [row.start for row in rows if row.percent_complete > 0]
    actual.start = min(started) if started else None
    if leaves and all(t.percent_complete >= 100 for t in leaves):
        finishes = [t.actual_finish for t in leaves if t.actual_finish is not None]
        actual.finish = max(finishes) if finishes else current.finish
    actual.work = round(sum(row.work * row.percent_complete / 100 for row in rows))
    actual.cost = sum(row.cost * row.percent_complete / 100 for row in rows)
    total = sum(row.duration for row in rows)
    done = sum(row.duration * row.percent_complete / 100 for row in rows)
    stats.percent_complete = 100.0 * done / total if total else 0.0
    if current.duration is not None:
        actual.duration = round(current.duration * stats.percent_complete / 100)
        remaining.duration = current.duration - actual.duration
    remaining.work = (current.work or 0) - actual.work
    remaining.cost = (current.cost or 0.0) - actual.cost
