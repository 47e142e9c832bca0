"""Earned value at a status date against baseline N, with MS Project's field names and formulas.

Per leaf task (Microsoft's field reference, "BCWS field", "BCWP field", "ACWP field", "EAC
field", "TCPI field" and the SV/CV/SPI/CPI pages):
  BCWS (PV)  the baseline cost time-phased up to the status date;
  BCWP (EV)  the baseline cost x % complete (or x Physical % Complete, per the task's
             "Earned Value Method");
  ACWP (AC)  the actual cost (typed, or cost x % complete while "Actual costs are always
             calculated by Project" is on, MS Project's default);
  SV = BCWP - BCWS, CV = BCWP - ACWP, SV % = SV / BCWS x 100, CV % = CV / BCWP x 100,
  SPI = BCWP / BCWS, CPI = BCWP / ACWP, EAC = ACWP + (BAC - BCWP) / CPI, VAC = BAC - EAC,
  TCPI = (BAC - BCWP) / (BAC - ACWP), and ETC = EAC - ACWP (PMBOK's; MS Project has no field).
Summary tasks and the plan add up their leaves' BCWS, BCWP, ACWP and BAC; the ratios are
taken from the sums, as MS Project rolls them up. A ratio whose divisor is zero is None
(shown blank) rather than MS Project's 0, which reads as "nothing earned".

BCWS is time-phased linearly over the baseline's working time (MS Project spreads it by the
baseline work of each assignment; for flat contours on one calendar that is the same).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from pmdesk.core.plandata import PlanData

if TYPE_CHECKING:
    from pmdesk.core.entities import Plan, Task
    from pmdesk.core.scheduling.result import Schedule

# Working minutes between two moments (a compiled calendar's working_between); None: wall clock.
Between = Callable[[datetime, datetime], int]

# The plan's "Earned value options for this project" (MS Project: File > Options > Advanced):
# the baseline earned value is measured against, and the method new tasks start with.
BASELINE_KEY = "earned_value_baseline"
METHOD_KEY = "default_ev_method"
METHODS = ("percent", "physical")  # % Complete, Physical % Complete


def plan_ev_baseline(plan: Plan) -> int:
    """The plan's "Baseline for Earned Value calculations" (0-10; 0 when not set)."""
    settings = plan.settings if isinstance(plan.settings, dict) else {}
    value = settings.get(BASELINE_KEY, 0)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10:
        return value
    return 0


def plan_ev_method(plan: Plan) -> str:
    """The plan's "Default task Earned Value method" ("percent" when not set)."""
    settings = plan.settings if isinstance(plan.settings, dict) else {}
    value = settings.get(METHOD_KEY, "percent")
    return value if value in METHODS else "percent"


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


@dataclass(slots=True)
class EarnedValue:
    """The four sums everything else follows from; amounts in the plan's currency."""

    bcws: float = 0.0
    bcwp: float = 0.0
    acwp: float = 0.0
    bac: float = 0.0

    def add(self, other: EarnedValue) -> None:
        self.bcws += other.bcws
        self.bcwp += other.bcwp
        self.acwp += other.acwp
        self.bac += other.bac

    # PMBOK's names for MS Project's.
    @property
    def pv(self) -> float:
        return self.bcws

    @property
    def ev(self) -> float:
        return self.bcwp

    @property
    def ac(self) -> float:
        return self.acwp

    @property
    def sv(self) -> float:
        return self.bcwp - self.bcws

    @property
    def cv(self) -> float:
        return self.bcwp - self.acwp

    @property
    def sv_percent(self) -> float | None:
        ratio = _ratio(self.sv, self.bcws)
        return None if ratio is None else ratio * 100

    @property
    def cv_percent(self) -> float | None:
        ratio = _ratio(self.cv, self.bcwp)
        return None if ratio is None else ratio * 100

    @property
    def spi(self) -> float | None:
        return _ratio(self.bcwp, self.bcws)

    @property
    def cpi(self) -> float | None:
        return _ratio(self.bcwp, self.acwp)

    @property
    def eac(self) -> float | None:
        # Nothing spent yet: the budget stands (no cost trend to project from).
        if not self.acwp:
            return self.bac
        cpi = self.cpi
        if not cpi:  # spent but nothing earned: no finite estimate
            return None
        return self.acwp + (self.bac - self.bcwp) / cpi

    @property
    def etc(self) -> float | None:
        eac = self.eac
        return None if eac is None else eac - self.acwp

    @property
    def vac(self) -> float | None:
        eac = self.eac
        return None if eac is None else self.bac - eac

    @property
    def tcpi(self) -> float | None:
        return _ratio(self.bac - self.bcwp, self.bac - self.acwp)


# Field order as MS Project's "Earned Value" table lists them (with ETC beside EAC).
FIELDS = (
    "bcws",
    "bcwp",
    "acwp",
    "sv",
    "cv",
    "sv_percent",
    "cv_percent",
    "spi",
    "cpi",
    "bac",
    "eac",
    "etc",
    "vac",
    "tcpi",
)


@dataclass(slots=True)
class EarnedValueResult:
    status_date: datetime
    baseline_number: int
    tasks: dict[int, EarnedValue] = field(default_factory=dict)  # leaves and summaries
    plan: EarnedValue = field(default_factory=EarnedValue)


def planned_fraction(
    start: datetime | None,
    finish: datetime | None,
    status: datetime,
    between: Between | None = None,
) -> float:
    """Share of a baseline span [start, finish] that lies before ``status`` (0..1)."""
    if start is None or finish is None:
        return 0.0
    if status >= finish:
        return 1.0
    if status <= start:
        return 0.0
    if between is None:
        return (status - start) / (finish - start)
    total = between(start, finish)
    if total <= 0:
        return 0.0  # a span with no working time in it (a milestone) accrues at its finish
    return min(1.0, max(0.0, between(start, status) / total))


def earned_percent(task: Task) -> float:
    """The % the task has earned by its Earned Value Method, bounded to 0..100."""
    value = (
        task.physical_percent_complete if task.ev_method == "physical" else task.percent_complete
    )
    return min(100.0, max(0.0, float(value or 0.0)))


def actual_cost(task: Task, scheduled_cost: float) -> float:
    """A typed Actual Cost, else cost x % complete (MS Project's calculated actual cost)."""
    if task.actual_cost is not None:
        return float(task.actual_cost)
    return scheduled_cost * min(100.0, max(0.0, task.percent_complete)) / 100.0


def plan_earned_value(
    data: PlanData,
    schedule: Schedule | None,
    status_date: datetime,
    baseline_number: int = 0,
    between: Between | None = None,
) -> EarnedValueResult:
    """Earned value of every task, summary and the plan at ``status_date``.

    ``schedule``: the plan's Schedule (for the current cost; None counts cost as 0).
    ``between``: working minutes between two moments on the plan's calendar (None: wall clock).
    """
    result = EarnedValueResult(status_date, baseline_number)
    tasks = data.tasks
    baseline_id = next((b.id for b in data.baselines.values() if b.number == baseline_number), None)
    rows = {}
    if baseline_id is not None:
        rows = {
            bt.task_id: bt for bt in data.baseline_tasks.values() if bt.baseline_id == baseline_id
        }
    parents = {t.parent_id for t in tasks.values() if t.parent_id is not None}
    scheduled = schedule.tasks if schedule is not None else {}
    per_task = result.tasks
    for task in tasks.values():
        if task.id in parents:
            continue
        value = EarnedValue()
        row = rows.get(task.id)
        if row is not None:
            bac = float(row.cost or 0.0)
            value.bac = bac
            value.bcws = bac * planned_fraction(row.start, row.finish, status_date, between)
            value.bcwp = bac * earned_percent(task) / 100.0
        entry = scheduled.get(task.id) if scheduled else None
        value.acwp = actual_cost(task, entry.cost if entry is not None else 0.0)
        per_task[task.id] = value
    _roll_up(tasks, parents, per_task)
    plan = result.plan
    for task in tasks.values():
        if task.id not in parents:
            plan.add(per_task[task.id])
    return result


def _roll_up(
    tasks: Mapping[int, Task], parents: set[int], per_task: dict[int, EarnedValue]
) -> None:
    """Summaries add up their subtasks, deepest first (each summary once)."""
    depth: dict[int, int] = {}

    def depth_of(task_id: int) -> int:
        chain: list[int] = []
        current: int | None = task_id
        while current is not None and current not in depth:
            chain.append(current)
            parent = tasks[current].parent_id
            current = parent if parent in tasks else None
        level = depth[current] if current is not None else -1
        for node in reversed(chain):
            level += 1
            depth[node] = level
        return depth[task_id]

    for task_id in parents:
        if task_id in tasks:
            per_task[task_id] = EarnedValue()
    for task_id in sorted(per_task, key=depth_of, reverse=True):
        parent = tasks[task_id].parent_id
        if parent in per_task:
            per_task[parent].add(per_task[task_id])
