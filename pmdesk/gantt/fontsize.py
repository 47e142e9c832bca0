"""Font size arithmetic that keeps a font's unit: a pixel-sized font stays pixel-sized.

Printing paints in page units (1/96 inch) with pixel-sized fonts so the painter's scale takes
text to the device; a point-sized font would be resolved at the device's resolution *and*
scaled, drawing text ~12 times too large at 1200 dpi. Painters that derive a smaller or larger
font from a base (bar labels, date tags, card titles) go through here so both kinds work.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

PIXELS_PER_POINT = 96 / 72  # page units are 1/96 inch


def resized(base: QFont, point_delta: float, minimum_points: float = 6.0) -> QFont:
    """``base`` made ``point_delta`` points larger, in the unit ``base`` is sized in."""
    result = QFont(base)
    if base.pixelSize() > 0:
        pixels = base.pixelSize() + point_delta * PIXELS_PER_POINT
        result.setPixelSize(max(round(minimum_points * PIXELS_PER_POINT), round(pixels)))
    else:
        size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
        result.setPointSizeF(max(minimum_points, size + point_delta))
    return result
