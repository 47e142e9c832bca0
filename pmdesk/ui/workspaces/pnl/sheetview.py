"""The sheet: a table whose first column (the row names) and last column (the totals) stay
put while the periods scroll between them.

Three QTableViews share one model and one selection model: the left one shows column 0, the
middle one the periods, the right one the total; their vertical scrolling is tied together
(the "frozen column" arrangement of Qt's own example, without overlaying views).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QWidget,
)

from pmdesk.core.errors import PmdeskError
from pmdesk.core.finance.rows import LINE
from pmdesk.gantt.cellkeys import CellDelegate, CellNavigation
from pmdesk.models.pnl import ROW_KIND_ROLE, PnlSheetModel
from pmdesk.theme.tones import set_tone

LABEL_WIDTH = 200


class _SheetTable(CellNavigation, QTableView):
    """A table of the sheet; Delete/Backspace clears overrides, Copy copies as TSV."""

    deleteRequested = Signal()
    copyRequested = Signal()
    pasteRequested = Signal()

    def reserve_bottom(self, pixels: int) -> None:
        """Leave room under the rows (as tall as the other view's scroll bar) so both views
        scroll to the same last row."""
        self.setViewportMargins(0, 0, 0, pixels)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.deleteRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copyRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.pasteRequested.emit()
            return
        super().keyPressEvent(event)


class SheetView(QWidget):
    currentLineChanged = Signal(object)  # line id or None
    selectionCountChanged = Signal(int)

    def __init__(self, model: PnlSheetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.labels = _SheetTable(self)
        self.cells = _SheetTable(self)
        self.totals = _SheetTable(self)
        self.views = (self.labels, self.cells, self.totals)
        for view in self.views:
            view.setModel(model)
            view.setWordWrap(False)
            view.setShowGrid(False)
            view.setAlternatingRowColors(False)
            view.verticalHeader().hide()
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.horizontalHeader().setHighlightSections(False)
            view.setFrameShape(QFrame.Shape.NoFrame)
            view.deleteRequested.connect(self.clear_selected_overrides)
            view.copyRequested.connect(self.copy)
            view.pasteRequested.connect(self.paste)
        self.cells.setSelectionModel(self.labels.selectionModel())
        self.cells.setItemDelegate(CellDelegate(self.cells))
        self.totals.setSelectionModel(self.labels.selectionModel())
        self.labels.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cells.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Only the totals (rightmost) show a vertical scroll bar. The periods always keep their
        # horizontal one and the other views leave the same room empty, so that all viewports
        # are equally tall and the rows stay level at the bottom.
        self.labels.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cells.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.labels.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cells.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        bar_height = self.cells.horizontalScrollBar().sizeHint().height()
        self.labels.reserve_bottom(bar_height)
        self.totals.reserve_bottom(bar_height)
        self.labels.setObjectName("pnlLabels")
        self.cells.setObjectName("pnlCells")
        self.totals.setObjectName("pnlTotals")
        set_tone(self.labels, "QTableView#pnlLabels { border-right: 1px solid $divider; }")
        set_tone(self.totals, "QTableView#pnlTotals { border-left: 1px solid $divider; }")
        # Keep the views scrolled to the same rows.
        for source in self.views:
            for target in self.views:
                if source is not target:
                    source.verticalScrollBar().valueChanged.connect(
                        target.verticalScrollBar().setValue
                    )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.labels)
        layout.addWidget(self.cells, 1)
        layout.addWidget(self.totals)
        self.labels.selectionModel().currentChanged.connect(self._on_current)
        self.labels.selectionModel().selectionChanged.connect(
            lambda *_: self.selectionCountChanged.emit(self.selection_count())
        )
        model.modelReset.connect(self._layout_columns)
        self._layout_columns()

    # -- layout ------------------------------------------------------------------------
    def _layout_columns(self) -> None:
        metrics = self.cells.fontMetrics()
        row_height = metrics.height() + 10
        for view in self.views:
            view.verticalHeader().setDefaultSectionSize(row_height)
        count = self.model.columnCount()
        for column in range(count):
            self.labels.setColumnHidden(column, column != 0)
            self.cells.setColumnHidden(column, column in (0, count - 1))
            self.totals.setColumnHidden(column, column != count - 1)
        width = max(
            [LABEL_WIDTH] + [metrics.horizontalAdvance(r.label) + 40 for r in self.model.rows]
        )
        self.labels.setColumnWidth(0, min(width, 420))
        self.labels.horizontalHeader().setStretchLastSection(True)
        self.labels.setFixedWidth(self.labels.columnWidth(0) + 2)
        bold = self.cells.font()
        bold.setBold(True)
        wide = QFontMetrics(bold)
        for column in range(1, count):
            header = metrics.horizontalAdvance(
                self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            )
            longest = max(
                (
                    wide.horizontalAdvance(self.model.cell_text(r, column))
                    for r in range(len(self.model.rows))
                ),
                default=0,
            )
            width = max(longest, header, metrics.horizontalAdvance("888,888")) + 22
            (self.totals if column == count - 1 else self.cells).setColumnWidth(column, width)
        self.cells.horizontalHeader().setStretchLastSection(False)
        self.totals.horizontalHeader().setStretchLastSection(True)
        self.totals.setFixedWidth(
            self.totals.columnWidth(count - 1)
            + self.totals.verticalScrollBar().sizeHint().width()
            + 2
        )

    def set_zoom(self, factor: float) -> None:
        """Scale the sheet's text by ``factor`` of the widget's own font size (1.0 resets)."""
        for view in self.views:
            font = view.font()
            font.setPointSizeF(max(5.0, min(40.0, self.font().pointSizeF() * factor)))
            view.setFont(font)
        self._layout_columns()

    # -- selection ---------------------------------------------------------------------
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentLineChanged.emit(self.current_line_id())

    def current_line_id(self) -> int | None:
        index = self.labels.selectionModel().currentIndex()
        if not index.isValid() or self.model.data(index, ROW_KIND_ROLE) != LINE:
            return None
        row = self.model.rows[index.row()]
        return row.line.line.id if row.line is not None else None  # a LINE row has its line

    def select_line(self, line_id: int | None) -> None:
        row = self.model.row_for_line(line_id) if line_id is not None else None
        if row is None:
            return
        index = self.model.index(row, 0)
        self.labels.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.labels.scrollTo(index)

    def selected_indexes(self) -> list[QModelIndex]:
        return self.labels.selectionModel().selectedIndexes()

    def selection_count(self) -> int:
        return len({i.row() for i in self.selected_indexes()})

    # -- gestures ----------------------------------------------------------------------
    def clear_selected_overrides(self) -> int:
        """Clear the overrides of the selected cells; a selected row name means its whole row."""
        indexes = self.selected_indexes()
        current = self.labels.selectionModel().currentIndex()
        if not indexes and current.isValid():
            indexes = [current]
        whole_rows = {i.row() for i in indexes if i.column() == 0}
        indexes = indexes + [
            self.model.index(row, column)
            for row in whole_rows
            for column in range(1, self.model.columnCount())
        ]
        return self.model.clear_overrides(indexes)

    def paste_text(self, text: str) -> int:
        """Paste tab-separated amounts at the current cell (one undo step). A header line and
        a first column of row names, as Copy writes them, are skipped."""
        lines = [line.split("\t") for line in text.rstrip("\n").split("\n") if line.strip()]
        if not lines:
            return 0
        periods = {p.label for p in self.model.sheet.periods} | {"Total"}
        if any(cell.strip() in periods for cell in lines[0]):
            lines = lines[1:]
        labels = {r.label for r in self.model.rows}
        if lines and all(line and line[0].strip() in labels for line in lines):
            lines = [line[1:] for line in lines]
        current = self.labels.selectionModel().currentIndex()
        if not current.isValid() or not lines:
            return 0
        column = max(1, current.column())
        try:
            return self.model.paste_grid(current.row(), column, lines)
        except PmdeskError as exc:
            self.model.editRefused.emit(str(exc))
            return 0

    def paste(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self.paste_text(QGuiApplication.clipboard().text())

    def copy_text(self) -> str:
        """The selected cells (or whole rows) as tab-separated text with the period header."""
        indexes = self.selected_indexes()
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        if columns == [0]:
            columns = list(range(self.model.columnCount()))
        elif 0 not in columns:
            columns = [0] + columns
        header = [self.model.headerData(c, Qt.Orientation.Horizontal) or "" for c in columns]
        lines = ["\t".join(header)]
        for row in rows:
            lines.append("\t".join(self.model.cell_text(row, c) for c in columns))
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        from PySide6.QtGui import QGuiApplication

        text = self.copy_text()
        if text:
            QGuiApplication.clipboard().setText(text)
