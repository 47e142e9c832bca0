"""The theme's colours for matplotlib figures: the charts name roles, not shades.

``ink(role)`` is the role's colour as #rrggbb for the palette now (light inside
``theme.paper()``: reports and exports). ``dress(figure)`` gives a finished figure the
theme's background, and its ticks, spines, axis labels and legend the theme's text colours,
so a chart on a dark desktop is not a white box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmdesk.theme import hex_colour

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def ink(role: str) -> str:
    return hex_colour(role)


def dress(figure: Figure) -> Figure:
    """Colour what a figure's functions left at matplotlib's defaults (made for white paper):
    the figure and axes backgrounds, spines, ticks, axis labels and legends. Returns it."""
    import matplotlib

    background, text, muted, axis = ink("background"), ink("text"), ink("caption"), ink("axis")
    default_text = matplotlib.rcParams["text.color"]  # what the chart's code left unset
    figure.set_facecolor(background)
    for axes in figure.axes:
        axes.set_facecolor(background)
        for spine in axes.spines.values():
            spine.set_edgecolor(axis)
        axes.tick_params(colors=axis, labelcolor=muted, which="both")
        for label in (axes.xaxis.label, axes.yaxis.label, axes.title):
            if label.get_color() == default_text:
                label.set_color(muted if label is not axes.title else text)
        for child in axes.texts:
            if child.get_color() == default_text:
                child.set_color(text)
        legend = axes.get_legend()
        if legend is not None:
            for entry in legend.get_texts():
                entry.set_color(text)
    for legend in figure.legends:
        for entry in legend.get_texts():
            entry.set_color(text)
    for child in figure.texts:
        if child.get_color() == default_text:
            child.set_color(text)
    return figure
