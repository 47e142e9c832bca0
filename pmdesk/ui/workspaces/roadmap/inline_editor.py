"""A line edit laid over a card or lane header: Enter (or leaving it) commits, Escape cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from pmdesk.theme.tones import set_tone


class InlineEditor(QLineEdit):
    finished = Signal()

    def __init__(self, parent: QWidget, text: str, commit: Callable[[str], None]) -> None:
        super().__init__(text, parent)
        self._commit = commit
        self._done = False
        self.selectAll()
        set_tone(
            self,
            "QLineEdit { border: 2px solid $selection; border-radius: 4px; padding: 1px 4px;"
            " background: $editor_background; color: $text; }",
        )
        self.editingFinished.connect(self.accept)

    def accept(self) -> None:
        if self._done:
            return
        self._done = True
        text = self.text()
        self.hide()
        self.deleteLater()
        self.finished.emit()
        self._commit(text)

    def cancel(self) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        self.deleteLater()
        self.finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # QLineEdit ignores Return after emitting editingFinished, so the board under it
            # would get the key too and open the card's dialog.
            event.accept()
