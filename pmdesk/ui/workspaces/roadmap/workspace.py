"""RoadmapWorkspace: the Roadmap tab — board, timeline, scored table and bubble chart over one
shared state (filter, selection), with a tool bar, a filter bar and exports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.entities import Horizon
from pmdesk.core.errors import PmdeskError
from pmdesk.core.roadmap import STATUS_LABELS, STATUSES, RoadmapFilter, all_tags
from pmdesk.core.scoring import ICE_AVERAGE, ICE_PRODUCT, custom_model
from pmdesk.core.translation import QT_TRANSLATE_NOOP
from pmdesk.gantt.cellkeys import CellTableView
from pmdesk.models.roadmap import ITEM_ID_ROLE, RoadmapItemsModel
from pmdesk.ui.modebar import mode_toolbar
from pmdesk.ui.workspaces.roadmap import editing
from pmdesk.ui.workspaces.roadmap.board import BoardView
from pmdesk.ui.workspaces.roadmap.state import RoadmapState
from pmdesk.ui.workspaces.roadmap.timeline import TimelineView

if TYPE_CHECKING:
    from pmdesk.document import Document
    from pmdesk.ui.workspaces.roadmap.chart import ValueEffortChart

P = ParamSpec("P")
R = TypeVar("R")

MODES = ("board", "timeline", "table", "chart")
MODE_TITLES = {
    "board": QT_TRANSLATE_NOOP("Modes", "Board"),
    "timeline": QT_TRANSLATE_NOOP("Modes", "Timeline"),
    "table": QT_TRANSLATE_NOOP("Modes", "Table"),
    "chart": QT_TRANSLATE_NOOP("Modes", "Value vs effort"),
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ANY = "__any__"


class RoadmapWorkspace(QWidget):
    selectionCountChanged = Signal(int)
    taskActivated = Signal(int)  # "go to this task in the Gantt"
    modes = MODES  # for set_mode(); `pmdesk screenshot --mode` lists them

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.state = RoadmapState(document, self)
        self.board = BoardView(self.state)
        self.timeline = TimelineView(self.state)
        self.model = RoadmapItemsModel(self.state, self)
        self.table = CellTableView()
        self.table.setModel(self.model)
        # Queued: the message box waits until the cell's editor has closed.
        self.model.errorRaised.connect(self.show_error, Qt.ConnectionType.QueuedConnection)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        # Size columns from a sample of rows, not all of them (thousands of items open in < 1 s),
        # when the table is first shown (set_mode): asking every column's cells for their
        # size took a tenth of the start-up of a window opening on the board.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self._table_sized = False
        self.table.sortByColumn(self._score_column(), Qt.SortOrder.DescendingOrder)
        self.chart: ValueEffortChart | None = None  # made on first show: it imports matplotlib
        self.stack = QStackedWidget()
        for widget in (self.board, self.timeline, self.table):
            self.stack.addWidget(widget)
        self._chart_placeholder = QWidget()
        self.stack.addWidget(self._chart_placeholder)
        self._syncing = False

        self.toolbar = self._make_toolbar()
        self.filter_bar = self._make_filter_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)

        for view in (self.board, self.timeline):
            view.itemActivated.connect(self.open_item)
            view.errorRaised.connect(self.show_error)
        self.board.taskActivated.connect(self.taskActivated)
        self.table.doubleClicked.connect(self._table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.state.selectionChanged.connect(self._state_selection_changed)
        self.model.modelReset.connect(self._select_in_table)
        self.model.layoutChanged.connect(self._select_in_table)
        self.state.refreshed.connect(self._refresh_chrome)
        self.set_mode("board")
        self._refresh_chrome()

    def _score_column(self) -> int:
        return next(n for n, column in enumerate(self.model.columns) if column.key == "score")

    # -- tool bar ----------------------------------------------------------------------------
    def _make_toolbar(self) -> QToolBar:
        bar, self.mode_actions = mode_toolbar(self, "Roadmap", MODES, MODE_TITLES, self.set_mode)
        bar.addSeparator()
        self.add_card_action = bar.addAction(self.tr("Add card"), self.add_card)
        self.add_lane_action = bar.addAction(self.tr("Add lane"), self.board.add_lane)
        self.edit_action = bar.addAction(
            self.tr("Edit…"), lambda: self.open_item(self.state.current)
        )
        self.plan_action = bar.addAction(self.tr("Plan delivery"), self.plan_delivery)
        self.plan_action.setToolTip(
            self.tr("Create a summary task and a milestone for the card and link them")
        )
        self.delete_action = bar.addAction(self.tr("Delete"), self.delete)
        bar.addSeparator()
        self.risk_action = bar.addAction(self.tr("P80 forecast"))
        self.risk_action.setObjectName("roadmapRisk")
        self.risk_action.setCheckable(True)
        self.risk_action.setToolTip(
            self.tr(
                "Show on linked cards the date the delivery finishes by in 80 % of simulated "
                "schedules, and the chance of meeting the target (the Risk tab's estimates)"
            )
        )
        self.risk_action.toggled.connect(self.state.set_risk)
        # Timeline settings.
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("Months"), "month")
        self.unit_combo.addItem(self.tr("Quarters"), "quarter")
        self.unit_combo.currentIndexChanged.connect(
            lambda: self.timeline.set_unit(self.unit_combo.currentData())
        )
        self.fy_combo = QComboBox()
        for number in range(1, len(MONTHS) + 1):
            self.fy_combo.addItem(
                self.tr("FY starts %1").replace("%1", QLocale().monthName(number)), number
            )
        self.fy_combo.activated.connect(self._set_fiscal_start)
        self.unit_action = bar.addWidget(self.unit_combo)
        self.fy_action = bar.addWidget(self.fy_combo)
        # Scoring and export menus.
        scoring = QToolButton()
        scoring.setText(self.tr("Scoring"))
        scoring.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.ice_product = QAction(self.tr("ICE as product (I × C × E)"), self, checkable=True)
        self.ice_average = QAction(
            self.tr("ICE as average ((I + C + E) / 3)"), self, checkable=True
        )
        ice_group = QActionGroup(self)
        for action, mode in ((self.ice_product, ICE_PRODUCT), (self.ice_average, ICE_AVERAGE)):
            ice_group.addAction(action)
            scoring.addAction(action)
            action.triggered.connect(lambda _=False, m=mode: self._set_ice_mode(m))
        formula = QAction(self.tr("Custom formula…"), self)
        formula.triggered.connect(self.edit_formula)
        scoring.addAction(formula)
        bar.addWidget(scoring)
        export = QToolButton()
        export.setText(self.tr("Export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for text, slot in (
            (self.tr("Board as PNG / PDF / SVG…"), lambda: self.export_picture("board")),
            (self.tr("Timeline as PNG / PDF / SVG…"), lambda: self.export_picture("timeline")),
            (self.tr("Items with scores as CSV…"), self.export_csv),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            export.addAction(action)
        bar.addWidget(export)
        return bar

    def _make_filter_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("roadmapFilterBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(8, 4, 8, 4)
        self.lane_filter = QComboBox()
        self.status_filter = QComboBox()
        self.tag_filter = QComboBox()
        self.linked_filter = QComboBox()
        for text, value in (
            (self.tr("Linked or not"), None),
            (self.tr("Linked to delivery"), True),
            (self.tr("Not linked"), False),
        ):
            self.linked_filter.addItem(text, value)
        self.status_filter.addItem(self.tr("All statuses"), ANY)
        for status in STATUSES:
            self.status_filter.addItem(STATUS_LABELS[status], status)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Search title, description, tags"))
        self.text_filter.setClearButtonEnabled(True)
        layout.addWidget(QLabel(self.tr("Filter:")))
        for widget in (self.lane_filter, self.status_filter, self.tag_filter, self.linked_filter):
            layout.addWidget(widget)
            widget.activated.connect(self._apply_filter)
        layout.addWidget(self.text_filter, 1)
        self.text_filter.textChanged.connect(self._apply_filter)
        self.clear_filter = QToolButton()
        self.clear_filter.setText(self.tr("Clear"))
        self.clear_filter.clicked.connect(self.reset_filter)
        layout.addWidget(self.clear_filter)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        return bar

    def _fill_combo(
        self, combo: QComboBox, first: str, entries: Sequence[tuple[str, object]]
    ) -> None:
        shown = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        if shown == [(first, ANY), *entries]:
            return  # a card moved: the same lanes and tags, and refilling costs every move
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(first, ANY)
        for text, value in entries:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _refresh_chrome(self) -> None:
        """Filter choices, counts, settings and enabled actions after a change."""
        data = self.document.data
        lanes: list[tuple[str, int | None]] = [
            (lane.name, lane.id) for lane in self.state.lanes if lane.id in data.roadmap_lanes
        ]
        if any(lane.id not in data.roadmap_lanes for lane in self.state.lanes):
            lanes.append((self.tr("No lane"), None))
        self._fill_combo(self.lane_filter, self.tr("All lanes"), lanes)
        self._fill_combo(
            self.tag_filter, self.tr("All tags"), [(tag, tag) for tag in all_tags(data)]
        )
        total, shown = len(self.state.items), len(self.state.visible)
        undated = sum(
            1
            for item in self.state.visible
            if item.target_start is None and item.target_end is None
        )
        text = (
            self.tr("%1 of %2 items").replace("%1", str(shown)).replace("%2", str(total))
            if shown != total
            else self.tr("%1 items").replace("%1", str(total))
        )
        if undated:
            text += " · " + self.tr("%1 without dates").replace("%1", str(undated))
        self.count_label.setText(text)
        self.clear_filter.setEnabled(self.state.filter.active)
        settings = editing.roadmap_settings(self.document)
        self.fy_combo.setCurrentIndex(self.timeline.fy_start_month() - 1)
        average = settings.get("ice_mode") == ICE_AVERAGE
        self.ice_average.setChecked(average)
        self.ice_product.setChecked(not average)
        self._update_actions()

    def _update_actions(self) -> None:
        read_only = self.document.read_only
        selection = self.state.selection
        current = self.state.current
        single = (
            self.state.items.get(current) if len(selection) == 1 and current is not None else None
        )
        for action in (self.add_card_action, self.add_lane_action):
            action.setEnabled(not read_only)
        self.edit_action.setEnabled(single is not None)
        self.delete_action.setEnabled(bool(selection) and not read_only)
        self.plan_action.setEnabled(
            single is not None and single.linked_task_id is None and not read_only
        )

    # -- modes -------------------------------------------------------------------------------
    def _chart_view(self) -> ValueEffortChart:
        if self.chart is None:
            from pmdesk.ui.workspaces.roadmap.chart import ValueEffortChart

            self.chart = ValueEffortChart(self.state)
            index = self.stack.indexOf(self._chart_placeholder)
            self.stack.removeWidget(self._chart_placeholder)
            self._chart_placeholder.deleteLater()
            self.stack.insertWidget(index, self.chart)
        return self.chart

    def set_mode(self, mode: str) -> None:
        views: dict[str, QWidget] = {
            "board": self.board,
            "timeline": self.timeline,
            "table": self.table,
        }
        widget = self._chart_view() if mode == "chart" else views[mode]
        if mode == "table" and not self._table_sized:
            self._table_sized = True
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(0, 230)
        self.mode = mode
        self.stack.setCurrentWidget(widget)
        self.mode_actions[mode].setChecked(True)
        self.unit_action.setVisible(mode == "timeline")
        self.fy_action.setVisible(mode == "timeline")
        widget.setFocus()

    def current_view(self) -> QWidget | None:
        return self.stack.currentWidget()

    # -- filters -----------------------------------------------------------------------------
    def _apply_filter(self) -> None:
        lane = self.lane_filter.currentData()
        status = self.status_filter.currentData()
        tag = self.tag_filter.currentData()
        self.state.set_filter(
            RoadmapFilter(
                lanes=set() if lane == ANY else {lane},
                statuses=set() if status == ANY else {status},
                tags=set() if tag == ANY else {tag},
                text=self.text_filter.text(),
                linked=self.linked_filter.currentData(),
            )
        )

    def reset_filter(self) -> None:
        for combo in (self.lane_filter, self.status_filter, self.tag_filter, self.linked_filter):
            combo.setCurrentIndex(0)
        self.text_filter.blockSignals(True)
        self.text_filter.clear()
        self.text_filter.blockSignals(False)
        self._apply_filter()

    # -- selection sync ----------------------------------------------------------------------
    def selection_count(self) -> int:
        return len(self.state.selection)

    def _state_selection_changed(self) -> None:
        self._update_actions()
        self.selectionCountChanged.emit(len(self.state.selection))
        self._select_in_table()

    def _select_in_table(self) -> None:
        """Show the shared selection in the table (also after the model was reset)."""
        if self._syncing:
            return
        self._syncing = True
        try:
            selection = QItemSelection()
            last = self.model.columnCount() - 1
            for item_id in self.state.selection:
                row = self.model.row_of(item_id)
                if row is not None:
                    selection.select(self.model.index(row, 0), self.model.index(row, last))
            self.table.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._syncing = False

    def _table_selection_changed(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
            self.state.select([self.model.item_at(row).id for row in rows])
        finally:
            self._syncing = False

    def _table_double_clicked(self, index: QModelIndex) -> None:
        # An editable cell (title, inputs) edits in place; the others open the item dialog.
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.open_item(self.model.data(index, ITEM_ID_ROLE))

    # -- commands ----------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Roadmap"), message)

    def _run(self, action: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R | None:
        """``action``'s result, or None after showing the user error it raised."""
        try:
            return action(*args, **kwargs)
        except PmdeskError as exc:
            self.show_error(str(exc))
            return None

    def open_item(self, item_id: int | None) -> None:
        if item_id is None or item_id not in self.state.items:
            return
        from pmdesk.ui.workspaces.roadmap.dialog import ItemDialog

        dialog = ItemDialog(self.state, item_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and not self.document.read_only:
            self._run(dialog.apply)

    def add_card(self) -> None:
        from pmdesk.ui.workspaces.roadmap.dialog import ItemDialog

        current = (
            self.state.items.get(self.state.current) if self.state.current is not None else None
        )
        lane_id = (
            current.lane_id
            if current
            else (
                self.state.lanes[0].id
                if self.state.lanes and self.state.lanes[0].id in self.document.data.roadmap_lanes
                else None
            )
        )
        horizon = Horizon(current.horizon) if current else Horizon.NOW
        dialog = ItemDialog(self.state, None, lane_id, horizon, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            item_id = self._run(dialog.apply)
            if item_id is not None:
                self.state.select([item_id], item_id)

    def plan_delivery(self) -> None:
        if self.state.current is not None:
            self._run(editing.plan_delivery, self.document, self.state.current)
            self._update_actions()

    def delete(self) -> None:
        if self.state.selection:
            self._run(editing.delete_items, self.document, list(self.state.selection))

    def can_edit(self, name: str) -> bool:
        return name == "delete" and bool(self.state.selection) and not self.document.read_only

    def zoom(self, steps: int) -> None:
        self.timeline.zoom(steps)

    def _set_fiscal_start(self) -> None:
        self._run(
            editing.set_roadmap_setting,
            self.document,
            "Set fiscal-year start",
            fiscal_year_start_month=self.fy_combo.currentData(),
        )

    def _set_ice_mode(self, mode: str) -> None:
        self._run(editing.set_roadmap_setting, self.document, "Set ICE mode", ice_mode=mode)

    def edit_formula(self) -> None:
        from pmdesk.ui.workspaces.roadmap.scoring_dialog import FormulaDialog

        model = custom_model(self.document.data)
        dialog = FormulaDialog(model.formula if model else "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(editing.set_custom_formula, self.document, dialog.formula(), dialog.criteria)

    # -- export and print --------------------------------------------------------------------
    def export_picture(self, which: str, path: str | None = None) -> None:
        from pmdesk.ui.workspaces.roadmap.export import export_picture

        if path is None:
            title = (
                self.tr("Export the board") if which == "board" else self.tr("Export the timeline")
            )
            path, chosen = QFileDialog.getSaveFileName(
                self,
                title,
                f"roadmap-{which}.png",
                self.tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"),
            )
            if not path:
                return
            if "." not in path.rsplit("/", 1)[-1]:  # no extension typed: take the chosen type's
                path += "." + chosen.split("*.")[-1].rstrip(")")
        self._run(export_picture, self.board if which == "board" else self.timeline, path)

    def export_csv(self, path: str | None = None) -> None:
        from pmdesk.ui.workspaces.roadmap.export import export_csv

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export items"), "roadmap-items.csv", "CSV (*.csv)"
            )
            if not path:
                return
        self._run(export_csv, self.state, path)

    def save_state(self) -> dict[str, object]:
        return {"mode": self.mode, "unit": self.timeline.unit, "risk": self.risk_action.isChecked()}

    def restore_state(self, state: dict[str, object]) -> None:
        unit = state.get("unit")
        if unit in ("month", "quarter"):
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(unit))
        mode = state.get("mode")
        if isinstance(mode, str) and mode in MODES:
            self.set_mode(mode)
        if state.get("risk") is True:
            self.risk_action.setChecked(True)
