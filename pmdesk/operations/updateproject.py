"""Project > Update Project (as MS Project's), for the whole plan or the selected tasks.

"Update work as complete through DATE" (Microsoft's "Update Project dialog box" help):
tasks scheduled to finish by the date become 100 % complete with their scheduled dates as
actual dates; tasks scheduled across it get the % complete of their working time before it
("Set 0 % - 100 % complete") or stay at 0 % ("Set 0 % or 100 % complete only"); tasks that
start after it are left alone. Progress already recorded is never lowered.

"Reschedule uncompleted work to start after DATE": a task in progress is split where its
completed work ends, so its remaining work resumes at the date; a task not started and
scheduled before the date gets a Start No Earlier Than constraint on the date, as MS
Project sets one. Finished tasks and tasks starting after the date are left alone.

Each is one undo step; a date outside the plan's range is one sentence, plan unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from pmdesk.core.entities import ConstraintType, Task
from pmdesk.core.scheduling.result import Schedule
from pmdesk.core.translation import translate
from pmdesk.operations.editor import PlanEditor
from pmdesk.operations.taskcalendar import working_calendar
from pmdesk.operations.taskinput import TaskInputError, check_date_range


def _targets(editor: PlanEditor, task_ids: Iterable[int] | None) -> list[Task]:
    """The leaf tasks to update (a summary stands for its subtasks)."""
    data = editor.data
    parents = {t.parent_id for t in data.tasks.values() if t.parent_id is not None}
    chosen: set[int]
    if task_ids is None:
        chosen = set(data.tasks)
    else:
        chosen = set()
        stack = list(task_ids)
        children: dict[int | None, list[int]] = {}
        for task in data.tasks.values():
            children.setdefault(task.parent_id, []).append(task.id)
        while stack:
            task_id = stack.pop()
            if task_id in chosen or task_id not in data.tasks:
                continue
            chosen.add(task_id)
            stack.extend(children.get(task_id, ()))
    return [data.tasks[t] for t in sorted(chosen) if t not in parents]


def _schedule(editor: PlanEditor) -> Schedule:
    # Document has a schedule; a plain editor (a test's, a script's) may not.
    schedule: Schedule | None = getattr(editor, "schedule", None)
    if schedule is None:
        raise TaskInputError(
            "The plan has no schedule to update; fix the problem the Gantt shows first."
        )
    return schedule


def _check(editor: PlanEditor, moment: datetime) -> None:
    check_date_range(moment)
    if moment < editor.data.plan.start:
        raise TaskInputError(
            translate("UpdateProject", "The date cannot be before the project start.")
        )


def work_complete_changes(
    editor: PlanEditor,
    through: datetime,
    task_ids: Iterable[int] | None = None,
    all_or_nothing: bool = False,
) -> list[tuple[int, dict[str, Any]]]:
    """The fields "update work as complete through" sets, per task (nothing applied)."""
    _check(editor, through)
    schedule = _schedule(editor)
    changes: list[tuple[int, dict[str, Any]]] = []
    for task in _targets(editor, task_ids):
        row = schedule.tasks.get(task.id)
        if row is None or row.start >= through or task.percent_complete >= 100:
            continue
        values: dict[str, Any] = {}
        if row.finish <= through:
            values = {"percent_complete": 100.0, "actual_finish": row.finish}
            if task.actual_start is None:
                values["actual_start"] = row.start
        elif not all_or_nothing:
            calendar = working_calendar(editor.data, task)
            # working minutes, or elapsed seconds (floats) on an elapsed or unusable calendar
            span: float = calendar.working_between(row.start, row.finish) if calendar else 0
            done: float = calendar.working_between(row.start, through) if calendar else 0
            if task.duration_elapsed or calendar is None:
                span = (row.finish - row.start).total_seconds()
                done = (through - row.start).total_seconds()
            percent = round(100.0 * done / span, 0) if span > 0 else 0.0
            percent = min(99.0, percent)  # not finished before its scheduled finish
            if percent > task.percent_complete:
                values = {"percent_complete": percent}
                if task.actual_start is None:
                    values["actual_start"] = row.start
        if values:
            changes.append((task.id, values))
    return changes


def reschedule_changes(
    editor: PlanEditor, after: datetime, task_ids: Iterable[int] | None = None
) -> list[tuple[int, dict[str, Any]]]:
    """The fields "reschedule uncompleted work to start after" sets, per task."""
    _check(editor, after)
    schedule = _schedule(editor)
    changes: list[tuple[int, dict[str, Any]]] = []
    for task in _targets(editor, task_ids):
        row = schedule.tasks.get(task.id)
        if row is None or task.percent_complete >= 100 or task.actual_finish is not None:
            continue
        if task.percent_complete <= 0 and task.actual_start is None:
            if row.start < after:
                changes.append(
                    (task.id, {"constraint_type": ConstraintType.SNET, "constraint_date": after})
                )
            continue
        calendar = working_calendar(editor.data, task)
        if calendar is None or task.duration_elapsed:
            continue  # elapsed time runs on: there is no working gap to put in it
        done = round(task.duration * task.percent_complete / 100)
        if not 0 < done < task.duration:
            continue  # started without work done: its actual start stays, nothing to split
        start = task.actual_start or row.start
        gaps_before = sum(max(0, g) for o, g in task.splits if 0 < o < done)
        completed_end = calendar.add_working(start, done + gaps_before)
        resume = calendar.next_working(after)
        gap = calendar.working_between(completed_end, resume)
        existing = dict((o, g) for o, g in task.splits)
        current = existing.get(done, 0)
        if gap <= current:
            continue  # its remaining work already resumes after the date
        existing[done] = gap
        changes.append((task.id, {"splits": sorted(existing.items())}))
    return changes


def _apply(editor: PlanEditor, changes: list[tuple[int, dict[str, Any]]], text: str) -> int:
    if changes:
        with editor.macro(text):
            for task_id, values in changes:
                editor.set_fields(Task, task_id, text, **values)
    return len(changes)


def update_work_complete(
    editor: PlanEditor,
    through: datetime,
    task_ids: Iterable[int] | None = None,
    all_or_nothing: bool = False,
) -> int:
    """Apply "update work as complete through" as one undo step; returns tasks changed."""
    return _apply(
        editor, work_complete_changes(editor, through, task_ids, all_or_nothing), "Update project"
    )


def reschedule_uncompleted(
    editor: PlanEditor, after: datetime, task_ids: Iterable[int] | None = None
) -> int:
    """Apply "reschedule uncompleted work to start after" as one undo step."""
    return _apply(
        editor, reschedule_changes(editor, after, task_ids), "Reschedule uncompleted work"
    )
