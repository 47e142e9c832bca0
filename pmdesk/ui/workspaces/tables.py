"""Plain read-only tables of the plan's data, one per workspace tab.

They stand in for a tab until its real view is registered in ``pmdesk.ui.workspaces``, and
show real data (the task list with its schedule, resources, roadmap items, the canvas, the
P&L lines) rather than a "coming soon" label.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.entities import (
    Assignment,
    Link,
    Resource,
    RoadmapItem,
    RoadmapLane,
    Task,
)
from pmdesk.document import Document
from pmdesk.models.entity_table import Column, EntityTableModel, display_text


def duration_text(minutes: int, elapsed: bool = False) -> str:
    """Working minutes as pmdesk shows them ("3 d", "4 h"), via the engine when present."""
    try:
        from pmdesk.core.scheduling.durations import format_duration
    except ImportError:
        hours = minutes / 60
        if minutes % 480 == 0 or hours >= 8:
            return f"{minutes / 480:g} {'ed' if elapsed else 'd'}"
        return f"{hours:g} {'eh' if elapsed else 'h'}"
    return format_duration(minutes, elapsed=elapsed)


class TableWorkspace(QWidget):
    """A tab showing one EntityTableModel in a read-only QTableView with a caption."""

    selectionCountChanged = Signal(int)
    caption = ""
    stretch_last = True  # False when the last column is a narrow number

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = self.make_model(document)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(self.stretch_last)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.label = QLabel(self.caption, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setContentsMargins(6, 4, 6, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.label)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._emit_selection_count)
        self.model.modelReset.connect(self._fit_columns)
        self._base_point_size = self.view.font().pointSizeF()
        self._fit_columns()

    def make_model(self, document: Document) -> EntityTableModel:
        raise NotImplementedError

    # -- what the main window asks of a tab (see pmdesk.ui.workspaces) --------------------
    def selection_count(self) -> int:
        return len(self.view.selectionModel().selectedRows())

    def copy(self) -> None:
        """Copy the selected rows as tab-separated text (pastes into a spreadsheet)."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows:
            return
        lines = ["\t".join(self.model.column_titles())]
        for row in rows:
            lines.append("\t".join(self.model.cell_text(row, c)
                                   for c in range(self.model.columnCount())))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def zoom(self, steps: int) -> None:
        """Grow (steps > 0) or shrink the table's text; 0 resets."""
        font = self.view.font()
        size = self._base_point_size if steps == 0 else font.pointSizeF() * (1.15 ** steps)
        font.setPointSizeF(max(5.0, min(40.0, size)))
        self.view.setFont(font)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self._fit_columns()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)

    def _emit_selection_count(self, *_args) -> None:
        self.selectionCountChanged.emit(self.selection_count())

    def _fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            self.view.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), 360))


class SplitTables(QWidget):
    """Several tables of one tab above each other in a splitter the window remembers;
    Copy and the selection count follow the table last used, zoom applies to all."""

    selectionCountChanged = Signal(int)

    def __init__(self, tables: list[TableWorkspace], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tables = tables
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName(name)  # named: the window keeps its sizes
        for table in tables:
            self.splitter.addWidget(table)
            table.selectionCountChanged.connect(
                lambda count, t=table: self._on_selection(t, count))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._active = tables[0]

    def _on_selection(self, table: TableWorkspace, count: int) -> None:
        self._active = table
        self.selectionCountChanged.emit(count)

    def selection_count(self) -> int:
        return self._active.selection_count()

    def copy(self) -> None:
        self._active.copy()

    def zoom(self, steps: int) -> None:
        for table in self.tables:
            table.zoom(steps)


# -- Gantt -----------------------------------------------------------------------------------
def tasks_in_wbs_order(data) -> Iterator[tuple[Task, int, str]]:
    """(task, depth, outline number) for every task, depth first in sibling order."""
    stack = [(t, 0, str(i + 1)) for i, t in enumerate(data.children(None))]
    stack.reverse()
    while stack:
        task, depth, number = stack.pop()
        yield task, depth, number
        kids = data.children(task.id)
        stack.extend(reversed([(k, depth + 1, f"{number}.{i + 1}") for i, k in enumerate(kids)]))


class _GanttRow:
    __slots__ = ("task", "depth", "number", "summary")

    def __init__(self, task: Task, depth: int, number: str, summary: bool) -> None:
        self.task, self.depth, self.number, self.summary = task, depth, number, summary


def _gantt_rows(document: Document) -> list[_GanttRow]:
    parents = {t.parent_id for t in document.data.tasks.values()}
    return [_GanttRow(t, d, n, t.id in parents) for t, d, n in tasks_in_wbs_order(document.data)]


def scheduled_task(document: Document, task_id: int):
    schedule = document.schedule
    return schedule.tasks.get(task_id) if schedule is not None else None


def _predecessors(row: _GanttRow, document: Document) -> str:
    parts = []
    for link in document.data.links.values():
        if link.successor_id == row.task.id:
            label = str(link.predecessor_id)
            if link.type != "FS" or link.lag:
                label += str(link.type)
            if link.lag:
                label += ("+" if link.lag > 0 else "-") + (
                    f"{abs(link.lag):g}%" if link.lag_kind == "percent"
                    else duration_text(int(abs(link.lag)), link.lag_kind == "elapsed"))
            parts.append(label)
    return ", ".join(parts)


def _resource_names(row: _GanttRow, document: Document) -> str:
    names = []
    for assignment in document.data.assignments.values():
        if assignment.task_id == row.task.id:
            resource = document.data.resources.get(assignment.resource_id)
            if resource is not None:
                units = "" if assignment.units == 1 else f" [{assignment.units:.0%}]"
                names.append(resource.name + units)
    return ", ".join(names)


def _gantt_date(attr: str, manual_attr: str):
    def value(row: _GanttRow, document: Document):
        scheduled = scheduled_task(document, row.task.id)
        if scheduled is not None:
            return getattr(scheduled, attr)
        return getattr(row.task, manual_attr)
    return value


def _gantt_duration(row: _GanttRow, document: Document) -> str:
    scheduled = scheduled_task(document, row.task.id)
    if row.summary and scheduled is None:
        return ""  # a summary's duration is its children's span: the engine computes it
    minutes = scheduled.duration if scheduled is not None else row.task.duration
    if row.task.milestone and not minutes:
        return "milestone"
    return duration_text(minutes, row.task.duration_elapsed)


GANTT_COLUMNS = [
    Column("ID", lambda r, d: r.task.id, numeric=True),
    Column("WBS", lambda r, d: getattr(scheduled_task(d, r.task.id), "wbs", None) or r.number),
    Column("Name", lambda r, d: ("    " * r.depth) + r.task.name),
    Column("Duration", _gantt_duration, numeric=True),
    Column("Start", _gantt_date("start", "manual_start")),
    Column("Finish", _gantt_date("finish", "manual_finish")),
    Column("% Complete", lambda r, d: f"{r.task.percent_complete:g} %", numeric=True),
    Column("Predecessors", _predecessors, tooltip="Task ids; type and lag when not FS+0"),
    Column("Resources", _resource_names),
]


class GanttTable(TableWorkspace):
    caption = "Tasks in outline order with their scheduled dates (read-only)"

    def make_model(self, document: Document) -> EntityTableModel:
        return EntityTableModel(document, _gantt_rows, GANTT_COLUMNS,
                                kinds=(Task, Link, Assignment, Resource), uses_schedule=True,
                                emphasis=lambda row: row.summary, parent=self)


# -- Resources -------------------------------------------------------------------------------
def _assigned_work_hours(resource: Resource, document: Document) -> float:
    minutes = 0.0
    for assignment in document.data.assignments.values():
        if assignment.resource_id != resource.id:
            continue
        if assignment.work is not None:
            minutes += assignment.work
        else:
            task = document.data.tasks.get(assignment.task_id)
            if task is not None:
                minutes += task.duration * assignment.units
    return minutes / 60


def assigned_cost(resource: Resource, document: Document) -> float:
    hours = _assigned_work_hours(resource, document)
    uses = sum(1 for a in document.data.assignments.values() if a.resource_id == resource.id)
    return hours * resource.standard_rate + uses * resource.cost_per_use


def _money(value: float) -> str:
    return f"{value:,.2f}"


RESOURCE_COLUMNS = [
    Column("Name", lambda r, d: r.name),
    Column("Initials", lambda r, d: r.initials),
    Column("Group", lambda r, d: r.group),
    Column("Type", lambda r, d: r.type),
    Column("Max units", lambda r, d: f"{r.max_units:.0%}", numeric=True),
    Column("Std. rate", lambda r, d: r.standard_rate, _money, numeric=True),
    Column("Ovt. rate", lambda r, d: r.overtime_rate, _money, numeric=True),
    Column("Cost/use", lambda r, d: r.cost_per_use, _money, numeric=True),
    Column("Tasks", lambda r, d: sum(1 for a in d.data.assignments.values()
                                     if a.resource_id == r.id), numeric=True),
    Column("Work (h)", _assigned_work_hours, lambda v: f"{v:,.1f}", numeric=True),
    Column("Cost", assigned_cost, _money, numeric=True),
]


class ResourcesTable(TableWorkspace):
    stretch_last = False
    caption = "Resources with their assigned work and cost (read-only)"

    def make_model(self, document: Document) -> EntityTableModel:
        return EntityTableModel(
            document, lambda d: sorted(d.data.resources.values(), key=lambda r: (r.group, r.name)),
            RESOURCE_COLUMNS, kinds=(Resource, Assignment, Task), parent=self)


# -- Roadmap ---------------------------------------------------------------------------------
_HORIZON_ORDER = {"now": 0, "next": 1, "later": 2, "parked": 3}


def _roadmap_rows(document: Document) -> list[RoadmapItem]:
    lanes = document.data.roadmap_lanes

    def key(item: RoadmapItem):
        lane = lanes.get(item.lane_id) if item.lane_id is not None else None
        return (lane.position if lane else 1 << 30, _HORIZON_ORDER.get(str(item.horizon), 9),
                item.position, item.id)
    return sorted(document.data.roadmap_items.values(), key=key)


def _lane_name(item: RoadmapItem, document: Document) -> str:
    lane = document.data.roadmap_lanes.get(item.lane_id) if item.lane_id is not None else None
    return lane.name if lane else ""


def _linked_task(item: RoadmapItem, document: Document) -> str:
    task = document.data.tasks.get(item.linked_task_id) if item.linked_task_id else None
    if task is None:
        return ""
    scheduled = scheduled_task(document, task.id)
    return f"{task.name} ({display_text(scheduled.finish)})" if scheduled is not None else task.name


ROADMAP_COLUMNS = [
    Column("Lane", _lane_name),
    Column("Horizon", lambda i, d: i.horizon),
    Column("Title", lambda i, d: i.title),
    Column("Status", lambda i, d: i.status.replace("_", " ")),
    Column("Target start", lambda i, d: i.target_start),
    Column("Target end", lambda i, d: i.target_end),
    Column("Framework", lambda i, d: i.framework),
    Column("Tags", lambda i, d: i.tags),
    Column("Delivered by", _linked_task, tooltip="Linked task and its scheduled finish"),
]


class RoadmapTable(TableWorkspace):
    caption = "Roadmap items by lane and horizon (read-only)"

    def make_model(self, document: Document) -> EntityTableModel:
        return EntityTableModel(document, _roadmap_rows, ROADMAP_COLUMNS,
                                kinds=(RoadmapItem, RoadmapLane, Task), uses_schedule=True,
                                parent=self)
