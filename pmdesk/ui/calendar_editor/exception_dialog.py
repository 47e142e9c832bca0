"""One calendar exception: its name and days, non-working or its own working times, and how
it repeats (MS Project's exception Details): daily, weekly on some days, monthly on a day or
the Nth weekday, yearly on a date or the Nth weekday of a month, ending by a date or after a
number of occurrences. OK stays disabled while the exception is not valid, the sentence shown.
"""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.entities import CalendarException
from pmdesk.core.scheduling.calendar_checks import exception_problem
from pmdesk.ui.calendar_editor.draft import format_hours, parse_hours
from pmdesk.ui.dateedit import FormDateEdit
from pmdesk.ui.dialogparts import ok_cancel, problem_label

KINDS = (None, "daily", "weekly", "monthly", "yearly")


class DateField(FormDateEdit):
    """A form date field with a calendar popup, in ISO order."""

    def __init__(self, value: QDate, parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class ExceptionDialog(QDialog):
    def __init__(
        self, exc: CalendarException, calendar_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exception details"))
        self.exception = copy.deepcopy(exc)
        self.calendar_name = calendar_name
        self.problem: str | None = None
        locale = QLocale()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(exc.name, self)
        self.start = DateField(to_qdate(exc.start), self)
        self.finish = DateField(to_qdate(exc.finish), self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("&Finish:"), self.finish)
        hours_row = QHBoxLayout()
        self.nonworking = QRadioButton(self.tr("N&on-working"), self)
        self.working = QRadioButton(self.tr("&Working times:"), self)
        self.hours = QLineEdit(format_hours(exc.intervals) or "08:00-12:00, 13:00-17:00", self)
        self.hours.setAccessibleName(self.tr("Working times"))
        (self.working if exc.intervals else self.nonworking).setChecked(True)
        for widget in (self.nonworking, self.working, self.hours):
            hours_row.addWidget(widget)
        form.addRow(self.tr("Time:"), hours_row)
        layout.addLayout(form)

        repeat = QGroupBox(self.tr("Recurrence"), self)
        rform = QFormLayout(repeat)
        self.kind = QComboBox(repeat)
        self.kind.addItems([self.tr("Does not repeat"), self.tr("Daily"), self.tr("Weekly"),
                            self.tr("Monthly"), self.tr("Yearly")])  # fmt: skip
        self.kind.setCurrentIndex(KINDS.index(exc.recurrence) if exc.recurrence in KINDS else 0)
        rform.addRow(self.tr("&Repeats:"), self.kind)
        self.period = QSpinBox(repeat)
        self.period.setRange(1, 999)
        self.period.setValue(max(1, min(exc.period, 999)))
        rform.addRow(self.tr("&Every:"), self.period)
        days_row = QHBoxLayout()
        self.weekdays: list[QCheckBox] = []
        for weekday in range(7):
            box = QCheckBox(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat), repeat)
            box.setChecked(weekday in exc.weekdays)
            days_row.addWidget(box)
            self.weekdays.append(box)
        rform.addRow(self.tr("On:"), days_row)
        self.month = QComboBox(repeat)
        self.month.addItems([locale.monthName(m) for m in range(1, 13)])
        self.month.setCurrentIndex((exc.month or exc.start.month) - 1)
        rform.addRow(self.tr("In:"), self.month)
        on_row = QHBoxLayout()
        self.on_day = QRadioButton(self.tr("On &day"), repeat)
        self.month_day = QSpinBox(repeat)
        self.month_day.setRange(1, 31)
        self.month_day.setValue(exc.month_day or exc.start.day)
        self.on_nth = QRadioButton(self.tr("On the"), repeat)
        self.nth = QComboBox(repeat)
        self.nth.addItems([self.tr("first"), self.tr("second"), self.tr("third"),
                           self.tr("fourth"), self.tr("last")])  # fmt: skip
        self.nth.setCurrentIndex(max(exc.nth, 1) - 1)
        self.nth_weekday = QComboBox(repeat)
        self.nth_weekday.addItems([locale.dayName(d + 1) for d in range(7)])
        self.nth_weekday.setCurrentIndex(exc.nth_weekday)
        (self.on_nth if exc.nth else self.on_day).setChecked(True)
        for part in (self.on_day, self.month_day, self.on_nth, self.nth, self.nth_weekday):
            on_row.addWidget(part)
        self._group(self.on_day, self.on_nth)
        rform.addRow(self.tr("Day:"), on_row)
        end_row = QHBoxLayout()
        self.end_by = QRadioButton(self.tr("End &by"), repeat)
        self.until = DateField(to_qdate(exc.until or exc.start), repeat)
        self.end_after = QRadioButton(self.tr("End &after"), repeat)
        self.occurrences = QSpinBox(repeat)
        # Wider than the 999 MS Project allows, so that a bigger number gets the sentence.
        self.occurrences.setRange(1, 9_999_999)
        self.occurrences.setValue(exc.occurrences or 10)
        self.occurrences.setSuffix(self.tr(" occurrences"))
        self.end_by.setChecked(exc.occurrences is None and exc.until is not None)
        self.end_after.setChecked(exc.occurrences is not None)
        self._group(self.end_by, self.end_after)
        for end in (self.end_by, self.until, self.end_after, self.occurrences):
            end_row.addWidget(end)
        rform.addRow(self.tr("End:"), end_row)
        layout.addWidget(repeat)
        self.repeat_box = repeat

        self.message = problem_label(self)
        layout.addWidget(self.message)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        for signal in (self.name.textEdited, self.start.dateChanged, self.finish.dateChanged,
                       self.nonworking.toggled, self.hours.textEdited,
                       self.kind.currentIndexChanged, self.period.valueChanged,
                       self.month.currentIndexChanged, self.on_day.toggled,
                       self.month_day.valueChanged, self.nth.currentIndexChanged,
                       self.nth_weekday.currentIndexChanged, self.end_by.toggled,
                       self.until.dateChanged, self.end_after.toggled,
                       self.occurrences.valueChanged):  # fmt: skip
            signal.connect(self._update)
        for box in self.weekdays:
            box.toggled.connect(self._update)
        self._update()

    def _group(self, *buttons: QAbstractButton) -> None:
        group = QButtonGroup(self)
        for button in buttons:
            group.addButton(button)

    def _read(self) -> CalendarException:
        """The exception as the widgets say; ValueError for working times that are not."""
        exc = copy.deepcopy(self.exception)
        exc.name = self.name.text().strip()
        exc.start, exc.finish = to_date(self.start.date()), to_date(self.finish.date())
        exc.intervals = parse_hours(self.hours.text()) if self.working.isChecked() else []
        kind = KINDS[self.kind.currentIndex()]
        exc.recurrence = kind
        exc.period = self.period.value() if kind in ("daily", "weekly", "monthly") else 1
        exc.weekdays = [d for d, box in enumerate(self.weekdays) if box.isChecked()] \
            if kind == "weekly" else []  # fmt: skip
        by_nth = kind in ("monthly", "yearly") and self.on_nth.isChecked()
        exc.nth = self.nth.currentIndex() + 1 if by_nth else 0
        exc.nth_weekday = self.nth_weekday.currentIndex() if by_nth else 0
        exc.month_day = (
            self.month_day.value() if kind in ("monthly", "yearly") and not by_nth else 0
        )
        exc.month = self.month.currentIndex() + 1 if kind == "yearly" else 0
        exc.until = to_date(self.until.date()) if kind and self.end_by.isChecked() else None
        exc.occurrences = self.occurrences.value() if kind and self.end_after.isChecked() else None
        if kind:
            exc.finish = exc.start  # an occurrence of a rule is one day, as in MS Project
        return exc

    def _update(self) -> None:
        kind = KINDS[self.kind.currentIndex()]
        self.hours.setEnabled(self.working.isChecked())
        self.finish.setEnabled(kind is None)
        self.period.setEnabled(kind in ("daily", "weekly", "monthly"))
        self.period.setSuffix({"daily": self.tr(" day(s)"), "weekly": self.tr(" week(s)"),
                               "monthly": self.tr(" month(s)")}.get(kind or "", ""))  # fmt: skip
        for box in self.weekdays:
            box.setEnabled(kind == "weekly")
        self.month.setEnabled(kind == "yearly")
        for widget in (self.on_day, self.on_nth):
            widget.setEnabled(kind in ("monthly", "yearly"))
        self.month_day.setEnabled(kind in ("monthly", "yearly") and self.on_day.isChecked())
        self.nth.setEnabled(kind in ("monthly", "yearly") and self.on_nth.isChecked())
        self.nth_weekday.setEnabled(self.nth.isEnabled())
        for widget in (self.end_by, self.end_after):
            widget.setEnabled(kind is not None)
        self.until.setEnabled(kind is not None and self.end_by.isChecked())
        self.occurrences.setEnabled(kind is not None and self.end_after.isChecked())
        try:
            exc = self._read()
        except ValueError as error:
            self.problem = str(error)
        else:
            self.problem = exception_problem(exc, self.calendar_name)
            if self.problem is None:
                self.exception = exc
        self.message.setText(self.problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.problem is None)

    def result_exception(self) -> CalendarException:
        return self.exception
