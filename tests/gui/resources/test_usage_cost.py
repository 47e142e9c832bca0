"""Resource Usage with "Details: Cost": each resource's (and task's) cost per period, from the
same time-phasing as the Task Usage view and the P&L."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from pmdesk.core.scheduling.timephased import daily_costs
from pmdesk.ui.workspaces.resources.usagecost import money_text

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_cost_per_day_and_week_matches_the_time_phasing(qtbot, workspace, document):
    usage = workspace.usage
    combo = workspace.details.combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert usage.details == "cost" and workspace.task_usage_model.details == "cost"
    # Ann's first week: T1 3 days and T2 2 days, 8 h a day at 50 an hour.
    assert usage.period_cost(1, None, 0) == pytest.approx(5 * 8 * 50)
    daily = daily_costs(document.data, document.schedule)
    ann = daily.by_resource([1])
    assert usage.period_cost(1, None, 0) == pytest.approx(sum(ann.values()))  # one week
    workspace.zoom(4)  # days
    assert usage.period == "day"
    monday = usage.week_start(0)
    assert monday == date(2026, 1, 5)
    assert usage.period_cost(1, None, 0) == pytest.approx(800)  # T1 and T2, 8 h x 50 each
    assert usage.period_cost(1, 1, 0) == pytest.approx(400)  # Ann on T1 only
    thursday = (date(2026, 1, 8) - monday).days
    assert usage.period_cost(2, None, thursday) == pytest.approx(160)  # Bob, 4 h x 40
    assert "Cost: 800.00" in usage.tooltip_text(0, 0)
    image = usage.grab()  # paints the cost cells without a warning
    assert not image.isNull()
    workspace.details.set_details("work")
    assert usage.details == "work"


def test_a_reschedule_changes_the_cost(qtbot, workspace, document):
    from pmdesk.core.entities import Resource

    usage = workspace.usage
    workspace.details.set_details("cost")
    before = usage.period_cost(1, None, 0)
    document.set_fields(Resource, 1, "Std. rate", standard_rate=100.0)
    assert usage.period_cost(1, None, 0) == pytest.approx(2 * before)


def test_money_too_wide_for_its_column_is_shortened_never_cut():
    metrics = QFontMetrics(QFont())
    assert money_text(160.0, "", 200, metrics) == "160.00"
    assert money_text(1_234_567.0, "", metrics.horizontalAdvance("1.23M"), metrics) == "1.23M"
    assert money_text(45_600.0, "", metrics.horizontalAdvance("45.6k"), metrics) == "45.6k"
    assert money_text(45_600.0, "", 2, metrics) == "#"
