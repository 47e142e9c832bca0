"""TaskTreeModel: the plan's work breakdown as a Qt tree with MS Project's task table columns.

Reading: entities from ``document.data`` and computed dates/float/cost from
``document.schedule``; each row's texts are formatted once per change (``row_texts``). Writing:
``setData`` hands the text a person typed to taskedits.py, which pushes one undo command through
the Document API; the model never changes an entity itself. Bad input emits ``errorOccurred``
with one sentence and changes nothing. Columns are defined in taskcolumns.py.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDateTime, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from pmdesk.core.entities import Assignment, Baseline, BaselineTask, Link, Resource, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import Change
from pmdesk.core.scheduling.durations import format_duration
from pmdesk.models import taskedits
from pmdesk.models.links import LinkIndex, format_predecessors
from pmdesk.models.taskcolumns import (
    COLUMN_INDEX,
    COLUMNS,
    DATE_COLUMNS,
    RIGHT_COLUMNS,
    ROLLED_UP,
    format_date,
    format_units,
)
from pmdesk.models.taskinput import TaskInputError, parse_resource_names

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = 0  # internal id of the invisible root; task ids start at 1
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_ANSWERED_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole, TASK_ID_ROLE, SUMMARY_ROLE,
))
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TaskTreeModel(QAbstractItemModel):
    """The WBS tree. Internal ids are task ids, so an index survives any edit of its task."""

    errorOccurred = Signal(str)

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.baseline_number = 0
        self.refresh_tasks = None  # callable -> ids of the tasks a view shows now
        self._texts: dict[int, tuple] = {}  # task id -> display text per column
        self._depth: dict[int, int] = {}  # outline level, 0 for top-level tasks
        self.highlighted: set[int] = set()  # rows a highlight filter marks
        self._highlight = QBrush(QColor("#fff3c4"))
        self._children: dict[int, list[int]] = {}
        self._parent: dict[int, int] = {}
        self._row: dict[int, int] = {}
        self._number: dict[int, int] = {}  # MS Project's ID: row number in outline order
        self._wbs: dict[int, str] = {}
        self.order: list[int] = []
        self.links = LinkIndex()
        self._assignments: dict[int, list[Assignment]] = {}
        self._baseline: dict[int, BaselineTask] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._critical = QBrush(QColor("#c0392b"))
        self._rebuild_tree()
        self._rebuild_links()
        self._rebuild_assignments()
        self._rebuild_baseline()
        document.changed.connect(self._on_changed)
        document.rescheduled.connect(self._on_rescheduled)

    # -- structure ------------------------------------------------------------------------
    def _rebuild_tree(self) -> None:
        tasks = self.document.data.tasks
        children: dict[int, list[Task]] = {}
        for task in tasks.values():
            parent = task.parent_id if task.parent_id in tasks else _ROOT
            children.setdefault(parent, []).append(task)
        self._children = {}
        self._parent = {}
        self._row = {}
        for parent, kids in children.items():
            kids.sort(key=lambda t: (t.position, t.id))
            ids = [t.id for t in kids]
            self._children[parent] = ids
            for row, task_id in enumerate(ids):
                self._parent[task_id] = parent
                self._row[task_id] = row
        self.order = []
        self._number = {}
        self._wbs = {}
        self._depth = {}
        stack = [(task_id, str(row + 1)) for row, task_id in enumerate(self._children.get(_ROOT, []))]
        stack.reverse()
        while stack:
            task_id, wbs = stack.pop()
            self.order.append(task_id)
            self._number[task_id] = len(self.order)
            self._wbs[task_id] = wbs
            self._depth[task_id] = wbs.count(".")
            kids = self._children.get(task_id, [])
            stack.extend((kid, f"{wbs}.{row + 1}") for row, kid in reversed(list(enumerate(kids))))

    def _rebuild_links(self) -> None:
        self.links.rebuild(self.document.data.links.values())

    def _rebuild_assignments(self) -> None:
        self._assignments = {}
        for assignment in self.document.data.assignments.values():
            self._assignments.setdefault(assignment.task_id, []).append(assignment)

    def _rebuild_baseline(self) -> None:
        data = self.document.data
        wanted = {b.id for b in data.baselines.values() if b.number == self.baseline_number}
        self._baseline = {
            bt.task_id: bt for bt in data.baseline_tasks.values() if bt.baseline_id in wanted
        }

    def set_highlighted(self, task_ids: set[int]) -> None:
        self.highlighted = set(task_ids)
        self._emit_all_changed()

    def set_baseline_number(self, number: int) -> None:
        self.baseline_number = number
        self._texts = {}
        self._rebuild_baseline()
        self._emit_all_changed()

    def _on_changed(self, changes: list[Change]) -> None:
        self._texts = {}
        kinds = {change.kind for change in changes}
        structural = any(
            change.kind is Task
            and (change.action != "update" or {"parent_id", "position"} & set(change.old or ()))
            for change in changes
        )
        if structural:
            self._restructure()
        if Link in kinds:
            self._rebuild_links()
        if Assignment in kinds or Resource in kinds:
            self._rebuild_assignments()
        if kinds & {Baseline, BaselineTask}:
            self._rebuild_baseline()

    def _restructure(self) -> None:
        """Re-read the tree keeping persistent indexes (selection, expanded rows) by task id."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [(index.internalId(), index.column()) for index in old]
        self._rebuild_tree()
        new = [
            self.index_for_task(task_id, column) if task_id in self._parent else QModelIndex()
            for task_id, column in keys
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _on_rescheduled(self) -> None:
        self._texts = {}
        self._emit_all_changed()

    def _emit_all_changed(self) -> None:
        """Tell views every cell may have changed (after a reschedule any date may move).

        Per parent, as Qt wants; ``refresh_tasks`` (set by a view that knows which rows are on
        screen) narrows it to those rows: rows off screen read fresh values when shown. Measured
        at 10,000 tasks: one dataChanged over the 1,000 top-level rows made QTreeView walk all
        10,000 items (~40 ms per edit); the on-screen rows cost nothing noticeable.
        """
        last = len(COLUMNS) - 1
        if self.refresh_tasks is None:
            spans = {parent: (0, len(kids) - 1) for parent, kids in self._children.items() if kids}
        else:
            spans = {}
            for task_id in self.refresh_tasks():
                parent = self._parent.get(task_id)
                if parent is None:
                    continue
                row = self._row[task_id]
                low, high = spans.get(parent, (row, row))
                spans[parent] = (min(low, row), max(high, row))
        for parent, (low, high) in spans.items():
            parent_index = QModelIndex() if parent == _ROOT else self.index_for_task(parent)
            self.dataChanged.emit(self.index(low, 0, parent_index), self.index(high, last, parent_index))

    # -- lookups --------------------------------------------------------------------------
    def task_id(self, index: QModelIndex) -> int | None:
        return index.internalId() if index.isValid() else None

    def index_for_task(self, task_id: int, column: int = 0) -> QModelIndex:
        if task_id not in self._row:
            return QModelIndex()
        return self.createIndex(self._row[task_id], column, task_id)

    def number_of(self, task_id: int) -> int | None:
        return self._number.get(task_id)

    def task_for_number(self, number: int) -> int | None:
        if 1 <= number <= len(self.order):
            return self.order[number - 1]
        return None

    def wbs_of(self, task_id: int) -> str:
        return self._wbs.get(task_id, "")

    def is_summary(self, task_id: int) -> bool:
        return bool(self._children.get(task_id))

    def depth_of(self, task_id: int) -> int:
        return self._depth.get(task_id, 0)

    def is_critical(self, task_id: int) -> bool:
        scheduled = self._scheduled(task_id)
        return scheduled is not None and scheduled.critical

    def row_texts(self, task_id: int) -> tuple:
        """The display text of every column of ``task_id``, formatted once per change."""
        row = self._texts.get(task_id)
        if row is None:
            task = self.document.data.tasks.get(task_id)
            if task is None:
                return ("",) * len(COLUMNS)
            row = self._texts[task_id] = tuple(self._display(task, c.key) for c in COLUMNS)
        return row

    def child_ids(self, task_id: int | None) -> list[int]:
        return self._children.get(task_id or _ROOT, [])

    def parent_of(self, task_id: int) -> int | None:
        parent = self._parent.get(task_id, _ROOT)
        return None if parent == _ROOT else parent

    def assignments_of(self, task_id: int) -> list[Assignment]:
        return self._assignments.get(task_id, [])

    def baseline_of(self, task_id: int) -> BaselineTask | None:
        return self._baseline.get(task_id)

    def calendar_units(self) -> tuple[int, int, int]:
        """Minutes per day, minutes per week, days per month: the plan's conversion factors
        for typed and shown durations (Project Information; MS Project's project options)."""
        plan = self.document.data.plan
        return plan.minutes_per_day, plan.minutes_per_week, plan.days_per_month

    # -- QAbstractItemModel ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        parent_id = parent.internalId() if parent.isValid() else _ROOT
        kids = self._children.get(parent_id)
        if kids is None or not (0 <= row < len(kids)) or not (0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_id = self._parent.get(index.internalId(), _ROOT)
        if parent_id == _ROOT:
            return QModelIndex()
        return self.createIndex(self._row[parent_id], 0, parent_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._children.get(parent.internalId(), ()))
        return len(self._children.get(_ROOT, ()))

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(COLUMNS)

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].title
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        # Views call this for every item they lay out: constants, no enum arithmetic.
        if not index.isValid():
            return _NO_FLAGS
        column = COLUMNS[index.column()]
        if not column.editable or self.document.read_only:
            return _READ_ONLY
        if column.key in ROLLED_UP and index.internalId() in self._children:
            return _READ_ONLY  # rolled up from the subtasks
        return _EDITABLE

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # The Gantt table paints rows itself (gantt/tablepainter.py) from row_texts(); this
        # serves other views, editors, tooltips and accessibility, display text first.
        if role == _DISPLAY:
            row = self._texts.get(index.internalId())
            if row is None:
                if not index.isValid() or index.internalId() not in self.document.data.tasks:
                    return None
                row = self.row_texts(index.internalId())
            return row[index.column()]
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        task_id = index.internalId()
        if role == _FONT:
            return self._bold if task_id in self._children else None
        column = index.column()
        if role == _ALIGNMENT:
            return _RIGHT if column in RIGHT_COLUMNS else None
        if role == _FOREGROUND:
            if column in DATE_COLUMNS:
                scheduled = self._scheduled(task_id)
                if scheduled is not None and scheduled.critical:
                    return self._critical
            return None
        if role == _BACKGROUND:
            return self._highlight if task_id in self.highlighted else None
        task = self.document.data.tasks.get(task_id)
        if task is None:
            return None
        key = COLUMNS[column].key
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(task, key)
        if role == TASK_ID_ROLE:
            return task_id
        if role == SUMMARY_ROLE:
            return self.is_summary(task_id)
        if role == Qt.ItemDataRole.ToolTipRole and key == "name" and task.notes:
            return task.notes
        return None

    def _scheduled(self, task_id: int):
        schedule = self.document.schedule
        return None if schedule is None else schedule.tasks.get(task_id)

    def _display(self, task: Task, key: str):
        scheduled = self._scheduled(task.id)
        if key == "id":
            return str(self._number.get(task.id, ""))
        if key == "wbs":
            return self._wbs.get(task.id, "")
        if key == "name":
            return task.name
        if key == "duration":
            minutes = scheduled.duration if scheduled is not None else task.duration
            return self._format_duration(minutes, task.duration_elapsed)
        if key == "start":
            return format_date(scheduled.start) if scheduled is not None else ""
        if key == "finish":
            return format_date(scheduled.finish) if scheduled is not None else ""
        if key == "predecessors":
            return self._predecessor_text(task.id)
        if key == "resources":
            return self.resource_text(task.id)
        if key == "percent":
            value = scheduled.percent_complete if scheduled is not None else task.percent_complete
            return f"{value:g}%"
        if key == "float":
            return "" if scheduled is None else self._format_duration(scheduled.total_float, False)
        if key == "cost":
            if scheduled is None:
                return ""
            return f"{scheduled.cost:,.2f} {self.document.data.plan.currency}"
        baseline = self._baseline.get(task.id)
        if key == "baseline_start":
            return format_date(baseline.start) if baseline else ""
        if key == "baseline_finish":
            return format_date(baseline.finish) if baseline else ""
        if key == "variance":
            if baseline is None or baseline.finish is None or scheduled is None:
                return ""
            days = (scheduled.finish.date() - baseline.finish.date()).days
            return f"{days:+d} d" if days else "0 d"
        return None

    def _edit_value(self, task: Task, key: str):
        scheduled = self._scheduled(task.id)
        if key == "name":
            return task.name
        if key in ("start", "finish"):
            if scheduled is None:
                return None
            return QDateTime(scheduled.start if key == "start" else scheduled.finish)
        if key == "percent":
            return f"{task.percent_complete:g}"
        return self._display(task, key)

    def _format_duration(self, minutes: float, elapsed: bool) -> str:
        per_day, per_week, per_month = self.calendar_units()
        return format_duration(
            int(round(minutes)), elapsed=elapsed, minutes_per_day=per_day,
            minutes_per_week=per_week, days_per_month=per_month,
        )

    def _predecessor_text(self, task_id: int) -> str:
        per_day, per_week, per_month = self.calendar_units()
        return format_predecessors(
            self.links.predecessors(task_id), self.number_of, per_day, per_week, per_month
        )

    def resource_text(self, task_id: int) -> str:
        resources = self.document.data.resources
        parts = []
        for assignment in self._assignments.get(task_id, []):
            resource = resources.get(assignment.resource_id)
            if resource is not None:
                parts.append(resource.name + format_units(assignment.units))
        return ", ".join(parts)

    # -- editing --------------------------------------------------------------------------
    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        task = self.document.data.tasks.get(index.internalId())
        if task is None:
            return False
        key = COLUMNS[index.column()].key
        try:
            taskedits.apply_cell(self, task, key, value)
        except PmdeskError as exc:
            self.errorOccurred.emit(str(exc))
            return False
        return True


# The column names and the input errors stay importable from here (other views use them).
__all__ = [
    "COLUMNS",
    "COLUMN_INDEX",
    "SUMMARY_ROLE",
    "TASK_ID_ROLE",
    "TaskInputError",
    "TaskTreeModel",
    "parse_resource_names",
]
