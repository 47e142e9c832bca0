"""Leveling Options and the leveling results dialog, driven through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from pmdesk.core.scheduling.leveling import OPTIONS_KEY, LevelingOptions

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_level_now_lists_what_moved_and_what_stays(qtbot, workspace):
    workspace.level_action.trigger()
    dialog = workspace.results_dialog
    qtbot.waitExposed(dialog)
    table = dialog.moved
    rows = {
        table.item(r, 0).text(): (table.item(r, 2).text(), table.item(r, 3).text())
        for r in range(table.rowCount())
    }
    assert rows["T2"] == ("Thu 2026-01-08", "3 edays")
    assert dialog.left.count() == 0
    assert "Leveling moved" in dialog.findChild(QLabel, "summary").text()
    dialog.close()


def test_the_options_dialog_refuses_a_reversed_range_and_keeps_options_as_one_step(
    qtbot, workspace
):
    document = workspace.document
    workspace.options_action.trigger()
    dialog = workspace.options_dialog
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.entire.isChecked() and not dialog.level_from.isEnabled()
    dialog.ranged.setChecked(True)
    dialog.level_from.setDate(QDate(2026, 1, 9))
    dialog.level_to.setDate(QDate(2026, 1, 5))
    assert not ok.isEnabled() and not dialog.level_button.isEnabled()
    assert dialog.problem.text() == "The end of the range to level is before its start."
    dialog.level_to.setDate(QDate(2026, 1, 30))
    assert ok.isEnabled() and dialog.problem.text() == ""
    dialog.order.setCurrentIndex(dialog.order.findData("priority"))
    dialog.within_slack.setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Leveling options"
    kept = LevelingOptions.from_settings(document.data.plan.settings)
    assert (kept.order, kept.within_slack, kept.level_from.day, kept.level_to.day) == (
        "priority",
        True,
        9,
        30,
    )
    assert not any(t.leveling_delay for t in document.data.tasks.values())
    document.undo_stack.undo()
    assert OPTIONS_KEY not in document.data.plan.settings


def test_level_now_in_the_options_dialog_levels_and_keeps_the_options_in_one_step(qtbot, workspace):
    document = workspace.document
    workspace.options_action.trigger()
    dialog = workspace.options_dialog
    qtbot.waitExposed(dialog)
    dialog.order.setCurrentIndex(dialog.order.findData("id"))
    qtbot.mouseClick(dialog.level_button, Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Level resources"
    assert document.data.tasks[2].leveling_delay > 0
    assert LevelingOptions.from_settings(document.data.plan.settings).order == "id"
    workspace.results_dialog.close()
    document.undo_stack.undo()
    assert document.data.tasks[2].leveling_delay == 0
    assert OPTIONS_KEY not in document.data.plan.settings


def test_the_resource_menu_levels_in_the_main_window(qtbot, document):
    from pmdesk.ui.mainwindow import MainWindow

    window = MainWindow(document)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Resource" in titles
    window.actions_.level_now.trigger()
    assert window.workspace.current_key() == "resources"
    assert document.undo_stack.undoText() == "Level resources"
    view = window.workspace.view("resources")
    view.results_dialog.close()
    window.actions_.clear_leveling.trigger()
    assert document.undo_stack.undoText() == "Clear leveling"
    assert not any(t.leveling_delay for t in document.data.tasks.values())


def test_the_task_table_has_a_leveling_delay_column(qtbot, workspace):
    from pmdesk.models.taskcolumns import COLUMN_INDEX
    from pmdesk.models.tasktree import TaskTreeModel

    model = TaskTreeModel(workspace.document)
    column = COLUMN_INDEX["leveling_delay"]
    assert model.index_for_task(2, column).data() == ""
    workspace.level_action.trigger()
    workspace.results_dialog.close()
    assert model.index_for_task(2, column).data() == "3 edays"
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Leveling delay"
