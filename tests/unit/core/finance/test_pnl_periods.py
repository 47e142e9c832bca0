"""P&L periods: months, quarters, years from a first period; reading the plan's settings."""

from datetime import date, datetime

import pytest

from pmdesk.core.entities import Plan
from pmdesk.core.finance.periods import PnlSettings, add_months, locate, make_periods


def test_quarters_from_january():
    periods = make_periods(PnlSettings("quarter", 5, date(2027, 1, 1)))
    assert [p.label for p in periods] == ["Q1 2027", "Q2 2027", "Q3 2027", "Q4 2027", "Q1 2028"]
    assert periods[1].start == date(2027, 4, 1) and periods[1].end == date(2027, 7, 1)


def test_months_and_years():
    months = make_periods(PnlSettings("month", 3, date(2026, 11, 1)))
    assert [p.label for p in months] == ["Nov 2026", "Dec 2026", "Jan 2027"]
    years = make_periods(PnlSettings("year", 2, date(2027, 1, 1)))
    assert [p.label for p in years] == ["2027", "2028"]
    assert make_periods(PnlSettings("year", 1, date(2027, 4, 1)))[0].label == "FY Apr 2027"


def test_quarter_not_on_a_calendar_quarter_names_its_months():
    assert make_periods(PnlSettings("quarter", 1, date(2027, 2, 1)))[0].label == "Feb–Apr 2027"


def test_add_months_clamps_the_day():
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2027, 11, 15), 3) == date(2028, 2, 15)


def test_period_rate_is_the_compounded_equivalent():
    settings = PnlSettings("quarter", 4, date(2027, 1, 1), 0.10)
    assert (1 + settings.period_rate) ** 4 == pytest.approx(1.10)
    assert PnlSettings("year", 4, date(2027, 1, 1), 0.10).period_rate == pytest.approx(0.10)


def test_settings_from_the_plan_with_bad_values_fall_back():
    plan = Plan(
        start=datetime(2026, 10, 5, 8),
        settings={"pnl": {"period": "fortnight", "periods": "many", "discount_rate": "x"}},
    )
    settings = PnlSettings.from_plan(plan)
    assert settings == PnlSettings("quarter", 12, date(2026, 10, 1), 0.10)
    plan.settings = {"pnl": {"period": "year"}}
    assert PnlSettings.from_plan(plan).first_period == date(2026, 1, 1)
    plan = Plan(
        settings={
            "pnl": {
                "period": "Month",
                "periods": 24,
                "first_period": "2028-03-01",
                "discount_rate": 0.08,
            }
        }
    )
    assert PnlSettings.from_plan(plan) == PnlSettings("month", 24, date(2028, 3, 1), 0.08)


def test_locate_gives_the_share_of_the_period_left():
    periods = make_periods(PnlSettings("month", 2, date(2027, 1, 1)))
    index, share = locate(periods, datetime(2027, 1, 16, 12))
    assert index == 0 and share == pytest.approx(15.5 / 31)
    assert locate(periods, datetime(2026, 6, 1)) == (0, 1.0)
    assert locate(periods, datetime(2027, 3, 1)) == (2, 1.0)
