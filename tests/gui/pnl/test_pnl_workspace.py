"""The P&L tab: scenarios, KPIs, line editing through the Document, the link to the schedule
and the resources, chart and CSV export."""

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from pmdesk.core.entities import Resource, Task
from pmdesk.ui.workspaces import widget_class
from pmdesk.ui.workspaces.pnl.workspace import PnlWorkspace

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints"
)  # the offscreen platform says so on show

GA, READINESS = 57, 56  # demo: "General availability" follows "Go-live readiness review"


def line_id(document, name):
    return next(l.id for l in document.data.pnl_lines.values() if l.name == name)


def test_the_tab_is_registered():
    assert widget_class("pnl") is PnlWorkspace


def test_kpis_and_scenarios(workspace):
    assert workspace.scenario.count() == 3
    base_npv = workspace.model.sheet.kpis.npv
    assert "€" in workspace.kpis.tiles["npv"].value.text()  # the plan's currency, EUR
    assert workspace.kpis.tiles["npv"].title.text() == "NPV at 10.0%"
    assert workspace.kpis.tiles["delay"].title.text() == "Cost of 1 quarter delay"
    assert workspace.kpis.tiles["delay"].value.text().startswith(("€", "\u2212€"))
    workspace.scenario.setCurrentIndex(1)
    workspace.scenario.activated.emit(1)
    assert workspace.model.sheet.scenario.name == "Optimistic"
    assert workspace.model.sheet.kpis.npv > base_npv
    assert workspace.scenario_editor.name.text() == "Optimistic"
    assert workspace.save_state()["scenario"] == 2


def test_delaying_the_launch_moves_anchored_revenue_later_and_lowers_npv(workspace, document):
    sheet = workspace.model.sheet
    subscriptions = sheet.line(line_id(document, "Pro subscriptions"))
    assert subscriptions.start == 1 and subscriptions.values[1] > 0  # GA falls in Q1 2027
    npv = sheet.kpis.npv
    readiness = document.data.tasks[READINESS]
    # Lengthen the predecessor of GA by 30 working days: GA moves from March into April.
    document.set_fields(
        Task, READINESS, "Lengthen readiness review", duration=readiness.duration + 30 * 480
    )
    assert document.schedule.tasks[GA].finish.month == 4
    assert (
        f"launch {document.schedule.tasks[GA].finish:%a %Y-%m-%d} (General availability)"
        in workspace.caption.text()
    )
    sheet = workspace.model.sheet
    later = sheet.line(line_id(document, "Pro subscriptions"))
    assert later.start == 2 and later.values[1] == 0.0
    assert sheet.kpis.npv < npv
    assert workspace.kpis.tiles["npv"].value.text() != ""
    document.undo_stack.undo()
    assert workspace.model.sheet.kpis.npv == pytest.approx(npv)


def test_a_resource_rate_change_changes_the_resource_cost_line(workspace, document):
    resource_line = line_id(document, "Delivery team (from resources)")
    before = workspace.model.sheet.line(resource_line).total
    backend = next(r for r in document.data.resources.values() if r.initials == "BE")
    hours = sum(
        (a.work if a.work is not None else document.data.tasks[a.task_id].duration * a.units) / 60
        for a in document.data.assignments.values()
        if a.resource_id == backend.id
    )
    document.set_fields(
        Resource, backend.id, "Raise rate", standard_rate=backend.standard_rate + 10
    )
    after = workspace.model.sheet.line(resource_line).total
    assert after == pytest.approx(before + 10 * hours)


def test_add_edit_move_and_remove_a_line_each_one_undo_step(workspace, document):
    stack = document.undo_stack
    workspace.sheet.select_line(line_id(document, "Support contracts"))
    new_id = workspace.add_line()
    line = document.data.pnl_lines[new_id]
    assert line.section == "revenue" and line.kind == "fixed"
    assert workspace.line_editor.line_id == new_id
    editor = workspace.line_editor
    editor.name.setText("Consulting")
    editor.name.editingFinished.emit()
    assert document.data.pnl_lines[new_id].name == "Consulting"
    amount = editor.fields["amount"]
    amount.box.setValue(2500)
    amount.box.editingFinished.emit()
    assert document.data.pnl_lines[new_id].parameters["amount"] == 2500
    assert workspace.model.sheet.line(new_id).values[0] == 2500
    assert stack.undoText() == "Edit amount / period of Consulting"
    depth = stack.count()
    workspace.move_line(-1)
    assert stack.count() == depth + 1
    revenue = [
        l.name
        for l in sorted(document.data.pnl_lines.values(), key=lambda l: l.position)
        if l.section == "revenue"
    ]
    assert revenue.index("Consulting") == revenue.index("Training workshops") - 1
    workspace.sheet.select_line(new_id)
    workspace.remove_line()
    assert new_id not in document.data.pnl_lines
    stack.undo()
    assert document.data.pnl_lines[new_id].name == "Consulting"


def test_line_kind_and_anchor_are_edited_in_the_side_panel(workspace, document):
    training = line_id(document, "Training workshops")
    workspace.sheet.select_line(training)
    editor = workspace.line_editor
    editor.kind.setCurrentIndex(editor.kind.findData("growth"))
    editor.kind.activated.emit(editor.kind.currentIndex())
    assert document.data.pnl_lines[training].kind == "growth"
    assert editor.form.isRowVisible(editor.fields["growth"].box)
    growth = editor.fields["growth"]
    growth.box.setValue(10.0)  # percent in the field, a fraction in the plan
    growth.box.editingFinished.emit()
    assert document.data.pnl_lines[training].parameters["growth"] == pytest.approx(0.10)
    editor.anchor.setCurrentIndex(0)
    editor.anchor.activated.emit(0)
    assert document.data.pnl_lines[training].anchor_task_id is None
    values = workspace.model.sheet.line(training).values
    assert values[1] == pytest.approx(4500 * 1.1)


def test_typing_in_the_sheet_and_delete_restores(qtbot, workspace, document):
    workspace.show()
    qtbot.waitExposed(workspace)
    model = workspace.model
    row = model.row_for_line(line_id(document, "Marketing programmes"))
    index = model.index(row, 3)
    workspace.sheet.cells.setCurrentIndex(index)
    workspace.sheet.cells.setFocus()
    qtbot.keyClick(workspace.sheet.cells, "5")  # any key opens the editor with that key
    editor = workspace.sheet.cells.findChild(QLineEdit)
    assert editor is not None and editor.text() == "5"
    qtbot.keyClicks(editor, "000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(document.data.pnl_overrides))  # Qt commits on a queued call
    assert [o.value for o in document.data.pnl_overrides.values()] == [5000.0]
    workspace.sheet.cells.setCurrentIndex(model.index(row, 3))
    qtbot.keyClick(workspace.sheet.cells, Qt.Key.Key_Delete)
    assert not document.data.pnl_overrides


def test_scenario_duplicate_keeps_overrides_and_delete(workspace, document):
    model = workspace.model
    model.setData(model.index(model.row_for_line(line_id(document, "Support staff")), 2), "7")
    new_id = workspace.scenario_editor.duplicate()
    assert document.data.pnl_scenarios[new_id].name == "Base copy"
    assert workspace.model.scenario_id == new_id
    assert sorted(o.scenario_id for o in document.data.pnl_overrides.values()) == [1, new_id]
    field = workspace.scenario_editor.fields["delay_periods"]
    field.box.setValue(2)
    field.box.editingFinished.emit()
    assert document.data.pnl_scenarios[new_id].parameters["delay_periods"] == 2
    workspace.scenario_editor.delete()
    assert new_id not in document.data.pnl_scenarios
    assert all(o.scenario_id != new_id for o in document.data.pnl_overrides.values())


def test_settings_change_the_periods_as_one_undo_step(workspace, document):
    settings = workspace.settings_editor
    settings.period.setCurrentIndex(settings.period.findData("month"))
    settings.period.activated.emit(settings.period.currentIndex())
    assert workspace.model.sheet.periods[0].label == "Oct 2026"
    assert workspace.model.columnCount() == 13 + 2
    document.undo_stack.undo()
    assert workspace.model.sheet.periods[0].label == "Q4 2026"
    assert document.data.plan.settings["pnl"]["period"] == "quarter"


def test_chart_draws_when_shown(qtbot, workspace):
    assert workspace.chart.figure_widget is None  # nothing drawn before the tab is shown
    workspace.show()
    qtbot.waitExposed(workspace)
    assert workspace.chart.figure_widget is not None
    axes = workspace.chart.figure_widget.figure.axes[0]
    assert axes.get_title(loc="left").endswith("Base")
    workspace.show_chart(False)
    assert not workspace.chart.isVisible() and not workspace.chart_button.isChecked()


def test_zoom_and_state(workspace):
    width = workspace.sheet.cells.columnWidth(1)
    workspace.zoom(2)
    assert workspace.sheet.cells.columnWidth(1) > width
    workspace.zoom(0)
    assert workspace.sheet.cells.columnWidth(1) == width
    workspace.restore_state({"scenario": 3, "chart": False})
    assert workspace.model.sheet.scenario.name == "Pessimistic"
    assert workspace.save_state() == {"scenario": 3, "chart": False}


def test_a_read_only_plan_shows_but_does_not_edit(qtbot, document, monkeypatch):
    monkeypatch.setattr(type(document), "read_only", property(lambda self: True))
    widget = PnlWorkspace(document)
    qtbot.addWidget(widget)
    model = widget.model
    row = model.row_for_line(line_id(document, "Support staff"))
    assert not model.flags(model.index(row, 2)) & Qt.ItemFlag.ItemIsEditable
    assert not widget.side.isEnabled() and not widget.add_button.isEnabled()


def test_export_csv(workspace, tmp_path):
    path = tmp_path / "pnl.csv"
    workspace.export_csv(str(path))
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[0][5] == "Q4 2026" and rows[0][-1] == "Total"
    net = next(r for r in rows if r[0] == "Net cash flow")
    assert float(net[-1]) == pytest.approx(workspace.model.sheet.kpis.net, abs=0.01)


def test_copy_gives_tab_separated_rows(workspace, document):
    workspace.sheet.select_line(line_id(document, "Payment fees"))
    text = workspace.sheet.copy_text()
    header, row = text.splitlines()
    assert header.split("\t")[:2] == ["EUR", "Q4 2026"]
    assert row.split("\t")[0] == "Payment fees" and len(row.split("\t")) == 15


def test_paste_a_block_as_one_undo_step(workspace, document):
    model = workspace.model
    top = model.row_for_line(line_id(document, "Pro subscriptions"))
    workspace.sheet.cells.setCurrentIndex(model.index(top, 2))
    depth = document.undo_stack.count()
    assert workspace.sheet.paste_text("1,000\t2000\n3k\t\n") == 4
    assert document.undo_stack.count() == depth + 1
    assert document.undo_stack.undoText() == "Paste 4 values"
    sheet = model.sheet
    assert sheet.line(line_id(document, "Pro subscriptions")).values[1:3] == [1000.0, 2000.0]
    assert sheet.line(line_id(document, "Support contracts")).values[1] == 3000.0
    assert 2 not in sheet.line(line_id(document, "Support contracts")).overridden
    # our own Copy (header line, row names) pastes back
    workspace.sheet.select_line(line_id(document, "Payment fees"))
    header, row = workspace.sheet.copy_text().splitlines()
    cells = row.split("\t")
    cells[2] = "290"  # the launch quarter (Q1 2027)
    text = "\n".join([header, "\t".join(cells)])
    workspace.sheet.cells.setCurrentIndex(
        model.index(model.row_for_line(line_id(document, "Payment fees")), 1)
    )
    assert workspace.sheet.paste_text(text) == 13  # every period (a zero shows as "–"), not Total
    assert model.sheet.line(line_id(document, "Payment fees")).values[1] == 290.0
    # a cell that is not an amount changes nothing
    count = len(document.data.pnl_overrides)
    assert workspace.sheet.paste_text("12\tlots") == 0
    assert len(document.data.pnl_overrides) == count


def test_delete_on_a_row_name_clears_the_whole_row(workspace, document):
    model = workspace.model
    staff = line_id(document, "Support staff")
    row = model.row_for_line(staff)
    model.setData(model.index(row, 2), "1")
    model.setData(model.index(row, 5), "2")
    workspace.sheet.select_line(staff)
    workspace.delete()
    assert not document.data.pnl_overrides
    assert document.undo_stack.undoText() == "Clear 2 overrides"
