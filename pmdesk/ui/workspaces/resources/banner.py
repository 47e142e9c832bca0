"""The Resources tab's message line: an error, or what leveling did, shown in one sentence
above the sheet for a few seconds (red for errors, amber for warnings, green when done)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from pmdesk.theme.tones import set_tone

ERROR = "QLabel { background: $error_banner; color: $error_banner_text; padding: 5px 8px; }"
WARNING = "QLabel { background: $info_banner; color: $info_banner_text; padding: 5px 8px; }"
DONE = "QLabel { background: $done_banner; color: $done_banner_text; padding: 5px 8px; }"
SHOWN_MS = 12000


class MessageBanner(QLabel):
    """Hidden until a message comes; hides itself again after ``SHOWN_MS``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourcesMessage")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MS)
        self._timer.timeout.connect(self.hide)

    def show_error(self, text: str) -> None:
        self.show_message(text, ERROR)

    def show_message(self, text: str, tone: str, tooltip: str = "") -> None:
        """``text`` in ``tone`` (ERROR, WARNING or DONE); ``tooltip``: the details."""
        set_tone(self, tone)
        self.setText(text)
        self.setToolTip(tooltip)
        self.show()
        self._timer.start()
