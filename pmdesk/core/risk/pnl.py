"""The P&L priced for schedule risk: the sheet with its launch dates taken at a percentile of
the simulation (P50, P80), and the distribution of NPV over the simulated launch dates
(P10/P50/P90 and the expected NPV).

Lines anchored to a task start when that task finishes; each iteration moves the anchors to
their simulated finishes and values the sheet again (once per distinct set of launch dates).
The cost of the people assigned stays spread over the planned schedule.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar, overload

import numpy as np

from pmdesk.core.finance import evaluate_pnl
from pmdesk.core.plandata import PlanData
from pmdesk.core.risk.report import DateSpread
from pmdesk.core.risk.simulation import Samples
from pmdesk.core.scheduling.calendar import from_minutes
from pmdesk.core.scheduling.result import Schedule, ScheduledTask

_MAX_EVALUATIONS = 400  # distinct launch-date sets valued one by one; more are rounded to days
_T = TypeVar("_T")


class _ShiftedTasks(Mapping[int, ScheduledTask]):
    def __init__(self, tasks: Mapping[int, ScheduledTask], finishes: dict[int, datetime]) -> None:
        self._tasks = tasks
        self._finishes = finishes

    def __getitem__(self, tid: int) -> ScheduledTask:
        task = self._tasks[tid]
        finish = self._finishes.get(tid)
        return task if finish is None else dataclasses.replace(task, finish=finish)

    @overload
    def get(self, tid: int) -> ScheduledTask | None: ...
    @overload
    def get(self, tid: int, default: ScheduledTask | _T) -> ScheduledTask | _T: ...
    def get(self, tid: int, default: object = None) -> object:
        return self[tid] if tid in self._tasks else default

    def __iter__(self) -> Iterator[int]:
        return iter(self._tasks)

    def __len__(self) -> int:
        return len(self._tasks)


class ShiftedSchedule(Schedule):
    """A Schedule whose tasks in ``finishes`` finish at the given moments instead."""

    __slots__ = ("_schedule",)

    def __init__(self, schedule: Schedule, finishes: dict[int, datetime]) -> None:
        super().__init__(
            _ShiftedTasks(schedule.tasks, finishes),
            schedule.project_start,
            schedule.project_finish,
            schedule.conflicts,
        )
        self._schedule = schedule

    @property
    def critical_path(self) -> list[int]:
        return self._schedule.critical_path


def anchors(data: PlanData) -> list[int]:
    return sorted(
        {
            line.anchor_task_id
            for line in data.pnl_lines.values()
            if line.anchor_task_id in data.tasks
        }
    )


def launch_schedule(
    data: PlanData, schedule: Schedule | None, samples: Samples, choice: str
) -> Schedule | None:
    """The schedule with every P&L launch task finishing at its P50 or P80 ("planned": the
    schedule itself)."""
    if choice == "planned" or schedule is None:
        return schedule
    p = {"p50": 50, "p80": 80}[choice]
    finishes = {
        tid: DateSpread(samples.task_finish[tid]).percentile(p)
        for tid in anchors(data)
        if tid in samples.task_finish
    }
    return ShiftedSchedule(schedule, finishes)


@dataclass(frozen=True, slots=True)
class NpvSpread:
    expected: float
    p10: float
    p50: float
    p90: float
    values: np.ndarray = dataclasses.field(repr=False)


def risk_npv(
    data: PlanData, schedule: Schedule | None, samples: Samples, scenario_id: int | None = None
) -> NpvSpread | None:
    """NPV per iteration from its launch dates; None when no P&L line has a launch task."""
    tids = [tid for tid in anchors(data) if tid in samples.task_finish]
    if not tids or schedule is None:
        return None
    base = evaluate_pnl(data, schedule, scenario_id)
    columns = np.stack([samples.task_finish[tid] for tid in tids], axis=1)
    unique, inverse = np.unique(columns, axis=0, return_inverse=True)
    if len(unique) > _MAX_EVALUATIONS:  # value the launch day, not the minute
        columns = columns // 1440 * 1440 + 1439
        unique, inverse = np.unique(columns, axis=0, return_inverse=True)
    npvs = []
    for row in unique:
        finishes = {tid: from_minutes(int(m)) for tid, m in zip(tids, row)}
        sheet = evaluate_pnl(
            data,
            ShiftedSchedule(schedule, finishes),
            scenario_id,
            resource_costs=base.resource_costs,
        )
        npvs.append(sheet.kpis.npv)
    values = np.asarray(npvs)[inverse.reshape(-1)]

    def pct(p: float) -> float:
        return float(np.percentile(values, p, method="inverted_cdf"))

    return NpvSpread(float(values.mean()), pct(10), pct(50), pct(90), values)
