"""Project > Project Information, driven through its widgets: the plan's start and finish move
the tasks, the status date moves the Gantt status line, the currency reaches the P&L, bad
values keep OK disabled and change nothing, and each OK is one undo step."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateTimeEdit

from pmdesk.core.entities import Baseline, BaselineTask, Plan, ScheduleFrom
from pmdesk.document import Document
from pmdesk.ui.mainwindow import MainWindow
from pmdesk.ui.projectinfo import NA_DATE, ProjectInfoDialog
from tests.gui.gantt.gantt_plans import small_plan

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def document(qtbot, monkeypatch):
    import pmdesk.document

    monkeypatch.setattr(pmdesk.document, "_store", lambda: None)
    doc = Document(small_plan())
    yield doc
    doc.close()


def open_dialog(qtbot, document) -> ProjectInfoDialog:
    dialog = ProjectInfoDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def when_dialog_shows(action) -> None:
    """Run ``action(dialog)`` once a modal Project Information dialog is up (exec() blocks)."""

    def poll():
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ProjectInfoDialog) and w.isVisible()
        ]
        if found:
            action(found[0])
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def click_ok(qtbot, dialog) -> None:
    assert dialog.ok_button.isEnabled(), dialog.error.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def plan_state(document) -> tuple:
    plan = document.data.plan
    return tuple(getattr(plan, name) for name in Plan.__dataclass_fields__)


def test_setting_the_project_start_moves_the_tasks(qtbot, document):
    before = document.schedule.tasks[2].start
    assert before == datetime(2026, 3, 2, 8, 0)
    dialog = open_dialog(qtbot, document)
    dialog.start.setDate(QDate(2026, 4, 4))  # a Saturday: the plan starts on Monday 08:00
    click_ok(qtbot, dialog)
    assert document.data.plan.start == datetime(2026, 4, 6, 8, 0)
    assert document.schedule.tasks[2].start == datetime(2026, 4, 6, 8, 0)
    assert document.schedule.tasks[3].start == datetime(2026, 4, 9, 8, 0)  # after Design
    assert document.undo_stack.count() == 1


def test_scheduling_from_the_finish_ends_the_plan_on_that_date(qtbot, document):
    dialog = open_dialog(qtbot, document)
    assert not dialog.finish.isEnabled()  # computed while scheduling from the start
    dialog.schedule_from.setCurrentIndex(1)
    assert dialog.finish.isEnabled() and not dialog.start.isEnabled()
    dialog.finish.setDate(QDate(2026, 6, 30))
    click_ok(qtbot, dialog)
    plan = document.data.plan
    assert plan.schedule_from == ScheduleFrom.FINISH
    assert plan.finish == datetime(2026, 6, 30, 17, 0)  # the end of that day's work
    assert document.schedule.project_finish == datetime(2026, 6, 30, 17, 0)
    assert document.schedule.tasks[4].finish == datetime(2026, 6, 30, 17, 0)  # the chain's end
    # The start is computed backwards and shown read-only next time.
    again = open_dialog(qtbot, document)
    assert not again.start.isEnabled()
    assert again.start.date().toPython() == document.schedule.project_start.date()


def test_status_date_moves_the_gantt_status_line(qtbot, document):
    window = MainWindow(document)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.resize(1400, 700)
    window.show_tab("gantt")
    window.show()
    qtbot.waitExposed(window)
    chart = window.workspace.current_view().chart

    def status_columns() -> list[int]:
        image = chart.viewport().grab().toImage()
        colour = chart.renderer.status_colour
        return [
            x
            for x in range(image.width())
            if sum(1 for y in range(0, image.height(), 2) if _near(image.pixelColor(x, y), colour))
            > 20
        ]

    assert status_columns() == []  # no status date: no line
    for day in (QDate(2026, 3, 10), QDate(2026, 3, 17)):
        dialog = open_dialog(qtbot, document)
        dialog.status_date.setDate(day)
        click_ok(qtbot, dialog)
        status = document.data.plan.status_date
        assert status == datetime.combine(day.toPython(), datetime.min.time()).replace(hour=17)
        chart.scroll_to_date(status)
        chart.viewport().repaint()
        x = chart.grid.map_to_chart(status) - chart.horizontalScrollBar().value()
        columns = status_columns()
        assert columns and all(abs(c - x) <= 2 for c in columns), (columns, x)
    dialog = open_dialog(qtbot, document)
    qtbot.mouseClick(dialog.status_clear, Qt.MouseButton.LeftButton)  # back to NA
    assert dialog.status_date.date() == NA_DATE and dialog.status_date.text() == "NA"
    click_ok(qtbot, dialog)
    assert document.data.plan.status_date is None
    chart.viewport().repaint()
    assert status_columns() == []


def _near(colour, wanted) -> bool:
    return sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3])) < 60


def test_currency_change_reaches_the_pnl(qtbot, monkeypatch):
    import pmdesk.document
    from pmdesk.core.demo import build_demo_plan

    monkeypatch.setattr(pmdesk.document, "_store", lambda: None)
    document = Document(build_demo_plan())
    window = MainWindow(document)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show_tab("pnl")
    pnl = window.workspace.current_view()
    assert "EUR" in pnl.caption.text()
    dialog = open_dialog(qtbot, document)
    dialog.currency.setEditText("idr")
    assert dialog.currency_name.text() == "Rupiah"
    click_ok(qtbot, dialog)
    assert document.data.plan.currency == "IDR"
    assert pnl.model.headerData(0, Qt.Orientation.Horizontal) == "IDR"
    assert "amounts in IDR" in pnl.caption.text() and "EUR" not in pnl.caption.text()
    assert pnl.kpis.tiles["npv"].findChildren(type(pnl.caption))  # tiles exist
    assert any("IDR" in label.text() for label in pnl.kpis.findChildren(type(pnl.caption)))
    assert not any("EUR" in label.text() for label in pnl.kpis.findChildren(type(pnl.caption)))


@pytest.mark.parametrize(
    "widget, value, sentence",
    [
        ("hours_per_day", "0", "Hours per day must be more than 0 and at most 24."),
        ("hours_per_day", "-8", "Hours per day must be more than 0 and at most 24."),
        ("hours_per_day", "25", "Hours per day must be more than 0 and at most 24."),
        (
            "hours_per_day",
            "nan",
            "Hours per day, hours per week and days per month must be numbers.",
        ),
        (
            "hours_per_day",
            "inf",
            "Hours per day, hours per week and days per month must be numbers.",
        ),
        (
            "hours_per_day",
            "eight",
            "Hours per day, hours per week and days per month must be numbers.",
        ),
        (
            "hours_per_week",
            "4",
            "Hours per week must be between one day's hours and seven days' hours (8 h to 56 h).",
        ),
        (
            "hours_per_week",
            "100",
            "Hours per week must be between one day's hours and seven days' hours (8 h to 56 h).",
        ),
        ("days_per_month", "0", "Days per month must be a whole number from 1 to 31."),
        ("days_per_month", "20.5", "Days per month must be a whole number from 1 to 31."),
        ("currency", "XYZ", "XYZ is not an ISO 4217 currency code."),
        ("currency", "€", "'€' is not a currency code; write three letters such as EUR or IDR."),
        ("currency", "", "The currency needs an ISO 4217 code such as EUR, USD or IDR."),
        ("name", "   ", "The plan needs a name."),
        (
            "start",
            QDate(1950, 1, 2),
            "Dates must lie between 1984-01-01 and 2149-12-31; 1950-01-02 does not.",
        ),
    ],
)
def test_each_bad_value_is_named_and_keeps_ok_disabled(qtbot, document, widget, value, sentence):
    before = plan_state(document)
    dialog = open_dialog(qtbot, document)
    edit = getattr(dialog, widget)
    if widget == "currency":
        edit.setEditText(value)
    elif isinstance(value, QDate):
        edit.setDate(value)
    else:
        edit.setText(value)
    assert dialog.error.text() == sentence
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter does not get past it either
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert plan_state(document) == before and document.undo_stack.count() == 0


def test_a_finish_before_work_already_done_is_refused(qtbot, document):
    document.data.tasks[2].actual_start = datetime(2026, 3, 2, 8, 0)
    dialog = open_dialog(qtbot, document)
    dialog.schedule_from.setCurrentIndex(1)
    dialog.finish.setDate(QDate(2026, 2, 20))
    assert dialog.error.text() == (
        "The finish date is before the start of work already done (2026-03-02)."
    )
    assert not dialog.ok_button.isEnabled()
    dialog.finish.setDate(QDate(2026, 3, 20))
    assert dialog.error.text() == "" and dialog.ok_button.isEnabled()


def test_cancel_changes_nothing(qtbot, document):
    before = plan_state(document)
    dialog = open_dialog(qtbot, document)
    dialog.name.setText("Other")
    dialog.currency.setEditText("USD")
    dialog.start.setDate(QDate(2026, 5, 4))
    dialog.options["honor_constraints"].setChecked(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert plan_state(document) == before and document.undo_stack.count() == 0


def test_everything_is_one_undo_step_and_undo_restores_it(qtbot, document):
    before = plan_state(document)
    start_before = document.schedule.tasks[2].start
    dialog = open_dialog(qtbot, document)
    dialog.name.setText("Renamed plan")
    dialog.start.setDate(QDate(2026, 3, 9))
    dialog.status_date.setDate(QDate(2026, 3, 13))
    dialog.currency.setEditText("IDR")
    dialog.hours_per_day.setText("7.5")
    dialog.hours_per_week.setText("37.5")
    dialog.days_per_month.setText("21")
    dialog.fiscal_year.setCurrentIndex(3)  # April
    dialog.notes.setPlainText("Kick-off with the board.")
    dialog.tabs.setCurrentIndex(1)  # Options
    for key in ("honor_constraints", "move_completed_ends_back"):
        box = dialog.options[key]  # a click on the box itself (the row is wider than its text)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter = OK
    assert not dialog.isVisible()
    plan = document.data.plan
    assert (plan.name, plan.currency, plan.notes) == (
        "Renamed plan",
        "IDR",
        "Kick-off with the board.",
    )
    assert (plan.minutes_per_day, plan.minutes_per_week, plan.days_per_month) == (450, 2250, 21)
    assert plan.status_date == datetime(2026, 3, 13, 17, 0)
    assert plan.settings["honor_constraints"] is False
    assert plan.settings["move_completed_ends_back"] is True
    assert plan.settings["fiscal_year_start_month"] == 4
    assert document.schedule.tasks[2].start == datetime(2026, 3, 9, 8, 0)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert plan_state(document) == before
    assert document.schedule.tasks[2].start == start_before
    document.undo_stack.redo()
    assert document.data.plan.name == "Renamed plan"


def test_ok_without_changes_leaves_no_undo_step(qtbot, document):
    dialog = open_dialog(qtbot, document)
    click_ok(qtbot, dialog)
    assert document.undo_stack.count() == 0


def test_typed_durations_follow_the_plans_hours_per_day(qtbot, document):
    from pmdesk.operations import taskcells

    dialog = open_dialog(qtbot, document)
    dialog.hours_per_day.setText("6")
    dialog.hours_per_week.setText("30")
    dialog.days_per_month.setText("10")
    click_ok(qtbot, dialog)
    task = document.data.tasks[5]
    for text, minutes in (("2d", 720), ("1w", 1800), ("1mo", 3600), ("3h", 180)):
        taskcells.apply_duration(document, task, text)
        assert task.duration == minutes, text


def test_statistics_tab_shows_current_baseline_and_counts(qtbot, document):
    schedule = document.schedule
    document.data.load(
        [Baseline(1, 0)]
        + [
            BaselineTask(
                10 + tid,
                1,
                tid,
                schedule.tasks[tid].start,
                schedule.tasks[tid].finish,
                schedule.tasks[tid].duration,
                0,
                100.0,
            )
            for tid in (2, 3, 4, 5, 6)
        ]
    )
    document.data.tasks[2].percent_complete = 100.0
    document._reschedule()
    dialog = open_dialog(qtbot, document)
    dialog.tabs.setCurrentWidget(dialog.statistics)
    stats = dialog.statistics
    assert stats.text(0, 0) == "Mon 2026-03-02 08:00"
    assert stats.text(0, 1) == f"{document.schedule.project_finish:%a %Y-%m-%d %H:%M}"
    assert stats.text(1, 4) == "500.00 EUR"  # baseline cost of the five leaf tasks
    assert stats.text(4, 0) == "0 d"  # no start variance
    assert stats.text(2, 0) == "Mon 2026-03-02 08:00"  # Design is done: actual start
    counts = dialog.findChild(type(dialog.error), "statistics_counts").text()
    assert "Tasks: 4" in counts and "Milestones: 1" in counts and "Resources: 2" in counts


def test_file_new_shows_project_information_first(qtbot, monkeypatch):
    import pmdesk.document
    from pmdesk.store import pmdb

    monkeypatch.setattr(pmdesk.document, "_store", lambda: None)
    real = pmdb.blank_plan
    # Today a Saturday: the new plan starts on Monday at 08:00.
    monkeypatch.setattr(
        pmdb, "blank_plan", lambda name="Untitled plan": real(name, today=date(2026, 12, 5))
    )
    window = MainWindow(Document(small_plan()))
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    seen = {}

    def fill_in(dialog):
        seen["dialog"] = dialog
        seen["start"] = dialog.start.date().toPython()
        dialog.name.setText("Harbour bridge")
        dialog.currency.setEditText("USD")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    when_dialog_shows(fill_in)
    window.actions_.new.trigger()
    assert isinstance(seen.get("dialog"), ProjectInfoDialog)
    plan = window.document.data.plan
    assert (plan.name, plan.currency) == ("Harbour bridge", "USD")
    assert seen["start"] == date(2026, 12, 7)
    assert plan.start == datetime(2026, 12, 7, 8, 0)


def test_project_menu_opens_the_dialog_and_escape_cancels(qtbot, document):
    window = MainWindow(document)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.index("&Project") == titles.index("&View") + 1
    seen = []

    def cancel(dialog):
        seen.append(dialog)
        dialog.name.setText("Not kept")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_dialog_shows(cancel)
    window.actions_.project_info.trigger()
    assert isinstance(seen[0], ProjectInfoDialog)
    assert document.data.plan.name != "Not kept" and document.undo_stack.count() == 0


def test_non_finite_numbers_are_not_numbers():
    from pmdesk.ui.projectinfo import _number

    assert math.isnan(_number("7,5x")) and _number("7,5") == 7.5


def test_and_options_follow_the_option_they_complete(qtbot, document):
    dialog = open_dialog(qtbot, document)
    dialog.tabs.setCurrentIndex(1)
    parent, child = (
        dialog.options["move_completed_ends_back"],
        dialog.options["move_remaining_starts_back"],
    )
    assert not child.isEnabled()
    parent.setChecked(True)
    assert child.isEnabled()


def test_tab_walks_the_form_in_order_and_leaves_date_fields(qtbot, document):
    dialog = open_dialog(qtbot, document)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    walked = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    # The computed finish is skipped; Tab leaves a date field instead of walking its sections.
    assert walked[:4] == [
        dialog.schedule_from,
        dialog.start,
        dialog.status_date,
        dialog.status_clear,
    ]
    assert walked[4] is dialog.currency.lineEdit() or walked[4] is dialog.currency


def test_a_date_typed_in_full_stays_in_its_field(qtbot, document):
    """Typing a whole date walks the field's sections itself: focus must not leave after the
    year (QDateTimeEdit moves sections through focusNextPrevChild, which must keep working)."""
    dialog = open_dialog(qtbot, document)
    dialog.activateWindow()
    dialog.start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.start)
    dialog.start.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(dialog.start, "20270304")  # each full section moves on to the next
    assert QApplication.focusWidget() is dialog.start
    assert dialog.start.date() == QDate(2027, 3, 4)


def test_earned_value_options_are_one_undo_step_and_drive_ev_and_new_tasks(qtbot, document):
    """Options > "Earned value options for this plan" (MS Project's File > Options >
    Advanced): the baseline earned value is measured against and the method new tasks get."""
    from pmdesk.models.evfields import EarnedValueColumns
    from pmdesk.operations.outline import Outline
    from pmdesk.operations.taskshape import insert_task

    schedule = document.schedule
    rows = [
        BaselineTask(
            20 + tid,
            1,
            tid,
            schedule.tasks[tid].start,
            schedule.tasks[tid].finish,
            schedule.tasks[tid].duration,
            0,
            100.0,
        )
        for tid in (2, 3, 4, 5, 6)
    ]
    rows += [
        BaselineTask(
            40 + tid,
            2,
            tid,
            schedule.tasks[tid].start,
            schedule.tasks[tid].finish,
            schedule.tasks[tid].duration,
            0,
            300.0,
        )
        for tid in (2, 3, 4, 5, 6)
    ]
    document.data.load([Baseline(1, 0, created=datetime(2026, 2, 20)), Baseline(2, 1), *rows])
    document.data.update(Plan, 1, status_date=datetime(2026, 3, 20, 17, 0))
    columns = EarnedValueColumns()
    assert columns.result(document).plan.bac == 500.0
    dialog = open_dialog(qtbot, document)
    dialog.tabs.setCurrentIndex(1)
    names = [dialog.ev_baseline.itemText(i) for i in range(3)]
    assert names == ["Baseline (set 2026-02-20)", "Baseline 1", "Baseline 2 (not set)"]
    dialog.ev_baseline.setFocus()
    qtbot.keyClick(dialog.ev_baseline, Qt.Key.Key_Down)  # keyboard: Baseline -> Baseline 1
    dialog.ev_method.setCurrentIndex(dialog.ev_method.findData("physical"))
    click_ok(qtbot, dialog)
    plan = document.data.plan
    assert plan.settings["earned_value_baseline"] == 1
    assert plan.settings["default_ev_method"] == "physical"
    assert document.undo_stack.count() == 1
    assert columns.result(document).plan.bac == 1500.0  # measured against baseline 1 now
    new = insert_task(document, Outline(document.data), None)
    assert document.data.tasks[new].ev_method == "physical"
    document.undo_stack.undo()  # the new task
    document.undo_stack.undo()  # the options
    assert "earned_value_baseline" not in plan.settings
    assert columns.result(document).plan.bac == 500.0


def test_new_task_options_are_one_undo_step_and_new_tasks_take_them(qtbot, document):
    """Options > "Scheduling options for new tasks" (MS Project's File > Options > Schedule:
    Default task type, New tasks are effort driven): tasks made afterwards get them."""
    from pmdesk.core.entities import TaskType
    from pmdesk.operations.outline import Outline
    from pmdesk.operations.taskshape import insert_task

    before = {tid: (t.task_type, t.effort_driven) for tid, t in document.data.tasks.items()}
    dialog = open_dialog(qtbot, document)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.task_type.currentData() == "fixed_units"
    assert not dialog.effort_driven.isChecked()
    dialog.task_type.setFocus()
    qtbot.keyClick(dialog.task_type, Qt.Key.Key_Down)  # keyboard: Fixed Units -> Fixed Duration
    qtbot.keyClick(dialog.effort_driven, Qt.Key.Key_Space)
    assert dialog.effort_driven.isChecked()
    click_ok(qtbot, dialog)
    plan = document.data.plan
    assert plan.settings["default_task_type"] == "fixed_duration"
    assert plan.settings["new_tasks_effort_driven"] is True
    assert document.undo_stack.count() == 1
    # Existing tasks keep their own (MS Project applies the defaults to new tasks only).
    assert {tid: (t.task_type, t.effort_driven) for tid, t in document.data.tasks.items()} == before
    new = insert_task(document, Outline(document.data), None)
    assert document.data.tasks[new].task_type == TaskType.FIXED_DURATION
    assert document.data.tasks[new].effort_driven is True
    document.undo_stack.undo()  # the new task
    document.undo_stack.undo()  # the options
    assert "default_task_type" not in plan.settings
    dialog = open_dialog(qtbot, document)
    assert dialog.task_type.currentData() == "fixed_units"
