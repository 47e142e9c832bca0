"""`pmdesk pnl FILE [--scenario NAME] [--json]`: print the P&L sheet and its KPIs."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pmdesk.core.finance.rows import Row
    from pmdesk.core.finance.sheet import PnlSheet

NAME = "pnl"
HELP = QT_TRANSLATE_NOOP(
    "Commands",
    "print the P&L of FILE by period (one scenario) with NPV, IRR, break-even and payback",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Commands", "the .pmdb plan to read")
    )
    parser.add_argument(
        "--scenario",
        metavar="NAME",
        help=translate("Commands", "the scenario to compute (default: the first one)"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("Commands", "print the sheet and KPIs as JSON"),
    )


def _money(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{abs(value):,.0f}"
    return f"-{text}" if round(value) < 0 else text


def _cell(row: Row, value: float | None) -> str:
    if value is None:
        return "—" if row.kind == "ratio" else ""
    return f"{value:.1%}" if row.kind == "ratio" else _money(value)


def text_report(sheet: PnlSheet, currency: str, delay_cost: float) -> str:
    from pmdesk.core.finance.rows import break_even_text, irr_text, payback_text, sheet_rows

    header = [f"{currency}"] + [p.label for p in sheet.periods] + ["Total"]
    table = [header]
    for row in sheet_rows(sheet):
        if row.kind == "heading":
            table.append([row.label.upper()] + [""] * (len(header) - 1))
            continue
        label = ("  " + row.label) if row.kind == "line" else row.label
        table.append([label] + [_cell(row, v) for v in row.values] + [_cell(row, row.total)])
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    lines = [
        "  ".join(
            [line[0].ljust(widths[0])] + [cell.rjust(w) for cell, w in zip(line[1:], widths[1:])]
        ).rstrip()
        for line in table
    ]
    k = sheet.kpis
    scenario = sheet.scenario.name if sheet.scenario is not None else "no scenario"
    lines += [
        "",
        f"Scenario: {scenario}. {len(sheet.periods)} {sheet.settings.period}s from "
        f"{sheet.settings.first_period:%Y-%m-%d}.",
        f"NPV at {k.discount_rate:.1%}: {_money(k.npv)} {currency}",
        f"IRR: {irr_text(sheet)}",
        f"Operating break-even: {break_even_text(sheet)}",
        f"Payback: {payback_text(sheet)}",
        f"Cost of one {sheet.settings.period} of launch delay: {_money(delay_cost)} {currency} of NPV",
        f"Total revenue: {_money(k.total_revenue)} {currency}; total cost: {_money(k.total_cost)} "
        f"{currency}; net: {_money(k.net)} {currency}",
    ]
    return "\n".join(lines)


def json_report(sheet: PnlSheet, currency: str, delay_cost: float) -> dict[str, object]:
    from pmdesk.core.finance.rows import sheet_rows

    k = sheet.kpis
    return {
        "currency": currency,
        "scenario": sheet.scenario.name if sheet.scenario is not None else None,
        "periods": [
            {"label": p.label, "start": p.start.isoformat(), "end": p.end.isoformat()}
            for p in sheet.periods
        ],
        "rows": [
            {
                "kind": row.kind,
                "label": row.label,
                "section": row.section,
                "line_id": row.line.line.id if row.line is not None else None,
                "values": list(row.values),
                "total": row.total,
                "overridden": sorted(row.line.overridden) if row.line is not None else [],
            }
            for row in sheet_rows(sheet)
            if row.kind != "heading"
        ],
        "kpis": {
            "npv": k.npv,
            "discount_rate": k.discount_rate,
            "irr": k.irr,
            "break_even": sheet.periods[k.break_even].label if k.break_even is not None else None,
            "payback_periods": k.payback[1] if k.payback is not None else None,
            "cost_of_delay_per_period": delay_cost,
            "total_revenue": k.total_revenue,
            "total_cost": k.total_cost,
            "net": k.net,
        },
    }


def run(args: argparse.Namespace) -> int:
    import json

    from pmdesk.core.errors import PmdeskError
    from pmdesk.core.finance import evaluate_pnl
    from pmdesk.core.finance.sheet import cost_of_delay, ordered_scenarios
    from pmdesk.core.scheduling import schedule_plan
    from pmdesk.store.pmdb import load_plan

    data = load_plan(args.file)
    scenario_id = None
    if args.scenario is not None:
        wanted = args.scenario.strip().lower()
        found = [s for s in ordered_scenarios(data) if s.name.strip().lower() == wanted]
        if not found:
            names = ", ".join(s.name for s in ordered_scenarios(data)) or "none"
            raise PmdeskError(f"There is no scenario “{args.scenario}” (scenarios: {names}).")
        scenario_id = found[0].id
    try:
        schedule = schedule_plan(data)
    except PmdeskError as exc:
        print(f"pmdesk: warning: {exc} Lines that start at a task are left empty.", file=sys.stderr)
        schedule = None
    sheet = evaluate_pnl(data, schedule, scenario_id)
    delay_cost = cost_of_delay(sheet, data, schedule)
    currency = data.plan.currency
    if args.json:
        text = json.dumps(json_report(sheet, currency, delay_cost), ensure_ascii=False, indent=2)
    elif not sheet.lines:
        text = "This plan has no P&L lines."
    else:
        text = text_report(sheet, currency, delay_cost)
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
