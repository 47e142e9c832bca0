"""Colours and fonts of the strategy canvas, its ERRC grid and the business model canvas (screen
and paper alike); in the roadmap board's palette so the Product tabs look like one program."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QFontMetricsF

from pmdesk.theme import colour, role_attributes
from pmdesk.ui.painting import font, valid_color

# The painters read style.TEXT, style.GRID_LINE...: each is a theme role, looked up when it is
# read (role_attributes), so a palette change shows at the next paint and paper stays light.
_ROLE_OF = {
    "BACKGROUND": "background",
    "PANEL": "panel",
    "BLOCK": "block",
    "GRID_LINE": "grid_faint",
    "AXIS": "axis",
    "BAND": "band",
    "TEXT": "text",
    "MUTED_TEXT": "muted_text",
    "SELECTION": "selection",
    "SELECTION_FILL": "selection_fill",
    "DROP_FILL": "drop_fill",
    "CARD_BORDER": "card_border",
    "ON_ACCENT": "on_accent",
    "TEXT_ON_LIGHT": "text_on_light",
    "SHADOW": "shadow",
    "WARNING": "warning",
}
ERRC_ACTIONS = ("eliminate", "reduce", "raise", "create")


if TYPE_CHECKING:
    # What the attributes role_attributes() adds are, for mypy.
    def __getattr__(name: str) -> QColor: ...


role_attributes(__name__, _ROLE_OF)


def errc_color(action: str | None) -> QColor:
    return colour(f"errc_{action}" if action in ERRC_ACTIONS else "errc_none")


def tint(color: QColor, alpha: int) -> QColor:
    result = QColor(color)
    result.setAlpha(alpha)
    return result


def offering_color(text: str | None) -> QColor:
    return valid_color(text)


class Fonts:
    """The fonts of one painting, derived from the widget's (zoomed) font."""

    def __init__(self, base: QFont) -> None:
        self.title = font(base, 3.0, bold=True)
        self.heading = font(base, 1.0, bold=True)
        self.text = font(base, 0.0)
        self.bold = font(base, 0.0, bold=True)
        self.small = font(base, -1.5)
        self.small_bold = font(base, -1.5, bold=True)
        self.title_metrics = QFontMetricsF(self.title)
        self.heading_metrics = QFontMetricsF(self.heading)
        self.text_metrics = QFontMetricsF(self.text)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.small_metrics = QFontMetricsF(self.small)
        self.small_bold_metrics = QFontMetricsF(self.small_bold)
