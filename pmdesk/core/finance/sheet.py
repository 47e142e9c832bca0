"""The whole P&L of a plan for one scenario: line values, section totals and the KPIs.

Rows, top to bottom: revenue, cost of sales, gross margin, operating expenses, operating
result (EBITDA-like: gross margin - operating expenses), capital expenditure, net cash flow
(operating result - capex) and the cumulative cash. Costs are positive amounts in their
section and subtracted in the results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pmdesk.core.entities import PnlLine, PnlScenario
from pmdesk.core.finance.lines import SECTIONS, LineStart, line_values, number
from pmdesk.core.finance.metrics import (
    annual_rate,
    break_even_period,
    cumulative,
    irr,
    npv,
    payback,
)
from pmdesk.core.finance.periods import Period, PnlSettings, locate, make_periods
from pmdesk.core.finance.resource_cost import (
    Phasing,
    ResourceCost,
    period_phasing,
    resource_cost,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.result import Schedule

_DAILY = ("phased",)  # the resource_costs key of the phased costs (never a group name)
# group (None: all) -> ResourceCost, and _DAILY -> period_phasing's Phasing. The value's type
# depends on its key: evaluate_pnl reads them into annotated names.
ResourceCosts = dict[str | tuple[str] | None, Any]


@dataclass(slots=True)
class LineResult:
    line: PnlLine
    values: list[float]  # with overrides
    computed: list[float]  # before overrides
    overridden: dict[int, int] = field(default_factory=dict)  # period -> PnlOverride id
    start: int | None = None  # the period the line starts in (anchored lines), None: not anchored
    note: str = ""  # how the line came out, for a tooltip

    @property
    def total(self) -> float:
        return sum(self.values)


@dataclass(slots=True)
class Kpis:
    npv: float
    irr: float | None  # per year
    irr_period: float | None  # per period
    break_even: int | None  # period index
    payback: tuple[int, float] | None  # (period index, periods elapsed)
    total_revenue: float
    total_cost: float
    net: float
    discount_rate: float


@dataclass(slots=True)
class PnlSheet:
    settings: PnlSettings
    periods: list[Period]
    scenario: PnlScenario | None
    lines: list[LineResult]  # section order, then position
    sections: dict[str, list[float]]
    gross_margin: list[float]
    operating: list[float]
    net_cash: list[float]
    cumulative: list[float]
    kpis: Kpis
    resource_costs: ResourceCosts = field(default_factory=dict)  # see ResourceCosts

    def line(self, line_id: int) -> LineResult | None:
        return next((r for r in self.lines if r.line.id == line_id), None)

    def gross_margin_pct(self, index: int) -> float | None:
        revenue = self.sections["revenue"][index]
        return self.gross_margin[index] / revenue if revenue else None


def ordered_lines(data: PlanData) -> list[PnlLine]:
    """The P&L lines in sheet order: section, then position (unknown sections as opex)."""

    def key(line: PnlLine) -> tuple[int, int, int]:
        section = line.section if line.section in SECTIONS else "opex"
        return SECTIONS.index(section), line.position, line.id

    return sorted(data.pnl_lines.values(), key=key)


def section_of(line: PnlLine) -> str:
    return line.section if line.section in SECTIONS else "opex"


def ordered_scenarios(data: PlanData) -> list[PnlScenario]:
    return sorted(data.pnl_scenarios.values(), key=lambda s: (s.position, s.id))


def _anchor_start(
    line: PnlLine, data: PlanData, schedule: Schedule | None, periods: list[Period], delay: int
) -> tuple[LineStart | None, str]:
    if line.anchor_task_id is None:
        return LineStart(0), ""
    task = data.tasks.get(line.anchor_task_id)
    scheduled = schedule.tasks.get(line.anchor_task_id) if schedule is not None else None
    if task is None or scheduled is None:
        return None, "Its launch task has no scheduled date, so the line is empty."
    index, share = locate(periods, scheduled.finish)
    note = f"Starts at “{task.name}” ({scheduled.finish:%Y-%m-%d})"
    if delay:
        index, note = index + delay, note + f", {delay} period(s) later in this scenario"
    if index >= len(periods):
        return LineStart(index, share), note + ", after the last period."
    return LineStart(index, share), note + "."


def evaluate_pnl(
    data: PlanData,
    schedule: Schedule | None,
    scenario_id: int | None = None,
    extra_delay: int = 0,
    resource_costs: ResourceCosts | None = None,
) -> PnlSheet:
    """The P&L of ``data`` (scheduled as ``schedule``, which may be None) for one scenario
    (None: the first scenario, or neutral parameters when there is none).

    ``extra_delay`` moves anchored lines that many periods later on top of the scenario's own
    delay (for the cost of delay); ``resource_costs`` reuses the spread of an earlier sheet
    of the same plan and schedule.
    """
    settings = PnlSettings.from_plan(data.plan)
    periods = make_periods(settings)
    count = len(periods)
    scenarios = ordered_scenarios(data)
    scenario = data.pnl_scenarios.get(scenario_id) if scenario_id is not None else None
    if scenario is None and scenarios:
        scenario = scenarios[0]
    parameters = scenario.parameters if scenario is not None else {}
    delay = int(number(parameters, "delay_periods", 0.0)) + extra_delay
    cost_factor = number(parameters, "cost_factor", 1.0)

    overrides: dict[tuple[int, int], tuple[int, float, bool]] = {}
    for override in data.pnl_overrides.values():
        if override.scenario_id is not None and (
            scenario is None or override.scenario_id != scenario.id
        ):
            continue
        specific = override.scenario_id is not None
        key = (override.line_id, override.period)
        # A scenario's own override beats one for every scenario.
        if key not in overrides or (specific and not overrides[key][2]):
            overrides[key] = (override.id, override.value, specific)

    costs_cache: ResourceCosts = resource_costs if resource_costs is not None else {}
    results = []
    for line in ordered_lines(data):
        section = section_of(line)
        note = ""
        start_index = None
        if line.kind == "resource_cost":
            group = str(line.parameters.get("group") or "").strip() or None
            spread: ResourceCost | None = costs_cache.get(group)
            if spread is None:
                if _DAILY not in costs_cache:  # one time-phasing for every group's line
                    costs_cache[_DAILY] = period_phasing(data, schedule, periods)
                phased: Phasing = costs_cache[_DAILY]
                spread = costs_cache[group] = resource_cost(data, schedule, periods, group, phased)
            computed = [value * cost_factor for value in spread.values]
            parts = [
                f"Cost of the assignments{' of ' + group if group else ''}: "
                f"{sum(spread.by_resource.values()):,.0f} in total"
            ]
            if spread.before:
                parts.append(f"{spread.before:,.0f} spent before the first period is in the first")
            if spread.after:
                parts.append(f"{spread.after:,.0f} after the last period is not shown")
            if spread.unscheduled:
                parts.append(f"{spread.unscheduled:,.0f} on unscheduled tasks is not shown")
            note = "; ".join(parts) + "."
        else:
            start, note = _anchor_start(line, data, schedule, periods, delay)
            if start is None:
                computed = [0.0] * count
            else:
                computed = line_values(
                    line.kind, section, line.parameters, parameters, start, count
                )
                start_index = start.index if line.anchor_task_id is not None else None
        values = list(computed)
        overridden = {}
        for index in range(count):
            found = overrides.get((line.id, index))
            if found is not None:
                overridden[index] = found[0]
                values[index] = found[1]
        results.append(LineResult(line, values, computed, overridden, start_index, note))

    sections = {name: [0.0] * count for name in SECTIONS}
    for result in results:
        totals = sections[section_of(result.line)]
        for index, value in enumerate(result.values):
            totals[index] += value
    gross = [r - c for r, c in zip(sections["revenue"], sections["cogs"])]
    operating = [g - o for g, o in zip(gross, sections["opex"])]
    net_cash = [o - c for o, c in zip(operating, sections["capex"])]
    running = cumulative(net_cash)
    rate = irr(net_cash)
    total_cost = sum(sum(sections[name]) for name in ("cogs", "opex", "capex"))
    kpis = Kpis(
        npv=npv(settings.period_rate, net_cash),
        irr=annual_rate(rate, settings.periods_per_year) if rate is not None else None,
        irr_period=rate,
        break_even=break_even_period(sections["revenue"], operating),
        payback=payback(net_cash),
        total_revenue=sum(sections["revenue"]),
        total_cost=total_cost,
        net=sum(net_cash),
        discount_rate=settings.discount_rate,
    )
    return PnlSheet(
        settings,
        periods,
        scenario,
        results,
        sections,
        gross,
        operating,
        net_cash,
        running,
        kpis,
        costs_cache,
    )


def cost_of_delay(
    sheet: PnlSheet, data: PlanData, schedule: Schedule | None, periods: int = 1
) -> float:
    """How much NPV a launch ``periods`` later loses: NPV now - NPV with every anchored line
    moved later (positive when delay costs money)."""
    later = evaluate_pnl(
        data,
        schedule,
        sheet.scenario.id if sheet.scenario else None,
        extra_delay=periods,
        resource_costs=sheet.resource_costs,
    )
    return sheet.kpis.npv - later.kpis.npv
