"""Earned value against published worked examples, to the cent, and MS Project's roll-up."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core.earnedvalue import EarnedValue, plan_earned_value, planned_fraction
from pmdesk.core.entities import Baseline, BaselineTask, Calendar, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import STANDARD_HOURS, WorkingCalendar

MONDAY = datetime(2027, 1, 4, 8, 0)


def _calendar() -> WorkingCalendar:
    standard = Calendar(id=1, week={d: list(STANDARD_HOURS) for d in range(5)})
    return WorkingCalendar.compile(standard, [], {1: standard})


def _plan(spans, status: datetime) -> PlanData:
    """Leaf tasks with baseline 0 rows: (start, finish, baseline cost, %, actual cost)."""
    data = PlanData()
    data.plan.status_date = status
    data.add(Baseline(id=1, number=0))
    for number, (start, finish, cost, percent, spent) in enumerate(spans, start=1):
        data.add(
            Task(
                id=number,
                name=f"T{number}",
                position=number,
                percent_complete=percent,
                actual_cost=spent,
            )
        )
        data.add(
            BaselineTask(
                id=number, baseline_id=1, task_id=number, start=start, finish=finish, cost=cost
            )
        )
    return data


def _cents(value: float | None) -> float:
    assert value is not None
    return round(value + 0.0, 2)


def test_fence_example_pmp_exam_prep():
    """Rita Mulcahy, PMP Exam Prep, p. 210, as an "Earned Value Exercise" (studylib.net doc
    5898152): a four-sided fence, one side a day at $1,000 each, one after the other; at the
    end of day 3 sides 1 and 2 are done ($1,000 and $1,200 spent), side 3 is 50 % done ($600).
    Published: PV 3,000, EV 2,500, AC 2,800, BAC 4,000, CV -300, CPI .893, SV -500,
    SPI .833, EAC 4,479, ETC 1,679, VAC -479. The exercise divides by CPI rounded to .893;
    unrounded, EAC = 4,000 / (2,500 / 2,800) = 4,480.00 exactly (checked both)."""
    days = [MONDAY + timedelta(days=i) for i in range(4)]
    spans = [
        (day, day.replace(hour=17), 1000.0, pct, spent)
        for day, pct, spent in zip(days, (100, 100, 50, 0), (1000.0, 1200.0, 600.0, 0.0))
    ]
    status = days[2].replace(hour=17)
    for between in (None, _calendar().working_between):
        plan = plan_earned_value(_plan(spans, status), None, status, 0, between).plan
        assert _cents(plan.pv) == 3000.00
        assert _cents(plan.ev) == 2500.00
        assert _cents(plan.ac) == 2800.00
        assert _cents(plan.bac) == 4000.00
        assert _cents(plan.cv) == -300.00
        assert _cents(plan.sv) == -500.00
        assert round(plan.cpi, 3) == 0.893
        assert round(plan.spi, 3) == 0.833
        assert _cents(plan.eac) == 4480.00
        assert _cents(plan.etc) == 1680.00
        assert _cents(plan.vac) == -480.00
        # The published figures, from the rounded CPI:
        assert round(plan.bac / round(plan.cpi, 3)) == 4479
        assert round(plan.bac / round(plan.cpi, 3) - plan.ac) == 1679


def test_boston_university_met_ad_644_case_1():
    """Boston University, MET AD 644 Project Risk and Cost Management (Paul B. Cook), "Earned
    Value Exercise", case 1 (docplayer.net 15617207): 10 days, budget 100,000, linear plan;
    at the end of day 6 the job is 70 % complete and 65,000 is spent. Published: EV
    70,000.00, PV 60,000.00, CV 5,000.00, CPI 1.08, SPI 1.17, TCPI 0.86, EAC 92,857.14,
    VAC 7,142.86, ETC 27,857.14."""
    # Ten working days Monday 4 to Friday 15 January 2027; the end of day 6 is Monday 11th
    # (the weekend between earns no planned value: working time, not the wall clock).
    spans = [(MONDAY, datetime(2027, 1, 15, 17), 100_000.0, 70, 65_000.0)]
    status = datetime(2027, 1, 11, 17)
    plan = plan_earned_value(
        _plan(spans, status), None, status, 0, _calendar().working_between
    ).plan
    assert _cents(plan.ev) == 70_000.00
    assert _cents(plan.pv) == 60_000.00
    assert _cents(plan.cv) == 5_000.00
    assert _cents(plan.sv) == 10_000.00
    assert round(plan.cpi, 2) == 1.08
    assert round(plan.spi, 2) == 1.17
    assert round(plan.tcpi, 2) == 0.86
    assert _cents(plan.eac) == 92_857.14
    assert _cents(plan.vac) == 7_142.86
    assert _cents(plan.etc) == 27_857.14
    # MS Project's percentages: SV % = SV / BCWS, CV % = CV / BCWP.
    assert round(plan.sv_percent, 2) == 16.67
    assert round(plan.cv_percent, 2) == 7.14


def test_summaries_add_up_their_subtasks_and_physical_method():
    data = _plan(
        [
            (MONDAY, MONDAY.replace(hour=17), 800.0, 50, None),
            (MONDAY, MONDAY.replace(hour=17), 200.0, 0, None),
        ],
        MONDAY.replace(hour=17),
    )
    data.add(Task(id=10, name="Summary", position=0))
    data.add(Task(id=11, name="Top", position=-1))
    data.tasks[10].parent_id = 11
    data.tasks[1].parent_id = 10
    data.tasks[2].parent_id = 10
    data.tasks[2].ev_method = "physical"
    data.tasks[2].physical_percent_complete = 25
    result = plan_earned_value(data, None, MONDAY.replace(hour=17))
    assert result.tasks[1].bcwp == 400.0
    assert result.tasks[2].bcwp == 50.0  # physical % complete, not % complete
    for summary in (10, 11):
        assert result.tasks[summary].bcwp == 450.0
        assert result.tasks[summary].bcws == 1000.0
    assert result.plan.bcwp == 450.0  # leaves counted once, not again through summaries
    assert 11 in result.tasks and result.tasks[11].spi == 0.45


def test_no_baseline_gives_actual_cost_only_and_no_ratios():
    data = PlanData()
    data.add(Task(id=1, percent_complete=50, actual_cost=120.0))
    plan = plan_earned_value(data, None, MONDAY).plan
    assert plan.bcws == plan.bcwp == plan.bac == 0.0
    assert plan.acwp == 120.0
    assert plan.spi is None and plan.sv_percent is None and plan.cv_percent is None
    assert plan.eac is None  # spent but nothing earned: no finite estimate
    assert EarnedValue(bac=500.0).eac == 500.0  # nothing spent: the budget stands


@given(st.integers(-10_000, 10_000), st.integers(1, 10_000))
def test_planned_fraction_is_bounded_and_monotone(offset, length):
    start = MONDAY
    finish = start + timedelta(minutes=length)
    status = start + timedelta(minutes=offset)
    value = planned_fraction(start, finish, status)
    later = planned_fraction(start, finish, status + timedelta(minutes=30))
    assert 0.0 <= value <= later <= 1.0
