"""Edits typed into the task table (or the task dialog) turned into undoable Document commands.

Each function reads a person's text, refuses what it cannot read with a TaskInputError (one
sentence), and changes the plan only through the Document API: one undo step per edit.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from pmdesk.core.entities import Assignment, ConstraintType, LagKind, Resource, Task
from pmdesk.core.scheduling.durations import parse_duration
from pmdesk.models.links import apply_predecessor_specs, parse_predecessors
from pmdesk.models.taskinput import TaskInputError, as_datetime, parse_resource_names

if TYPE_CHECKING:
    from pmdesk.models.tasktree import TaskTreeModel

# Far beyond any plan, and within the 50 years the calendar searches for working time (past
# that, an edit would be refused with a sentence about the calendar). Lags share the cap.
MAX_DURATION_DAYS = 10_000


def apply_cell(model: TaskTreeModel, task: Task, key: str, value) -> None:
    """Apply the text (or editor value) typed into column ``key`` of ``task``'s row."""
    doc = model.document
    if key == "name":
        name = str(value).strip()
        if not name:
            raise TaskInputError("A task needs a name; type one or press Escape.")
        if name != task.name:
            doc.set_fields(Task, task.id, "Rename task", name=name)
    elif key == "duration":
        apply_duration(model, task, str(value))
    elif key in ("start", "finish"):
        apply_date(model, task, key, as_datetime(value))
    elif key == "percent":
        text = str(value).strip().rstrip("%").strip()
        try:
            percent = float(text)
        except ValueError:
            raise TaskInputError(f'"{value}" is not a percentage; write a number from 0 to 100.') from None
        if not 0 <= percent <= 100:
            raise TaskInputError("% complete must be between 0 and 100.")
        doc.set_fields(Task, task.id, "Set % complete", percent_complete=percent)
    elif key == "predecessors":
        apply_predecessors(model, task, str(value))
    elif key == "resources":
        apply_resources(model, task, str(value))


def apply_duration(model: TaskTreeModel, task: Task, text: str) -> None:
    per_day, per_week, per_month = model.calendar_units()
    minutes, elapsed = parse_duration(text.strip(), per_day, per_week, per_month)
    if minutes < 0:
        raise TaskInputError("A duration cannot be negative.")
    if minutes > MAX_DURATION_DAYS * per_day:
        raise TaskInputError(f"A duration can be at most {MAX_DURATION_DAYS:,} days.")
    values: dict = {"duration": int(minutes), "duration_elapsed": elapsed}
    # MS Project: a zero duration makes a milestone, a non-zero one makes it a task again.
    values["milestone"] = minutes == 0
    if task.manual and task.manual_start is not None:
        values["manual_finish"] = None
    model.document.set_fields(Task, task.id, "Set duration", **values)


def apply_date(model: TaskTreeModel, task: Task, key: str, moment: datetime) -> None:
    if moment.time() == time():
        moment = working_edge(model.document.data, moment.date(), start=key == "start")
    if task.manual:
        field = "manual_start" if key == "start" else "manual_finish"
        model.document.set_fields(Task, task.id, f"Set {key}", **{field: moment})
        return
    # MS Project: typing a start sets "start no earlier than", a finish "finish no earlier than".
    constraint = ConstraintType.SNET if key == "start" else ConstraintType.FNET
    model.document.set_fields(
        Task, task.id, f"Set {key}", constraint_type=constraint, constraint_date=moment
    )


def working_edge(data, day: date, start: bool) -> datetime:
    """The start (or end) of the working day ``day`` on the plan's calendar; 08:00/17:00."""
    calendar = data.calendars.get(data.plan.default_calendar_id or -1)
    intervals = calendar.week.get(day.weekday()) if calendar is not None else None
    if intervals:
        minutes = intervals[0][0] if start else intervals[-1][1]
    else:
        minutes = 8 * 60 if start else 17 * 60
    return datetime.combine(day, time()) + timedelta(minutes=minutes)


def apply_predecessors(model: TaskTreeModel, task: Task, text: str) -> None:
    per_day, per_week, per_month = model.calendar_units()
    specs = parse_predecessors(text, model.task_for_number, task.id, per_day, per_week, per_month)
    for spec in specs:
        if spec.lag_kind is LagKind.PERCENT and abs(spec.lag) > 100 * MAX_DURATION_DAYS:
            raise TaskInputError(f"A lag can be at most {100 * MAX_DURATION_DAYS:,}% of the "
                                 "predecessor's duration.")
        if spec.lag_kind is not LagKind.PERCENT and abs(spec.lag) > MAX_DURATION_DAYS * per_day:
            raise TaskInputError(f"A lag can be at most {MAX_DURATION_DAYS:,} days.")
    apply_predecessor_specs(model.document, task.id, model.links.predecessors(task.id), specs)


def apply_resources(model: TaskTreeModel, task: Task, text: str) -> None:
    wanted = parse_resource_names(text)
    data = model.document.data
    by_name = {r.name.lower(): r for r in data.resources.values()}
    current = {a.resource_id: a for a in model.assignments_of(task.id)}
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
    removed = [(Assignment, a.id) for rid, a in current.items() if rid not in wanted_ids]
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
    with model.document.macro("Assign resources"):
        if new_resources:
            model.document.add_entities(new_resources, "Add resources")
        if removed:
            model.document.remove_entities(removed, "Remove assignments")
        for assignment_id, units in changed:
            model.document.set_fields(Assignment, assignment_id, "Change units", units=units)
        if added:
            model.document.add_entities(added, "Add assignments")
