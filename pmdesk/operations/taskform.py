"""What the Task Information dialog's fields mean: every tab applied as one undo step, or a
sentence saying why not (and nothing changed). The dialog only reads its widgets into a
TaskForm; typing in the table and the dialog share the duration, predecessor, resource and
date rules."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime
from typing import Any

from pmdesk.core.entities import ConstraintType, CostAccrual, Task, TaskType
from pmdesk.core.plandata import PlanData
from pmdesk.operations import tasktypes
from pmdesk.operations.editor import PlanEditor
from pmdesk.operations.outline import Outline
from pmdesk.operations.taskcalendar import working_edge
from pmdesk.operations.taskcells import apply_duration, apply_predecessors, apply_resources
from pmdesk.operations.taskinput import TaskInputError, check_date_range

_FREE = (ConstraintType.ASAP, ConstraintType.ALAP)
_STARTS = (ConstraintType.SNET, ConstraintType.SNLT, ConstraintType.MSO)


@dataclass(slots=True)
class TaskForm:
    """The dialog's fields as a person left them."""

    name: str
    duration: str | None  # None: left as it was (or a summary's, which cannot be typed)
    percent: float
    constraint: ConstraintType
    constraint_date: datetime | None
    deadline: datetime | None
    calendar_id: int | None
    ignore_resource_calendars: bool
    manual: bool
    show_on_timeline: bool | None  # None: the timeline's own rule (milestones, top summaries)
    notes: str
    predecessors: str
    resources: str
    # Three-point estimates the Estimates tab changed (already checked: estimatetab.py).
    estimates: dict[str, Any] = dataclass_field(default_factory=dict)
    # MS Project's triangle (operations/tasktypes.py): the task type and effort-driven
    # setting, and work and units typed (None: left as they were); when the fixed cost is spent.
    task_type: TaskType | None = None
    effort_driven: bool | None = None
    work: str | None = None
    units: str | None = None
    fixed_cost_accrual: CostAccrual | None = None
    priority: int | None = None  # MS Project's 0-1000; None: left as it was
    # MS Project's Leveling Can Split and Level Assignments (None: left as they were)
    leveling_can_split: bool | None = None
    level_assignments: bool | None = None


def _landed(data: PlanData, task: Task, moment: datetime | None, start: bool) -> datetime | None:
    """A day given without a time lands on its first (or last) working minute."""
    if moment is None:
        return None
    check_date_range(moment)
    if moment.hour == 0 and moment.minute == 0:
        return working_edge(data, moment.date(), start=start, task=task)
    return moment


def changed_values(data: PlanData, task: Task, form: TaskForm) -> dict[str, Any]:
    """The task's own fields the form changes; raises TaskInputError with a sentence."""
    values: dict[str, Any] = {}
    name = form.name.strip()
    if not name:
        raise TaskInputError("A task needs a name.")
    if name != task.name:
        values["name"] = name
    if not 0 <= form.percent <= 100:
        raise TaskInputError("% complete must be between 0 and 100.")
    if float(form.percent) != task.percent_complete:
        values["percent_complete"] = float(form.percent)
    constraint = form.constraint
    constraint_date = _landed(data, task, form.constraint_date, start=constraint in _STARTS)
    if constraint not in _FREE and constraint_date is None:
        raise TaskInputError(f"A {constraint.value} constraint needs a date.")
    if constraint in _FREE:
        constraint_date = None
    if constraint != task.constraint_type or constraint_date != task.constraint_date:
        values["constraint_type"] = constraint
        values["constraint_date"] = constraint_date
    deadline = _landed(data, task, form.deadline, start=False)
    if deadline != task.deadline:
        values["deadline"] = deadline
    if form.calendar_id is not None and form.calendar_id not in data.calendars:
        raise TaskInputError("That calendar is no longer in the plan.")
    if form.priority is not None:
        if not 0 <= form.priority <= 1000:
            raise TaskInputError("The priority must be a whole number from 0 to 1000.")
        if int(form.priority) != task.priority:
            values["priority"] = int(form.priority)
    for field in (
        "calendar_id",
        "ignore_resource_calendars",
        "manual",
        "show_on_timeline",
        "notes",
    ):
        if getattr(form, field) != getattr(task, field):
            values[field] = getattr(form, field)
    for flag in ("leveling_can_split", "level_assignments"):
        chosen = getattr(form, flag)
        if chosen is not None and bool(chosen) != getattr(task, flag):
            values[flag] = bool(chosen)
    if form.fixed_cost_accrual is not None and form.fixed_cost_accrual != task.fixed_cost_accrual:
        values["fixed_cost_accrual"] = form.fixed_cost_accrual
    return values


def apply_task_form(editor: PlanEditor, outline: Outline, task: Task, form: TaskForm) -> None:
    """Apply every field as one undo step; a refusal changes nothing."""
    with editor.macro(f"Edit task {task.name}"):
        values = changed_values(editor.data, task, form)
        values.update(form.estimates)
        if values:
            editor.set_fields(Task, task.id, "Edit task", **values)
        # The type first, so that the duration, resources, work and units typed with it
        # follow its rule.
        if form.task_type is not None or form.effort_driven is not None:
            tasktypes.set_task_type(
                editor, editor.data.tasks[task.id], form.task_type, form.effort_driven
            )
        if form.duration is not None:
            apply_duration(editor, editor.data.tasks[task.id], form.duration)
        apply_predecessors(editor, outline, task, form.predecessors)
        apply_resources(editor, editor.data.tasks[task.id], form.resources)
        if form.work is not None:
            tasktypes.set_task_work(editor, editor.data.tasks[task.id], form.work)
        if form.units is not None:
            tasktypes.set_task_units(editor, editor.data.tasks[task.id], form.units)
