"""What the weekly status report says, computed without Qt: the finish against the baseline,
milestones (baseline, forecast, variance, done / late / at risk / on track), the tasks late or
slipping most, earned value with its S-curve series, resource over-allocations, roadmap items
with their delivery status, and the P&L's NPV against the baseline's business case.

Renderers (reports/html.py, printing/statusreport.py) only lay this out.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from pmdesk.core.earnedvalue import (
    Between,
    EarnedValue,
    earned_percent,
    plan_earned_value,
    planned_fraction,
)
from pmdesk.core.entities import BaselineTask, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.tracking import late_task_ids

if TYPE_CHECKING:  # loaded when a report needs them (the engine's package is large)
    from pmdesk.core.scheduling.allocation import ResourceAllocation
    from pmdesk.core.scheduling.result import Schedule, ScheduledTask

# task id -> its row in the report's baseline
BaselineRows = dict[int, BaselineTask]
# (baseline start, baseline finish, BAC, done start, done end, EV, AC) of a leaf task; the done
# part's start and end are both set or both None.
_Span = tuple[
    datetime | None, datetime | None, float, datetime | None, datetime | None, float, float
]

MAX_ROWS = 12  # late or slipping tasks listed (the worst first)
CURVE_POINTS = 80  # samples of the S-curve between the first start and the last finish


@dataclass(slots=True)
class MilestoneRow:
    name: str
    baseline: datetime | None
    forecast: datetime
    variance_days: int | None  # calendar days forecast - baseline (None: no baseline)
    state: str  # done / late / at risk / on track
    task_id: int = 0
    p80: datetime | None = None  # from the schedule risk simulation (add_risk)


@dataclass(slots=True)
class TaskRow:
    id: int
    name: str
    finish: datetime
    baseline_finish: datetime | None
    slip_days: int
    percent: float
    late: bool  # remaining work lies before the status date


@dataclass(slots=True)
class OverAllocation:
    name: str
    days: int
    first: date
    peak_units: float


@dataclass(slots=True)
class RoadmapRow:
    title: str
    target_end: date | None
    forecast: datetime | None
    percent: float | None
    state: str  # done / on track / slipping / overdue / not linked


@dataclass(slots=True)
class Curve:
    """Cumulative PV, EV and AC at each date (EV and AC only up to the status date)."""

    dates: list[datetime] = field(default_factory=list)
    pv: list[float] = field(default_factory=list)
    ev: list[float | None] = field(default_factory=list)
    ac: list[float | None] = field(default_factory=list)


@dataclass(slots=True)
class RiskForecast:
    """The finish a seeded schedule risk simulation gives (issue 20: the report says how sure
    the forecast is): P50 and P80 and the chance of meeting the baseline's finish."""

    iterations: int
    seed: int
    p50: datetime
    p80: datetime
    chance_by_baseline: float | None  # share of iterations finishing by the baseline finish
    varying: int  # tasks whose duration varies (0: the P80 is the plan's own finish)
    problem: str | None = None  # why the plan could not be simulated (then no dates)


@dataclass(slots=True)
class StatusReport:
    plan_name: str
    currency: str
    status_date: datetime
    baseline_number: int
    has_baseline: bool
    start: datetime | None
    finish: datetime | None
    baseline_finish: datetime | None
    finish_variance_days: int | None
    percent_complete: float
    ev: EarnedValue
    milestones: list[MilestoneRow]
    tasks: list[TaskRow]
    late_count: int
    overallocations: list[OverAllocation]
    roadmap: list[RoadmapRow]
    npv: float | None
    npv_baseline: float | None
    curve: Curve
    late_tasks: list[TaskRow] = field(default_factory=list)  # every late task, by finish
    risk: RiskForecast | None = None


def _days(a: datetime | None, b: datetime | None) -> int | None:
    if a is None or b is None:
        return None
    return (a.date() - b.date()).days


def build_status_report(
    data: PlanData,
    schedule: Schedule | None,
    status_date: datetime,
    baseline_number: int = 0,
    between: Between | None = None,
    allocations: dict[int, ResourceAllocation] | None = None,
) -> StatusReport:
    """The report of ``data`` scheduled as ``schedule`` at ``status_date`` against baseline
    ``baseline_number``. ``between``: working minutes on the plan's calendar (None: wall
    clock). ``allocations``: resource id -> ResourceAllocation (None: computed here)."""
    tasks = data.tasks
    parents = {t.parent_id for t in tasks.values() if t.parent_id is not None}
    baseline = next((b for b in data.baselines.values() if b.number == baseline_number), None)
    rows: BaselineRows = (
        {}
        if baseline is None
        else {
            bt.task_id: bt for bt in data.baseline_tasks.values() if bt.baseline_id == baseline.id
        }
    )
    leaves = [t for t in tasks.values() if t.id not in parents]
    ev = plan_earned_value(data, schedule, status_date, baseline_number, between)
    late = set(late_task_ids(data, schedule, status_date, between))
    finishes = [bt.finish for t, bt in rows.items() if t not in parents and bt.finish]
    baseline_finish = max(finishes) if finishes else None
    finish = schedule.project_finish if schedule is not None else None
    return (
        StatusReport(
            plan_name=data.plan.name,
            currency=data.plan.currency,
            status_date=status_date,
            baseline_number=baseline_number,
            has_baseline=bool(rows),
            start=schedule.project_start if schedule is not None else None,
            finish=finish,
            baseline_finish=baseline_finish,
            finish_variance_days=_days(finish, baseline_finish),
            percent_complete=_percent_complete(leaves, schedule),
            ev=ev.plan,
            milestones=_milestones(leaves, schedule, rows, late, status_date),
            tasks=_worst_tasks(leaves, schedule, rows, late),
            late_count=len(late),
            overallocations=_overallocations(data, schedule, allocations),
            roadmap=_roadmap(data, schedule, status_date),
            npv=None,
            npv_baseline=None,
            curve=_curve(data, schedule, rows, leaves, status_date, between, ev.tasks),
            late_tasks=_worst_tasks(
                [t for t in leaves if t.id in late], schedule, rows, late, limit=None
            ),
        )
        if schedule is not None
        else _empty(data, status_date, baseline_number, ev.plan)
    )


def add_npv(report: StatusReport, data: PlanData, schedule: Schedule | None) -> StatusReport:
    """The P&L's NPV as planned now and as the baseline's dates would give it (the business
    case the baseline was approved with). None without P&L lines."""
    from pmdesk.core.finance import evaluate_pnl
    from pmdesk.core.scheduling.result import Schedule

    if schedule is None or not data.pnl_lines:
        return report
    report.npv = evaluate_pnl(data, schedule).kpis.npv
    baseline = next(
        (b for b in data.baselines.values() if b.number == report.baseline_number), None
    )
    if baseline is None:
        return report
    rows = {bt.task_id: bt for bt in data.baseline_tasks.values() if bt.baseline_id == baseline.id}
    planned: dict[int, ScheduledTask] = {}
    for task_id, row in schedule.tasks.items():
        bt = rows.get(task_id)
        if bt is not None and bt.start is not None and bt.finish is not None:
            row = replace(row, start=bt.start, finish=bt.finish)
        planned[task_id] = row
    as_planned = Schedule(
        planned, schedule.project_start, report.baseline_finish or schedule.project_finish, []
    )
    report.npv_baseline = evaluate_pnl(data, as_planned).kpis.npv
    return report


RISK_ITERATIONS = 1000
RISK_SEED = 0  # a fixed seed: the same plan gives the same P80 in every report


def add_risk(
    report: StatusReport,
    data: PlanData,
    schedule: Schedule | None,
    iterations: int = RISK_ITERATIONS,
    seed: int = RISK_SEED,
) -> StatusReport:
    """The P50/P80 finish of the project and the P80 of each milestone from a seeded Monte
    Carlo run of the plan as it stands (progress included; core/risk). A plan the
    simulation refuses gets ``problem`` (one sentence) instead of dates."""
    if schedule is None:
        return report
    from pmdesk.core.risk.memo import forecast
    from pmdesk.core.risk.report import DateSpread

    track = {m.task_id for m in report.milestones}
    run = forecast(data, iterations, seed, track)
    if run.problem:
        # The renderers show the problem, not these dates: the planned finish fills them.
        now = schedule.project_finish
        report.risk = RiskForecast(iterations, seed, now, now, None, 0, run.problem)
        return report
    finish = DateSpread(run.finish)
    chance = (
        finish.probability_by(report.baseline_finish)
        if report.baseline_finish is not None
        else None
    )
    report.risk = RiskForecast(
        iterations, seed, finish.percentile(50), finish.percentile(80), chance, run.varying
    )
    for milestone in report.milestones:
        minutes = run.task_finish.get(milestone.task_id)
        if minutes is not None and milestone.state != "done":
            milestone.p80 = DateSpread(minutes).percentile(80)
    return report


def _empty(
    data: PlanData, status_date: datetime, baseline_number: int, ev: EarnedValue
) -> StatusReport:
    return StatusReport(
        data.plan.name,
        data.plan.currency,
        status_date,
        baseline_number,
        False,
        None,
        None,
        None,
        None,
        0.0,
        ev,
        [],
        [],
        0,
        [],
        [],
        None,
        None,
        Curve(),
    )


def _percent_complete(leaves: list[Task], schedule: Schedule | None) -> float:
    """Duration-weighted % complete of the leaf tasks (MS Project's project summary task)."""
    total = done = 0.0
    for task in leaves:
        row = schedule.tasks.get(task.id) if schedule is not None else None
        if row is None:
            continue
        total += row.duration
        done += row.duration * min(100.0, task.percent_complete) / 100
    return 100.0 * done / total if total else 0.0


def _milestones(
    leaves: list[Task],
    schedule: Schedule,
    rows: BaselineRows,
    late: set[int],
    status_date: datetime,
) -> list[MilestoneRow]:
    result = []
    for task in leaves:
        row = schedule.tasks.get(task.id)
        if row is None or not (task.milestone or row.milestone):
            continue
        bt = rows.get(task.id)
        base = bt.finish if bt is not None else None
        variance = _days(row.finish, base)
        if task.percent_complete >= 100:
            state = "done"
        elif task.id in late or row.finish < status_date:
            state = "late"
        elif variance is not None and variance > 0:
            state = "at risk"
        else:
            state = "on track"
        result.append(MilestoneRow(task.name, base, row.finish, variance, state, task.id))
    result.sort(key=lambda m: m.forecast)
    return result


def _worst_tasks(
    leaves: list[Task],
    schedule: Schedule,
    rows: BaselineRows,
    late: set[int],
    limit: int | None = MAX_ROWS,
) -> list[TaskRow]:
    found = []
    for task in leaves:
        row = schedule.tasks.get(task.id)
        if row is None or task.percent_complete >= 100:
            continue
        bt = rows.get(task.id)
        slip = _days(row.finish, bt.finish if bt is not None else None) or 0
        if slip > 0 or task.id in late:
            found.append(
                TaskRow(
                    task.id,
                    task.name,
                    row.finish,
                    bt.finish if bt is not None else None,
                    slip,
                    task.percent_complete,
                    task.id in late,
                )
            )
    # Late work first (it needs a decision now), then the largest slips.
    found.sort(key=lambda r: (not r.late, -r.slip_days, r.finish))
    return found if limit is None else found[:limit]


def _overallocations(
    data: PlanData, schedule: Schedule, allocations: dict[int, ResourceAllocation] | None
) -> list[OverAllocation]:
    if allocations is None:
        from pmdesk.core.scheduling.allocation import allocate

        allocations = allocate(data, schedule)
    result = []
    for resource_id, allocation in allocations.items():
        days = allocation.overallocated_days()
        resource = data.resources.get(resource_id)
        if days and resource is not None:
            result.append(
                OverAllocation(resource.name, len(days), min(days), allocation.peak_units())
            )
    result.sort(key=lambda o: (-o.days, o.name))
    return result


def _roadmap(data: PlanData, schedule: Schedule, status_date: datetime) -> list[RoadmapRow]:
    from pmdesk.core.roadmap import board_order, forecast_item

    result = []
    for item in board_order(data):
        if item.horizon.value == "parked":
            continue
        forecast = forecast_item(item, schedule, status_date)
        if item.status == "done" or (forecast.percent_complete or 0) >= 100:
            state = "done"
        elif forecast.finish is None:
            state = "not linked"
        elif forecast.overdue:
            state = "overdue"
        elif forecast.slipping:
            state = "slipping"
        else:
            state = "on track"
        result.append(
            RoadmapRow(
                item.title, item.target_end, forecast.finish, forecast.percent_complete, state
            )
        )
    return result


def _curve(
    data: PlanData,
    schedule: Schedule,
    rows: BaselineRows,
    leaves: list[Task],
    status_date: datetime,
    between: Between | None,
    values: dict[int, EarnedValue],
) -> Curve:
    """PV from the baseline's spans; EV and AC accrued linearly over each task's completed
    part (from its start for Duration x % complete), as MS Project spreads actual work."""
    spans: list[_Span] = []
    for task in leaves:
        bt = rows.get(task.id)
        row = schedule.tasks.get(task.id)
        value = values.get(task.id)
        if value is None:
            continue
        done_start: datetime | None = None
        done_end: datetime | None = None
        if row is not None and (value.bcwp or value.acwp):
            done_start = task.actual_start or row.start
            share = earned_percent(task) / 100.0
            done_end = done_start + (row.finish - done_start) * share if share else done_start
            done_end = min(done_end, status_date)
        spans.append(
            (
                bt.start if bt else None,
                bt.finish if bt else None,
                value.bac,
                done_start,
                done_end,
                value.bcwp,
                value.acwp,
            )
        )
    moments = [s for span in spans for s in (span[0], span[1], span[3]) if s is not None]
    if not moments:
        return Curve()
    first = min(moments)
    last = max([s for span in spans for s in (span[1], span[4]) if s is not None] + [status_date])
    step = max(timedelta(hours=1), (last - first) / CURVE_POINTS)
    curve = Curve()
    moment = first
    while True:
        curve.dates.append(moment)
        curve.pv.append(
            sum(
                bac * planned_fraction(a, b, moment, between)
                for a, b, bac, *_ in spans
                if a is not None
            )
        )
        if moment <= status_date:
            curve.ev.append(
                sum(
                    ev * _linear(s, e, moment)
                    for *_, s, e, ev, _ac in spans
                    if s is not None and e is not None
                )
            )
            curve.ac.append(
                sum(
                    ac * _linear(s, e, moment)
                    for *_, s, e, _ev, ac in spans
                    if s is not None and e is not None
                )
            )
        else:
            curve.ev.append(None)
            curve.ac.append(None)
        if moment >= last:
            break
        following = moment + step
        if moment < status_date < following:
            following = status_date  # the status date is a sample: the curves end on it
        moment = min(following, last)
    return curve


def _linear(start: datetime, end: datetime, moment: datetime) -> float:
    if moment >= end:
        return 1.0
    if moment <= start:
        return 0.0
    return (moment - start) / (end - start)
