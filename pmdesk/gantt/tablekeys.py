"""MS Project's keys of the task table as actions: Insert adds a task, Delete deletes,
Alt+Shift+Right/Left indent/outdent, Ctrl+Up/Down move, Ctrl+F2 links, Ctrl+Shift+F2 unlinks,
Shift+F2 opens Task Information.

The editor owns the commands; the table only matches a key press against these actions'
shortcuts (tableview.py), so the table does not import the editor. The actions are not added
to any widget: the main window's Edit > Delete owns Del as a window shortcut, and a second
registration of the same key would make Qt find the shortcut ambiguous and fire neither.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


class TableCommands(Protocol):
    """The commands of the Gantt editor the table's keys trigger."""

    def insert_task(self) -> object: ...
    def delete_selected(self) -> object: ...
    def indent(self) -> object: ...
    def outdent(self) -> object: ...
    def move_up(self) -> object: ...
    def move_down(self) -> object: ...
    def link_selected(self) -> object: ...
    def unlink_selected(self) -> object: ...
    def open_current_task_dialog(self) -> object: ...


def table_key_actions(commands: TableCommands, parent: QObject) -> list[QAction]:
    """One action per key (the texts are for a menu that shows them; none does yet)."""
    keys: list[tuple[str, Callable[[], object]]] = [
        ("Ins", commands.insert_task),
        ("Del", commands.delete_selected),
        ("Alt+Shift+Right", commands.indent),
        ("Alt+Shift+Left", commands.outdent),
        ("Ctrl+Up", commands.move_up),
        ("Ctrl+Down", commands.move_down),
        ("Ctrl+F2", commands.link_selected),
        ("Ctrl+Shift+F2", commands.unlink_selected),
        ("Shift+F2", commands.open_current_task_dialog),  # MS Project: Task Information
    ]
    actions = []
    for key, command in keys:
        action = QAction(parent)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False, command=command: command())
        actions.append(action)
    return actions
