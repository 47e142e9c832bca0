"""A resource's working time from the resource sheet: "Working time…" in the toolbar and the
sheet's context menu opens the calendar editor on the resource's own calendar (made, derived
from the calendar it used, on first use, as MS Project gives each resource its own), where
vacations and part-time weeks are exceptions and work week changes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from pmdesk.core.entities import ResourceType

if TYPE_CHECKING:
    from pmdesk.document import Document
    from pmdesk.models.resources import ResourceSheetModel
    from pmdesk.ui.calendar_editor.dialog import CalendarEditor
    from pmdesk.ui.workspaces.resources.sheet import GridTable


class WorkingTimeTab(Protocol):
    """What the action uses of the Resources tab (workspace.ResourcesWorkspace, a QWidget,
    which installs it: a protocol, not an import of it, keeps the two modules out of a cycle)."""

    document: Document
    toolbar: QToolBar
    sheet: GridTable
    model: ResourceSheetModel
    context_menu: QMenu  # kept while it shows
    calendar_editor: CalendarEditor  # the last one opened

    def addAction(self, action: QAction, /) -> None: ...  # noqa: N802 (QWidget's)

    def current_resource_id(self) -> int | None: ...

    def select_resource(self, resource_id: int, select: bool = True) -> None: ...

    def show_error(self, text: str) -> None: ...


def install_working_time_action(workspace: WorkingTimeTab) -> QAction:
    """Add the action to the workspace's toolbar and the sheet's context menu."""
    tab = cast(QWidget, workspace)  # the tab is a QWidget (the protocol cannot say so)
    action = QAction(QCoreApplication.translate("ResourcesWorkspace", "Working time…"), tab)
    action.setObjectName("resourceWorkingTime")
    action.setToolTip(QCoreApplication.translate("ResourcesWorkspace", "Change the working time of the current resource: vacations, "
                          "part-time weeks, its base calendar (Ctrl+Shift+W)"))  # fmt: skip
    # A key of its own while the Resources tab shows (Qt fires a window shortcut only for an
    # action on a visible widget), wherever the focus is: the tab bar, the sheet, the grid.
    action.setShortcut(QKeySequence("Ctrl+Shift+W"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: open_resource_calendar(workspace))
    workspace.toolbar.addAction(action)
    workspace.addAction(action)
    sheet = workspace.sheet
    sheet.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def menu_at(pos: QPoint) -> None:
        index = sheet.indexAt(pos)
        if index.isValid():
            workspace.select_resource(workspace.model.ids[index.row()])
        menu = QMenu(sheet)
        menu.addAction(action)
        menu.popup(sheet.viewport().mapToGlobal(pos))
        workspace.context_menu = menu

    sheet.customContextMenuRequested.connect(menu_at)
    return action


def open_resource_calendar(workspace: WorkingTimeTab) -> CalendarEditor | None:
    """The calendar editor on the current work resource's own calendar (None if there is
    no current work resource: the workspace says why)."""
    from pmdesk.ui.calendar_editor.dialog import open_calendar_editor

    rid = workspace.current_resource_id()
    resource = workspace.document.data.resources.get(rid) if rid is not None else None
    if resource is None:
        workspace.show_error(
            QCoreApplication.translate("ResourcesWorkspace", "Choose a resource first.")
        )
        return None
    if resource.type != ResourceType.WORK:
        workspace.show_error(
            QCoreApplication.translate(
                "ResourcesWorkspace", "Only work resources have working time."
            )
        )
        return None
    tab = cast(QWidget, workspace)  # the tab is a QWidget (the protocol cannot say so)
    workspace.calendar_editor = open_calendar_editor(tab, workspace.document,
                                                     resource_id=rid)  # fmt: skip
    return workspace.calendar_editor
