"""Assigning the selected resource to a task from the resource grid: the check of what was
chosen (one sentence when it cannot be done) and a small dialog to choose the task and units."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.entities import Assignment, ResourceType
from pmdesk.models.resourcetext import ResourceInputError, parse_percent
from pmdesk.theme.tones import set_tone

if TYPE_CHECKING:
    from pmdesk.document import Document


def assignable_tasks(document: Document, resource_id: int) -> list[tuple[int, str]]:
    """(task id, "WBS  name") of the leaf tasks the resource is not on yet, in outline order."""
    data = document.data
    parents = {t.parent_id for t in data.tasks.values() if t.parent_id is not None}
    taken = {a.task_id for a in data.assignments.values() if a.resource_id == resource_id}
    schedule = document.schedule
    rows = []
    for task in data.tasks.values():
        if task.id in parents or task.id in taken:
            continue
        scheduled = schedule.tasks.get(task.id) if schedule is not None else None
        wbs = scheduled.wbs if scheduled is not None else ""
        rows.append((task.id, f"{wbs}  {task.name}".strip(), wbs))
    rows.sort(key=lambda r: ([int(p) for p in r[2].split(".") if p.isdigit()], r[0]))
    return [(tid, label) for tid, label, _wbs in rows]


translate = QCoreApplication.translate


def new_assignment(
    document: Document, resource_id: int, task_id: int | None, units_text: str
) -> Assignment:
    """The assignment to add, or ResourceInputError saying why it cannot be made."""
    data = document.data
    resource = data.resources.get(resource_id)
    task = data.tasks.get(task_id) if task_id is not None else None
    if resource is None:
        raise ResourceInputError(translate("AssignDialog", "Select a resource to assign first."))
    if task is None:
        raise ResourceInputError(
            translate("AssignDialog", "Choose the task to assign the resource to.")
        )
    if any(t.parent_id == task.id for t in data.tasks.values()):
        raise ResourceInputError(
            translate(
                "AssignDialog", "'%1' is a summary task; assign resources to the tasks under it."
            ).replace("%1", task.name)
        )
    if any(
        a.task_id == task.id and a.resource_id == resource.id for a in data.assignments.values()
    ):
        raise ResourceInputError(
            translate("AssignDialog", "%1 is already assigned to '%2'.")
            .replace("%1", resource.name)
            .replace("%2", task.name)
        )
    if resource.type == ResourceType.MATERIAL:
        try:
            units = float(units_text.strip().replace(",", "."))
        except ValueError:
            raise ResourceInputError(
                translate("AssignDialog", '"%1" is not a quantity; type a number like 12.').replace(
                    "%1", units_text.strip()
                )
            ) from None
        if units <= 0:
            raise ResourceInputError(translate("AssignDialog", "The units must be more than 0."))
    else:
        units = parse_percent(units_text, "units")
    return Assignment(data.new_id(Assignment), task.id, resource.id, units)


class AssignDialog(QDialog):
    """Choose a task (type to search) and the units for one resource."""

    def __init__(self, document: Document, resource_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.resource_id = resource_id
        resource = document.data.resources[resource_id]
        self.setWindowTitle(self.tr("Assign %1").replace("%1", resource.name))
        self.tasks = QComboBox(self)
        self.tasks.setEditable(True)
        self.tasks.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for task_id, label in assignable_tasks(document, resource_id):
            self.tasks.addItem(label, task_id)
        completer = self.tasks.completer()  # an editable combo box has one
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tasks.setMinimumContentsLength(40)
        material = resource.type == ResourceType.MATERIAL
        self.units = QLineEdit("1" if material else "100%", self)
        self.error = QLabel(self)
        set_tone(self.error, "QLabel { color: $error_text; }")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Task"), self.tasks)
        form.addRow(self.tr("Quantity") if material else self.tr("Units"), self.units)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.assignment: Assignment | None = None

    def chosen_task(self) -> int | None:
        text = self.tasks.currentText()
        index = self.tasks.findText(text, Qt.MatchFlag.MatchFixedString)
        task_id: int | None = self.tasks.itemData(index) if index >= 0 else None
        return task_id

    def accept(self) -> None:
        try:
            self.assignment = new_assignment(
                self.document, self.resource_id, self.chosen_task(), self.units.text()
            )
        except ResourceInputError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
