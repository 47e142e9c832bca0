"""A double-click on a link line opens the link dialog: type, lag, delete; one undo step."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from pmdesk.core.entities import LagKind, LinkType
from pmdesk.gantt.editor import GanttEditor
from pmdesk.gantt.linkdialog import LinkDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def link_point(editor, link_id) -> QPoint:
    """A point on the link's painted line, in the chart viewport's coordinates."""
    chart = editor.chart
    link = editor.document.data.links[link_id]
    renderer, rows, height = chart.renderer, chart.rows, chart.rows.row_height
    a = renderer._ends(
        chart.items(link.predecessor_id), chart.grid, rows.row_of[link.predecessor_id], height
    )
    b = renderer._ends(
        chart.items(link.successor_id), chart.grid, rows.row_of[link.successor_id], height
    )
    low, high = sorted((rows.row_of[link.predecessor_id], rows.row_of[link.successor_id]))
    points = renderer._route(
        link,
        low,
        high,
        a,
        b,
        renderer.bars.bar_height(height) / 2,
        chart.grid,
        rows.rows,
        height,
        chart.items,
    )
    (x1, y1), (x2, y2) = max(
        zip(points, points[1:]),
        key=lambda seg: abs(seg[1][0] - seg[0][0]) + abs(seg[1][1] - seg[0][1]),
    )
    x, y = (x1 + x2) / 2, (y1 + y2) / 2
    return QPoint(round(x - chart.horizontalScrollBar().value()), round(y - rows.offset))


def open_dialog(editor, qtbot, link_id) -> LinkDialog:
    point = link_point(editor, link_id)
    assert editor.chart.link_at(point).id == link_id
    QTest.mouseDClick(
        editor.chart.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    dialog = editor.link_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_double_click_on_a_link_edits_type_and_lag(editor, document, qtbot):
    dialog = open_dialog(editor, qtbot, 1)  # Design -> Code, FS
    assert dialog.type.currentData() == "FS" and dialog.lag.text() == "0d"
    dialog.type.setCurrentIndex(dialog.type.findData("SS"))
    dialog.lag.setText("2d")
    dialog.accept()
    link = document.data.links[1]
    assert (link.type, link.lag, link.lag_kind) == (LinkType.SS, 960, LagKind.WORKING)
    assert document.undo_stack.count() == 1
    code, design = document.schedule.tasks[3], document.schedule.tasks[2]
    assert code.start > design.start


def test_a_bad_lag_keeps_the_dialog_open(editor, document, qtbot):
    dialog = open_dialog(editor, qtbot, 1)
    dialog.lag.setText("later")
    dialog.accept()
    assert dialog.isVisible() and "is not a lag" in dialog.error.text()
    assert document.undo_stack.count() == 0
    dialog.reject()


def test_delete_removes_the_link(editor, document, qtbot):
    dialog = open_dialog(editor, qtbot, 2)
    dialog.delete_button.click()
    assert 2 not in document.data.links and document.undo_stack.count() == 1


def test_double_click_away_from_links_still_opens_the_task(editor, document, qtbot):
    from pmdesk.gantt.taskdialog import TaskDialog

    rect = editor.chart.bar_rect(4)
    point = QPoint(
        round(rect.center().x() - editor.chart.horizontalScrollBar().value()),
        round(rect.center().y() - editor.chart.rows.offset),
    )
    QTest.mouseDClick(
        editor.chart.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    assert any(d.isVisible() for d in editor.findChildren(TaskDialog))
