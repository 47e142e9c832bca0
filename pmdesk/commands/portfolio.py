"""`pmdesk portfolio URL [--json]`: every plan on a server with its finish, slip and NPV, and
the people the plans share, with their load across all plans."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pmdesk.core.portfolio import PlanSummary, PooledResource

NAME = "portfolio"
HELP = QT_TRANSLATE_NOOP(
    "Commands",
    "the plans on a server (finish, slip, NPV) and the people they share, over-allocation",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "url", metavar="URL", help=translate("Commands", "postgresql://user@host[:port]/database")
    )
    parser.add_argument("--json", action="store_true", help=translate("Commands", "print JSON"))


def _date(value: datetime | None) -> str | None:
    return value.date().isoformat() if value is not None else None


def run(args: argparse.Namespace) -> int:
    import json

    from pmdesk.store import server

    lines, pool = server.portfolio(args.url)
    if args.json:
        print(
            json.dumps(
                {
                    "plans": [
                        {
                            "name": s.name,
                            "tasks": s.tasks,
                            "finish": _date(s.finish),
                            "baseline_finish": _date(s.baseline_finish),
                            "slip_days": s.slip_days,
                            "npv": s.npv,
                            "currency": s.currency,
                            "problem": s.problem,
                        }
                        for s in lines
                    ],
                    "shared_resources": [
                        {
                            "name": r.name,
                            "plans": r.plans,
                            "peak_units": round(r.peak_units(), 3),
                            "overallocated_days": [d.isoformat() for d in r.over_days],
                            "work_hours_by_plan": {
                                p: round(m / 60, 2) for p, m in r.by_plan.items()
                            },
                        }
                        for r in pool
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print_portfolio(lines, pool)
    return 0


def print_portfolio(lines: list[PlanSummary], pool: list[PooledResource]) -> None:
    """The text form: one line a plan, then the people the plans share."""
    from pmdesk.core.durationtext import long_text
    from pmdesk.core.localeformat import format_number, format_percent

    if not lines:
        print(translate("Commands", "The server has no plans (that you may see)."))
        return
    for s in lines:
        text = (
            translate("Commands", "%1: %2 tasks, finish %3")
            .replace("%1", s.name)
            .replace("%2", str(s.tasks))
            .replace("%3", _date(s.finish) or translate("Commands", "not scheduled"))
        )
        if s.slip_days is not None:
            slip = long_text(f"{s.slip_days:+d}", "d")
            text += translate("Commands", ", slip %1").replace("%1", slip)
        if s.npv is not None:
            npv = f"{format_number(s.npv, 0)} {s.currency}"
            text += translate("Commands", ", NPV %1").replace("%1", npv)
        print(text + (f" ({s.problem})" if s.problem else ""))
    if pool:
        print(translate("Commands", "Shared resources:"))
    for r in pool:
        over = (
            translate("Commands", "over-allocated on %1 days from %2")
            .replace("%1", str(len(r.over_days)))
            .replace("%2", r.over_days[0].isoformat())
            if r.over_days
            else translate("Commands", "never over-allocated")
        )
        peak = translate("Commands", "peak %1").replace("%1", format_percent(r.peak_units()))
        print(f"  {r.name} ({', '.join(r.plans)}): {peak}, {over}")
