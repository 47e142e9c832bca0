"""Task > Update Tasks (as MS Project's): % complete, actual and remaining duration, actual
start and finish for the selected tasks, applied by operations/actuals.py's rules.

For one task the fields show its values; for several they start blank. Only the fields a
person changes are applied, all tasks as one undo step. A value the rules refuse is said in
one sentence under the fields, with OK disabled, and the plan stays as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.errors import PmdeskError
from pmdesk.models.taskcolumns import COLUMN_INDEX
from pmdesk.operations.actuals import planned_updates, update_tasks
from pmdesk.theme.tones import set_tone

if TYPE_CHECKING:
    from pmdesk.document import Document
    from pmdesk.models.tasktree import TaskTreeModel

# The dialog's fields in the order MS Project applies them.
FIELDS = ("percent", "actual_duration", "remaining_duration", "actual_start", "actual_finish")


class UpdateTasksDialog(QDialog):
    def __init__(
        self,
        document: Document,
        model: TaskTreeModel,
        task_ids: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("update_tasks_dialog")
        self.document = document
        self.task_ids = list(task_ids)
        self.setWindowTitle(self.tr("Update Tasks"))
        titles = {
            "percent": self.tr("% &Complete"),
            "actual_duration": self.tr("Actual &duration"),
            "remaining_duration": self.tr("&Remaining duration"),
            "actual_start": self.tr("Actual &start"),
            "actual_finish": self.tr("Actual &finish"),
        }
        layout = QVBoxLayout(self)
        if len(self.task_ids) == 1:
            task = document.data.tasks[self.task_ids[0]]
            caption = self.tr("Task: {name}").format(name=task.name)
        else:
            caption = self.tr("{count} tasks selected").format(count=len(self.task_ids))
        layout.addWidget(QLabel(caption))
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        self._initial: dict[str, str] = {}
        for key in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(key)
            if len(self.task_ids) == 1:
                edit.setText(self._current_text(model, key))
            if key in ("actual_start", "actual_finish"):
                edit.setPlaceholderText(self.tr("e.g. 2026-03-02"))
            self._initial[key] = edit.text()
            edit.textChanged.connect(self._check)
            form.addRow(titles[key], edit)
            self.fields[key] = edit
        layout.addLayout(form)
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
        self._check()

    def _current_text(self, model: TaskTreeModel, key: str) -> str:
        task_id = self.task_ids[0]
        task = self.document.data.tasks[task_id]
        if key == "percent":
            return f"{task.percent_complete:g}"
        if key in ("actual_start", "actual_finish"):
            moment = getattr(task, key)
            return "" if moment is None else f"{moment:%Y-%m-%d %H:%M}"
        text: str = model.index_for_task(task_id, COLUMN_INDEX[key]).data() or ""
        return text

    def entries(self) -> list[tuple[str, object]]:
        """The fields changed from what the dialog showed, in MS Project's order (each value
        the text typed; the edit rules take any value, hence ``object``)."""
        return [
            (key, self.fields[key].text())
            for key in FIELDS
            if self.fields[key].text().strip() != self._initial[key].strip()
        ]

    def _check(self) -> None:
        problem = ""
        try:
            planned_updates(self.document, self.task_ids, self.entries())
        except PmdeskError as exc:
            problem = str(exc)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        try:
            update_tasks(self.document, self.task_ids, self.entries())
        except PmdeskError as exc:  # the plan changed under the dialog: say so, stay open
            self.problem.setText(str(exc))
            self.problem.setVisible(True)
            return
        super().accept()
