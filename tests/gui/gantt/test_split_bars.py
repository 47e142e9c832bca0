"""Split tasks and work contours are shown: the Gantt painter (screen and printout) draws a
split bar's stretches with a dotted line across each pause, as MS Project does, and the
indicators column marks a split task and one whose work a contour spreads (issue 14)."""

from datetime import datetime

import pytest
from gantt_plans import DAY, small_plan
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from pmdesk.core.entities import Assignment, Task, WorkContour
from pmdesk.document import Document
from pmdesk.gantt.barpainter import BarItem, BarPainter
from pmdesk.gantt.timegrid import TimeGrid
from pmdesk.models.taskcolumns import COLUMN_INDEX, CONTOUR_MARK, SPLIT_MARK
from pmdesk.ui.mainwindow import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

MON = datetime(2026, 3, 2)


def _paint(item: BarItem) -> tuple[QImage, TimeGrid, BarPainter]:
    image = QImage(400, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    grid = TimeGrid(MON, day_width=40)
    bars = BarPainter()
    painter = QPainter(image)
    bars.paint_item(painter, item, grid, 0, 30)
    painter.end()
    return image, grid, bars


def _is(image: QImage, x: float, y: float, colour: QColor) -> bool:
    pixel = image.pixelColor(int(x), int(y))
    return (
        max(
            abs(pixel.red() - colour.red()),
            abs(pixel.green() - colour.green()),
            abs(pixel.blue() - colour.blue()),
        )
        <= 12
    )


def test_a_split_bar_is_drawn_as_stretches_with_a_dotted_pause():
    # Monday, a pause Tuesday-Wednesday, Thursday-Friday.
    segments = (
        (MON.replace(hour=8), MON.replace(hour=17)),
        (MON.replace(day=5, hour=8), MON.replace(day=6, hour=17)),
    )
    item = BarItem(1, MON.replace(hour=8), MON.replace(day=6, hour=17), segments=segments)
    image, grid, bars = _paint(item)
    rect = bars.bar_rect(item, grid, 0, 30)
    y = rect.center().y()
    task = bars.style.task
    assert _is(image, grid.map_to_chart(MON.replace(hour=12)), rect.top() + 2, task)
    assert _is(image, grid.map_to_chart(MON.replace(day=5, hour=12)), rect.top() + 2, task)
    gap = range(
        int(grid.map_to_chart(MON.replace(day=3))) + 2,
        int(grid.map_to_chart(MON.replace(day=5))) - 2,
    )
    # In the pause: no bar above the line, and a dotted line (some dots, some white) on it.
    assert not any(_is(image, x, rect.top() + 2, task) for x in gap)
    on_line = [_is(image, x, y, QColor("white")) for x in gap]
    assert any(on_line) and not all(on_line)
    # One bar as before when there are no stretches, or a dragged preview no longer spans them.
    whole, *_ = _paint(BarItem(1, item.start, item.finish))
    assert _is(whole, grid.map_to_chart(MON.replace(day=4, hour=12)), rect.top() + 2, task)
    moved, *_ = _paint(BarItem(1, MON.replace(day=3, hour=8), item.finish, segments=segments))
    assert _is(moved, grid.map_to_chart(MON.replace(day=4, hour=12)), rect.top() + 2, task)


@pytest.fixture
def window(qtbot):
    data = small_plan()
    data.update(Task, 3, splits=[(DAY, 2 * DAY)])  # Code: a day, two days' pause, four days
    data.add(Assignment(1, 2, 1, 1.0, contour=WorkContour.BELL))
    window = MainWindow(Document(data))
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_split_and_contoured_tasks_are_marked_and_explained(window):
    editor = window.workspace.view("gantt")
    model = editor.model
    code = model.index_for_task(3, COLUMN_INDEX["indicators"])
    design = model.index_for_task(2, COLUMN_INDEX["indicators"])
    assert code.data() == SPLIT_MARK
    assert code.data(Qt.ItemDataRole.ToolTipRole) == (
        "Split: the work pauses 1 time(s), 2 d in all."
    )
    assert design.data() == CONTOUR_MARK
    assert design.data(Qt.ItemDataRole.ToolTipRole) == "Work contour: Designer (Bell)."
    # The chart gets the stretches the engine scheduled.
    item = editor.items(3)
    assert item.segments == window.document.schedule.tasks[3].segments
    # Design's bell contour doubles its 3 days, so Code starts Tuesday 03-10: that day,
    # a pause on Wednesday-Thursday, the other four days from Friday 03-13.
    assert item.segments == (
        (datetime(2026, 3, 10, 8), datetime(2026, 3, 10, 17)),
        (datetime(2026, 3, 13, 8), datetime(2026, 3, 18, 17)),
    )
    window.document.set_fields(Task, 3, "Join", splits=[])
    assert model.index_for_task(3, COLUMN_INDEX["indicators"]).data() == ""
    assert editor.items(3).segments == ()
