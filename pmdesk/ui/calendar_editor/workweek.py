"""The work week of one calendar: per weekday, the base calendar's day, non-working, or up to
five working times typed as "08:00-12:00, 13:00-17:00"."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from pmdesk.core.entities import Calendar
from pmdesk.ui.calendar_editor.draft import format_hours, parse_hours

INHERIT, NONWORKING, WORKING = 0, 1, 2


class WorkWeekEditor(QWidget):
    """Seven rows: weekday, a mode (base / non-working / working times) and the times."""

    edited = Signal()  # the calendar's week was changed by the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar: Calendar | None = None
        self.problem: str | None = None  # a sentence while a row's text is not times
        self._loading = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.modes: list[QComboBox] = []
        self.hours: list[QLineEdit] = []
        self.labels: list[QLabel] = []
        locale = QLocale()
        for weekday in range(7):
            # QLocale numbers days 1 = Monday .. 7 = Sunday.
            label = QLabel(locale.dayName(weekday + 1, QLocale.FormatType.LongFormat), self)
            mode = QComboBox(self)
            mode.addItems([self.tr("As the base calendar"), self.tr("Non-working"),
                           self.tr("Working times:")])  # fmt: skip
            mode.setObjectName(f"mode_{weekday}")
            hours = QLineEdit(self)
            hours.setObjectName(f"hours_{weekday}")
            hours.setPlaceholderText(self.tr("08:00-12:00, 13:00-17:00"))
            hours.setAccessibleName(self.tr("Working times of %1").replace("%1", label.text()))
            label.setBuddy(mode)
            grid.addWidget(label, weekday, 0)
            grid.addWidget(mode, weekday, 1)
            grid.addWidget(hours, weekday, 2)
            mode.currentIndexChanged.connect(lambda _i, d=weekday: self._mode_changed(d))
            hours.textEdited.connect(lambda _t, d=weekday: self._hours_edited(d))
            self.modes.append(mode)
            self.labels.append(label)
            self.hours.append(hours)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(7, 1)  # the rows keep their height; the space goes below

    def set_calendar(self, calendar: Calendar | None) -> None:
        self._loading = True
        self.calendar = calendar
        self.problem = None
        derived = calendar is not None and calendar.base_id is not None
        for weekday in range(7):
            mode, hours = self.modes[weekday], self.hours[weekday]
            # "As the base calendar" only means something for a derived calendar.
            model = mode.model()  # a combo box's own model: a QStandardItemModel
            item = model.item(INHERIT) if isinstance(model, QStandardItemModel) else None
            if item is not None:
                item.setEnabled(derived)
            week = calendar.week if calendar is not None else {}
            if weekday not in week:
                mode.setCurrentIndex(INHERIT if derived else NONWORKING)
                hours.setText("")
            elif week[weekday]:
                mode.setCurrentIndex(WORKING)
                hours.setText(format_hours(week[weekday]))
            else:
                mode.setCurrentIndex(NONWORKING)
                hours.setText("")
            hours.setEnabled(mode.currentIndex() == WORKING)
            mode.setEnabled(calendar is not None)
        self._loading = False

    def _mode_changed(self, weekday: int) -> None:
        hours = self.hours[weekday]
        working = self.modes[weekday].currentIndex() == WORKING
        hours.setEnabled(working)
        if self._loading or self.calendar is None:
            return
        if working and not hours.text().strip():
            hours.setText("08:00-12:00, 13:00-17:00")
        self._store(weekday)

    def _hours_edited(self, weekday: int) -> None:
        if not self._loading and self.calendar is not None:
            self._store(weekday)

    def _store(self, weekday: int) -> None:
        """Write the row into the calendar (the draft), or keep a sentence while it is text
        that is not working times."""
        if self.calendar is None:
            return
        week = self.calendar.week
        mode = self.modes[weekday].currentIndex()
        self.problem = None
        if mode == INHERIT:
            week.pop(weekday, None)
        elif mode == NONWORKING:
            week[weekday] = []
        else:
            try:
                week[weekday] = parse_hours(self.hours[weekday].text())
            except ValueError as exc:
                self.problem = f"{self.labels[weekday].text()}: {exc}"
        for other in range(7):  # another row may still hold text that is not times
            if self.problem is None and self.modes[other].currentIndex() == WORKING:
                try:
                    parse_hours(self.hours[other].text())
                except ValueError as exc:
                    self.problem = f"{self.labels[other].text()}: {exc}"
        self.edited.emit()
