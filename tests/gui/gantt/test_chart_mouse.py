"""Mouse gestures on the chart, driven with real mouse events on its viewport.

Each gesture must leave the plan untouched while dragging and push ONE undo command on release.
"""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from pmdesk.core.entities import ConstraintType, LinkType
from pmdesk.gantt.barpainter import Zone
from pmdesk.gantt.editor import GanttEditor

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
DAY_PX = 40


@pytest.fixture
def editor(qtbot, document):
    assert document.schedule is not None, document.schedule_error
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 600)
    widget.show()
    qtbot.waitExposed(widget)
    chart = widget.chart
    chart.set_day_width(DAY_PX)
    chart.scroll_to_date(datetime(2026, 3, 1))
    return widget


def drag(chart, points):
    viewport = chart.viewport()
    QTest.mousePress(viewport, LEFT, NONE, points[0])
    for point in points[1:]:
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, LEFT, NONE, points[-1])


def test_bars_sit_on_their_table_rows(editor, document):
    chart, table, model = editor.chart, editor.table, editor.model
    for task_id in (1, 3, 6):
        bar = chart.bar_rect(task_id)
        row = table.visualRect(model.index_for_task(task_id))
        assert row.top() <= bar.top() and bar.bottom() <= row.bottom() + 1
    start = document.schedule.tasks[2].start
    assert chart.bar_rect(2).left() == pytest.approx(
        chart.grid.map_to_chart(start) - chart.horizontalScrollBar().value()
    )


def test_drag_bar_sets_snet_in_one_undo_step(editor, document):
    chart = editor.chart
    task = document.data.tasks[4]
    start = document.schedule.tasks[4].start
    bar = chart.bar_rect(4)
    press = QPoint(int(bar.center().x()), int(bar.top() + 2))
    assert chart.hit(press)[2] is Zone.BODY
    viewport = chart.viewport()
    QTest.mousePress(viewport, LEFT, NONE, press)
    QTest.mouseMove(viewport, press + QPoint(DAY_PX, 0))
    QTest.mouseMove(viewport, press + QPoint(3 * DAY_PX + 4, 0))
    assert task.constraint_type is ConstraintType.ASAP  # nothing changes while dragging
    QTest.mouseRelease(viewport, LEFT, NONE, press + QPoint(3 * DAY_PX + 4, 0))
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == start + timedelta(days=3)
    assert document.schedule.tasks[4].start >= start + timedelta(days=3)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Move task"
    document.undo_stack.undo()
    assert task.constraint_type is ConstraintType.ASAP and task.constraint_date is None
    assert document.schedule.tasks[4].start == start


def test_drag_manual_task_moves_its_dates(editor, document):
    document.set_fields(
        type(document.data.tasks[5]),
        5,
        "Manual",
        manual=True,
        manual_start=datetime(2026, 3, 3, 8, 0),
    )
    document.undo_stack.clear()
    bar = editor.chart.bar_rect(5)
    press = QPoint(int(bar.center().x()), int(bar.top() + 2))
    drag(editor.chart, [press, press + QPoint(DAY_PX, 0), press + QPoint(2 * DAY_PX, 0)])
    task = document.data.tasks[5]
    assert task.manual_start == datetime(2026, 3, 5, 8, 0)
    assert task.constraint_type is ConstraintType.ASAP
    assert document.undo_stack.count() == 1


def test_drag_bar_end_changes_duration(editor, document):
    chart = editor.chart
    bar = chart.bar_rect(2)  # Design: Mon 2 - Wed 4 March, 3 days
    press = QPoint(int(bar.right()) - 1, int(bar.top() + 2))
    assert chart.hit(press)[2] is Zone.END
    drag(chart, [press, press + QPoint(DAY_PX // 2, 0), press + QPoint(DAY_PX, 0)])
    assert document.data.tasks[2].duration == 4 * 480
    assert document.schedule.tasks[2].finish == datetime(2026, 3, 5, 17, 0)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.data.tasks[2].duration == 3 * 480


def test_drag_progress_handle(editor, document):
    chart = editor.chart
    bar = chart.bar_rect(3)  # Code: 5 days, 0 % done; the handle is at the bar's left end
    press = QPoint(int(bar.left()) + 1, int(bar.bottom()) - 1)
    assert chart.hit(press)[2] is Zone.PROGRESS
    target = QPoint(int(bar.left() + bar.width() * 0.6), press.y())
    drag(chart, [press, press + QPoint(10, 0), target])
    assert document.data.tasks[3].percent_complete == pytest.approx(60, abs=1)
    assert document.undo_stack.count() == 1 and document.undo_stack.undoText() == "Set % complete"
    document.undo_stack.undo()
    assert document.data.tasks[3].percent_complete == 0


def test_drag_bar_onto_another_links_them(editor, document):
    chart = editor.chart
    source = chart.bar_rect(5)  # Docs
    target = chart.bar_rect(6)  # Release (milestone, the row below)
    press = QPoint(int(source.center().x()), int(source.center().y()))
    down = QPoint(press.x(), press.y() + editor.rows.row_height)
    drop = QPoint(int(target.center().x()), int(target.center().y()))
    drag(chart, [press, down, drop])
    links = [(l.predecessor_id, l.successor_id, l.type) for l in document.data.links.values()]
    assert links[-1] == (5, 6, LinkType.FS)
    assert document.data.tasks[5].constraint_type is ConstraintType.ASAP  # not moved
    assert document.schedule.tasks[6].start >= document.schedule.tasks[5].finish
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert len(document.data.links) == 2


def test_click_without_drag_changes_nothing(editor, document):
    bar = editor.chart.bar_rect(4)
    press = QPoint(int(bar.center().x()), int(bar.top() + 2))
    QTest.mouseClick(editor.chart.viewport(), LEFT, NONE, press)
    assert document.undo_stack.count() == 0
    assert editor.current_task_id() == 4


def test_link_that_would_make_a_cycle_is_refused_with_a_message(editor, document):
    chart = editor.chart
    source, target = chart.bar_rect(4), chart.bar_rect(3)  # Test -> Code, but Code -> Test exists
    press = QPoint(int(source.center().x()), int(source.center().y()))
    up = QPoint(press.x(), press.y() - editor.rows.row_height)
    drop = QPoint(int(target.center().x()), int(target.center().y()))
    drag(chart, [press, up, drop])
    assert len(document.data.links) == 2 and document.undo_stack.count() == 0
    assert editor.message.text()


def test_ctrl_wheel_zooms_around_the_pointer(editor, qtbot):
    chart = editor.chart
    before = chart.grid.day_width
    chart.zoom(2.0, 100)
    assert chart.grid.day_width == pytest.approx(2 * before)
    chart.zoom_to_project()
    start, finish = chart.project_span()
    left = chart.grid.map_to_chart(start) - chart.horizontalScrollBar().value()
    right = chart.grid.map_to_chart(finish) - chart.horizontalScrollBar().value()
    assert left >= 0 and right <= chart.viewport().width()


def test_drag_summary_moves_its_subtasks_in_one_step(editor, document):
    chart = editor.chart
    before = {t: document.schedule.tasks[t].start for t in (2, 3, 4, 5)}
    bar = chart.bar_rect(1)
    press = QPoint(int(bar.center().x()), int(bar.top() + 2))
    drag(chart, [press, press + QPoint(DAY_PX, 0), press + QPoint(7 * DAY_PX, 0)])
    for task_id, start in before.items():
        task = document.data.tasks[task_id]
        assert task.constraint_type is ConstraintType.SNET
        assert task.constraint_date == start + timedelta(days=7)
        assert document.schedule.tasks[task_id].start == start + timedelta(days=7)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Move summary task"
    document.undo_stack.undo()
    assert all(document.data.tasks[t].constraint_type is ConstraintType.ASAP for t in before)


def test_a_drawn_link_opens_its_dialog_when_asked_to(editor, document, qtbot):
    """'Edit links after drawing them' (context menu): the drag's link opens in the link
    dialog for its type and lag; off (the default, as MS Project), the link is just made."""
    chart = editor.chart
    source, target = chart.bar_rect(5), chart.bar_rect(6)
    press = QPoint(int(source.center().x()), int(source.center().y()))
    down = QPoint(press.x(), press.y() + editor.rows.row_height)
    drop = QPoint(int(target.center().x()), int(target.center().y()))
    editor.edit_drawn_links.setChecked(False)
    drag(chart, [press, down, drop])
    assert getattr(editor, "link_dialog", None) is None
    document.undo_stack.undo()
    editor.edit_drawn_links.setChecked(True)
    try:
        drag(chart, [press, down, drop])
        dialog = editor.link_dialog
        qtbot.waitExposed(dialog)
        new_link = max(document.data.links)
        assert dialog.link_id == new_link
        dialog.type.setCurrentIndex(dialog.type.findData("SS"))
        dialog.accept()
        assert document.data.links[new_link].type is LinkType.SS
    finally:
        editor.edit_drawn_links.setChecked(False)
