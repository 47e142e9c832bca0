"""Small pieces shared by the hand-painted views (roadmap board and timeline, canvas)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

DEFAULT_COLOR = "#4e79a7"


def valid_color(text: str | None, default: str = DEFAULT_COLOR) -> QColor:
    """The colour named by ``text`` (a plan's lane or offering colour), or ``default`` when
    it is empty or not a colour Qt knows."""
    color = QColor(text or default)
    return color if color.isValid() else QColor(default)


def font(base: QFont, point_delta: float = 0.0, bold: bool = False) -> QFont:
    """``base`` made ``point_delta`` points larger (never below 6 pt), bold if asked."""
    result = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    result.setPointSizeF(max(6.0, size + point_delta))
    result.setBold(bold)
    return result
