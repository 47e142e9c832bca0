"""The status report as HTML: one self-contained file for a browser (styles inline, the
S-curve as inline SVG, nothing fetched), and the same sections as the simpler HTML that Qt's
text layout draws on PDF pages (printing/statusreport.py).

Words go through the interface language (core/translation, context "StatusReport"); numbers
and weekdays follow its locale (core/localeformat); dates stay ISO so that every reader
parses them the same way.
"""

from __future__ import annotations

from collections.abc import Set
from datetime import date, datetime
from html import escape

from pmdesk.core import localeformat
from pmdesk.core.durationtext import days_text
from pmdesk.core.statusreport import RiskForecast, StatusReport
from pmdesk.core.translation import QT_TRANSLATE_NOOP, TranslatedLabels

STATE_COLOURS = {
    "done": "#2f855a",
    "on track": "#2f855a",
    "late": "#c0392b",
    "overdue": "#c0392b",
    "at risk": "#b7791f",
    "slipping": "#b7791f",
    "not linked": "#6b7280",
}
_T = "StatusReport"
# Every word of the report, marked for lupdate here and translated where it is shown.
L = TranslatedLabels(
    _T,
    {
        "done": QT_TRANSLATE_NOOP("StatusReport", "done"),
        "on track": QT_TRANSLATE_NOOP("StatusReport", "on track"),
        "late": QT_TRANSLATE_NOOP("StatusReport", "late"),
        "overdue": QT_TRANSLATE_NOOP("StatusReport", "overdue"),
        "at risk": QT_TRANSLATE_NOOP("StatusReport", "at risk"),
        "slipping": QT_TRANSLATE_NOOP("StatusReport", "slipping"),
        "not linked": QT_TRANSLATE_NOOP("StatusReport", "not linked"),
        "after": QT_TRANSLATE_NOOP(
            "StatusReport", "The plan finishes %1, %2 days after its baseline."
        ),
        "before": QT_TRANSLATE_NOOP(
            "StatusReport", "The plan finishes %1, on or before its baseline."
        ),
        "no baseline": QT_TRANSLATE_NOOP(
            "StatusReport", "The plan finishes %1 (no baseline to compare with)."
        ),
        "risk headline": QT_TRANSLATE_NOOP(
            "StatusReport",
            "With its estimates and risks, 80 % of %1 simulated schedules finish by %2.",
        ),
        "performance": QT_TRANSLATE_NOOP(
            "StatusReport", "Schedule performance %1, cost performance %2."
        ),
        "late count": QT_TRANSLATE_NOOP("StatusReport", "%1 tasks are late at the status date."),
        "baseline n": QT_TRANSLATE_NOOP("StatusReport", "baseline %1"),
        "baseline": QT_TRANSLATE_NOOP("StatusReport", "baseline"),
        "status date": QT_TRANSLATE_NOOP("StatusReport", "Status date"),
        "finish forecast": QT_TRANSLATE_NOOP("StatusReport", "Finish (forecast)"),
        "finish baseline": QT_TRANSLATE_NOOP("StatusReport", "Finish (%1)"),
        "finish variance": QT_TRANSLATE_NOOP("StatusReport", "Finish variance"),
        "finish p80": QT_TRANSLATE_NOOP("StatusReport", "Finish P80 (risk)"),
        "complete": QT_TRANSLATE_NOOP("StatusReport", "% complete"),
        "late tasks": QT_TRANSLATE_NOOP("StatusReport", "Late tasks"),
        "pv": QT_TRANSLATE_NOOP("StatusReport", "Planned value (BCWS, PV)"),
        "ev": QT_TRANSLATE_NOOP("StatusReport", "Earned value (BCWP, EV)"),
        "ac": QT_TRANSLATE_NOOP("StatusReport", "Actual cost (ACWP, AC)"),
        "bac": QT_TRANSLATE_NOOP("StatusReport", "Budget at completion (BAC)"),
        "eac": QT_TRANSLATE_NOOP("StatusReport", "Estimate at completion (EAC)"),
        "vac": QT_TRANSLATE_NOOP("StatusReport", "Variance at completion (VAC)"),
        "sv": QT_TRANSLATE_NOOP("StatusReport", "Schedule variance (SV)"),
        "cv": QT_TRANSLATE_NOOP("StatusReport", "Cost variance (CV)"),
        "etc": QT_TRANSLATE_NOOP("StatusReport", "Estimate to complete (ETC)"),
        "subtitle": QT_TRANSLATE_NOOP("StatusReport", "Status date %1 · measured against %2"),
        "title": QT_TRANSLATE_NOOP("StatusReport", "%1: status report"),
        "page title": QT_TRANSLATE_NOOP("StatusReport", "%1: status report %2"),
        "earned value": QT_TRANSLATE_NOOP("StatusReport", "Earned value"),
        "measure": QT_TRANSLATE_NOOP("StatusReport", "Measure"),
        "amount": QT_TRANSLATE_NOOP("StatusReport", "Amount"),
        "value": QT_TRANSLATE_NOOP("StatusReport", "Value"),
        "risk problem": QT_TRANSLATE_NOOP("StatusReport", "No risk forecast: %1"),
        "risk none": QT_TRANSLATE_NOOP(
            "StatusReport",
            "No task has three-point estimates or risks: the P80 is the plan's own finish.",
        ),
        "risk note": QT_TRANSLATE_NOOP(
            "StatusReport",
            "P50 %1, P80 %2: %3 simulated schedules (seed %4) with the tasks' three-point "
            "estimates and the risk register, from the progress recorded.",
        ),
        "risk chance": QT_TRANSLATE_NOOP(
            "StatusReport", "Chance of finishing by the baseline's finish: %1."
        ),
        "npv now": QT_TRANSLATE_NOOP("StatusReport", "NPV as planned now"),
        "npv baseline": QT_TRANSLATE_NOOP(
            "StatusReport", "NPV with the baseline's dates (business case)"
        ),
        "difference": QT_TRANSLATE_NOOP("StatusReport", "Difference"),
        "business case": QT_TRANSLATE_NOOP("StatusReport", "Business case (P&L)"),
        "milestone": QT_TRANSLATE_NOOP("StatusReport", "Milestone"),
        "baseline column": QT_TRANSLATE_NOOP("StatusReport", "Baseline"),
        "forecast": QT_TRANSLATE_NOOP("StatusReport", "Forecast"),
        "variance": QT_TRANSLATE_NOOP("StatusReport", "Variance"),
        "status": QT_TRANSLATE_NOOP("StatusReport", "Status"),
        "milestones": QT_TRANSLATE_NOOP("StatusReport", "Milestones"),
        "no milestones": QT_TRANSLATE_NOOP("StatusReport", "The plan has no milestones."),
        "worst tasks": QT_TRANSLATE_NOOP("StatusReport", "Tasks late or slipping most"),
        "id": QT_TRANSLATE_NOOP("StatusReport", "ID"),
        "task": QT_TRANSLATE_NOOP("StatusReport", "Task"),
        "baseline finish": QT_TRANSLATE_NOOP("StatusReport", "Baseline finish"),
        "finish": QT_TRANSLATE_NOOP("StatusReport", "Finish"),
        "slip": QT_TRANSLATE_NOOP("StatusReport", "Slip"),
        "percent done": QT_TRANSLATE_NOOP("StatusReport", "Done"),
        "no late tasks": QT_TRANSLATE_NOOP("StatusReport", "No task is late or slipping."),
        "over-allocations": QT_TRANSLATE_NOOP("StatusReport", "Resource over-allocations"),
        "resource": QT_TRANSLATE_NOOP("StatusReport", "Resource"),
        "days over": QT_TRANSLATE_NOOP("StatusReport", "Days over"),
        "from": QT_TRANSLATE_NOOP("StatusReport", "From"),
        "peak": QT_TRANSLATE_NOOP("StatusReport", "Peak"),
        "nobody over": QT_TRANSLATE_NOOP("StatusReport", "Nobody is over-allocated."),
        "roadmap": QT_TRANSLATE_NOOP("StatusReport", "Roadmap delivery"),
        "item": QT_TRANSLATE_NOOP("StatusReport", "Item"),
        "target end": QT_TRANSLATE_NOOP("StatusReport", "Target end"),
        "no items": QT_TRANSLATE_NOOP("StatusReport", "The roadmap has no items."),
        "made by": QT_TRANSLATE_NOOP("StatusReport", "Made by pmdesk."),
    },
)

CSS = """
body{font-family:-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif;color:#1f2933;
max-width:1000px;margin:24px auto;padding:0 16px;line-height:1.4}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px;border-bottom:1px solid
#d5dbe3;padding-bottom:4px}p.sub{color:#52606d;margin:0 0 16px}p.foot{margin-top:28px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{padding:4px 8px;text-align:left;
border-bottom:1px solid #e3e8ee;vertical-align:top}th{background:#eef2f7;font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.d{white-space:nowrap}table.kpis td{border:1px solid #d5dbe3;padding:8px 10px}
.kpi b{font-size:15px;white-space:nowrap}.kpi span{color:#52606d;font-size:12px}
.state{font-weight:600;white-space:nowrap}.chart{margin-top:20px}
.chart svg{display:block;width:100%;height:auto}
"""


def _day(moment: date | datetime | None) -> str:
    """ "Thu 2026-11-26": the weekday in the report's language, the date ISO."""
    if moment is None:
        return ""
    return f"{localeformat.weekday_name(moment)} {moment:%Y-%m-%d}"


def _iso(moment: date | datetime | None) -> str:
    return "—" if moment is None else f"{moment:%Y-%m-%d}"


def _fill(text: str, *values: object) -> str:
    """``text`` with %1, %2 ... replaced by ``values`` (Qt's placeholders)."""
    for number, value in reversed(list(enumerate(values, 1))):
        text = text.replace(f"%{number}", str(value))
    return text


def _number(value: float, decimals: int = 0) -> str:
    return localeformat.format_number(value, decimals)


def _money(value: float | None, currency: str = "") -> str:
    if value is None:
        return "—"
    text = _number(abs(value))
    text = f"−{text}" if round(value) < 0 else text
    return f"{text} {currency}".strip()


def _ratio(value: float | None) -> str:
    return "—" if value is None else _number(value, 2)


def _percent(value: float) -> str:
    return localeformat.format_percent(value / 100.0)


def _days(value: int | None) -> str:
    if value is None:
        return "—"
    return days_text(value, signed=True)


def _state(state: str) -> str:
    colour = STATE_COLOURS.get(state, "#1f2933")
    words = escape(L.get(state) or state)
    return f'<span class="state" style="color:{colour}"><b>{words}</b></span>'


def _table(
    headers: list[str],
    rows: list[list[str]],
    numeric: Set[int] = frozenset(),
    empty: str = "",
    dates: Set[int] = frozenset(),
) -> str:
    """A table; ``numeric`` columns align right, ``dates`` columns do not wrap."""
    if not rows:
        return f"<p>{escape(empty)}</p>"
    head = "".join(
        f'<th class="n" align="right">{escape(h)}</th>'
        if i in numeric
        else f'<th align="left">{escape(h)}</th>'
        for i, h in enumerate(headers)
    )

    def cell(i: int, text: str) -> str:
        if i in numeric:
            return f'<td class="n" align="right">{text}</td>'
        return f'<td class="d">{text}</td>' if i in dates else f"<td>{text}</td>"

    body = "".join(
        "<tr>" + "".join(cell(i, c) for i, c in enumerate(row)) + "</tr>" for row in rows
    )
    return (
        f'<table cellspacing="0" cellpadding="4" width="100%"><thead><tr>{head}</tr>'
        f"</thead><tbody>{body}</tbody></table>"
    )


def headline(report: StatusReport) -> str:
    """What a stakeholder reads first: the finish, how sure it is, performance, late work."""
    parts = []
    finish = _day(report.finish)
    if report.finish_variance_days is not None and report.finish is not None:
        if report.finish_variance_days > 0:
            parts.append(_fill(L["after"], finish, report.finish_variance_days))
        else:
            parts.append(_fill(L["before"], finish))
    elif report.finish is not None:
        parts.append(_fill(L["no baseline"], finish))
    risk = report.risk
    if risk is not None and not risk.problem and risk.varying:
        parts.append(_fill(L["risk headline"], _number(risk.iterations), _day(risk.p80)))
    spi, cpi = report.ev.spi, report.ev.cpi
    if spi is not None and cpi is not None:
        parts.append(_fill(L["performance"], _ratio(spi), _ratio(cpi)))
    if report.late_count:
        parts.append(_fill(L["late count"], report.late_count))
    return " ".join(parts)


def _baseline_name(report: StatusReport) -> str:
    if report.baseline_number:
        return _fill(L["baseline n"], report.baseline_number)
    return L["baseline"]


def summary_html(report: StatusReport) -> str:
    """Title, key figures (with the P80 finish) and the earned value table."""
    ev, c, risk = report.ev, report.currency, report.risk
    # The tiles give bare ISO dates: seven tiles share an A4 line in the PDF, where a
    # weekday would break the date over two lines (the sentences above name the weekdays).
    figures = [
        (L["status date"], _iso(report.status_date)),
        (L["finish forecast"], _iso(report.finish)),
        (_fill(L["finish baseline"], _baseline_name(report)), _iso(report.baseline_finish)),
        (L["finish variance"], _days(report.finish_variance_days)),
    ]
    if risk is not None:
        figures.append((L["finish p80"], "—" if risk.problem else _iso(risk.p80)))
    figures += [
        (L["complete"], _percent(report.percent_complete)),
        (L["late tasks"], str(report.late_count)),
    ]
    # A one-row table (not flex boxes): Qt's rich text, which draws the PDF, lays it out too.
    kpis = "".join(
        f'<td class="kpi"><span>{escape(k)}</span><br><b>{escape(v)}</b></td>' for k, v in figures
    )
    kpis = f'<table class="kpis" cellpadding="6" width="100%"><tr>{kpis}</tr></table>'
    ev_rows = [
        [L["pv"], _money(ev.bcws, c), L["sv"], _money(ev.sv, c)],
        [L["ev"], _money(ev.bcwp, c), L["cv"], _money(ev.cv, c)],
        [L["ac"], _money(ev.acwp, c), "SPI", _ratio(ev.spi)],
        [L["bac"], _money(ev.bac, c), "CPI", _ratio(ev.cpi)],
        [L["eac"], _money(ev.eac, c), "TCPI", _ratio(ev.tcpi)],
        [L["vac"], _money(ev.vac, c), L["etc"], _money(ev.etc, c)],
    ]
    ev_rows = [[escape(cell) for cell in row] for row in ev_rows]
    sub = _fill(L["subtitle"], _day(report.status_date), _baseline_name(report))
    return (
        f"<h1>{escape(_fill(L['title'], report.plan_name))}</h1>"
        f'<p class="sub">{escape(sub)}</p>'
        f"<p><b>{escape(headline(report))}</b></p>"
        + kpis
        + _risk_note(risk)
        + f"<h2>{escape(L['earned value'])}</h2>"
        + _table([L["measure"], L["amount"], L["measure"], L["value"]], ev_rows, {1, 3})
    )


def _risk_note(risk: RiskForecast | None) -> str:
    """Where the P80 comes from (or why there is none), under the key figures."""
    if risk is None:
        return ""
    if risk.problem:
        text = _fill(L["risk problem"], risk.problem)
    elif not risk.varying:
        text = L["risk none"]
    else:
        text = _fill(
            L["risk note"], _day(risk.p50), _day(risk.p80), _number(risk.iterations), risk.seed
        )
        if risk.chance_by_baseline is not None:
            chance = localeformat.format_percent(risk.chance_by_baseline)
            text += " " + _fill(L["risk chance"], chance)
    return f'<p class="sub" style="margin-top:6px">{escape(text)}</p>'


def details_html(report: StatusReport) -> str:
    """Milestones (with their P80), late and slipping tasks, over-allocations, roadmap, P&L."""
    c = report.currency
    with_p80 = report.risk is not None
    milestones = []
    for m in report.milestones:
        row = [escape(m.name), _day(m.baseline) or "—", _day(m.forecast)]
        if with_p80:
            row.append(_day(m.p80) or "—")
        milestones.append(row + [_days(m.variance_days), _state(m.state)])
    milestone_head = [L["milestone"], L["baseline column"], L["forecast"]]
    milestone_head += ["P80"] if with_p80 else []
    milestone_head += [L["variance"], L["status"]]
    tasks = [
        [
            str(t.id),
            escape(t.name),
            _day(t.baseline_finish) or "—",
            _day(t.finish),
            _days(t.slip_days if t.baseline_finish else None),
            _percent(t.percent),
            _state("late" if t.late else "slipping"),
        ]
        for t in report.tasks
    ]
    over = [
        [escape(o.name), str(o.days), _day(o.first), _percent(o.peak_units * 100)]
        for o in report.overallocations
    ]
    roadmap = [
        [
            escape(r.title),
            _day(r.target_end) or "—",
            _day(r.forecast) or "—",
            "—" if r.percent is None else _percent(r.percent),
            _state(r.state),
        ]
        for r in report.roadmap
    ]
    pnl = ""
    if report.npv is not None:
        rows = [[escape(L["npv now"]), _money(report.npv, c)]]
        if report.npv_baseline is not None:
            rows += [
                [escape(L["npv baseline"]), _money(report.npv_baseline, c)],
                [escape(L["difference"]), _money(report.npv - report.npv_baseline, c)],
            ]
        pnl = f"<h2>{escape(L['business case'])}</h2>" + _table(
            [L["measure"], L["amount"]], rows, {1}
        )
    return (
        f"<h2>{escape(L['milestones'])}</h2>"
        + _table(
            milestone_head, milestones, {len(milestone_head) - 2}, L["no milestones"], {1, 2, 3}
        )
        + f"<h2>{escape(L['worst tasks'])}</h2>"
        + _table(
            [
                L["id"],
                L["task"],
                L["baseline finish"],
                L["finish"],
                L["slip"],
                L["percent done"],
                L["status"],
            ],
            tasks,
            {0, 4, 5},
            L["no late tasks"],
            {2, 3},
        )
        + f"<h2>{escape(L['over-allocations'])}</h2>"
        + _table(
            [L["resource"], L["days over"], L["from"], L["peak"]],
            over,
            {1, 3},
            L["nobody over"],
            {2},
        )
        + f"<h2>{escape(L['roadmap'])}</h2>"
        + _table(
            [L["item"], L["target end"], L["forecast"], L["percent done"], L["status"]],
            roadmap,
            {3},
            L["no items"],
            {1, 2},
        )
        + pnl
    )


def report_html(report: StatusReport, chart_svg: str) -> str:
    """The whole report as one self-contained HTML file."""
    language = localeformat.default_locale().split("_")[0] or "en"
    title = _fill(L["page title"], report.plan_name, _day(report.status_date))
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(language)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title>"
        f"<style>{CSS}</style></head><body>"
        + summary_html(report)
        + f'<div class="chart">{chart_svg}</div>'
        + details_html(report)
        + f'<p class="sub foot">{escape(L["made by"])}</p></body></html>\n'
    )
