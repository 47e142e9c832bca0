"""The Gantt editor's commands on the plan: insert, add, delete, indent, outdent, move, link,
unlink, copy, cut, paste and baselines. Each goes through operations/ as one undo step; an
error a person caused shows as one sentence above the table.

The operations (taskshape, paste), the clipboard's table format and baselines are imported by
the command that uses them: the first paint of the editor needs none of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication

from pmdesk.core.errors import PmdeskError
from pmdesk.gantt.editorparts import EditorParts
from pmdesk.models.taskcolumns import COLUMNS


class EditorCommandsMixin(EditorParts):
    """The plan commands of GanttEditor."""

    def _run(self, command: Callable[..., Any], *args: Any) -> Any:
        if self.document.read_only:
            reason = self.document.read_only_reason
            self.show_message(
                "This plan is open read-only"
                + (f" ({reason})" if reason else "")
                + "; save a copy to change it."
            )
            return None
        try:
            return command(self.document, self.model.outline, *args)
        except PmdeskError as exc:
            self.show_message(str(exc))
            return None

    def delete(self) -> None:
        self.delete_selected()

    def copy(self) -> None:
        from pmdesk.gantt.tableclipboard import copy_rows

        ids = self.selected_task_ids()
        if ids:
            QApplication.clipboard().setText(copy_rows(self.model, ids, self.visible_keys()))

    def cut(self) -> None:
        self.copy()
        self.delete_selected()

    def paste(self) -> None:
        from pmdesk.gantt.tableclipboard import FIELD_NAMES, convert_cell
        from pmdesk.operations import paste as pasting

        text = QApplication.clipboard().text()
        new_ids = self._run(
            pasting.paste_rows,
            self.current_task_id(),
            text,
            FIELD_NAMES,
            self._paste_columns(),
            convert_cell,
        )
        if new_ids:
            self.select_task(new_ids[0])

    def _paste_columns(self) -> list[str]:
        """Where rows without a header go: the visible columns from the current cell's (as a
        spreadsheet pastes), or from Name when the current cell cannot be typed into."""
        keys = self.visible_keys()
        current = self.table.currentIndex()
        key = COLUMNS[current.column()].key if current.isValid() else "name"
        if key not in keys or not COLUMNS[current.column()].editable:
            key = "name"
        return keys[keys.index(key) :] if key in keys else keys

    def insert_task(self) -> None:
        from pmdesk.operations import taskshape

        new_id = self._run(taskshape.insert_task, self.current_task_id())
        if new_id is not None:
            self.select_task(new_id, "name")  # typing now renames it, as in MS Project

    def add_task(self) -> None:
        """The toolbar's Add task: a new task on the row below the current one (or at the
        end), so a list added top-down stays in order; Insert adds above, as in MS Project."""
        from pmdesk.operations import taskshape

        new_id = self._run(taskshape.add_task_below, self.current_task_id())
        if new_id is not None:
            self.select_task(new_id, "name")

    def delete_selected(self) -> None:
        from pmdesk.operations import taskshape

        ids = self.selected_task_ids()
        if ids:
            self._run(taskshape.delete_tasks, ids)

    def _keep_selection(self, command: Callable[..., object]) -> None:
        ids = self.selected_task_ids()
        if not ids:
            return
        current = self.current_task_id()
        column = max(self.table.currentIndex().column(), 0)  # the current cell stays in its column
        self._run(command, ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        for task_id in ids:
            index = self.model.index_for_task(task_id)
            if index.isValid():
                selection.select(
                    index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                )
        if current is not None:
            self.table.setCurrentIndex(self.model.index_for_task(current, column))
            selection.select(
                self.model.index_for_task(current),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )

    def indent(self) -> None:
        from pmdesk.operations import taskshape

        self._keep_selection(taskshape.indent_tasks)

    def outdent(self) -> None:
        from pmdesk.operations import taskshape

        self._keep_selection(taskshape.outdent_tasks)

    def move_up(self) -> None:
        from pmdesk.operations import taskshape

        self._keep_selection(lambda doc, outline, ids: taskshape.move_tasks(doc, outline, ids, -1))

    def move_down(self) -> None:
        from pmdesk.operations import taskshape

        self._keep_selection(lambda doc, outline, ids: taskshape.move_tasks(doc, outline, ids, 1))

    def link_selected(self) -> None:
        from pmdesk.operations import taskshape

        self._run(taskshape.link_tasks, self.selected_task_ids())

    def unlink_selected(self) -> None:
        from pmdesk.operations import taskshape

        self._run(taskshape.unlink_tasks, self.selected_task_ids())

    def set_baseline(self) -> None:
        from pmdesk.gantt import baselines

        if self._run(lambda *_: True) is None:
            return
        try:
            baselines.set_baseline(self.document, self.baseline_number.value())
        except PmdeskError as exc:
            self.show_message(str(exc))

    def clear_baseline(self) -> None:
        from pmdesk.gantt import baselines

        if self._run(lambda *_: True) is None:
            return
        try:
            baselines.clear_baseline(self.document, self.baseline_number.value())
        except PmdeskError as exc:
            self.show_message(str(exc))
