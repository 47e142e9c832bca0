"""The part of the main window its helpers see: the file controller (file_controller.py), the
server controller (server_controller.py) and the actions (actions.py) are built by the window
and call back into it through this class, so they do not import mainwindow.py (which imports
them: an import cycle, checked by import-linter). MainWindow implements every method here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from pmdesk.document import Document
    from pmdesk.ui.settings import RecentFiles
    from pmdesk.ui.workspace_area import WorkspaceArea


class PlanFiles(Protocol):
    """File > New, Open, Save... as the actions call them (FileController)."""

    def new_plan(self, ask_information: bool = True) -> bool: ...
    def open_dialog(self) -> object: ...
    def open_path(self, path: str) -> bool: ...
    def save(self) -> bool: ...
    def save_as(self) -> object: ...
    def close_plan(self) -> object: ...
    def import_dialog(self) -> object: ...
    def export_dialog(self) -> object: ...
    def page_setup(self) -> object: ...
    def print_preview(self) -> object: ...
    def print_(self) -> object: ...
    def folder(self) -> str: ...
    def reload(self) -> bool: ...


class PlanServer(Protocol):
    """File > Open from Server, Take Offline, Sync and Portfolio (ServerController)."""

    def open_dialog(self) -> bool: ...
    def open_url(self, url: str) -> bool: ...
    def take_offline(self) -> bool: ...
    def sync(self) -> bool: ...
    def portfolio(self) -> bool: ...
    def can_sync(self) -> bool: ...
    def attach(self, document: Document) -> None: ...


class MainWindowBase(QMainWindow):
    """A QMainWindow with one open plan, its workspaces and the window-level commands."""

    document: Document
    settings: QSettings
    recent: RecentFiles
    workspace: WorkspaceArea
    files: PlanFiles
    server: PlanServer

    def set_document(self, document: Document) -> None:
        raise NotImplementedError

    def maybe_save(self) -> bool:
        raise NotImplementedError

    def update_title(self, *_args: object) -> None:
        raise NotImplementedError

    def set_role(self, role: str) -> None:
        raise NotImplementedError

    def show_tab(self, key: str) -> None:
        raise NotImplementedError

    def edit_current(self, name: str) -> None:
        raise NotImplementedError

    def zoom_current(self, steps: int) -> None:
        raise NotImplementedError

    def show_about(self) -> None:
        raise NotImplementedError

    def show_project_info(self, new_plan: bool = False) -> bool:
        raise NotImplementedError

    def show_update_project(self) -> None:
        raise NotImplementedError

    def show_status_report(self) -> None:
        raise NotImplementedError
