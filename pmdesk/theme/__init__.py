"""Light and dark colours for the hand-painted views, following the system's palette.

Qt gives widgets the system palette (a dark desktop theme gives a dark Window colour); the
views that paint themselves (the Gantt chart, the roadmap, the canvases, resource usage, the
charts) take their colours from here, so a dark desktop does not show a white chart beside a
dark table. Every colour is a role named by its meaning (``roles.ROLES``); ``colour(role)``
gives the light or dark value for the application's palette. Paper stays light: printing and
exports paint inside ``with paper():``, and the Gantt printout uses LIGHT.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from pmdesk.theme.roles import (
    DARK_PALETTE,
    DARK_PALETTE_DISABLED_TEXT,
    DEFAULT_DATA_COLOUR,
    LANE_COLOURS,
    NO_LANE_COLOUR,
    OFFERING_COLOURS,
    ROLES,
    TIMELINE_BAR_COLOURS,
)

__all__ = [
    "DEFAULT_DATA_COLOUR",
    "LANE_COLOURS",
    "NO_LANE_COLOUR",
    "OFFERING_COLOURS",
    "ROLES",
    "TIMELINE_BAR_COLOURS",
]


@dataclass(frozen=True)
class ChartColours:
    """The colours of a time-scaled chart's background, grid, header and date lines."""

    dark: bool
    background: QColor
    nonworking: QColor
    grid: QColor
    header_background: QColor
    header_text: QColor
    header_line: QColor
    today: QColor
    status_date: QColor


def _chart_colours(dark: bool) -> ChartColours:
    def pick(role: str) -> QColor:
        return QColor(ROLES[role][1 if dark else 0])

    return ChartColours(
        dark=dark,
        background=pick("background"),
        nonworking=pick("nonworking"),
        grid=pick("chart_grid"),
        header_background=pick("chart_header"),
        header_text=pick("chart_header_text"),
        header_line=pick("chart_header_line"),
        today=pick("today_line"),
        status_date=pick("status_date_line"),
    )


LIGHT = _chart_colours(dark=False)
DARK = _chart_colours(dark=True)


_WINDOW = QPalette.ColorRole.Window  # read once: a PySide6 enum member lookup costs ~1 µs
# The last palette asked about, by its cacheKey (which changes with any colour of it), and
# whether it is dark: painters ask for every role they paint, and the board's full repaint
# asked ~60 times (0.59 -> 0.72 ms a frame when dark mode came, mostly this).
_last_dark: tuple[int, bool] = (-1, False)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette (the application's by default) is a dark one: its window
    colour is darker than mid-grey, whichever way the system theme says so."""
    global _last_dark
    if palette is None:
        palette = QGuiApplication.palette()
    key = palette.cacheKey()
    if key != _last_dark[0]:
        _last_dark = (key, palette.color(_WINDOW).lightness() < 128)
    return _last_dark[1]


def screen_chart_colours(palette: QPalette | None = None) -> ChartColours:
    return DARK if is_dark(palette) else LIGHT


def dark_palette() -> QPalette:
    """A dark palette like a dark desktop theme's (for `pmdesk screenshot --palette dark`
    and tests: the offscreen platform has no system theme to ask)."""
    palette = QPalette()
    for name, colour_name in DARK_PALETTE.items():
        palette.setColor(getattr(QPalette.ColorRole, name), QColor(colour_name))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DARK_PALETTE_DISABLED_TEXT))
    return palette


def row_tint(light: QColor, palette: QPalette | None = None) -> QColor:
    """A row or cell background chosen for light text-on-white tables, fitted to the
    palette: as it is on a light one; on a dark one, the same hue faintly over the dark base,
    so the palette's light text stays readable on it."""
    if not is_dark(palette):
        return light
    base = (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Base)
    share = 0.16
    return QColor(
        round(base.red() * (1 - share) + light.red() * share),
        round(base.green() * (1 - share) + light.green() * share),
        round(base.blue() * (1 - share) + light.blue() * share),
    )


_paper_depth = 0


@contextmanager
def paper() -> Iterator[None]:
    """Within it, ``colour`` answers the light values whatever the screen shows: printing,
    PDF, SVG and PNG exports and reports are read on white paper or slides."""
    global _paper_depth
    _paper_depth += 1
    try:
        yield
    finally:
        _paper_depth -= 1


def on_paper() -> bool:
    return _paper_depth > 0


def dark_now(palette: QPalette | None = None) -> bool:
    """Whether painting now should use the dark values: a dark palette and not on paper."""
    return not on_paper() and is_dark(palette)


def colour(role: str, palette: QPalette | None = None) -> QColor:
    """The colour of ``role`` for the palette (the application's by default), light on paper.
    An unknown role is a programming error and raises KeyError."""
    light, dark = ROLES[role]
    # A new QColor from the name each time (callers may change it): PySide6 parses "#rrggbb"
    # faster than it copies a QColor.
    return QColor(dark if dark_now(palette) else light)


def hex_colour(role: str, palette: QPalette | None = None) -> str:
    """``colour(role)`` as #rrggbb, for style sheets and matplotlib."""
    return colour(role, palette).name()


def css_rgba(role: str, palette: QPalette | None = None) -> str:
    """``colour(role)`` as a style sheet rgba(), keeping its transparency."""
    c = colour(role, palette)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {c.alpha()})"


_brushes: dict[tuple[str, bool], QBrush] = {}


def brush(role: str) -> QBrush:
    """``colour(role)`` as a brush, kept: item models answer it for many cells per paint."""
    key = (role, dark_now())
    found = _brushes.get(key)
    if found is None:
        found = _brushes[key] = QBrush(colour(role))
    return found


def light_colour(role: str) -> QColor:
    """The light value of ``role`` whatever the palette (for row_tint, which fits it)."""
    return QColor(ROLES[role][0])


def role_colour(role: str, dark: bool) -> QColor:
    """The dark or light value of ``role``, chosen by the caller (a chart that keeps its
    own colour set, as the Gantt's renderer does)."""
    return QColor(ROLES[role][1 if dark else 0])


def role_attributes(module_name: str, role_of: Mapping[str, str]) -> None:
    """Give the module ``module_name`` one attribute per key of ``role_of`` that reads as that
    theme role's colour now (``style.TEXT``), so painters follow a palette change and print light.

    A module ``__getattr__`` would do the same, but Python calls it only after the normal lookup
    has failed and raised an AttributeError, which doubles each read (2.5 -> 5 µs); the roadmap
    board reads ~15 colours for every card it renders (its scroll frame was 8 % slower than
    before the palette came). Properties on the module's own class are found first.
    """
    module = sys.modules[module_name]

    def reader(role: str) -> property:
        return property(lambda _module: colour(role))

    attributes = {name: reader(role) for name, role in role_of.items()}
    module.__class__ = type(f"{module_name}.Roles", (types.ModuleType,), attributes)
