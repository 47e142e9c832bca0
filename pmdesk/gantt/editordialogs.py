"""The Gantt editor's context menu and the dialogs it opens: Task Information, a link's type
and lag, Update Tasks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint
from PySide6.QtWidgets import QDialog, QMenu

from pmdesk.gantt.editorcommands import EditorCommandsMixin
from pmdesk.models.taskcolumns import COLUMN_INDEX

translate = QCoreApplication.translate  # the strings keep GanttEditor's translation context


class EditorDialogsMixin(EditorCommandsMixin):
    """The context menu (with the commands) and the dialogs of GanttEditor."""

    link_dialog: QDialog
    update_tasks_dialog: QDialog

    def _context_menu(self, global_pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(
            translate("GanttEditor", "Task information..."),
            lambda: self.open_task_dialog(self.current_task_id()),
        )
        menu.addAction(translate("GanttEditor", "Update tasks..."), self.open_update_tasks)
        menu.addSeparator()
        menu.addAction(translate("GanttEditor", "Insert task"), self.insert_task)
        menu.addAction(translate("GanttEditor", "Delete task"), self.delete_selected)
        menu.addSeparator()
        menu.addAction(translate("GanttEditor", "Indent"), self.indent)
        menu.addAction(translate("GanttEditor", "Outdent"), self.outdent)
        menu.addAction(translate("GanttEditor", "Link tasks"), self.link_selected)
        menu.addAction(translate("GanttEditor", "Unlink tasks"), self.unlink_selected)
        menu.addAction(self.edit_drawn_links)
        menu.addSeparator()
        # The header's column commands, for the current cell's column (keyboard: Menu key).
        column = self.table.currentIndex().column() if self.table.currentIndex().isValid() else -1
        header = self.table.header()
        menu.addAction(
            translate("GanttEditor", "Insert column..."),
            lambda: self.table.choose_column(
                header.visualIndex(column) if column >= 0 else header.count()
            ),
        )
        hide = menu.addAction(
            translate("GanttEditor", "Hide column"), lambda: self.table.columns.hide(column)
        )
        hide.setEnabled(column >= 0 and column != COLUMN_INDEX["name"])
        menu.addSeparator()
        menu.addAction(translate("GanttEditor", "Copy"), self.copy)
        menu.addAction(translate("GanttEditor", "Paste"), self.paste)
        menu.addAction(translate("GanttEditor", "Scroll to task"), self.scroll_to_current)
        menu.popup(global_pos)

    def _on_table_double_click(self, index: QModelIndex) -> None:
        self.open_task_dialog(self.model.task_id(index))

    def _on_link_drawn(self, link_id: int) -> None:
        if self.edit_drawn_links.isChecked():
            self.open_link_dialog(link_id)

    def open_link_dialog(self, link_id: int) -> None:
        from pmdesk.gantt.linkdialog import LinkDialog

        if link_id in self.document.data.links:
            self.link_dialog = LinkDialog(self.document, self.model, link_id, self)
            self.link_dialog.open()

    def open_update_tasks(self) -> None:
        """Task > Update Tasks for the selected tasks (the current one without a selection)."""
        # Summaries show their subtasks' progress; they are not updated themselves.
        ids = [t for t in self.selected_task_ids() if not self.model.is_summary(t)]
        if not ids:
            return
        from pmdesk.gantt.updatetasks import UpdateTasksDialog

        self.update_tasks_dialog = UpdateTasksDialog(self.document, self.model, ids, self)
        self.update_tasks_dialog.open()

    def open_current_task_dialog(self) -> None:
        self.open_task_dialog(self.current_task_id())

    def open_task_dialog(self, task_id: int | None) -> None:
        if task_id is None:
            return
        from pmdesk.gantt.taskdialog import TaskDialog

        dialog = TaskDialog(self.document, self.model, task_id, self)
        dialog.open()
