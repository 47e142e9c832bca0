"""NPV, IRR, payback and break-even against hand-computed numbers, plus properties."""

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pmdesk.core.finance.metrics import annual_rate, break_even_period, irr, npv, payback

FLOWS = [-1000.0, 300.0, 400.0, 500.0, 200.0]


def reference_npv(rate, flows):
    return sum(flow / (1 + rate) ** t for t, flow in enumerate(flows))


def test_npv_by_hand():
    # -1000 + 300/1.1 + 400/1.21 + 500/1.331 + 200/1.4641
    by_hand = -1000 + 272.7272727 + 330.5785124 + 375.6574004 + 136.6026910
    assert npv(0.10, FLOWS) == pytest.approx(by_hand, abs=1e-6)
    assert npv(0.10, FLOWS) == pytest.approx(115.5658766, abs=1e-6)
    assert npv(0.0, FLOWS) == pytest.approx(400.0)


def test_irr_of_the_reference_flows():
    rate = irr(FLOWS)
    assert rate == pytest.approx(0.1532214, abs=1e-6)
    assert reference_npv(rate, FLOWS) == pytest.approx(0.0, abs=1e-6)
    assert reference_npv(0.15, FLOWS) > 0 > reference_npv(0.16, FLOWS)


def test_irr_of_two_periods_matches_the_quadratic_formula():
    # -100 + 60/x + 60/x^2 = 0  ->  100 x^2 - 60 x - 60 = 0, x = 1 + r
    x = (60 + math.sqrt(60**2 + 4 * 100 * 60)) / 200
    assert irr([-100.0, 60.0, 60.0]) == pytest.approx(x - 1, abs=1e-9)


def test_irr_without_a_change_of_sign_is_none():
    assert irr([100.0, 50.0, 20.0]) is None
    assert irr([-100.0, -50.0]) is None
    assert irr([0.0, 0.0]) is None
    assert irr([]) is None


def test_irr_of_a_huge_return_is_found_beyond_the_scan():
    rate = irr([-10.0, 1011.0])
    assert rate == pytest.approx(100.1)


def test_irr_of_a_losing_investment_is_negative():
    rate = irr([-1000.0, 200.0, 200.0, 200.0])
    assert rate is not None and rate < 0
    assert reference_npv(rate, [-1000.0, 200.0, 200.0, 200.0]) == pytest.approx(0.0, abs=1e-6)


def test_annual_rate_compounds():
    assert annual_rate(0.1, 4) == pytest.approx(1.1**4 - 1)
    assert annual_rate(0.05, 1) == pytest.approx(0.05)


def test_payback_interpolates_within_the_period():
    # cumulative: -1000, -700, -300, 200: paid back in period 3, 300 of its 500 needed
    assert payback(FLOWS) == (3, pytest.approx(3 + 300 / 500))
    assert payback([100.0, 100.0]) == (0, 0.0)
    assert payback([-100.0, 50.0]) is None
    # negative again later: payback is when it turns non-negative for good
    assert payback([-100.0, 150.0, -100.0, 100.0]) == (3, pytest.approx(3 + 50 / 100))


def test_break_even_is_the_first_period_with_revenue_covering_cost():
    revenue = [0.0, 100.0, 200.0, 300.0]
    result = [-500.0, -50.0, 20.0, 90.0]
    assert break_even_period(revenue, result) == 2
    assert break_even_period([0.0, 0.0], [0.0, 0.0]) is None


conventional = st.builds(
    lambda first, rest: [-first] + rest,
    st.floats(min_value=10, max_value=1e6),
    st.lists(st.floats(min_value=0, max_value=1e6), min_size=1, max_size=24),
)


@settings(max_examples=100, deadline=None)
@given(conventional)
def test_npv_at_the_irr_is_zero(flows):
    assume(sum(flows[1:]) > 1e-3 * -flows[0])
    rate = irr(flows)
    assert rate is not None
    scale = max(abs(f) for f in flows)
    assert abs(reference_npv(rate, flows)) <= 1e-6 * scale


@settings(max_examples=100, deadline=None)
@given(
    conventional,
    st.floats(min_value=-0.5, max_value=2.0),
    st.floats(min_value=0.001, max_value=1.0),
)
def test_npv_falls_as_the_rate_rises_for_a_conventional_flow(flows, rate, step):
    assume(sum(flows[1:]) > 1e-6 * -flows[0])
    assert npv(rate + step, flows) < npv(rate, flows)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.floats(min_value=-1e6, max_value=1e6), max_size=30),
    st.floats(min_value=-0.9, max_value=5),
)
def test_npv_matches_the_reference_formula(flows, rate):
    assert npv(rate, flows) == pytest.approx(reference_npv(rate, flows), rel=1e-9, abs=1e-6)
