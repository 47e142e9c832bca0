"""After an edit the table and the chart repaint only what changed (chartdamage.py, the
table's focus and row notices): what is on screen then must equal a full repaint, pixel for
pixel. The screen is read back from the offscreen platform's backing store
(QScreen.grabWindow), which holds what the widgets last painted."""

from datetime import datetime

import pytest
from gantt_plans import big_plan
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QImage, QRegion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pmdesk.core.entities import Link, LinkType
from pmdesk.gantt.editor import GanttEditor

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class PaintedRegions(QObject):
    """The regions a widget was asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.regions: list[QRegion] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.regions.append(QRegion(event.region()))
        return False

    def area(self) -> int:
        return sum(r.width() * r.height() for region in self.regions for r in region)


def plan_with_long_links():
    """big_plan's chains of nine under summaries, plus links over 3, 25 and 120 rows (the
    first two go round bars between their ends, the last is too long to). The last chain's
    long task is the critical path, so that the edits below leave it there (a new critical
    path recolours every bar: then the whole chart is repainted, rightly)."""
    data = big_plan(400)
    data.tasks[392].duration = 40 * 480
    for number, (pred, succ) in enumerate(((53, 57), (55, 78), (56, 176)), start=1000):
        data.add(Link(number, pred, succ, LinkType.FS))
    return data


@pytest.fixture
def editor(qtbot, make_document):
    document = make_document(plan_with_long_links())
    assert document.schedule is not None, document.schedule_error
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1500, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.chart.today = datetime(2026, 2, 2)  # the same today line in both pictures
    widget.chart.set_day_width(24)
    widget.chart.scroll_to_date(datetime(2026, 1, 20))
    widget.table.setFocus()
    settle()
    return widget


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def screen(editor) -> QImage:
    return QApplication.primaryScreen().grabWindow(editor.winId()).toImage()


def assert_same_as_full_repaint(editor) -> None:
    settle()
    partial = screen(editor)
    editor.table.viewport().repaint()
    editor.chart.viewport().repaint()
    editor.chart.header.repaint()
    settle()
    full = screen(editor)
    assert partial == full, "stale pixels after a partial repaint"


def watch_chart(editor) -> PaintedRegions:
    settle()
    spy = PaintedRegions()
    editor.chart.viewport().installEventFilter(spy)
    return spy


def type_duration(editor, task_id: int, text: str) -> None:
    editor.select_task(task_id, "duration")
    settle()
    QTest.keyClicks(editor.table, text[0])  # the first key opens the cell editor
    QTest.keyClicks(QApplication.focusWidget(), text[1:])
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_a_typed_duration_repaints_part_of_the_chart_and_leaves_no_stale_pixels(editor):
    editor.select_task(53, "duration")  # scrolled to it first: that paint is not the edit's
    spy = watch_chart(editor)
    type_duration(editor, 53, "4d")
    assert editor.document.data.tasks[53].duration == 4 * 480
    assert_same_as_full_repaint(editor)
    viewport = editor.chart.viewport()
    assert spy.regions, "the chart did not repaint the moved bars"
    # The first region is the edit's: the moved rows and links, not the whole view.
    first = spy.regions[0]
    assert sum(r.width() * r.height() for r in first) < 0.6 * viewport.width() * viewport.height()


def test_durations_typed_one_after_another_leave_no_stale_pixels(editor):
    for task_id, text in ((55, "3d"), (56, "1d"), (54, "6d"), (55, "1d")):
        type_duration(editor, task_id, text)
        assert_same_as_full_repaint(editor)


def test_a_dragged_bar_and_its_undo_leave_no_stale_pixels(editor):
    chart = editor.chart
    rect = chart.bar_rect(54)
    assert rect is not None
    press = rect.center().toPoint()
    viewport = chart.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    QTest.mouseMove(viewport, press + QPoint(30, 0))
    QTest.mouseMove(viewport, press + QPoint(3 * 24 + 4, 0))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press + QPoint(76, 0)
    )
    assert editor.document.undo_stack.count() == 1
    assert_same_as_full_repaint(editor)
    editor.document.undo_stack.undo()
    assert_same_as_full_repaint(editor)
    editor.document.undo_stack.redo()
    assert_same_as_full_repaint(editor)


def test_a_typed_name_repaints_a_few_rows_of_the_chart(editor):
    editor.select_task(57, "name")
    spy = watch_chart(editor)
    QTest.keyClicks(editor.table, "R")
    QTest.keyClicks(QApplication.focusWidget(), "enamed")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert editor.document.data.tasks[57].name == "Renamed"
    settle()
    # The renamed bar's row, the row the cursor left and the one it entered.
    edit_area = spy.area()
    assert 0 < edit_area <= 5 * editor.rows.row_height * editor.chart.viewport().width()
    assert_same_as_full_repaint(editor)
