"""The earned value S-curve: cumulative planned value (PV), earned value (EV) and actual cost
(AC) over time with the status date as a line (a pure function returning a matplotlib
Figure; reports write it as SVG or draw it on PDF pages)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from pmdesk.charts.ink import dress, ink
from pmdesk.charts.pnl import amount_tick

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    from pmdesk.core.statusreport import Curve

LABELS = {  # English defaults; the report passes them in the interface language
    "pv": "Planned value (PV)",
    "ev": "Earned value (EV)",
    "ac": "Actual cost (AC)",
    "status": "Status %1",
    "empty": "No baseline or progress to draw.",
}


def month_formatter(month_names: Sequence[str]) -> FuncFormatter:
    """Tick labels as ConciseDateFormatter writes them for month ticks (the year at January,
    else the month; a day number between months), with ``month_names`` (12 abbreviations in
    the report's language) instead of the C locale's."""
    from matplotlib.dates import num2date
    from matplotlib.ticker import FuncFormatter

    def label(x: float, _position: object = None) -> str:
        moment = num2date(x)
        if moment.day != 1:
            return str(moment.day)
        return str(moment.year) if moment.month == 1 else month_names[moment.month - 1]

    return FuncFormatter(label)


def scurve_figure(
    curve: Curve,
    status_date: datetime,
    currency: str = "",
    title: str = "Earned value",
    figsize: tuple[float, float] = (8.0, 3.4),
    labels: dict[str, str] | None = None,
    month_names: Sequence[str] | None = None,
) -> Figure:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    labels = {**LABELS, **(labels or {})}
    figure = Figure(figsize=figsize, dpi=100, layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(title, loc="left", fontsize=11, fontweight="bold", color=ink("text"))
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(True, axis="y", color=ink("grid_faint"), linewidth=0.8)
    axes.set_axisbelow(True)
    if not curve.dates:
        axes.text(
            0.5,
            0.5,
            labels["empty"],
            ha="center",
            va="center",
            transform=axes.transAxes,
            color=ink("status_line"),
        )
        axes.set_xticks([])
        axes.set_yticks([])
        return dress(figure)
    # matplotlib's stubs take numbers, not datetimes: the dates go in as matplotlib date
    # numbers on an axis marked as dates (what plotting datetimes does by itself).
    axes.xaxis_date()
    axes.plot(
        date2num(curve.dates), curve.pv, color=ink("planned_value"), linewidth=2, label=labels["pv"]
    )
    done = [(d, e, a) for d, e, a in zip(curve.dates, curve.ev, curve.ac) if e is not None]
    if done:
        dates, earned, spent = zip(*done)
        axes.plot(
            date2num(dates), earned, color=ink("earned_value"), linewidth=2, label=labels["ev"]
        )
        axes.plot(
            date2num(dates),
            spent,
            color=ink("actual_cost"),
            linewidth=2,
            linestyle="--",
            label=labels["ac"],
        )
    status_x = float(date2num(status_date))
    axes.axvline(status_x, color=ink("status_line"), linewidth=1, linestyle=":")
    top = max([*curve.pv, *(v for v in curve.ac if v is not None), 1.0])
    marker = " " + labels["status"].replace("%1", f"{status_date:%Y-%m-%d}")
    axes.text(status_x, top * 1.02, marker, color=ink("status_line"), fontsize=8, va="bottom")
    locator = AutoDateLocator()
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(
        month_formatter(month_names) if month_names else ConciseDateFormatter(locator)
    )
    axes.yaxis.set_major_formatter(FuncFormatter(amount_tick))
    if currency:
        axes.set_ylabel(currency, color=ink("caption"))
    axes.set_ylim(0, top * 1.12)
    axes.legend(loc="upper left", frameon=False, fontsize=8)
    return dress(figure)


def figure_svg(figure: Figure) -> str:
    """The figure as SVG text with its text kept as text (searchable, small)."""
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "pmdesk"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    text = buffer.getvalue()
    start = text.find("<svg")
    return text[start:] if start >= 0 else text
