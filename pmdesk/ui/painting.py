"""Small pieces shared by the hand-painted views (roadmap board and timeline, canvas)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from pmdesk.gantt.fontsize import resized
from pmdesk.theme import DEFAULT_DATA_COLOUR

DEFAULT_COLOR = DEFAULT_DATA_COLOUR


def valid_color(text: str | None, default: str = DEFAULT_COLOR) -> QColor:
    """The colour named by ``text`` (a plan's lane or offering colour), or ``default`` when
    it is empty or not a colour Qt knows."""
    color = QColor(text or default)
    return color if color.isValid() else QColor(default)


def font(base: QFont, point_delta: float = 0.0, bold: bool = False) -> QFont:
    """``base`` made ``point_delta`` points larger (never below 6 pt), bold if asked; a
    pixel-sized base (printing) gives a pixel-sized font."""
    result = resized(base, point_delta)
    result.setBold(bold)
    return result
