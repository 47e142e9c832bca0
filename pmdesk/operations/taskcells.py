"""What a value typed into a task's cell (in the table or the task dialog) means for the plan.

Each function reads a person's text, refuses what it cannot read with a TaskInputError (one
sentence), and changes the plan only through the editor: one undo step per edit.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any, Protocol

from pmdesk.core.durationunits import read_duration
from pmdesk.core.earnedvalue import plan_ev_method
from pmdesk.core.entities import (
    Assignment,
    ConstraintType,
    LagKind,
    Plan,
    Resource,
    Task,
    TaskType,
)
from pmdesk.core.standard_time import MINUTES_PER_DAY
from pmdesk.core.taskdefaults import plan_effort_driven, plan_task_type
from pmdesk.core.translation import translate
from pmdesk.operations import choicewords, tasktypes
from pmdesk.operations.actuals import ACTUAL_KEYS, apply_actual
from pmdesk.operations.durationrules import MAX_DURATION_DAYS as MAX_DURATION_DAYS  # re-exported
from pmdesk.operations.durationrules import calendar_units as calendar_units  # re-exported
from pmdesk.operations.durationrules import check_duration, duration_values
from pmdesk.operations.editor import PlanEditor
from pmdesk.operations.outline import Outline
from pmdesk.operations.predecessors import apply_predecessor_specs, parse_predecessors
from pmdesk.operations.taskcalendar import working_edge
from pmdesk.operations.taskfields import apply_field
from pmdesk.operations.taskinput import (
    TaskInputError,
    as_datetime,
    check_date_range,
    parse_resource_names,
)


class TaskNumbers(Protocol):
    """What typed predecessor numbers refer to: the table's rows (an Outline) or, in a paste,
    the pasted rows."""

    def task_for_number(self, number: int) -> int | None: ...


def apply_cell(
    editor: PlanEditor, outline: TaskNumbers, task: Task, key: str, value: object
) -> None:
    """Apply the text (or editor value) typed into column ``key`` of ``task``'s row."""
    if key == "name":
        name = str(value).strip()
        if not name:
            raise TaskInputError("A task needs a name; type one or press Escape.")
        if name != task.name:
            editor.set_fields(Task, task.id, "Rename task", name=name)
    elif key == "duration":
        apply_duration(editor, task, str(value))
    elif key in ("start", "finish"):
        apply_date(editor, task, key, as_datetime(value))
    elif key in ACTUAL_KEYS:
        apply_actual(editor, task, key, value)
    elif key == "predecessors":
        apply_predecessors(editor, outline, task, str(value))
    elif key == "resources":
        apply_resources(editor, task, str(value))
    elif key == "work":
        tasktypes.set_task_work(editor, task, value)
    elif key == "units":
        tasktypes.set_task_units(editor, task, value)
    elif key == "task_type":
        tasktypes.set_task_type(editor, task, tasktypes.read_task_type(value))
    elif key == "effort_driven":
        tasktypes.set_task_type(editor, task, effort_driven=read_flag(value))
    elif key in ("leveling_can_split", "level_assignments"):
        apply_leveling_flag(editor, task, key, read_flag(value))
    else:
        apply_field(editor, task, key, value)


def new_task(task_id: int, name: str, plan: Plan | None = None, **fields: Any) -> Task:
    """A task as MS Project makes a new one: one day, marked as an estimate ("1 day?"), with
    the plan's default earned value method, task type and effort-driven setting (Project
    Information > Options; core/taskdefaults.py)."""
    if plan is not None:
        fields.setdefault("ev_method", plan_ev_method(plan))
        fields.setdefault("task_type", plan_task_type(plan))
        fields.setdefault(
            "effort_driven", plan_effort_driven(plan) or fields["task_type"] == TaskType.FIXED_WORK
        )
    return Task(
        task_id,
        name=name,
        duration=MINUTES_PER_DAY,
        duration_unit="d",
        duration_estimated=True,
        **fields,
    )


def add_task_from_cell(editor: PlanEditor, outline: Outline, key: str, value: object) -> int:
    """A value typed into a blank row after the last task: a new top-level task at the end
    with that value in column ``key``, as one undo step; returns the task's id."""
    data = editor.data
    last = max((data.tasks[t].position for t in outline.child_ids(None)), default=-1)
    task = new_task(data.new_id(Task), translate("Tasks", "New task"), data.plan, position=last + 1)
    with editor.macro("Add task"):
        editor.add_entities([task], "Add task")
        apply_cell(editor, outline, data.tasks[task.id], key, value)
    return task.id


def apply_duration(editor: PlanEditor, task: Task, text: str) -> None:
    typed = read_duration(text.strip(), *calendar_units(editor.data))
    check_duration(editor.data, typed.minutes)
    values = duration_values(task, typed.minutes, typed.elapsed)
    # MS Project keeps the unit a duration was typed in ("2w" reads "2 wks") and the "?".
    values.update(duration_unit=typed.unit, duration_estimated=typed.estimated)
    tasktypes.set_duration(editor, task, values, "Set duration")


def apply_date(editor: PlanEditor, task: Task, key: str, moment: datetime) -> None:
    check_date_range(moment)
    if moment.time() == time():
        moment = working_edge(editor.data, moment.date(), start=key == "start", task=task)
    if task.manual:
        field = "manual_start" if key == "start" else "manual_finish"
        editor.set_fields(Task, task.id, f"Set {key}", **{field: moment})
        return
    # MS Project: typing a start sets "start no earlier than", a finish "finish no earlier than".
    constraint = ConstraintType.SNET if key == "start" else ConstraintType.FNET
    editor.set_fields(
        Task, task.id, f"Set {key}", constraint_type=constraint, constraint_date=moment
    )


def apply_predecessors(editor: PlanEditor, outline: TaskNumbers, task: Task, text: str) -> None:
    per_day, per_week, per_month = calendar_units(editor.data)
    specs = parse_predecessors(text, outline.task_for_number, task.id, per_day, per_week, per_month)
    for spec in specs:
        if spec.lag_kind is LagKind.PERCENT and abs(spec.lag) > 100 * MAX_DURATION_DAYS:
            raise TaskInputError(
                f"A lag can be at most {100 * MAX_DURATION_DAYS:,}% of the predecessor's duration."
            )
        if spec.lag_kind is not LagKind.PERCENT and abs(spec.lag) > MAX_DURATION_DAYS * per_day:
            raise TaskInputError(f"A lag can be at most {MAX_DURATION_DAYS:,} days.")
    current = [link for link in editor.data.links.values() if link.successor_id == task.id]
    apply_predecessor_specs(editor, task.id, current, specs)


def apply_resources(editor: PlanEditor, task: Task, text: str) -> None:
    wanted = parse_resource_names(text)
    data = editor.data
    by_name = {r.name.lower(): r for r in data.resources.values()}
    current = {a.resource_id: a for a in data.assignments.values() if a.task_id == task.id}
    new_resources: list[Resource] = []
    next_resource = data.new_id(Resource)
    plan = []
    for name, units in wanted:
        resource = by_name.get(name.lower())
        if resource is None:  # as MS Project does: a new name makes a new resource
            resource = Resource(next_resource, name=name)
            next_resource += 1
            new_resources.append(resource)
            by_name[name.lower()] = resource
        plan.append((resource.id, units))
    wanted_ids = {rid for rid, _ in plan}
    removed = [a.id for rid, a in current.items() if rid not in wanted_ids]
    next_assignment = data.new_id(Assignment)
    added = []
    changed = []
    for rid, units in plan:
        assignment = current.get(rid)
        if assignment is None:
            added.append(Assignment(next_assignment, task.id, rid, units))
            next_assignment += 1
        elif abs(assignment.units - units) > 1e-9:
            changed.append((assignment.id, units))
    if not (removed or added or changed or new_resources):
        return
    with editor.macro("Assign resources"):
        if new_resources:
            editor.add_entities(new_resources, "Add resources")
        # Work, duration and units follow the task's type and effort-driven setting.
        tasktypes.staff_task(editor, task, removed, added, changed, "Assign resources")


def apply_leveling_flag(editor: PlanEditor, task: Task, key: str, allowed: bool) -> None:
    """Leveling Can Split or Level Assignments typed in the table; MS Project keeps a
    fixed-duration task's Level Assignments at No."""
    if key == "level_assignments" and allowed and task.task_type == TaskType.FIXED_DURATION:
        raise TaskInputError(
            "Leveling never delays the assignments of a fixed-duration task one by one."
        )
    if getattr(task, key) != allowed:
        editor.set_fields(Task, task.id, "Set " + key.replace("_", " "), **{key: allowed})


def read_flag(value: object) -> bool:
    """Yes or No as typed (in English or the interface language), true/false, 1/0, on/off."""
    flag = choicewords.read_flag(value)
    if flag is None:
        raise TaskInputError(f'"{str(value).strip()[:40]}" is not Yes or No.')
    return flag
