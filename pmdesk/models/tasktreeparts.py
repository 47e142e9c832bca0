"""The state of a TaskTreeModel that its mixins (texts, refresh) share, declared once so that
each mixin is type-checked against the model it becomes part of; the roles and the internal
ids of the blank entry rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QFont

    from pmdesk.core.entities import Assignment, BaselineTask, Task
    from pmdesk.core.scheduling.result import Schedule
    from pmdesk.document import Document
    from pmdesk.models.evfields import EarnedValueColumns
    from pmdesk.models.rowtexts import RowTexts
    from pmdesk.models.taskindicators import LateTasks
    from pmdesk.operations.outline import Outline
    from pmdesk.operations.predecessors import LinkIndex

    _Model = QAbstractItemModel
else:  # the mixins add to TaskTreeModel's QAbstractItemModel; mypy checks them against one
    _Model = object

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
# Internal ids of the blank entry rows after the last task: far above any task id.
ENTRY_BASE = 1 << 40


class TaskTreeParts(_Model):
    """What TaskTreeModel.__init__ sets up."""

    document: Document
    entry_rows: int
    baseline_number: int
    # Set by a view that knows which rows are on screen: () -> their task ids.
    refresh_tasks: Callable[[], list[int]] | None
    _claim: tuple[int, int] | None  # (entry row id, id of the task it becomes)
    _texts: dict[int, RowTexts]  # task id -> display text per column
    highlighted: set[int]  # rows a highlight filter marks
    outline: Outline  # the tree, IDs and WBS codes (Qt-free)
    sort_column: int | None  # the column the rows are sorted by for viewing
    sort_descending: bool
    links: LinkIndex
    _assignments: dict[int, list[Assignment]]
    _baseline: dict[int, BaselineTask]
    _baselines: dict[tuple[int, int], BaselineTask]  # (number, task id) ->
    _bold: QFont
    _conflicts: dict[int, list[str]]  # task id -> conflict sentences
    _late: LateTasks  # late at the status date, per schedule
    _earned: EarnedValueColumns
    _shown_schedule: Schedule | None  # the schedule the views last read
    _touched: set[int] | None  # rows the last command changed (None: any)
    # (schedule, rows on screen it left as they were): views may keep what they drew of them
    unchanged_rows: tuple[object, frozenset[int]] | None
    # (old schedule, new schedule, tasks the command changed) of the last precise refresh
    last_reschedule: tuple[Schedule, Schedule, set[int]] | None
    # The outline's tables under the names the model's hot paths read (_take_outline).
    _children: dict[int, list[int]]
    _parent: dict[int, int]
    _row: dict[int, int]
    order: list[int]
    _number: dict[int, int]
    _wbs: dict[int, str]
    _depth: dict[int, int]

    if TYPE_CHECKING:  # TaskTreeModel's lookups

        def index_for_task(self, task_id: int, column: int = 0) -> QModelIndex: ...

        def number_of(self, task_id: int) -> int | None: ...

        def is_summary(self, task_id: int) -> bool: ...

        def baseline_of(self, task_id: int) -> BaselineTask | None: ...

        def baseline_task(self, number: int, task_id: int) -> BaselineTask | None: ...

        def display_text(self, task: Task, key: str) -> str | None: ...  # tasktexts.py
