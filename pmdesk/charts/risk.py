"""Schedule risk charts (pure functions returning a matplotlib Figure): the finish date's
histogram with its S-curve (cumulative chance of finishing by each date), and the tornado
chart of the durations that drive the finish."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np

from pmdesk.charts.ink import dress, ink

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

MARKS = {50: "positive", 80: "caution"}  # theme roles of the P50 and P80 lines
# The charts' words in English; the Risk view passes them in the interface language.
FINISH_LABELS = {
    "empty": "No results yet",
    "share": "Share of iterations",
    "per_day": "Share per day",
    "per_week": "Share per week",
    "chance": "Chance of finishing by that date",
    "planned": "Planned",
}
TORNADO_LABELS = {
    "empty": "No task varies: give tasks three-point estimates",
    "axis": "Correlation of the task's duration with the project finish",
}


def _clean(axes: Axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(True, axis="y", color=ink("grid_faint"), linewidth=0.8)
    axes.set_axisbelow(True)


def finish_figure(
    days: np.ndarray,
    planned: datetime | None,
    percentiles: dict[int, datetime],
    title: str = "Project finish",
    figsize: tuple[float, float] = (7.5, 3.4),
    labels: dict[str, str] | None = None,
) -> Figure:
    """Histogram of finish dates (one bar per day or week) and the S-curve on a second axis;
    the planned finish and P50/P80 as vertical lines (dates marked ISO, in any language).
    ``days`` are datetimes as matplotlib date numbers per iteration."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
    from matplotlib.figure import Figure
    from matplotlib.ticker import PercentFormatter

    words = {**FINISH_LABELS, **(labels or {})}
    figure = Figure(figsize=figsize, dpi=100, layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(title, loc="left", fontsize=11, fontweight="bold", color=ink("text"))
    _clean(axes)
    if len(days) == 0:
        axes.text(0.5, 0.5, words["empty"], ha="center", va="center", transform=axes.transAxes)
        return dress(figure)
    low, high = float(np.floor(days.min())), float(np.ceil(days.max()))
    # Days for a short spread; weeks beyond a month (day bars would show every weekend gap).
    width = 1.0 if high - low <= 31 else 7.0
    edges = np.arange(low, high + width, width)
    if len(edges) < 2:
        edges = np.array([low, low + width])
    counts, edges = np.histogram(days, bins=edges)
    share = counts / len(days)
    axes.bar(
        edges[:-1],
        share,
        width=width * 0.9,
        align="edge",
        color=ink("histogram"),
        label=words["share"],
    )
    axes.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    axes.set_ylabel(words["per_day"] if width == 1 else words["per_week"], color=ink("caption"))
    curve = axes.twinx()
    ordered = np.sort(days)
    curve.plot(
        ordered,
        np.arange(1, len(ordered) + 1) / len(ordered),
        color=ink("curve"),
        linewidth=2,
        label=words["chance"],
    )
    curve.set_ylim(0, 1.02)
    curve.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    curve.spines["top"].set_visible(False)
    curve.set_ylabel(words["chance"], color=ink("curve"))
    if planned is not None:
        x = date2num(planned)
        axes.axvline(x, color=ink("cost"), linestyle="--", linewidth=1.2)
        axes.annotate(
            f"{words['planned']}\n{planned:%Y-%m-%d}",
            (x, 1),
            xycoords=("data", "axes fraction"),
            xytext=(-4, -4),
            textcoords="offset points",
            ha="right",
            va="top",
            fontsize=8,
            color=ink("cost"),
        )
    for p, role in MARKS.items():
        color = ink(role)
        moment = percentiles.get(p)
        if moment is None:
            continue
        x = date2num(moment)
        axes.axvline(x, color=color, linewidth=1.2)
        axes.annotate(
            f"P{p}\n{moment:%Y-%m-%d}",
            (x, 0.97 if p == 50 else 0.80),
            xycoords=("data", "axes fraction"),
            xytext=(4, -2),
            textcoords="offset points",
            ha="left",
            va="top",
            fontsize=8,
            color=color,
        )
    locator = AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    return dress(figure)


def tornado_figure(
    names: Sequence[str],
    correlations: Sequence[float],
    title: str = "What drives the finish",
    limit: int = 10,
    figsize: tuple[float, float] = (7.5, 3.4),
    labels: dict[str, str] | None = None,
) -> Figure:
    """Horizontal bars of each task's correlation with the finish, largest on top."""
    from matplotlib.figure import Figure

    words = {**TORNADO_LABELS, **(labels or {})}
    figure = Figure(figsize=figsize, dpi=100, layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(title, loc="left", fontsize=11, fontweight="bold", color=ink("text"))
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    pairs = list(zip(names, correlations))[:limit]
    if not pairs:
        axes.text(
            0.5,
            0.5,
            words["empty"],
            ha="center",
            va="center",
            transform=axes.transAxes,
            color=ink("caption"),
        )
        axes.set_axis_off()
        return dress(figure)
    pairs.reverse()
    tick_labels = [n if len(n) <= 28 else n[:27] + "…" for n, _c in pairs]
    values = [c for _n, c in pairs]
    colors = [ink("curve") if v >= 0 else ink("cost") for v in values]
    axes.barh(range(len(values)), values, color=colors, height=0.6)
    axes.set_yticks(range(len(values)), tick_labels, fontsize=8)
    axes.axvline(0, color=ink("caption"), linewidth=0.8)
    axes.set_xlim(min(0.0, min(values)) - 0.05, max(1.0, max(values)) + 0.05)
    axes.set_xlabel(words["axis"], color=ink("caption"), fontsize=8)
    for y, v in enumerate(values):
        axes.annotate(
            f"{v:+.2f}",
            (v, y),
            xytext=(3 if v >= 0 else -3, 0),
            textcoords="offset points",
            va="center",
            ha="left" if v >= 0 else "right",
            fontsize=8,
            color=ink("text"),
        )
    axes.grid(True, axis="x", color=ink("grid_faint"), linewidth=0.8)
    axes.set_axisbelow(True)
    return dress(figure)
