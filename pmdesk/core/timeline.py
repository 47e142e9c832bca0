"""Which tasks the executive timeline shows and where they go: the plan's milestones and
top-level summary tasks by default, or the tasks flagged "show on timeline" (as MS Project's
Timeline view has its per-task "Display on Timeline" flag)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmdesk.core.plandata import PlanData

if TYPE_CHECKING:
    from pmdesk.core.scheduling.result import Schedule
from dataclasses import dataclass
from datetime import datetime

from pmdesk.core.entities import Task


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    task_id: int
    name: str
    start: datetime
    finish: datetime
    milestone: bool
    critical: bool


def shows_on_timeline(task: Task, summary: bool) -> bool:
    """The task's own flag, else: a milestone, or a summary task at the top of the outline."""
    if task.show_on_timeline is not None:
        return task.show_on_timeline
    return task.milestone or (summary and task.parent_id is None)


def timeline_entries(data: PlanData, schedule: Schedule | None) -> list[TimelineEntry]:
    """The scheduled tasks the timeline shows, by start then finish (milestones of a day
    after the bars that start that day)."""
    if schedule is None:
        return []
    parents = {t.parent_id for t in data.tasks.values() if t.parent_id is not None}
    entries = []
    for task in data.tasks.values():
        scheduled = schedule.tasks.get(task.id)
        if scheduled is None or scheduled.start is None or scheduled.finish is None:
            continue
        summary = task.id in parents
        if not shows_on_timeline(task, summary):
            continue
        milestone = bool(scheduled.milestone) and not summary
        entries.append(
            TimelineEntry(
                task.id,
                task.name,
                scheduled.start,
                scheduled.finish,
                milestone,
                bool(scheduled.critical),
            )
        )
    entries.sort(key=lambda e: (e.start, e.milestone, e.finish, e.task_id))
    return entries
