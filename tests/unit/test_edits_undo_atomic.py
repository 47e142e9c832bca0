"""Undo is all or nothing, like redo: on a server plan someone may have deleted (or re-added)
what an older step names, and a half-undone step would leave the plan in neither state."""

from __future__ import annotations

import pytest

from pmdesk.core.entities import Plan, Task
from pmdesk.core.plandata import PlanData, PlanError
from pmdesk.edits import AddEntitiesCommand, MacroCommand, RemoveEntitiesCommand, SetFieldsCommand


def plan() -> PlanData:
    data = PlanData(Plan(name="P"))
    data.load([Task(1, "A"), Task(2, "B"), Task(3, "C")])
    return data


def snapshot(data: PlanData) -> dict:
    return {i: t.name for i, t in data.tasks.items()}


def test_undo_of_an_add_whose_task_is_gone_changes_nothing(qapp):
    data = plan()
    add = AddEntitiesCommand(data, [Task(10, "X"), Task(11, "Y")], "Add")
    add.redo()
    data.remove(Task, 10)  # someone else deleted one of them
    before = snapshot(data)
    with pytest.raises(PlanError):
        add.undo()
    assert snapshot(data) == before


def test_undo_of_a_removal_whose_id_was_taken_changes_nothing(qapp):
    data = plan()
    remove = RemoveEntitiesCommand(data, [(Task, 2), (Task, 3)], "Remove")
    remove.redo()
    data.add(Task(3, "Someone else's"))
    before = snapshot(data)
    with pytest.raises(PlanError):
        remove.undo()
    assert snapshot(data) == before


def test_undo_of_a_macro_failing_halfway_puts_back_what_it_undid(qapp):
    data = plan()
    macro = MacroCommand("Gesture")
    for command in (
        SetFieldsCommand(data, Task, 3, {"name": "C2"}, "x"),
        SetFieldsCommand(data, Task, 1, {"name": "A2"}, "x"),
    ):
        command.redo()
        macro.add(command)
    data.remove(Task, 3)  # the first child's task is gone: undo fails after the second
    before = snapshot(data)
    with pytest.raises(PlanError):
        macro.undo()
    assert snapshot(data) == before == {1: "A2", 2: "B"}
