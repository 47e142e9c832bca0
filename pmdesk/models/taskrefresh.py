"""How a TaskTreeModel follows the Document: after each command it re-reads what changed (the
outline, links, assignments, baselines) and tells its views as precisely as it can — rows
inserted, removed or moved, and after a reschedule dataChanged only for the rows whose values
moved (tasknotices.py) — falling back to a layout change or every shown row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from pmdesk.core.changeset import ChangeSet
from pmdesk.core.entities import Assignment, Baseline, BaselineTask, Link, Resource, Task
from pmdesk.core.plandata import Change
from pmdesk.models import tasknotices, tasksort
from pmdesk.models.taskcolumns import COLUMNS
from pmdesk.models.tasktreeparts import ENTRY_BASE, TaskTreeParts
from pmdesk.operations.conflicts import conflicts_by_task
from pmdesk.operations.outline import ROOT as _ROOT


class TaskRefreshMixin(TaskTreeParts):
    """Keeping TaskTreeModel in step with the plan."""

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
                outline,
                tasksort.value_reader(self, COLUMNS[self.sort_column].key),
                self.sort_descending,
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

    def _rebuild_conflicts(self) -> None:
        schedule = self.document.schedule
        sentences: list[str] = (
            list(getattr(schedule, "conflicts", ()) or ()) if schedule is not None else []
        )
        self._conflicts = conflicts_by_task(self.document.data, sentences, self.order)

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
        # Sorting for viewing moves no task in the plan: the outline (rebuilt after every
        # structural change) stands, only the rows' view order is taken anew.
        self._restructure(rebuilt=True)

    def _moved_index(self, key: int, column: int) -> QModelIndex:
        """Where a persistent index on task (or entry row) ``key`` is after a restructure; an
        entry row typed into becomes the new task's row, so the cursor stays on it."""
        if self._claim is not None and key == self._claim[0] and self._claim[1] in self._parent:
            key = self._claim[1]
        if key >= ENTRY_BASE:
            return self.index(len(self._children.get(_ROOT, ())) + key - ENTRY_BASE, column)
        return self.index_for_task(key, column) if key in self._parent else QModelIndex()

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
        self.last_reschedule = None
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
        self.last_reschedule = (old, new, touched)
        tasknotices.emit_rows_changed(self, rows, tasknotices.SCHEDULE_ROLES)

    def task_moved(self, task_id: int) -> bool:
        """Whether the last reschedule (or the command before it) changed ``task_id``'s
        values; True when the model did not compare (it told its views about every row)."""
        if self.last_reschedule is None:
            return True
        old, new, touched = self.last_reschedule
        return task_id in touched or old.tasks.get(task_id) != new.tasks.get(task_id)

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
