"""Spreadsheet keys for every editable table (task table, resource sheet, assignments, roadmap,
canvas and P&L tables): one current cell that the arrows move; typing starts editing it and
replaces its content, F2 edits it keeping the content; Enter / Shift+Enter commit and move
down / up, Tab / Shift+Tab commit and move right / left, Escape cancels. These are the keys of
MS Project's tables and of Excel.

Two mixins, one for the view (``CellNavigation``) and one for its delegate (``CellKeys``), so
each table keeps its own class and gains the same rules instead of a copy of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QTreeView,
    QWidget,
)

if TYPE_CHECKING:
    _Delegate = QStyledItemDelegate
    _View = QAbstractItemView
else:  # mixins: the Qt class each is mixed into comes after it; mypy checks them against it
    _Delegate = object
    _View = object

Index = QModelIndex | QPersistentModelIndex

_Key = Qt.Key
_Mod = Qt.KeyboardModifier
_Move = QAbstractItemView.CursorAction

# (key, shift held) -> (rows, columns) to step after committing.
_STEPS: dict[tuple[int, bool], tuple[int, int]] = {
    (_Key.Key_Return, False): (1, 0),
    (_Key.Key_Enter, False): (1, 0),
    (_Key.Key_Return, True): (-1, 0),
    (_Key.Key_Enter, True): (-1, 0),
    (_Key.Key_Tab, False): (0, 1),
    (_Key.Key_Backtab, False): (0, -1),
    (_Key.Key_Backtab, True): (0, -1),
}


def step_for(event: QKeyEvent) -> tuple[int, int] | None:
    """The cell step a key press asks for (Enter, Shift+Enter, Tab, Shift+Tab), else None."""
    mods = event.modifiers() & ~_Mod.KeypadModifier
    if mods & ~_Mod.ShiftModifier:
        return None  # Ctrl/Alt + Enter or Tab belong to other commands
    return _STEPS.get((event.key(), bool(mods & _Mod.ShiftModifier)))


class CellKeys(_Delegate):
    """Delegate mixin: Enter/Tab in an open editor commit and step the view's current cell.

    A value the model refuses (its setData returns False after saying why) keeps the editor
    open on the same cell, so the person can correct what they typed.
    """

    _refused: bool  # set by write when the model refused the value

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            # The delegate filters the events of its editors (widgets); this one is a key press.
            step = step_for(cast(QKeyEvent, event))
            view = _view_of(cast(QWidget, editor))
            if step is not None and view is not None:
                self._refused = False
                self.commitData.emit(editor)
                if not self._refused:
                    self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                    view.step_cell(*step)
                return True
        return super().eventFilter(editor, event)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        # PySide6 gives the name as str; its stub says bytes.
        name: str = editor.metaObject().userProperty().name()  # type: ignore[assignment]
        self.write(model, index, editor.property(name))

    def write(self, model: QAbstractItemModel, index: Index, value: object) -> bool:
        """Hand ``value`` to the model; remembers a refusal so the editor stays open."""
        ok = bool(model.setData(index, value, Qt.ItemDataRole.EditRole))
        if not ok:
            self._refused = True
        return ok


def _view_of(editor: QWidget) -> CellNavigation | None:
    """The table an editor belongs to (editors live on the view's viewport)."""
    viewport = editor.parentWidget()
    view = viewport.parentWidget() if viewport is not None else None
    return view if isinstance(view, CellNavigation) else None


class CellNavigation(_View):
    """View mixin: the spreadsheet keys when no editor is open, and ``step_cell``."""

    _tab_origin: int | None  # the column a run of Tabs started in
    _stepping: bool  # step_cell is moving the current cell

    if TYPE_CHECKING:  # a QTableView's (a QTreeView has header())

        def horizontalHeader(self) -> QHeaderView: ...

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            step = step_for(event)
            if step is not None:
                self.step_cell(*step)
                event.accept()
                return
            mods = event.modifiers() & ~_Mod.KeypadModifier
            if event.key() == _Key.Key_F2 and not mods:
                self.edit_keeping()
                event.accept()
                return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:
        # Tab and Shift+Tab move between cells, as in a spreadsheet (Ctrl+Tab leaves).
        return False

    def edit_keeping(self) -> bool:
        """F2: edit the current cell with its content kept and the text cursor at its end."""
        index = self.currentIndex()
        f2 = QAbstractItemView.EditTrigger.EditKeyPressed
        # No event: Qt takes a null one; PySide6's stub asks for a QEvent.
        if not index.isValid() or not self.edit(index, f2, None):  # type: ignore[call-overload]
            return False
        editor = self.indexWidget(index)
        if isinstance(editor, QLineEdit):
            editor.deselect()
            editor.end(False)
        return True

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # QTreeView scrolls sideways on Left/Right; a table's current cell moves instead.
        if isinstance(self, QTreeView) and action in (_Move.MoveLeft, _Move.MoveRight):
            return self.neighbour_column(
                self.currentIndex(), 1 if action == _Move.MoveRight else -1
            )
        return super().moveCursor(action, modifiers)

    def neighbour_column(self, index: QModelIndex, step: int) -> QModelIndex:
        """The cell ``step`` visible columns right (or left) of ``index``; itself at an edge."""
        if not index.isValid():
            return index
        header = self.header() if isinstance(self, QTreeView) else self.horizontalHeader()
        visual = header.visualIndex(index.column()) + step
        while 0 <= visual < header.count():
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return index.siblingAtColumn(logical)
            visual += step
        return index

    def step_cell(self, rows: int, columns: int) -> None:
        """Make the cell ``rows`` down (or up) or ``columns`` right (or left) current.

        As in Excel, Enter after a run of Tabs goes down to the column the run started in, so
        a row typed across with Tab ends at the start of the next one."""
        current = self.currentIndex()
        if not current.isValid():
            return
        origin: int | None = getattr(self, "_tab_origin", None)
        if rows:
            target = self.moveCursor(_Move.MoveDown if rows > 0 else _Move.MoveUp, _Mod.NoModifier)
            column = origin if origin is not None and rows > 0 else current.column()
            if target.isValid() and target.column() != column:
                target = target.siblingAtColumn(column)
            origin = None
        else:
            target = self.neighbour_column(current, columns)
            if origin is None:
                origin = current.column()
        if not target.isValid() or target == current:
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if self.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
            flags |= QItemSelectionModel.SelectionFlag.Rows
        self._stepping = True
        try:
            self.selectionModel().setCurrentIndex(target, flags)
        finally:
            self._stepping = False
        self._tab_origin = origin
        self.scrollTo(target)

    def currentChanged(self, current: Index, previous: Index) -> None:
        # Any other move (arrows, a click, a command) ends a run of Tabs.
        if not getattr(self, "_stepping", False) and (
            current.row() != previous.row() or current.parent() != previous.parent()
        ):
            self._tab_origin = None
        super().currentChanged(current, previous)


class CellDelegate(CellKeys, QStyledItemDelegate):
    """The default delegate with the spreadsheet keys."""


class CellTableView(CellNavigation, QTableView):
    """A plain QTableView with the spreadsheet keys (for tables without a view class)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CellDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
