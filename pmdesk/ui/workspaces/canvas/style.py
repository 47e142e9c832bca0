"""Colours and fonts of the strategy canvas, its ERRC grid and the business model canvas (screen
and paper alike); in the roadmap board's palette so the Product tabs look like one program."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetricsF

from pmdesk.ui.painting import font, valid_color

BACKGROUND = QColor("#ffffff")
PANEL = QColor("#f4f6f9")
BLOCK = QColor("#f7f9fb")
GRID_LINE = QColor("#e3e8ee")
AXIS = QColor("#9aa5b1")
BAND = QColor("#f4f6f9")
TEXT = QColor("#1f2933")
MUTED_TEXT = QColor("#616e7c")
SELECTION = QColor("#2f6fde")
SELECTION_FILL = QColor(47, 111, 222, 26)
DROP_FILL = QColor(47, 111, 222, 40)
CARD_BORDER = QColor("#cfd6de")
SHADOW = QColor(20, 30, 50, 30)
WARNING = QColor("#e07b00")

ERRC_COLORS = {
    "eliminate": QColor("#d64541"),
    "reduce": QColor("#e8a33d"),
    "raise": QColor("#3f9c5a"),
    "create": QColor("#2f6fde"),
    None: QColor("#9aa5b1"),
}


def errc_color(action: str | None) -> QColor:
    return ERRC_COLORS.get(action, ERRC_COLORS[None])


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
