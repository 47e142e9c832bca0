"""CanvasWorkspace: the Strategy canvas tab. Three modes on a small tool bar: the value curves
with their editable table (Blue Ocean strategy canvas), the four-actions ERRC grid, and the
Business Model (or Lean) Canvas with sticky notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core import canvas
from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP, english_plural
from pmdesk.gantt.cellkeys import CellTableView
from pmdesk.models.canvas import CanvasValuesModel
from pmdesk.ui.modebar import mode_toolbar
from pmdesk.ui.workspaces.canvas import editing
from pmdesk.ui.workspaces.canvas.bmc_view import BmcView
from pmdesk.ui.workspaces.canvas.errc_view import ErrcView
from pmdesk.ui.workspaces.canvas.export import EXPORT_SIZES, export_picture
from pmdesk.ui.workspaces.canvas.strategy_view import StrategyView

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from pmdesk.document import Document

P = ParamSpec("P")
R = TypeVar("R")

MODES = ("strategy", "errc", "bmc")
MODE_TITLES = {
    "strategy": QT_TRANSLATE_NOOP("Modes", "Strategy canvas"),
    "errc": QT_TRANSLATE_NOOP("Modes", "Four actions (ERRC)"),
    "bmc": QT_TRANSLATE_NOOP("Modes", "Business model"),
}


class CanvasWorkspace(QWidget):
    selectionCountChanged = Signal(int)
    modes = MODES  # for set_mode(); `pmdesk screenshot --mode` lists them

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.strategy = StrategyView(document)
        self.model = CanvasValuesModel(document, self)
        self.table = CellTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(80)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("canvasSplitter")  # named: the window keeps its sizes
        self.splitter.addWidget(self.strategy)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.errc = ErrcView(document)
        self.bmc = BmcView(document)
        self.stack = QStackedWidget()
        for widget in (self.splitter, self.errc, self.bmc):
            self.stack.addWidget(widget)
        self.toolbar = self._make_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)

        for view in (self.strategy, self.errc, self.bmc):
            view.selectionChanged.connect(self._selection_changed)
            view.errorRaised.connect(self.show_error)
        # Queued: the message box waits until the table cell's editor has closed.
        self.model.errorRaised.connect(self.show_error, Qt.ConnectionType.QueuedConnection)
        self.strategy.addFactorRequested.connect(self.add_factor)
        self.strategy.addOfferingRequested.connect(self.add_offering)
        self.table.selectionModel().currentChanged.connect(self._table_current_changed)
        self.model.modelReset.connect(self._fit_table)
        self.table.doubleClicked.connect(lambda index: self.table.edit(index))
        self._base_point_size = self.font().pointSizeF()
        self.set_mode("strategy")
        self._fit_table()
        self._initial_split: QByteArray | None = (
            self.splitter.saveState()
        )  # changed when the window restores one

    # -- tool bar ------------------------------------------------------------------------------
    def _make_toolbar(self) -> QToolBar:
        bar, self.mode_actions = mode_toolbar(
            self, self.tr("Canvas"), MODES, MODE_TITLES, self.set_mode
        )
        bar.addSeparator()
        self.add_factor_action = bar.addAction(self.tr("Add factor"), self.add_factor)
        self.add_offering_action = bar.addAction(self.tr("Add offering"), self.add_offering)
        self.left_action = bar.addAction(
            self.tr("◀ Move left"), lambda: self.strategy.move_selected_factor(-1)
        )
        self.left_action.setToolTip(self.tr("Move the selected factor left on the axis (Alt+Left)"))
        self.right_action = bar.addAction(
            self.tr("Move right ▶"), lambda: self.strategy.move_selected_factor(1)
        )
        self.right_action.setToolTip(
            self.tr("Move the selected factor right on the axis (Alt+Right)")
        )
        self.kind_combo = QComboBox()
        for kind, (title, _blocks) in canvas.CANVAS_KINDS.items():
            self.kind_combo.addItem(title, kind)
        self.kind_combo.currentIndexChanged.connect(
            lambda: self.bmc.set_kind(self.kind_combo.currentData())
        )
        self.kind_action = bar.addWidget(self.kind_combo)
        self.delete_action = bar.addAction(self.tr("Delete"), self.delete)
        bar.addSeparator()
        export = QToolButton()
        export.setText(self.tr("Export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for text, slot in (
            (self.tr("This view as PNG / PDF / SVG…"), lambda: self.export_picture()),
            (self.tr("Levels as tab-separated text to the clipboard"), self.copy),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            export.addAction(action)
        bar.addWidget(export)
        return bar

    def _update_actions(self) -> None:
        writable = not self.document.read_only
        strategy = self.mode == "strategy"
        for action in (self.add_factor_action, self.add_offering_action):
            action.setVisible(self.mode != "bmc")
            action.setEnabled(writable)
        factor = self.strategy.overlay.factor_id
        order = [f.id for f in canvas.ordered_factors(self.document.data)]
        for action, ok in (
            (self.left_action, factor in order[1:]),
            (self.right_action, factor in order[:-1]),
        ):
            action.setVisible(strategy)
            action.setEnabled(writable and factor is not None and ok)
        self.kind_action.setVisible(self.mode == "bmc")
        self.delete_action.setEnabled(writable and self.selection_count() > 0)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        widget = {"strategy": self.splitter, "errc": self.errc, "bmc": self.bmc}[mode]
        self.stack.setCurrentWidget(widget)
        self.mode_actions[mode].setChecked(True)
        self.current_view().setFocus()
        self._update_actions()
        self.selectionCountChanged.emit(self.selection_count())

    def current_view(self) -> StrategyView | ErrcView | BmcView:
        views: dict[str, StrategyView | ErrcView | BmcView] = {
            "strategy": self.strategy,
            "errc": self.errc,
            "bmc": self.bmc,
        }
        return views[self.mode]

    # -- selection -----------------------------------------------------------------------------
    def selection_count(self) -> int:
        return self.current_view().selection_count()

    def _selection_changed(self) -> None:
        self._update_actions()
        self.selectionCountChanged.emit(self.selection_count())
        if self.sender() is self.strategy:
            self._select_in_table()

    def _select_in_table(self) -> None:
        overlay = self.strategy.overlay
        row = self.model.row_of(overlay.factor_id) if overlay.factor_id is not None else None
        column = self.model.column_of(overlay.offering_id) if overlay.offering_id is not None else 0
        if row is not None and column is not None:
            index = self.model.index(row, column)
            if index != self.table.currentIndex():
                self.table.setCurrentIndex(index)

    def _table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.table.hasFocus():
            offering = self.model.offering_at(current.column())
            self.strategy.select(
                self.model.factor_at(current.row()).id, offering.id if offering else None
            )

    def _fit_table(self) -> None:
        """Names and actions as wide as they need, levels share the rest; the table tall enough
        for every factor (up to about a third of the tab; the window remembers a user's split)."""
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.model.rowCount()
        wanted = (
            header.sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
            + 16
        )
        total = self.splitter.height() if self.splitter.isVisible() else 900
        table_h = min(wanted, max(120, int(total * 0.36)))
        self.splitter.setSizes([total - table_h, table_h])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._initial_split is not None:
            # Only now is the real height known; a split the window restored is left alone.
            if self.splitter.saveState() == self._initial_split:
                QTimer.singleShot(0, self._fit_table)  # after the layouts have settled
            self._initial_split = None

    # -- commands ------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Strategy canvas"), message)

    def _run(self, action: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R | None:
        """``action``'s result, or None after showing the user error it raised."""
        try:
            return action(*args, **kwargs)
        except PmdeskError as exc:
            self.show_error(str(exc))
            return None

    def add_factor(self, name: str | None = None) -> int | None:
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Add factor"), self.tr("What does the industry compete on?")
            )
            if not ok:
                return None
        selected = self.strategy.overlay.factor_id
        order = [f.id for f in canvas.ordered_factors(self.document.data)]
        index = order.index(selected) + 1 if selected in order else None  # after the selected one
        factor_id = self._run(editing.add_factor, self.document, name, index)
        if factor_id is not None:
            self.strategy.select(factor_id, None)
        return factor_id

    def add_offering(self, name: str | None = None) -> int | None:
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Add offering"), self.tr("Competitor or alternative:")
            )
            if not ok:
                return None
        offering_id = self._run(editing.add_offering, self.document, name)
        if offering_id is not None:
            self.strategy.select(None, offering_id)
        return offering_id

    def delete(self) -> None:
        """Delete what is selected: a note, or a factor (else the offering) on the canvas."""
        if self.document.read_only:
            return
        if self.mode == "bmc":
            self.bmc.delete_selected()
        elif self.mode == "errc" and self.errc.selected is not None:
            self._run(editing.remove_factors, self.document, [self.errc.selected])
        elif self.mode == "strategy":
            overlay = self.strategy.overlay
            if overlay.factor_id is not None:
                self._run(editing.remove_factors, self.document, [overlay.factor_id])
            elif overlay.offering_id is not None:
                self._run(editing.remove_offering, self.document, overlay.offering_id)

    def can_edit(self, name: str) -> bool:
        writable = not self.document.read_only
        if name == "delete":
            return self.selection_count() > 0 and writable
        if name == "cut":
            return self.mode == "bmc" and self.bmc.selected is not None and writable
        if name == "paste":
            return (
                self.mode == "bmc" and writable and bool(QGuiApplication.clipboard().text().strip())
            )
        return name == "copy"

    def cut(self) -> None:
        if self.can_edit("cut"):
            self.copy()
            self.bmc.delete_selected()

    def paste(self) -> None:
        """Business model mode: each line of the clipboard becomes a note, after the selected note
        (or at the end of the first block), as one undo step."""
        if not self.can_edit("paste"):
            return
        lines = [
            line.strip() for line in QGuiApplication.clipboard().text().splitlines() if line.strip()
        ]
        data = self.document.data
        kind = self.bmc.kind
        selected = (
            data.canvas_notes.get(self.bmc.selected) if self.bmc.selected is not None else None
        )
        block = selected.block if selected is not None else canvas.blocks_of(kind)[0].key
        notes = [n.id for n in canvas.notes_by_block(data, kind)[block]]
        index = notes.index(selected.id) + 1 if selected is not None else len(notes)
        text = (
            self.tr("Paste note")
            if len(lines) == 1
            else english_plural(self.tr("Paste %n note(s)", "", len(lines)), len(lines))
        )
        try:
            with self.document.macro(text):
                for offset, line in enumerate(lines):
                    note_id = editing.add_note(
                        self.document, kind, block, line, index=index + offset
                    )
        except PmdeskError as exc:
            self.show_error(str(exc))
            return
        self.bmc.select(note_id)

    def copy(self) -> None:
        """The selected note's text, or the levels table as tab-separated text (for a spreadsheet)."""
        if self.mode == "bmc" and self.bmc.selected is not None:
            QGuiApplication.clipboard().setText(
                self.document.data.canvas_notes[self.bmc.selected].text
            )
            return
        model = self.model
        lines = [
            "\t".join(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            )
        ]
        for row in range(model.rowCount()):
            lines.append(
                "\t".join(
                    str(model.data(model.index(row, c)) or "") for c in range(model.columnCount())
                )
            )
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def zoom(self, steps: int) -> None:
        for widget in (self.strategy, self.errc, self.bmc, self.table):
            font = widget.font()
            size = self._base_point_size if steps == 0 else font.pointSizeF() * (1.15**steps)
            font.setPointSizeF(max(6.0, min(32.0, size)))
            widget.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)

    # -- export and print ----------------------------------------------------------------------
    def export_picture(self, path: str | None = None) -> None:
        name = {
            "strategy": "strategy-canvas",
            "errc": "errc-grid",
            "bmc": self.bmc.kind + "-canvas",
        }[self.mode]
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the canvas"),
                f"{name}.png",
                self.tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"),
            )
            if not path:
                return
            if "." not in path.rsplit("/", 1)[-1]:
                path += "." + chosen.split("*.")[-1].rstrip(")")
        self._run(
            export_picture,
            self.current_view(),
            path,
            EXPORT_SIZES[self.mode],
            MODE_TITLES[self.mode],
        )

    def save_state(self) -> dict[str, object]:
        return {"mode": self.mode, "business_canvas": self.bmc.kind}

    def restore_state(self, state: dict[str, object]) -> None:
        kind = state.get("business_canvas")
        if kind in canvas.CANVAS_KINDS:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        mode = state.get("mode")
        if isinstance(mode, str) and mode in MODES:
            self.set_mode(mode)
