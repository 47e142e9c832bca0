"""Durations keep the unit they were typed in (2w shows 2 wks, 5ed 5 edays, 3d? 3 days?);
dates are typed in ISO or the locale's short format and land on the working day's edges."""

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pmdesk.core.entities import ConstraintType
from pmdesk.gantt.editor import GanttEditor
from pmdesk.models.taskcolumns import COLUMN_INDEX

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.table.setFocus()
    return widget


def type_cell(editor, task_id, column, text):
    editor.select_task(task_id, column)
    for char in text:
        QTest.keyClicks(QApplication.focusWidget(), char)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def shown(editor, task_id, column):
    return editor.model.index_for_task(task_id, COLUMN_INDEX[column]).data()


@pytest.mark.parametrize(
    "typed, display, minutes",
    [
        ("2w", "2 wks", 2 * 2400),
        ("5ed", "5 edays", 5 * 1440),
        ("3d?", "3 days?", 3 * 480),
        ("6h", "6 hrs", 360),
        ("1mo", "1 mon", 20 * 480),
    ],
)
def test_a_duration_shows_in_the_unit_it_was_typed_in(editor, document, typed, display, minutes):
    type_cell(editor, 2, "duration", typed)
    assert document.data.tasks[2].duration == minutes
    assert shown(editor, 2, "duration") == display
    # What the cell shows is what F2 edits: Enter on it changes nothing.
    editor.select_task(2, "duration")
    QTest.keyClick(editor.table, Qt.Key.Key_F2)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert document.undo_stack.count() == 1


def test_a_plan_without_units_still_shows_short_days(editor):
    assert shown(editor, 3, "duration") == "5 d"


def test_a_locale_date_lands_on_the_first_working_minute(editor, document):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        type_cell(editor, 4, "start", "3/23/26")
    finally:
        QLocale.setDefault(QLocale.system())
    task = document.data.tasks[4]
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == datetime(2026, 3, 23, 8, 0)


def test_an_iso_finish_lands_on_the_last_working_minute(editor, document):
    type_cell(editor, 4, "finish", "2026-03-27")
    task = document.data.tasks[4]
    assert task.constraint_type is ConstraintType.FNET
    assert task.constraint_date == datetime(2026, 3, 27, 17, 0)
