"""The P&L of a small plan: line kinds, anchors, scenarios, overrides, resource cost, totals."""

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core.entities import (
    Assignment,
    Link,
    Plan,
    PnlLine,
    PnlOverride,
    PnlScenario,
    Resource,
    Task,
)
from pmdesk.core.finance import evaluate_pnl, npv
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import schedule_plan
from pmdesk.core.scheduling.calendar import standard_calendar

DAY = 480


def small_plan(**pnl) -> PlanData:
    """Build (20 working days in January 2027) -> GA milestone (Fri 29 Jan 17:00); Research
    (30 working days from 4 Jan: 20 in January, 10 in February)."""
    settings = {
        "period": "month",
        "periods": 6,
        "first_period": "2027-01-01",
        "discount_rate": 0.12,
    }
    settings.update(pnl)
    data = PlanData(
        Plan(start=datetime(2027, 1, 4, 8), default_calendar_id=1, settings={"pnl": settings})
    )
    data.add(standard_calendar(1))
    data.add(Task(id=1, name="Build", duration=20 * DAY, position=0))
    data.add(Task(id=2, name="GA", duration=0, milestone=True, position=1))
    data.add(Task(id=3, name="Research", duration=30 * DAY, position=2))
    data.add(Link(id=1, predecessor_id=1, successor_id=2))
    data.add(Resource(id=1, name="Dev", group="Engineering", standard_rate=100.0))
    data.add(Resource(id=2, name="Analyst", group="Product", standard_rate=50.0))
    data.add(Assignment(id=1, task_id=1, resource_id=1))  # 160 h x 100 = 16,000 in January
    data.add(Assignment(id=2, task_id=3, resource_id=2))  # 240 h x 50 = 12,000: 8,000 + 4,000
    data.add(PnlScenario(id=1, name="Base", position=0))
    data.add(
        PnlScenario(
            id=2, name="High", position=1, parameters={"volume_factor": 2.0, "cost_factor": 1.5}
        )
    )
    data.add(PnlScenario(id=3, name="Late", position=2, parameters={"delay_periods": 2}))
    return data


def add_line(data, line_id, section, kind, anchor=None, **parameters) -> PnlLine:
    return data.add(
        PnlLine(
            id=line_id,
            name=f"L{line_id}",
            section=section,
            kind=kind,
            position=line_id,
            parameters=parameters,
            anchor_task_id=anchor,
        )
    )


def sheet(data, scenario=None):
    return evaluate_pnl(data, schedule_plan(data), scenario)


def test_anchored_line_starts_at_the_milestone_with_the_rest_of_that_period():
    data = small_plan()
    add_line(data, 1, "revenue", "fixed", anchor=2, amount=1000.0)
    values = sheet(data).line(1).values
    # GA is Fri 29 Jan 17:00: 2 days 7 hours of January's 31 days are left.
    assert values[0] == pytest.approx(1000 * (2 * 24 + 7) / (31 * 24))
    assert values[1:] == [1000.0] * 5
    assert sheet(data).line(1).start == 0


def test_growth_units_and_one_off():
    data = small_plan()
    add_line(data, 1, "revenue", "growth", amount=100.0, growth=0.5)
    add_line(data, 2, "revenue", "units", units=10, unit_growth=0.1, price=5.0, price_growth=0.2)
    add_line(data, 3, "capex", "one_off", amount=700.0, period=2)
    add_line(data, 4, "opex", "fixed", amount=50.0, start=1, duration=2)
    result = sheet(data)
    assert result.line(1).values[:3] == pytest.approx([100, 150, 225])
    assert result.line(2).values[2] == pytest.approx(10 * 1.1**2 * 5 * 1.2**2)
    assert result.line(3).values == [0, 0, 700.0, 0, 0, 0]
    assert result.line(4).values == [0, 50.0, 50.0, 0, 0, 0]


def test_resource_cost_is_spread_over_the_working_time_of_each_task():
    data = small_plan()
    add_line(data, 1, "opex", "resource_cost")
    add_line(data, 2, "opex", "resource_cost", group="Product")
    result = sheet(data)
    assert result.line(1).values == pytest.approx([16000 + 8000, 4000, 0, 0, 0, 0])
    assert result.line(2).values == pytest.approx([8000, 4000, 0, 0, 0, 0])


def test_resource_cost_before_the_first_period_is_booked_in_the_first():
    data = small_plan(first_period="2027-02-01")
    add_line(data, 1, "opex", "resource_cost")
    result = sheet(data)
    assert result.line(1).values == pytest.approx([24000 + 4000, 0, 0, 0, 0, 0])
    assert "24,000 spent before the first period" in result.line(1).note


def test_a_rate_change_changes_the_resource_cost():
    data = small_plan()
    add_line(data, 1, "opex", "resource_cost")
    before = sheet(data).line(1).total
    data.update(Resource, 1, standard_rate=150.0)
    assert sheet(data).line(1).total == pytest.approx(before + 160 * 50)


def test_scenarios_scale_volume_and_cost_and_delay_launches():
    data = small_plan()
    add_line(data, 1, "revenue", "fixed", anchor=2, amount=1000.0)
    add_line(data, 2, "cogs", "units", units=10, price=2.0)
    add_line(data, 3, "opex", "fixed", amount=100.0)
    base, high, late = (sheet(data, s) for s in (1, 2, 3))
    assert high.line(1).values[1] == pytest.approx(2000.0)
    assert high.line(2).values[0] == pytest.approx(10 * 2.0 * 2 * 1.5)  # more units, dearer
    assert high.line(3).values[0] == pytest.approx(150.0)
    assert late.line(1).values[:2] == [0.0, 0.0]
    assert late.line(1).values[2] == pytest.approx(base.line(1).values[0])
    assert late.kpis.npv < base.kpis.npv


def test_overrides_replace_cells_and_a_scenarios_own_wins():
    data = small_plan()
    add_line(data, 1, "revenue", "fixed", amount=1000.0)
    data.add(PnlOverride(id=1, line_id=1, scenario_id=None, period=3, value=5.0))
    data.add(PnlOverride(id=2, line_id=1, scenario_id=2, period=3, value=7.0))
    data.add(PnlOverride(id=3, line_id=1, scenario_id=3, period=4, value=9.0))
    base = sheet(data, 1).line(1)
    assert base.values[3] == 5.0 and base.computed[3] == 1000.0 and base.values[4] == 1000.0
    assert base.overridden == {3: 1}
    assert sheet(data, 2).line(1).values[3] == 7.0
    assert sheet(data, 2).line(1).overridden == {3: 2}


def test_totals_margin_result_cash_and_kpis():
    data = small_plan(periods=4)
    add_line(data, 1, "revenue", "fixed", amount=1000.0)
    add_line(data, 2, "cogs", "fixed", amount=200.0)
    add_line(data, 3, "opex", "fixed", amount=300.0)
    add_line(data, 4, "capex", "one_off", amount=2000.0)
    result = sheet(data)
    assert result.gross_margin == [800.0] * 4
    assert result.gross_margin_pct(0) == pytest.approx(0.8)
    assert result.operating == [500.0] * 4
    assert result.net_cash == [-1500.0, 500.0, 500.0, 500.0]
    assert result.cumulative == [-1500.0, -1000.0, -500.0, 0.0]
    monthly = 1.12 ** (1 / 12) - 1
    assert result.kpis.npv == pytest.approx(npv(monthly, [-1500.0, 500, 500, 500]))
    assert result.kpis.payback == (3, pytest.approx(4.0))
    assert result.kpis.break_even == 0
    assert result.kpis.total_revenue == 4000.0
    assert result.kpis.total_cost == 4 * 500.0 + 2000.0
    assert result.kpis.irr == pytest.approx(0.0, abs=1e-9)


def test_an_unscheduled_anchor_empties_the_line_and_says_why():
    data = small_plan()
    add_line(data, 1, "revenue", "fixed", anchor=2, amount=1000.0)
    result = evaluate_pnl(data, None, None)
    assert result.line(1).values == [0.0] * 6
    assert "no scheduled date" in result.line(1).note


def test_a_plan_without_pnl_settings_or_scenarios_still_evaluates():
    data = PlanData(Plan(start=datetime(2027, 3, 10, 8)))
    data.add(
        PnlLine(
            id=1,
            name="Sales",
            section="revenue",
            kind="fixed",
            parameters={"amount": "not a number"},
        )
    )
    result = evaluate_pnl(data, None, None)
    assert len(result.periods) == 12 and result.periods[0].label == "Q1 2027"
    assert result.scenario is None
    assert result.line(1).values == [0.0] * 12
    assert result.kpis.irr is None


def test_csv_export_has_raw_numbers_per_row(tmp_path):
    import csv

    from pmdesk.core.finance.export import write_csv

    data = small_plan(periods=2)
    add_line(data, 1, "revenue", "fixed", amount=1234.5)
    path = tmp_path / "pnl.csv"
    write_csv(sheet(data, 1), path, "EUR")
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[0] == [
        "Row",
        "Kind",
        "Section",
        "Scenario",
        "Currency",
        "Jan 2027",
        "Feb 2027",
        "Total",
    ]
    assert rows[1] == ["L1", "line", "revenue", "Base", "EUR", "1234.50", "1234.50", "2469.00"]
    assert ["Net cash flow", "result", "", "Base", "EUR", "1234.50", "1234.50", "2469.00"] in rows


def test_csv_export_to_a_missing_folder_is_a_user_error(tmp_path):
    from pmdesk.core.errors import PmdeskError
    from pmdesk.core.finance.export import write_csv

    with pytest.raises(PmdeskError, match="Could not write"):
        write_csv(sheet(small_plan(), 1), tmp_path / "nowhere" / "pnl.csv")


def test_cost_of_delay_is_the_npv_lost_by_launching_a_period_later():
    from pmdesk.core.finance.sheet import cost_of_delay

    data = small_plan()
    add_line(data, 1, "revenue", "fixed", anchor=2, amount=1000.0)
    add_line(data, 2, "opex", "resource_cost")
    schedule = schedule_plan(data)
    now = evaluate_pnl(data, schedule, 1)
    lost = cost_of_delay(now, data, schedule)
    late = evaluate_pnl(data, schedule, 3)  # the "Late" scenario: 2 periods later
    assert lost > 0
    assert cost_of_delay(now, data, schedule, 2) == pytest.approx(now.kpis.npv - late.kpis.npv)
    # the resource cost does not move with the launch
    assert late.line(2).values == now.line(2).values


lines_strategy = st.lists(
    st.tuples(
        st.sampled_from(["revenue", "cogs", "opex", "capex"]),
        st.sampled_from(["fixed", "growth", "units", "one_off", "resource_cost"]),
        st.floats(min_value=0, max_value=1e5),
        st.floats(min_value=-0.5, max_value=0.5),
        st.integers(min_value=0, max_value=8),
        st.booleans(),
    ),
    max_size=8,
)


@settings(max_examples=50, deadline=None)
@given(lines_strategy, st.sampled_from([1, 2, 3]))
def test_totals_add_up_for_any_lines(specs, scenario):
    data = small_plan()
    for number, (section, kind, amount, growth, period, anchored) in enumerate(specs, start=1):
        add_line(
            data,
            number,
            section,
            kind,
            anchor=2 if anchored else None,
            amount=amount,
            growth=growth,
            units=amount / 100,
            unit_growth=growth,
            price=3.0,
            period=period,
        )
    result = sheet(data, scenario)
    for name, totals in result.sections.items():
        lines = [r for r in result.lines if r.line.section == name]
        for index in range(6):
            assert totals[index] == pytest.approx(sum(r.values[index] for r in lines), abs=1e-6)
    costs = [
        sum(v)
        for v in zip(result.sections["cogs"], result.sections["opex"], result.sections["capex"])
    ]
    assert result.net_cash == pytest.approx(
        [r - c for r, c in zip(result.sections["revenue"], costs)]
    )
    assert result.cumulative[-1] == pytest.approx(sum(result.net_cash))
    assert result.kpis.npv == pytest.approx(npv(1.12 ** (1 / 12) - 1, result.net_cash))
    assert all(v >= 0 for r in result.lines for v in r.values)  # costs and revenue stay positive
