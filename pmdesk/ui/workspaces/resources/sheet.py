"""The tables of the resource grid: the editable resource sheet (Insert adds, Delete removes)
and the assignments of the selected resource; drop-down lists for a resource's type and
calendar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from pmdesk.core.entities import ResourceType
from pmdesk.gantt.cellkeys import CellDelegate, CellKeys, CellNavigation
from pmdesk.models.assignments import CHOICES_ROLE
from pmdesk.models.columns import WIDEST_TEXT_ROLE
from pmdesk.models.resources import COLUMN_INDEX, ResourceSheetModel
from pmdesk.theme.tones import set_tone


class SheetDelegate(CellKeys, QStyledItemDelegate):
    """A drop-down for the Type and Base calendar columns of the sheet and for any cell whose
    model offers choices (CHOICES_ROLE: the assignments' Contour), text editing elsewhere;
    the spreadsheet keys (Enter moves down, Tab right) of every table."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def _choices(self, index: QModelIndex | QPersistentModelIndex) -> list[str] | None:
        if isinstance(self.model, ResourceSheetModel):
            if index.column() == COLUMN_INDEX["type"]:
                return [t.value for t in ResourceType]
            if index.column() == COLUMN_INDEX["calendar"]:
                return self.model.calendar_names()
        return index.data(CHOICES_ROLE) or None

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        choices = self._choices(index)
        if choices is None:
            return super().createEditor(parent, option, index)
        editor = QComboBox(parent)
        editor.addItems(choices)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findText(
                str(index.data(Qt.ItemDataRole.EditRole) or ""), Qt.MatchFlag.MatchFixedString
            )
            editor.setCurrentIndex(max(0, found))
            return
        super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            self.write(model, index, editor.currentText())
            return
        super().setModelData(editor, model, index)


class GridTable(CellNavigation, QTableView):
    """A table of the resource grid, styled like the Gantt's task table, with the spreadsheet
    keys; ``on_insert`` and ``on_delete`` run for the Insert and Delete keys (when not
    editing a cell)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        on_insert: Callable[[], None] | None = None,
        on_delete: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_insert = on_insert
        self.on_delete = on_delete
        self._fit_pending = False
        self._fit_widest = 320
        self.setItemDelegate(CellDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.setShowGrid(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        set_tone(
            self,
            "QTableView { gridline-color: $usage_grid; selection-background-color: $table_selection;"
            " selection-color: $text; alternate-background-color: $table_alternate; }"
            "QHeaderView::section { background: $usage_header; color: $heading_text; border: none;"
            " border-right: 1px solid $usage_grid; border-bottom: 1px solid $header_line;"
            " padding: 3px 6px; }"
            "QHeaderView::section:vertical { color: $muted_text; border-bottom: 1px solid $usage_grid;"
            " padding: 0 6px; }",
        )
        self.fit_rows()
        # Fitting a column measures the visible rows and then others up to this many (Qt's
        # default is 1,000; the column's header holds the setting): a sheet of thousands of assignments opens without asking each.
        self.horizontalHeader().setResizeContentsPrecision(50)
        self.verticalHeader().setResizeContentsPrecision(50)

    def fit_rows(self) -> None:
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def fit_columns(self, widest: int = 320) -> None:
        """Each column as wide as its contents (at most ``widest``); a hidden table does it
        when next shown, once however often it was asked (measuring asks every cell)."""
        self._fit_widest = widest
        if not self.isVisible():
            self._fit_pending = True
            return
        self._fit_pending = False
        header = self.horizontalHeader()
        model = self.model()
        if model is None:
            return
        for column in range(model.columnCount()):
            self.resizeColumnToContents(column)
            header.resizeSection(column, min(widest, header.sectionSize(column) + 12))

    def sizeHintForColumn(self, column: int) -> int:
        """The width Qt's delegate gives the column's widest text among its first rows (the
        header's precision), in bold and with room for an icon where the first row has one,
        asking each cell only for its text: a tenth of the time of measuring every cell's
        style, which opening the tab at 10,000 tasks needs. A column may name its widest
        text instead (WIDEST_TEXT_ROLE: the sheet's Peak, which would need every load)."""
        model = self.model()
        if model is None or not 0 <= column < model.columnCount():
            return -1
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        bold = QFont(option.font)
        bold.setBold(True)  # over-allocated rows are bold
        metrics = QFontMetrics(bold)
        sample = model.headerData(column, Qt.Orientation.Horizontal, WIDEST_TEXT_ROLE)
        if sample:
            texts = [str(sample)]
        else:
            rows = model.rowCount()
            precision = self.horizontalHeader().resizeContentsPrecision()
            count = rows if precision < 0 else min(rows, max(precision, 1))
            texts = [str(model.index(row, column).data() or "") for row in range(count)]
        option.font = bold
        option.fontMetrics = metrics
        option.text = max(texts, key=metrics.horizontalAdvance, default="")
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        if model.rowCount() and model.index(0, column).data(Qt.ItemDataRole.DecorationRole):
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self
        )
        return size.width()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self.fit_columns(self._fit_widest)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if event.key() == Qt.Key.Key_Insert and self.on_insert is not None:
                self.on_insert()
                event.accept()
                return
            if event.key() == Qt.Key.Key_Delete and self.on_delete is not None:
                self.on_delete()
                event.accept()
                return
        super().keyPressEvent(event)
