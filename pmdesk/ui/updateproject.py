"""Project > Update Project... (as MS Project's): update work as complete through a date (0 % -
100 % or 0 % / 100 % only), or reschedule uncompleted work to start after a date; for the
entire plan or the tasks selected in the Gantt. The rules are operations/updateproject.py's;
OK applies one undo step; a refused date is one sentence in the dialog, plan unchanged."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.errors import PmdeskError
from pmdesk.core.planinfo import compiled_default
from pmdesk.operations.updateproject import (
    reschedule_changes,
    reschedule_uncompleted,
    update_work_complete,
    work_complete_changes,
)
from pmdesk.theme.tones import set_tone
from pmdesk.ui.dateedit import FormDateEdit

if TYPE_CHECKING:
    from pmdesk.core.plandata import PlanData
    from pmdesk.document import Document


def _end_of_day(data: PlanData, day: date) -> datetime:
    """The date's last working minute on the plan's calendar (MS Project's "through" date)."""
    end = compiled_default(data).end_of_day(day)
    return end if end is not None else datetime.combine(day, time()) + timedelta(hours=17)


class UpdateProjectDialog(QDialog):
    def __init__(
        self, document: Document, selected: list[int] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("update_project_dialog")
        self.setWindowTitle(self.tr("Update Project"))
        self.document = document
        self.selected = list(selected or [])
        plan = document.data.plan
        default = (plan.status_date or datetime.now()).date()
        grid = QGridLayout()
        self.update_work = QRadioButton(self.tr("&Update work as complete through:"))
        self.reschedule = QRadioButton(self.tr("&Reschedule uncompleted work to start after:"))
        self.update_work.setChecked(True)
        self.date = FormDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd yyyy-MM-dd")
        self.date.setDate(QDate(default.year, default.month, default.day))
        self.percent = QRadioButton(self.tr("Set 0% - 100% &complete"))
        self.all_or_nothing = QRadioButton(self.tr("Set 0% or 100% complete &only"))
        self.percent.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.percent)
        modes.addButton(self.all_or_nothing)
        kinds = QButtonGroup(self)
        kinds.addButton(self.update_work)
        kinds.addButton(self.reschedule)
        grid.addWidget(self.update_work, 0, 0)
        grid.addWidget(self.date, 0, 1, 2, 1)
        grid.addWidget(self.percent, 1, 0)
        grid.addWidget(self.all_or_nothing, 2, 0)
        grid.addWidget(self.reschedule, 3, 0)
        self.entire = QRadioButton(self.tr("&Entire project"))
        self.selection = QRadioButton(self.tr("&Selected tasks"))
        scopes = QButtonGroup(self)
        scopes.addButton(self.entire)
        scopes.addButton(self.selection)
        self.selection.setEnabled(bool(self.selected))
        (self.selection if self.selected else self.entire).setChecked(True)
        grid.addWidget(QLabel(self.tr("For:")), 4, 0)
        grid.addWidget(self.entire, 5, 0)
        grid.addWidget(self.selection, 5, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        set_tone(self.problem, "color: $error_text")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for button in (
            self.update_work,
            self.reschedule,
            self.percent,
            self.all_or_nothing,
            self.entire,
            self.selection,
        ):
            button.toggled.connect(self._check)
        self.date.dateChanged.connect(self._check)
        self._check()

    def _moment(self) -> datetime:
        day = self.date.date()
        return _end_of_day(self.document.data, date(day.year(), day.month(), day.day()))

    def _scope(self) -> list[int] | None:
        return self.selected if self.selection.isChecked() else None

    def _check(self, *_args: object) -> None:
        self.percent.setEnabled(self.update_work.isChecked())
        self.all_or_nothing.setEnabled(self.update_work.isChecked())
        problem = ""
        try:
            if self.update_work.isChecked():
                work_complete_changes(
                    self.document, self._moment(), self._scope(), self.all_or_nothing.isChecked()
                )
            else:
                reschedule_changes(self.document, self._moment(), self._scope())
        except PmdeskError as exc:
            problem = str(exc)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        try:
            if self.update_work.isChecked():
                update_work_complete(
                    self.document, self._moment(), self._scope(), self.all_or_nothing.isChecked()
                )
            else:
                reschedule_uncompleted(self.document, self._moment(), self._scope())
        except PmdeskError as exc:
            self.problem.setText(str(exc))
            self.problem.setVisible(True)
            return
        super().accept()
