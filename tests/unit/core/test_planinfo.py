"""Project Information's checks and statistics (pmdesk/core/planinfo.py, planstats.py)."""

from __future__ import annotations

import math
from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core.entities import (
    Baseline,
    BaselineTask,
    Calendar,
    CalendarException,
    Plan,
    Resource,
    ScheduleFrom,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.planinfo import (
    CALCULATION_DEFAULTS,
    PlanInfo,
    calculation_option,
    compiled_default,
    currency_problem,
    first_working_start,
    info_problem,
    last_working_finish,
    plan_values,
    units_problem,
)
from pmdesk.core.planstats import plan_statistics
from pmdesk.core.scheduling import schedule_plan

HOURS = [(480, 720), (780, 1020)]


def standard_plan() -> PlanData:
    data = PlanData(Plan(start=datetime(2027, 1, 4, 8, 0), default_calendar_id=1))
    data.load([Calendar(1, "Standard", week={d: list(HOURS) for d in range(5)})])
    return data


@given(st.floats(0.1, 24), st.floats(0, 1), st.integers(1, 31))
def test_consistent_units_are_accepted(per_day, fraction, month):
    per_week = per_day + fraction * 6 * per_day
    assert units_problem(per_day, per_week, month) is None


@given(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(allow_nan=True, allow_infinity=True),
)
def test_any_other_units_get_one_sentence(per_day, per_week, month):
    fine = (
        all(math.isfinite(v) for v in (per_day, per_week, month))
        and 0 < per_day <= 24
        and round(per_day * 60) >= 1
        and per_day * 60 - 0.5 <= per_week * 60 <= 7 * per_day * 60 + 0.5
        and month == int(month)
        and 1 <= month <= 31
    )
    problem = units_problem(per_day, per_week, month)
    assert (problem is None) == fine
    if problem is not None:
        assert problem.endswith(".") and "\n" not in problem


def test_currency_codes_are_iso_4217():
    assert currency_problem("IDR") is None and currency_problem(" usd ") is None
    assert currency_problem("XYZ") == "XYZ is not an ISO 4217 currency code."
    assert currency_problem("") == "The currency needs an ISO 4217 code such as EUR, USD or IDR."
    assert currency_problem("E" * 10_000).startswith("'EEEEEEEEEEEEEEEEEEEE' is not a currency")


def test_new_plan_days_skip_weekends_and_holidays():
    data = standard_plan()
    data.load([CalendarException(1, 1, date(2027, 1, 4), date(2027, 1, 4), "Holiday")])
    calendar = compiled_default(data)
    assert first_working_start(calendar, date(2027, 1, 2)) == datetime(2027, 1, 5, 8, 0)
    assert last_working_finish(calendar, date(2027, 1, 10)) == datetime(2027, 1, 8, 17, 0)
    assert last_working_finish(calendar, date(2027, 1, 5)) == datetime(2027, 1, 5, 17, 0)


def info(**changes) -> PlanInfo:
    values = dict(
        name="Plan",
        schedule_from=ScheduleFrom.START,
        start=datetime(2027, 1, 4, 8),
        finish=None,
        status_date=None,
        currency="EUR",
        default_calendar_id=1,
        hours_per_day=8,
        hours_per_week=40,
        days_per_month=20,
        fiscal_year_start_month=1,
        notes="",
        options=dict(CALCULATION_DEFAULTS),
    )
    values.update(changes)
    return PlanInfo(**values)


def test_info_problems():
    data = standard_plan()
    assert info_problem(info(), data) is None
    assert info_problem(info(name=" "), data) == "The plan needs a name."
    assert info_problem(info(default_calendar_id=9), data) == "The default calendar does not exist."
    assert info_problem(info(schedule_from=ScheduleFrom.FINISH), data) == (
        "Scheduling from the finish needs a finish date."
    )
    assert info_problem(info(status_date=datetime(1900, 1, 1)), data).startswith("Dates must")
    assert info_problem(info(status_date=datetime(2027, 1, 1, 17)), data) == (
        "The status date cannot be before the project start."
    )
    assert info_problem(info(status_date=datetime(2027, 1, 4, 8)), data) is None
    data.load([Task(1, "Started", actual_start=datetime(2027, 2, 1, 8))])
    assert info_problem(
        info(schedule_from=ScheduleFrom.FINISH, finish=datetime(2027, 1, 29, 17)), data
    ) == ("The finish date is before the start of work already done (2027-02-01).")


def test_plan_values_only_name_what_changed():
    plan = standard_plan().plan
    assert plan_values(info(), plan) == {"name": "Plan"}
    changed = plan_values(
        info(
            hours_per_day=7.5,
            hours_per_week=37.5,
            options={**CALCULATION_DEFAULTS, "honor_constraints": False},
        ),
        plan,
    )
    assert changed["minutes_per_day"] == 450 and changed["minutes_per_week"] == 2250
    assert changed["settings"] == {"honor_constraints": False}
    plan.settings = changed["settings"]
    assert not calculation_option(plan, "honor_constraints")
    assert calculation_option(plan, "move_completed_ends_back") is False  # missing: default


def test_statistics_of_a_small_plan():
    data = standard_plan()
    data.load(
        [
            Task(1, "Phase"),
            Task(
                2,
                "Dig",
                parent_id=1,
                duration=960,
                percent_complete=50,
                actual_start=datetime(2027, 1, 4, 8),
            ),
            Task(3, "Done", parent_id=1, position=1, duration=0, milestone=True),
            Resource(1, "Ann"),
            Baseline(1, 0),
            BaselineTask(1, 1, 2, datetime(2027, 1, 4, 8), datetime(2027, 1, 4, 17), 480, 0, 80.0),
        ]
    )
    schedule = schedule_plan(data)
    stats = plan_statistics(data, schedule, compiled_default(data))
    assert (stats.tasks, stats.milestones, stats.summaries, stats.resources) == (1, 1, 1, 1)
    assert stats.current.start == datetime(2027, 1, 4, 8)
    assert stats.current.finish == datetime(2027, 1, 5, 17)
    assert stats.current.duration == 960
    assert stats.baseline.duration == 480 and stats.baseline.cost == 80.0
    assert stats.variance("duration") == 480
    assert stats.actual.start == datetime(2027, 1, 4, 8) and stats.actual.finish is None
    assert stats.percent_complete == 50.0
    assert stats.actual.duration == 480 and stats.remaining.duration == 480
