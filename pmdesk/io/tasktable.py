"""The task table as exported to CSV and XLSX: one row per task in outline order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from pmdesk.core.entities import ConstraintType, Link, LinkType
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import default_calendar
from pmdesk.core.scheduling.durations import format_duration, format_lag
from pmdesk.io.scheduled import plan_dates, wbs_order

COLUMNS = (
    "ID",
    "Outline number",
    "Outline level",
    "Name",
    "Duration",
    "Start",
    "Finish",
    "Completion",
    "Milestone",
    "Predecessors",
    "Resources",
    "Constraint",
    "Constraint date",
    "Deadline",
    "Priority",
    "Notes",
)

# What one cell of an exported row holds.
CellValue = str | int | float | bool | datetime | None


@dataclass(slots=True)
class TaskRow:
    id: int
    outline: str
    level: int
    name: str
    duration: str
    start: datetime
    finish: datetime
    completion: float
    milestone: bool
    predecessors: str
    resources: str
    constraint: str
    constraint_date: datetime | None
    deadline: datetime | None
    priority: int
    notes: str

    def values(self) -> tuple[CellValue, ...]:
        return (
            self.id,
            self.outline,
            self.level,
            self.name,
            self.duration,
            self.start,
            self.finish,
            self.completion,
            self.milestone,
            self.predecessors,
            self.resources,
            self.constraint,
            self.constraint_date,
            self.deadline,
            self.priority,
            self.notes,
        )


def predecessor_text(link: Link, minutes_per_day: int) -> str:
    """MS Project's notation: "3", "3SS", "3FS+2 d", "4FF-50%"."""
    text = str(link.predecessor_id)
    lag = ""
    if link.lag:
        lag = format_lag(link.lag, link.lag_kind, minutes_per_day)
        if not lag.startswith(("+", "-")):
            lag = "+" + lag
        lag = lag.replace(" ", "")
    if link.type != LinkType.FS or lag:
        text += link.type.value
    return text + lag


def resource_text(name: str, units: float) -> str:
    if units == 1:
        return name
    return f"{name}[{units * 100:g}%]"


def task_rows(data: PlanData, warnings: list[str]) -> Iterator[TaskRow]:
    dates = plan_dates(data, warnings)
    per_day = default_calendar(data).minutes_per_day
    predecessors: dict[int, list[Link]] = {}
    for link in sorted(data.links.values(), key=lambda item: item.id):
        predecessors.setdefault(link.successor_id, []).append(link)
    resources: dict[int, list[str]] = {}
    for item in sorted(data.assignments.values(), key=lambda a: a.id):
        resource = data.resources.get(item.resource_id)
        if resource is not None:
            resources.setdefault(item.task_id, []).append(resource_text(resource.name, item.units))
    for task_id, level, code in wbs_order(data):
        task = data.tasks[task_id]
        scheduled = dates.tasks[task_id]
        constraint = task.constraint_type
        yield TaskRow(
            id=task_id,
            outline=code,
            level=level,
            name=task.name,
            duration=format_duration(task.duration, task.duration_elapsed, per_day).replace(
                " ", ""
            ),
            start=scheduled.start,
            finish=scheduled.finish,
            completion=task.percent_complete,
            milestone=task.milestone,
            predecessors=";".join(
                predecessor_text(link, per_day) for link in predecessors.get(task_id, [])
            ),
            resources=";".join(resources.get(task_id, [])),
            constraint="" if constraint == ConstraintType.ASAP else constraint.value,
            constraint_date=task.constraint_date if constraint != ConstraintType.ASAP else None,
            deadline=task.deadline,
            priority=task.priority,
            notes=task.notes,
        )
