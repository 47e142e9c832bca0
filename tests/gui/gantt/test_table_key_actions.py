"""The task table triggers MS Project's commands through the actions it is given
(tablekeys.py), without knowing the Gantt editor."""

from PySide6.QtCore import Qt

from pmdesk.gantt.tablekeys import table_key_actions
from pmdesk.gantt.tableview import TaskTableView


class Recorder:
    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        return lambda: self.calls.append(name)


def test_keys_trigger_the_given_commands(qtbot):
    table = TaskTableView()
    qtbot.addWidget(table)
    commands = Recorder()
    table.key_actions = table_key_actions(commands, table)
    Mod = Qt.KeyboardModifier
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    qtbot.keyClick(table, Qt.Key.Key_Delete, Mod.KeypadModifier)  # the keypad's Del too
    qtbot.keyClick(table, Qt.Key.Key_Right, Mod.AltModifier | Mod.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Mod.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_F2, Mod.ControlModifier | Mod.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_F2, Mod.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Right, Mod.ShiftModifier)  # not a command: navigation
    assert commands.calls == [
        "insert_task",
        "delete_selected",
        "indent",
        "move_down",
        "unlink_selected",
        "open_current_task_dialog",
    ]


def test_a_disabled_action_leaves_the_key_to_the_table(qtbot):
    table = TaskTableView()
    qtbot.addWidget(table)
    commands = Recorder()
    table.key_actions = table_key_actions(commands, table)
    for action in table.key_actions:
        action.setEnabled(False)
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert commands.calls == []
