"""The assignments pane's work, actual work, overtime, delay and cost columns: typed values
go through the plan's rules as one undo step each, bad ones give one sentence and change
nothing, and the engine and the costs follow."""

import copy

import pytest

from pmdesk.core.entities import Assignment, Resource, ResourceType
from pmdesk.models.assignments import COLUMN_INDEX as ACOL
from pmdesk.models.assignments import AssignmentsModel


def _row(model, task_id):
    return [model.assignment_at(r).task_id for r in range(model.rowCount())].index(task_id)


def test_new_columns_pass_the_model_tester(qtmodeltester, document):
    model = AssignmentsModel(document)
    model.set_resource(1)
    qtmodeltester.check(model)


def test_work_overtime_delay_typed(qtbot, document):
    data = document.data
    data.resources[1].overtime_rate = 80.0
    model = AssignmentsModel(document)
    model.set_resource(1)
    row = _row(model, 2)
    steps = document.undo_stack.count()
    assert model.setData(model.index(row, ACOL["work"]), "24h")  # fixed units: 3 days
    assert data.tasks[2].duration == 3 * 480
    assert model.setData(model.index(row, ACOL["overtime_work"]), "4h")
    assert model.data(model.index(row, ACOL["overtime_work"])) == "4.0 h"
    assert document.schedule.tasks[2].cost == pytest.approx(20 * 50 + 4 * 80)
    assert model.setData(model.index(row, ACOL["actual_work"]), "6")
    assert model.data(model.index(row, ACOL["remaining_work"])) == "18.0 h"
    finish = document.schedule.tasks[2].finish
    assert model.setData(model.index(row, ACOL["delay"]), "1d")
    assert (document.schedule.tasks[2].finish - finish).days == 1
    assert document.undo_stack.count() == steps + 4
    document.undo_stack.undo()
    assert data.assignments[2].delay == 0


@pytest.mark.parametrize(
    "key,value,sentence",
    [
        ("work", "-8h", "is not work"),
        ("work", "nan", "is not work"),
        ("overtime_work", "99h", "cannot be more than it"),
        ("actual_work", "1e9", "is not work"),
        ("delay", "20000d", "at most 10,000 days"),
        ("units", "inf", "not a percentage"),
        ("cost", "100", "Only a cost resource"),
    ],
)
def test_bad_values_say_why_and_change_nothing(qtbot, document, key, value, sentence):
    model = AssignmentsModel(document)
    model.set_resource(1)
    row = _row(model, 2)
    before = (copy.deepcopy(dict(document.data.assignments)), document.data.tasks[2].duration)
    with qtbot.waitSignal(model.errorOccurred) as signal:
        assert not model.setData(model.index(row, ACOL[key]), value)
    assert sentence in signal.args[0] and signal.args[0].endswith(".")
    assert (dict(document.data.assignments), document.data.tasks[2].duration) == before


def test_material_quantity_and_cost_amount(qtbot, make_document, plan_data):
    plan_data.add(
        Resource(3, "Sand", type=ResourceType.MATERIAL, standard_rate=30, material_label="t")
    )
    plan_data.add(Resource(4, "Travel", type=ResourceType.COST))
    plan_data.add(Assignment(4, 1, 3, 2.0))
    plan_data.add(Assignment(5, 1, 4))
    document = make_document(plan_data)
    model = AssignmentsModel(document)
    model.set_resource(3)
    assert model.data(model.index(0, ACOL["units"])) == "2 t"
    assert model.setData(model.index(0, ACOL["units"]), "5")
    assert document.data.assignments[4].units == 5.0
    model.set_resource(4)
    assert model.setData(model.index(0, ACOL["cost"]), "1,250.50")
    assert document.data.assignments[5].cost == 1250.5
    with qtbot.waitSignal(model.errorOccurred) as signal:
        assert not model.setData(model.index(0, ACOL["cost"]), "-4")
    assert "between 0" in signal.args[0]
    assert document.schedule.tasks[1].cost == pytest.approx(3 * 8 * 50 + 5 * 30 + 1250.5)


def test_material_label_in_the_resource_sheet(qtbot, make_document, plan_data):
    from pmdesk.models.resources import COLUMN_INDEX, ResourceSheetModel

    plan_data.add(Resource(3, "Sand", type=ResourceType.MATERIAL))
    document = make_document(plan_data)
    model = ResourceSheetModel(document)
    label = model.index(model.row_of(3), COLUMN_INDEX["material_label"])
    assert model.setData(label, " t ")
    assert document.data.resources[3].material_label == "t"
    assert model.data(label) == "t"
    ann = model.index(model.row_of(1), COLUMN_INDEX["material_label"])
    with qtbot.waitSignal(model.errorOccurred) as signal:
        assert not model.setData(ann, "kg")
    assert signal.args == ["Only a material resource has a material label."]
    assert document.data.resources[1].material_label == ""
