"""The conflicts panel under the task table: each schedule conflict as the engine's sentence;
choosing one selects its task and scrolls the table and chart to it. The status bar's
"N conflicts" opens it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QToolButton, QVBoxLayout, QWidget

from pmdesk.operations.conflicts import conflict_task

if TYPE_CHECKING:
    from pmdesk.document import Document

TASK_ROLE = Qt.ItemDataRole.UserRole + 1


class ConflictPanel(QWidget):
    """A list of the schedule's conflicts; ``taskChosen`` names the task of the one chosen."""

    taskChosen = Signal(int)

    def __init__(
        self,
        document: Document,
        order: Callable[[], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.document = document
        self.order = order  # callable -> task ids in outline order (for same-named tasks)
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setMaximumHeight(140)
        self.list.activated.connect(self._choose)
        self.list.clicked.connect(self._choose)
        self.title = QLabel(self)
        close = QToolButton(self)
        close.setText("\u00d7")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close the conflicts panel"))
        close.clicked.connect(self.hide)
        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 0)
        top.addWidget(self.title, 1)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        document.rescheduled.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        schedule = self.document.schedule
        sentences = list(getattr(schedule, "conflicts", ()) or ()) if schedule is not None else []
        order = self.order()
        self.model.clear()
        for sentence in sentences:
            item = QStandardItem(sentence)
            item.setData(conflict_task(self.document.data, sentence, order), TASK_ROLE)
            item.setToolTip(sentence)
            self.model.appendRow(item)
        count = len(sentences)
        if count == 1:
            self.title.setText(self.tr("1 conflict: choose it to go to its task"))
        elif count:
            self.title.setText(self.tr("%n conflicts: choose one to go to its task", "", count))
        else:
            self.title.setText(self.tr("No conflicts"))

    def _choose(self, index: QModelIndex) -> None:
        task_id = index.data(TASK_ROLE)
        if task_id is not None:
            self.taskChosen.emit(int(task_id))
