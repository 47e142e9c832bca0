"""Page units: 1/96 inch, the unit every page is laid out and painted in.

Screen painters think in 96-per-inch pixels; on paper the painter is scaled once from page
units to device pixels (``begin_page_units``). Text must then use pixel-sized fonts
(``page_font``): a point-sized font is resolved at the device's resolution and the painter's
scale would enlarge it again (the old "labels 12 times too large at 1200 dpi" bug). Pens keep
their widths in page units (not cosmetic) so lines keep their weight on every device.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo, QPainter

UNITS_PER_INCH = 96.0
UNITS_PER_MM = UNITS_PER_INCH / 25.4
UNITS_PER_POINT = UNITS_PER_INCH / 72.0


def page_font(
    base: QFont | None = None, point_size: float | None = None, bold: bool = False
) -> QFont:
    """``base`` (default: the application's font) sized in page units.

    With ``point_size`` the font gets that many points (1/72 inch on paper); otherwise it
    keeps the pixel size it has on screen, so layouts measured with the screen font fit.
    Hinting is off: glyph advances then do not depend on the device's resolution.
    """
    font = QFont(base) if base is not None else QFont()
    if point_size is not None:
        pixels = round(point_size * UNITS_PER_POINT)
    elif font.pixelSize() > 0:
        pixels = font.pixelSize()
    else:
        pixels = QFontInfo(font).pixelSize()
    font.setPixelSize(max(4, pixels))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # No ligatures: "ff" as one glyph reads back from a PDF as "ﬀ", and a search for
    # "Kickoff" in the printed plan must find it.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    if bold:
        font.setBold(True)
    return font


def device_scale(dpi: float) -> float:
    """Device pixels per page unit at ``dpi``."""
    return max(float(dpi), 1.0) / UNITS_PER_INCH


def begin_page_units(painter: QPainter, dpi: float) -> None:
    """Scale ``painter`` so that one unit is 1/96 inch on a ``dpi`` device."""
    scale = device_scale(dpi)
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
