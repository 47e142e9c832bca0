"""The main window: one open plan, a role selector, the role's workspace tabs, menus, status.

The window shows one Document at a time; New/Open/Import replace it (after asking to save).
Layout and choices (role, tab, geometry, view splitters) are kept in QSettings.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from pmdesk.document import Document
from pmdesk.models.taskcolumns import format_date
from pmdesk.theme.tones import set_tone
from pmdesk.ui import dialogs, workspaces
from pmdesk.ui.actions import MainActions, edit_method
from pmdesk.ui.file_controller import FileController
from pmdesk.ui.server_controller import ServerController
from pmdesk.ui.settings import RecentFiles, app_settings
from pmdesk.ui.windowbase import MainWindowBase
from pmdesk.ui.workspace_area import WorkspaceArea

if TYPE_CHECKING:
    from pmdesk.core.plandata import Change
    from pmdesk.gantt.editor import GanttEditor
    from pmdesk.ui.single_instance import InstanceServer

DEFAULT_SIZE = (1280, 800)


class MainWindow(MainWindowBase):
    # app.py's start_gui: where other ``pmdesk FILE`` starts hand their files over, if anywhere
    instance_server: InstanceServer | None

    def __init__(
        self, document: Document, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pmdesk_main_window")
        self.settings = settings if settings is not None else app_settings()
        self.recent = RecentFiles(self.settings)
        self.document = document
        self.setAcceptDrops(True)
        self.files: FileController = FileController(self)
        self.server = ServerController(self)
        self.workspace = WorkspaceArea(document, self)
        self.setCentralWidget(self.workspace)
        self.actions_ = MainActions(self)
        self._build_status_bar()
        self.workspace.currentChanged_.connect(self._on_tab_changed)
        self.workspace.viewCreated.connect(self._on_view_created)
        self._attach(document)
        self.restore_settings()

    # -- the document ------------------------------------------------------------------------
    def _attach(self, document: Document) -> None:
        self.document = document
        if document.parent() is None:
            document.setParent(self)  # the window owns it; no global document
        self.actions_.undo_group.addStack(document.undo_stack)
        self.actions_.undo_group.setActiveStack(document.undo_stack)
        document.modifiedChanged.connect(self._on_modified)
        document.changed.connect(self._on_changed)
        document.rescheduled.connect(self._update_finish)
        document.pathChanged.connect(self.update_title)
        document.storeProblem.connect(self._on_store_problem)
        self.server.attach(document)
        self.update_title()
        self._update_finish()
        self._update_selection()
        if document.read_only and document.read_only_reason:
            self.statusBar().showMessage(document.read_only_reason)

    def set_document(self, document: Document) -> None:
        """Show ``document`` instead of the current one, which is closed."""
        old = self.document
        if old is document:
            return
        self.actions_.undo_group.removeStack(old.undo_stack)
        for signal, slot in (
            (old.modifiedChanged, self._on_modified),
            (old.changed, self._on_changed),
            (old.rescheduled, self._update_finish),
            (old.pathChanged, self.update_title),
            (old.storeProblem, self._on_store_problem),
        ):
            signal.disconnect(slot)
        old.close()
        old.deleteLater()
        self._attach(document)
        self.workspace.set_document(document)
        self._on_tab_changed(self.workspace.current_key())

    def maybe_save(self) -> bool:
        """Before the plan goes away: True to go on (saved or discarded), False to stay."""
        if not self.document.modified:
            return True
        choice = dialogs.ask_save_changes(self, self.document.name)
        if choice == "save":
            return self.files.save()
        return choice == "discard"

    # -- title and status --------------------------------------------------------------------
    def update_title(self, *_args: object) -> None:
        document = self.document
        if document.on_server:
            file_name = document.working_copy.address.display
        else:
            file_name = os.path.basename(document.path) if document.path else self.tr("not saved")
        title = f"{document.name} ({file_name})[*]"
        if document.read_only:
            title += " " + self.tr("[read-only]")
        self.setWindowTitle(f"{title} \u2014 pmdesk")
        self.setWindowModified(document.modified)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.selection_label = QLabel(bar)
        self.finish_label = QLabel(bar)
        # "N conflicts" opens the Gantt's conflicts panel listing each one's sentence.
        self.conflicts_button = QToolButton(bar)
        self.conflicts_button.setObjectName("conflictsButton")
        self.conflicts_button.setAutoRaise(True)
        set_tone(self.conflicts_button, "QToolButton { color: $error_text; }")
        self.conflicts_button.setToolTip(self.tr("Show the conflicts and go to their tasks"))
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.conflicts_button.hide()
        bar.addPermanentWidget(self.selection_label)
        bar.addPermanentWidget(self.finish_label)
        bar.addPermanentWidget(self.conflicts_button)

    def _update_finish(self) -> None:
        document = self.document
        schedule = document.schedule
        if document.schedule_error:
            self.finish_label.setText(
                self.tr("Not scheduled: %1").replace("%1", document.schedule_error)
            )
        elif schedule is not None and getattr(schedule, "project_finish", None) is not None:
            finish = schedule.project_finish
            conflicts = len(getattr(schedule, "conflicts", ()) or ())
            self.finish_label.setText(self.tr("Finish %1").replace("%1", format_date(finish)))
            self.conflicts_button.setText(
                self.tr("1 conflict") if conflicts == 1 else self.tr("%n conflicts", "", conflicts)
            )
            self.conflicts_button.setVisible(bool(conflicts))
            return
        else:
            self.finish_label.setText(self.tr("%n tasks", "", len(document.data.tasks)))
        self.conflicts_button.hide()

    def show_conflicts(self) -> None:
        """The status bar's "N conflicts": the Gantt with its conflicts panel open."""
        self.show_tab("gantt")
        cast("GanttEditor", self.workspace.view("gantt")).show_conflicts()

    def _update_selection(self, *_args: object) -> None:
        view = self.workspace.built_views().get(self.workspace.current_key())
        count_of = getattr(view, "selection_count", None)
        count = count_of() if callable(count_of) else 0
        self.selection_label.setText(self.tr("%n selected", "", count) if count else "")

    def _on_modified(self, modified: bool) -> None:
        self.setWindowModified(modified)

    def _on_changed(self, _changes: list[Change]) -> None:
        self.files.note_edit()
        self.update_title()  # the plan's name may have changed

    def _on_store_problem(self, message: str) -> None:
        if self.document.on_server:  # a refusal or an outage: the sentence says what happens
            self.statusBar().showMessage(message)
            return
        self.statusBar().showMessage(
            message + " " + self.tr("Use Save As to keep your work elsewhere.")
        )

    # -- roles, tabs, edit actions -------------------------------------------------------
    def set_role(self, role: str) -> None:
        self.workspace.set_role(role)

    def show_tab(self, key: str) -> None:
        self.workspace.set_current(key)

    def role(self) -> str:
        return self.workspace.role()

    def _on_tab_changed(self, key: str) -> None:
        role = workspaces.role_of(key)
        self.actions_.role[role].setChecked(True)
        view = self.workspace.view(key)
        self.actions_.update_edit_actions(view)
        self._update_selection()

    def _on_view_created(self, _key: str, view: QWidget) -> None:
        signal = getattr(view, "selectionCountChanged", None)
        if signal is not None:
            signal.connect(self._on_selection_changed)
        signal = getattr(view, "taskActivated", None)
        if signal is not None:
            signal.connect(self.go_to_task)

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_selection()
        # What Edit offers may depend on the selection (can_edit).
        self.actions_.update_edit_actions(self.workspace.current_view())

    def go_to_task(self, task_id: int) -> None:
        """A view asked to show a task (e.g. the task delivering a roadmap item)."""
        self.show_tab("gantt")
        select = getattr(self.workspace.current_view(), "select_task", None)
        if callable(select):
            select(task_id)

    def edit_current(self, name: str) -> None:
        view = self.workspace.current_view()
        method = edit_method(view, name)
        can_edit = getattr(view, "can_edit", None)
        if method is not None and (not callable(can_edit) or can_edit(name)):
            method()

    def zoom_current(self, steps: int) -> None:
        zoom = getattr(self.workspace.current_view(), "zoom", None)
        if callable(zoom):
            zoom(steps)

    def show_about(self) -> None:
        dialogs.show_about(self)

    def show_project_info(self, new_plan: bool = False) -> bool:
        """Project > Project Information...; True when OK changed or kept the plan."""
        from pmdesk.ui.projectinfo import show_project_info

        return show_project_info(self, self.document, new_plan=new_plan)

    def show_update_project(self) -> None:
        """Project > Update Project...; "Selected tasks" are the Gantt's selection."""
        from pmdesk.ui.updateproject import UpdateProjectDialog

        selected = getattr(self.workspace.current_view(), "selected_task_ids", None)
        ids = selected() if callable(selected) else []
        self.update_project_dialog = UpdateProjectDialog(self.document, ids, self)
        self.update_project_dialog.open()

    def show_status_report(self) -> None:
        """Project > Status Report...: the report as PDF or HTML where the user says."""
        from pmdesk.ui.statusreport import show_status_report

        show_status_report(self, self.document)

    # -- settings ----------------------------------------------------------------------------
    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("ui/role", self.role())
        for role in workspaces.ROLES:
            s.setValue(f"ui/tab_{role}", self.workspace.current_key_of(role))
        s.setValue("ui/views", json.dumps(self.workspace.save_state()))
        s.sync()

    def restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(*DEFAULT_SIZE)
        state = s.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        try:
            views = json.loads(s.value("ui/views") or "{}")
        except (TypeError, ValueError):
            views = {}
        if isinstance(views, dict):
            self.workspace.restore_state(views)
        role = s.value("ui/role")
        role = role if role in workspaces.ROLES else "project"
        for other in workspaces.ROLES:
            key = s.value(f"ui/tab_{other}")
            if key in workspaces.ROLES[other][1] and other != role:
                self.workspace.preselect(key)
        key = s.value(f"ui/tab_{role}")
        self.workspace.set_current(
            key if key in workspaces.ROLES[role][1] else workspaces.ROLES[role][1][0]
        )

    # -- window events -------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.save_settings()
        self.files.stop_timers()
        self.document.close()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_plan(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_plan(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files.open_path(path)


def _dropped_plan(event: QDropEvent) -> str | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".pmdb"):
            return url.toLocalFile()
    return None
