"""A QDateEdit for forms: Tab leaves it, as it leaves every other field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget


class FormDateEdit(QDateEdit):
    """QDateEdit spends Tab on walking its year, month and day sections; here Tab and
    Shift+Tab move to the next or previous field (the arrow keys still walk the sections)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Only Tab itself: QDateTimeEdit also moves between sections through
        # focusNextPrevChild() while a date is typed ("2027-03-04"), which must keep working,
        # so that method is not overridden.
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
            event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
            return
        super().keyPressEvent(event)
