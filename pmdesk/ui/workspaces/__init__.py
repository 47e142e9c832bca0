"""The workspace tabs: which widget class shows each tab.

Each tab's widget is constructed as ``Widget(document, parent=None)``. A view's author
registers it by changing its entry in ``WIDGETS`` to the class, or to a "module:Class" string
so that the module is imported only when the tab is first shown (keeps start-up fast; a view
that uses matplotlib must be registered this way).

What the main window uses when a widget offers it (all optional):
- ``selectionCountChanged = Signal(int)`` and ``selection_count() -> int``: the status bar.
- ``cut()``, ``copy()``, ``paste()``, ``delete()`` (``delete_selected``/``delete_selection``
  are accepted too): Edit menu entries are enabled for the methods a widget has (and
  ``can_edit(name) -> bool`` when it wants to refine that).
- ``zoom(steps: int)``: View > Zoom In (+1) / Zoom Out (-1) / Reset (0).
- ``taskActivated = Signal(int)``: "show this task": the window switches to the Gantt tab
  and calls its ``select_task(task_id)``.
- Printing: File > Print, Print Preview and Page Setup go through ``pmdesk.printing.views``,
  which knows how each tab's widget becomes pages (vectors, tiled, with header and footer).
- ``modes`` and ``set_mode(name)``: views with several modes (the roadmap's board, timeline,
  table, chart); ``pmdesk screenshot --mode`` uses them.
- ``save_state() -> dict`` / ``restore_state(dict)``: kept in the settings between sessions
  (JSON-serialisable values). Splitters with an objectName are remembered without this.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pmdesk.core.translation import QT_TRANSLATE_NOOP  # typed: returns the str it marks

if TYPE_CHECKING:
    from pmdesk.document import Document


class WorkspaceClass(Protocol):
    """A tab's widget class: ``Widget(document, parent=None)``."""

    def __call__(self, document: Document, parent: QWidget | None = None) -> QWidget: ...


# Tab key -> widget class or "module:Class". Product role first, then Project.
WIDGETS: dict[str, WorkspaceClass | str] = {
    "roadmap": "pmdesk.ui.workspaces.roadmap.workspace:RoadmapWorkspace",
    "canvas": "pmdesk.ui.workspaces.canvas.workspace:CanvasWorkspace",
    "pnl": "pmdesk.ui.workspaces.pnl.workspace:PnlWorkspace",
    "gantt": "pmdesk.gantt.editor:GanttEditor",
    "resources": "pmdesk.ui.workspaces.resources.workspace:ResourcesWorkspace",
    "executive": "pmdesk.ui.workspaces.executive.workspace:ExecutiveWorkspace",
    "risk": "pmdesk.ui.workspaces.risk.workspace:RiskWorkspace",
}

TITLES = {
    "roadmap": QT_TRANSLATE_NOOP("Workspaces", "Roadmap"),
    "canvas": QT_TRANSLATE_NOOP("Workspaces", "Strategy canvas"),
    "pnl": QT_TRANSLATE_NOOP("Workspaces", "P&&L"),  # && shows one & in a tab title
    "gantt": QT_TRANSLATE_NOOP("Workspaces", "Gantt"),
    "resources": QT_TRANSLATE_NOOP("Workspaces", "Resources"),
    "executive": QT_TRANSLATE_NOOP("Workspaces", "Timeline"),
    "risk": QT_TRANSLATE_NOOP("Workspaces", "Risk"),
}

ROLES = {
    "product": (QT_TRANSLATE_NOOP("Workspaces", "Product"), ("roadmap", "canvas", "pnl")),
    "project": (
        QT_TRANSLATE_NOOP("Workspaces", "Project"),
        ("gantt", "resources", "executive", "risk"),
    ),
}


def title(key: str) -> str:
    """Tab ``key``'s title in the interface language (a doubled & shows one &)."""
    return QCoreApplication.translate("Workspaces", TITLES[key])


def role_title(role: str) -> str:
    """Role ``role``'s name in the interface language."""
    return QCoreApplication.translate("Workspaces", ROLES[role][0])


def role_of(key: str) -> str:
    for role, (_title, keys) in ROLES.items():
        if key in keys:
            return role
    raise KeyError(key)


def widget_class(key: str) -> WorkspaceClass:
    """The class registered for tab ``key`` (importing its module on first use)."""
    entry = WIDGETS[key]
    if isinstance(entry, str):
        module_name, _, attr = entry.partition(":")
        loaded: WorkspaceClass = getattr(importlib.import_module(module_name), attr)
        return loaded
    return entry
