"""The status report as HTML: one self-contained file for a browser (styles inline, the
S-curve as inline SVG, nothing fetched), and the same sections as the simpler HTML that Qt's
text layout draws on PDF pages (printing/statusreport.py)."""

from __future__ import annotations

from datetime import date, datetime
from html import escape

STATE_COLOURS = {"done": "#2f855a", "on track": "#2f855a", "late": "#c0392b",
                 "overdue": "#c0392b", "at risk": "#b7791f", "slipping": "#b7791f",
                 "not linked": "#6b7280"}

CSS = """
body{font-family:-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif;color:#1f2933;
max-width:980px;margin:24px auto;padding:0 16px;line-height:1.4}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px;border-bottom:1px solid
#d5dbe3;padding-bottom:4px}p.sub{color:#52606d;margin:0 0 16px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{padding:4px 8px;text-align:left;
border-bottom:1px solid #e3e8ee}th{background:#eef2f7;font-weight:600}td.n{text-align:right;
font-variant-numeric:tabular-nums}table.kpis td{border:1px solid #d5dbe3;padding:8px 12px}
.kpi b{font-size:18px}.kpi span{color:#52606d;font-size:12px}
.state{font-weight:600}svg{max-width:100%;height:auto}
"""


def _day(moment: date | datetime | None) -> str:
    return "" if moment is None else f"{moment:%a %Y-%m-%d}"


def _money(value: float | None, currency: str = "") -> str:
    if value is None:
        return "—"
    text = f"{abs(value):,.0f}"
    text = f"−{text}" if round(value) < 0 else text
    return f"{text} {currency}".strip()


def _ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _days(value: int | None) -> str:
    if value is None:
        return "—"
    return f"{value:+d} d" if value else "0 d"


def _state(state: str) -> str:
    colour = STATE_COLOURS.get(state, "#1f2933")
    return f'<span class="state" style="color:{colour}"><b>{escape(state)}</b></span>'


def _table(headers: list[str], rows: list[list[str]], numeric: set[int] = frozenset(),
           empty: str = "None.") -> str:
    if not rows:
        return f"<p>{escape(empty)}</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td class="n" align="right">{cell}</td>' if i in numeric
                         else f"<td>{cell}</td>" for i, cell in enumerate(row)) + "</tr>"
        for row in rows)
    return (f'<table cellspacing="0" cellpadding="4" width="100%"><thead><tr>{head}</tr>'
            f"</thead><tbody>{body}</tbody></table>")


def headline(report) -> str:
    """One sentence a stakeholder reads first."""
    parts = []
    if report.finish_variance_days is not None and report.finish is not None:
        if report.finish_variance_days > 0:
            parts.append(f"The plan finishes {_day(report.finish)}, "
                         f"{report.finish_variance_days} days after its baseline.")
        else:
            parts.append(f"The plan finishes {_day(report.finish)}, on or before its baseline.")
    elif report.finish is not None:
        parts.append(f"The plan finishes {_day(report.finish)} (no baseline to compare with).")
    spi, cpi = report.ev.spi, report.ev.cpi
    if spi is not None and cpi is not None:
        parts.append(f"Schedule performance {spi:.2f}, cost performance {cpi:.2f}.")
    if report.late_count:
        parts.append(f"{report.late_count} tasks are late at the status date.")
    return " ".join(parts)


def summary_html(report) -> str:
    """Title, key figures and the earned value table (the top of the report)."""
    ev, c = report.ev, report.currency
    baseline = f"Baseline {report.baseline_number}" if report.baseline_number else "Baseline"
    figures = [
        ("Status date", _day(report.status_date)),
        ("Finish (forecast)", _day(report.finish)),
        (f"Finish ({baseline.lower()})", _day(report.baseline_finish) or "—"),
        ("Finish variance", _days(report.finish_variance_days)),
        ("% complete", f"{report.percent_complete:.0f}%"),
        ("Late tasks", str(report.late_count)),
    ]
    # A one-row table (not flex boxes): Qt's rich text, which draws the PDF, lays it out too.
    kpis = "".join(f'<td class="kpi"><span>{escape(k)}</span><br><b>{escape(v)}</b></td>'
                   for k, v in figures)
    kpis = f'<table class="kpis" cellpadding="6" width="100%"><tr>{kpis}</tr></table>'
    ev_rows = [
        ["Planned value (BCWS, PV)", _money(ev.bcws, c), "Schedule variance (SV)", _money(ev.sv, c)],
        ["Earned value (BCWP, EV)", _money(ev.bcwp, c), "Cost variance (CV)", _money(ev.cv, c)],
        ["Actual cost (ACWP, AC)", _money(ev.acwp, c), "SPI", _ratio(ev.spi)],
        ["Budget at completion (BAC)", _money(ev.bac, c), "CPI", _ratio(ev.cpi)],
        ["Estimate at completion (EAC)", _money(ev.eac, c), "TCPI", _ratio(ev.tcpi)],
        ["Variance at completion (VAC)", _money(ev.vac, c), "Estimate to complete (ETC)",
         _money(ev.etc, c)],
    ]
    return (f"<h1>{escape(report.plan_name)}: status report</h1>"
            f'<p class="sub">Status date {_day(report.status_date)} · measured against '
            f"{escape(baseline.lower())}</p>"
            f"<p><b>{escape(headline(report))}</b></p>"
            + kpis
            + "<h2>Earned value</h2>"
            + _table(["Measure", "Amount", "Measure", "Value"], ev_rows, {1, 3}))


def details_html(report) -> str:
    """Milestones, late and slipping tasks, over-allocations, roadmap and the P&L."""
    c = report.currency
    milestones = [[escape(m.name), _day(m.baseline) or "—", _day(m.forecast),
                   _days(m.variance_days), _state(m.state)] for m in report.milestones]
    tasks = [[str(t.id), escape(t.name), _day(t.baseline_finish) or "—", _day(t.finish),
              _days(t.slip_days if t.baseline_finish else None), f"{t.percent:g}%",
              _state("late" if t.late else "slipping")] for t in report.tasks]
    over = [[escape(o.name), str(o.days), _day(o.first), f"{o.peak_units * 100:.0f}%"]
            for o in report.overallocations]
    roadmap = [[escape(r.title), _day(r.target_end) or "—", _day(r.forecast) or "—",
                "—" if r.percent is None else f"{r.percent:.0f}%", _state(r.state)]
               for r in report.roadmap]
    pnl = ""
    if report.npv is not None:
        rows = [["NPV as planned now", _money(report.npv, c)]]
        if report.npv_baseline is not None:
            rows += [["NPV with the baseline's dates (business case)",
                      _money(report.npv_baseline, c)],
                     ["Difference", _money(report.npv - report.npv_baseline, c)]]
        pnl = "<h2>Business case (P&amp;L)</h2>" + _table(["", "Amount"], rows, {1})
    return ("<h2>Milestones</h2>"
            + _table(["Milestone", "Baseline", "Forecast", "Variance", "Status"], milestones,
                     {3}, "The plan has no milestones.")
            + "<h2>Tasks late or slipping most</h2>"
            + _table(["ID", "Task", "Baseline finish", "Finish", "Slip", "Done", "Status"],
                     tasks, {0, 4, 5}, "No task is late or slipping.")
            + "<h2>Resource over-allocations</h2>"
            + _table(["Resource", "Days over", "From", "Peak"], over, {1, 3},
                     "Nobody is over-allocated.")
            + "<h2>Roadmap delivery</h2>"
            + _table(["Item", "Target end", "Forecast", "Done", "Status"], roadmap, {3},
                     "The roadmap has no items.")
            + pnl)


def report_html(report, chart_svg: str) -> str:
    """The whole report as one self-contained HTML file."""
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(report.plan_name)}: status report {_day(report.status_date)}</title>"
            f"<style>{CSS}</style></head><body>"
            + summary_html(report)
            + f'<div class="chart">{chart_svg}</div>'
            + details_html(report)
            + '<p class="sub">Made by pmdesk.</p></body></html>\n')
