"""Edits of a task's duration, work and units (typed in the table, the task dialog or the
assignments pane, or a bar dragged) and of its resources, by the task's type and its
effort-driven setting (the rules and their sources are in core/scheduling/tasktypes.py).

Each edit reads the task and its work assignments as a Triangle, applies the rule, and writes
the task's duration and every assignment's units and work that changed as one undo step.
An assignment whose work is its duration x units keeps ``work`` None, as before.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any, NoReturn

from pmdesk.core.durationunits import read_duration
from pmdesk.core.entities import Assignment, ResourceType, Task, TaskType
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import tasktypes as rules
from pmdesk.core.scheduling.tasktypes import Part, Triangle
from pmdesk.core.translation import QT_TRANSLATE_NOOP
from pmdesk.operations.choicewords import read_choice
from pmdesk.operations.editor import PlanEditor
from pmdesk.operations.taskinput import TaskInputError

# Far beyond any plan (as the duration cap): 10,000 days of 8 hours at 1000 %.
MAX_WORK_MINUTES = 10_000 * 480 * 10
MAX_UNITS = 1000.0  # 100000 %, the resource sheet's cap

TASK_TYPE_NAMES = {  # shown in the interface language (operations/choicewords.py)
    TaskType.FIXED_UNITS: QT_TRANSLATE_NOOP("TaskFields", "Fixed Units"),
    TaskType.FIXED_DURATION: QT_TRANSLATE_NOOP("TaskFields", "Fixed Duration"),
    TaskType.FIXED_WORK: QT_TRANSLATE_NOOP("TaskFields", "Fixed Work"),
}
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def work_assignments(data: PlanData, task_id: int) -> list[Assignment]:
    """The task's assignments of work resources (the ones the triangle is about)."""
    resources = data.resources
    return [
        a
        for a in data.assignments.values()
        if a.task_id == task_id
        and a.resource_id in resources
        and resources[a.resource_id].type == ResourceType.WORK
    ]


def triangle_of(data: PlanData, task: Task) -> Triangle:
    parts: dict[int, Part] = {}
    for assignment in work_assignments(data, task.id):
        work = assignment.work if assignment.work is not None else task.duration * assignment.units
        parts[assignment.id] = Part(assignment.units, float(work))
    return Triangle(float(task.duration), parts)


def _fail(exc: PmdeskError) -> NoReturn:
    raise TaskInputError(str(exc)) from None


def _write(
    editor: PlanEditor,
    task: Task,
    after: Triangle,
    text: str,
    task_values: dict[str, Any] | None = None,
) -> None:
    """Write the triangle's duration and assignments (only what changed) as one step."""
    data = editor.data
    values = dict(task_values or {})
    minutes = int(round(after.duration))
    if minutes != task.duration and "duration" not in values:
        from pmdesk.operations.durationrules import check_duration, duration_values

        check_duration(data, minutes)
        values.update(duration_values(task, minutes, task.duration_elapsed))
    duration = values.get("duration", task.duration)
    changes: list[tuple[int, dict[str, float | None]]] = []
    for key, part in after.parts.items():
        assignment = data.assignments[key]
        if not math.isfinite(part.work) or not 0 <= part.work <= MAX_WORK_MINUTES:
            raise TaskInputError("The work would be beyond 10,000 days; the plan is unchanged.")
        if not math.isfinite(part.units) or not 0 < part.units <= MAX_UNITS:
            raise TaskInputError("The units would be beyond 100000%; the plan is unchanged.")
        work = int(round(part.work))
        stored = None if abs(work - duration * part.units) < 1 else work
        fields: dict[str, float | None] = {}
        if abs(part.units - assignment.units) > 1e-9:
            fields["units"] = part.units
        if stored != assignment.work:
            fields["work"] = stored
        if fields:
            changes.append((key, fields))
    if not values and not changes:
        return
    with editor.macro(text):
        if values:
            editor.set_fields(Task, task.id, text, **values)
        for key, fields in changes:
            editor.set_fields(Assignment, key, text, **fields)


def set_duration(editor: PlanEditor, task: Task, values: dict[str, Any], text: str) -> None:
    """A new duration (``values`` from taskcells.duration_values, plus its unit): the task's
    type says whether its work or its units follow."""
    before = triangle_of(editor.data, task)
    if not before.parts or task.duration_elapsed or values.get("duration_elapsed"):
        editor.set_fields(Task, task.id, text, **values)
        return
    try:
        after = rules.edit_duration(before, TaskType(task.task_type), values["duration"])
    except PmdeskError as exc:
        _fail(exc)
    _write(editor, task, after, text, values)


def read_work(text: object, data: PlanData) -> int:
    """Work typed as MS Project reads it: a bare number is hours; "3d", "2w" use the plan's
    hours per day and week. Returns working minutes."""
    raw = str(text).strip()
    if _NUMBER.match(raw):
        raw += "h"
    plan = data.plan
    try:
        typed = read_duration(raw, plan.minutes_per_day, plan.minutes_per_week, plan.days_per_month)
    except PmdeskError:
        raise TaskInputError(
            f'"{str(text).strip()[:40]}" is not work; type hours like 40h or days like 5d.'
        ) from None
    if typed.elapsed:
        raise TaskInputError("Work is working time; type it without the e (40h, not 40eh).")
    if typed.minutes > MAX_WORK_MINUTES:
        raise TaskInputError("Work can be at most 800,000 hours.")
    return typed.minutes


def read_units(text: object) -> float:
    """Units typed as a percentage ("50%", "50"; MS Project reads a bare number as percent)."""
    cleaned = str(text).strip().rstrip("%").strip()
    if not _NUMBER.match(cleaned):
        raise TaskInputError(
            f'"{str(text).strip()[:40]}" is not a percentage; type units like 100% or 50%.'
        )
    value = float(cleaned.replace(",", "."))
    if not math.isfinite(value) or value <= 0:
        raise TaskInputError("Units must be more than 0%.")
    if value > MAX_UNITS * 100:
        raise TaskInputError("Units cannot be more than 100000%.")
    return value / 100


def set_task_work(editor: PlanEditor, task: Task, text: object) -> None:
    minutes = read_work(text, editor.data) if not isinstance(text, int) else text
    if minutes == 0 and not work_assignments(editor.data, task.id):
        return  # no work on a task without resources: nothing to change (a pasted "0 hrs")
    try:
        after = rules.edit_work(triangle_of(editor.data, task), TaskType(task.task_type), minutes)
    except PmdeskError as exc:
        _fail(exc)
    _write(editor, task, after, "Set work")


def set_task_units(editor: PlanEditor, task: Task, text: object) -> None:
    units = read_units(text) if not isinstance(text, float) else text
    try:
        after = rules.scale_units(triangle_of(editor.data, task), TaskType(task.task_type), units)
    except PmdeskError as exc:
        _fail(exc)
    _write(editor, task, after, "Set units")


def set_assignment_units(
    editor: PlanEditor, assignment: Assignment, units: float, text: str = "Change units"
) -> None:
    task = editor.data.tasks[assignment.task_id]
    resource = editor.data.resources.get(assignment.resource_id)
    if resource is None or resource.type != ResourceType.WORK:
        editor.set_fields(Assignment, assignment.id, text, units=units)  # a quantity
        return
    try:
        after = rules.edit_units(
            triangle_of(editor.data, task), TaskType(task.task_type), assignment.id, units
        )
    except PmdeskError as exc:
        _fail(exc)
    _write(editor, task, after, text)


def set_assignment_work(
    editor: PlanEditor, assignment: Assignment, minutes: int, text: str = "Change work"
) -> None:
    """One assignment's work typed: fixed duration recalculates its units, the other types
    its span (and so perhaps the task's duration)."""
    task = editor.data.tasks[assignment.task_id]
    try:
        after = rules.edit_assignment_work(
            triangle_of(editor.data, task), TaskType(task.task_type), assignment.id, minutes
        )
    except PmdeskError as exc:
        _fail(exc)
    _write(editor, task, after, text)


def staff_task(
    editor: PlanEditor,
    task: Task,
    removed: Iterable[int],
    added: list[Assignment],
    changed: list[tuple[int, float]],
    text: str,
) -> None:
    """Assignments removed (ids), added and re-united at once, as one step: work resources
    follow the effort-driven rule; the rest are added and removed as they are."""
    data = editor.data
    task_type = TaskType(task.task_type)
    removed = list(removed)
    work_ids = {a.id for a in work_assignments(data, task.id)}
    is_work = {
        a.id: data.resources.get(a.resource_id) is not None
        and data.resources[a.resource_id].type == ResourceType.WORK
        for a in added
    }
    tri = triangle_of(data, task)
    try:
        tri = rules.remove_resources(
            tri, task_type, task.effort_driven, [k for k in removed if k in work_ids]
        )
        tri = rules.add_resources(
            tri, task_type, task.effort_driven, {a.id: a.units for a in added if is_work[a.id]}
        )
        for key, units in changed:
            if key in tri.parts:
                tri = rules.edit_units(tri, task_type, key, units)
    except PmdeskError as exc:
        _fail(exc)
    with editor.macro(text):
        if removed:
            editor.remove_entities([(Assignment, k) for k in removed], "Remove assignments")
        if added:
            editor.add_entities(added, "Add assignments")
        for key, units in changed:
            if key not in tri.parts:
                editor.set_fields(Assignment, key, text, units=units)
        _write(editor, data.tasks[task.id], tri, text)


def set_task_type(
    editor: PlanEditor,
    task: Task,
    task_type: TaskType | None = None,
    effort_driven: bool | None = None,
) -> None:
    """MS Project: a fixed-work task is always effort-driven."""
    values: dict[str, Any] = {}
    kind = TaskType(task_type if task_type is not None else task.task_type)
    if task_type is not None and kind != task.task_type:
        values["task_type"] = kind
    driven = task.effort_driven if effort_driven is None else bool(effort_driven)
    if kind == TaskType.FIXED_WORK:
        if effort_driven is False:
            raise TaskInputError("A fixed-work task is always effort-driven.")
        driven = True
    if driven != task.effort_driven:
        values["effort_driven"] = driven
    if values:
        editor.set_fields(Task, task.id, "Set task type", **values)


def read_task_type(text: object) -> TaskType:
    found = read_choice(text, TASK_TYPE_NAMES)
    if found is not None:
        return found
    cleaned = str(text).strip().casefold().replace("_", " ")
    for kind in TASK_TYPE_NAMES:
        if cleaned == kind.value.replace("_", " "):
            return kind
    raise TaskInputError(
        f'"{str(text).strip()[:40]}" is not a task type; choose Fixed Units, '
        "Fixed Duration or Fixed Work."
    )
