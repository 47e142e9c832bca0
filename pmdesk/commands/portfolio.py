"""`pmdesk portfolio URL [--json]`: every plan on a server with its finish, slip and NPV, and
the people the plans share, with their load across all plans."""

from __future__ import annotations

import argparse
from datetime import datetime

NAME = "portfolio"
HELP = "the plans on a server (finish, slip, NPV) and the people they share, over-allocation"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", metavar="URL", help="postgresql://user@host[:port]/database")
    parser.add_argument("--json", action="store_true", help="print JSON")


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
    if not lines:
        print("The server has no plans (that you may see).")
        return 0
    for s in lines:
        finish = _date(s.finish) or "not scheduled"
        slip = f", slip {s.slip_days:+d} days" if s.slip_days is not None else ""
        npv = f", NPV {s.npv:,.0f} {s.currency}" if s.npv is not None else ""
        problem = f" ({s.problem})" if s.problem else ""
        print(f"{s.name}: {s.tasks} tasks, finish {finish}{slip}{npv}{problem}")
    if pool:
        print("Shared resources:")
    for r in pool:
        over = (
            f"over-allocated on {len(r.over_days)} days from {r.over_days[0].isoformat()}"
            if r.over_days
            else "never over-allocated"
        )
        print(f"  {r.name} ({', '.join(r.plans)}): peak {r.peak_units():.0%}, {over}")
    return 0
