"""Generic undo commands over PlanData: set fields, add entities, remove entities, macro.

Commands are thin (as in orange-canvas-core's document/commands.py): each ``redo``/``undo``
calls PlanData methods and nothing else; the Document reschedules and tells the views.
The command's text names the edit, so Edit > Undo reads "Undo Rename task".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtGui import QUndoCommand

from pmdesk.core.entities import (
    Assignment,
    Baseline,
    BaselineTask,
    Calendar,
    CalendarException,
    CanvasFactor,
    CanvasOffering,
    CanvasValue,
    Link,
    Plan,
    PnlLine,
    PnlOverride,
    PnlScenario,
    Resource,
    RoadmapDependency,
    RoadmapItem,
    RoadmapLane,
    Task,
)
from pmdesk.core.plandata import PlanData


class SetFieldsCommand(QUndoCommand):
    """Set some fields of one entity (or of the Plan properties with ``kind=Plan``)."""

    def __init__(
        self, data: PlanData, kind: type, entity_id: int, values: dict[str, Any], text: str
    ):
        super().__init__(text)
        self._data = data
        self.kind = kind
        self.entity_id = entity_id
        self.values = dict(values)
        self._old: dict[str, Any] | None = None

    def redo(self) -> None:
        self._old = self._data.update(self.kind, self.entity_id, **self.values)

    def undo(self) -> None:
        assert self._old is not None, "undo before redo"
        self._data.update(self.kind, self.entity_id, **self._old)


class AddEntitiesCommand(QUndoCommand):
    """Add entities (each with its id set); undo removes them in reverse order."""

    def __init__(self, data: PlanData, entities: Iterable[Any], text: str):
        super().__init__(text)
        self._data = data
        self.entities = list(entities)

    def redo(self) -> None:
        done = []
        try:
            for entity in self.entities:
                self._data.add(entity)
                done.append(entity)
        except Exception:
            for entity in reversed(done):  # all or nothing
                self._data.remove(type(entity), entity.id)
            raise

    def undo(self) -> None:
        removed = []
        try:
            for entity in reversed(self.entities):
                self._data.remove(type(entity), entity.id)
                removed.append(entity)
        except Exception:
            # All or nothing, as redo: on a server plan someone may have deleted one already.
            for entity in reversed(removed):
                self._data.add(entity)
            raise


class RemoveEntitiesCommand(QUndoCommand):
    """Remove entities by (kind, id); undo puts the very same objects back."""

    def __init__(self, data: PlanData, items: Iterable[tuple[type, int]], text: str):
        super().__init__(text)
        self._data = data
        self.items = list(items)
        self._removed: list[Any] = []

    def redo(self) -> None:
        removed: list[Any] = []
        try:
            for kind, entity_id in self.items:
                removed.append(self._data.remove(kind, entity_id))
        except Exception:
            for entity in reversed(removed):  # all or nothing
                self._data.add(entity)
            raise
        self._removed = removed

    def undo(self) -> None:
        added = []
        try:
            for entity in reversed(self._removed):
                self._data.add(entity)
                added.append(entity)
        except Exception:
            for entity in reversed(added):  # all or nothing
                self._data.remove(type(entity), entity.id)
            raise
        self._removed = []


class MacroCommand(QUndoCommand):
    """Several commands as one undo step (a whole gesture).

    Children are kept in a Python list rather than as Qt child commands so that the order of
    redo (first to last) and undo (last to first) is ours and the commands stay Python objects.
    """

    def __init__(self, text: str):
        super().__init__(text)
        self.children_: list[QUndoCommand] = []

    def add(self, command: QUndoCommand) -> None:
        self.children_.append(command)

    def redo(self) -> None:
        done = []
        try:
            for command in self.children_:
                command.redo()
                done.append(command)
        except Exception:
            for command in reversed(done):  # all or nothing
                command.undo()
            raise

    def undo(self) -> None:
        undone = []
        try:
            for command in reversed(self.children_):
                command.undo()
                undone.append(command)
        except Exception:
            for command in reversed(undone):  # all or nothing
                command.redo()
            raise


# -- what else goes when an entity goes -------------------------------------------------
# Removing an entity must not leave rows pointing at it: rows that only exist for it are
# removed with it, optional references to it are cleared. (kind, field) pairs per kind.
_OWNED_BY: dict[type, list[tuple[type, str]]] = {
    Task: [
        (Link, "predecessor_id"),
        (Link, "successor_id"),
        (Assignment, "task_id"),
        (BaselineTask, "task_id"),
    ],
    Resource: [(Assignment, "resource_id")],
    Calendar: [(CalendarException, "calendar_id")],
    Baseline: [(BaselineTask, "baseline_id")],
    RoadmapItem: [(RoadmapDependency, "item_id"), (RoadmapDependency, "blocker_id")],
    CanvasOffering: [(CanvasValue, "offering_id")],
    CanvasFactor: [(CanvasValue, "factor_id")],
    PnlLine: [(PnlOverride, "line_id")],
    PnlScenario: [(PnlOverride, "scenario_id")],
}
_REFERENCED_BY: dict[type, list[tuple[type, str]]] = {
    Task: [(RoadmapItem, "linked_task_id"), (PnlLine, "anchor_task_id")],
    Calendar: [(Task, "calendar_id"), (Resource, "calendar_id"), (Calendar, "base_id")],
    RoadmapLane: [(RoadmapItem, "lane_id")],
}


def removal_closure(
    data: PlanData, items: Iterable[tuple[type, int]]
) -> tuple[list[tuple[type, int]], list[tuple[type, int, str]]]:
    """Everything to remove with ``items`` and the references to clear.

    Returns ``(removals, clears)``: ``removals`` in a safe order (dependents before what
    they depend on, child tasks before their parent), ``clears`` as (kind, id, field) triples.
    Each referring table is indexed once, so removing many entities stays linear.
    """
    indexes: dict[tuple[type, str], dict[int, list[int]]] = {}

    def referring(kind: type, field: str, entity_id: int) -> list[int]:
        index = indexes.get((kind, field))
        if index is None:
            index = {}
            row: Any  # an entity of ``kind``
            for row in data.table(kind).values():
                value = getattr(row, field)
                if value is not None:
                    index.setdefault(value, []).append(row.id)
            indexes[(kind, field)] = index
        return index.get(entity_id, [])

    order: list[tuple[type, int]] = []
    seen: set[tuple[type, int]] = set()

    def visit(kind: type, entity_id: int) -> None:
        # Iterative depth-first walk: a deep WBS must not hit Python's recursion limit.
        stack = [(kind, entity_id, False)]
        while stack:
            kind, entity_id, expanded = stack.pop()
            key = (kind, entity_id)
            if expanded:
                order.append(key)
                continue
            if key in seen or entity_id not in data.table(kind):
                continue
            seen.add(key)
            stack.append((kind, entity_id, True))
            dependents: list[tuple[type, int]] = []
            if kind is Task:
                dependents += [(Task, child) for child in referring(Task, "parent_id", entity_id)]
            for owned_kind, field in _OWNED_BY.get(kind, ()):
                dependents += [(owned_kind, row) for row in referring(owned_kind, field, entity_id)]
            stack.extend((k, i, False) for k, i in reversed(dependents))

    for kind, entity_id in items:
        visit(kind, entity_id)

    clears: list[tuple[type, int, str]] = []
    for kind, entity_id in order:
        for ref_kind, field in _REFERENCED_BY.get(kind, ()):
            for row_id in referring(ref_kind, field, entity_id):
                if (ref_kind, row_id) not in seen:
                    clears.append((ref_kind, row_id, field))
        if kind is Calendar and data.plan.default_calendar_id == entity_id:
            clears.append((Plan, data.plan.id, "default_calendar_id"))
    return order, clears


def remove_command(data: PlanData, items: Iterable[tuple[type, int]], text: str) -> QUndoCommand:
    """One command removing ``items`` with their dependents and clearing references to them."""
    removals, clears = removal_closure(data, items)
    if not clears:
        return RemoveEntitiesCommand(data, removals, text)
    macro = MacroCommand(text)
    for kind, entity_id, field in clears:
        macro.add(SetFieldsCommand(data, kind, entity_id, {field: None}, text))
    macro.add(RemoveEntitiesCommand(data, removals, text))
    return macro
