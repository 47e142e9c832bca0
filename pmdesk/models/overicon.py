"""The over-allocation indicator MS Project draws beside a resource's name: a red disc with a
"!" (and a blank of the same size, so that flagged and unflagged names stay aligned)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from pmdesk.theme import colour, dark_now


class OverallocationIcons:
    """The two icons, drawn once (the red one again when the theme turns light or dark)."""

    def __init__(self) -> None:
        self._over: tuple[bool, QIcon] | None = None
        self._blank: QIcon | None = None

    def over(self) -> QIcon:
        if self._over is None or self._over[0] != dark_now():
            self._over = (dark_now(), _disc_icon(colour("negative"), "!"))
        return self._over[1]

    def blank(self) -> QIcon:
        if self._blank is None:
            self._blank = _disc_icon(None, "")
        return self._blank


def _disc_icon(color: QColor | None, mark: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if color is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(1, 1, size - 2, size - 2)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(size - 4)
        painter.setFont(font)
        painter.setPen(colour("on_accent"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, mark)
        painter.end()
    return QIcon(pixmap)
