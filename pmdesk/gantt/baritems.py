"""BarItems for the chart, made on demand from the plan, its schedule and the task table model.

Only the rows being painted need items, so they are made lazily and cached until the next
change or reschedule: opening or editing a 10,000-task plan does not build 10,000 of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from pmdesk.gantt.barpainter import BarItem
from pmdesk.models.tasktree import TaskTreeModel

if TYPE_CHECKING:
    from pmdesk.document import Document


class BarItems:
    def __init__(self, document: Document, model: TaskTreeModel) -> None:
        self.document = document
        self.model = model
        self._cache: dict[int, BarItem | None] = {}
        self.overrides: dict[int, BarItem] = {}  # previews of a drag in progress

    def invalidate(self, *_args: object) -> None:
        self._cache = {}

    def keep_only(self, task_ids: Iterable[int]) -> dict[int, BarItem | None]:
        """Forget every bar but those of ``task_ids`` (rows a reschedule left as they were);
        returns the bars as they were before."""
        cache = self._cache
        self._cache = {t: cache[t] for t in task_ids if t in cache}
        return cache

    def __call__(self, task_id: int) -> BarItem | None:
        override = self.overrides.get(task_id)
        if override is not None:
            return override
        try:
            return self._cache[task_id]
        except KeyError:
            item = self._cache[task_id] = self._make(task_id)
            return item

    def _make(self, task_id: int) -> BarItem | None:
        schedule = self.document.schedule
        task = self.document.data.tasks.get(task_id)
        if schedule is None or task is None:
            return None
        scheduled = schedule.tasks.get(task_id)
        if scheduled is None or scheduled.start is None or scheduled.finish is None:
            return None
        model = self.model
        baseline = model.baseline_of(task_id)
        return BarItem(
            task_id=task_id,
            start=scheduled.start,
            finish=scheduled.finish,
            name=task.name,
            resources=model.resource_text(task_id),
            summary=model.is_summary(task_id),
            milestone=bool(scheduled.milestone) and not model.is_summary(task_id),
            critical=bool(scheduled.critical),
            manual=task.manual,
            percent_complete=float(scheduled.percent_complete or 0.0),
            baseline_start=baseline.start if baseline else None,
            baseline_finish=baseline.finish if baseline else None,
            deadline=task.deadline,
            constraint_type=task.constraint_type,
            constraint_date=task.constraint_date,
            color=task.color,
            segments=scheduled.segments,
        )
