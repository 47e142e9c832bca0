"""RowController: the rows the task table shows, in order, so the chart draws the same rows.

As KD Gantt's row controller does, it answers "which task is on row n", "which row holds
task t" and "where is row n", from the tree view's expanded state. Rows have one fixed height
(the table uses uniform row heights), so row n's top is ``n * row_height`` in content
coordinates on both sides and the chart follows the table's vertical scroll bar.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Signal
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from pmdesk.models.tasktree import TaskTreeModel

ROW_HEIGHT = 24


class RowHeightDelegate(QStyledItemDelegate):
    """Gives every table row the controller's height, so table and chart rows line up."""

    def __init__(self, height: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.height = height

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
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
        self.collapsed: set[int] = set()  # summaries whose subtasks are hidden
        self._batched = 0
        self.shown: set[int] | None = None  # a filter's tasks (None: all)
        view.expanded.connect(lambda index: self._set_collapsed(index, False))
        view.collapsed.connect(lambda index: self._set_collapsed(index, True))
        for signal in (
            model.layoutChanged,
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
        ):
            signal.connect(self.rebuild)
        self.rebuild()

    def _set_collapsed(self, index: QModelIndex, collapsed: bool) -> None:
        task_id = self.model.task_id(index)
        if task_id is None or (task_id in self.collapsed) == collapsed:
            return
        if collapsed:
            self.collapsed.add(task_id)
        else:
            self.collapsed.discard(task_id)
        if not self._batched:
            self.rebuild()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Expand/collapse many summaries with one rebuild at the end: QTreeView's
        collapseAll and expandAll signal each item (2,000 summaries took seconds)."""
        self._batched += 1
        try:
            yield
        finally:
            self._batched -= 1
            if not self._batched:
                self.rebuild()

    def expand_all(self) -> None:
        """Show every row (one Qt call and one rebuild, not one per summary)."""
        with self.batch():
            self.view.expandAll()
            self.collapsed = set()

    def set_filter(self, shown: set[int] | None) -> None:
        """Show only ``shown`` (None: every task) in the table and the chart."""
        model = self.model
        old = self.shown
        self.shown = shown
        for task_id in model.order:
            was_hidden = old is not None and task_id not in old
            hide = shown is not None and task_id not in shown
            if hide != was_hidden:
                index = model.index_for_task(task_id)
                self.view.setRowHidden(index.row(), index.parent(), hide)
        self.rebuild()

    def set_expanded(self, task_id: int, expanded: bool) -> None:
        self.view.setExpanded(self.model.index_for_task(task_id), expanded)

    def rebuild(self, *_args: object) -> None:
        """Re-list the visible rows: every task whose ancestors are all expanded.

        The collapsed set is kept from the view's expanded/collapsed signals rather than asking
        ``isExpanded`` for every summary: at 10,000 tasks that is the difference between
        milliseconds and seconds.
        """
        model = self.model
        self.collapsed &= set(model.order)
        hidden: set[int] = set()
        rows: list[int] = []
        parent_of = model.parent_of
        collapsed = self.collapsed
        shown = self.shown
        for task_id in model.order:
            parent = parent_of(task_id)
            if shown is not None and task_id not in shown:
                hidden.add(task_id)
                continue
            if parent is not None and (parent in collapsed or parent in hidden):
                hidden.add(task_id)
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

    def tasks_on_screen(self) -> list[int]:
        """The tasks on the rows now visible in the table."""
        first, last = self.visible_range(self.view.viewport().height())
        return self.rows[first : last + 1]
