"""TaskTreeModel: the plan's work breakdown as a Qt tree with MS Project's task table columns.

Reading: entities from ``document.data`` and computed dates/float/cost from
``document.schedule``; each row's texts are formatted once per change (``row_texts``). Writing:
``setData`` hands the text a person typed to operations/taskcells.py, which pushes one undo
command through the Document API; the model never changes an entity itself. Bad input emits ``errorOccurred``
with one sentence and changes nothing. Columns are defined in taskcolumns.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QDateTime, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from pmdesk.core.changeset import ChangeSet
from pmdesk.core.entities import Assignment, Baseline, BaselineTask, Link, Resource, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import Change
from pmdesk.core.scheduling.durations import format_duration
from pmdesk.models import taskfields, taskindicators, tasknotices, tasksort
from pmdesk.models.columntitles import display_title
from pmdesk.models.dateinput import read_date_text
from pmdesk.models.evfields import EarnedValueColumns
from pmdesk.models.taskcolumns import (
    COLUMN_INDEX,
    COLUMNS,
    CUSTOM_KEYS,
    DATE_COLUMNS,
    RIGHT_COLUMNS,
    ROLLED_UP,
    format_units,
)
from pmdesk.operations import taskcells
from pmdesk.operations.conflicts import conflicts_by_task
from pmdesk.operations.outline import ROOT as _ROOT
from pmdesk.operations.outline import Outline
from pmdesk.operations.predecessors import LinkIndex, format_predecessors
from pmdesk.operations.taskinput import TaskInputError, parse_resource_names
from pmdesk.theme import brush

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
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
# Internal ids of the blank entry rows after the last task: far above any task id.
ENTRY_BASE = 1 << 40


class RowTexts(list):
    """One row's texts, each column formatted on first read (None marks "not yet")."""

    __slots__ = ("_task", "_format")

    def __init__(self, task: Task, format_text) -> None:
        super().__init__([None] * len(COLUMNS))
        self._task = task
        self._format = format_text

    def __getitem__(self, column):
        text = list.__getitem__(self, column)
        if text is None:
            text = self._format(self._task, COLUMNS[column].key) or ""
            list.__setitem__(self, column, text)
        return text


class TaskTreeModel(QAbstractItemModel):
    """The WBS tree. Internal ids are task ids, so an index survives any edit of its task."""

    errorOccurred = Signal(str)

    def __init__(self, document, parent=None, entry_rows: int = 0) -> None:
        super().__init__(parent)
        self.document = document
        # Blank rows after the last top-level task (MS Project's): typing into one adds a task.
        self.entry_rows = entry_rows
        self._claim: tuple[int, int] | None = None  # (entry row id, id of the task it becomes)
        self.baseline_number = 0
        # Set by a view that knows which rows are on screen: () -> their task ids.
        self.refresh_tasks: Callable[[], list[int]] | None = None
        self._texts: dict[int, tuple] = {}  # task id -> display text per column
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
        self._rebuild_tree()
        self._rebuild_conflicts()
        self._rebuild_links()
        self._rebuild_assignments()
        self._rebuild_baseline()
        document.changed.connect(self._on_changed)
        document.rescheduled.connect(self._on_rescheduled)
        document.changeSet.connect(self._on_change_set)

    # -- structure ------------------------------------------------------------------------
    def _rebuild_tree(self) -> None:
        self.outline.rebuild()
        self._take_outline()

    def _take_outline(self) -> None:
        outline = self.outline
        # The outline's tables under the names the model's hot paths read.
        self._children = outline.children
        self._parent = outline.parent
        self._row = outline.row
        self.order = outline.order
        if self.sort_column is not None:  # rows sorted for viewing; IDs and WBS unchanged
            self._children, self._row, self.order = tasksort.view_order(
                outline, self._sort_value, self.sort_descending
            )
        self._number = outline.number
        self._wbs = outline.wbs
        self._depth = outline.depth

    def _rebuild_links(self) -> None:
        self.links.rebuild(self.document.data.links.values())

    def _rebuild_assignments(self) -> None:
        self._assignments = {}
        for assignment in self.document.data.assignments.values():
            self._assignments.setdefault(assignment.task_id, []).append(assignment)

    def _rebuild_baseline(self) -> None:
        data = self.document.data
        number_of = {b.id: b.number for b in data.baselines.values()}
        self._baselines = {
            (number_of[bt.baseline_id], bt.task_id): bt
            for bt in data.baseline_tasks.values()
            if bt.baseline_id in number_of
        }
        self._baseline = {
            task_id: bt
            for (number, task_id), bt in self._baselines.items()
            if number == self.baseline_number
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
        self._touched = tasknotices.touched_tasks(changes)
        if self._touched is None:
            self._texts = {}
        else:  # the other rows' texts wait for the reschedule to say whether they moved
            for task_id in self._touched:
                self._texts.pop(task_id, None)
        kinds = {change.kind for change in changes}
        structural = any(
            change.kind is Task
            and (change.action != "update" or {"parent_id", "position"} & set(change.old or ()))
            for change in changes
        )
        if structural:
            self._touched = None  # IDs and WBS codes of the rows below move too
            self._texts = {}
            self._restructure_precisely()
        if Link in kinds:
            self._rebuild_links()
        if Assignment in kinds or Resource in kinds:
            self._rebuild_assignments()
        if kinds & {Baseline, BaselineTask}:
            self._rebuild_baseline()

    def _restructure_precisely(self) -> None:
        """Tell views the rows inserted, removed or moved when one run of rows was (see
        treesteps.py); a layout change otherwise."""
        if self.sort_column is not None or self._claim is not None:
            # Sorted for viewing, or an entry row becoming a task (the cursor follows it).
            self._restructure()
            return
        old_children, old_parent = self._children, self._parent
        self.outline.rebuild()
        if not tasknotices.restructure(self, old_children, old_parent):
            self._restructure(rebuilt=True)

    def _restructure(self, rebuilt: bool = False) -> None:
        """Re-read the tree keeping persistent indexes (selection, expanded rows) by task id."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [(index.internalId(), index.column()) for index in old]
        if rebuilt:  # the outline was re-read: take its tables
            self._take_outline()
        else:
            self._rebuild_tree()
        new = [self._moved_index(key, column) for key, column in keys]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows for viewing by ``column`` (the ID column, or -1: the plan's order)."""
        key = COLUMNS[column].key if 0 <= column < len(COLUMNS) else "id"
        self.sort_column = None if key in ("id", "wbs") else column
        self.sort_descending = order == Qt.SortOrder.DescendingOrder
        self._restructure()

    def _sort_value(self, task_id: int):
        return tasksort.sort_value(self, task_id, COLUMNS[self.sort_column].key)

    def _moved_index(self, key: int, column: int) -> QModelIndex:
        """Where a persistent index on task (or entry row) ``key`` is after a restructure; an
        entry row typed into becomes the new task's row, so the cursor stays on it."""
        if self._claim is not None and key == self._claim[0] and self._claim[1] in self._parent:
            key = self._claim[1]
        if key >= ENTRY_BASE:
            return self.index(len(self._children.get(_ROOT, ())) + key - ENTRY_BASE, column)
        return self.index_for_task(key, column) if key in self._parent else QModelIndex()

    def _rebuild_conflicts(self) -> None:
        schedule = self.document.schedule
        sentences = list(getattr(schedule, "conflicts", ()) or ()) if schedule is not None else []
        self._conflicts = conflicts_by_task(self.document.data, sentences, self.order)

    def _on_change_set(self, change_set: ChangeSet) -> None:
        # A baseline saved or cleared: its columns change, the schedule does not.
        if not change_set.rescheduled and change_set.touches(Baseline, BaselineTask):
            self._emit_all_changed()

    def _on_rescheduled(self) -> None:
        before = self._conflicts
        self._rebuild_conflicts()
        self._earned.invalidate()
        old, new = self._shown_schedule, self.document.schedule
        self._shown_schedule = new
        touched, self._touched = self._touched, None
        self.unchanged_rows = None
        if touched is None or old is None or new is None or self._conflicts != before:
            self._texts = {}
            self._emit_all_changed()
            return
        # Only the rows whose scheduled values moved, or that the command changed, and
        # their summaries (earned value rolls up without the summary's dates moving).
        candidates = self.refresh_tasks() if self.refresh_tasks is not None else self.order
        rows = set(tasknotices.changed_rows(self, old, new, touched, candidates))
        rows |= tasknotices.shown_ancestors(self, rows, candidates)
        # Texts kept: the unchanged rows on screen (off screen, formatted again when shown).
        texts = self._texts
        self._texts = {t: texts[t] for t in candidates if t in texts and t not in rows}
        self.unchanged_rows = (new, frozenset(t for t in candidates if t not in rows))
        tasknotices.emit_rows_changed(self, rows, tasknotices.SCHEDULE_ROLES)

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
            self.dataChanged.emit(
                self.index(low, 0, parent_index), self.index(high, last, parent_index)
            )

    # -- lookups --------------------------------------------------------------------------
    def task_id(self, index: QModelIndex) -> int | None:
        """The task on ``index``'s row; None for no index or a blank entry row."""
        if not index.isValid() or index.internalId() >= ENTRY_BASE:
            return None
        return index.internalId()

    def is_entry(self, index: QModelIndex) -> bool:
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

    def is_critical(self, task_id: int) -> bool:
        scheduled = self._scheduled(task_id)
        return scheduled is not None and scheduled.critical

    def row_texts(self, task_id: int):
        """The display texts of ``task_id``'s row by column, each formatted when first read
        and kept until the next change (a row has ~170 columns; a view reads the dozen it
        shows, the printout those it prints)."""
        row = self._texts.get(task_id)
        if row is None:
            task = self.document.data.tasks.get(task_id)
            if task is None:
                return ("",) * len(COLUMNS)
            row = self._texts[task_id] = RowTexts(task, self.display_text)
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

    def baseline_task(self, number: int, task_id: int) -> BaselineTask | None:
        return self._baselines.get((number, task_id))

    def format_minutes(self, minutes: float) -> str:
        return self.format_duration(minutes, False)

    def successor_text(self, task_id: int) -> str:
        """The successors in the predecessor notation, from the other end of each link."""
        numbers = sorted(
            (self._number.get(link.successor_id, 0), link)
            for link in self.links.successors(task_id)
        )
        return ", ".join(str(number) for number, _link in numbers if number)

    def calendar_units(self) -> tuple[int, int, int]:
        """Minutes per day, minutes per week, days per month: the plan's conversion factors
        for typed and shown durations (Project Information; MS Project's project options)."""
        return taskcells.calendar_units(self.document.data)

    # -- QAbstractItemModel ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        parent_id = parent.internalId() if parent.isValid() else _ROOT
        kids = self._children.get(parent_id, ())
        if not 0 <= column < len(COLUMNS):
            return QModelIndex()
        if parent_id == _ROOT and len(kids) <= row < len(kids) + self.entry_rows:
            return self.createIndex(row, column, ENTRY_BASE + row - len(kids))
        if not 0 <= row < len(kids):
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
        return len(self._children.get(_ROOT, ())) + self.entry_rows

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(COLUMNS)

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return display_title(COLUMNS[section].title)
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

    def _scheduled(self, task_id: int):
        schedule = self.document.schedule
        return None if schedule is None else schedule.tasks.get(task_id)

    def display_text(self, task: Task, key: str):
        scheduled = self._scheduled(task.id)
        if key == "id":
            return str(self._number.get(task.id, ""))
        if key == "indicators":
            return taskindicators.marks(
                task,
                scheduled,
                task.id in self._conflicts,
                self._assignments.get(task.id, ()),
                late=task.id in self.late_ids(),
            )
        if key == "wbs":
            return self._wbs.get(task.id, "")
        if key == "name":
            return task.name
        return taskfields.display(self, task, scheduled, key)

    def indicator_sentences(self, task: Task) -> list[str]:
        """What the indicators column's marks mean for ``task``, one sentence each."""
        return taskindicators.sentences(
            self,
            task,
            self._scheduled(task.id),
            self._conflicts.get(task.id, ()),
            self._assignments.get(task.id, ()),
            late=self._late,
        )

    def earned_value_text(self, task_id: int, key: str) -> str:
        return self._earned.text(self.document, task_id, key)

    def late_ids(self) -> frozenset[int]:
        return self._late.ids(self.document)

    def _edit_value(self, task: Task, key: str):
        scheduled = self._scheduled(task.id)
        if key == "name":
            return task.name
        if key in ("start", "finish"):
            if scheduled is None:
                return None
            return QDateTime(scheduled.start if key == "start" else scheduled.finish)
        if key in ("actual_start", "actual_finish", "constraint_date", "deadline"):
            value = getattr(task, key)
            return QDateTime(value) if value is not None else None
        if key in CUSTOM_KEYS:
            return taskfields.custom_edit_text(task, key)
        if key == "notes":
            return task.notes
        if key == "percent":
            return f"{task.percent_complete:g}"
        if key == "work" and scheduled is not None:
            return f"{scheduled.work / 60:.2f}".rstrip("0").rstrip(".") + "h"
        return self.display_text(task, key)

    def format_duration(self, minutes: float, elapsed: bool) -> str:
        per_day, per_week, per_month = self.calendar_units()
        return format_duration(
            int(round(minutes)),
            elapsed=elapsed,
            minutes_per_day=per_day,
            minutes_per_week=per_week,
            days_per_month=per_month,
        )

    def predecessor_text(self, task_id: int) -> str:
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
        try:
            taskcells.apply_cell(self.document, self.outline, task, key, value)
        except PmdeskError as exc:
            self.errorOccurred.emit(str(exc))
            return False
        return True

    def _add_from_entry(self, index: QModelIndex, key: str, value) -> bool:
        """Typing into a blank entry row adds a task there (one undo step with the value)."""
        if not str(value if value is not None else "").strip():
            return True  # nothing typed: the row stays blank
        self._claim = (index.internalId(), self.document.data.new_id(Task))
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
