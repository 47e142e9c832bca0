"""The resource sheet and assignments models: Qt's model contract, typed input, undo."""

import pytest
from PySide6.QtCore import Qt

from pmdesk.core.entities import Resource, ResourceType, WorkContour
from pmdesk.models.assignments import CHOICES_ROLE, AssignmentsModel
from pmdesk.models.assignments import COLUMN_INDEX as ACOL
from pmdesk.models.resources import COLUMN_INDEX, ResourceSheetModel
from pmdesk.models.resourcetext import ResourceInputError, parse_amount, parse_percent


def test_sheet_model_passes_the_model_tester(qtmodeltester, document):
    model = ResourceSheetModel(document)
    qtmodeltester.check(model)
    document.set_fields(Resource, 1, "Rename", name="Anna")
    document.add_entities([Resource(3, "Cy", type=ResourceType.MATERIAL)], "Add")
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_assignments_model_passes_the_model_tester(qtmodeltester, document):
    model = AssignmentsModel(document)
    qtmodeltester.check(model)
    model.set_resource(1)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.setData(model.index(0, ACOL["contour"]), "bell")
    qtmodeltester.check(model)


def test_sheet_shows_totals_from_the_schedule_and_flags_over_allocation(document):
    model = ResourceSheetModel(document)
    row = model.row_of(1)
    text = lambda key: model.data(model.index(row, COLUMN_INDEX[key]))  # noqa: E731
    assert text("work") == "40.0 h"  # 3 d + 2 d at 100 %
    assert text("cost") == "2,000.00"
    assert text("peak") == "200%"
    assert text("standard_rate") == "50.00/h"
    assert model.is_overallocated(1) and not model.is_overallocated(2)
    tooltip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Ann is over-allocated on 2 days from Mon 2026-01-05: up to 200% of 100%."


def test_typing_a_rate_is_one_undo_step_and_changes_the_task_cost(document):
    model = ResourceSheetModel(document)
    index = model.index(model.row_of(1), COLUMN_INDEX["standard_rate"])
    assert document.schedule.tasks[1].cost == pytest.approx(24 * 50)
    assert model.setData(index, "€60/h")
    assert document.data.resources[1].standard_rate == 60
    assert document.schedule.tasks[1].cost == pytest.approx(24 * 60)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.schedule.tasks[1].cost == pytest.approx(24 * 50)


@pytest.mark.parametrize(
    ("key", "typed", "message"),
    [
        ("standard_rate", "-5", "The standard rate cannot be negative."),
        (
            "cost_per_use",
            "lots",
            '"lots" is not an amount; type the cost per use as a number like 85 or 85.50.',
        ),
        ("max_units", "0%", "The max. units must be more than 0%."),
        ("max_units", "-50", "The max. units must be more than 0%."),
        ("name", "   ", "A resource needs a name."),
        ("name", "bob", "Another resource is already called 'bob'."),
        ("type", "robot", "A resource's type is work, material or cost."),
        ("calendar", "Nights", "There is no calendar called 'Nights'."),
    ],
)
def test_bad_input_gives_one_sentence_and_changes_nothing(qtbot, document, key, typed, message):
    model = ResourceSheetModel(document)
    before = {f: getattr(document.data.resources[1], f) for f in Resource.__slots__}
    index = model.index(model.row_of(1), COLUMN_INDEX[key])
    with qtbot.waitSignal(model.errorOccurred) as signal:
        assert not model.setData(index, typed)
    assert signal.args == [message]
    assert {f: getattr(document.data.resources[1], f) for f in Resource.__slots__} == before
    assert document.undo_stack.count() == 0


def test_typed_values_are_read_as_a_project_manager_writes_them(document):
    model = ResourceSheetModel(document)
    row = model.row_of(2)
    assert model.setData(model.index(row, COLUMN_INDEX["max_units"]), "50%")
    assert model.setData(model.index(row, COLUMN_INDEX["overtime_rate"]), "1,200.50")
    assert model.setData(model.index(row, COLUMN_INDEX["calendar"]), "mornings")
    assert model.setData(model.index(row, COLUMN_INDEX["type"]), "Material")
    bob = document.data.resources[2]
    assert (bob.max_units, bob.overtime_rate, bob.calendar_id, bob.type) == (
        0.5,
        1200.5,
        2,
        ResourceType.MATERIAL,
    )
    assert model.setData(model.index(row, COLUMN_INDEX["calendar"]), "(plan default)")
    assert bob.calendar_id is None
    assert document.undo_stack.count() == 5


def test_parsers():
    assert parse_amount("85", "rate") == 85
    assert parse_amount("EUR 85.50/hr", "rate") == 85.5
    assert parse_amount("0", "rate") == 0
    assert parse_percent("150%", "units") == 1.5
    assert parse_percent("75", "units") == 0.75
    with pytest.raises(ResourceInputError):
        parse_amount("", "rate")
    with pytest.raises(ResourceInputError):
        parse_percent("abc", "units")


def test_units_typed_in_the_assignments_pane(qtbot, document):
    model = AssignmentsModel(document)
    model.set_resource(1)
    row = [model.assignment_at(r).task_id for r in range(model.rowCount())].index(2)
    index = model.index(row, ACOL["units"])
    duration = document.data.tasks[2].duration
    assert model.setData(index, "50%")
    assert document.data.assignments[2].units == 0.5
    # MS Project's fixed-units task: the work stays, the task takes twice as long.
    assert model.data(model.index(row, ACOL["work"])) == "16.0 h"
    assert document.data.tasks[2].duration == 2 * duration
    assert document.schedule.tasks[2].cost == pytest.approx(16 * 50)
    with qtbot.waitSignal(model.errorOccurred) as signal:
        assert not model.setData(index, "0")
    assert signal.args == ["Units must be more than 0%."]
    assert document.data.assignments[2].units == 0.5
    document.undo_stack.undo()
    assert document.data.assignments[2].units == 1.0


def test_contour_typed_or_chosen_in_the_assignments_pane(qtbot, document):
    model = AssignmentsModel(document)
    model.set_resource(1)
    row = [model.assignment_at(r).task_id for r in range(model.rowCount())].index(2)
    index = model.index(row, ACOL["contour"])
    assert model.data(index, CHOICES_ROLE)[1] == "Back Loaded"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) is None
    assert model.setData(index, "turtle")  # the stored value is read too
    assert document.data.assignments[2].contour == WorkContour.TURTLE
    assert model.data(index) == "Turtle"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.setData(index, "Turtle") and document.undo_stack.count() == 1  # no change
    for bad in ("contoured", "x" * 4000, ""):
        with qtbot.waitSignal(model.errorOccurred) as signal:
            assert not model.setData(index, bad)
        assert signal.args[0].endswith(
            "choose one of Flat, Back Loaded, Front Loaded, "
            "Double Peak, Early Peak, Late Peak, Bell, Turtle."
        )
        assert len(signal.args[0]) < 200
    assert document.data.assignments[2].contour == WorkContour.TURTLE
    document.undo_stack.undo()
    assert document.data.assignments[2].contour == WorkContour.FLAT
