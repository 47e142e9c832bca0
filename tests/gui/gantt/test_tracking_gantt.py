"""The Tracking Gantt: done/remaining bars over the baseline bar, and the progress line
bending left at a task behind at the status date."""

from datetime import datetime

import pytest
from gantt_plans import colour_count
from PySide6.QtGui import QImage

from pmdesk.core.entities import Baseline, BaselineTask, Plan, Task
from pmdesk.gantt.editor import GanttEditor
from pmdesk.gantt.tracking import BASELINE, DONE, PROGRESS_LINE, TrackingBarPainter, progress_points

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, document):
    document.add_entities(
        [
            Baseline(1, 0),
            BaselineTask(1, 1, 2, start=datetime(2026, 3, 2, 8), finish=datetime(2026, 3, 4, 17)),
        ],
        "Baseline",
    )
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
    points = progress_points(
        chart.rows.rows,
        0,
        len(chart.rows.rows) - 1,
        chart.rows.row_height,
        chart.items,
        chart.grid,
        datetime(2026, 3, 4, 17),
    )
    status_x = chart.grid.map_to_chart(datetime(2026, 3, 4, 17))
    design = chart.rows.rows.index(2)
    assert points[design].x() < status_x - 5  # 20 % of Mon-Wed is left of Wednesday evening
    summary = chart.rows.rows.index(1)
    assert points[summary].x() == pytest.approx(status_x)


def test_a_slipped_task_draws_a_slippage_line_from_its_baseline_start(editor, document):
    """MS Project's Tracking Gantt "Slippage" style: a thin line from Baseline Start to
    Start, left of a bar that starts later than its baseline (Code was baselined to start
    with Design; it now waits for it)."""
    from pmdesk.gantt.tracking import SLIPPAGE

    def near(colour) -> bool:
        return (
            abs(colour.red() - SLIPPAGE.red())
            + abs(colour.green() - SLIPPAGE.green())
            + abs(colour.blue() - SLIPPAGE.blue())
        ) < 60

    document.add_entities(
        [BaselineTask(2, 1, 3, start=datetime(2026, 3, 2, 8), finish=datetime(2026, 3, 4, 17))],
        "Baseline Code",
    )
    editor.critical_action.setChecked(False)
    editor.tracking_action.setChecked(True)
    chart = editor.chart
    dx, dy = chart.horizontalScrollBar().value(), chart.verticalScrollBar().value()
    row = chart.rows.rows.index(3)
    item = chart.items(3)
    assert item.start > datetime(2026, 3, 2, 8)
    rect = chart.renderer.bars.bar_rect(
        item, chart.grid, row * chart.rows.row_height, chart.rows.row_height
    )
    image = _chart_image(editor)
    x0 = chart.grid.map_to_chart(datetime(2026, 3, 2, 8)) - dx
    y = int(rect.center().y()) - dy  # a 1-unit pen on the half pixel fills the row above

    def on_line(image, x) -> bool:
        return any(near(image.pixelColor(x, row)) for row in (y - 1, y, y + 1))

    xs = range(round(x0) + 2, round(rect.left() - dx) - 2)
    # all along it, but where the status date's line and the progress line cross it
    assert len(xs) > 10 and sum(on_line(image, x) for x in xs) >= 0.9 * len(xs)
    editor.tracking_action.setChecked(False)  # the plain Gantt has no slippage line
    image = _chart_image(editor)
    assert not any(on_line(image, x) for x in xs)
