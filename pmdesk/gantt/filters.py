"""Task filters of the Gantt editor, as MS Project offers them, over plan and schedule.

A filter says which tasks match; the editor shows those and the summaries above them
(so every shown row keeps its place in the outline).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pmdesk.core.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pmdesk.core.scheduling.result import ScheduledTask
    from pmdesk.document import Document
    from pmdesk.models.tasktree import TaskTreeModel

ALL = QT_TRANSLATE_NOOP("GanttFilters", "All tasks")
CRITICAL = QT_TRANSLATE_NOOP("GanttFilters", "Critical")
MILESTONES = QT_TRANSLATE_NOOP("GanttFilters", "Milestones")
INCOMPLETE = QT_TRANSLATE_NOOP("GanttFilters", "Incomplete")
# MS Project's "Late Tasks": behind at the status date (core/tracking.py); its "Slipping
# Tasks": finishing after the baseline finish (here also after the deadline).
LATE = QT_TRANSLATE_NOOP("GanttFilters", "Late")
SLIPPING = QT_TRANSLATE_NOOP("GanttFilters", "Slipping")
FILTERS = (ALL, CRITICAL, MILESTONES, INCOMPLETE, LATE, SLIPPING)


def predicate(
    name: str,
    document: Document,
    model: TaskTreeModel,
    resource_id: int | None = None,
    text: str = "",
) -> Callable[[int], bool] | None:
    """A task id -> bool test for filter ``name`` (plus resource and name search), or None
    when everything matches."""
    schedule = document.schedule
    tasks = document.data.tasks
    needle = text.strip().lower()
    tests: list[Callable[[int], bool]] = []

    def scheduled(task_id: int) -> ScheduledTask | None:
        return schedule.tasks.get(task_id) if schedule is not None else None

    if name == CRITICAL:
        tests.append(lambda t: bool((s := scheduled(t)) and s.critical) and not model.is_summary(t))
    elif name == MILESTONES:
        tests.append(lambda t: bool((s := scheduled(t)) and s.milestone) or tasks[t].milestone)
    elif name == INCOMPLETE:
        tests.append(lambda t: not model.is_summary(t) and tasks[t].percent_complete < 100)
    elif name == LATE:
        late_ids = model.late_ids()
        tests.append(lambda t: t in late_ids)
    elif name == SLIPPING:

        def late(task_id: int) -> bool:
            s = scheduled(task_id)
            if s is None or model.is_summary(task_id):
                return False
            deadline = tasks[task_id].deadline
            baseline = model.baseline_of(task_id)
            return bool(
                (deadline is not None and s.finish > deadline)
                or (
                    baseline is not None
                    and baseline.finish is not None
                    and s.finish > baseline.finish
                )
            )

        tests.append(late)
    if resource_id is not None:
        tests.append(lambda t: any(a.resource_id == resource_id for a in model.assignments_of(t)))
    if needle:
        tests.append(lambda t: needle in tasks[t].name.lower())
    if not tests:
        return None
    return lambda task_id: all(test(task_id) for test in tests)


def shown_tasks(model: TaskTreeModel, test: Callable[[int], bool] | None) -> set[int] | None:
    """The matching tasks and their summaries, or None for "all"."""
    if test is None:
        return None
    shown: set[int] = set()
    for task_id in model.order:
        if test(task_id):
            shown.add(task_id)
            parent = model.parent_of(task_id)
            while parent is not None and parent not in shown:
                shown.add(parent)
                parent = model.parent_of(parent)
    return shown
