"""Each refusal in the calendar editor: the sentence is shown, OK stays disabled, and the plan
is unchanged after Cancel."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from pmdesk.core.entities import Calendar
from pmdesk.ui.calendar_editor.dialog import CalendarEditor

OK = QDialogButtonBox.StandardButton.Ok
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, document):
    before = (
        copy.deepcopy(document.data.calendars),
        copy.deepcopy(document.data.calendar_exceptions),
    )
    dialog = CalendarEditor(document)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    if dialog.isVisible():
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)  # fmt: skip
    assert (document.data.calendars, document.data.calendar_exceptions) == before  # unchanged


def refused(dialog, words: str) -> None:
    assert not dialog.buttons.button(OK).isEnabled()
    assert words in dialog.message.text(), dialog.message.text()


def test_a_work_week_with_no_working_time(editor):
    for weekday in range(5):
        editor.week.modes[weekday].setCurrentIndex(1)  # Non-working
    refused(editor, "The work week of the calendar 'Standard' has no working time at all.")
    editor.week.modes[0].setCurrentIndex(2)  # working again: OK comes back
    assert editor.buttons.button(OK).isEnabled()
    editor.week.modes[0].setCurrentIndex(1)


@pytest.mark.parametrize("text, words", [
    ("08:00-12:00, 11:00-17:00", "overlap or are out of order (11:00 starts before 12:00)"),
    ("13:00-17:00, 08:00-12:00", "overlap or are out of order"),
    ("17:00-08:00", "ends before it starts"),
    ("eight to five", "is not a working time such as 08:00-12:00"),
    ("25:00-26:00", "is not a time of day"),
    (", ".join(f"{h:02d}:00-{h:02d}:30" for h in range(6, 12)), "more than 5 working times"),
])  # fmt: skip
def test_bad_working_times(qtbot, editor, text, words):
    hours = editor.week.hours[2]
    hours.selectAll()
    qtbot.keyClicks(hours, text)
    refused(editor, words)


def _details(qtbot, editor):
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    return editor.sub_dialog


def test_an_exception_ending_before_it_starts(qtbot, editor):
    details = _details(qtbot, editor)
    details.start.setDate(date(2027, 3, 10))
    details.finish.setDate(date(2027, 3, 9))
    refused(details, "ends before it starts")
    qtbot.keyClick(details, Qt.Key.Key_Escape)
    assert editor.table_model.rowCount() == 0


def test_a_recurrence_without_an_end_and_a_million_occurrences(qtbot, editor):
    details = _details(qtbot, editor)
    details.kind.setCurrentIndex(1)  # Daily
    refused(details, "repeats without an end")
    details.end_after.setChecked(True)
    details.occurrences.setValue(1_000_000)
    refused(details, "may repeat 1 to 999 times, not 1000000")
    details.end_by.setChecked(True)
    details.until.setDate(date(2149, 12, 31))
    refused(details, "more than 999 times before its end date")
    details.kind.setCurrentIndex(2)  # Weekly, no weekday ticked
    details.end_after.setChecked(True)
    details.occurrences.setValue(5)
    refused(details, "repeats weekly but names no weekday")
    qtbot.keyClick(details, Qt.Key.Key_Escape)


def test_an_unknown_holiday_country(qtbot, editor):
    qtbot.mouseClick(editor.holidays_button, Qt.MouseButton.LeftButton)
    dialog = editor.sub_dialog
    dialog.country.setEditText("Atlantis")
    dialog.country.lineEdit().editingFinished.emit()
    refused(dialog, "There is no holiday list for the country 'Atlantis'.")
    dialog.country.setCurrentIndex(dialog.country.findData("US"))
    dialog.subdivision.setCurrentIndex(dialog.subdivision.findData("CA"))
    dialog.first.setValue(2027)
    dialog.last.setValue(2026)
    refused(dialog, "The last year of holidays comes before the first.")
    dialog.last.setValue(2100)
    refused(dialog, "at most 50 years")
    dialog.last.setValue(9999)
    refused(dialog, "for the years 1950 to 2149")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_calendar_based_on_itself_through_a_chain(qtbot, make_document):
    document = make_document()
    document.data.calendars[2] = Calendar(2, "Site", base_id=1)
    dialog = CalendarEditor(document, calendar_id=1)
    qtbot.addWidget(dialog)
    dialog.base.setCurrentIndex(dialog.base.findData(2))
    dialog.base.activated.emit(dialog.base.currentIndex())
    refused(dialog, "is based on itself through 'Site'")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert document.data.calendars[1].base_id is None


def test_deleting_a_calendar_in_use_says_who_uses_it(qtbot, make_document):
    document = make_document()
    document.data.calendars[2] = Calendar(2, "Nights", week={0: [(1320, 1440)]})
    document.data.tasks[1].calendar_id = 2
    document.data.resources[1].calendar_id = 2
    dialog = CalendarEditor(document, calendar_id=2)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        "The calendar 'Nights' cannot be deleted: the task 'Survey' and the resource 'Ana' use it."
    )
    assert 2 in dialog.draft.calendars
    qtbot.mouseClick(dialog.delete_button.parent().findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)  # fmt: skip
    document.data.calendars[3] = Calendar(3, "Spare", week={0: [(480, 1020)]})
    dialog = CalendarEditor(document, calendar_id=3)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert 3 not in dialog.draft.calendars
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert 3 not in document.data.calendars and 2 in document.data.calendars


def test_two_calendars_with_one_name(qtbot, editor):
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    new = editor.sub_dialog
    new.name.setText("Night")
    new.templates.setCurrentIndex(2)  # Night Shift
    qtbot.mouseClick(new.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert editor.draft.calendars[max(editor.draft.calendars)].week[0] == [(1380, 1440)]
    editor.name.setText("standard")
    editor.name.textEdited.emit("standard")
    refused(editor, "Two calendars are called 'standard'")
    editor.name.setText("")
    editor.name.textEdited.emit("")
    refused(editor, "Every calendar needs a name.")
    # Cancel: the new calendar never reaches the plan (the fixture checks).
