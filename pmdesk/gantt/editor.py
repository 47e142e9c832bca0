"""GanttEditor: the task table and the chart side by side over one Document.

The table (tableview.py) is a QTreeView over TaskTreeModel; the chart follows its rows
through a RowController. Keyboard commands of the table (Insert, Delete, indent/outdent, move, link)
go through operations/taskshape.py; errors a person caused show as one sentence above the table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QSplitter,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.errors import PmdeskError
from pmdesk.gantt import baselines, filters, viewmenus
from pmdesk.gantt.baritems import BarItems
from pmdesk.gantt.chartview import GanttChartView
from pmdesk.gantt.conflictpanel import ConflictPanel
from pmdesk.gantt.rowcontroller import ROW_HEIGHT, RowController
from pmdesk.gantt.tableclipboard import FIELD_NAMES, convert_cell, copy_rows
from pmdesk.gantt.tablekeys import table_key_actions
from pmdesk.gantt.tableview import TaskDelegate, TaskTableView
from pmdesk.models.taskcolumns import COLUMN_INDEX, COLUMNS
from pmdesk.models.tasktree import TaskTreeModel
from pmdesk.operations import paste as pasting
from pmdesk.operations import taskshape
from pmdesk.theme.tones import set_tone

ENTRY_ROWS = 20  # blank rows after the last task to type new tasks into, as in MS Project


class GanttEditor(QWidget):
    """Task table + chart over one Document (the "gantt" workspace tab)."""

    selectionCountChanged = Signal(int)

    def __init__(self, document, parent=None) -> None:
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
        self.table.rowsSorted.connect(self._on_rows_sorted)
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
        self._known_summaries = set()
        self._expand_new_summaries()
        self._show_schedule_error()
        self._sized = False

    def showEvent(self, event) -> None:
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

    def _on_rows_sorted(self) -> None:
        self.rows.rebuild()
        self.chart.viewport().update()

    # -- set-up -------------------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(text, slot, checkable=False, checked=False):
            act = QAction(text, self)
            act.setCheckable(checkable)
            if checkable:
                act.setChecked(checked)
                act.toggled.connect(slot)
            else:
                act.triggered.connect(slot)
            self.toolbar.addAction(act)
            self.addAction(act)
            return act

        self.add_action = action(self.tr("Add task"), self.add_task)
        self.toolbar.addSeparator()
        self.outdent_action = action(self.tr("Outdent"), self.outdent)
        self.indent_action = action(self.tr("Indent"), self.indent)
        self.link_action = action(self.tr("Link"), self.link_selected)
        self.unlink_action = action(self.tr("Unlink"), self.unlink_selected)
        # Off by default (MS Project links FS silently); on, a bar dragged onto another opens
        # the link's dialog for its type and lag. In the context menu, remembered per user.
        self.edit_drawn_links = QAction(self.tr("Edit links after drawing them"), self)
        self.edit_drawn_links.setCheckable(True)
        self.edit_drawn_links.setChecked(
            QSettings().value("gantt/edit_drawn_links", False, type=bool)
        )
        self.edit_drawn_links.toggled.connect(self._remember_edit_drawn_links)
        self.toolbar.addSeparator()
        # No shortcuts here: View > Zoom In/Out of the main window own Ctrl++ and Ctrl+- and
        # call zoom(); the same keys on these actions would make Qt find the shortcut
        # ambiguous and fire neither.
        self.zoom_in_action = action(self.tr("Zoom in"), lambda: self.zoom(1))
        self.zoom_out_action = action(self.tr("Zoom out"), lambda: self.zoom(-1))
        self.zoom_project_action = action(self.tr("Zoom to project"), self.chart.zoom_to_project)
        self.scroll_task_action = action(self.tr("Scroll to task"), self.scroll_to_current)
        self.outline_menu, self.zoom_menu = viewmenus.build_menus(self)
        self.tables_menu = viewmenus.build_table_menu(self)
        self.toolbar.addAction(self.outline_menu.menuAction())
        self.toolbar.addAction(self.zoom_menu.menuAction())
        self.toolbar.addAction(self.tables_menu.menuAction())
        self.toolbar.addSeparator()
        self.critical_action = action(
            self.tr("Critical path"), self.set_show_critical, checkable=True, checked=True
        )
        self.baseline_action = action(
            self.tr("Baseline"), self.set_show_baseline, checkable=True, checked=True
        )
        self.tracking_action = action(self.tr("Tracking Gantt"), self.set_tracking, checkable=True)
        self.baseline_number = QSpinBox(self)
        self.baseline_number.setRange(0, 10)
        self.baseline_number.setPrefix(self.tr("Baseline "))
        self.baseline_number.setToolTip(
            self.tr("The baseline the chart shows and the actions set or clear")
        )
        self.baseline_number.valueChanged.connect(self.choose_baseline)
        self.toolbar.addWidget(self.baseline_number)
        self.set_baseline_action = action(self.tr("Set baseline"), self.set_baseline)
        self.clear_baseline_action = action(self.tr("Clear baseline"), self.clear_baseline)
        self.toolbar.addSeparator()
        self.filter_box = QComboBox(self)
        self.filter_box.setToolTip(self.tr("Show only some tasks (with their summaries)"))
        self.filter_box.setMaximumWidth(220)
        self._fill_filter_box()
        self.filter_box.currentIndexChanged.connect(self.apply_filter)
        self.toolbar.addWidget(self.filter_box)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search tasks"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(180)
        self.search.textChanged.connect(self.apply_filter)
        self.toolbar.addWidget(self.search)
        self.highlight_box = QCheckBox(self.tr("Highlight"), self)
        self.highlight_box.setToolTip(self.tr("Mark matching tasks instead of hiding the others"))
        self.highlight_box.toggled.connect(self.apply_filter)
        self.toolbar.addWidget(self.highlight_box)

    # -- filters and baselines ----------------------------------------------------------
    def _fill_filter_box(self) -> None:
        self.filter_box.blockSignals(True)
        current = self.filter_box.currentData()
        self.filter_box.clear()
        for name in filters.FILTERS:
            self.filter_box.addItem(QCoreApplication.translate("GanttFilters", name), f"{name}|")
        for resource in sorted(self.document.data.resources.values(), key=lambda r: r.name):
            self.filter_box.addItem(
                self.tr("Resource: %1").replace("%1", resource.name), f"{filters.ALL}|{resource.id}"
            )
        index = self.filter_box.findData(current) if current is not None else 0
        self.filter_box.setCurrentIndex(max(index, 0))
        self.filter_box.blockSignals(False)

    def set_filter(self, name: str, resource_id: int | None = None) -> None:
        index = self.filter_box.findData(f"{name}|{resource_id or ''}")
        if index < 0:
            raise ValueError(f"no filter {name!r} / resource {resource_id}")
        self.filter_box.setCurrentIndex(index)

    def apply_filter(self, *_args) -> None:
        name, _, resource = (self.filter_box.currentData() or f"{filters.ALL}|").partition("|")
        resource_id = int(resource) if resource else None
        test = filters.predicate(name, self.document, self.model, resource_id, self.search.text())
        if self.highlight_box.isChecked():
            self.rows.set_filter(None)
            matches = set() if test is None else {t for t in self.model.order if test(t)}
            self.chart.highlighted = matches
            self.model.set_highlighted(matches)
        else:
            self.chart.highlighted = set()
            if self.model.highlighted:
                self.model.set_highlighted(set())
            self.rows.set_filter(filters.shown_tasks(self.model, test))
        self.chart.viewport().update()

    def _refilter(self, *_args) -> None:
        if self.rows.shown is not None or self.chart.highlighted:
            self.apply_filter()

    def choose_baseline(self, number: int) -> None:
        self.model.set_baseline_number(number)
        self.items.invalidate()
        self.chart.viewport().update()

    def set_baseline(self) -> None:
        if self._run(lambda *_: True) is None:
            return
        try:
            baselines.set_baseline(self.document, self.baseline_number.value())
        except PmdeskError as exc:
            self.show_message(str(exc))

    def clear_baseline(self) -> None:
        if self._run(lambda *_: True) is None:
            return
        try:
            baselines.clear_baseline(self.document, self.baseline_number.value())
        except PmdeskError as exc:
            self.show_message(str(exc))

    # -- state helpers ------------------------------------------------------------------
    def _expand_new_summaries(self, *_args) -> None:
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

    def _on_document_changed(self, changes) -> None:
        from pmdesk.core.entities import Resource

        if any(change.kind is Resource for change in changes):
            self._fill_filter_box()

    def selected_task_ids(self) -> list[int]:
        ids = self._selected_row_ids()
        current = self.model.task_id(self.table.currentIndex())
        if not ids and current is not None:
            ids = {current}
        ids.discard(None)
        number = self.model.number_of
        return sorted(ids, key=lambda task_id: number(task_id) or 0)

    def _selected_row_ids(self) -> set:
        """The tasks of the wholly selected rows (selectedRows' answer). Read from the
        selection's ranges: selectedRows asks the model for every cell of each row (~170
        columns), a few milliseconds on every move of the cursor."""
        selection = self.table.selectionModel()
        last = self.model.columnCount() - 1
        ranges = selection.selection()
        if any(r.left() != 0 or r.right() != last for r in ranges):
            return {self.model.task_id(index) for index in selection.selectedRows()}
        model = self.model
        return {
            model.task_id(model.index(row, 0, r.parent()))
            for r in ranges
            for row in range(r.top(), r.bottom() + 1)
        }

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

    def _on_selection(self, *_args) -> None:
        self.chart.selected = set(self.selected_task_ids())
        self.chart.viewport().update()

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

    def _run(self, command, *args):
        if self.document.read_only:
            reason = self.document.read_only_reason
            self.show_message(
                "This plan is open read-only"
                + (f" ({reason})" if reason else "")
                + "; save a copy to change it."
            )
            return None
        try:
            return command(self.document, self.model.outline, *args)
        except PmdeskError as exc:
            self.show_message(str(exc))
            return None

    # -- workspace protocol (Edit menu, View > Zoom, status bar, saved state) -----------
    def selection_count(self) -> int:
        return len(self.selected_task_ids())

    def delete(self) -> None:
        self.delete_selected()

    def copy(self) -> None:
        ids = self.selected_task_ids()
        if ids:
            QApplication.clipboard().setText(copy_rows(self.model, ids, self.visible_keys()))

    def cut(self) -> None:
        self.copy()
        self.delete_selected()

    def paste(self) -> None:
        text = QApplication.clipboard().text()
        new_ids = self._run(
            pasting.paste_rows,
            self.current_task_id(),
            text,
            FIELD_NAMES,
            self._paste_columns(),
            convert_cell,
        )
        if new_ids:
            self.select_task(new_ids[0])

    def _paste_columns(self) -> list[str]:
        """Where rows without a header go: the visible columns from the current cell's (as a
        spreadsheet pastes), or from Name when the current cell cannot be typed into."""
        keys = self.visible_keys()
        current = self.table.currentIndex()
        key = COLUMNS[current.column()].key if current.isValid() else "name"
        if key not in keys or not COLUMNS[current.column()].editable:
            key = "name"
        return keys[keys.index(key) :] if key in keys else keys

    def view_menus(self) -> list:
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

    def save_state(self) -> dict:
        return {
            "splitter": self.splitter.sizes(),
            "day_width": self.chart.grid.day_width,
            "auto_fit": self.chart.auto_fit,
            "baseline": self.baseline_number.value(),
            "collapsed": sorted(self.rows.collapsed),
        }

    def restore_state(self, state: dict) -> None:
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

    def _context_menu(self, global_pos) -> None:
        menu = QMenu(self)
        menu.addAction(
            self.tr("Task information..."), lambda: self.open_task_dialog(self.current_task_id())
        )
        menu.addAction(self.tr("Update tasks..."), self.open_update_tasks)
        menu.addSeparator()
        menu.addAction(self.tr("Insert task"), self.insert_task)
        menu.addAction(self.tr("Delete task"), self.delete_selected)
        menu.addSeparator()
        menu.addAction(self.tr("Indent"), self.indent)
        menu.addAction(self.tr("Outdent"), self.outdent)
        menu.addAction(self.tr("Link tasks"), self.link_selected)
        menu.addAction(self.tr("Unlink tasks"), self.unlink_selected)
        menu.addAction(self.edit_drawn_links)
        menu.addSeparator()
        # The header's column commands, for the current cell's column (keyboard: Menu key).
        column = self.table.currentIndex().column() if self.table.currentIndex().isValid() else -1
        header = self.table.header()
        menu.addAction(
            self.tr("Insert column..."),
            lambda: self.table.choose_column(
                header.visualIndex(column) if column >= 0 else header.count()
            ),
        )
        hide = menu.addAction(self.tr("Hide column"), lambda: self.table.columns.hide(column))
        hide.setEnabled(column >= 0 and column != COLUMN_INDEX["name"])
        menu.addSeparator()
        menu.addAction(self.tr("Copy"), self.copy)
        menu.addAction(self.tr("Paste"), self.paste)
        menu.addAction(self.tr("Scroll to task"), self.scroll_to_current)
        menu.popup(global_pos)

    # -- commands -----------------------------------------------------------------------
    def insert_task(self) -> None:
        new_id = self._run(taskshape.insert_task, self.current_task_id())
        if new_id is not None:
            self.select_task(new_id, "name")  # typing now renames it, as in MS Project

    def add_task(self) -> None:
        """The toolbar's Add task: a new task on the row below the current one (or at the
        end), so a list added top-down stays in order; Insert adds above, as in MS Project."""
        new_id = self._run(taskshape.add_task_below, self.current_task_id())
        if new_id is not None:
            self.select_task(new_id, "name")

    def delete_selected(self) -> None:
        ids = self.selected_task_ids()
        if ids:
            self._run(taskshape.delete_tasks, ids)

    def _keep_selection(self, command) -> None:
        ids = self.selected_task_ids()
        if not ids:
            return
        current = self.current_task_id()
        column = max(self.table.currentIndex().column(), 0)  # the current cell stays in its column
        self._run(command, ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        for task_id in ids:
            index = self.model.index_for_task(task_id)
            if index.isValid():
                selection.select(
                    index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                )
        if current is not None:
            self.table.setCurrentIndex(self.model.index_for_task(current, column))
            selection.select(
                self.model.index_for_task(current),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )

    def indent(self) -> None:
        self._keep_selection(taskshape.indent_tasks)

    def outdent(self) -> None:
        self._keep_selection(taskshape.outdent_tasks)

    def move_up(self) -> None:
        self._keep_selection(lambda doc, outline, ids: taskshape.move_tasks(doc, outline, ids, -1))

    def move_down(self) -> None:
        self._keep_selection(lambda doc, outline, ids: taskshape.move_tasks(doc, outline, ids, 1))

    def link_selected(self) -> None:
        self._run(taskshape.link_tasks, self.selected_task_ids())

    def unlink_selected(self) -> None:
        self._run(taskshape.unlink_tasks, self.selected_task_ids())

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

    def open_current_task_dialog(self) -> None:
        self.open_task_dialog(self.current_task_id())

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

    def _on_table_double_click(self, index) -> None:
        self.open_task_dialog(self.model.task_id(index))

    def _on_link_drawn(self, link_id: int) -> None:
        if self.edit_drawn_links.isChecked():
            self.open_link_dialog(link_id)

    def _remember_edit_drawn_links(self, on: bool) -> None:
        QSettings().setValue("gantt/edit_drawn_links", on)

    def open_link_dialog(self, link_id: int) -> None:
        from pmdesk.gantt.linkdialog import LinkDialog

        if link_id in self.document.data.links:
            self.link_dialog = LinkDialog(self.document, self.model, link_id, self)
            self.link_dialog.open()

    def open_update_tasks(self) -> None:
        """Task > Update Tasks for the selected tasks (the current one without a selection)."""
        # Summaries show their subtasks' progress; they are not updated themselves.
        ids = [t for t in self.selected_task_ids() if not self.model.is_summary(t)]
        if not ids:
            return
        from pmdesk.gantt.updatetasks import UpdateTasksDialog

        self.update_tasks_dialog = UpdateTasksDialog(self.document, self.model, ids, self)
        self.update_tasks_dialog.open()

    def open_task_dialog(self, task_id: int | None) -> None:
        if task_id is None:
            return
        from pmdesk.gantt.taskdialog import TaskDialog

        dialog = TaskDialog(self.document, self.model, task_id, self)
        dialog.open()
