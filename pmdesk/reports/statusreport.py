"""Making the status report of a plan (shared by `pmdesk report`, `pmdesk status` and Project >
Status Report...): the checks on the status date and baseline, the figures, the S-curve, and
the self-contained HTML file. The PDF is printing/statusreport.py's."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from pmdesk.core.earnedvalue import plan_ev_baseline
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData
from pmdesk.core.planinfo import compiled_default
from pmdesk.core.scheduling.allocation import ResourceAllocation
from pmdesk.core.scheduling.result import Schedule
from pmdesk.core.statusreport import Curve, StatusReport, add_npv, add_risk, build_status_report
from pmdesk.core.translation import translate


def report_status_date(data: PlanData, wanted: datetime | None) -> datetime:
    """The status date asked for, else the plan's, else now (MS Project's rule); refused
    before the project start."""
    status = wanted or data.plan.status_date or datetime.now().replace(second=0, microsecond=0)
    if status < data.plan.start:
        raise PmdeskError(
            f"The status date {status:%Y-%m-%d} is before the project start "
            f"{data.plan.start:%Y-%m-%d}."
        )
    return status


def check_baseline(data: PlanData, number: int | None) -> int:
    """Baseline ``number`` (0-10) when the plan has it; without one, the plan's baseline for
    earned value (Project Information > Options; 0 when not set), which may be missing."""
    if number is None:
        return plan_ev_baseline(data.plan)
    if not 0 <= number <= 10:
        raise PmdeskError("The baseline must be a number from 0 to 10.")
    if not any(b.number == number for b in data.baselines.values()):
        raise PmdeskError(f"The plan has no baseline {number}; set it in the Gantt first.")
    return number


def make_report(
    data: PlanData,
    schedule: Schedule | None,
    status_date: datetime | None = None,
    baseline: int | None = None,
    allocations: dict[int, ResourceAllocation] | None = None,
) -> StatusReport:
    status = report_status_date(data, status_date)
    number = check_baseline(data, baseline)
    try:
        between = compiled_default(data).working_between
    except PmdeskError:
        between = None
    report = build_status_report(data, schedule, status, number, between, allocations)
    return add_risk(add_npv(report, data, schedule), data, schedule)


def chart_svg(report: StatusReport) -> str:
    """The S-curve as SVG, its words in the interface language (the report's own heading
    above the table says "Earned value": the chart says what it draws)."""
    from pmdesk.charts.scurve import figure_svg, scurve_figure

    labels = {
        "pv": translate("StatusReport", "Planned value (PV)"),
        "ev": translate("StatusReport", "Earned value (EV)"),
        "ac": translate("StatusReport", "Actual cost (AC)"),
        "status": translate("StatusReport", "Status %1"),
        "empty": translate("StatusReport", "No baseline or progress to draw."),
    }
    title = translate("StatusReport", "Cumulative planned value, earned value and actual cost")
    months = None
    if _month_ticks(report.curve):
        from babel.dates import get_month_names

        from pmdesk.core.localeformat import default_locale

        names = get_month_names("abbreviated", locale=default_locale())
        months = [names[m] for m in range(1, 13)]
    from pmdesk.theme import paper

    with paper():  # a report is read on paper: light whatever the screen shows
        return figure_svg(
            scurve_figure(
                report.curve,
                report.status_date,
                report.currency,
                title,
                figsize=(10.0, 3.6),
                labels=labels,
                month_names=months,
            )
        )


def _month_ticks(curve: Curve) -> bool:
    """Whether the S-curve spans enough months for month ticks (shorter plans keep
    matplotlib's own day and week labels)."""
    return len(curve.dates) > 1 and (curve.dates[-1] - curve.dates[0]).days > 90


def write_html(report: StatusReport, path: str | os.PathLike[str]) -> Path:
    from pmdesk.core.export_target import replace_refusal
    from pmdesk.reports.html import report_html

    path = Path(path)
    refusal = replace_refusal(path)
    if refusal is not None:
        raise PmdeskError(f"{refusal}; the report was not written.")
    if not path.parent.is_dir():
        raise PmdeskError(f"The folder {path.parent} does not exist.")
    text = report_html(report, chart_svg(report))
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise PmdeskError(f"Could not write {path}: {exc.strerror or exc}.") from None
    return path
