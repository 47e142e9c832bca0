"""The Task Usage view: tasks with their assignments, work or cost per period, following the
Resources tab's zoom; over-allocated assignments marked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from pmdesk.core.entities import Task
from pmdesk.core.scheduling.timephased import daily_costs
from pmdesk.models.taskusage import FIXED_COLUMNS, OVER_ROLE, VALUE_ROLE, TaskUsageModel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _model(document, workspace=None):
    if workspace is not None:
        return workspace.task_usage_model
    from pmdesk.models.resources import ResourceSheetModel

    sheet = ResourceSheetModel(document)
    model = TaskUsageModel(document, sheet.allocation)
    model._sheet = sheet  # keep it alive as long as the model
    return model


def _column(model, day: date) -> int:
    for column in range(FIXED_COLUMNS, model.columnCount()):
        first, end = model.period_of_column(column)
        if first <= day < end:
            return column
    raise AssertionError(f"no column holds {day}")


def _value(model, row: int, column: int) -> float:
    return model.data(model.index(row, column), VALUE_ROLE)


def test_the_model_passes_the_model_tester_in_every_period_and_detail(qtmodeltester, document):
    model = _model(document)
    qtmodeltester.check(model)
    for period in ("day", "month", "quarter", "week"):
        model.set_period(period)
        qtmodeltester.check(model)
    model.set_details("cost")
    qtmodeltester.check(model)


def test_rows_are_tasks_each_followed_by_its_assignments(document):
    model = _model(document)
    names = [model.data(model.index(r, 0)).strip() for r in range(model.rowCount())]
    assert names == ["T1", "Ann", "T2", "Ann", "T3", "Bob"]
    assert model.rows[1] == (1, 1) and model.rows[0] == (1, None)


def test_work_and_cost_per_day_come_from_the_time_phasing(document):
    model = _model(document)
    model.set_period("day")
    monday, wednesday, thursday = date(2026, 1, 5), date(2026, 1, 7), date(2026, 1, 8)
    assert _value(model, 1, _column(model, monday)) == pytest.approx(480)  # Ann on T1
    assert _value(model, 0, _column(model, monday)) == pytest.approx(480)  # T1 itself
    assert _value(model, 5, _column(model, thursday)) == pytest.approx(240)  # Bob at 50 %
    assert model.data(model.index(1, _column(model, monday))) == "8h"
    assert _value(model, 0, 1) == pytest.approx(3 * 480)  # the total column
    # The same figures as timephased.daily_costs: no second time-phasing rule.
    daily = daily_costs(document.data, document.schedule)
    for column in range(FIXED_COLUMNS, model.columnCount()):
        first, _end = model.period_of_column(column)
        assert _value(model, 1, column) == pytest.approx(daily.work[1].get(first, 0.0))
    model.set_details("cost")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Cost"
    assert _value(model, 1, _column(model, monday)) == pytest.approx(400)  # 8 h x 50
    assert _value(model, 5, _column(model, thursday)) == pytest.approx(160)  # 4 h x 40
    assert model.data(model.index(5, _column(model, thursday))) == "160.00"
    assert _value(model, 1, _column(model, wednesday)) == pytest.approx(400)


def test_over_allocated_assignments_are_marked_only_where_they_overlap(document):
    model = _model(document)
    model.set_period("day")
    monday, wednesday, thursday = date(2026, 1, 5), date(2026, 1, 7), date(2026, 1, 8)
    over = [model.data(model.index(1, _column(model, d)), OVER_ROLE) for d in (monday, wednesday)]
    assert over == [True, False]  # Ann is at 200 % on Monday, alone on T1 on Wednesday
    assert (
        model.data(model.index(1, _column(model, monday)), Qt.ItemDataRole.ForegroundRole)
        is not None
    )
    assert not model.data(model.index(0, _column(model, monday)), OVER_ROLE)  # the task row
    assert not model.data(model.index(5, _column(model, thursday)), OVER_ROLE)  # Bob is fine
    model.set_period("week")
    assert model.data(model.index(3, _column(model, monday)), OVER_ROLE)  # T2's Ann


def test_weeks_months_and_quarters_sum_the_days(document):
    model = _model(document)
    for period in ("week", "month", "quarter"):
        model.set_period(period)
        periods = sum(_value(model, 0, c) for c in range(FIXED_COLUMNS, model.columnCount()))
        assert periods == pytest.approx(3 * 480)


def test_a_summary_task_sums_the_tasks_under_it(make_document, plan_data):
    plan_data.add(Task(9, "Phase", position=0))
    for tid in (1, 2):
        plan_data.tasks[tid].parent_id = 9
    document = make_document(plan_data)
    model = _model(document)
    assert model.data(model.index(0, 0)) == "Phase"
    assert model.data(model.index(1, 0)).startswith("    T1")
    assert _value(model, 0, 1) == pytest.approx(5 * 480)  # T1's 3 days and T2's 2
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()


def test_a_reschedule_updates_the_figures(document):
    model = _model(document)
    assert _value(model, 0, 1) == pytest.approx(3 * 480)
    document.set_fields(Task, 1, "Duration", duration=4 * 480)
    assert _value(model, 0, 1) == pytest.approx(4 * 480)
    document.undo_stack.undo()
    assert _value(model, 0, 1) == pytest.approx(3 * 480)


def test_the_tab_follows_the_zoom_and_switches_to_cost(qtbot, workspace):
    tabs = workspace.usage_tabs
    assert tabs.tabText(1) == "Task usage"
    assert not workspace.task_usage_model._loaded  # nothing laid out while the tab is hidden
    tabs.setCurrentIndex(1)
    assert workspace.task_usage.isVisible()
    model = workspace.task_usage_model
    assert model.period == "week"
    workspace.zoom(4)
    assert model.period == "day" and model.starts[0] == date(2026, 1, 5)
    table = workspace.task_usage.table
    assert table.horizontalHeader().sectionSize(FIXED_COLUMNS) >= 34
    combo = workspace.details.combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert model.details == "cost"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Cost"
    state = workspace.save_state()
    assert state["usage_tab"] == 1 and state["details"] == "cost"
    workspace.zoom(-8)
    assert model.period in ("month", "quarter")
    workspace.restore_state({"usage_tab": 0, "details": "work", "zoom": 0})
    assert tabs.currentIndex() == 0 and model.details == "work"


def test_double_clicking_a_row_opens_its_task(qtbot, workspace):
    workspace.usage_tabs.setCurrentIndex(1)
    table = workspace.task_usage.table
    seen = []
    workspace.taskActivated.connect(seen.append)
    rect = table.visualRect(workspace.task_usage_model.index(4, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen == [3]
