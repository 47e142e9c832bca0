"""What a TaskTreeModel shows in a cell: the display and edit texts of each column, read from
the task and its scheduled values (formatted once per change and kept in RowTexts), and the
sentences behind the indicators column."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime

from pmdesk.core.entities import Task
from pmdesk.core.scheduling.durations import format_duration
from pmdesk.models import taskfields, taskindicators
from pmdesk.models.rowtexts import RowTexts
from pmdesk.models.taskcolumns import COLUMNS, CUSTOM_KEYS, format_units
from pmdesk.models.tasktreeparts import TaskTreeParts
from pmdesk.operations.durationrules import calendar_units
from pmdesk.operations.predecessors import format_predecessors

if TYPE_CHECKING:
    from pmdesk.core.scheduling.result import ScheduledTask


def _qdatetime(value: datetime) -> QDateTime:
    # PySide6 converts a Python datetime; its type stubs do not list that constructor.
    converted: QDateTime = QDateTime(value)  # type: ignore[call-overload]
    return converted


class TaskTextsMixin(TaskTreeParts):
    """The texts of TaskTreeModel's cells."""

    def row_texts(self, task_id: int) -> RowTexts | tuple[str, ...]:
        """The display texts of ``task_id``'s row by column, each formatted when first read
        and kept until the next change (a row has ~170 columns; a view reads the dozen it
        shows, the printout those it prints)."""
        row = self._texts.get(task_id)
        if row is None:
            task = self.document.data.tasks.get(task_id)
            if task is None:
                return ("",) * len(COLUMNS)
            row = self._texts[task_id] = RowTexts(task, self.display_text)
        return row

    def _scheduled(self, task_id: int) -> ScheduledTask | None:
        schedule = self.document.schedule
        return None if schedule is None else schedule.tasks.get(task_id)

    def is_critical(self, task_id: int) -> bool:
        scheduled = self._scheduled(task_id)
        return scheduled is not None and scheduled.critical

    def display_text(self, task: Task, key: str) -> str | None:
        scheduled = self._scheduled(task.id)
        if key == "id":
            return str(self._number.get(task.id, ""))
        if key == "indicators":
            return taskindicators.marks(
                task,
                scheduled,
                task.id in self._conflicts,
                self._assignments.get(task.id, ()),
                late=task.id in self.late_ids(),
            )
        if key == "wbs":
            return self._wbs.get(task.id, "")
        if key == "name":
            return task.name
        return taskfields.display(self, task, scheduled, key)

    def _edit_value(self, task: Task, key: str) -> Any:
        scheduled = self._scheduled(task.id)
        if key == "name":
            return task.name
        if key in ("start", "finish"):
            if scheduled is None:
                return None
            return _qdatetime(scheduled.start if key == "start" else scheduled.finish)
        if key in ("actual_start", "actual_finish", "constraint_date", "deadline"):
            value = getattr(task, key)
            return _qdatetime(value) if value is not None else None
        if key in CUSTOM_KEYS:
            return taskfields.custom_edit_text(task, key)
        if key == "notes":
            return task.notes
        if key == "percent":
            return f"{task.percent_complete:g}"
        if key == "work" and scheduled is not None:
            return f"{scheduled.work / 60:.2f}".rstrip("0").rstrip(".") + "h"
        return self.display_text(task, key)

    def indicator_sentences(self, task: Task) -> list[str]:
        """What the indicators column's marks mean for ``task``, one sentence each."""
        return taskindicators.sentences(
            self,
            task,
            self._scheduled(task.id),
            self._conflicts.get(task.id, ()),
            self._assignments.get(task.id, ()),
            late=self._late,
        )

    def earned_value_text(self, task_id: int, key: str) -> str:
        return self._earned.text(self.document, task_id, key)

    def late_ids(self) -> frozenset[int]:
        return self._late.ids(self.document)

    def format_duration(self, minutes: float, elapsed: bool) -> str:
        per_day, per_week, per_month = self.calendar_units()
        return format_duration(
            int(round(minutes)),
            elapsed=elapsed,
            minutes_per_day=per_day,
            minutes_per_week=per_week,
            days_per_month=per_month,
        )

    def calendar_units(self) -> tuple[int, int, int]:
        """Minutes per day, minutes per week, days per month: the plan's conversion factors
        for typed and shown durations (Project Information; MS Project's project options)."""
        return calendar_units(self.document.data)

    def predecessor_text(self, task_id: int) -> str:
        per_day, per_week, per_month = self.calendar_units()
        return format_predecessors(
            self.links.predecessors(task_id), self.number_of, per_day, per_week, per_month
        )

    def successor_text(self, task_id: int) -> str:
        """The successors in the predecessor notation, from the other end of each link."""
        numbers = sorted(
            (self._number.get(link.successor_id, 0), link)
            for link in self.links.successors(task_id)
        )
        return ", ".join(str(number) for number, _link in numbers if number)

    def resource_text(self, task_id: int) -> str:
        resources = self.document.data.resources
        parts = []
        for assignment in self._assignments.get(task_id, []):
            resource = resources.get(assignment.resource_id)
            if resource is not None:
                parts.append(resource.name + format_units(assignment.units))
        return ", ".join(parts)
