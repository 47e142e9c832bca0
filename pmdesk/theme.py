"""Light and dark colours for the hand-painted views, following the system's palette.

Qt gives widgets the system palette (a dark desktop theme gives a dark Window colour); the
views that paint themselves (the Gantt chart, its header) take their colours from here, so a
dark desktop does not show a white chart beside a dark table. Paper stays light: printing
uses LIGHT whatever the screen shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette


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


LIGHT = ChartColours(
    dark=False,
    background=QColor("#ffffff"),
    nonworking=QColor(236, 238, 241),
    grid=QColor(222, 225, 229),
    header_background=QColor(246, 247, 249),
    header_text=QColor(40, 40, 40),
    header_line=QColor(200, 204, 209),
    today=QColor("#e67e22"),
    status_date=QColor("#2980b9"),
)

DARK = ChartColours(
    dark=True,
    background=QColor("#1f2226"),
    nonworking=QColor("#272b30"),
    grid=QColor("#363b42"),
    header_background=QColor("#2a2e33"),
    header_text=QColor("#dde1e6"),
    header_line=QColor("#4a5058"),
    today=QColor("#f39c4a"),
    status_date=QColor("#5dade2"),
)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette (the application's by default) is a dark one: its window
    colour is darker than mid-grey, whichever way the system theme says so."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def screen_chart_colours(palette: QPalette | None = None) -> ChartColours:
    return DARK if is_dark(palette) else LIGHT


def dark_palette() -> QPalette:
    """A dark palette like a dark desktop theme's (for `pmdesk screenshot --palette dark`
    and tests: the offscreen platform has no system theme to ask)."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, colour in (
        (role.Window, "#2b2e33"), (role.WindowText, "#e6e8eb"), (role.Base, "#1f2226"),
        (role.AlternateBase, "#262a2f"), (role.ToolTipBase, "#33373d"),
        (role.ToolTipText, "#e6e8eb"), (role.Text, "#e6e8eb"), (role.Button, "#33373d"),
        (role.ButtonText, "#e6e8eb"), (role.BrightText, "#ff6b6b"), (role.Highlight, "#2f6fb3"),
        (role.HighlightedText, "#ffffff"), (role.Link, "#6cb4ff"), (role.PlaceholderText, "#8b929a"),
        (role.Light, "#3d4248"), (role.Midlight, "#363a40"), (role.Mid, "#2a2d32"),
        (role.Dark, "#1a1c1f"), (role.Shadow, "#0d0e10"),
    ):
        palette.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#7b8189"))
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
