"""TaskTreeModel: the plan's work breakdown as a Qt tree with MS Project's task table columns.

Reading: entities from ``document.data`` and computed dates/float/cost from
``document.schedule``; each row's texts are formatted once per change (``row_texts``). Writing:
``setData`` hands the text a person typed to operations/taskcells.py, which pushes one undo
command through the Document API; the model never changes an entity itself. Bad input emits ``errorOccurred``
with one sentence and changes nothing. Columns are defined in taskcolumns.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from pmdesk.core.entities import Assignment, BaselineTask, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.models import taskindicators
from pmdesk.models.columntitles import display_title
from pmdesk.models.dateinput import read_date_text
from pmdesk.models.evfields import EarnedValueColumns
from pmdesk.models.rowtexts import RowTexts
from pmdesk.models.taskcolumns import (
    COLUMN_INDEX,
    COLUMNS,
    DATE_COLUMNS,
    RIGHT_COLUMNS,
    ROLLED_UP,
)
from pmdesk.models.taskrefresh import TaskRefreshMixin
from pmdesk.models.tasktexts import TaskTextsMixin
from pmdesk.models.tasktreeparts import ENTRY_BASE, SUMMARY_ROLE, TASK_ID_ROLE
from pmdesk.operations.outline import ROOT as _ROOT
from pmdesk.operations.outline import Outline
from pmdesk.operations.predecessors import LinkIndex
from pmdesk.operations.taskinput import TaskInputError, parse_resource_names
from pmdesk.theme import brush

if TYPE_CHECKING:
    from pmdesk.core.scheduling.result import Schedule
    from pmdesk.document import Document

AnyIndex = QModelIndex | QPersistentModelIndex  # what Qt passes to a model's methods
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        TASK_ID_ROLE,
        SUMMARY_ROLE,
    )
)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TaskTreeModel(TaskRefreshMixin, TaskTextsMixin, QAbstractItemModel):
    """The WBS tree. Internal ids are task ids, so an index survives any edit of its task."""

    errorOccurred = Signal(str)

    def __init__(
        self, document: Document, parent: QObject | None = None, entry_rows: int = 0
    ) -> None:
        super().__init__(parent)
        self.document = document
        # Blank rows after the last top-level task (MS Project's): typing into one adds a task.
        self.entry_rows = entry_rows
        self._claim: tuple[int, int] | None = None  # (entry row id, id of the task it becomes)
        self.baseline_number = 0
        # Set by a view that knows which rows are on screen: () -> their task ids.
        self.refresh_tasks: Callable[[], list[int]] | None = None
        self._texts: dict[int, RowTexts] = {}  # task id -> display text per column
        self.highlighted: set[int] = set()  # rows a highlight filter marks
        self.outline = Outline(document.data)  # the tree, IDs and WBS codes (Qt-free)
        self.sort_column: int | None = None  # the column the rows are sorted by for viewing
        self.sort_descending = False
        self.links = LinkIndex()
        self._assignments: dict[int, list[Assignment]] = {}
        self._baseline: dict[int, BaselineTask] = {}
        self._baselines: dict[tuple[int, int], BaselineTask] = {}  # (number, task id) ->
        self._bold = QFont()
        self._bold.setBold(True)
        self._conflicts: dict[int, list[str]] = {}  # task id -> conflict sentences
        self._late = taskindicators.LateTasks()  # late at the status date, per schedule
        self._earned = EarnedValueColumns()
        self._shown_schedule = document.schedule  # the schedule the views last read
        self._touched: set[int] | None = None  # rows the last command changed (None: any)
        # (schedule, rows on screen it left as they were): views may keep what they drew of them
        self.unchanged_rows: tuple[object, frozenset[int]] | None = None
        self.last_reschedule: tuple[Schedule, Schedule, set[int]] | None = None
        self._rebuild_tree()
        self._rebuild_conflicts()
        self._rebuild_links()
        self._rebuild_assignments()
        self._rebuild_baseline()
        document.changed.connect(self._on_changed)
        document.rescheduled.connect(self._on_rescheduled)
        document.changeSet.connect(self._on_change_set)

    # -- lookups --------------------------------------------------------------------------
    def task_id(self, index: AnyIndex) -> int | None:
        """The task on ``index``'s row; None for no index or a blank entry row."""
        if not index.isValid() or index.internalId() >= ENTRY_BASE:
            return None
        return index.internalId()

    def is_entry(self, index: AnyIndex) -> bool:
        return index.isValid() and index.internalId() >= ENTRY_BASE

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

    def child_ids(self, task_id: int | None) -> list[int]:
        return self._children.get(task_id or _ROOT, [])

    def parent_of(self, task_id: int) -> int | None:
        parent = self._parent.get(task_id, _ROOT)
        return None if parent == _ROOT else parent

    def assignments_of(self, task_id: int) -> list[Assignment]:
        return self._assignments.get(task_id, [])

    def baseline_of(self, task_id: int) -> BaselineTask | None:
        return self._baseline.get(task_id)

    def baseline_task(self, number: int, task_id: int) -> BaselineTask | None:
        return self._baselines.get((number, task_id))

    # -- QAbstractItemModel ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        parent_id = parent.internalId() if parent.isValid() else _ROOT
        kids = self._children.get(parent_id, ())
        if not 0 <= column < len(COLUMNS):
            return QModelIndex()
        if parent_id == _ROOT and len(kids) <= row < len(kids) + self.entry_rows:
            return self.createIndex(row, column, ENTRY_BASE + row - len(kids))
        if not 0 <= row < len(kids):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_id = self._parent.get(index.internalId(), _ROOT)
        if parent_id == _ROOT:
            return QModelIndex()
        return self.createIndex(self._row[parent_id], 0, parent_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._children.get(parent.internalId(), ()))
        return len(self._children.get(_ROOT, ())) + self.entry_rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return len(COLUMNS)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return display_title(COLUMNS[section].title)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Views call this for every item they lay out: constants, no enum arithmetic.
        if not index.isValid():
            return _NO_FLAGS
        column = COLUMNS[index.column()]
        if not column.editable or self.document.read_only:
            return _READ_ONLY
        if column.key in ROLLED_UP and index.internalId() in self._children:
            return _READ_ONLY  # rolled up from the subtasks
        return _EDITABLE

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The Gantt table paints rows itself (gantt/tablepainter.py) from row_texts(); this
        # serves other views, editors, tooltips and accessibility, display text first.
        if role == _DISPLAY:
            row = self._texts.get(index.internalId())
            if row is not None:
                return row[index.column()]
            if not index.isValid() or index.internalId() not in self.document.data.tasks:
                return None
            return self.row_texts(index.internalId())[index.column()]
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
                    return brush("negative")
            return None
        if role == _BACKGROUND:
            return brush("search_highlight") if task_id in self.highlighted else None
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
        if role == Qt.ItemDataRole.ToolTipRole and key == "indicators":
            return "\n".join(self.indicator_sentences(task)) or None
        return None

    # -- editing --------------------------------------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        key = COLUMNS[index.column()].key
        if COLUMNS[index.column()].kind == "date" and isinstance(value, str):
            try:  # the locale's date format is read here, where Qt is at hand
                value = read_date_text(value)
            except PmdeskError as exc:
                self.errorOccurred.emit(str(exc))
                return False
            if value is None and key in ("start", "finish"):
                self.errorOccurred.emit(self.tr("Type a date, or press Escape."))
                return False
        if self.is_entry(index):
            return self._add_from_entry(index, key, value)
        task = self.document.data.tasks.get(index.internalId())
        if task is None:
            return False
        # The edit rules of every column (and what they import) wait for the first edit.
        from pmdesk.operations import taskcells

        try:
            taskcells.apply_cell(self.document, self.outline, task, key, value)
        except PmdeskError as exc:
            self.errorOccurred.emit(str(exc))
            return False
        return True

    def _add_from_entry(self, index: AnyIndex, key: str, value: Any) -> bool:
        """Typing into a blank entry row adds a task there (one undo step with the value)."""
        if not str(value if value is not None else "").strip():
            return True  # nothing typed: the row stays blank
        self._claim = (index.internalId(), self.document.data.new_id(Task))
        from pmdesk.operations import taskcells  # at the first edit, as in setData

        try:
            taskcells.add_task_from_cell(self.document, self.outline, key, value)
        except PmdeskError as exc:
            self.errorOccurred.emit(str(exc))
            return False
        finally:
            self._claim = None
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
