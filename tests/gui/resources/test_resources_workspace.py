"""The resource grid widget: editing in the sheet, Insert/Delete, leveling as one undo step."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from pmdesk.core.entities import Assignment, ConstraintType, Resource
from pmdesk.core.scheduling.allocation import allocate
from pmdesk.models.assignments import COLUMN_INDEX as ASSIGNMENT_COLUMNS
from pmdesk.models.resources import COLUMN_INDEX
from pmdesk.ui.workspaces import widget_class
from pmdesk.ui.workspaces.resources.workspace import ResourcesWorkspace

# The offscreen platform says so whenever a top-level widget is shown: not our warning.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def over_days(document) -> set:
    allocations = allocate(document.data, document.schedule)
    return {(rid, d) for rid, a in allocations.items() for d in a.overallocated_days()}


def test_the_resources_tab_is_this_workspace():
    assert widget_class("resources") is ResourcesWorkspace


def test_typing_a_rate_in_the_sheet_changes_the_task_cost_and_undo_restores_it(qtbot, workspace):
    document = workspace.document
    sheet = workspace.sheet
    index = workspace.model.index(workspace.model.row_of(1), COLUMN_INDEX["standard_rate"])
    sheet.setFocus()
    sheet.setCurrentIndex(index)
    qtbot.keyClick(sheet, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "50"
    editor.selectAll()
    qtbot.keyClicks(editor, "80")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits it on the next event loop turn
    qtbot.waitUntil(lambda: document.undo_stack.count() == 1)
    assert document.data.resources[1].standard_rate == 80
    assert document.schedule.tasks[1].cost == pytest.approx(24 * 80)  # 3 d x 8 h x 80
    assert workspace.model.data(index) == "80.00/h"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.schedule.tasks[1].cost == pytest.approx(24 * 50)
    assert workspace.model.data(index) == "50.00/h"


def test_a_negative_rate_shows_one_sentence_and_changes_nothing(qtbot, workspace):
    index = workspace.model.index(0, COLUMN_INDEX["standard_rate"])
    workspace.model.setData(index, "-10")
    assert workspace.message.isVisible()
    assert workspace.message.text() == "The standard rate cannot be negative."
    assert workspace.document.data.resources[1].standard_rate == 50
    assert workspace.document.undo_stack.count() == 0


def test_insert_adds_a_resource_and_delete_removes_it_with_its_assignments(qtbot, workspace):
    document = workspace.document
    sheet = workspace.sheet
    sheet.setFocus()
    qtbot.keyClick(sheet, Qt.Key.Key_Insert)
    assert len(document.data.resources) == 3
    new = document.data.resources[3]
    assert new.name == "Resource 3"
    assert workspace.current_resource_id() == 3
    QApplication.focusWidget().clearFocus()  # leave the name editor the Insert opened
    sheet.closePersistentEditor(sheet.currentIndex())
    workspace.select_resource(1)
    sheet.setFocus()
    qtbot.keyClick(sheet, Qt.Key.Key_Delete)
    assert 1 not in document.data.resources
    assert all(a.resource_id != 1 for a in document.data.assignments.values())
    assert document.undo_stack.undoText() == "Delete resource Ann"
    document.undo_stack.undo()
    assert document.data.resources[1].name == "Ann"
    assert {a.id for a in document.data.assignments.values() if a.resource_id == 1} == {1, 2}
    assert workspace.model.rowCount() == 3


def test_selecting_a_resource_shows_its_assignments(qtbot, workspace):
    workspace.select_resource(2)
    model = workspace.assignments_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "T3"
    assert model.data(model.index(0, 2)) == "50%"
    assert "Assignments of Bob" in workspace.assignments_caption.text()
    assert workspace.usage.selected_id == 2
    assert workspace.selection_count() == 1


def test_level_now_is_one_undo_step_and_clear_leveling_another(qtbot, workspace):
    document = workspace.document
    assert over_days(document) == {(1, date(2026, 1, 5)), (1, date(2026, 1, 6))}
    finish_before = document.schedule.project_finish
    workspace.level_action.trigger()
    assert over_days(document) == set()
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Level resources"
    t2 = document.data.tasks[2]
    assert t2.constraint_type == ConstraintType.ASAP  # a Leveling Delay, not a constraint
    assert t2.leveling_delay == 3 * 1440
    assert document.schedule.tasks[2].start >= document.schedule.tasks[1].finish
    assert workspace.message.text().startswith("Leveling moved 1 task.")
    workspace.select_resource(1)
    column = workspace.assignments_model.columnCount() - 1
    texts = {
        workspace.assignments_model.data(
            workspace.assignments_model.index(r, 1)
        ): workspace.assignments_model.data(workspace.assignments_model.index(r, column))
        for r in range(workspace.assignments_model.rowCount())
    }
    assert texts == {"T1": "", "T2": "3 edays"}

    document.undo_stack.undo()
    assert document.data.tasks[2].leveling_delay == 0
    assert document.schedule.project_finish == finish_before
    assert len(over_days(document)) == 2
    document.undo_stack.redo()
    assert over_days(document) == set()

    workspace.clear_action.trigger()
    assert document.undo_stack.count() == 2
    assert document.undo_stack.undoText() == "Clear leveling"
    assert document.data.tasks[2].leveling_delay == 0
    assert len(over_days(document)) == 2
    workspace.clear_action.trigger()
    assert workspace.message.text() == "There is no leveling to clear."
    assert document.undo_stack.count() == 2


def test_leveling_reports_what_it_cannot_resolve(qtbot, workspace):
    document = workspace.document
    document.set_fields(Assignment, 2, "Units", units=1.5)  # alone above Ann's 100 %
    workspace.level_action.trigger()
    assert "Ann stays over-allocated" in workspace.message.text()
    assert "needs more than the resource's maximum units" in workspace.message.text()


def test_usage_grid_shows_weekly_peaks_and_flags_the_over_allocated_week(qtbot, workspace):
    usage = workspace.usage
    assert usage.first_week == date(2026, 1, 5)
    first = usage.cell(1, 0)
    assert first.peak == pytest.approx(2.0)
    assert first.over and first.over_days == [date(2026, 1, 5), date(2026, 1, 6)]
    assert usage.cell(2, 0).peak == pytest.approx(0.5) and not usage.cell(2, 0).over
    assert "Over-allocated on Mon 05, Tue 06" in usage.tooltip_text(0, 0)
    workspace.tasks_action.trigger()  # the selected resource's tasks under it
    assert usage.rows[:3] == [(1, None), (1, 1), (1, 2)]
    assert usage.task_minutes(1, 2, 0) == 960
    image = usage.grab().toImage()
    reds = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).name() == "#f2b8b0"
    )
    assert reds > 0  # the over-allocated week is painted red


def test_zoom_and_saved_state(qtbot, workspace):
    size = workspace.sheet.font().pointSizeF()
    workspace.zoom(1)
    assert workspace.sheet.font().pointSizeF() > size
    assert workspace.usage.week_width > 46
    workspace.select_resource(2)
    state = workspace.save_state()
    other = ResourcesWorkspace(workspace.document)
    qtbot.addWidget(other)
    other.restore_state(state)
    assert other.current_resource_id() == 2
    assert other.sheet.font().pointSizeF() == pytest.approx(workspace.sheet.font().pointSizeF())
    workspace.zoom(0)
    assert workspace.sheet.font().pointSizeF() == pytest.approx(size)


def test_material_resources_take_no_time(qtbot, workspace):
    document = workspace.document
    document.add_entities(
        [Resource(3, "Cable", type="material", standard_rate=2.0), Assignment(4, 1, 3, 10.0)],
        "Add cable",
    )
    model = workspace.model
    row = model.row_of(3)
    assert model.data(model.index(row, COLUMN_INDEX["work"])) == ""
    assert model.data(model.index(row, COLUMN_INDEX["cost"])) == "20.00"
    assert model.data(model.index(row, COLUMN_INDEX["max_units"])) == ""


def test_a_hidden_grid_does_not_allocate_after_each_edit(qtbot, workspace, monkeypatch):
    import pmdesk.models.resourceloads as loads_module

    calls = []
    real = loads_module.allocate

    def counted(*args, **kwargs):
        calls.append(tuple(kwargs["resource_ids"]))
        return real(*args, **kwargs)

    monkeypatch.setattr(loads_module, "allocate", counted)
    workspace.hide()
    for hours in (2, 3, 4):
        workspace.document.set_fields(Assignment, 3, "Units", units=hours / 8)
    assert calls == []
    workspace.show()
    # Each resource once when painted again (the summary's count works out the rest).
    qtbot.waitUntil(lambda: sorted(rid for batch in calls for rid in batch) == [1, 2])
    assert workspace.usage.cell(2, 0).peak == pytest.approx(0.5)
    qtbot.waitUntil(lambda: not workspace.summary.pending)
    assert sorted(rid for batch in calls for rid in batch) == [1, 2]


def test_double_clicking_an_assignment_asks_to_show_its_task(qtbot, workspace):
    workspace.select_resource(2)
    table = workspace.assignments
    index = workspace.assignments_model.index(0, 1)
    rect = table.visualRect(index)
    with qtbot.waitSignal(workspace.taskActivated, timeout=500) as signal:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [3]


def test_delete_in_the_assignments_pane_removes_the_assignment(qtbot, workspace):
    workspace.select_resource(1)
    table = workspace.assignments
    table.setFocus()
    table.selectRow(0)
    task_id = workspace.assignments_model.assignment_at(0).task_id
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert all(
        not (a.resource_id == 1 and a.task_id == task_id)
        for a in workspace.document.data.assignments.values()
    )
    assert workspace.assignments_model.rowCount() == 1
    assert workspace.document.undo_stack.undoText() == "Remove assignment"


def test_assigning_the_current_resource_to_a_task(qtbot, workspace):
    document = workspace.document
    workspace.select_resource(2)
    workspace.assign_task(1, "25%")
    added = [a for a in document.data.assignments.values() if a.resource_id == 2 and a.task_id == 1]
    assert len(added) == 1 and added[0].units == 0.25
    assert document.undo_stack.undoText() == "Assign Bob to T1"
    assert workspace.assignments_model.rowCount() == 2
    workspace.assign_task(1, "25%")
    assert workspace.message.text() == "Bob is already assigned to 'T1'."
    workspace.assign_task(2, "0")
    assert workspace.message.text() == "The units must be more than 0%."
    assert document.undo_stack.count() == 1


def test_the_assign_dialog_offers_the_tasks_the_resource_is_not_on(qtbot, workspace):
    from pmdesk.ui.workspaces.resources.assign import AssignDialog

    dialog = AssignDialog(workspace.document, 2, workspace)
    qtbot.addWidget(dialog)
    labels = [dialog.tasks.itemText(i) for i in range(dialog.tasks.count())]
    assert labels == ["1  T1", "2  T2"]  # T3 is Bob's already
    dialog.tasks.setCurrentIndex(1)
    dialog.units.setText("-5%")
    dialog.accept()
    assert dialog.error.text() == "The units must be more than 0%."
    assert dialog.result() != AssignDialog.DialogCode.Accepted
    dialog.units.setText("50%")
    dialog.accept()
    assert dialog.assignment.task_id == 2 and dialog.assignment.units == 0.5


def test_summary_shows_totals_and_over_allocation(qtbot, workspace):
    text = workspace.summary.text()
    # Ann 40 h x 50, Bob 2 d at 50 % = 8 h x 40.
    assert text.startswith("2 resources  ·  48.0 h  ·  2,320.00 EUR")
    assert "1 over-allocated" in text


def test_type_and_calendar_are_chosen_from_a_list(qtbot, workspace):
    from PySide6.QtWidgets import QComboBox

    sheet = workspace.sheet
    document = workspace.document
    for key, choice, field, expected in (
        ("calendar", "Mornings", "calendar_id", 2),
        ("type", "material", "type", "material"),
    ):
        index = workspace.model.index(workspace.model.row_of(2), COLUMN_INDEX[key])
        sheet.setFocus()
        sheet.setCurrentIndex(index)
        qtbot.keyClick(sheet, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findText(choice))
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda f=field, e=expected: getattr(document.data.resources[2], f) == e)
        if key == "calendar":
            # Bob now works mornings only: T3 is scheduled on his calendar, 4 h a day.
            assert document.schedule.tasks[3].finish.hour == 12
    assert workspace.model.data(index) == "Material"
    assert document.undo_stack.count() == 2


def test_a_material_assignment_takes_a_quantity(qtbot, workspace):
    document = workspace.document
    document.add_entities(
        [Resource(3, "Cable", type="material", standard_rate=2.0), Assignment(4, 1, 3, 10.0)],
        "Add cable",
    )
    workspace.select_resource(3)
    model = workspace.assignments_model
    units, cost = ASSIGNMENT_COLUMNS["units"], ASSIGNMENT_COLUMNS["cost"]
    assert model.data(model.index(0, units)) == "10"
    assert model.setData(model.index(0, units), "25")
    assert document.data.assignments[4].units == 25
    assert model.data(model.index(0, cost)) == "50.00"
    assert not model.setData(model.index(0, units), "lots")
    assert workspace.message.text() == '"lots" is not a quantity; type a number like 12.'


def test_a_read_only_plan_is_shown_but_not_changed(qtbot, workspace, monkeypatch):
    document = workspace.document
    monkeypatch.setattr(type(document), "read_only", property(lambda self: True))
    monkeypatch.setattr(
        type(document), "read_only_reason", property(lambda self: "opened by Grace")
    )
    index = workspace.model.index(0, COLUMN_INDEX["standard_rate"])
    assert not workspace.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not workspace.can_edit("delete")
    for act in (workspace.add_action, workspace.level_action, workspace.clear_action):
        act.trigger()
        assert workspace.message.text() == (
            "This plan is open read-only (opened by Grace); save a copy to change it."
        )
    assert document.undo_stack.count() == 0
    assert len(document.data.resources) == 2


def test_an_empty_plan_and_an_unschedulable_one_still_show(qtbot, make_document, plan_data):
    from pmdesk.core.entities import Link, Plan
    from pmdesk.core.plandata import PlanData

    empty = ResourcesWorkspace(make_document(PlanData(Plan())))
    qtbot.addWidget(empty)
    empty.grab()
    assert empty.model.rowCount() == 0
    assert empty.assignments_caption.text() == "Assignments — select a resource above"
    empty.level_now()
    assert empty.message.text() == "No resource is over-allocated: nothing to level."

    data = plan_data
    data.add(Link(2, 3, 1))  # T1 -> T3 -> T1: a cycle the engine refuses
    document = make_document(data)
    assert document.schedule is None
    broken = ResourcesWorkspace(document)
    qtbot.addWidget(broken)
    broken.grab()
    assert broken.model.cell_text(0, COLUMN_INDEX["peak"]) == ""
    broken.level_now()
    assert broken.message.text() == (
        "These tasks depend on each other in a loop: 'T3' -> 'T1' -> 'T3'."
    )


def test_printing_lays_out_the_sheet_and_every_week(qtbot, make_document, plan_data, tmp_path):
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    for number in range(3, 41):  # enough resources for the usage grid to go on to page 2
        plan_data.add(Resource(number, f"Person {number}"))
        plan_data.add(Assignment(number + 10, 1 + number % 3, number, 1.0))
    widget = ResourcesWorkspace(make_document(plan_data))
    qtbot.addWidget(widget)
    widget.select_resource(1)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    out = tmp_path / "resources.pdf"
    printer.setOutputFileName(str(out))
    from pmdesk.printing.preview import paint_on

    pages = paint_on(printer, widget.document, "resources", widget)
    assert pages >= 2
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 5000
    assert widget.usage.selected_id == 1  # the screen's highlight is back


def test_a_contour_is_chosen_from_the_eight_in_the_assignments_pane(qtbot, workspace):
    # Ann's 3-day T1 back loaded: 24 h at a peak of 100 % take 5 days (x 10/6), one undo step.
    from PySide6.QtWidgets import QComboBox

    document = workspace.document
    workspace.select_resource(1)
    model = workspace.assignments_model
    row = [model.assignment_at(r).task_id for r in range(model.rowCount())].index(1)
    index = model.index(row, ASSIGNMENT_COLUMNS["contour"])
    assert model.data(index) == "Flat"
    table = workspace.assignments
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "Flat",
        "Back Loaded",
        "Front Loaded",
        "Double Peak",
        "Early Peak",
        "Late Peak",
        "Bell",
        "Turtle",
    ]
    assert editor.currentText() == "Flat"
    editor.setCurrentIndex(editor.findText("Back Loaded"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.data.assignments[1].contour == "back_loaded")
    assert document.undo_stack.count() == 1
    assert document.schedule.tasks[1].duration == 5 * 480
    row = [model.assignment_at(r).task_id for r in range(model.rowCount())].index(1)
    assert model.data(model.index(row, ASSIGNMENT_COLUMNS["contour"])) == "Back Loaded"
    document.undo_stack.undo()
    assert document.data.assignments[1].contour == "flat"
    assert document.schedule.tasks[1].duration == 3 * 480
