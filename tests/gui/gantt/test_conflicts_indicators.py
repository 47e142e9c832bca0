"""The status bar's "N conflicts" opens a panel of the engine's sentences; choosing one goes
to its task. The indicators column marks constraints, notes, missed deadlines and conflicts,
with the sentences as tooltip."""

from datetime import datetime

import pytest
from gantt_plans import small_plan
from PySide6.QtCore import Qt

from pmdesk.core.entities import ConstraintType, Task
from pmdesk.document import Document
from pmdesk.models.taskcolumns import (
    COLUMN_INDEX,
    CONFLICT_MARK,
    CONSTRAINT_MARK,
    DEADLINE_MARK,
    NOTE_MARK,
)
from pmdesk.ui.mainwindow import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def conflicting_plan():
    """Docs (task 5) must finish by Mon 2026-03-02 12:00 but follows nothing and takes a day;
    Test (task 4) has a note and a deadline long before it can finish."""
    data = small_plan()
    data.update(
        Task, 5, constraint_type=ConstraintType.FNLT, constraint_date=datetime(2026, 3, 2, 12, 0)
    )
    data.update(Task, 4, notes="Needs the lab", deadline=datetime(2026, 3, 3, 17, 0))
    return data


@pytest.fixture
def window(qtbot):
    window = MainWindow(Document(conflicting_plan()))
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_status_bar_conflicts_open_the_panel_and_go_to_the_task(window, qtbot):
    sentences = window.document.schedule.conflicts
    assert len(sentences) == 2
    button = window.conflicts_button
    assert button.isVisible() and button.text() == "2 conflicts"
    window.show_tab("resources")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    editor = window.workspace.view("gantt")
    assert window.workspace.current_key() == "gantt"
    panel = editor.conflicts
    assert panel.isVisible()
    rows = [panel.model.item(r).text() for r in range(panel.model.rowCount())]
    assert rows == list(sentences)
    editor.rows.set_expanded(1, False)  # the task is inside a collapsed summary
    deadline_row = next(r for r, text in enumerate(rows) if "deadline" in text)
    panel.list.activated.emit(panel.model.index(deadline_row, 0))
    assert editor.current_task_id() == 4
    assert editor.selected_task_ids() == [4]
    assert 1 not in editor.rows.collapsed


def test_no_conflicts_no_button(qtbot):
    window = MainWindow(Document(small_plan()))
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    assert window.conflicts_button.isHidden()


def test_indicators_mark_and_explain(window):
    editor = window.workspace.view("gantt")
    model = editor.model
    docs = model.index_for_task(5, COLUMN_INDEX["indicators"])
    test = model.index_for_task(4, COLUMN_INDEX["indicators"])
    assert docs.data() == CONSTRAINT_MARK + CONFLICT_MARK
    assert test.data() == NOTE_MARK + DEADLINE_MARK + CONFLICT_MARK
    tip = test.data(Qt.ItemDataRole.ToolTipRole)
    assert "Note: Needs the lab" in tip and "after its deadline" in tip
    assert "FNLT" in docs.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index_for_task(2, COLUMN_INDEX["indicators"]).data() == ""
    # Fixing the cause clears the mark.
    window.document.set_fields(Task, 4, "Clear deadline", deadline=None)
    assert model.index_for_task(4, COLUMN_INDEX["indicators"]).data() == NOTE_MARK
