"""The Earned Value table (View > Tables): MS Project's EV fields at the status date as
columns, applied as one undo step; the variance and tracking columns beside them."""

from datetime import datetime

import pytest

from pmdesk.core.entities import Baseline, BaselineTask, Plan, Task
from pmdesk.gantt import viewmenus
from pmdesk.gantt.editor import GanttEditor
from pmdesk.models.taskcolumns import COLUMN_INDEX, TABLE_PRESETS
from pmdesk.models.tasktree import TaskTreeModel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _text(model, task_id, key):
    return model.index_for_task(task_id, COLUMN_INDEX[key]).data()


def test_earned_value_preset_is_one_undo_step(editor, document):
    before = editor.visible_keys()
    viewmenus.apply_table(editor, "Earned Value")
    assert editor.visible_keys() == list(TABLE_PRESETS["Earned Value"])
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert editor.visible_keys() == before
    titles = [action.text() for action in editor.tables_menu.actions()]
    assert "Earned Value" in titles and "Tracking" in titles


def test_earned_value_columns_show_the_figures(qtbot, document):
    # Design: 3 days Mon-Wed, baseline cost 3,000; at Tuesday 17:00, 2/3 planned, 50 % done,
    # 1,800 spent: BCWS 2,000, BCWP 1,500, ACWP 1,800, SPI 0.75, CPI 0.83.
    document.add_entities(
        [
            Baseline(1, 0),
            BaselineTask(
                1, 1, 2, start=datetime(2026, 3, 2, 8), finish=datetime(2026, 3, 4, 17), cost=3000.0
            ),
        ],
        "Baseline",
    )
    document.set_fields(Task, 2, "Progress", percent_complete=50.0, actual_cost=1800.0)
    document.set_fields(Plan, 1, "Status", status_date=datetime(2026, 3, 3, 17))
    model = TaskTreeModel(document)
    expected = {
        "bcws": "2,000.00",
        "bcwp": "1,500.00",
        "acwp": "1,800.00",
        "sv": "-500.00",
        "cv": "-300.00",
        "spi": "0.75",
        "cpi": "0.83",
        "bac": "3,000.00",
        "eac": "3,600.00",
        "vac": "-600.00",
        "sv_percent": "-25%",
        "cv_percent": "-20%",
    }
    for key, text in expected.items():
        assert _text(model, 2, key) == text, key
    assert _text(model, 1, "bcwp") == "1,500.00"  # the summary adds up its subtasks
    assert _text(model, 3, "spi") == ""  # no baseline: no ratio rather than a 0
    document.set_fields(Task, 2, "Physical", ev_method="physical", physical_percent_complete=60.0)
    assert _text(model, 2, "bcwp") == "1,800.00"
    assert _text(model, 2, "ev_method") == "Physical % Complete"  # as MS Project writes it
