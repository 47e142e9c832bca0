"""DateField: a date typed as text (ISO 2026-03-02 or the person's locale short format, e.g.
3/2/26) with a calendar pop-up that opens at the field's date, or at a fallback (the task's
start) when the field is empty. Used by the task table's date cells and the task dialog."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from pmdesk.models.dateinput import read_date_text, write_date
from pmdesk.operations.taskinput import TaskInputError


class DateField(QLineEdit):
    """A line edit for one date with a calendar button (and Alt+Down) for picking it."""

    datePicked = Signal()

    def __init__(
        self,
        value: datetime | None = None,
        fallback: datetime | date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(write_date(value), parent)
        self.fallback = fallback
        self.setPlaceholderText(self.tr("None"))
        self.setClearButtonEnabled(False)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.pick_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.pick_action.setToolTip(self.tr("Pick a date"))
        self.pick_action.triggered.connect(self.show_calendar)
        self.calendar: QCalendarWidget | None = None

    def value(self) -> datetime | None:
        """The date typed or picked (None when empty); raises TaskInputError."""
        return read_date_text(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        """Open the calendar at the field's date, else at the fallback, else today."""
        try:
            shown = self.value()
        except TaskInputError:
            shown = None
        start = shown or self.fallback or date.today()
        start = start.date() if isinstance(start, datetime) else start
        # A child of the field (a pop-up window): a table closes the cell's editor when the
        # focus leaves it for anything that is not the editor or one of its children.
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("datePicker")
        calendar.setMinimumDate(QDate(1984, 1, 1))
        calendar.setMaximumDate(QDate(2149, 12, 31))
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar

    def _picked(self, day: QDate) -> None:
        # Only the day: where in it the date lands (first or last working minute on the
        # task's calendar) is the edit rule's business.
        self.setText(f"{day.year():04d}-{day.month():02d}-{day.day():02d}")
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        self.setFocus()
        self.datePicked.emit()
