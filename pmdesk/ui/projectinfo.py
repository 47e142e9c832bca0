"""Project > Project Information... (as MS Project's): the plan's name, whether it is scheduled
from its start or its finish and that date, the status date, currency, default calendar, the
duration conversion factors, the fiscal year, notes, the calculation options and the earned
value options; statistics on a third tab.

OK applies every change as ONE undo step through the Document. Each bad value is named in one
sentence under the tabs and keeps OK disabled; Cancel leaves the plan as it was.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.earnedvalue import plan_ev_baseline, plan_ev_method
from pmdesk.core.entities import Plan, ScheduleFrom, TaskType
from pmdesk.core.errors import PmdeskError
from pmdesk.core.planinfo import (
    CALCULATION_DEFAULTS,
    PlanInfo,
    all_currencies,
    calculation_option,
    compiled_default,
    currency_name,
    first_working_start,
    fiscal_year_start,
    info_problem,
    last_working_finish,
    plan_values,
)
from pmdesk.core.taskdefaults import plan_effort_driven, plan_task_type
from pmdesk.ui.dateedit import FormDateEdit
from pmdesk.ui.dialogparts import ok_cancel, problem_label
from pmdesk.ui.projectstats import StatisticsTab

if TYPE_CHECKING:
    from pmdesk.document import Document

NA_DATE = QDate(1900, 1, 1)  # the status date edit's minimum, shown as "NA" (none: today)


def _date_edit(value: date | None, special: str = "") -> QDateEdit:
    edit = FormDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd yyyy-MM-dd")
    if special:
        edit.setMinimumDate(NA_DATE)
        edit.setSpecialValueText(special)
    edit.setDate(QDate(value.year, value.month, value.day) if value is not None else NA_DATE)
    return edit


def _day(edit: QDateEdit) -> date:
    shown = edit.date()
    return date(shown.year(), shown.month(), shown.day())


def _number(text: str) -> float:
    """A number as typed ("8", "7.5", "7,5"); NaN when it is not one (checked later)."""
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return math.nan


class ProjectInfoDialog(QDialog):
    def __init__(
        self, document: Document, parent: QWidget | None = None, new_plan: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("project_info_dialog")
        self.setMinimumWidth(740)  # the statistics table without a scroll bar
        self.document = document
        plan: Plan = document.data.plan
        self.plan = plan
        self.setWindowTitle(
            self.tr("Project Information: {name}").format(name=plan.name)
            if not new_plan
            else self.tr("New Plan: Project Information")
        )
        self._calendar = compiled_default(document.data)
        schedule = document.schedule
        self._computed_start = getattr(schedule, "project_start", None) or plan.start
        self._computed_finish = getattr(schedule, "project_finish", None) or plan.finish

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(plan), self.tr("&General"))
        self.tabs.addTab(self._options_tab(plan), self.tr("&Options"))
        self.statistics = StatisticsTab(document, self)
        self.tabs.addTab(self.statistics, self.tr("&Statistics"))

        self.error = problem_label(self, "project_info_error")
        self.buttons = ok_cancel(self)  # Enter = OK, Escape = Cancel
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._connect_checks()
        self._on_schedule_from()
        self.validate()
        self.name.setFocus()
        self.name.selectAll()

    # -- building ----------------------------------------------------------------------
    def _general_tab(self, plan: Plan) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name = QLineEdit(plan.name)
        self.name.setMaxLength(600)  # longer than allowed, so the check can say so
        self.schedule_from = QComboBox()
        self.schedule_from.addItem(self.tr("Project start date"), ScheduleFrom.START)
        self.schedule_from.addItem(self.tr("Project finish date"), ScheduleFrom.FINISH)
        self.schedule_from.setCurrentIndex(0 if plan.schedule_from == ScheduleFrom.START else 1)
        start = self._computed_start if plan.schedule_from == ScheduleFrom.FINISH else plan.start
        self.start = _date_edit(start.date())
        finish = plan.finish if plan.schedule_from == ScheduleFrom.FINISH else None
        self.finish = _date_edit((finish or self._computed_finish or plan.start).date())
        self.status_date = _date_edit(
            plan.status_date.date() if plan.status_date else None, self.tr("NA")
        )
        self.status_clear = QPushButton(self.tr("&NA"))
        self.status_clear.setToolTip(self.tr("No status date: progress is measured to today."))
        self.status_clear.setAutoDefault(False)
        self.status_clear.clicked.connect(lambda: self.status_date.setDate(NA_DATE))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_date, 1)
        status_row.addWidget(self.status_clear)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in all_currencies():
            self.currency.addItem(code, name)
        self.currency.setEditText(plan.currency)
        self.currency_name = QLabel()
        currency_row = QHBoxLayout()
        currency_row.addWidget(self.currency)
        currency_row.addWidget(self.currency_name, 1)
        self.calendar = QComboBox()
        for calendar in sorted(self.document.data.calendars.values(), key=lambda c: c.name):
            self.calendar.addItem(calendar.name, calendar.id)
        if self.calendar.count() == 0:
            self.calendar.addItem(self.tr("Standard (built in)"), None)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(plan.default_calendar_id)))
        self.hours_per_day = QLineEdit(f"{plan.minutes_per_day / 60:g}")
        self.hours_per_week = QLineEdit(f"{plan.minutes_per_week / 60:g}")
        self.days_per_month = QLineEdit(f"{plan.days_per_month:g}")
        self.fiscal_year = QComboBox()
        locale = QLocale()
        for month in range(1, 13):
            self.fiscal_year.addItem(locale.standaloneMonthName(month), month)
        self.fiscal_year.setCurrentIndex(fiscal_year_start(plan) - 1)
        self.notes = QPlainTextEdit(plan.notes)
        self.notes.setTabChangesFocus(True)  # Tab moves on, as in the rest of the form
        self.notes.setFixedHeight(70)
        self.start_label = QLabel(self.tr("S&tart date"))
        self.start_label.setBuddy(self.start)
        self.finish_label = QLabel(self.tr("&Finish date"))
        self.finish_label.setBuddy(self.finish)
        form.addRow(self.tr("Na&me"), self.name)
        form.addRow(self.tr("Schedule &from"), self.schedule_from)
        form.addRow(self.start_label, self.start)
        form.addRow(self.finish_label, self.finish)
        status_label = QLabel(self.tr("Status &date"))
        status_label.setBuddy(self.status_date)
        currency_label = QLabel(self.tr("&Currency"))
        currency_label.setBuddy(self.currency)
        form.addRow(status_label, status_row)
        form.addRow(currency_label, currency_row)
        form.addRow(self.tr("Ca&lendar"), self.calendar)
        form.addRow(self.tr("&Hours per day"), self.hours_per_day)
        form.addRow(self.tr("Hours per &week"), self.hours_per_week)
        form.addRow(self.tr("Days per m&onth"), self.days_per_month)
        form.addRow(self.tr("Fiscal &year starts in"), self.fiscal_year)
        form.addRow(self.tr("N&otes"), self.notes)
        return page

    def _options_tab(self, plan: Plan) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Calculation options for this plan:")))
        # MS Project's wording (File > Options > Schedule > Calculation options).
        texts = {
            "honor_constraints": self.tr("Tasks will always honor their constraint dates"),
            "move_completed_ends_back": self.tr(
                "Move end of completed parts after status date back to status date"
            ),
            "move_remaining_starts_back": self.tr(
                "...and move start of remaining parts back to status date"
            ),
            "move_remaining_starts_forward": self.tr(
                "Move start of remaining parts before status date forward to status date"
            ),
            "move_completed_ends_forward": self.tr(
                "...and move end of completed parts forward to status date"
            ),
        }
        self.options: dict[str, QCheckBox] = {}
        for key in CALCULATION_DEFAULTS:
            box = QCheckBox(texts[key])
            box.setObjectName(f"option_{key}")
            box.setChecked(calculation_option(plan, key))
            self.options[key] = box
            if texts[key].startswith("..."):  # indented under the option it completes
                row = QHBoxLayout()
                row.addSpacing(24)
                row.addWidget(box, 1)
                layout.addLayout(row)
            else:
                layout.addWidget(box)
        layout.addSpacing(12)
        layout.addWidget(self._new_task_options(plan))
        layout.addWidget(self._earned_value_options(plan))
        layout.addStretch(1)
        # As in MS Project, each "...and" option only applies with the one above it.
        for parent, child in (
            ("move_completed_ends_back", "move_remaining_starts_back"),
            ("move_remaining_starts_forward", "move_completed_ends_forward"),
        ):
            box = self.options[child]
            box.setEnabled(self.options[parent].isChecked())
            self.options[parent].toggled.connect(box.setEnabled)
        return page

    def _new_task_options(self, plan: Plan) -> QWidget:
        """MS Project's "Scheduling options for this project" (File > Options > Schedule)
        that new tasks take: the default task type and whether they are effort driven."""
        box = QGroupBox(self.tr("Scheduling options for new tasks"))
        form = QFormLayout(box)
        self.task_type = QComboBox()
        self.task_type.setObjectName("default_task_type")
        self.task_type.addItem(self.tr("Fixed Units"), TaskType.FIXED_UNITS.value)
        self.task_type.addItem(self.tr("Fixed Duration"), TaskType.FIXED_DURATION.value)
        self.task_type.addItem(self.tr("Fixed Work"), TaskType.FIXED_WORK.value)
        self.task_type.setCurrentIndex(max(0, self.task_type.findData(plan_task_type(plan).value)))
        self.effort_driven = QCheckBox(self.tr("New tasks are &effort driven"))
        self.effort_driven.setObjectName("new_tasks_effort_driven")
        self.effort_driven.setChecked(plan_effort_driven(plan))
        label = QLabel(self.tr("Default task &type:"))
        label.setBuddy(self.task_type)
        form.addRow(label, self.task_type)
        form.addRow(self.effort_driven)
        return box

    def _earned_value_options(self, plan: Plan) -> QWidget:
        """MS Project's "Earned value options for this project" (File > Options >
        Advanced): the method new tasks start with and the baseline earned value, the
        variance columns' EV fields and the status report are measured against."""
        box = QGroupBox(self.tr("Earned value options for this plan"))
        form = QFormLayout(box)
        self.ev_method = QComboBox()
        self.ev_method.setObjectName("ev_method")
        self.ev_method.addItem(self.tr("% Complete"), "percent")
        self.ev_method.addItem(self.tr("Physical % Complete"), "physical")
        self.ev_method.setCurrentIndex(max(0, self.ev_method.findData(plan_ev_method(plan))))
        self.ev_baseline = QComboBox()
        self.ev_baseline.setObjectName("ev_baseline")
        saved = {b.number: b for b in self.document.data.baselines.values()}
        for number in range(11):
            name = (
                self.tr("Baseline")
                if number == 0
                else self.tr("Baseline %1").replace("%1", str(number))
            )
            found = saved.get(number)
            if found is None:
                name = self.tr("%1 (not set)").replace("%1", name)
            elif found.created is not None:
                name = (
                    self.tr("%1 (set %2)")
                    .replace("%1", name)
                    .replace("%2", f"{found.created:%Y-%m-%d}")
                )
            self.ev_baseline.addItem(name, number)
        self.ev_baseline.setCurrentIndex(plan_ev_baseline(plan))
        method_label = QLabel(self.tr("Default task earned value &method:"))
        method_label.setBuddy(self.ev_method)
        baseline_label = QLabel(self.tr("&Baseline for earned value calculations:"))
        baseline_label.setBuddy(self.ev_baseline)
        form.addRow(method_label, self.ev_method)
        form.addRow(baseline_label, self.ev_baseline)
        return box

    def _connect_checks(self) -> None:
        for line in (self.name, self.hours_per_day, self.hours_per_week, self.days_per_month):
            line.textChanged.connect(self.validate)
        for day in (self.start, self.finish, self.status_date):
            day.dateChanged.connect(self.validate)
        self.currency.editTextChanged.connect(self.validate)
        self.schedule_from.currentIndexChanged.connect(self._on_schedule_from)

    def _on_schedule_from(self, *_args: object) -> None:
        """Only the date the plan is scheduled from is typed; the other is computed."""
        from_finish = self.schedule_from.currentData() == ScheduleFrom.FINISH
        self.start.setEnabled(not from_finish)
        self.finish.setEnabled(from_finish)
        self.start_label.setText(
            self.tr("S&tart date") if not from_finish else self.tr("S&tart date (computed)")
        )
        self.finish_label.setText(
            self.tr("&Finish date") if from_finish else self.tr("&Finish date (computed)")
        )
        self.validate()

    # -- reading -----------------------------------------------------------------------
    def info(self) -> PlanInfo:
        """What the dialog says now (dates with the times the calendar gives them)."""
        plan = self.plan
        calendar = self._calendar
        from_finish = self.schedule_from.currentData() == ScheduleFrom.FINISH
        start, finish = plan.start, plan.finish
        start_day, finish_day = _day(self.start), _day(self.finish)
        if not from_finish and (
            plan.schedule_from == ScheduleFrom.FINISH or start_day != plan.start.date()
        ):
            # A typed day starts at its first working minute (as a new plan does).
            start = first_working_start(calendar, start_day)
        if from_finish and (finish is None or finish_day != finish.date()):
            # The plan ends at the end of that day's work (on or before it).
            finish = last_working_finish(calendar, finish_day)
        status = None
        if self.status_date.date() != NA_DATE:
            day = _day(self.status_date)
            status = plan.status_date
            if status is None or status.date() != day:
                # The end of that day's work (17:00 on a non-working day), as MS Project.
                status = calendar.end_of_day(day) or datetime.combine(day, time(17, 0))
        return PlanInfo(
            name=self.name.text(),
            schedule_from=self.schedule_from.currentData(),
            start=start,
            finish=finish,
            status_date=status,
            currency=self.currency.currentText().strip(),
            default_calendar_id=self.calendar.currentData(),
            hours_per_day=_number(self.hours_per_day.text()),
            hours_per_week=_number(self.hours_per_week.text()),
            days_per_month=_number(self.days_per_month.text()),
            fiscal_year_start_month=int(self.fiscal_year.currentData()),
            notes=self.notes.toPlainText(),
            options={key: box.isChecked() for key, box in self.options.items()},
            ev_baseline=int(self.ev_baseline.currentData()),
            ev_method=str(self.ev_method.currentData()),
            task_type=TaskType(self.task_type.currentData()),
            effort_driven=self.effort_driven.isChecked(),
        )

    def validate(self, *_args: object) -> str | None:
        """Show the first problem (one sentence) and enable OK only when there is none."""
        try:
            problem = info_problem(self.info(), self.document.data)
        except PmdeskError as exc:  # the calendar has no working time near that day
            problem = str(exc)
        name = (
            currency_name(self.currency.currentText())
            if len(self.currency.currentText().strip()) == 3
            else None
        )
        self.currency_name.setText(name or "")
        self.error.setText(self.tr(problem) if problem else "")
        self.ok_button.setEnabled(problem is None and not self.document.read_only)
        return problem

    # -- applying ----------------------------------------------------------------------
    def accept(self) -> None:
        """Apply everything as one undo step; a refusal is shown and the dialog stays open."""
        if self.validate() is not None:
            return
        values = plan_values(self.info(), self.plan)
        if values:
            try:
                self.document.set_fields(
                    Plan, self.plan.id, self.tr("Project information"), **values
                )
            except PmdeskError as exc:
                self.error.setText(str(exc))
                self.ok_button.setEnabled(False)
                return
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the editable currency box would otherwise stay in the box.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ok_button.isEnabled():
            self.accept()
            return
        super().keyPressEvent(event)


def show_project_info(window: QWidget, document: Document, new_plan: bool = False) -> bool:
    """Show the dialog modally; True when the person pressed OK."""
    dialog = ProjectInfoDialog(document, window, new_plan=new_plan)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
