"""The usage grid's columns follow the zoom: days, weeks, months, quarters."""

from __future__ import annotations

from datetime import date

import pytest

from pmdesk.core.periods import period_for_zoom, period_starts
from pmdesk.models.periodlabels import column_labels

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_periods_and_their_starts():
    assert [period_for_zoom(s)[0] for s in (6, 4, 3, 0, -1, -2, -4, -5, -7)] == [
        "day",
        "day",
        "week",
        "week",
        "week",
        "month",
        "month",
        "quarter",
        "quarter",
    ]
    assert period_for_zoom(0) == ("week", 46)
    assert period_starts("week", date(2026, 1, 7), date(2026, 1, 14)) == [
        date(2026, 1, 5),
        date(2026, 1, 12),
        date(2026, 1, 19),
        date(2026, 1, 26),
    ]
    assert period_starts("month", date(2026, 11, 20), date(2026, 12, 3)) == [
        date(2026, 11, 1),
        date(2026, 12, 1),
        date(2027, 1, 1),
        date(2027, 2, 1),
    ]
    assert period_starts("quarter", date(2026, 5, 2), date(2026, 5, 2), extra=0) == [
        date(2026, 4, 1),
        date(2026, 7, 1),
    ]
    assert column_labels("quarter", date(2027, 1, 1), True) == ("2027", "Q1")
    assert column_labels("day", date(2026, 3, 1), True) == ("March 2026", "Sun 01")


def test_zooming_in_shows_days_and_out_months_and_quarters(qtbot, workspace):
    usage = workspace.usage
    workspace.zoom(4)
    assert usage.period == "day" and usage.week_start(0) == date(2026, 1, 5)
    monday = usage.cell(1, 0)
    assert monday.over and monday.peak == pytest.approx(2.0)
    assert not usage.cell(1, 2).over  # Wednesday: T1 alone
    assert "Mon 2026-01-05" in usage.tooltip_text(0, 0)
    workspace.zoom(0)
    workspace.zoom(-3)
    assert usage.period == "month" and usage.week_start(0) == date(2026, 1, 1)
    january = usage.cell(1, 0)
    assert january.over and january.over_days == [date(2026, 1, 5), date(2026, 1, 6)]
    assert usage.period_days(0) == 31
    workspace.zoom(-2)
    assert usage.period == "quarter" and usage.cell(2, 0).peak == pytest.approx(0.5)
    assert "Q1 2026" in usage.tooltip_text(1, 0)
    image = usage.grab().toImage()
    reds = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).name() == "#f2b8b0"
    )
    assert reds > 0  # the over-allocated quarter is painted red


def test_the_resource_graph_shows_the_selected_resource_in_the_grid_columns(qtbot, workspace):
    graph = workspace.graph
    workspace.select_resource(1)
    bars = graph.bars()
    assert bars[0][0] == 0 and bars[0][1] == pytest.approx(2.0) and bars[0][2]
    workspace.zoom(4)  # days: Monday and Tuesday over, Wednesday at 100 %
    assert [(c, round(p, 2), o) for c, p, o in graph.bars()][:3] == [
        (0, 2.0, True),
        (1, 2.0, True),
        (2, 1.0, False),
    ]
    image = graph.grab().toImage()
    reds = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).name() == "#f2b8b0"
    )
    assert reds > 0
    workspace.select_resource(2)
    assert [round(p, 2) for _c, p, _o in graph.bars()] == [0.5, 0.5]
    assert not any(o for _c, _p, o in graph.bars())
