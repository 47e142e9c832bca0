"""Colours, sizes and fonts shared by the board, the timeline and their exports."""

from __future__ import annotations

from PySide6.QtGui import QColor

from pmdesk.ui.painting import font, valid_color  # noqa: F401  (painters use style.font)

STATUS_COLORS = {
    "idea": QColor("#9aa5b1"),
    "planned": QColor("#4e79a7"),
    "in_progress": QColor("#e8a33d"),
    "at_risk": QColor("#d9534f"),
    "done": QColor("#59a14f"),
}
UNKNOWN_STATUS = QColor("#9aa5b1")

BACKGROUND = QColor("#f4f6f9")
HEADER_BACKGROUND = QColor("#ffffff")
GRID_LINE = QColor("#dde2e8")
CELL_BACKGROUND = QColor("#eef1f5")
PARKED_BACKGROUND = QColor("#e9e9ec")
CARD_BACKGROUND = QColor("#ffffff")
CARD_BORDER = QColor("#cfd6de")
CARD_SHADOW = QColor(20, 30, 50, 28)
TEXT = QColor("#1f2933")
MUTED_TEXT = QColor("#616e7c")
SELECTION = QColor("#2f6fde")
DROP_INDICATOR = QColor("#2f6fde")
SLIP = QColor("#d64541")
WARNING = QColor("#e07b00")
TAG_BACKGROUND = QColor("#e7ecf3")
TAG_TEXT = QColor("#3e4c59")
PROGRESS_TRACK = QColor("#e3e8ee")
PROGRESS_FILL = QColor("#3f9c5a")
BADGE_BACKGROUND = QColor("#233043")
BADGE_UNSCORED = QColor("#c5ccd6")
TODAY = QColor("#d64541")


def status_color(status: str) -> QColor:
    return STATUS_COLORS.get(status, UNKNOWN_STATUS)


def lane_color(color: str | None) -> QColor:
    return valid_color(color)
