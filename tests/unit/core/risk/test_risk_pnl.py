"""The P&L priced for schedule risk: launch dates at P50/P80, NPV over simulated launches."""

import numpy as np

from pmdesk.core.demo import build_demo_plan
from pmdesk.core.finance import evaluate_pnl
from pmdesk.core.risk import simulate
from pmdesk.core.risk.pnl import ShiftedSchedule, anchors, launch_schedule, risk_npv
from pmdesk.core.risk.report import DateSpread
from pmdesk.core.scheduling import schedule_plan
from pmdesk.core.scheduling.calendar import from_minutes


def test_npv_of_each_iteration_is_the_sheet_at_its_launch_dates():
    data = build_demo_plan()
    schedule = schedule_plan(data)
    samples = simulate(data, 200, seed=4)
    spread = risk_npv(data, schedule, samples)
    base = evaluate_pnl(data, schedule)
    for i in (0, 1, 57):
        finishes = {tid: from_minutes(int(samples.task_finish[tid][i])) for tid in anchors(data)}
        sheet = evaluate_pnl(
            data, ShiftedSchedule(schedule, finishes), resource_costs=base.resource_costs
        )
        assert spread.values[i] == sheet.kpis.npv
    assert spread.expected == spread.values.mean()
    assert spread.p10 <= spread.p50 <= spread.p90
    # launches slip in the simulation and revenue comes later: the risk costs money
    assert spread.expected < base.kpis.npv


def test_launch_at_p80_moves_the_anchored_lines_to_the_p80_finish():
    data = build_demo_plan()
    schedule = schedule_plan(data)
    samples = simulate(data, 300, seed=1)
    shifted = launch_schedule(data, schedule, samples, "p80")
    for tid in anchors(data):
        p80 = DateSpread(samples.task_finish[tid]).percentile(80)
        assert shifted.tasks[tid].finish == p80 > schedule.tasks[tid].finish
    assert launch_schedule(data, schedule, samples, "planned") is schedule
    planned = evaluate_pnl(data, schedule).kpis.npv
    assert evaluate_pnl(data, shifted).kpis.npv < planned


def test_without_spread_every_iteration_is_the_planned_npv():
    data = build_demo_plan()
    for task in data.tasks.values():
        task.duration_optimistic = task.duration_pessimistic = None
    data.risks.clear()
    schedule = schedule_plan(data)
    spread = risk_npv(data, schedule, simulate(data, 50, seed=0))
    npv = evaluate_pnl(data, schedule).kpis.npv
    assert np.all(spread.values == npv) and spread.p10 == spread.p90 == npv
