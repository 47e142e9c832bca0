"""The Gantt editor's task table: a QTreeView with MS Project's keys, its own row painting
(tablepainter.py), a calendar pop-up for dates and remembered columns (widths, choice).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QKeyCombination,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QMenu,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from pmdesk.gantt.cellkeys import CellKeys, CellNavigation
from pmdesk.gantt.chartview import HEADER_HEIGHT
from pmdesk.gantt.datefield import DateField
from pmdesk.gantt.rowcontroller import RowHeightDelegate
from pmdesk.gantt.tablecolumns import ColumnLayout
from pmdesk.gantt.tablepainter import TaskRowPainter
from pmdesk.models.dateinput import write_date
from pmdesk.models.taskcolumns import COLUMN_INDEX, COLUMNS, DATE_KINDS

DATE_EDIT_COLUMNS = DATE_KINDS
# The palette roles the row painter takes from the active or the inactive group by focus.
FOCUS_ROLES = (
    QPalette.ColorRole.Text,
    QPalette.ColorRole.HighlightedText,
    QPalette.ColorRole.Highlight,
    QPalette.ColorRole.AlternateBase,
)

if TYPE_CHECKING:
    from pmdesk.document import Document
    from pmdesk.gantt.columnchooser import ColumnChooser
    from pmdesk.models.tasktree import TaskTreeModel

Index = QModelIndex | QPersistentModelIndex


class TaskDelegate(CellKeys, RowHeightDelegate):
    """Fixed row height; the spreadsheet keys; dates are typed (ISO or the locale's short
    format) or picked from a calendar that opens at the cell's date."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() in DATE_EDIT_COLUMNS:
            model = cast("TaskTreeModel", index.model())  # the table's (editor.py sets it)
            task_id = model.task_id(index)
            scheduled = (
                model.document.schedule.tasks.get(task_id)
                if (task_id is not None and model.document.schedule is not None)
                else None
            )
            return DateField(None, scheduled.start if scheduled is not None else None, parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, DateField):
            value = index.data(Qt.ItemDataRole.EditRole)
            if hasattr(value, "toPython"):
                value = value.toPython()
            editor.setText(value if isinstance(value, str) else write_date(value))
            editor.setProperty("opened_with", editor.text())
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DateField):
            # Enter on an unchanged date must not pin the task with a constraint nobody typed.
            if editor.text().strip() != editor.property("opened_with"):
                self.write(model, index, editor.text())
            return
        super().setModelData(editor, model, index)


class TaskTableView(CellNavigation, QTreeView):
    """The task table: a current cell with the spreadsheet keys (cellkeys.py) and MS Project's
    commands on top."""

    if TYPE_CHECKING:  # the table shows a TaskTreeModel (editor.py sets it)

        def model(self) -> TaskTreeModel: ...

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row_painter = TaskRowPainter(self)
        self.key_actions: list[QAction] = []  # set by the editor (tablekeys.py)
        self._to_own_editor = False  # the focus went to a cell editor of this table

    def focusInEvent(self, event: QFocusEvent) -> None:
        # A table entered with no current cell starts at the first row's Name, where typing
        # begins (in a new plan: the first blank row).
        if not self.currentIndex().isValid() and self.model() is not None:
            first = self.model().index(0, COLUMN_INDEX["name"])
            if first.isValid():
                self.selectionModel().setCurrentIndex(
                    first,
                    self.selectionModel().SelectionFlag.ClearAndSelect
                    | self.selectionModel().SelectionFlag.Rows,
                )
        if not (self._to_own_editor and self.currentIndex().isValid()):
            super().focusInEvent(event)
            return
        # Back from a cell editor: QAbstractItemView's focusInEvent less its repaint of every
        # row (see focusOutEvent).
        self._to_own_editor = False
        QAbstractScrollArea.focusInEvent(self, event)
        editable = bool(self.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, editable)
        self._repaint_focus_look()

    def dataChanged(
        self,
        topLeft: QModelIndex | QPersistentModelIndex,
        bottomRight: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        # The task model tells one row at a time (tasknotices.py). For a range QTreeView walks
        # every column (~190) to find the rectangle to repaint, about 0.1 ms a row: tell it of
        # the row's first cell and of the current cell (where an editor may be open), and
        # repaint the row, which the row painter draws whole anyway.
        if (
            not topLeft.isValid()
            or topLeft.row() != bottomRight.row()
            or topLeft.parent() != bottomRight.parent()
            or self.isRightToLeft()
        ):
            super().dataChanged(topLeft, bottomRight, list(roles))
            return
        super().dataChanged(topLeft, topLeft, list(roles))
        current = self.currentIndex()
        if (
            current.isValid()
            and current.row() == topLeft.row()
            and current.parent() == topLeft.parent()
            and topLeft.column() < current.column() <= bottomRight.column()
        ):
            super().dataChanged(current, current, list(roles))
        rect = self.visualRect(topLeft)
        if rect.isValid():
            self.viewport().update(QRect(0, rect.top(), self.viewport().width(), rect.height()))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # QAbstractItemView repaints every row when the focus leaves or comes back. To and from
        # its own cell editor (each typed cell), only the current cell's frame changes unless
        # the palette's inactive colours differ: measured at 10,000 tasks, those two full
        # repaints of the table were most of a typed duration's paint time.
        focus = QApplication.focusWidget()
        self._to_own_editor = focus is not None and self.viewport().isAncestorOf(focus)
        if not self._to_own_editor:
            super().focusOutEvent(event)
            return
        QAbstractScrollArea.focusOutEvent(self, event)
        self._repaint_focus_look()

    def _repaint_focus_look(self) -> None:
        """Repaint what the table's focus changes (tablepainter.py): the current row's frame,
        and every row when the palette's active and inactive colours differ."""
        palette = self.palette()
        active, inactive = QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive
        if any(
            palette.color(active, role) != palette.color(inactive, role) for role in FOCUS_ROLES
        ):
            self.viewport().update()
            return
        current = self.currentIndex()
        if current.isValid():
            rect = self.visualRect(current)
            self.viewport().update(QRect(0, rect.top(), self.viewport().width(), rect.height()))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # QTreeView repaints its whole viewport when a scroll's dy exceeds the number of rows
        # that fit: it compares pixels (ScrollPerPixel) with rows, so a three-row wheel step
        # (~72 px > ~38 rows) repainted every row. Move the painted pixels and paint the rows
        # that came in, as it does for smaller steps (QAbstractItemView's scroll: pending
        # updates first, then the viewport's pixels and editors); the chart does the same.
        if dx == 0 and 0 < abs(dy) < self.viewport().height():
            super().scrollContentsBy(0, 0)  # its bookkeeping: a pending auto-scroll stops
            self.scrollDirtyRegion(0, dy)
            self.viewport().scroll(0, dy)
            return
        super().scrollContentsBy(dx, dy)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.row_painter.begin()
        super().paintEvent(event)

    def drawRow(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # One Python call per row instead of QTreeView asking ~10 roles per cell and laying
        # each cell's text out again (see tablepainter.py for the figures).
        if self.isRightToLeft():  # the row painter lays rows out left to right only
            return super().drawRow(painter, option, index)
        self.row_painter.paint_row(painter, option.rect, index, self.model())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            return super().keyPressEvent(event)
        # MS Project's commands (tablekeys.py); the keypad's keys count as the main ones
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(mods, Qt.Key(event.key())))
        for action in self.key_actions:
            if action.isEnabled() and pressed in action.shortcuts():
                action.trigger()
                event.accept()
                return None
        return super().keyPressEvent(event)

    def configure(self, document: Document) -> None:
        """Selection, editing and scrolling as in MS Project; the remembered columns."""
        # The columns first: each setting below lays the rows out again, which asks the first
        # row's every shown cell for its size (all ~200 columns before the plan's are chosen).
        self.header().setStretchLastSection(False)  # the widths the plan keeps, as they are
        self.columns = ColumnLayout(self, document)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            # As in MS Project: F2, typing or a click on the current cell edits in place;
            # a double-click opens the task dialog.
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.setFrameShape(QTreeView.Shape.NoFrame)
        self.setAllColumnsShowFocus(True)
        self.setTreePosition(COLUMN_INDEX["name"])
        self.setIndentation(14)
        header = self.header()
        header.setFixedHeight(HEADER_HEIGHT)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

    def _column_menu(self, pos: QPoint) -> None:
        """The header's menu: Insert Column (before the clicked one) and Hide Column."""
        header = self.header()
        number = header.logicalIndexAt(pos)
        menu = QMenu(self)
        menu.addAction(
            self.tr("Insert column..."),
            lambda: self.choose_column(
                header.visualIndex(number) if number >= 0 else header.count()
            ),
        )
        hide = menu.addAction(self.tr("Hide column"), lambda: self.columns.hide(number))
        hide.setEnabled(number >= 0 and COLUMNS[number].key != "name")
        menu.addSeparator()
        # Sorting is for viewing: IDs, WBS codes and what indent/move act on stay the plan's.
        up = menu.addAction(
            self.tr("Sort ascending"), lambda: self.sort_rows(number, Qt.SortOrder.AscendingOrder)
        )
        down = menu.addAction(
            self.tr("Sort descending"), lambda: self.sort_rows(number, Qt.SortOrder.DescendingOrder)
        )
        for act in (up, down):
            act.setEnabled(number >= 0)
        plain = menu.addAction(self.tr("Plan order (by ID)"), lambda: self.sort_rows(-1))
        plain.setEnabled(self.model().sort_column is not None)
        menu.popup(header.mapToGlobal(pos))
        self.column_menu = menu  # for tests

    def sort_rows(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The model's layoutChanged rebuilds the chart's rows (rowcontroller.py): nothing more.
        model = self.model()
        model.sort(column, order)
        header = self.header()
        header.setSortIndicatorShown(model.sort_column is not None)
        if model.sort_column is not None:
            header.setSortIndicator(model.sort_column, order)

    def choose_column(self, before_visual: int) -> None:
        from pmdesk.gantt.columnchooser import ColumnChooser

        chooser = ColumnChooser(self.hidden_columns(), self)
        self.chooser = chooser
        chooser.accepted.connect(lambda: self._insert_chosen(chooser, before_visual))
        chooser.open()

    def _insert_chosen(self, chooser: ColumnChooser, before_visual: int) -> None:
        key = chooser.chosen_key()
        if key is not None:
            self.columns.insert(key, before_visual)

    def hidden_columns(self) -> list[int]:
        return [n for n in range(len(COLUMNS)) if self.isColumnHidden(n)]

    def set_column_visible(self, number: int, visible: bool) -> None:
        if visible:
            self.columns.insert(COLUMNS[number].key, self.header().count())
        else:
            self.columns.hide(number)
