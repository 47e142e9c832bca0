"""Colours, sizes and fonts shared by the board, the timeline and their exports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from pmdesk.theme import colour, dark_now, role_attributes, role_colour

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


class Colours:
    """This module's colours for one theme, dark or light, made once and shared: a painter
    reads ``style.now()`` once per card or paint instead of each colour through the palette
    (~1 us a read and ~17 reads a card: the board's scroll frame, which draws the cards coming
    into view, was slower than before the palette came). Nothing goes stale: a role's two
    values are constants and ``now()`` asks the palette which one applies at each call.
    Shared: hand them to the painter, never change one."""

    def __init__(self, dark: bool) -> None:
        for name, role in _ROLE_OF.items():
            setattr(self, name, role_colour(role, dark))
        self._status = {status: role_colour(f"status_{status}", dark) for status in STATUSES}
        self._unknown_status = role_colour("status_idea", dark)

    def status(self, status: str) -> QColor:
        """``status_color(status)``."""
        return self._status.get(status, self._unknown_status)

    if TYPE_CHECKING:
        # The attributes set from _ROLE_OF, for mypy.
        def __getattr__(self, name: str) -> QColor: ...


_COLOURS: dict[bool, Colours] = {}


def now() -> Colours:
    """The colours to paint with now: dark ones under a dark palette, light ones on paper."""
    dark = dark_now()
    found = _COLOURS.get(dark)
    if found is None:
        found = _COLOURS[dark] = Colours(dark)
    return found


def status_color(status: str) -> QColor:
    return colour(f"status_{status}" if status in STATUSES else "status_idea")


def lane_color(color: str | None) -> QColor:
    return valid_color(color)
