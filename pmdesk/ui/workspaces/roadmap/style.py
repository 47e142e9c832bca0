"""Colours, sizes and fonts shared by the board, the timeline and their exports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from pmdesk.theme import colour, role_attributes

# Re-exported: the painters use style.font and style.valid_color.
from pmdesk.ui.painting import font as font
from pmdesk.ui.painting import valid_color as valid_color

# The painters read style.TEXT, style.GRID_LINE...: each is a theme role, looked up when it is
# read (role_attributes), so a palette change shows at the next paint and paper stays light.
_ROLE_OF = {
    "BACKGROUND": "panel",
    "HEADER_BACKGROUND": "header_background",
    "GRID_LINE": "grid",
    "CELL_BACKGROUND": "cell",
    "PARKED_BACKGROUND": "parked",
    "CARD_BACKGROUND": "card",
    "CARD_BORDER": "card_border",
    "CARD_SHADOW": "shadow",
    "TEXT": "text",
    "MUTED_TEXT": "muted_text",
    "SELECTION": "selection",
    "DROP_INDICATOR": "selection",
    "SLIP": "slip",
    "WARNING": "warning",
    "TAG_BACKGROUND": "tag_background",
    "TAG_TEXT": "tag_text",
    "PROGRESS_TRACK": "progress_track",
    "PROGRESS_FILL": "progress_fill",
    "BADGE_BACKGROUND": "badge",
    "BADGE_UNSCORED": "badge_unscored",
    "TODAY": "today",
    "UNKNOWN_STATUS": "status_idea",
    "FORECAST": "forecast",
    "STRIPE": "stripe",
    "UNDATED_BAND": "undated_band",
    "UNDATED_TEXT": "undated_text",
    "FAINT_TEXT": "faint_text",
    "SELECTED_ROW": "selected_row",
    "ON_ACCENT": "on_accent",
    "TEXT_ON_LIGHT": "text_on_light",
    "CANVAS": "background",
    "HOVER_FILL": "hover_fill",
    "DRAG_SHADE": "drag_shade",
}
STATUSES = ("idea", "planned", "in_progress", "at_risk", "done")


if TYPE_CHECKING:
    # What the attributes role_attributes() adds are, for mypy.
    def __getattr__(name: str) -> QColor: ...


role_attributes(__name__, _ROLE_OF)


def status_color(status: str) -> QColor:
    return colour(f"status_{status}" if status in STATUSES else "status_idea")


def lane_color(color: str | None) -> QColor:
    return valid_color(color)
