"""What the task tree model tells its views after a command: which rows were inserted,
removed or moved (treesteps.py), and after a reschedule which rows show other values.

Measured at 10,000 tasks (issue 19): a layout change for one inserted task made QTreeView lay
out every row again, and a dataChanged for every visible row and column after each edit
repainted rows whose values had not moved.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, Qt, SignalInstance

from pmdesk.core.entities import Assignment, Link, Task
from pmdesk.core.plandata import Change
from pmdesk.models.treesteps import NO_CHANGE, Children, Parents, one_step
from pmdesk.operations.outline import ROOT, Outline

if TYPE_CHECKING:
    from pmdesk.core.scheduling.result import Schedule


class NoticeModel(Protocol):
    """What the notices use of the task tree model (tasktree.py, which imports this module)."""

    outline: Outline
    _parent: dict[int, int]
    _row: dict[int, int]

    @property
    def dataChanged(self) -> SignalInstance: ...  # the model's signal, bound to it

    def _take_outline(self) -> None: ...

    def index_for_task(self, task_id: int, column: int = 0) -> QModelIndex: ...

    def index(self, row: int, column: int, parent: QModelIndex = ...) -> QModelIndex: ...

    def columnCount(self, parent: QModelIndex = ...) -> int: ...

    def beginInsertRows(self, parent: QModelIndex, first: int, last: int) -> None: ...

    def endInsertRows(self) -> None: ...

    def beginRemoveRows(self, parent: QModelIndex, first: int, last: int) -> None: ...

    def endRemoveRows(self) -> None: ...

    def beginMoveRows(
        self,
        source_parent: QModelIndex,
        first: int,
        last: int,
        destination_parent: QModelIndex,
        destination_child: int,
    ) -> bool: ...

    def endMoveRows(self) -> None: ...


# What a new schedule can change in a row: its texts (display and edit), the critical
# colour and the indicators' tool tip.
SCHEDULE_ROLES = [
    int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole),
    int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.ToolTipRole),
]  # fmt: skip


def touched_tasks(changes: list[Change]) -> set[int] | None:
    """The tasks whose own row texts a command changed besides the schedule; None when it
    may be any row (a resource renamed, a calendar or the plan's settings changed)."""
    touched: set[int] = set()
    for change in changes:
        if change.kind is Task:
            touched.add(change.id)
        elif change.kind is Link or change.kind is Assignment:
            for entity in (change.entity, *((change.old,) if change.old else ())):
                if isinstance(entity, Link):
                    touched.update((entity.predecessor_id, entity.successor_id))
                elif isinstance(entity, Assignment):
                    touched.add(entity.task_id)
                elif isinstance(entity, dict):  # old field values of an update
                    touched.update(
                        v
                        for k, v in entity.items()
                        if k in ("task_id", "predecessor_id", "successor_id")
                    )
        else:
            return None
    return touched


def restructure(model: NoticeModel, old_children: Children, old_parent: Parents) -> bool:
    """Tell views about the one insert, removal or move from the old outline to the model's
    rebuilt ``outline``, swapping the model's tables between begin and end; False (nothing
    emitted, tables not swapped) when it was not one step."""
    outline = model.outline
    step = one_step(old_children, old_parent, outline.children, outline.parent)
    if step is None:
        return False
    if step is NO_CHANGE:
        model._take_outline()
        return True
    parent = _index(model, step.parent)
    if step.kind == "insert":
        model.beginInsertRows(parent, step.first, step.last)
        model._take_outline()
        model.endInsertRows()
    elif step.kind == "remove":
        model.beginRemoveRows(parent, step.first, step.last)
        model._take_outline()
        model.endRemoveRows()
    else:
        destination = _index(model, step.destination_parent)
        if not model.beginMoveRows(
            parent, step.first, step.last, destination, step.destination_row
        ):
            return False
        model._take_outline()
        model.endMoveRows()
    return True


def _index(model: NoticeModel, task_id: int) -> QModelIndex:
    return QModelIndex() if task_id == ROOT else model.index_for_task(task_id)


def changed_rows(
    model: NoticeModel,
    old_schedule: Schedule,
    new_schedule: Schedule,
    touched: set[int],
    candidates: Iterable[int],
) -> list[int]:
    """The ``candidates`` (rows on screen) whose scheduled values differ between the two
    schedules, or which the command touched."""
    old_tasks = old_schedule.tasks
    new_tasks = new_schedule.tasks
    return [
        task_id for task_id in candidates
        if task_id in touched or old_tasks.get(task_id) != new_tasks.get(task_id)
    ]  # fmt: skip


def shown_ancestors(
    model: NoticeModel, task_ids: Iterable[int], candidates: Iterable[int]
) -> set[int]:
    """The summaries above ``task_ids`` that are among ``candidates``."""
    shown = set(candidates)
    found: set[int] = set()
    for task_id in task_ids:
        parent = model._parent.get(task_id, ROOT)
        while parent != ROOT and parent not in found:
            if parent in shown:
                found.add(parent)
            parent = model._parent.get(parent, ROOT)
    return found


def emit_rows_changed(
    model: NoticeModel, task_ids: Iterable[int], roles: list[int] | None = None
) -> None:
    """One dataChanged per row, all columns.

    Not one per run of adjacent rows: for a range of two rows or more, Qt 6.11's QTreeView
    (QTreeViewPrivate::intersectedRect) computes a rectangle as tall as the viewport, so a
    reschedule that moved three rows repainted every row of the table.
    """
    last_column = model.columnCount() - 1
    for task_id in task_ids:
        parent = model._parent.get(task_id)
        if parent is None:
            continue
        parent_index = _index(model, parent)
        row = model._row[task_id]
        top = model.index(row, 0, parent_index)
        bottom = model.index(row, last_column, parent_index)
        if roles is None:
            model.dataChanged.emit(top, bottom)
        else:
            model.dataChanged.emit(top, bottom, roles)
