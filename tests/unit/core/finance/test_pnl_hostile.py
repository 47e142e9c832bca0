"""P&L arithmetic stays finite and bounded: long horizons, huge growth, formula-like names."""

from __future__ import annotations

import csv
import math

from hypothesis import given, settings
from hypothesis import strategies as st
from test_pnl_sheet import add_line, sheet, small_plan

from pmdesk.core.finance.metrics import irr, npv
from pmdesk.core.limits import MAX_MONEY


def test_irr_over_84_periods_and_more_does_not_divide_by_zero():
    for periods in (84, 120, 600):
        flows = [-1000.0] + [10.0] * (periods - 1)
        rate = irr(flows)
        assert rate is not None and math.isfinite(rate)
        assert abs(npv(rate, flows)) < 1e-6 * 1000


def test_npv_matches_the_textbook_sum():
    flows = [-100.0, 30.0, 40.0, 50.0]
    expected = sum(flow / 1.1**t for t, flow in enumerate(flows))
    assert math.isclose(npv(0.1, flows), expected, rel_tol=1e-12)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-1e12, 1e12), min_size=2, max_size=700))
def test_irr_never_raises_and_is_finite_or_none(flows):
    rate = irr(flows)
    assert rate is None or math.isfinite(rate)


def test_300_percent_growth_over_600_months_stays_finite_and_bounded():
    data = small_plan(periods=600)
    add_line(data, 1, "revenue", "growth", amount=1000.0, growth=3.0)
    add_line(data, 2, "opex", "units", units=1.0, unit_growth=5.0, price=1e300, price_growth=-7.0)
    result = sheet(data, 1)
    values = result.line(1).values + result.line(2).values
    assert all(math.isfinite(v) and abs(v) <= MAX_MONEY for v in values)
    assert result.line(1).values[-1] == MAX_MONEY
    assert math.isfinite(result.kpis.npv)


def test_csv_export_neutralises_formula_names(tmp_path):
    from pmdesk.core.finance.export import write_csv

    data = small_plan(periods=2)
    line = add_line(data, 1, "revenue", "fixed", amount=-5.0)
    line.name = '=HYPERLINK("http://evil","click")'
    path = tmp_path / "pnl.csv"
    write_csv(sheet(data, 1), path, "@EUR")
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[1][0] == "'" + line.name
    assert rows[1][4] == "'@EUR"
    assert rows[1][5] == "-5.00"  # numbers stay numbers


def test_csv_export_refuses_a_read_only_file(tmp_path):
    import pytest

    from pmdesk.core.errors import PmdeskError
    from pmdesk.core.finance.export import write_csv

    data = small_plan(periods=2)
    add_line(data, 1, "revenue", "fixed", amount=5.0)
    path = tmp_path / "pnl.csv"
    path.write_text("keep me")
    path.chmod(0o444)
    with pytest.raises(PmdeskError, match="read-only"):
        write_csv(sheet(data, 1), path)
    assert path.read_text() == "keep me"
