"""ResourcesWorkspace: the project manager's resource grid (the "resources" tab).

MS Project's Resource Sheet, Resource Usage and leveling over one Document: the editable sheet
on top (over-allocated resources in red), the week-by-week usage of every resource below it,
and the assignments of the selected resource at the bottom. The edits (sheetedits.py) and
leveling (levelingrun.py) are one undo step each; errors show as one sentence (banner.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.periods import MAX_STEP, MIN_STEP, period_for_zoom
from pmdesk.core.translation import english_plural
from pmdesk.models.assignments import (
    ASSIGNMENT_ID_ROLE,
    TASK_ID_ROLE,
    AssignmentsModel,
)
from pmdesk.models.assignments import (
    COLUMN_INDEX as ASSIGNMENT_COLUMNS,
)
from pmdesk.models.resources import COLUMN_INDEX, ResourceSheetModel
from pmdesk.models.taskusage import TaskUsageModel
from pmdesk.theme.tones import set_tone
from pmdesk.ui.workspaces.resources.banner import MessageBanner
from pmdesk.ui.workspaces.resources.calendar_actions import install_working_time_action
from pmdesk.ui.workspaces.resources.levelingrun import LevelingRunner
from pmdesk.ui.workspaces.resources.sheet import GridTable, SheetDelegate
from pmdesk.ui.workspaces.resources.sheetedits import ResourceEdits
from pmdesk.ui.workspaces.resources.summary import ResourcesSummary
from pmdesk.ui.workspaces.resources.taskusage import DetailsSwitch, TaskUsagePane
from pmdesk.ui.workspaces.resources.usage import UsageGrid
from pmdesk.ui.workspaces.resources.usagegraph import ResourceGraph

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from pmdesk.document import Document
    from pmdesk.ui.calendar_editor.dialog import CalendarEditor
    from pmdesk.ui.workspaces.resources.leveling_dialogs import (
        LevelingOptionsDialog,
        LevelingResultsDialog,
    )

_CAPTION_STYLE = (
    "QLabel { color: $heading_text; font-weight: bold; padding: 6px 8px 4px 8px;"
    " border-top: 1px solid $header_line; }"
)


class ResourcesWorkspace(QWidget):
    """Resource sheet + usage + assignments over one Document."""

    selectionCountChanged = Signal(int)
    taskActivated = Signal(int)
    # set by calendar_actions.py: the sheet's context menu and the last calendar editor opened
    context_menu: QMenu
    calendar_editor: CalendarEditor

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = ResourceSheetModel(document, self)
        self.assignments_model = AssignmentsModel(document, self)
        self._current_id: int | None = None
        self._zoom_steps = 0

        self.sheet = GridTable(self, on_insert=self.add_resource, on_delete=self.delete_selected)
        self.sheet.setObjectName("resourceSheet")
        self.sheet.setModel(self.model)
        self.sheet.setItemDelegate(SheetDelegate(self.model, self.sheet))
        self.sheet.verticalHeader().show()  # the resource ID, as in MS Project
        self.view = self.sheet  # the tab's main table, under the name the plain tables use
        self.assignments = GridTable(self, on_delete=self.delete_assignments)
        self.assignments.setObjectName("resourceAssignments")
        self.assignments.setModel(self.assignments_model)
        self.assignments.setItemDelegate(SheetDelegate(self.assignments_model, self.assignments))
        self.usage = UsageGrid(self.model, self)
        self.usage.setObjectName("resourceUsage")
        self._base_point_size = self.sheet.font().pointSizeF()

        self.message = MessageBanner(self)
        self.edits = ResourceEdits(document, self.show_error, self)
        self.leveling = LevelingRunner(document, self.message, self.edits.writable, self)
        self.summary = ResourcesSummary(self.model, self)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._make_actions()

        self.assignments_caption = QLabel(self)
        set_tone(self.assignments_caption, _CAPTION_STYLE)
        usage_caption = QLabel(
            self.tr(
                "Resource usage — zoom for days, weeks, months or quarters; "
                "the dashed line is max. units, red where the load exceeds it"
            ),
            self,
        )
        set_tone(usage_caption, _CAPTION_STYLE)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("resourcesSplitter")  # the main window remembers it
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sheet)
        self.graph = ResourceGraph(self.usage, self)  # the selected resource's histogram
        # Resource Usage and Task Usage share the pane (and the zoom), as two tabs.
        self.task_usage_model = TaskUsageModel(document, self.model.allocation, self)
        self.task_usage = TaskUsagePane(self.task_usage_model, self)
        self.task_usage.taskActivated.connect(self.taskActivated)
        self.usage_tabs = QTabWidget(self)
        self.usage_tabs.setObjectName("usageTabs")
        self.usage_tabs.setDocumentMode(True)
        self.usage_tabs.addTab(
            _stack(self, usage_caption, self.usage, self.graph), self.tr("Resource usage")
        )
        self.usage_tabs.addTab(self.task_usage, self.tr("Task usage"))
        self.details = DetailsSwitch(self)  # work or cost, in both views
        self.details.detailsChanged.connect(self.usage.set_details)
        self.details.detailsChanged.connect(self.task_usage_model.set_details)
        self.usage_tabs.setCornerWidget(self.details, Qt.Corner.TopRightCorner)
        self.splitter.addWidget(self.usage_tabs)
        self.splitter.addWidget(_stack(self, self.assignments_caption, self.assignments))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        self.model.errorOccurred.connect(self.show_error)
        self.assignments_model.errorOccurred.connect(self.show_error)
        self.model.modelReset.connect(self._after_reset)
        self.model.loadChanged.connect(self._update_caption)  # a rename, a new assignment
        self.sheet.selectionModel().selectionChanged.connect(self._on_selection)
        self.sheet.selectionModel().currentRowChanged.connect(self._on_selection)
        self.usage.resourceClicked.connect(self.select_resource)
        self.usage.taskActivated.connect(self.taskActivated)
        self.assignments.doubleClicked.connect(self._on_assignment_double_click)
        self.sheet.fit_columns()
        self._sized = False
        if self.model.ids:  # the first resource is current, nothing selected (Delete stays off)
            self.select_resource(self.model.ids[0], select=False)
        else:
            self._show_assignments(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.summary.pending:
            self.summary.update_text()
        if not self._sized:  # first show: the sheet as tall as its rows, the rest shared
            self._sized = True
            total = max(300, self.splitter.height())
            header = self.sheet.horizontalHeader().height()
            sheet = min(total // 3, header + self.sheet.verticalHeader().length() + 6)
            rest = total - sheet
            usage = self.usage.header_height + self.usage.row_height * len(self.model.ids) + 40
            usage = max(rest // 2, min(usage, rest - 160))
            self.splitter.setSizes([sheet, usage, rest - usage])

    def _make_actions(self) -> None:
        def action(text: str, tip: str, slot: Callable[..., object], name: str) -> QAction:
            act = QAction(text, self)
            act.setToolTip(tip)
            act.setObjectName(name)
            act.triggered.connect(slot)
            self.toolbar.addAction(act)
            return act

        self.add_action = action(
            self.tr("Add resource"),
            self.tr("Add a resource (Insert)"),
            self.add_resource,
            "addResource",
        )
        self.delete_action = action(
            self.tr("Delete"),
            self.tr("Delete the selected resources and their assignments (Delete)"),
            self.delete_selected,
            "deleteResource",
        )
        self.assign_action = action(
            self.tr("Assign to task…"),
            self.tr("Assign the current resource to another task"),
            self.assign_dialog,
            "assignResource",
        )
        self.toolbar.addSeparator()
        self.level_action = action(
            self.tr("Level now"),
            self.tr("Delay lower-priority tasks until no resource is over-allocated"),
            self.level_now,
            "levelNow",
        )
        self.options_action = action(
            self.tr("Leveling options…"),
            self.tr("Leveling order, range, slack; then level"),
            self.leveling_options,
            "levelingOptions",
        )
        self.clear_action = action(
            self.tr("Clear leveling"),
            self.tr("Remove the delays leveling set"),
            self.clear_leveling,
            "clearLeveling",
        )
        self.toolbar.addSeparator()
        self.tasks_action = action(
            self.tr("Show tasks in usage"),
            self.tr(
                "Show the selected resource's tasks, hours per week, under it in the usage grid"
            ),
            self._toggle_tasks,
            "showTasks",
        )
        self.tasks_action.setCheckable(True)
        self.toolbar.addSeparator()
        self.working_time_action = install_working_time_action(self)

    def _toggle_tasks(self, checked: bool) -> None:
        self.usage.set_show_tasks(checked)

    # -- messages ------------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.message.show_error(text)

    # -- selection -----------------------------------------------------------------------------
    def selected_resource_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.sheet.selectionModel().selectedRows()})
        return [self.model.ids[r] for r in rows if r < len(self.model.ids)]

    def current_resource_id(self) -> int | None:
        return self._current_id

    def select_resource(self, resource_id: int, select: bool = True) -> None:
        """Make a resource current (its assignments show); ``select`` selects its row too."""
        row = self.model.row_of(resource_id)
        if row < 0:
            return
        index = self.model.index(row, COLUMN_INDEX["name"])
        flags = (
            (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            if select
            else QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.sheet.selectionModel().setCurrentIndex(index, flags)
        self.sheet.scrollTo(index)

    def _on_selection(self, *_args: object) -> None:
        current = self.sheet.selectionModel().currentIndex()
        selected = self.selected_resource_ids()
        rid = (
            self.model.ids[current.row()]
            if current.isValid() and current.row() < len(self.model.ids)
            else None
        )
        if selected and rid not in selected:
            rid = selected[0]
        self._show_assignments(rid)
        self.selectionCountChanged.emit(self.selection_count())

    def _show_assignments(self, resource_id: int | None) -> None:
        self._current_id = resource_id
        self.assign_action.setEnabled(resource_id is not None)
        self.assignments_model.set_resource(resource_id)
        self.usage.set_selected(resource_id)
        self.graph.update()
        self._update_caption()
        self.assignments.fit_columns(widest=420)
        self.assignments.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )  # the task name takes the spare width

    def _update_caption(self) -> None:
        rid = self._current_id
        resource = self.document.data.resources.get(rid) if rid is not None else None
        if resource is None:
            self.assignments_caption.setText(self.tr("Assignments — select a resource above"))
            return
        count = self.assignments_model.rowCount()
        self.assignments_caption.setText(
            english_plural(self.tr("Assignments of %1  (%n task(s))", "", count), count).replace(
                "%1", resource.name
            )
        )

    def _after_reset(self) -> None:
        if self._current_id is not None and self.model.row_of(self._current_id) >= 0:
            self.select_resource(self._current_id, select=False)
        elif self.model.ids:
            self.select_resource(self.model.ids[0], select=False)
        else:
            self._show_assignments(None)

    def _on_assignment_double_click(self, index: QModelIndex) -> None:
        if index.column() != ASSIGNMENT_COLUMNS["units"]:  # units edit; elsewhere "show it"
            task_id = self.assignments_model.data(index, TASK_ID_ROLE)
            if task_id is not None:
                self.taskActivated.emit(int(task_id))

    # -- editing (sheetedits.py) and leveling (levelingrun.py) ---------------------------------
    def add_resource(self) -> None:
        """Add a resource and start typing its name."""
        resource_id = self.edits.add_resource()
        if resource_id is None:
            return
        self.select_resource(resource_id)
        self.sheet.setFocus()
        self.sheet.edit(self.model.index(self.model.row_of(resource_id), COLUMN_INDEX["name"]))

    def delete_selected(self) -> None:
        self.edits.delete_resources(self.selected_resource_ids())

    def delete_assignments(self) -> None:
        rows = sorted({i.row() for i in self.assignments.selectionModel().selectedRows()})
        found = (
            self.assignments_model.data(self.assignments_model.index(r, 0), ASSIGNMENT_ID_ROLE)
            for r in rows
        )
        self.edits.delete_assignments([int(aid) for aid in found if aid is not None])

    def assign_dialog(self) -> None:
        """Ask for a task and units, then assign the current resource (one undo step)."""
        self.edits.assign_with_dialog(self._current_id)

    def assign_task(self, task_id: int, units_text: str = "100%") -> None:
        """Assign the current resource to a task; a problem shows as one sentence."""
        self.edits.assign(self._current_id, task_id, units_text)

    def level_now(self, options: object = None) -> None:
        """Resource > Level Now (``options``: LevelingOptions, else the plan's own)."""
        self.leveling.level_now(options)

    def leveling_options(self) -> None:
        self.leveling.open_options()

    def clear_leveling(self) -> None:
        self.leveling.clear()

    @property
    def options_dialog(self) -> LevelingOptionsDialog | None:
        return self.leveling.options_dialog

    @property
    def results_dialog(self) -> LevelingResultsDialog | None:
        return self.leveling.results_dialog

    # -- what the main window asks of a tab (see pmdesk.ui.workspaces) -------------------------
    def selection_count(self) -> int:
        return len(self.selected_resource_ids())

    def delete(self) -> None:
        if self.assignments.hasFocus():
            self.delete_assignments()
        else:
            self.delete_selected()

    def can_edit(self, name: str) -> bool:
        if name == "delete":
            return not self.document.read_only and bool(
                self.selected_resource_ids() or self.assignments.selectionModel().hasSelection()
            )
        return True

    def copy(self) -> None:
        """Copy the selected resources as tab-separated text (pastes into a spreadsheet)."""
        rows = sorted({i.row() for i in self.sheet.selectionModel().selectedRows()})
        if not rows:
            return
        columns = range(self.model.columnCount())
        lines = ["\t".join(self.model.column_titles())]
        for row in rows:
            lines.append("\t".join(self.model.cell_text(row, c) for c in columns))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)

    def zoom(self, steps: int) -> None:
        """Grow (steps > 0) or shrink the text and the weeks; 0 resets."""
        self._zoom_steps = (
            0 if steps == 0 else max(MIN_STEP, min(MAX_STEP, self._zoom_steps + steps))
        )
        factor = 1.15 ** max(-4, self._zoom_steps)  # the text stops shrinking at -4
        for view in (self.sheet, self.assignments, self.usage, self.task_usage):
            font = view.font()
            font.setPointSizeF(max(5.0, self._base_point_size * factor))
            view.setFont(font)
        for table in (self.sheet, self.assignments):
            table.fit_rows()
            table.fit_columns()
        # The usage grid's columns follow the zoom: days, weeks, months, quarters.
        self.usage.set_period(*period_for_zoom(self._zoom_steps))
        self.usage.refresh()
        self.task_usage.set_period(*period_for_zoom(self._zoom_steps))

    # `pmdesk screenshot --view resources --mode task-cost`: which usage tab, which details.
    modes = ("resource-usage", "task-usage", "resource-cost", "task-cost")

    def set_mode(self, mode: str) -> None:
        self.usage_tabs.setCurrentIndex(0 if mode.startswith("resource") else 1)
        self.details.set_details("cost" if mode.endswith("cost") else "work")

    def save_state(self) -> dict[str, Any]:
        return {
            "zoom": self._zoom_steps,
            "resource": self._current_id,
            "show_tasks": self.usage.show_tasks,
            "usage_tab": self.usage_tabs.currentIndex(),
            "details": self.task_usage_model.details,
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        zoom = state.get("zoom") if isinstance(state, dict) else None
        if isinstance(zoom, int) and zoom:
            self._zoom_steps = 0
            self.zoom(zoom)
        if isinstance(state, dict) and isinstance(state.get("show_tasks"), bool):
            self.tasks_action.setChecked(state["show_tasks"])
            self.usage.set_show_tasks(state["show_tasks"])
        if isinstance(state, dict) and state.get("usage_tab") in (0, 1):
            self.usage_tabs.setCurrentIndex(state["usage_tab"])
        if isinstance(state, dict) and state.get("details") in ("work", "cost"):
            self.details.set_details(state["details"])
        resource = state.get("resource") if isinstance(state, dict) else None
        if isinstance(resource, int):
            self.select_resource(resource, select=False)


def _stack(parent: QWidget, *widgets: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is widgets[-1] else 0)
    return box
