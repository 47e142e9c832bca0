"""CanvasValuesModel: qtmodeltester, and every edit goes through the Document."""

import pytest
from canvas_plans import factor_named, level, offering_named
from PySide6.QtCore import Qt

from pmdesk.core.entities import CanvasValue
from pmdesk.models.canvas import LEVEL_ROLE, CanvasValuesModel
from pmdesk.ui.workspaces.canvas import editing


@pytest.fixture
def model(qtbot, document):
    return CanvasValuesModel(document)


def test_model_passes_qtmodeltester_also_after_edits(qtmodeltester, model, document):
    qtmodeltester.check(model)
    editing.add_factor(document, "Templates")
    editing.add_offering(document, "Whiteboard")
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (10, 6)


def test_headers_and_cells(model, document):
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Factor",
        "Action",
        "pmdesk (ours)",
        "Spreadsheet",
        "Cloud PM suite",
    ]
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) is None
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).bold()
    row = model.row_of(factor_named(document, "Reporting").id)
    assert [model.data(model.index(row, c)) for c in range(5)] == ["Reporting", "", "7", "5", "8"]
    assert model.data(model.index(row, 2), LEVEL_ROLE) == 7.0


def test_set_data_makes_undo_steps(model, document):
    price = factor_named(document, "Price")
    row = model.row_of(price.id)
    assert model.setData(model.index(row, 0), "  Total cost ")
    assert price.name == "Total cost"
    assert not model.setData(model.index(row, 0), "  ")
    assert model.error == "A factor needs a name."
    assert model.setData(model.index(row, 1), "elim")
    assert price.errc == "eliminate"
    assert not model.setData(model.index(row, 1), "r")
    assert "Eliminate, Reduce, Raise or Create" in model.error
    assert model.setData(model.index(row, 3), 6.5)
    assert level(document, price, offering_named(document, "Spreadsheet")) == 6.5
    assert not model.setData(model.index(row, 3), "lots")
    assert model.error == "A level is a number from 0 to 10."
    assert document.undo_stack.count() == 3
    for _ in range(3):
        document.undo_stack.undo()
    assert (price.name, price.errc) == ("Price", "reduce")


def test_a_missing_level_is_empty_and_setting_it_adds_the_value(model, document):
    price = factor_named(document, "Price")
    rival = offering_named(document, "Spreadsheet")
    value = next(
        v
        for v in document.data.canvas_values.values()
        if (v.factor_id, v.offering_id) == (price.id, rival.id)
    )
    document.remove_entities([(CanvasValue, value.id)], "drop")
    index = model.index(model.row_of(price.id), model.column_of(rival.id))
    assert model.data(index) == "" and model.data(index, LEVEL_ROLE) is None
    assert model.setData(index, "4")
    assert level(document, price, rival) == 4
    document.undo_stack.undo()
    assert model.data(index) == ""


def test_reordering_factors_resets_rows(model, document):
    price = factor_named(document, "Price")
    editing.move_factor(document, price.id, 3)
    assert model.row_of(price.id) == 3
    assert model.data(model.index(0, 0)) == "Setup effort"
    document.undo_stack.undo()
    assert model.row_of(price.id) == 0


def test_moving_a_factor_to_where_it_is_makes_no_undo_step(document):
    price = factor_named(document, "Price")
    steps = document.undo_stack.count()
    editing.move_factor(document, price.id, 0)
    assert document.undo_stack.count() == steps
    editing.move_factor(document, price.id, 2)
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Move factor Price"


def test_notes_move_within_a_block_and_removed_factors_renumber(document):
    from pmdesk.core import canvas

    website = next(n for n in document.data.canvas_notes.values() if n.text == "Website")
    editing.move_note(document, website.id, "channels", 2)
    assert [n.text for n in canvas.notes_by_block(document.data, "bmc")["channels"]] == [
        "Package managers",
        "Partners",
        "Website",
    ]
    steps = document.undo_stack.count()
    editing.move_note(document, website.id, "channels", 2)  # where it is
    assert document.undo_stack.count() == steps
    editing.remove_factors(document, [factor_named(document, "Setup effort").id])
    assert sorted(f.position for f in document.data.canvas_factors.values()) == list(range(8))
