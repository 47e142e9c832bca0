"""`pmdesk risk FILE [--iterations N] [--seed S] [--json]`: a Monte Carlo schedule risk
analysis of a plan: P10/P50/P80/P95 finish dates, deadlines, roadmap targets, drivers."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pmdesk.core.plandata import PlanData
    from pmdesk.core.risk.report import RiskReport

NAME = "risk"
HELP = QT_TRANSLATE_NOOP(
    "Commands", "simulate FILE's schedule risk: P10/P50/P80/P95 dates, on-time chances, drivers"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Commands", "the .pmdb plan to read")
    )
    # Read as text and checked here, so that a bad value is one sentence, not a usage text.
    parser.add_argument(
        "--iterations",
        metavar="N",
        default="1000",
        help=translate("Commands", "how many schedules to simulate (1-100,000; default 1,000)"),
    )
    parser.add_argument(
        "--seed",
        metavar="S",
        default="0",
        help=translate(
            "Commands", "seed of the random numbers: the same seed gives the same result"
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Commands", "print the results as JSON")
    )


def _whole(text: str, what: str, low: int, high: int) -> int:
    from pmdesk.core.errors import PmdeskError

    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise PmdeskError(f"The {what} must be a whole number, not {text!r}.") from None
    if not low <= value <= high:
        raise PmdeskError(f"The {what} must be between {low:,} and {high:,}.")
    return value


def _text(report: RiskReport, data: PlanData) -> str:
    def day(moment: date | None) -> str:
        return moment.strftime("%Y-%m-%d") if moment is not None else "—"

    def share(value: float | None) -> str:
        return "—" if value is None else f"{value * 100:.0f}%"

    finish = report.finish.percentiles()
    lines = [
        f"{report.iterations:,} iterations (seed {report.seed}), {report.varying} tasks vary.",
        f"Planned finish {day(report.planned_finish)}; chance of meeting it "
        f"{share(report.on_time)}.",
        "Finish  " + "  ".join(f"P{p} {day(d)}" for p, d in finish.items()),
        "",
    ]
    rows = [("Task", "Planned", "P10", "P50", "P80", "P95", "Deadline", "On time")]
    for t in report.tasks:
        p = t.spread.percentiles()
        rows.append(
            (
                t.name,
                day(t.planned),
                day(p[10]),
                day(p[50]),
                day(p[80]),
                day(p[95]),
                day(t.deadline),
                share(t.on_time),
            )
        )
    for i in report.items:
        p = i.spread.percentiles()
        rows.append(
            (
                f"Roadmap: {i.title}",
                day(i.planned),
                day(p[10]),
                day(p[50]),
                day(p[80]),
                day(p[95]),
                i.target.isoformat() if i.target else "—",
                share(i.on_time),
            )
        )
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    if report.drivers:
        lines += ["", "Drivers of the finish (correlation, criticality):"]
        for d in report.drivers[:10]:
            lines.append(f"  {d.correlation:+.2f}  {d.criticality * 100:3.0f}%  {d.name}")
    else:
        lines += ["", "No task has a three-point estimate or a risk: the finish cannot vary."]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    import json

    from pmdesk.core.errors import PmdeskError
    from pmdesk.core.risk import analyse, report_json, simulate
    from pmdesk.core.risk.estimates import MAX_ITERATIONS
    from pmdesk.core.scheduling import schedule_plan
    from pmdesk.store.pmdb import load_plan

    iterations = _whole(args.iterations, "number of iterations", 1, MAX_ITERATIONS)
    seed = _whole(args.seed, "seed", 0, 2**63 - 1)
    data = load_plan(args.file)
    try:
        schedule = schedule_plan(data)
    except PmdeskError as exc:
        raise PmdeskError(f"The plan cannot be scheduled: {exc}") from None
    samples = simulate(data, iterations, seed)
    report = analyse(data, samples, schedule, seed)
    if args.json:
        text = json.dumps(report_json(report), ensure_ascii=False, indent=2)
    else:
        text = _text(report, data)
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
