"""The exceptions of the calendar being edited, as a read-only table (name, dates, working
times, repetition); editing happens in ExceptionDialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from pmdesk.core.entities import CalendarException
from pmdesk.ui.calendar_editor.draft import CalendarDraft, format_hours


class ExceptionTableModel(QAbstractTableModel):
    def __init__(self, draft: CalendarDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.calendar_id: int | None = None
        self.rows: list[CalendarException] = []

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Start"), self.tr("Finish"), self.tr("Working time"),
                self.tr("Repeats")]  # fmt: skip

    def set_calendar(self, calendar_id: int | None) -> None:
        self.beginResetModel()
        self.calendar_id = calendar_id
        self.rows = self.draft.exceptions_of(calendar_id) if calendar_id is not None else []
        self.endResetModel()

    def refresh(self) -> None:
        self.set_calendar(self.calendar_id)

    def row_of(self, exception_id: int) -> int:
        return next((i for i, e in enumerate(self.rows) if e.id == exception_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 5
        ):
            return self.headers()[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        exc = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return exc.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return exc.name
        if column in (1, 2):
            day = exc.start if column == 1 else exc.finish
            return day.isoformat()  # unambiguous in every language
        if column == 3:
            return format_hours(exc.intervals) if exc.intervals else self.tr("Non-working")
        return recurrence_text(self, exc)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's tr() for this module's functions, under the empty context where pyside6-lupdate
    files tr() calls made outside a class."""
    return QCoreApplication.translate("", text, disambiguation, n)


def recurrence_text(owner: QObject, exc: CalendarException) -> str:
    """ "Every 2 weeks on Monday, Friday; 10 times" in the user's language."""
    if exc.recurrence is None:
        return tr("No")
    locale = QLocale()
    every = {
        "daily": tr("Every %n day(s)", "", exc.period),
        "weekly": tr("Every %n week(s)", "", exc.period),
        "monthly": tr("Every %n month(s)", "", exc.period),
        "yearly": tr("Every year"),
    }.get(exc.recurrence, exc.recurrence)
    day_name = locale.dayName
    long_ = QLocale.FormatType.LongFormat
    if exc.recurrence == "weekly":
        every += " " + tr("on %1").replace(
            "%1", ", ".join(day_name(d + 1, long_) for d in sorted(set(exc.weekdays)))
        )
    elif exc.recurrence in ("monthly", "yearly") and exc.nth:
        order = [tr("first"), tr("second"), tr("third"), tr("fourth"), tr("last")][exc.nth - 1]
        every += " " + tr("on the %1 %2").replace("%1", order).replace(
            "%2", day_name(exc.nth_weekday + 1, long_)
        )
    if exc.recurrence == "yearly":
        month = exc.month or exc.start.month
        if not exc.nth:
            every += " " + tr("on %1").replace(
                "%1", f"{exc.month_day or exc.start.day} {locale.monthName(month)}"
            )
        else:
            every += " " + tr("of %1").replace("%1", locale.monthName(month))
    elif exc.recurrence == "monthly" and not exc.nth:
        every += " " + tr("on day %1").replace("%1", str(exc.month_day or exc.start.day))
    if exc.occurrences is not None:
        return every + "; " + tr("%n time(s)", "", exc.occurrences)
    if exc.until is not None:
        return every + "; " + tr("until %1").replace("%1", exc.until.isoformat())
    return every
