"""The status report's risk forecast (issue 20): the P50/P80 finish of a seeded simulation
of the plan as it stands, and each open milestone's P80."""

from __future__ import annotations

from datetime import datetime

from pmdesk.core.demo import build_demo_plan
from pmdesk.core.entities import Task
from pmdesk.core.risk import analyse, simulate
from pmdesk.core.scheduling import schedule_plan
from pmdesk.core.statusreport import add_risk, build_status_report

STATUS = datetime(2026, 11, 26, 17, 0)


def _report(data):
    schedule = schedule_plan(data)
    return add_risk(build_status_report(data, schedule, STATUS), data, schedule), schedule


def test_the_report_carries_the_simulations_p80():
    data = build_demo_plan()
    report, schedule = _report(data)
    risk = report.risk
    expected = analyse(data, simulate(data, 1000, 0), schedule)
    assert (risk.p50, risk.p80) == (expected.finish.percentile(50), expected.finish.percentile(80))
    assert report.finish <= risk.p50 <= risk.p80 and risk.varying == expected.varying
    assert risk.chance_by_baseline == expected.finish.probability_by(report.baseline_finish)
    done = [m for m in report.milestones if m.state == "done"]
    open_ = [m for m in report.milestones if m.state != "done"]
    assert done and all(m.p80 is None for m in done)
    assert open_ and all(m.p80 is not None and m.p80 >= m.forecast for m in open_)


def test_without_estimates_the_p80_is_the_plans_finish():
    data = build_demo_plan()
    for task in data.tasks.values():
        task.duration_optimistic = task.duration_pessimistic = task.duration_most_likely = None
    for rid in list(data.risks):
        data.remove(type(data.risks[rid]), rid)
    report, schedule = _report(data)
    assert report.risk.varying == 0
    assert report.risk.p80 == report.risk.p50 == schedule.project_finish


def test_a_plan_the_simulation_refuses_gets_a_sentence_not_dates():
    data = build_demo_plan()
    task = next(t for t in data.tasks.values() if t.duration > 0 and t.percent_complete == 0)
    data.update(
        Task, task.id, duration_optimistic=task.duration * 2, duration_most_likely=task.duration
    )
    report, _ = _report(data)
    assert report.risk.problem.startswith(f"Task {task.name!r}: ")
    assert report.risk.problem.endswith(".")
