"""`pmdesk status FILE [--json] [--status-date DATE] [--baseline N]`: earned value at the
status date and the tasks late at it."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pmdesk.core.statusreport import RiskForecast, StatusReport

NAME = "status"
HELP = QT_TRANSLATE_NOOP(
    "Commands",
    "print the earned value (PV, EV, AC, SPI, CPI ...) of FILE at its status date and the late "
    "tasks",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Commands", "the .pmdb plan to read")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Commands", "print the figures as JSON")
    )
    parser.add_argument(
        "--status-date",
        metavar="DATE",
        help=translate(
            "Commands", "measure at DATE (YYYY-MM-DD; default: the plan's status date, else now)"
        ),
    )
    parser.add_argument(
        "--baseline",
        metavar="N",
        help=translate("Commands", "compare with baseline N (0-10, default 0)"),
    )


def _money(value: float | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


def _ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def status_record(report: StatusReport) -> dict[str, object]:
    from pmdesk.core.earnedvalue import FIELDS

    ev = report.ev
    return {
        "plan": report.plan_name,
        "currency": report.currency,
        "status_date": report.status_date.isoformat(timespec="minutes"),
        "baseline": report.baseline_number,
        "finish": report.finish.isoformat(timespec="minutes") if report.finish else None,
        "baseline_finish": (
            report.baseline_finish.isoformat(timespec="minutes") if report.baseline_finish else None
        ),
        "finish_variance_days": report.finish_variance_days,
        "percent_complete": round(report.percent_complete, 2),
        "earned_value": {name: getattr(ev, name) for name in FIELDS},
        "late_tasks": [
            {
                "id": t.id,
                "name": t.name,
                "finish": t.finish.isoformat(timespec="minutes"),
                "percent_complete": t.percent,
            }
            for t in report.late_tasks
        ],
        "late_count": report.late_count,
        "risk": _risk_record(report.risk),
    }


def _risk_record(risk: RiskForecast | None) -> dict[str, object] | None:
    """The seeded schedule risk simulation's finish (None when the plan has no schedule)."""
    if risk is None:
        return None
    if risk.problem:
        return {"problem": risk.problem}
    return {
        "iterations": risk.iterations,
        "seed": risk.seed,
        "finish_p50": risk.p50.isoformat(timespec="minutes"),
        "finish_p80": risk.p80.isoformat(timespec="minutes"),
        "chance_by_baseline_finish": (
            None if risk.chance_by_baseline is None else round(risk.chance_by_baseline, 4)
        ),
        "tasks_varying": risk.varying,
    }


def _risk_line(risk: RiskForecast | None) -> str | None:
    if risk is None:
        return None
    if risk.problem:
        return f"Schedule risk: {risk.problem}"
    chance = (
        ""
        if risk.chance_by_baseline is None
        else f", {risk.chance_by_baseline * 100:.0f}% chance by the baseline finish"
    )
    return (
        f"Finish P50 {risk.p50:%Y-%m-%d}, P80 {risk.p80:%Y-%m-%d} ({risk.iterations:,} "
        f"simulated schedules, seed {risk.seed}, {risk.varying} tasks vary{chance})"
    )


def status_text(report: StatusReport) -> str:
    ev = report.ev
    c = report.currency
    lines = [
        f"{report.plan_name}: status at {report.status_date:%Y-%m-%d %H:%M} against baseline "
        f"{report.baseline_number}",
        f"Finish {report.finish:%Y-%m-%d}"
        + (
            f", baseline {report.baseline_finish:%Y-%m-%d} ({report.finish_variance_days:+d} days)"
            if report.baseline_finish
            else ", no baseline finish"
        )
        if report.finish
        else "",
        f"Complete: {report.percent_complete:.0f}%",
        _risk_line(report.risk),
        "",
        f"BCWS (PV) {_money(ev.bcws)} {c}   BCWP (EV) {_money(ev.bcwp)} {c}   "
        f"ACWP (AC) {_money(ev.acwp)} {c}",
        f"SV {_money(ev.sv)} {c} ({_ratio(ev.sv_percent)}%)   CV {_money(ev.cv)} {c} "
        f"({_ratio(ev.cv_percent)}%)",
        f"SPI {_ratio(ev.spi)}   CPI {_ratio(ev.cpi)}   TCPI {_ratio(ev.tcpi)}",
        f"BAC {_money(ev.bac)} {c}   EAC {_money(ev.eac)} {c}   ETC {_money(ev.etc)} {c}   "
        f"VAC {_money(ev.vac)} {c}",
        "",
    ]
    late = report.late_tasks
    if late:
        lines.append(f"{report.late_count} tasks late at the status date:")
        width = max(len(str(t.id)) for t in late)
        lines += [
            f"  {t.id:>{width}}  {t.name}  ({t.percent:g}% done, finishes {t.finish:%Y-%m-%d})"
            for t in late
        ]
    else:
        lines.append("No task is late at the status date.")
    return "\n".join(line for line in lines if line is not None)


def run(args: argparse.Namespace) -> int:
    import json

    from pmdesk.commands import reportargs
    from pmdesk.reports.statusreport import make_report

    status = reportargs.status_date(args.status_date)
    number = reportargs.baseline(args.baseline)
    data, schedule = reportargs.load_scheduled(args.file)
    report = make_report(data, schedule, status, number)
    text = (
        json.dumps(status_record(report), ensure_ascii=False, indent=2)
        if args.json
        else status_text(report)
    )
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
