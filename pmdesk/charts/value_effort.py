"""The value-vs-effort bubble chart of roadmap items (a pure function returning a Figure).

Quadrants split at the median value and effort: quick wins (high value, low effort), big bets
(high value, high effort), fill-ins (low value, low effort), money pits (low value, high effort).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pmdesk.charts.ink import dress, ink
from pmdesk.theme import DEFAULT_DATA_COLOUR

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True, slots=True)
class Bubble:
    label: str
    value: float
    effort: float
    size: float  # relative, e.g. the score; <= 0 draws the smallest bubble
    color: str = DEFAULT_DATA_COLOUR
    slipping: bool = False
    key: object = None  # the caller's id for the bubble (picking a bubble reports its index)


def value_effort_figure(
    bubbles: list[Bubble],
    title: str = "Value vs effort",
    unscored: int = 0,
    x_label: str = "Effort",
    y_label: str = "Value",
) -> Figure:
    """A matplotlib Figure (no pyplot, no GUI backend needed)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 5.5), dpi=100, layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(title, loc="left", fontsize=12, fontweight="bold", color=ink("text"))
    axes.set_xlabel(x_label)
    axes.set_ylabel(y_label)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(True, color=ink("grid_faint"), linewidth=0.8)
    axes.set_axisbelow(True)
    if not bubbles:
        axes.text(
            0.5,
            0.5,
            "No item has both a value and an effort yet.",
            ha="center",
            va="center",
            transform=axes.transAxes,
            color=ink("muted_text"),
        )
        axes.set_xticks([])
        axes.set_yticks([])
        return dress(figure)
    # Bubble area by rank of size, so one huge score does not shrink every other bubble to a dot.
    ranks = {id(b): n for n, b in enumerate(sorted(bubbles, key=lambda b: b.size))}
    sizes = [120 + 900 * ranks[id(b)] / max(1, len(bubbles) - 1) for b in bubbles]
    axes.scatter(
        [b.effort for b in bubbles],
        [b.value for b in bubbles],
        s=sizes,
        c=[b.color for b in bubbles],
        alpha=0.55,
        edgecolors=[ink("slip") if b.slipping else ink("background") for b in bubbles],
        linewidths=[2.5 if b.slipping else 1.0 for b in bubbles],
        picker=True,
    )
    for bubble in bubbles:
        axes.annotate(
            bubble.label,
            (bubble.effort, bubble.value),
            xytext=(9, 6),
            textcoords="offset points",
            ha="left",
            va="bottom",
            fontsize=8,
            color=ink("text"),
        )
    if len(bubbles) >= 2:
        mid_effort = statistics.median(b.effort for b in bubbles)
        mid_value = statistics.median(b.value for b in bubbles)
        axes.axvline(mid_effort, color=ink("axis"), linestyle="--", linewidth=0.8)
        axes.axhline(mid_value, color=ink("axis"), linestyle="--", linewidth=0.8)
        corners = [
            ((0.02, 0.97), "Quick wins", "left", "top"),
            ((0.98, 0.97), "Big bets", "right", "top"),
            ((0.02, 0.03), "Fill-ins", "left", "bottom"),
            ((0.98, 0.03), "Money pits", "right", "bottom"),
        ]
        for (x, y), text, ha, va in corners:
            axes.text(
                x,
                y,
                text,
                transform=axes.transAxes,
                ha=ha,
                va=va,
                fontsize=9,
                color=ink("faint_text"),
                fontweight="bold",
            )
    axes.margins(0.15)
    if unscored:
        figure.text(
            0.99,
            0.005,
            f"{unscored} item(s) without value or effort are not shown",
            ha="right",
            va="bottom",
            fontsize=8,
            color=ink("faint_text"),
        )
    return dress(figure)
