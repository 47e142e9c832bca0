"""The link dialog (MS Project's Task Dependency): a double-click on a link line shows which
tasks it joins, its type and lag; OK changes them, Delete removes the link. One undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.entities import LinkType
from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP
from pmdesk.operations import links
from pmdesk.operations.predecessors import format_lag
from pmdesk.theme.tones import set_tone

if TYPE_CHECKING:
    from pmdesk.document import Document
    from pmdesk.models.tasktree import TaskTreeModel

_TYPE_NAMES = {
    LinkType.FS: QT_TRANSLATE_NOOP("LinkDialog", "Finish-to-Start (FS)"),
    LinkType.SS: QT_TRANSLATE_NOOP("LinkDialog", "Start-to-Start (SS)"),
    LinkType.FF: QT_TRANSLATE_NOOP("LinkDialog", "Finish-to-Finish (FF)"),
    LinkType.SF: QT_TRANSLATE_NOOP("LinkDialog", "Start-to-Finish (SF)"),
}


class LinkDialog(QDialog):
    def __init__(
        self,
        document: Document,
        model: TaskTreeModel,
        link_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.link_id = link_id
        link = document.data.links[link_id]
        tasks = document.data.tasks
        self.setWindowTitle(self.tr("Task dependency"))

        def named(task_id: int) -> str:
            return f"{model.number_of(task_id) or ''} {tasks[task_id].name}".strip()

        self.type = QComboBox(self)
        for kind in LinkType:
            self.type.addItem(self.tr(_TYPE_NAMES[kind]), kind.value)
        self.type.setCurrentIndex(list(LinkType).index(link.type))
        self.lag = QLineEdit(format_lag(link, *model.calendar_units()).lstrip("+") or "0d", self)
        self.lag.setToolTip(self.tr("A lag such as 2d, 4h or 50%; a minus sign makes a lead"))
        self.error = QLabel(self)
        set_tone(self.error, "color: $error_text;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("From"), QLabel(named(link.predecessor_id)))
        form.addRow(self.tr("To"), QLabel(named(link.successor_id)))
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Lag"), self.lag)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.delete_button = buttons.addButton(
            self.tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.clicked.connect(self.delete_link)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if document.read_only:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.delete_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            links.edit_link(self.document, self.link_id, self.type.currentData(), self.lag.text())
        except PmdeskError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    def delete_link(self) -> None:
        try:
            links.delete_link(self.document, self.link_id)
        except PmdeskError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
