"""GanttEditor: the task table and the chart side by side over one Document.

The table (tableview.py) is a QTreeView over TaskTreeModel; the chart follows its rows
through a RowController. The toolbar (editortoolbar.py), the filters (editorfilters.py), the
commands on the plan (editorcommands.py: through operations/taskshape.py, errors a person
caused shown as one sentence above the table) and the context menu and dialogs
(editordialogs.py) are mixins; this module builds the editor and keeps its view state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from pmdesk.gantt.baritems import BarItems
from pmdesk.gantt.chartview import GanttChartView
from pmdesk.gantt.conflictpanel import ConflictPanel
from pmdesk.gantt.editordialogs import EditorDialogsMixin
from pmdesk.gantt.editortoolbar import EditorToolbarMixin
from pmdesk.gantt.rowcontroller import ROW_HEIGHT, RowController
from pmdesk.gantt.tablekeys import table_key_actions
from pmdesk.gantt.tableview import TaskDelegate, TaskTableView
from pmdesk.models.taskcolumns import COLUMN_INDEX
from pmdesk.models.tasktree import TaskTreeModel
from pmdesk.theme.tones import set_tone

if TYPE_CHECKING:
    from pmdesk.document import Document

ENTRY_ROWS = 20  # blank rows after the last task to type new tasks into, as in MS Project


class GanttEditor(EditorToolbarMixin, EditorDialogsMixin, QWidget):
    """Task table + chart over one Document (the "gantt" workspace tab)."""

    selectionCountChanged = Signal(int)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = TaskTreeModel(document, self, entry_rows=ENTRY_ROWS)
        self.table = TaskTableView(self)
        self.table.setModel(self.model)
        self.rows = RowController(self.table, self.model, ROW_HEIGHT)
        self.table.setItemDelegate(TaskDelegate(ROW_HEIGHT, self.table))
        self.model.refresh_tasks = self.rows.tasks_on_screen
        self.items = BarItems(document, self.model)
        self.chart = GanttChartView(document, self.rows, self.items, self)
        self.table.configure(document)
        self.table.key_actions = table_key_actions(self, self)
        self.message = QLabel(self)
        self.message.setObjectName("ganttMessage")
        self.message.setWordWrap(True)
        set_tone(
            self.message,
            "QLabel { background: $error_banner; color: $error_banner_text; padding: 4px; }",
        )
        self.message.hide()
        self._message_timer = QTimer(self, singleShot=True, interval=8000)
        self._message_timer.timeout.connect(self.message.hide)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("ganttSplitter")  # the main window remembers it by name
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.toolbar = QToolBar(self)
        self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.conflicts = ConflictPanel(document, lambda: self.model.order, self)
        self.conflicts.taskChosen.connect(self.go_to_task)
        self.conflicts.hide()
        layout.addWidget(self.conflicts)
        self.model.errorOccurred.connect(self.show_message)
        self.chart.errorOccurred.connect(self.show_message)
        self.chart.taskActivated.connect(self.open_task_dialog)
        self.chart.linkActivated.connect(self.open_link_dialog)
        self.chart.linkDrawn.connect(self._on_link_drawn)
        self.table.doubleClicked.connect(self._on_table_double_click)
        for widget in (self.table, self.chart.viewport()):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self._context_menu(self.table.viewport().mapToGlobal(pos))
        )
        self.chart.viewport().customContextMenuRequested.connect(
            lambda pos: self._context_menu(self.chart.viewport().mapToGlobal(pos))
        )
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selectionCountChanged.emit(self.selection_count())
        )
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        # The outline changed: a layout change, or rows inserted, removed or moved.
        for signal in (
            self.model.layoutChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
        ):
            signal.connect(self._expand_new_summaries)
            signal.connect(self._refilter)
        document.rescheduled.connect(self._refilter)
        document.rescheduled.connect(self._show_schedule_error)
        document.changed.connect(self._on_document_changed)
        self._known_summaries: set[int] = set()
        self._expand_new_summaries()
        self._show_schedule_error()
        self._sized = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Shown (the tab chosen, the window opened on it): typing goes to the table, as in
        # MS Project, unless the focus is already somewhere in this editor.
        QTimer.singleShot(0, self._focus_table)
        if not self._sized:
            # The table shows its columns up to Finish; the chart takes the rest.
            self._sized = True
            header = self.table.header()
            last = header.visualIndex(COLUMN_INDEX["finish"])
            width = (
                sum(
                    header.sectionSize(header.logicalIndex(v))
                    for v in range(last + 1)
                    if not header.isSectionHidden(header.logicalIndex(v))
                )
                + 4
            )
            total = max(self.splitter.width(), width + 400)
            self.splitter.setSizes([width, total - width])

    def choose_baseline(self, number: int) -> None:
        self.model.set_baseline_number(number)
        self.items.invalidate()
        self.chart.viewport().update()

    # -- state helpers ------------------------------------------------------------------
    def _expand_new_summaries(self, *_args: object) -> None:
        """Summaries open expanded the first time they are seen; later the user's choice stays."""
        summaries = {t for t in self.model.order if self.model.is_summary(t)}
        fresh = summaries - self._known_summaries
        if not fresh:
            return
        if not self._known_summaries:
            self.rows.expand_all()
        else:
            for task_id in fresh:
                self.rows.set_expanded(task_id, True)
        self._known_summaries = summaries

    def selected_task_ids(self) -> list[int]:
        ids = self._selected_row_ids()
        current = self.model.task_id(self.table.currentIndex())
        if not ids and current is not None:
            ids = {current}
        number = self.model.number_of
        return sorted(ids, key=lambda task_id: number(task_id) or 0)

    def _selected_row_ids(self) -> set[int]:
        """The tasks of the wholly selected rows (selectedRows' answer). Read from the
        selection's ranges: selectedRows asks the model for every cell of each row (~170
        columns), a few milliseconds on every move of the cursor."""
        selection = self.table.selectionModel()
        last = self.model.columnCount() - 1
        selected = selection.selection()
        ranges = [selected.at(i) for i in range(selected.count())]
        model = self.model
        if any(r.left() != 0 or r.right() != last for r in ranges):
            ids = {model.task_id(index) for index in selection.selectedRows()}
        else:
            ids = {
                model.task_id(model.index(row, 0, r.parent()))
                for r in ranges
                for row in range(r.top(), r.bottom() + 1)
            }
        ids.discard(None)  # the blank entry rows
        return {task_id for task_id in ids if task_id is not None}

    def current_task_id(self) -> int | None:
        return self.model.task_id(self.table.currentIndex())

    def select_task(self, task_id: int, column: str = "id") -> None:
        index = self.model.index_for_task(task_id, COLUMN_INDEX[column])
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectionModel().select(
                index,
                self.table.selectionModel().SelectionFlag.ClearAndSelect
                | self.table.selectionModel().SelectionFlag.Rows,
            )

    def _on_selection(self, *_args: object) -> None:
        self.chart.set_selected(set(self.selected_task_ids()))

    def _show_schedule_error(self) -> None:
        """A plan the engine cannot schedule still opens; say why until it is fixed."""
        error = self.document.schedule_error
        if error:
            self.message.setText(f"The plan cannot be scheduled: {error}")
            self.message.show()
            self._message_timer.stop()
        elif self.message.text().startswith("The plan cannot be scheduled"):
            self.message.hide()
            self.message.setText("")

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._message_timer.start()
        # A refused cell value is also said next to its cell, where the person is looking.
        index = self.table.currentIndex()
        focus = QApplication.focusWidget()
        if index.isValid() and focus is not None and self.table.isAncestorOf(focus):
            rect = self.table.visualRect(index)
            viewport = self.table.viewport()
            QToolTip.showText(viewport.mapToGlobal(rect.bottomLeft()), text, viewport, rect, 8000)

    # -- workspace protocol (Edit menu, View > Zoom, status bar, saved state) -----------
    def selection_count(self) -> int:
        return len(self.selected_task_ids())

    def view_menus(self) -> list[QMenu]:
        """Menus the main window's View menu shows while this tab is current."""
        return [self.outline_menu, self.zoom_menu, self.tables_menu]

    def visible_keys(self) -> list[str]:
        """The table's shown columns, left to right."""
        return [key for key, _width in self.table.columns.current()]

    def zoom(self, steps: int) -> None:
        """View > Zoom: +1 in, -1 out (a factor of 1.5 each), 0 fits the project again."""
        if steps == 0:
            self.chart.auto_fit = True
            self.chart.zoom_to_project()
        else:
            self.chart.zoom(1.5**steps)

    def save_state(self) -> dict[str, Any]:
        return {
            "splitter": self.splitter.sizes(),
            "day_width": self.chart.grid.day_width,
            "auto_fit": self.chart.auto_fit,
            "baseline": self.baseline_number.value(),
            "collapsed": sorted(self.rows.collapsed),
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        sizes = state.get("splitter")
        if sizes:
            self.splitter.setSizes([int(size) for size in sizes])
            self._sized = True
        if str(state.get("auto_fit", "true")).lower() in ("false", "0") and state.get("day_width"):
            self.chart.set_day_width(float(state["day_width"]))
        if state.get("baseline") is not None:
            self.baseline_number.setValue(int(state["baseline"]))
        collapsed = state.get("collapsed") or []
        if isinstance(collapsed, str):  # QSettings gives one value back as a plain string
            collapsed = [collapsed]
        for task_id in collapsed:
            if int(task_id) in self.document.data.tasks and self.model.is_summary(int(task_id)):
                self.rows.set_expanded(int(task_id), False)

    # -- going to tasks and chart options -----------------------------------------------
    def show_conflicts(self) -> None:
        """Open the conflicts panel (the status bar's "N conflicts")."""
        self.conflicts.refresh()
        self.conflicts.show()
        self.conflicts.list.setFocus()

    def go_to_task(self, task_id: int) -> None:
        """Select ``task_id`` and bring it into view in the table and the chart."""
        if self.rows.shown is not None and task_id not in self.rows.shown:
            self.filter_box.setCurrentIndex(0)  # a filter hid it: show every task again
            self.search.clear()
        parent = self.model.parent_of(task_id)
        while parent is not None:
            self.rows.set_expanded(parent, True)
            parent = self.model.parent_of(parent)
        self.select_task(task_id, "name")
        self.table.scrollTo(self.model.index_for_task(task_id, 0))
        self.chart.scroll_to_task(task_id)

    def _focus_table(self) -> None:
        focused = QApplication.focusWidget()
        if self.isVisible() and (focused is None or not self.isAncestorOf(focused)):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def scroll_to_current(self) -> None:
        task_id = self.current_task_id()
        if task_id is not None:
            self.chart.scroll_to_task(task_id)

    def set_show_critical(self, on: bool) -> None:
        self.chart.renderer.bars.show_critical = on
        self.chart.viewport().update()

    def set_tracking(self, on: bool) -> None:
        """Tracking Gantt on or off: bars (done dark, remaining light) over their baseline
        bars, and the progress line through the status date."""
        from pmdesk.gantt.barpainter import BarPainter
        from pmdesk.gantt.tracking import TrackingBarPainter

        old = self.chart.renderer.bars
        bars = (TrackingBarPainter if on else BarPainter)(old.style, old.font)
        bars.font, bars.metrics = old.font, old.metrics  # the font as sized for this chart
        bars.show_critical, bars.show_baseline = old.show_critical, old.show_baseline
        self.chart.renderer.bars = bars
        self.chart.tracking = on
        self.chart.viewport().update()

    def set_show_baseline(self, on: bool) -> None:
        self.chart.renderer.bars.show_baseline = on
        self.chart.viewport().update()
