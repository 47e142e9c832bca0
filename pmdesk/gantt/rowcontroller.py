"""RowController: the rows the task table shows, in order, so the chart draws the same rows.

As KD Gantt's row controller does, it answers "which task is on row n", "which row holds
task t" and "where is row n", from the tree view's expanded state. Rows have one fixed height
(the table uses uniform row heights), so row n's top is ``n * row_height`` in content
coordinates on both sides and the chart follows the table's vertical scroll bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QStyledItemDelegate, QTreeView

from pmdesk.models.tasktree import TaskTreeModel

ROW_HEIGHT = 24


class RowHeightDelegate(QStyledItemDelegate):
    """Gives every table row the controller's height, so table and chart rows line up."""

    def __init__(self, height: int, parent=None) -> None:
        super().__init__(parent)
        self.height = height

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), self.height)


class RowController(QObject):
    """Visible rows of ``view`` (collapsed subtrees left out), rebuilt when the tree changes."""

    rowsChanged = Signal()

    def __init__(self, view: QTreeView, model: TaskTreeModel, row_height: int = ROW_HEIGHT) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        self.row_height = row_height
        self.rows: list[int] = []
        self.row_of: dict[int, int] = {}
        view.setUniformRowHeights(True)
        view.setItemDelegate(RowHeightDelegate(row_height, view))
        view.expanded.connect(self.rebuild)
        view.collapsed.connect(self.rebuild)
        for signal in (model.layoutChanged, model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.rowsMoved):
            signal.connect(self.rebuild)
        self.rebuild()

    def rebuild(self, *_args) -> None:
        model = self.model
        collapsed = {
            task_id for task_id in model.order
            if model.is_summary(task_id) and not self.view.isExpanded(model.index_for_task(task_id))
        }
        rows: list[int] = []
        hidden_below: set[int] = set()
        for task_id in model.order:
            parent = model.parent_of(task_id)
            if parent is not None and (parent in collapsed or parent in hidden_below):
                hidden_below.add(task_id)
                continue
            rows.append(task_id)
        self.rows = rows
        self.row_of = {task_id: row for row, task_id in enumerate(rows)}
        self.rowsChanged.emit()

    @property
    def offset(self) -> int:
        """How far the rows are scrolled (pixels): row n's top on screen is n*h - offset."""
        return self.view.verticalScrollBar().value()

    def row_at(self, y: float) -> int | None:
        """The row under viewport ``y``, or None below the last row."""
        row = int((y + self.offset) // self.row_height)
        return row if 0 <= row < len(self.rows) else None

    def visible_range(self, height: float) -> tuple[int, int]:
        first = max(0, int(self.offset // self.row_height))
        last = min(len(self.rows) - 1, int((self.offset + height) // self.row_height))
        return first, last

    def content_height(self) -> int:
        return len(self.rows) * self.row_height
