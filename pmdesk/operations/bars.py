"""What a bar dragged in the chart means for the plan: a move (a constraint, or new manual
dates) and a resize (a duration). The same rules as typing: durations are working time on the
task's own calendar (the one the engine schedules it on), one duration cap, and a manual task's
finish follows its duration either way."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pmdesk.core.scheduling.result import Schedule
from datetime import datetime, timedelta

from pmdesk.core.entities import ConstraintType, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.operations.durationrules import check_duration, duration_values
from pmdesk.operations.editor import PlanEditor
from pmdesk.operations.outline import Outline
from pmdesk.operations.taskcalendar import working_calendar
from pmdesk.operations.tasktypes import set_duration


def resize_bar(editor: PlanEditor, task_id: int, start: datetime, finish: datetime) -> None:
    """The bar's end dropped at ``finish``: the duration becomes the working time from the
    bar's start to there on the task's calendar (wall-clock time for an elapsed duration)."""
    data = editor.data
    task = data.tasks[task_id]
    calendar = working_calendar(data, task)
    if task.duration_elapsed or calendar is None:
        minutes = int((finish - start).total_seconds() // 60)
    else:
        minutes = calendar.working_between(start, finish)
    if minutes <= 0:
        raise PmdeskError("Drag the end further right: a task needs some working time.")
    check_duration(data, minutes)
    values = duration_values(task, minutes, task.duration_elapsed)
    if task.milestone or any(getattr(task, name) != value for name, value in values.items()):
        # The same task-type rule as a typed duration: work or units follow.
        set_duration(editor, task, values, "Change duration")


def move_bar(
    editor: PlanEditor, task_id: int, start: datetime, delta: timedelta, text: str = "Move task"
) -> None:
    """A bar moved to ``start`` (by ``delta``): an automatic task gets "start no earlier than"
    there, as MS Project does; a manual task gets its dates moved."""
    task = editor.data.tasks[task_id]
    if task.manual:
        values: dict[str, Any] = {"manual_start": start}
        if task.manual_finish is not None:
            values["manual_finish"] = task.manual_finish + delta
        editor.set_fields(Task, task.id, text, **values)
    else:
        editor.set_fields(
            Task, task.id, text, constraint_type=ConstraintType.SNET, constraint_date=start
        )


def move_summary(
    editor: PlanEditor, outline: Outline, schedule: Schedule, task_id: int, delta: timedelta
) -> None:
    """A summary's dates come from its subtasks: moving it moves every subtask by the same
    amount (each gets its own constraint), as MS Project does. One undo step."""
    leaves = []
    stack = list(outline.child_ids(task_id))
    while stack:
        child = stack.pop()
        kids = outline.child_ids(child)
        if kids:
            stack.extend(kids)
        elif schedule is not None and child in schedule.tasks:
            leaves.append(child)
    with editor.macro("Move summary task"):
        for leaf in leaves:
            move_bar(editor, leaf, schedule.tasks[leaf].start + delta, delta, "Move summary task")
