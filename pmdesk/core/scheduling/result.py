"""What a scheduling run produces: per-task dates and float, project dates, conflicts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime


@dataclass(slots=True)
class ScheduledTask:
    """Derived values of one task. Floats and durations are in working minutes."""

    id: int
    wbs: str
    start: datetime
    finish: datetime
    early_start: datetime
    early_finish: datetime
    late_start: datetime
    late_finish: datetime
    total_float: int
    free_float: int
    critical: bool
    summary: bool
    milestone: bool
    duration: int
    work: int = 0
    cost: float = 0.0
    percent_complete: float = 0.0
    # A split bar's worked stretches, (start, finish) each, in order; empty for one bar.
    segments: tuple[tuple[datetime, datetime], ...] = ()


class Schedule:
    """The result of one run.

    ``tasks`` maps task id -> ScheduledTask in WBS order (read-only; each entry is built the
    first time it is looked up). ``conflicts`` are sentences about constraints, deadlines and
    fixed dates the links cannot meet; ``critical_path`` lists the critical leaf tasks by start.
    A Schedule describes the plan as it was scheduled: look entries up before editing again.
    """

    __slots__ = ("tasks", "project_start", "project_finish", "conflicts", "_critical")

    def __init__(
        self,
        tasks: Mapping[int, ScheduledTask],
        project_start: datetime,
        project_finish: datetime,
        conflicts: list[str],
        critical_path: Callable[[], list[int]] | list[int] | tuple[()] = (),
    ) -> None:
        self.tasks = tasks
        self.project_start = project_start
        self.project_finish = project_finish
        self.conflicts = conflicts
        self._critical = critical_path

    @property
    def critical_path(self) -> list[int]:
        if callable(self._critical):
            self._critical = self._critical()
        return list(self._critical)

    def get(self, task_id: int) -> ScheduledTask | None:
        return self.tasks.get(task_id)
