"""The portfolio: finish, slip, NPV per plan; one resource pool across plans with the summed
load and its over-allocation."""

from __future__ import annotations

from datetime import datetime

from pmdesk.core.entities import (
    Assignment,
    Baseline,
    BaselineTask,
    Calendar,
    Plan,
    Resource,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.portfolio import shared_pool, summarize
from pmdesk.core.scheduling import schedule_plan


def plan_with(name: str, person: str, days: int, baseline_days: int | None = None) -> PlanData:
    data = PlanData(Plan(name=name, start=datetime(2027, 1, 4, 8)))
    day = [(480, 720), (780, 1020)]
    data.load([Calendar(id=1, name="Standard", week={d: list(day) for d in range(5)})])
    data.plan.default_calendar_id = 1
    data.load(
        [Task(1, "Work", duration=days * 480), Resource(1, person), Assignment(1, 1, 1, units=1.0)]
    )
    if baseline_days is not None:
        data.load(
            [
                Baseline(1, 0, "Baseline"),
                BaselineTask(
                    1,
                    1,
                    1,
                    start=datetime(2027, 1, 4, 8),
                    finish=datetime(2027, 1, 4 + baseline_days - 1, 17),
                ),
            ]
        )
    return data


def test_a_person_in_two_plans_at_once_is_over_allocated_in_the_pool():
    a, b = plan_with("A", "Ana", 5), plan_with("B", " ana ", 3)
    pool = shared_pool({"A": (a, schedule_plan(a)), "B": (b, schedule_plan(b))})
    [ana] = pool
    assert ana.plans == ["A", "B"]
    assert len(ana.over_days) == 3  # both plans want her fully on their first three days
    assert round(ana.peak_units(), 2) == 2.0
    assert ana.by_plan == {"A": 5 * 480, "B": 3 * 480}
    c = plan_with("C", "Bea", 5)
    assert shared_pool({"A": (a, schedule_plan(a)), "C": (c, schedule_plan(c))}) == []


def test_summary_has_finish_and_slip_against_baseline_0():
    data = plan_with("A", "Ana", 5, baseline_days=3)
    line = summarize("A", data, schedule_plan(data))
    assert line.finish.date().isoformat() == "2027-01-08"
    assert line.slip_days == 2 and line.npv is None
