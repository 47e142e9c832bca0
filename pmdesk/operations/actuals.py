"""Typing progress into a task: MS Project's rules linking its tracking fields.

% Complete, Actual Start, Actual Finish, Actual Duration, Remaining Duration, Actual Work and
Actual Cost each set the others the way MS Project does (Microsoft's field reference: "Actual
Finish field": entering it sets % Complete to 100 and moves the finish; "% Complete field":
it sets Actual Duration = Duration x % and Remaining Duration = the rest, and a started task
gets an Actual Start equal to its Start; "Actual Start field": the task's Start becomes it;
"Remaining Duration field": Duration = Actual Duration + Remaining Duration, % Complete
follows; "Actual Duration field": more than the Duration lengthens it and completes the task).

Here Duration x % Complete is the actual duration (the plan stores no separate field), so
the functions return the Task fields to set; one undo step per typed value. A value that
cannot be taken raises a TaskInputError with one sentence and the plan is unchanged.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any

from pmdesk.core.durationunits import read_duration
from pmdesk.core.entities import Task
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.result import Schedule, ScheduledTask
from pmdesk.operations.editor import PlanEditor
from pmdesk.operations.taskcalendar import working_calendar, working_edge
from pmdesk.operations.taskinput import TaskInputError, as_datetime, check_date_range
from pmdesk.operations.tasktypes import set_duration

ACTUAL_KEYS = (
    "percent",
    "actual_start",
    "actual_finish",
    "actual_duration",
    "remaining_duration",
    "actual_work",
    "actual_cost",
)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _scheduled(editor: PlanEditor, task: Task) -> ScheduledTask | None:
    # Document has a schedule; a plain editor (a test's, a script's) may not.
    schedule: Schedule | None = getattr(editor, "schedule", None)
    return schedule.tasks.get(task.id) if schedule is not None else None


def _start_of(editor: PlanEditor, task: Task) -> datetime:
    """Where the work began: the actual start, else the scheduled (or fixed) start."""
    if task.actual_start is not None:
        return task.actual_start
    scheduled = _scheduled(editor, task)
    if scheduled is not None:
        return scheduled.start
    return task.manual_start or editor.data.plan.start


def _moment(data: PlanData, task: Task, value: object, start: bool) -> datetime:
    moment = as_datetime(value)
    check_date_range(moment)
    if moment.time() == time():  # a day alone: the first or last working minute
        moment = working_edge(data, moment.date(), start=start, task=task)
    return moment


def _minutes(data: PlanData, value: object, what: str) -> int:
    plan = data.plan
    if str(value).strip().startswith("-"):
        raise TaskInputError(f"{what[0].upper()}{what[1:]} cannot be negative.")
    try:
        typed = read_duration(
            str(value).strip(), plan.minutes_per_day, plan.minutes_per_week, plan.days_per_month
        )
    except PmdeskError:
        raise TaskInputError(f'"{value}" is not a duration; write {what} like 2d or 4h.') from None
    if typed.minutes < 0:
        raise TaskInputError(f"{what[0].upper()}{what[1:]} cannot be negative.")
    return typed.minutes


def _percent(value: object) -> float:
    text = str(value).strip().rstrip("%").strip()
    try:
        percent = float(text)
    except ValueError:
        raise TaskInputError(
            f'"{value}" is not a percentage; write a number from 0 to 100.'
        ) from None
    if not math.isfinite(percent) or not 0 <= percent <= 100:
        raise TaskInputError("% complete must be between 0 and 100.")
    return percent


def _finish_after(data: PlanData, task: Task, start: datetime, minutes: int) -> datetime:
    calendar = working_calendar(data, task)
    if calendar is None or task.duration_elapsed:
        return start + timedelta(minutes=minutes)
    return calendar.add_working(start, minutes)


def _working(data: PlanData, task: Task, a: datetime, b: datetime) -> int:
    calendar = working_calendar(data, task)
    if calendar is None or task.duration_elapsed:
        return int((b - a).total_seconds() // 60)
    return calendar.working_between(a, b)


def percent_values(editor: PlanEditor, task: Task, percent: float) -> dict[str, Any]:
    """% Complete typed: actual start once started, actual finish at 100 %, none below."""
    values: dict[str, Any] = {"percent_complete": percent}
    if percent <= 0:
        # MS Project: back to 0 % the task is no longer started.
        values.update(actual_start=None, actual_finish=None)
        return values
    start = _start_of(editor, task)
    if task.actual_start is None:
        values["actual_start"] = start
    if percent >= 100:
        if task.actual_finish is None:
            scheduled = _scheduled(editor, task)
            values["actual_finish"] = (
                scheduled.finish
                if scheduled is not None
                else _finish_after(editor.data, task, start, task.duration)
            )
    elif task.actual_finish is not None:
        values["actual_finish"] = None
    return values


def check_actual_start(data: PlanData, task: Task, moment: datetime) -> None:
    status = data.plan.status_date
    if status is not None and moment > status:
        raise TaskInputError(
            f"An actual start cannot be after the status date ({status:%Y-%m-%d %H:%M})."
        )
    if task.actual_finish is not None and moment > task.actual_finish:
        raise TaskInputError(
            f"The actual start cannot be after the actual finish "
            f"({task.actual_finish:%Y-%m-%d %H:%M})."
        )


def actual_values(editor: PlanEditor, task: Task, key: str, value: object) -> dict[str, Any]:
    """The Task fields that typing ``value`` into field ``key`` sets (MS Project's rules)."""
    data = editor.data
    if key == "percent":
        return percent_values(editor, task, _percent(value))
    if key == "actual_start":
        if _blank(value):  # MS Project: NA here makes the task unstarted again
            return {"actual_start": None, "actual_finish": None, "percent_complete": 0.0}
        moment = _moment(data, task, value, start=True)
        check_actual_start(data, task, moment)
        return {"actual_start": moment}
    if key == "actual_finish":
        if _blank(value):
            return {"actual_finish": None}
        moment = _moment(data, task, value, start=False)
        start = _start_of(editor, task)
        if moment < start:
            raise TaskInputError(
                f"An actual finish cannot be before the actual start ({start:%Y-%m-%d %H:%M})."
            )
        values = {
            "actual_finish": moment,
            "percent_complete": 100.0,
            "duration": max(0, _working(data, task, start, moment)),
        }
        if task.actual_start is None:
            check_actual_start(data, task, start)
            values["actual_start"] = start
        return values
    if key == "actual_duration":
        done = _minutes(data, value, "an actual duration")
        if done >= task.duration:
            if done == 0:  # a milestone's actual duration of 0: no progress to record
                return percent_values(editor, task, 0.0)
            values = {"duration": done, **percent_values(editor, task, 100.0)}
            values["actual_finish"] = _finish_after(data, task, _start_of(editor, task), done)
            return values
        return percent_values(editor, task, 100.0 * done / task.duration)
    if key == "remaining_duration":
        left = _minutes(data, value, "a remaining duration")
        done = round(task.duration * min(100.0, task.percent_complete) / 100)
        total = done + left
        if total == 0:
            return {"duration": 0, **percent_values(editor, task, 0.0)}
        percent = 100.0 * done / total
        values = {"duration": total, **percent_values(editor, task, percent)}
        if percent >= 100 and task.actual_finish is None:
            values["actual_finish"] = _finish_after(data, task, _start_of(editor, task), total)
        return values
    if key == "actual_work":
        if _blank(value):
            return {"actual_work": None}
        work = _minutes(data, value, "actual work")
        values = {"actual_work": work}
        scheduled = _scheduled(editor, task)
        if scheduled is not None and scheduled.work > 0:
            # MS Project: actual work sets % work complete, and (task status follows
            # resource status) the task's % complete with it.
            values.update(percent_values(editor, task, min(100.0, 100.0 * work / scheduled.work)))
        elif work > 0 and task.actual_start is None:
            values["actual_start"] = _start_of(editor, task)
        return values
    if key == "actual_cost":
        if _blank(value):
            return {"actual_cost": None}  # calculated from % complete again
        text = str(value).strip().replace(",", "")
        try:
            cost = float(text)
        except ValueError:
            raise TaskInputError(f'"{value}" is not an amount; type a cost like 1200.') from None
        if not math.isfinite(cost) or not 0 <= cost <= 1e12:
            raise TaskInputError("An actual cost must be between 0 and 1,000,000,000,000.")
        return {"actual_cost": cost}
    raise TaskInputError("This column is calculated and cannot be typed into.")


_STEP_NAMES = {
    "percent": "Set % complete",
    "actual_start": "Set actual start",
    "actual_finish": "Set actual finish",
    "actual_duration": "Set actual duration",
    "remaining_duration": "Set remaining duration",
    "actual_work": "Set actual work",
    "actual_cost": "Set actual cost",
}


def apply_actual(editor: PlanEditor, task: Task, key: str, value: object) -> None:
    """Apply a value typed into tracking field ``key`` of ``task`` as one undo step."""
    values = actual_values(editor, task, key, value)
    changed = {name: v for name, v in values.items() if getattr(task, name) != v}
    if "duration" in changed:  # the work or units follow, by the task's type
        set_duration(editor, task, changed, _STEP_NAMES[key])
    elif changed:
        editor.set_fields(Task, task.id, _STEP_NAMES[key], **changed)


def planned_updates(
    editor: PlanEditor, task_ids: Iterable[int], entries: list[tuple[str, object]]
) -> list[tuple[int, dict[str, Any]]]:
    """The changes Task > Update Tasks would make: the filled-in fields, in order, on each
    selected task (each field's rule sees the fields set before it, as MS Project applies
    % complete, then actual and remaining duration, then the dates). Raises TaskInputError
    for the first value refused; changes nothing."""
    data = editor.data
    planned: list[tuple[int, dict[str, Any]]] = []
    for task_id in task_ids:
        task = data.tasks[task_id]
        probe = replace(task)
        values: dict[str, Any] = {}
        for key, value in entries:
            step = actual_values(editor, probe, key, value)
            for name, v in step.items():
                setattr(probe, name, v)
            values.update(step)
        changed = {name: v for name, v in values.items() if getattr(task, name) != v}
        if changed:
            planned.append((task_id, changed))
    return planned


def update_tasks(
    editor: PlanEditor, task_ids: Iterable[int], entries: list[tuple[str, object]]
) -> int:
    """Task > Update Tasks as one undo step for all selected tasks; returns tasks changed.
    A refused value raises before anything changes."""
    planned = planned_updates(editor, task_ids, entries)
    if planned:
        with editor.macro("Update tasks"):
            for task_id, changed in planned:
                if "duration" in changed:  # the work or units follow the task's type
                    set_duration(editor, editor.data.tasks[task_id], changed, "Update tasks")
                else:
                    editor.set_fields(Task, task_id, "Update tasks", **changed)
    return len(planned)
