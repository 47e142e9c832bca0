"""The calendar editor driven through its widgets: a new calendar with a 4-day week and a
recurring exception, Indonesian holidays in the Gantt shading and a task's length, one undo
step per OK, Enter and Escape."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from pmdesk.core.entities import Calendar, CalendarException
from pmdesk.ui.calendar_editor.dialog import CalendarEditor
from pmdesk.ui.calendar_editor.draft import CalendarDraft
from pmdesk.ui.calendar_editor.exception_table import ExceptionTableModel

OK = QDialogButtonBox.StandardButton.Ok
# The offscreen platform says so for every top-level window it shows.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def open_editor(qtbot, document, **kwargs) -> CalendarEditor:
    editor = CalendarEditor(document, **kwargs)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def finish(document, task_id: int) -> datetime:
    return document.schedule.tasks[task_id].finish


def ok_enabled(dialog) -> bool:
    return dialog.buttons.button(OK).isEnabled()


def test_the_exception_table_model_passes_qtmodeltester(qtmodeltester, document):
    draft = CalendarDraft(document.data)
    draft.add_exception(CalendarException(0, 0, date(2027, 3, 8), date(2027, 3, 8), "Nyepi"), 1)
    draft.add_exception(CalendarException(0, 0, date(2027, 1, 4), date(2027, 1, 4), "Fridays",
                                          recurrence="weekly", weekdays=[4], occurrences=3), 1)  # fmt: skip
    model = ExceptionTableModel(draft)
    model.set_calendar(1)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 4).data() == "Every 1 week(s) on Friday; 3 time(s)"


def test_create_a_calendar_with_a_four_day_week_and_a_recurring_exception(qtbot, document):
    editor = open_editor(qtbot, document)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    new = editor.sub_dialog
    new.name.setText("Four days")
    new.templates.setCurrentIndex(0)  # Standard
    qtbot.mouseClick(new.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert editor.calendars.currentText() == "Four days"
    # The work week: Friday off.
    editor.tabs.setCurrentWidget(editor.week)
    editor.week.modes[4].setCurrentIndex(1)  # Non-working
    # A recurring exception: every second Wednesday, mornings only, ten times.
    editor.tabs.setCurrentIndex(0)
    editor.preview.month.setSelectedDate(date(2027, 3, 3))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    details = editor.sub_dialog
    details.name.setText("Team day")
    details.working.setChecked(True)
    details.hours.setText("08:00-12:00")
    details.hours.textEdited.emit("08:00-12:00")
    details.kind.setCurrentIndex(2)  # Weekly
    details.period.setValue(2)
    details.weekdays[2].setChecked(True)
    details.end_after.setChecked(True)
    details.occurrences.setValue(10)
    assert ok_enabled(details), details.message.text()
    qtbot.mouseClick(details.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert editor.table_model.rowCount() == 1
    assert editor.preview.month.day_kind(date(2027, 3, 3)) == "exception-work"
    assert editor.preview.month.day_kind(date(2027, 3, 5)) == "nonworking"  # Friday
    count = document.undo_stack.count()
    qtbot.mouseClick(editor.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert document.undo_stack.count() == count + 1  # one undo step
    (four,) = [c for c in document.data.calendars.values() if c.name == "Four days"]
    assert four.week[4] == [] and four.week[0] == [(480, 720), (780, 1020)]
    (team,) = [e for e in document.data.calendar_exceptions.values() if e.name == "Team day"]
    assert (team.calendar_id, team.recurrence, team.period, team.weekdays, team.occurrences,
            team.intervals) == (four.id, "weekly", 2, [2], 10, [(480, 720)])  # fmt: skip
    document.undo_stack.undo()
    assert "Four days" not in {c.name for c in document.data.calendars.values()}
    assert not document.data.calendar_exceptions


def test_indonesian_holidays_shade_the_gantt_and_lengthen_a_task(qtbot, document):
    from pmdesk.gantt.editor import GanttEditor

    gantt = GanttEditor(document)
    qtbot.addWidget(gantt)
    renderer = gantt.chart.renderer
    assert renderer.working_intervals(date(2027, 3, 10)) != []  # Idul Fitri: a Wednesday
    before = finish(document, 1)
    assert before == datetime(2027, 3, 12, 17)  # ten days from Monday 1 March
    editor = open_editor(qtbot, document)
    qtbot.mouseClick(editor.holidays_button, Qt.MouseButton.LeftButton)
    dialog = editor.sub_dialog
    dialog.country.setCurrentIndex(dialog.country.findData("ID"))
    dialog.first.setValue(2027)
    dialog.last.setValue(2027)
    rows = {dialog.list.item(r).data(Qt.ItemDataRole.UserRole): dialog.list.item(r)
            for r in range(dialog.list.count())}  # fmt: skip
    idul_fitri = next(key for key in rows if key[0] == date(2027, 3, 10))
    assert "Eid al-Fitr" in idul_fitri[1]
    christmas = next(key for key in rows if key[0] == date(2027, 12, 25))
    rows[christmas].setCheckState(Qt.CheckState.Unchecked)  # untick one
    assert ok_enabled(dialog)
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert editor.preview.month.day_kind(date(2027, 3, 10)) == "exception-off"
    count = document.undo_stack.count()
    qtbot.mouseClick(editor.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == count + 1
    days = {e.start for e in document.data.calendar_exceptions.values()}
    assert date(2027, 3, 10) in days and date(2027, 12, 25) not in days
    assert renderer.working_intervals(date(2027, 3, 10)) == []  # shaded as non-working
    assert renderer.working_intervals(date(2027, 3, 9)) != []
    # Nyepi (Mon 8) and Idul Fitri (Wed 10, Thu 11): three days longer.
    assert finish(document, 1) == datetime(2027, 3, 17, 17)


def test_a_vacation_moves_the_persons_task(qtbot, document):
    from pmdesk.ui.workspaces.resources.calendar_actions import open_resource_calendar
    from pmdesk.ui.workspaces.resources.workspace import ResourcesWorkspace

    workspace = ResourcesWorkspace(document)
    qtbot.addWidget(workspace)
    workspace.select_resource(1)
    assert finish(document, 2) == datetime(2027, 3, 5, 17)  # Ana's task: Mon 1 - Fri 5
    workspace.working_time_action.trigger()
    editor = workspace.calendar_editor
    assert editor.calendars.currentText() == "Ana"
    assert editor.base.currentText() == "Standard"
    editor.preview.month.setSelectedDate(date(2027, 3, 3))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    details = editor.sub_dialog
    details.name.setText("Vacation")
    details.finish.setDate(date(2027, 3, 4))
    qtbot.mouseClick(details.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.buttons.button(OK), Qt.MouseButton.LeftButton)
    ana = document.data.resources[1]
    own = document.data.calendars[ana.calendar_id]
    assert (own.name, own.base_id) == ("Ana", 1)
    assert finish(document, 2) == datetime(2027, 3, 9, 17)  # two days later
    assert finish(document, 1) == datetime(2027, 3, 12, 17)  # nobody else's
    # The usage grid shows those days as non-working for Ana.
    assert workspace.usage.nonworking_days(1, date(2027, 3, 1)) == [2, 3]
    workspace.usage.refresh()
    week = (date(2027, 3, 1) - workspace.usage.first_week).days // 7
    row = next(i for i, (rid, tid) in enumerate(workspace.usage.rows) if rid == 1 and tid is None)
    assert "Not working on Wed 03, Thu 04" in workspace.usage.tooltip_text(row, week)
    assert open_resource_calendar(workspace).calendars.currentText() == "Ana"  # the same one


def test_escape_cancels_and_enter_accepts(qtbot, document):
    editor = open_editor(qtbot, document)
    editor.name.setText("Renamed")
    editor.name.textEdited.emit("Renamed")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and document.data.calendars[1].name == "Standard"
    editor = open_editor(qtbot, document)
    editor.name.setFocus()
    qtbot.keyClicks(editor.name, " week")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert not editor.isVisible() and document.data.calendars[1].name == "Standard week"


def test_tab_order_runs_from_the_calendar_list_down(qtbot, document):
    editor = open_editor(qtbot, document)
    chain = [editor.calendars]
    widget = editor.calendars
    for _ in range(5):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain[:5] == [editor.calendars, editor.new_button, editor.delete_button, editor.name,
                         editor.base]  # fmt: skip


def test_the_sheet_shows_and_sets_the_base_of_a_resources_own_calendar(qtbot, document):
    from pmdesk.models.resources import COLUMN_INDEX, ResourceSheetModel

    document.data.calendars[2] = Calendar(2, "Night Shift", week={0: [(1380, 1440)]})
    document.data.calendars[3] = Calendar(3, "Ana", base_id=1)
    document.data.resources[1].calendar_id = 3
    model = ResourceSheetModel(document)
    cell = model.index(model.row_of(1), COLUMN_INDEX["calendar"])
    assert cell.data() == "Standard"  # the base of Ana's own calendar
    assert model.setData(cell, "Night Shift")
    assert document.data.resources[1].calendar_id == 3  # her vacations stay
    assert document.data.calendars[3].base_id == 2 and cell.data() == "Night Shift"
    assert not model.setData(cell, "Ana")  # based on itself: refused


def test_delete_and_insert_keys_in_the_exceptions_table(qtbot, document):
    draft_exc = CalendarException(0, 0, date(2027, 3, 8), date(2027, 3, 8), "Nyepi")
    editor = open_editor(qtbot, document)
    editor.draft.add_exception(draft_exc, 1)
    editor.table_model.refresh()
    editor.table.setFocus()
    editor.table.selectRow(0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert editor.table_model.rowCount() == 0
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    assert editor.sub_dialog is not None
    qtbot.keyClick(editor.sub_dialog, Qt.Key.Key_Escape)


def test_project_menu_opens_the_editor_in_the_main_window(qtbot, document):
    from pmdesk.ui.mainwindow import MainWindow

    window = MainWindow(document)
    qtbot.addWidget(window)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Project")
    action = next(a for a in menu.actions() if a.text() == "Change &Working Time...")
    action.trigger()
    editor = window.actions_.calendar_editor
    assert editor.isVisible() and editor.calendars.currentData() == 1
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not document.modified


def test_dates_are_typed_and_tab_leaves_a_date_field(qtbot):
    from pmdesk.ui.calendar_editor.exception_dialog import ExceptionDialog

    dialog = ExceptionDialog(CalendarException(0, 1, date(2027, 3, 1), date(2027, 3, 1)))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # focus and Tab need the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.start.setFocus()
    qtbot.keyClicks(dialog.start, "20270303")  # the year, month and day, one after another
    qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)
    assert dialog.finish.hasFocus()  # not the month section of the start
    qtbot.keyClicks(dialog.finish, "20270304")
    assert (dialog.start.date().toPython(), dialog.finish.date().toPython()) == (
        date(2027, 3, 3),
        date(2027, 3, 4),
    )
    qtbot.keyClick(dialog.finish, Qt.Key.Key_Return)
    assert dialog.result_exception().finish == date(2027, 3, 4)


def test_ctrl_shift_w_opens_the_current_resources_working_time(qtbot, document):
    from pmdesk.ui.mainwindow import MainWindow

    window = MainWindow(document)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # a window shortcut needs the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.set_role("project")
    window.show_tab("resources")
    workspace = window.workspace.current_view()
    qtbot.waitUntil(workspace.isVisible)  # Qt fires the shortcut of a visible widget's action
    workspace.select_resource(1)
    workspace.sheet.setFocus()
    qtbot.waitUntil(workspace.sheet.hasFocus)  # the tab is shown and the sheet has the keys
    qtbot.keyClick(
        workspace.sheet,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert workspace.calendar_editor.windowTitle() == "Change Working Time for Ana"
    qtbot.keyClick(workspace.calendar_editor, Qt.Key.Key_Escape)
