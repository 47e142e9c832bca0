"""Editing in place, Enter, tooltips, Ctrl+wheel, highlight, saved state."""

from datetime import date, datetime

import pytest
from gantt_plans import small_plan
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from pmdesk.core.entities import ConstraintType
from pmdesk.gantt import filters
from pmdesk.gantt.editor import GanttEditor
from pmdesk.models.taskcolumns import COLUMN_INDEX

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.table.setFocus()
    return widget


def open_editor(table):
    """The in-place editor F2 opened (found as the viewport's visible line edit: offscreen
    windows are never active, so focusWidget() cannot be trusted)."""
    QTest.keyClick(table, Qt.Key.Key_F2)
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_f2_edits_and_enter_commits_then_moves_down(editor, document, qtbot):
    table = editor.table
    table.setCurrentIndex(editor.model.index_for_task(3, COLUMN_INDEX["duration"]))
    line = open_editor(table)
    assert line.text() == "5 d"
    line.selectAll()
    QTest.keyClicks(line, "2w")
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.data.tasks[3].duration == 4800)  # Qt commits queued
    assert editor.current_task_id() == 4
    assert table.currentIndex().column() == COLUMN_INDEX["duration"]


def test_bad_text_in_place_shows_the_message(editor, document, qtbot):
    table = editor.table
    table.setCurrentIndex(editor.model.index_for_task(3, COLUMN_INDEX["predecessors"]))
    line = open_editor(table)
    line.selectAll()
    QTest.keyClicks(line, "2XX")
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.message.text() != "")
    assert '"2XX" is not a predecessor' in editor.message.text()
    assert [l.predecessor_id for l in editor.model.links.predecessors(3)] == [2]


# The offscreen platform says so when a pop-up window (the calendar) opens: not our warning.
@pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)
def test_date_from_the_calendar_editor_sets_snet(editor, document):
    from pmdesk.gantt.datefield import DateField

    index = editor.model.index_for_task(4, COLUMN_INDEX["start"])
    delegate = editor.table.itemDelegate()
    widget = delegate.createEditor(editor.table.viewport(), None, index)
    assert isinstance(widget, DateField)
    delegate.setEditorData(widget, index)
    assert widget.text() == "2026-03-12 08:00"  # the cell's date, not 2000-01-01
    widget.show_calendar()
    assert widget.calendar.selectedDate().toPython() == date(2026, 3, 12)
    widget.calendar.clicked.emit(QDate(2026, 3, 23))  # picked: lands on the day's first minute
    delegate.setModelData(widget, editor.model, index)
    task = document.data.tasks[4]
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == datetime(2026, 3, 23, 8, 0)
    assert document.schedule.tasks[4].start == datetime(2026, 3, 23, 8, 0)
    widget.deleteLater()


def test_tooltip_names_dates_duration_and_float(editor):
    text = editor.chart.tooltip_for(4)
    assert "<b>Test</b>" in text and "Start: Thu 2026-03-12" in text
    assert "Duration: 2 d" in text and "Total float: 0 d" in text


def test_tooltip_shows_a_name_as_typed_not_as_markup(editor, document):
    from pmdesk.core.entities import Task

    document.set_fields(Task, 4, "Rename", name="<i>Launch</i> & go")
    text = editor.chart.tooltip_for(4)
    assert "&lt;i&gt;Launch&lt;/i&gt; &amp; go" in text and "<i>" not in text


def test_ctrl_wheel_zooms_and_plain_wheel_scrolls(editor, document):
    chart = editor.chart
    before = chart.grid.day_width
    pos = QPointF(200, 50)
    event = QWheelEvent(
        pos,
        chart.viewport().mapToGlobal(pos),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(chart.viewport(), event)
    assert chart.grid.day_width == pytest.approx(before * 1.25)
    assert not chart.auto_fit


def test_highlight_marks_instead_of_hiding(editor):
    editor.highlight_box.setChecked(True)
    editor.set_filter(filters.MILESTONES)
    assert editor.rows.rows == [1, 2, 3, 4, 5, 6]
    assert editor.chart.highlighted == {6}
    assert editor.model.index_for_task(6, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert editor.model.index_for_task(5, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    editor.highlight_box.setChecked(False)
    assert editor.rows.rows == [6] and not editor.chart.highlighted


def test_state_round_trips(editor, qtbot, document):
    editor.chart.set_day_width(55)
    editor.baseline_number.setValue(4)
    editor.table.collapse(editor.model.index_for_task(1))
    state = editor.save_state()
    other = GanttEditor(document)
    qtbot.addWidget(other)
    other.restore_state(
        {
            key: str(value) if not isinstance(value, list) else [str(v) for v in value]
            for key, value in state.items()
        }
    )  # QSettings may hand back strings
    assert other.chart.grid.day_width == pytest.approx(55)
    assert other.baseline_number.value() == 4
    assert other.rows.rows == [1, 6]


def test_double_click_on_a_bar_opens_the_task_dialog(editor):
    from pmdesk.gantt.taskdialog import TaskDialog

    bar = editor.chart.bar_rect(3)
    QTest.mouseDClick(
        editor.chart.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        bar.center().toPoint(),
    )
    dialogs = editor.findChildren(TaskDialog)
    assert len(dialogs) == 1 and dialogs[0].name.text() == "Code"
    dialogs[0].reject()


def test_read_only_plan_refuses_commands_and_gestures(editor, document, monkeypatch):
    monkeypatch.setattr(type(document), "read_only", property(lambda self: True))
    editor.select_task(4)
    QTest.keyClick(editor.table, Qt.Key.Key_Delete)
    assert 4 in document.data.tasks
    assert "read-only" in editor.message.text()
    bar = editor.chart.bar_rect(4)
    press = bar.center().toPoint()
    viewport = editor.chart.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    QTest.mouseMove(viewport, press + QPoint(80, 0))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press + QPoint(80, 0)
    )
    assert document.undo_stack.count() == 0
    assert not editor.model.flags(editor.model.index_for_task(4, 2)) & Qt.ItemFlag.ItemIsEditable


def test_unschedulable_plan_opens_and_says_why(qtbot, make_document):
    from pmdesk.core.entities import Link

    data = small_plan()
    data.load([Link(3, 4, 2)])  # Design -> Code -> Test -> Design: a cycle
    document = make_document(data)
    assert document.schedule is None and document.schedule_error
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    assert widget.message.text().startswith("The plan cannot be scheduled")
    assert widget.model.index_for_task(2, COLUMN_INDEX["start"]).data() == ""
    document.remove_entities([(Link, 3)], "Break the cycle")
    assert document.schedule is not None
    assert widget.message.text() == ""


def test_column_choice_and_widths_are_remembered(qtbot, document):
    first = GanttEditor(document)
    qtbot.addWidget(first)
    cost = COLUMN_INDEX["cost"]
    assert first.table.isColumnHidden(cost)  # hidden until chosen
    first.table.set_column_visible(cost, True)
    first.table.setColumnWidth(COLUMN_INDEX["name"], 321)
    # A width drag ends when the mouse button comes up on the header.
    QTest.mouseRelease(first.table.header().viewport(), Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == 2  # Insert column, Resize column
    second = GanttEditor(document)
    qtbot.addWidget(second)
    assert not second.table.isColumnHidden(cost)
    assert second.table.columnWidth(COLUMN_INDEX["name"]) == 321


def test_double_click_on_a_row_opens_the_task_dialog(editor):
    from pmdesk.gantt.taskdialog import TaskDialog

    rect = editor.table.visualRect(editor.model.index_for_task(4, COLUMN_INDEX["duration"]))
    viewport = editor.table.viewport()
    # A person's double-click: a click, then the second press that Qt turns into a double-click.
    QTest.mouseClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    QTest.mouseDClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    dialogs = editor.findChildren(TaskDialog)
    assert [d.name.text() for d in dialogs] == ["Test"]
    assert not [w for w in editor.table.viewport().findChildren(QLineEdit) if w.isVisible()]
