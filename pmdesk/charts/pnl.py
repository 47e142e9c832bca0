"""The P&L chart: revenue and cost per period as bars, cumulative cash as a line (a pure
function returning a matplotlib Figure)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pmdesk.charts.ink import dress, ink
from pmdesk.core import localeformat
from pmdesk.core.translation import translate

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def amount_tick(value: float, _position: object = None) -> str:
    """An axis label for money: 1.2M, 350k, 900; a true minus sign for losses. In another
    language the locale's own short forms ("1,2 jt", "350 rb" in Indonesian)."""
    if not localeformat.default_locale().startswith("en"):
        return localeformat.format_compact(value)
    magnitude = abs(value)
    if magnitude >= 1e6:
        text = f"{magnitude / 1e6:,.1f}M"
    elif magnitude >= 1e3:
        text = f"{magnitude / 1e3:,.0f}k"
    else:
        text = f"{magnitude:,.0f}"
    return ("\u2212" + text) if value < 0 else text


def pnl_figure(
    labels: Sequence[str],
    revenue: Sequence[float],
    cost: Sequence[float],
    cumulative: Sequence[float],
    currency: str = "",
    title: str | None = None,
    break_even: int | None = None,
    figsize: tuple[float, float] = (10, 3.6),
) -> Figure:
    """Bars of revenue and cost (cost of sales + operating expenses + capex) per period, the
    cumulative cash as a line, the zero line, and the break-even period marked."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    figure = Figure(figsize=figsize, dpi=100, layout="constrained")
    axes = figure.add_subplot()
    title = translate("Charts", "Revenue vs cost") if title is None else title
    axes.set_title(title, loc="left", fontsize=11, fontweight="bold", color=ink("text"))
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(True, axis="y", color=ink("grid_faint"), linewidth=0.8)
    axes.set_axisbelow(True)
    if not labels:
        axes.text(
            0.5,
            0.5,
            translate("Charts", "The P&L has no periods."),
            ha="center",
            va="center",
            transform=axes.transAxes,
            color=ink("muted_text"),
        )
        return dress(figure)
    positions = list(range(len(labels)))
    width = 0.38
    axes.bar(
        [p - width / 2 for p in positions],
        revenue,
        width,
        color=ink("revenue"),
        label=translate("Charts", "Revenue"),
    )
    axes.bar(
        [p + width / 2 for p in positions],
        cost,
        width,
        color=ink("cost"),
        alpha=0.85,
        label=translate("Charts", "Cost"),
    )
    axes.plot(
        positions,
        cumulative,
        color=ink("cash"),
        marker="o",
        markersize=3.5,
        linewidth=2,
        label=translate("Charts", "Cumulative cash"),
    )
    axes.axhline(0, color=ink("caption"), linewidth=0.8)
    if break_even is not None and 0 <= break_even < len(labels):
        axes.axvline(break_even, color=ink("faint_text"), linestyle="--", linewidth=0.8)
        axes.annotate(
            translate("Charts", "operating break-even"),
            (break_even, 1),
            xycoords=("data", "axes fraction"),
            xytext=(4, -2),
            textcoords="offset points",
            va="top",
            fontsize=8,
            color=ink("caption"),
        )
    # "Q1 2027" on two lines, and only every n-th period named beyond two dozen, so that the
    # labels stay apart in a narrow window too.
    step = max(1, math.ceil(len(labels) / 24))
    axes.set_xticks(
        positions[::step], [label.replace(" ", "\n", 1) for label in labels[::step]], fontsize=8
    )
    axes.yaxis.set_major_formatter(FuncFormatter(amount_tick))
    axes.tick_params(axis="y", labelsize=8)
    if currency:
        axes.set_ylabel(currency, fontsize=9, color=ink("caption"))
    # Under the plot: inside it would hide bars, beside the title it collides in narrow windows.
    figure.legend(loc="outside lower center", fontsize=8, frameon=False, ncols=3)
    return dress(figure)
