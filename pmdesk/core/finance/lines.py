"""Per-period values of one P&L line from its kind, its parameters and the scenario.

Kinds and their parameters (all amounts per period, costs as positive numbers):
- ``fixed``: ``amount``.
- ``growth``: ``amount`` in the line's first period, growing by ``growth`` per period.
- ``units``: ``units`` x ``price``; units grow by ``unit_growth``, price by ``price_growth``.
- ``one_off``: ``amount`` once, in period ``period`` (counted from the line's start).
- ``resource_cost``: the cost of the plan's assignments (optionally of one resource ``group``).

Every kind but resource_cost also takes ``start`` (periods after the anchor, or the first
period index without one) and ``duration`` (number of periods; none: to the end).

Scenario parameters: ``volume_factor`` scales units and revenue, ``price_factor`` scales
revenue prices, ``cost_factor`` scales every cost line, ``delay_periods`` moves anchored lines
later (a launch slip).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from pmdesk.core.limits import MAX_MONEY
from pmdesk.core.translation import QT_TRANSLATE_NOOP, TranslatedLabels

SECTIONS = ("revenue", "cogs", "opex", "capex")
SECTION_TITLES = {
    "revenue": QT_TRANSLATE_NOOP("PnlRows", "Revenue"),
    "cogs": QT_TRANSLATE_NOOP("PnlRows", "Cost of sales"),
    "opex": QT_TRANSLATE_NOOP("PnlRows", "Operating expenses"),
    "capex": QT_TRANSLATE_NOOP("PnlRows", "Capital expenditure"),
}
KINDS = ("fixed", "growth", "units", "one_off", "resource_cost")
KIND_TITLES = TranslatedLabels(
    "PnlRows",
    {
        "fixed": QT_TRANSLATE_NOOP("PnlRows", "Fixed per period"),
        "growth": QT_TRANSLATE_NOOP("PnlRows", "Growing"),
        "units": QT_TRANSLATE_NOOP("PnlRows", "Units × price"),
        "one_off": QT_TRANSLATE_NOOP("PnlRows", "One-off"),
        "resource_cost": QT_TRANSLATE_NOOP("PnlRows", "Resource cost (from the plan)"),
    },
)

# The parameters each kind reads, with their default values, in the order an editor shows them.
KIND_PARAMETERS: dict[str, tuple[tuple[str, float], ...]] = {
    "fixed": (("amount", 0.0),),
    "growth": (("amount", 0.0), ("growth", 0.0)),
    "units": (("units", 0.0), ("unit_growth", 0.0), ("price", 0.0), ("price_growth", 0.0)),
    "one_off": (("amount", 0.0), ("period", 0.0)),
    "resource_cost": (),
}
TIMING_PARAMETERS = (("start", 0.0), ("duration", 0.0))  # duration 0: to the end

SCENARIO_PARAMETERS = (
    ("volume_factor", 1.0),
    ("price_factor", 1.0),
    ("cost_factor", 1.0),
    ("delay_periods", 0.0),
)


def _power(base: float, age: int) -> float:
    """``base ** age``, infinite instead of an OverflowError (300 % growth over 600 months)."""
    try:
        return base**age
    except OverflowError:
        return -math.inf if base < 0 and age % 2 else math.inf


def bounded(value: float) -> float:
    """A money value within +-MAX_MONEY: a cell of the sheet stays a finite number whatever
    the parameters (beyond a quadrillion is a typo, and an infinity would spread to every
    total, NPV and IRR). Not a number (infinity times zero) counts as nothing."""
    if math.isnan(value):
        return 0.0
    return max(-MAX_MONEY, min(MAX_MONEY, value))


def number(parameters: dict[str, Any], name: str, default: float = 0.0) -> float:
    """A parameter as a finite float; a missing or non-numeric value is the default."""
    value = parameters.get(name, default)
    try:
        value = float(value)
    except (TypeError, ValueError):
        return default
    return value if math.isfinite(value) else default


@dataclass(frozen=True, slots=True)
class LineStart:
    """Where a line begins: period index and the share of that period it covers."""

    index: int
    share: float = 1.0


def line_values(
    kind: str,
    section: str,
    parameters: dict[str, Any],
    scenario: dict[str, Any],
    start: LineStart,
    count: int,
) -> list[float]:
    """The values of a non-resource line over ``count`` periods from ``start``."""
    values = [0.0] * count
    revenue = section == "revenue"
    volume = number(scenario, "volume_factor", 1.0)
    price_factor = number(scenario, "price_factor", 1.0) if revenue else 1.0
    scale = 1.0 if revenue else number(scenario, "cost_factor", 1.0)
    offset = int(number(parameters, "start", 0.0))
    first = start.index + max(0, offset)
    share = start.share if offset <= 0 else 1.0
    duration = int(number(parameters, "duration", 0.0))
    last = count if duration <= 0 else min(count, first + duration)
    if kind == "one_off":
        at = first + int(number(parameters, "period", 0.0))
        if 0 <= at < count:
            amount = number(parameters, "amount") * scale
            values[at] = bounded(amount * (volume * price_factor if revenue else 1.0))
        return values
    for index in range(max(0, first), last):
        age = index - first
        if kind == "units":
            units = number(parameters, "units") * _power(1 + number(parameters, "unit_growth"), age)
            price = number(parameters, "price") * _power(
                1 + number(parameters, "price_growth"), age
            )
            value = units * volume * price * price_factor * scale
        elif kind == "growth":
            value = number(parameters, "amount") * _power(1 + number(parameters, "growth"), age)
            value *= (volume * price_factor) if revenue else scale
        else:  # fixed, and any kind we do not know (read as fixed)
            value = number(parameters, "amount")
            value *= (volume * price_factor) if revenue else scale
        values[index] = bounded(value * (share if age == 0 else 1.0))
    return values
