"""What a value typed into an assignment's cell (the resource grid's assignments pane) means:
units (a work resource's percentage or a material's quantity), work, actual work, overtime
work, start delay and a cost resource's amount. Units and work follow the task's type
(operations/tasktypes.py); each edit is one undo step; a value that cannot be taken raises a
TaskInputError with one sentence and changes nothing."""

from __future__ import annotations

import math

from pmdesk.core.entities import Assignment, ResourceType
from pmdesk.core.limits import MAX_MONEY
from pmdesk.core.scheduling.costs import assignment_work
from pmdesk.operations import tasktypes
from pmdesk.operations.editor import PlanEditor
from pmdesk.operations.taskinput import TaskInputError

KEYS = ("units", "work", "actual_work", "overtime_work", "delay", "cost")
MAX_QUANTITY = 1e9


def read_quantity(value: object) -> float:
    """A material resource's quantity: a plain number, more than 0."""
    text = str(value).strip()
    # A quantity may be shown with its label ("12.5 t"): the number is what counts.
    number = text.split()[0] if text else text
    try:
        quantity = float(number.replace(",", "."))
    except ValueError:
        raise TaskInputError(f'"{text[:40]}" is not a quantity; type a number like 12.') from None
    if not math.isfinite(quantity) or quantity <= 0:
        raise TaskInputError("A quantity must be more than 0.")
    if quantity > MAX_QUANTITY:
        raise TaskInputError("A quantity can be at most 1,000,000,000.")
    return quantity


def read_amount(value: object) -> float:
    text = str(value).strip().replace(" ", "")
    try:
        amount = float(text.replace(",", "")) if text else 0.0
    except ValueError:
        raise TaskInputError(f'"{text[:40]}" is not an amount; type a number like 1200.') from None
    if not math.isfinite(amount) or not 0 <= amount <= MAX_MONEY:
        raise TaskInputError("An amount must be between 0 and 1,000,000,000,000,000.")
    return amount


def apply_assignment_cell(
    editor: PlanEditor, assignment: Assignment, key: str, value: object
) -> None:
    data = editor.data
    task = data.tasks.get(assignment.task_id)
    resource = data.resources.get(assignment.resource_id)
    if task is None or resource is None:
        return
    names = f"{resource.name or 'resource'} on {task.name or 'task'}"
    kind = ResourceType(resource.type)
    if key == "units":
        if kind == ResourceType.MATERIAL:
            editor.set_fields(
                Assignment, assignment.id, f"Change quantity of {names}", units=read_quantity(value)
            )
        elif kind == ResourceType.WORK:
            tasktypes.set_assignment_units(
                editor, assignment, tasktypes.read_units(value), f"Change units of {names}"
            )
        else:
            raise TaskInputError("A cost resource has no units; type its cost.")
        return
    if key == "cost":
        if kind != ResourceType.COST:
            raise TaskInputError(
                "Only a cost resource's cost is typed; the others' come from their rates."
            )
        editor.set_fields(
            Assignment, assignment.id, f"Change cost of {names}", cost=read_amount(value)
        )
        return
    if kind != ResourceType.WORK:
        raise TaskInputError("Only work resources have work, overtime and a start delay.")
    minutes = tasktypes.read_work(value, data)
    work = assignment_work(assignment, task)
    if key == "work":
        tasktypes.set_assignment_work(editor, assignment, minutes, f"Change work of {names}")
    elif key == "actual_work":
        if minutes > work:
            raise TaskInputError("Actual work cannot be more than the work; raise the work first.")
        editor.set_fields(
            Assignment, assignment.id, f"Change actual work of {names}", actual_work=minutes
        )
    elif key == "overtime_work":
        if minutes > work:
            raise TaskInputError("Overtime work is part of the work and cannot be more than it.")
        editor.set_fields(
            Assignment, assignment.id, f"Change overtime of {names}", overtime_work=minutes
        )
    elif key == "delay":
        from pmdesk.operations.taskcells import MAX_DURATION_DAYS

        if minutes > MAX_DURATION_DAYS * data.plan.minutes_per_day:
            raise TaskInputError(f"A delay can be at most {MAX_DURATION_DAYS:,} days.")
        editor.set_fields(Assignment, assignment.id, f"Change delay of {names}", delay=minutes)
    else:
        raise TaskInputError("This column is calculated and cannot be typed into.")
