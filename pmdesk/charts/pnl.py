"""The P&L chart: revenue and cost per period as bars, cumulative cash as a line (a pure
function returning a matplotlib Figure)."""

from __future__ import annotations

from collections.abc import Sequence

REVENUE = "#2f855a"
COST = "#c05621"
CASH = "#2b6cb0"


def _amount(value: float, _position=None) -> str:
    magnitude = abs(value)
    if magnitude >= 1e6:
        text = f"{magnitude / 1e6:,.1f}M"
    elif magnitude >= 1e3:
        text = f"{magnitude / 1e3:,.0f}k"
    else:
        text = f"{magnitude:,.0f}"
    return ("\u2212" + text) if value < 0 else text


def pnl_figure(labels: Sequence[str], revenue: Sequence[float], cost: Sequence[float],
               cumulative: Sequence[float], currency: str = "", title: str = "Revenue vs cost",
               break_even: int | None = None, figsize: tuple[float, float] = (10, 3.6)):
    """Bars of revenue and cost (cost of sales + operating expenses + capex) per period, the
    cumulative cash as a line, the zero line, and the break-even period marked."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    figure = Figure(figsize=figsize, dpi=100, layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(title, loc="left", fontsize=11, fontweight="bold", color="#1f2933")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(True, axis="y", color="#e3e8ee", linewidth=0.8)
    axes.set_axisbelow(True)
    if not labels:
        axes.text(0.5, 0.5, "The P&L has no periods.", ha="center", va="center",
                  transform=axes.transAxes, color="#616e7c")
        return figure
    positions = list(range(len(labels)))
    width = 0.38
    axes.bar([p - width / 2 for p in positions], revenue, width, color=REVENUE, label="Revenue")
    axes.bar([p + width / 2 for p in positions], cost, width, color=COST, alpha=0.85, label="Cost")
    axes.plot(positions, cumulative, color=CASH, marker="o", markersize=3.5, linewidth=2,
              label="Cumulative cash")
    axes.axhline(0, color="#52606d", linewidth=0.8)
    if break_even is not None and 0 <= break_even < len(labels):
        axes.axvline(break_even, color="#7b8794", linestyle="--", linewidth=0.8)
        axes.annotate("break-even", (break_even, 1), xycoords=("data", "axes fraction"),
                      xytext=(4, -2), textcoords="offset points", va="top", fontsize=8,
                      color="#52606d")
    axes.set_xticks(positions, labels, fontsize=8,
                    rotation=45 if len(labels) > 12 else 0, ha="right" if len(labels) > 12 else "center")
    axes.yaxis.set_major_formatter(FuncFormatter(_amount))
    axes.tick_params(axis="y", labelsize=8)
    if currency:
        axes.set_ylabel(currency, fontsize=9, color="#52606d")
    # Above the plot, right of the title: inside it would hide the first bars.
    axes.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False, ncols=3,
                borderaxespad=0.2)
    return figure
