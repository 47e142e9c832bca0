"""The Tracking Gantt: done/remaining bars over the baseline bar, and the progress line
bending left at a task behind at the status date."""

from datetime import datetime

import pytest
from PySide6.QtGui import QImage, QPainter

from pmdesk.core.entities import Baseline, BaselineTask, Plan, Task
from pmdesk.gantt.editor import GanttEditor
from pmdesk.gantt.tracking import BASELINE, DONE, PROGRESS_LINE, TrackingBarPainter, progress_points

from gantt_plans import colour_count

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, document):
    document.add_entities([Baseline(1, 0), BaselineTask(
        1, 1, 2, start=datetime(2026, 3, 2, 8), finish=datetime(2026, 3, 4, 17))], "Baseline")
    document.set_fields(Task, 2, "Progress", percent_complete=20.0)
    document.set_fields(Plan, 1, "Status", status_date=datetime(2026, 3, 4, 17))
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _chart_image(editor):
    viewport = editor.chart.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32)
    viewport.render(image)
    return image


def test_tracking_gantt_paints_baseline_done_and_the_progress_line(editor):
    assert colour_count(_chart_image(editor), PROGRESS_LINE, 12) == 0
    editor.critical_action.setChecked(False)  # Design is critical: its done part would be red
    editor.tracking_action.setChecked(True)
    assert isinstance(editor.chart.renderer.bars, TrackingBarPainter)
    image = _chart_image(editor)
    for colour in (BASELINE, DONE, PROGRESS_LINE):
        assert colour_count(image, colour, 20) > 0, colour.name()
    editor.tracking_action.setChecked(False)
    assert colour_count(_chart_image(editor), PROGRESS_LINE, 12) == 0


def test_progress_line_bends_left_for_a_task_behind(editor):
    chart = editor.chart
    points = progress_points(chart.rows.rows, 0, len(chart.rows.rows) - 1,
                             chart.rows.row_height, chart.items, chart.grid,
                             datetime(2026, 3, 4, 17))
    status_x = chart.grid.map_to_chart(datetime(2026, 3, 4, 17))
    design = chart.rows.rows.index(2)
    assert points[design].x() < status_x - 5  # 20 % of Mon-Wed is left of Wednesday evening
    summary = chart.rows.rows.index(1)
    assert points[summary].x() == pytest.approx(status_x)
