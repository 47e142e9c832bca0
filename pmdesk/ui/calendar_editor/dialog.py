"""Project > Change Working Time...: the calendar editor (as MS Project's).

A list of calendars (new from a template or as a copy, renamed in place, deleted when
nothing uses them), each one's base calendar, work week and exceptions, a month preview and
"Add holidays...". Everything happens on a CalendarDraft; OK applies it to the Document as
one undo step and stays disabled, with the sentence shown, while anything is invalid.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.entities import Calendar, CalendarException
from pmdesk.core.errors import PmdeskError
from pmdesk.ui.calendar_editor.draft import CalendarDraft
from pmdesk.ui.calendar_editor.exception_dialog import ExceptionDialog, to_date, to_qdate
from pmdesk.ui.calendar_editor.exception_table import ExceptionTableModel
from pmdesk.ui.calendar_editor.holiday_dialog import HolidayDialog
from pmdesk.ui.calendar_editor.new_calendar import NewCalendarDialog
from pmdesk.ui.calendar_editor.preview import MonthPreview
from pmdesk.ui.calendar_editor.workweek import WorkWeekEditor
from pmdesk.ui.dialogparts import ok_cancel, problem_label

if TYPE_CHECKING:
    from pmdesk.document import Document


class CalendarEditor(QDialog):
    def __init__(
        self,
        document: Document,
        calendar_id: int | None = None,
        resource_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_editor")
        self.document = document
        self.draft = CalendarDraft(document.data)
        self.problem: str | None = None
        self.sub_dialog: QDialog | None = None  # the exception / holiday / new dialog open
        title = self.tr("Change Working Time")
        if resource_id is not None:
            calendar_id = self.draft.resource_calendar(resource_id)
            name = document.data.resources[resource_id].name
            title = self.tr("Change Working Time for %1").replace("%1", name)
        self.setWindowTitle(title)
        if calendar_id is None:
            calendar_id = document.data.plan.default_calendar_id
        layout = QVBoxLayout(self)
        top = QFormLayout()
        pick = QHBoxLayout()
        self.calendars = QComboBox(self)
        self.calendars.setObjectName("calendars")
        self.new_button = QPushButton(self.tr("&New..."), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        pick.addWidget(self.calendars, 1)
        pick.addWidget(self.new_button)
        pick.addWidget(self.delete_button)
        label = QLabel(self.tr("&Calendar:"), self)
        label.setBuddy(self.calendars)
        top.addRow(label, pick)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        top.addRow(self.tr("Na&me:"), self.name)
        self.base = QComboBox(self)
        self.base.setObjectName("base")
        top.addRow(self.tr("&Based on:"), self.base)
        layout.addLayout(top)

        middle = QHBoxLayout()
        self.tabs = QTabWidget(self)
        exceptions = QWidget(self.tabs)
        ex_layout = QVBoxLayout(exceptions)
        self.table_model = ExceptionTableModel(self.draft, self)
        self.table = QTableView(exceptions)
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in (0, 4):  # the name and the repetition take what the dates leave
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.edit_exception())
        self.table.installEventFilter(self)  # Delete removes, Insert adds (as in the sheets)
        ex_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add..."), exceptions)
        self.edit_button = QPushButton(self.tr("&Edit..."), exceptions)
        self.remove_button = QPushButton(self.tr("&Remove"), exceptions)
        self.holidays_button = QPushButton(self.tr("Add &holidays..."), exceptions)
        for button in (self.add_button, self.edit_button, self.remove_button,
                       self.holidays_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        ex_layout.addLayout(buttons)
        self.tabs.addTab(exceptions, self.tr("E&xceptions"))
        self.week = WorkWeekEditor(self.tabs)
        self.tabs.addTab(self.week, self.tr("&Work Week"))
        middle.addWidget(self.tabs, 3)
        self.preview = MonthPreview(self.draft, self)
        middle.addWidget(self.preview, 2)
        layout.addLayout(middle, 1)

        self.message = problem_label(self)
        layout.addWidget(self.message)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)

        for button in (self.new_button, self.delete_button, self.add_button, self.edit_button,
                       self.remove_button, self.holidays_button):  # fmt: skip
            button.setAutoDefault(False)  # Enter is OK wherever the focus is; Space presses
        self.calendars.currentIndexChanged.connect(self._calendar_chosen)
        self.new_button.clicked.connect(self.new_calendar)
        self.delete_button.clicked.connect(self.delete_calendar)
        self.name.textEdited.connect(self._renamed)
        self.base.activated.connect(self._base_chosen)
        self.add_button.clicked.connect(self.add_exception)
        self.edit_button.clicked.connect(self.edit_exception)
        self.remove_button.clicked.connect(self.remove_exception)
        self.holidays_button.clicked.connect(self.add_holidays)
        self.week.edited.connect(self._changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_exception_day)
        self.setTabOrder(self.calendars, self.new_button)
        self.setTabOrder(self.new_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.name)
        self.setTabOrder(self.name, self.base)
        self.setTabOrder(self.base, self.tabs)
        # The month the plan starts in, where its working time matters first.
        self.preview.month.setSelectedDate(to_qdate(document.data.plan.start.date()))
        self._fill_calendars(calendar_id)
        self.resize(980, 620)

    # -- the calendar list ---------------------------------------------------------------
    @property
    def calendar_id(self) -> int | None:
        cid = self.calendars.currentData()
        return int(cid) if cid is not None else None

    def _fill_calendars(self, select: int | None) -> None:
        self.calendars.blockSignals(True)
        self.calendars.clear()
        default = self.document.data.plan.default_calendar_id
        for cal in sorted(self.draft.calendars.values(), key=lambda c: c.name.casefold()):
            text = cal.name + (self.tr(" (plan default)") if cal.id == default else "")
            self.calendars.addItem(text, cal.id)
        index = self.calendars.findData(select)
        self.calendars.setCurrentIndex(index if index >= 0 else 0)
        self.calendars.blockSignals(False)
        self._calendar_chosen()

    def _calendar_chosen(self) -> None:
        cid = self.calendar_id
        calendar = self.draft.calendars.get(cid) if cid is not None else None
        self.name.setText(calendar.name if calendar else "")
        self.base.clear()
        self.base.addItem(self.tr("(none: a base calendar)"), None)
        for other in sorted(self.draft.calendars.values(), key=lambda c: c.name.casefold()):
            if other.id != cid:
                self.base.addItem(other.name, other.id)
        base_index = self.base.findData(calendar.base_id) if calendar else 0
        self.base.setCurrentIndex(max(base_index, 0))
        self.week.set_calendar(calendar)
        self.table_model.set_calendar(cid)
        self.preview.set_calendar(cid)
        self._validate()

    def _current_calendar(self) -> Calendar | None:
        cid = self.calendar_id
        return self.draft.calendars.get(cid) if cid is not None else None

    def _renamed(self, text: str) -> None:
        calendar = self._current_calendar()
        if calendar is None:
            return
        calendar.name = text.strip()
        index = self.calendars.currentIndex()
        self.calendars.setItemText(index, calendar.name)
        self._validate()

    def _base_chosen(self) -> None:
        calendar = self._current_calendar()
        if calendar is None:
            return
        calendar.base_id = self.base.currentData()
        self.week.set_calendar(calendar)  # "as the base calendar" is offered only now
        self._changed()

    def new_calendar(self) -> None:
        names = [(c.id, c.name) for c in sorted(self.draft.calendars.values(),
                                                key=lambda c: c.name.casefold())]  # fmt: skip
        dialog = NewCalendarDialog(self.draft.unique_name(self.tr("Calendar")), names,
                                   self.calendar_id, self)  # fmt: skip
        self._open(
            dialog,
            lambda: self._fill_calendars(
                self.draft.new_calendar(
                    dialog.calendar_name(), dialog.template(), dialog.copy_of()
                ).id
            ),
        )

    def delete_calendar(self) -> None:
        cid = self.calendar_id
        if cid is None:
            return
        problem = self.draft.delete_problem(cid)
        if problem:
            self.message.setText(problem)
            return
        self.draft.delete_calendar(cid)
        self._fill_calendars(self.document.data.plan.default_calendar_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_Delete:
                self.remove_exception()
                return True
            if event.key() == Qt.Key.Key_Insert:
                self.add_exception()
                return True
        return super().eventFilter(watched, event)

    # -- exceptions ----------------------------------------------------------------------
    def _selected_exception(self) -> CalendarException | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.draft.exceptions.get(rows[0].data(Qt.ItemDataRole.UserRole))

    def _open(self, dialog: QDialog, on_ok: Callable[[], object]) -> None:
        """Open a sub-dialog window-modally (not exec(): the event loop keeps running, so
        tests and the keyboard drive it the same way); ``on_ok`` runs when it is accepted."""
        self.sub_dialog = dialog

        def finished(result: int) -> None:
            self.sub_dialog = None
            if result == QDialog.DialogCode.Accepted:
                on_ok()
                self._changed()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def add_exception(self) -> None:
        cid = self.calendar_id
        if cid is None:
            return
        day = to_date(self.preview.month.selectedDate())
        dialog = ExceptionDialog(CalendarException(0, cid, day, day), self.name.text(), self)

        def added() -> None:
            exc = self.draft.add_exception(dialog.result_exception(), cid)
            self._select_exception(exc.id)

        self._open(dialog, added)

    def edit_exception(self) -> None:
        exc = self._selected_exception()
        if exc is None:
            return
        dialog = ExceptionDialog(exc, self.name.text(), self)

        def edited() -> None:
            self.draft.exceptions[exc.id] = dialog.result_exception()
            self._select_exception(exc.id)

        self._open(dialog, edited)

    def remove_exception(self) -> None:
        exc = self._selected_exception()
        if exc is not None:
            del self.draft.exceptions[exc.id]
            self._changed()

    def add_holidays(self) -> None:
        cid = self.calendar_id
        if cid is None:
            return
        # The years the plan spans, from its start to its scheduled finish.
        plan = self.document.data.plan
        schedule = self.document.schedule
        finish = getattr(schedule, "project_finish", None) or plan.start
        first = plan.start.year
        dialog = HolidayDialog(first, max(first, min(finish.year, first + 10)), parent=self)
        self._open(dialog, lambda: self.draft.add_holidays(cid, dialog.chosen()))

    def _show_exception_day(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The month preview follows the exception chosen in the table."""
        exc = self.draft.exceptions.get(current.data(Qt.ItemDataRole.UserRole))
        if exc is not None:
            self.preview.month.setSelectedDate(to_qdate(exc.start))

    def _select_exception(self, exception_id: int) -> None:
        self.table_model.refresh()
        row = self.table_model.row_of(exception_id)
        if row >= 0:
            self.table.selectRow(row)
            exc = self.draft.exceptions[exception_id]
            self.preview.month.setSelectedDate(to_qdate(exc.start))

    # -- checking and OK -----------------------------------------------------------------
    def _changed(self) -> None:
        self.table_model.refresh()
        self.preview.refresh()
        self._validate()

    def _validate(self) -> None:
        self.problem = self.week.problem or self.draft.problem()
        self.message.setText(self.problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.problem is None)
        has_calendar = self.calendar_id is not None
        for widget in (self.name, self.base, self.delete_button, self.add_button,
                       self.holidays_button):  # fmt: skip
            widget.setEnabled(has_calendar)

    def accept(self) -> None:
        self._validate()
        if self.problem is not None:
            return
        if self.draft.is_modified():
            try:
                self.draft.apply(self.document, self.tr("Change working time"))
            except PmdeskError as exc:  # the engine refused the result: nothing changed
                self.problem = str(exc)
                self.message.setText(self.problem)
                return
        super().accept()


def open_calendar_editor(
    parent: QWidget,
    document: Document,
    calendar_id: int | None = None,
    resource_id: int | None = None,
) -> CalendarEditor:
    """Show the editor window-modally over ``parent``; returns it (tests drive it)."""
    editor = CalendarEditor(document, calendar_id, resource_id, parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor
