"""The task dialog (double-click a bar or row): General, Predecessors, Resources, Advanced, Notes.

OK applies every change as ONE undo step (a Document macro). Input the plan or the engine
refuses shows as one sentence in the dialog, which stays open with the plan unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from pmdesk.core.entities import ConstraintType, CostAccrual, LinkType, Task, TaskType
from pmdesk.core.errors import PmdeskError
from pmdesk.gantt.datefield import DateField
from pmdesk.gantt.estimatetab import EstimateTab
from pmdesk.models.taskcolumns import COLUMN_INDEX, format_date
from pmdesk.models.tasktree import TaskTreeModel
from pmdesk.operations.predecessors import format_lag
from pmdesk.operations.taskform import TaskForm, apply_task_form
from pmdesk.theme.tones import set_tone

if TYPE_CHECKING:
    from pmdesk.document import Document


class TaskDialog(QDialog):
    def __init__(
        self,
        document: Document,
        model: TaskTreeModel,
        task_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.model = model
        self.task: Task = document.data.tasks[task_id]
        task = self.task
        self.setWindowTitle(self.tr("Task: %1").replace("%1", task.name))
        per_day, per_week, per_month = model.calendar_units()
        self.tabs = QTabWidget(self)

        general = QWidget()
        form = QFormLayout(general)
        self.name = QLineEdit(task.name)
        self.duration = QLineEdit(
            model.index_for_task(task_id, COLUMN_INDEX["duration"]).data() or ""
        )
        self.duration.setEnabled(not model.is_summary(task_id))
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(int(round(task.percent_complete)))
        # Work and units (all the task's work resources), as the table shows them; what
        # follows an edit is the task type's rule (Advanced tab).
        summary = model.is_summary(task_id)
        self.work = QLineEdit(self._shown("work", Qt.ItemDataRole.EditRole))
        self.work.setObjectName("work")
        self.work.setToolTip(self.tr("Hours (40h) or days (5d) of all the task's resources"))
        self.units = QLineEdit(self._shown("units"))
        self.units.setObjectName("units")
        self.units.setToolTip(self.tr("All the task's resources' units together, e.g. 150%"))
        for field in (self.work, self.units):
            field.setEnabled(not summary and bool(self._shown("units")))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("Work"), self.work)
        form.addRow(self.tr("Units"), self.units)
        form.addRow(self.tr("% complete"), self.percent)
        # MS Project's Priority: 0-1000, 1000 = do not level (leveling.py reads it).
        self.priority = QSpinBox()
        self.priority.setObjectName("priority")
        self.priority.setRange(0, 1000)
        self.priority.setValue(max(0, min(1000, int(task.priority))))
        self.priority.setToolTip(
            self.tr("Leveling delays lower priorities first; 1000: never delayed by leveling.")
        )
        form.addRow(self.tr("Priority"), self.priority)
        scheduled = document.schedule.tasks.get(task_id) if document.schedule else None
        if scheduled is not None:
            form.addRow(
                self.tr("Scheduled"),
                QLabel(
                    f"{format_date(scheduled.start)} {scheduled.start:%H:%M} – "
                    f"{format_date(scheduled.finish)} {scheduled.finish:%H:%M}"
                ),
            )
        self.tabs.addTab(general, self.tr("General"))

        self.predecessors = QTableWidget(0, 3)
        self.predecessors.setHorizontalHeaderLabels(["ID", self.tr("Type"), self.tr("Lag")])
        links = model.links.predecessors(task_id)
        for link in sorted(links, key=lambda lk: model.number_of(lk.predecessor_id) or 0):
            self._add_predecessor_row(
                str(model.number_of(link.predecessor_id) or ""),
                link.type.value,
                format_lag(link, per_day, per_week, per_month),
            )
        for _ in range(3):
            self._add_predecessor_row("", "FS", "")
        self.tabs.addTab(self.predecessors, self.tr("Predecessors"))

        self.resources = QLineEdit(model.resource_text(task_id))
        self.resources.setPlaceholderText(self.tr("Designer[50%], Tester"))
        resources = QWidget()
        form = QFormLayout(resources)
        form.addRow(self.tr("Resource names"), self.resources)
        known = ", ".join(sorted(r.name for r in document.data.resources.values()))
        hint = QLabel(
            self.tr("Known: %1").replace("%1", known)
            if known
            else self.tr("A new name creates a resource.")
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.tabs.addTab(resources, self.tr("Resources"))

        advanced = QWidget()
        form = QFormLayout(advanced)
        self.constraint = QComboBox()
        for constraint in ConstraintType:
            self.constraint.addItem(constraint.value, constraint)
        self.constraint.setCurrentIndex(list(ConstraintType).index(task.constraint_type))
        # The pickers open at the date, or at the task's scheduled start when there is none.
        fallback = scheduled.start if scheduled is not None else None
        self.constraint_date = DateField(task.constraint_date, fallback)
        self.deadline = DateField(task.deadline, fallback)
        self.calendar = QComboBox()
        self.calendar.addItem(self.tr("Plan calendar"), None)
        for calendar in document.data.calendars.values():
            self.calendar.addItem(calendar.name, calendar.id)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(task.calendar_id)))
        # MS Project's "Scheduling ignores resource calendars": the task's own calendar only.
        self.ignore_resource_calendars = QCheckBox(self.tr("Scheduling ignores resource calendars"))
        self.ignore_resource_calendars.setChecked(task.ignore_resource_calendars)
        self.ignore_resource_calendars.setToolTip(
            self.tr(
                "Schedule on the task's calendar even where its resources' calendars say they are "
                "not working."
            )
        )
        self.manual = QCheckBox(self.tr("Manually scheduled"))
        self.manual.setChecked(task.manual)
        # MS Project's Task type and Effort driven (fixed work is always effort-driven).
        self.task_type = QComboBox()
        self.task_type.setObjectName("task_type")
        for task_type, text in (
            (TaskType.FIXED_UNITS, self.tr("Fixed Units")),
            (TaskType.FIXED_DURATION, self.tr("Fixed Duration")),
            (TaskType.FIXED_WORK, self.tr("Fixed Work")),
        ):
            self.task_type.addItem(text, task_type)
        self.task_type.setCurrentIndex(max(0, self.task_type.findData(TaskType(task.task_type))))
        self.effort_driven = QCheckBox(self.tr("Effort driven"))
        self.effort_driven.setObjectName("effort_driven")
        self.effort_driven.setToolTip(
            self.tr(
                "Keep the work when resources are added or removed: more people, a shorter task."
            )
        )
        self.effort_driven.setChecked(task.effort_driven)
        # MS Project's Leveling Can Split and Level Assignments task fields (leveling reads
        # them where the Leveling Options allow splits and assignment leveling too).
        self.leveling_can_split = QCheckBox(self.tr("Leveling can split this task"))
        self.leveling_can_split.setObjectName("leveling_can_split")
        self.leveling_can_split.setToolTip(
            self.tr("Leveling may pause this task's remaining work where its resources are busy.")
        )
        self.leveling_can_split.setChecked(task.leveling_can_split)
        self.level_assignments = QCheckBox(self.tr("Leveling can delay its assignments one by one"))
        self.level_assignments.setObjectName("level_assignments")
        self.level_assignments.setToolTip(
            self.tr(
                "Leveling may start each resource when it has room instead of all together "
                "(never on a fixed-duration task)."
            )
        )
        self.level_assignments.setChecked(task.level_assignments)
        self.task_type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        self.accrual = QComboBox()
        self.accrual.setObjectName("fixed_cost_accrual")
        for accrual, text in (
            (CostAccrual.START, self.tr("Start")),
            (CostAccrual.PRORATED, self.tr("Prorated")),
            (CostAccrual.END, self.tr("End")),
        ):
            self.accrual.addItem(text, accrual)
        self.accrual.setCurrentIndex(
            max(0, self.accrual.findData(CostAccrual(task.fixed_cost_accrual)))
        )
        for widget in (self.task_type, self.effort_driven):
            widget.setEnabled(not summary)
        form.addRow(self.tr("Task type"), self.task_type)
        form.addRow(self.effort_driven)
        form.addRow(self.leveling_can_split)
        form.addRow(self.level_assignments)
        form.addRow(self.tr("Fixed cost accrual"), self.accrual)
        form.addRow(self.tr("Constraint"), self.constraint)
        form.addRow(self.tr("Constraint date"), self.constraint_date)
        form.addRow(self.tr("Deadline"), self.deadline)
        form.addRow(self.tr("Calendar"), self.calendar)
        form.addRow(self.ignore_resource_calendars)
        form.addRow(self.manual)
        # MS Project's "Display on Timeline": here with an automatic choice (core/timeline.py).
        self.timeline = QComboBox()
        for text, value in (
            (self.tr("Automatic (milestones and top-level summaries)"), None),
            (self.tr("Yes"), True),
            (self.tr("No"), False),
        ):
            self.timeline.addItem(text, value)
        self.timeline.setCurrentIndex(
            self.timeline.findData(task.show_on_timeline)
            if task.show_on_timeline is not None
            else 0
        )
        form.addRow(self.tr("Show on timeline"), self.timeline)
        self.tabs.addTab(advanced, self.tr("Advanced"))

        self.notes = QPlainTextEdit(task.notes)
        self.tabs.addTab(self.notes, self.tr("Notes"))

        self.estimates = EstimateTab(task, (per_day, per_week, per_month))
        self.estimates.setEnabled(not model.is_summary(task_id))
        self.tabs.addTab(self.estimates, self.tr("Estimates"))

        self.error = QLabel()
        set_tone(self.error, "color: $error_text;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        # Every tab's name in sight (Indonesian names are longer than English ones).
        self.tabs.setUsesScrollButtons(False)
        layout.addWidget(buttons)
        if document.read_only:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _shown(self, key: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
        index = self.model.index_for_task(self.task.id, COLUMN_INDEX[key])
        return str(index.data(role) or "")

    def _type_changed(self) -> None:
        fixed_work = self.task_type.currentData() == TaskType.FIXED_WORK
        if fixed_work:
            self.effort_driven.setChecked(True)
        self.effort_driven.setEnabled(not fixed_work and not self.model.is_summary(self.task.id))
        # MS Project: a fixed-duration task's Level Assignments is No and cannot be changed.
        fixed_duration = self.task_type.currentData() == TaskType.FIXED_DURATION
        self.level_assignments.setEnabled(not fixed_duration)
        self.level_assignments.setChecked(not fixed_duration and self.task.level_assignments)

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
        table = self.predecessors
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            number = (item.text() if item else "").strip()
            if not number:
                continue
            # _add_predecessor_row puts a QComboBox in column 1 of every row
            kind = cast(QComboBox, table.cellWidget(row, 1)).currentText()
            item = table.item(row, 2)
            lag = (item.text() if item else "").strip()
            if lag and lag[0] not in "+-":
                lag = "+" + lag
            parts.append(f"{number}{kind}{lag}")
        return ", ".join(parts)

    def form(self) -> TaskForm:
        """The fields as the person left them (a date that cannot be read raises)."""
        duration_text = self.duration.text().strip()
        shown = self.model.index_for_task(self.task.id, COLUMN_INDEX["duration"]).data() or ""
        return TaskForm(
            name=self.name.text(),
            duration=duration_text
            if self.duration.isEnabled() and duration_text != shown
            else None,
            percent=float(self.percent.value()),
            constraint=ConstraintType(self.constraint.currentText()),
            constraint_date=self.constraint_date.value(),
            deadline=self.deadline.value(),
            calendar_id=self.calendar.currentData(),
            ignore_resource_calendars=self.ignore_resource_calendars.isChecked(),
            manual=self.manual.isChecked(),
            show_on_timeline=self.timeline.currentData(),
            notes=self.notes.toPlainText(),
            predecessors=self.predecessor_text(),
            resources=self.resources.text(),
            estimates=self.estimates.values() if self.estimates.isEnabled() else {},
            task_type=self.task_type.currentData() if self.task_type.isEnabled() else None,
            effort_driven=self.effort_driven.isChecked() if self.task_type.isEnabled() else None,
            work=self._typed(self.work, "work", Qt.ItemDataRole.EditRole),
            units=self._typed(self.units, "units"),
            fixed_cost_accrual=self.accrual.currentData(),
            priority=self.priority.value(),
            leveling_can_split=self.leveling_can_split.isChecked(),
            level_assignments=self.level_assignments.isChecked()
            if self.level_assignments.isEnabled()
            else None,
        )

    def _typed(
        self, field: QLineEdit, key: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        """The text of a field the person changed (None: left as the table shows it)."""
        text = field.text().strip()
        return text if field.isEnabled() and text != self._shown(key, role) else None

    def accept(self) -> None:
        """Apply everything as one undo step; on a refusal, say why and keep the dialog open."""
        try:
            apply_task_form(self.document, self.model.outline, self.task, self.form())
        except PmdeskError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
