"""Investment measures over a series of per-period cash flows.

Convention: the flow of period ``t`` (t = 0, 1, ...) is discounted by ``(1 + rate) ** t``,
so the first period is "now" (as in the textbook NPV with CF0 undiscounted, unlike Excel's
NPV(), which discounts the first value too).
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def npv(rate: float, flows: Sequence[float]) -> float:
    """Net present value of ``flows`` at ``rate`` per period (rate > -1).

    Horner's scheme from the last flow back: it divides by ``1 + rate`` only, never by
    ``(1 + rate) ** t``, which underflows to zero for rates near -100 % over 84 or more
    periods (a division by zero in the IRR search). Results beyond a float are infinite.
    """
    factor = 1.0 + rate
    if factor <= 0.0:
        return math.nan
    total = 0.0
    for flow in reversed(flows):
        total = total / factor + flow
    return total


def _sign_changes(flows: Sequence[float]) -> int:
    signs = [flow > 0 for flow in flows if flow != 0]
    return sum(1 for a, b in zip(signs, signs[1:]) if a != b)


# Rates to scan for a change of sign of NPV(rate): dense near zero, where IRRs of real plans lie.
_GRID = sorted(
    {
        -0.9999,
        -0.999,
        -0.99,
        -0.95,
        -0.9,
        -0.8,
        -0.7,
        -0.6,
        -0.5,
        -0.4,
        -0.3,
        -0.2,
        -0.15,
        -0.1,
        -0.05,
        -0.02,
        0.0,
        0.02,
        0.05,
        0.1,
        0.15,
        0.2,
        0.3,
        0.4,
        0.5,
        0.75,
        1.0,
        1.5,
        2.0,
        3.0,
        5.0,
        10.0,
        100.0,
    }
)


def _bisect(flows: Sequence[float], low: float, high: float, f_low: float) -> float:
    """Bisection on NPV within a bracket [low, high] where NPV changes sign: slower than
    Newton but cannot diverge or jump to a far root."""
    for _ in range(200):
        mid = (low + high) / 2.0
        f_mid = npv(mid, flows)
        if f_mid == 0.0 or (high - low) < 1e-14:
            return mid
        if (f_mid > 0) == (f_low > 0):
            low, f_low = mid, f_mid
        else:
            high = mid
    return (low + high) / 2.0


def irr(flows: Sequence[float]) -> float | None:
    """The rate per period at which NPV is zero, or None when there is none.

    There is none without a change of sign in the flows. A flow with several changes of sign
    may have several IRRs: the one closest to zero is returned.
    """
    if _sign_changes(flows) == 0:
        return None
    roots = []
    previous_rate = _GRID[0]
    previous = npv(previous_rate, flows)
    for rate in _GRID[1:]:
        value = npv(rate, flows)
        if previous == 0.0:
            roots.append(previous_rate)
        elif (value > 0) != (previous > 0) and value != 0.0:
            roots.append(_bisect(flows, previous_rate, rate, previous))
        previous_rate, previous = rate, value
    if previous == 0.0:
        roots.append(previous_rate)
    while not roots and previous_rate < 1e9:
        # A huge return (e.g. -10 then +1000): widen the search until NPV changes sign.
        rate = previous_rate * 4
        value = npv(rate, flows)
        if value == 0.0:
            roots.append(rate)
        elif (value > 0) != (previous > 0):
            roots.append(_bisect(flows, previous_rate, rate, previous))
        previous_rate, previous = rate, value
    finite = [r for r in roots if math.isfinite(r)]
    return min(finite, key=abs) if finite else None


def annual_rate(period_rate: float, periods_per_year: int) -> float:
    """A per-period rate as the equivalent yearly rate (compounded)."""
    return (1.0 + period_rate) ** periods_per_year - 1.0


def cumulative(flows: Sequence[float]) -> list[float]:
    total = 0.0
    result = []
    for flow in flows:
        total += flow
        result.append(total)
    return result


def payback(flows: Sequence[float]) -> tuple[int, float] | None:
    """When the cumulative cash turns non-negative for good: (period index, periods elapsed).

    Periods elapsed counts from the start of the first period and interpolates within the
    payback period (a flow is taken as spread evenly over its period). (0, 0.0) when the
    cumulative cash is never negative; None when it ends negative.
    """
    running = cumulative(flows)
    if not running or running[-1] < 0:
        return None
    last_negative = max((i for i, value in enumerate(running) if value < 0), default=None)
    if last_negative is None:
        return 0, 0.0
    index = last_negative + 1
    owed = -running[last_negative]
    return index, index + owed / flows[index]


def break_even_period(revenue: Sequence[float], result: Sequence[float]) -> int | None:
    """The first period with revenue whose operating result is >= 0, or None."""
    for index, (income, outcome) in enumerate(zip(revenue, result)):
        if income > 0 and outcome >= 0:
            return index
    return None
