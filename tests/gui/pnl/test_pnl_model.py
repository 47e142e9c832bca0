"""The P&L sheet model: consistency, typed overrides as undo steps, clearing, formatting."""

import pytest
from PySide6.QtCore import Qt

from pmdesk.models.pnl import (
    COMPUTED_ROLE,
    OVERRIDDEN_ROLE,
    NumberError,
    PnlSheetModel,
    format_amount,
    parse_amount,
)


def line_index(model, name, period):
    row = next(i for i, r in enumerate(model.rows) if r.kind == "line" and r.label == name)
    return model.index(row, period + 1)


def test_model_passes_qtmodeltester(qtmodeltester, document):
    model = PnlSheetModel(document)
    qtmodeltester.check(model, force_py=True)


def test_model_stays_consistent_when_lines_come_and_go(qtmodeltester, document):
    from pmdesk.core.entities import PnlLine

    model = PnlSheetModel(document)
    qtmodeltester.check(model, force_py=True)
    document.add_entities(
        [PnlLine(id=99, name="Consulting", section="revenue", parameters={"amount": 100.0})],
        "Add line",
    )
    assert any(r.label == "Consulting" for r in model.rows)
    document.undo_stack.undo()
    assert not any(r.label == "Consulting" for r in model.rows)


def test_columns_are_label_periods_and_total(document):
    model = PnlSheetModel(document)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[0] == "EUR" and header[1] == "Q4 2026" and header[13] == "Q4 2029"
    assert header[-1] == "Total"
    labels = [r.label for r in model.rows]
    assert (
        labels.index("Gross margin")
        < labels.index("Operating result (EBITDA)")
        < labels.index("Net cash flow")
        < labels.index("Cumulative cash")
    )


def test_typing_a_number_overrides_one_cell_as_one_undo_step(document):
    model = PnlSheetModel(document)
    index = line_index(model, "Training workshops", 3)
    computed = model.data(index, COMPUTED_ROLE)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    before_npv = model.sheet.kpis.npv
    depth = document.undo_stack.count()
    assert model.setData(index, "12.5k")
    index = line_index(model, "Training workshops", 3)
    assert model.data(index, OVERRIDDEN_ROLE) is True
    assert model.data(index) == "12,500"
    assert model.data(index, COMPUTED_ROLE) == computed
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert document.undo_stack.count() == depth + 1
    [override] = document.data.pnl_overrides.values()
    assert (override.period, override.value, override.scenario_id) == (3, 12500.0, 1)
    assert model.sheet.kpis.npv == pytest.approx(before_npv + (12500 - computed) / 1.1**0.75)
    # typing again changes the same override, no second entity
    model.setData(line_index(model, "Training workshops", 3), "9000")
    assert [o.value for o in document.data.pnl_overrides.values()] == [9000.0]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert not document.data.pnl_overrides
    assert model.data(line_index(model, "Training workshops", 3), OVERRIDDEN_ROLE) is False


def test_overrides_belong_to_the_scenario_they_were_typed_in(document):
    model = PnlSheetModel(document)
    model.setData(line_index(model, "Support staff", 5), "1")
    model.set_scenario(2)
    assert model.data(line_index(model, "Support staff", 5), OVERRIDDEN_ROLE) is False


def test_clearing_restores_the_computed_value(document):
    model = PnlSheetModel(document)
    model.setData(line_index(model, "Support staff", 5), "1")
    model.setData(line_index(model, "Support staff", 6), "2")
    cells = [line_index(model, "Support staff", p) for p in (4, 5, 6)]
    assert model.clear_overrides(cells) == 2
    assert not document.data.pnl_overrides
    assert document.undo_stack.undoText() == "Clear 2 overrides"
    model.setData(line_index(model, "Support staff", 5), "3")
    model.setData(line_index(model, "Support staff", 5), "")  # an emptied cell clears too
    assert not document.data.pnl_overrides


def test_bad_input_is_refused_with_a_sentence(qtbot, document):
    model = PnlSheetModel(document)
    with qtbot.waitSignal(model.editRefused) as blocker:
        assert not model.setData(line_index(model, "Support staff", 1), "lots")
    assert "is not an amount" in blocker.args[0]
    assert not document.data.pnl_overrides


def test_totals_and_results_are_not_editable(document):
    model = PnlSheetModel(document)
    for row, spec in enumerate(model.rows):
        if spec.kind != "line":
            assert not model.flags(model.index(row, 2)) & Qt.ItemFlag.ItemIsEditable
    line_row = next(i for i, r in enumerate(model.rows) if r.kind == "line")
    assert not model.flags(model.index(line_row, 0)) & Qt.ItemFlag.ItemIsEditable
    assert (
        not model.flags(model.index(line_row, model.columnCount() - 1)) & Qt.ItemFlag.ItemIsEditable
    )


def test_negative_numbers_are_red_with_a_minus_sign(document):
    model = PnlSheetModel(document)
    row = next(i for i, r in enumerate(model.rows) if r.label == "Cumulative cash")
    index = model.index(row, 1)
    assert model.data(index).startswith("\u2212")
    assert model.data(index, Qt.ItemDataRole.ForegroundRole).color().name() == "#c0392b"


@pytest.mark.parametrize(
    "text, value",
    [
        ("1,234.5", 1234.5),
        ("1 234", 1234.0),
        ("-300", -300.0),
        ("(300)", -300.0),
        ("12k", 12000.0),
        ("1.5M", 1.5e6),
        ("\u2212 40", -40.0),
        ("", None),
        (" ", None),
    ],
)
def test_parse_amount(text, value):
    assert parse_amount(text) == value


@pytest.mark.parametrize("text", ["abc", "12kk", "1e999", "1,2,3x"])
def test_parse_amount_refuses(text):
    with pytest.raises(NumberError):
        parse_amount(text)


def test_format_amount():
    assert format_amount(1234567.4) == "1,234,567"
    assert format_amount(-1500) == "\u22121,500"
    assert format_amount(0.2) == "\u2013"
    assert format_amount(None) == ""
