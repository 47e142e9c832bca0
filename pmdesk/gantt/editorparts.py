"""The parts of a GanttEditor that its mixins (toolbar, filters, commands, dialogs) share,
declared once so that each mixin is type-checked against the editor it becomes part of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QToolBar

    from pmdesk.document import Document
    from pmdesk.gantt.baritems import BarItems
    from pmdesk.gantt.chartview import GanttChartView
    from pmdesk.gantt.conflictpanel import ConflictPanel
    from pmdesk.gantt.rowcontroller import RowController
    from pmdesk.gantt.tableview import TaskTableView
    from pmdesk.models.tasktree import TaskTreeModel

    _Widget = QWidget
else:  # the mixins add to GanttEditor's QWidget; mypy checks them against one
    _Widget = object


class EditorParts(_Widget):
    """The widgets and models of the Gantt editor (made in GanttEditor.__init__)."""

    document: Document
    model: TaskTreeModel
    table: TaskTableView
    rows: RowController
    items: BarItems
    chart: GanttChartView
    conflicts: ConflictPanel
    message: QLabel
    toolbar: QToolBar
    filter_box: QComboBox
    search: QLineEdit
    highlight_box: QCheckBox
    baseline_number: QSpinBox
    edit_drawn_links: QAction

    if TYPE_CHECKING:  # GanttEditor's own

        def show_message(self, text: str) -> None: ...

        def selected_task_ids(self) -> list[int]: ...

        def current_task_id(self) -> int | None: ...

        def select_task(self, task_id: int, column: str = "id") -> None: ...

        def visible_keys(self) -> list[str]: ...

        def open_task_dialog(self, task_id: int | None) -> None: ...

        def scroll_to_current(self) -> None: ...

        def zoom(self, steps: int) -> None: ...

        def set_show_critical(self, on: bool) -> None: ...

        def set_show_baseline(self, on: bool) -> None: ...

        def set_tracking(self, on: bool) -> None: ...

        def choose_baseline(self, number: int) -> None: ...
