"""The task dialog (double-click a bar or row): General, Predecessors, Resources, Advanced, Notes.

OK applies every change as ONE undo step (a Document macro). Input the plan or the engine
refuses shows as one sentence in the dialog, which stays open with the plan unchanged.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.entities import ConstraintType, LinkType, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.gantt.estimatetab import EstimateTab
from pmdesk.models import taskedits
from pmdesk.models.links import format_lag
from pmdesk.models.taskcolumns import COLUMN_INDEX
from pmdesk.models.tasktree import TaskTreeModel

NO_DATE = QDateTime(2000, 1, 1, 0, 0, 0)  # shown as "None" by the special value text


def _date_edit(value: datetime | None) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd yyyy-MM-dd HH:mm")
    edit.setMinimumDateTime(NO_DATE)
    edit.setSpecialValueText("None")
    edit.setDateTime(QDateTime(value) if value is not None else NO_DATE)
    return edit


def _date_value(edit: QDateTimeEdit) -> datetime | None:
    value = edit.dateTime()
    return None if value == NO_DATE else value.toPython().replace(second=0, microsecond=0)


class TaskDialog(QDialog):
    def __init__(self, document, model: TaskTreeModel, task_id: int, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = model
        self.task: Task = document.data.tasks[task_id]
        task = self.task
        self.setWindowTitle(f"Task: {task.name}")
        per_day, per_week, per_month = model.calendar_units()
        self.tabs = QTabWidget(self)

        general = QWidget()
        form = QFormLayout(general)
        self.name = QLineEdit(task.name)
        self.duration = QLineEdit(model.index_for_task(task_id, COLUMN_INDEX["duration"]).data() or "")
        self.duration.setEnabled(not model.is_summary(task_id))
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(int(round(task.percent_complete)))
        form.addRow("Name", self.name)
        form.addRow("Duration", self.duration)
        form.addRow("% complete", self.percent)
        scheduled = document.schedule.tasks.get(task_id) if document.schedule else None
        if scheduled is not None:
            form.addRow("Scheduled", QLabel(f"{scheduled.start:%a %Y-%m-%d %H:%M} – "
                                            f"{scheduled.finish:%a %Y-%m-%d %H:%M}"))
        self.tabs.addTab(general, "General")

        self.predecessors = QTableWidget(0, 3)
        self.predecessors.setHorizontalHeaderLabels(["ID", "Type", "Lag"])
        links = model.links.predecessors(task_id)
        for link in sorted(links, key=lambda lk: model.number_of(lk.predecessor_id) or 0):
            self._add_predecessor_row(str(model.number_of(link.predecessor_id) or ""),
                                      link.type.value,
                                      format_lag(link, per_day, per_week, per_month))
        for _ in range(3):
            self._add_predecessor_row("", "FS", "")
        self.tabs.addTab(self.predecessors, "Predecessors")

        self.resources = QLineEdit(model.resource_text(task_id))
        self.resources.setPlaceholderText("Designer[50%], Tester")
        resources = QWidget()
        form = QFormLayout(resources)
        form.addRow("Resource names", self.resources)
        known = ", ".join(sorted(r.name for r in document.data.resources.values()))
        hint = QLabel(f"Known: {known}" if known else "A new name creates a resource.")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.tabs.addTab(resources, "Resources")

        advanced = QWidget()
        form = QFormLayout(advanced)
        self.constraint = QComboBox()
        for kind in ConstraintType:
            self.constraint.addItem(kind.value, kind)
        self.constraint.setCurrentIndex(list(ConstraintType).index(task.constraint_type))
        self.constraint_date = _date_edit(task.constraint_date)
        self.deadline = _date_edit(task.deadline)
        self.calendar = QComboBox()
        self.calendar.addItem("Plan calendar", None)
        for calendar in document.data.calendars.values():
            self.calendar.addItem(calendar.name, calendar.id)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(task.calendar_id)))
        # MS Project's "Scheduling ignores resource calendars": the task's own calendar only.
        self.ignore_resource_calendars = QCheckBox(self.tr("Scheduling ignores resource calendars"))
        self.ignore_resource_calendars.setChecked(task.ignore_resource_calendars)
        self.ignore_resource_calendars.setToolTip(self.tr(
            "Schedule on the task's calendar even where its resources' calendars say they are "
            "not working."))
        self.manual = QCheckBox("Manually scheduled")
        self.manual.setChecked(task.manual)
        form.addRow("Constraint", self.constraint)
        form.addRow("Constraint date", self.constraint_date)
        form.addRow("Deadline", self.deadline)
        form.addRow("Calendar", self.calendar)
        form.addRow(self.ignore_resource_calendars)
        form.addRow(self.manual)
        # MS Project's "Display on Timeline": here with an automatic choice (core/timeline.py).
        self.timeline = QComboBox()
        for text, value in (("Automatic (milestones and top-level summaries)", None), ("Yes", True),
                            ("No", False)):
            self.timeline.addItem(text, value)
        self.timeline.setCurrentIndex(self.timeline.findData(task.show_on_timeline)
                                      if task.show_on_timeline is not None else 0)
        form.addRow("Show on timeline", self.timeline)
        self.tabs.addTab(advanced, "Advanced")

        self.notes = QPlainTextEdit(task.notes)
        self.tabs.addTab(self.notes, "Notes")

        self.estimates = EstimateTab(task, (per_day, per_week, per_month))
        self.estimates.setEnabled(not model.is_summary(task_id))
        self.tabs.addTab(self.estimates, self.tr("Estimates"))

        self.error = QLabel()
        self.error.setStyleSheet("color: #a12d2a;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if document.read_only:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _add_predecessor_row(self, number: str, kind: str, lag: str) -> None:
        row = self.predecessors.rowCount()
        self.predecessors.insertRow(row)
        self.predecessors.setItem(row, 0, QTableWidgetItem(number))
        combo = QComboBox()
        combo.addItems([t.value for t in LinkType])
        combo.setCurrentText(kind)
        self.predecessors.setCellWidget(row, 1, combo)
        self.predecessors.setItem(row, 2, QTableWidgetItem(lag))

    def predecessor_text(self) -> str:
        """The predecessor table in the table's notation (``3FS+2d, 5SS``)."""
        parts = []
        for row in range(self.predecessors.rowCount()):
            number = (self.predecessors.item(row, 0).text() if self.predecessors.item(row, 0) else "").strip()
            if not number:
                continue
            kind = self.predecessors.cellWidget(row, 1).currentText()
            lag = (self.predecessors.item(row, 2).text() if self.predecessors.item(row, 2) else "").strip()
            if lag and lag[0] not in "+-":
                lag = "+" + lag
            parts.append(f"{number}{kind}{lag}")
        return ", ".join(parts)

    def changed_values(self) -> dict:
        task = self.task
        values: dict = {}
        name = self.name.text().strip()
        if not name:
            raise PmdeskError("A task needs a name.")
        if name != task.name:
            values["name"] = name
        if float(self.percent.value()) != task.percent_complete:
            values["percent_complete"] = float(self.percent.value())
        constraint = ConstraintType(self.constraint.currentText())
        constraint_date = _date_value(self.constraint_date)
        if constraint not in (ConstraintType.ASAP, ConstraintType.ALAP) and constraint_date is None:
            raise PmdeskError(f"A {constraint.value} constraint needs a date.")
        if constraint in (ConstraintType.ASAP, ConstraintType.ALAP):
            constraint_date = None
        if constraint != task.constraint_type or constraint_date != task.constraint_date:
            values["constraint_type"] = constraint
            values["constraint_date"] = constraint_date
        deadline = _date_value(self.deadline)
        if deadline != task.deadline:
            values["deadline"] = deadline
        if self.calendar.currentData() != task.calendar_id:
            values["calendar_id"] = self.calendar.currentData()
        if self.ignore_resource_calendars.isChecked() != task.ignore_resource_calendars:
            values["ignore_resource_calendars"] = self.ignore_resource_calendars.isChecked()
        if self.manual.isChecked() != task.manual:
            values["manual"] = self.manual.isChecked()
        if self.timeline.currentData() != task.show_on_timeline:
            values["show_on_timeline"] = self.timeline.currentData()
        if self.notes.toPlainText() != task.notes:
            values["notes"] = self.notes.toPlainText()
        if self.estimates.isEnabled():
            values.update(self.estimates.values())
        return values

    def accept(self) -> None:
        """Apply everything as one undo step; on a refusal, say why and keep the dialog open."""
        task = self.task
        model = self.model
        try:
            with self.document.macro(f"Edit task {task.name}"):
                values = self.changed_values()
                if values:
                    self.document.set_fields(Task, task.id, "Edit task", **values)
                duration_text = self.duration.text().strip()
                if self.duration.isEnabled() and duration_text != (
                    model.index_for_task(task.id, COLUMN_INDEX["duration"]).data() or ""
                ):
                    taskedits.apply_duration(model, task, duration_text)
                taskedits.apply_predecessors(model, task, self.predecessor_text())
                taskedits.apply_resources(model, task, self.resources.text())
        except PmdeskError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

