"""What a scheduling run produces: per-task dates and float, project dates, conflicts."""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass(slots=True)
class Schedule:
    tasks: dict[int, ScheduledTask] = field(default_factory=dict)
    project_start: datetime | None = None
    project_finish: datetime | None = None
    conflicts: list[str] = field(default_factory=list)
    critical_path: list[int] = field(default_factory=list)  # critical leaf tasks by start

    def get(self, task_id: int) -> ScheduledTask | None:
        return self.tasks.get(task_id)
