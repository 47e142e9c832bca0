"""Display texts of the task table's extra fields (those past the Entry table's columns):
actuals, remaining duration, work, free float, constraint, deadline, priority, calendar, notes,
critical, variances, baselines 1-10 and the custom fields. ``display`` is called only for the
columns a view shows (tasktree.py formats those per row)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from pmdesk.core.durationtext import days_text, duration_text, long_text
from pmdesk.core.durationunits import UNITS, format_delay, format_in_unit
from pmdesk.core.entities import CostAccrual, Distribution, Task, TaskType
from pmdesk.core.scheduling.costs import actual_work
from pmdesk.models.evfields import EV_KEYS
from pmdesk.models.taskcolumns import CUSTOM_KEYS, format_date
from pmdesk.operations.choicewords import flag_text, shown
from pmdesk.operations.estimates import DISTRIBUTION_NAMES
from pmdesk.operations.estimates import FIELDS as ESTIMATE_FIELDS

if TYPE_CHECKING:
    from pmdesk.core.entities import BaselineTask
    from pmdesk.core.scheduling.result import ScheduledTask
    from pmdesk.document import Document


class FieldModel(Protocol):
    """What the texts read of the task tree model (tasktexts.py passes itself)."""

    @property
    def document(self) -> Document: ...

    def calendar_units(self) -> tuple[int, int, int]: ...

    def is_summary(self, task_id: int) -> bool: ...

    def predecessor_text(self, task_id: int) -> str: ...

    def successor_text(self, task_id: int) -> str: ...

    def resource_text(self, task_id: int) -> str: ...

    def earned_value_text(self, task_id: int, key: str) -> str: ...

    def baseline_of(self, task_id: int) -> BaselineTask | None: ...

    def baseline_task(self, number: int, task_id: int) -> BaselineTask | None: ...


def _hours(minutes: float) -> str:
    value = minutes / 60
    return long_text(f"{value:,.2f}".rstrip("0").rstrip("."), "h")


def _span(model: FieldModel, minutes: float, elapsed: bool = False) -> str:
    """A duration in the engine's unit and the interface language: "3 d" ("3 hari")."""
    return duration_text(int(round(minutes)), elapsed, *model.calendar_units())


def custom_text(task: Task, key: str) -> str:
    """A custom field's value as shown: Text as is, Number as typed, Date as a date,
    Flag Yes/No (a flag never set reads No, as in MS Project)."""
    value = task.custom_fields.get(key)
    if key.startswith("flag"):
        return flag_text(bool(value))
    if value is None:
        return ""
    if key.startswith("number"):
        return f"{float(value):,.2f}".rstrip("0").rstrip(".")
    if key.startswith("date"):
        try:
            return format_date(datetime.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    return str(value)


def custom_edit_text(task: Task, key: str) -> str:
    """A custom field's text to edit (a date as ISO, a number without grouping)."""
    value = task.custom_fields.get(key)
    if value is None:
        return flag_text(False) if key.startswith("flag") else ""
    if key.startswith("flag"):
        return flag_text(bool(value))
    if key.startswith("number"):
        return f"{float(value):.6f}".rstrip("0").rstrip(".")
    if key.startswith("date"):
        return str(value).replace("T", " ")[:16]
    return str(value)


def display(model: FieldModel, task: Task, scheduled: ScheduledTask | None, key: str) -> str:
    """The text of column ``key`` for ``task`` (``scheduled`` its computed values or None)."""
    if key == "duration":
        minutes = scheduled.duration if scheduled is not None else task.duration
        if task.duration_unit in UNITS and not model.is_summary(task.id):
            return format_in_unit(
                minutes,
                task.duration_unit,
                task.duration_elapsed,
                task.duration_estimated,
                *model.calendar_units(),
            )
        return _span(model, minutes, task.duration_elapsed)
    if key in ("start", "finish"):
        return format_date(getattr(scheduled, key)) if scheduled is not None else ""
    if key == "predecessors":
        return model.predecessor_text(task.id)
    if key == "resources":
        return model.resource_text(task.id)
    if key == "percent":
        value = scheduled.percent_complete if scheduled is not None else task.percent_complete
        return f"{value:g}%"
    if key == "float":
        return "" if scheduled is None else _span(model, scheduled.total_float)
    if key == "cost":
        if scheduled is None:
            return ""
        return f"{scheduled.cost:,.2f} {model.document.data.plan.currency}"
    if key in CUSTOM_KEYS:
        return custom_text(task, key)
    if key == "variance":
        baseline = model.baseline_of(task.id)
        if baseline is None or baseline.finish is None or scheduled is None:
            return ""
        days = (scheduled.finish.date() - baseline.finish.date()).days
        return days_text(days, signed=True)
    if key == "unique_id":
        return str(task.id)
    if key == "successors":
        return model.successor_text(task.id)
    if key in ("actual_start", "actual_finish", "constraint_date", "deadline"):
        return format_date(getattr(task, key))
    if key == "constraint_type":
        return task.constraint_type.value
    if key == "priority":
        return str(task.priority)
    if key == "leveling_delay":  # elapsed, as MS Project shows it: "3 edays"
        return format_delay(task.leveling_delay) if task.leveling_delay else ""
    if key == "calendar":
        calendar = model.document.data.calendars.get(task.calendar_id or -1)
        return calendar.name if calendar is not None else ""
    if key == "notes":
        return task.notes.replace("\n", " ")
    if key == "fixed_cost":
        return f"{task.fixed_cost:,.2f}" if task.fixed_cost else ""
    if key in ("task_type", "effort_driven") and model.is_summary(task.id):
        return ""  # MS Project's summaries have no type of their own to choose
    if key == "task_type":
        # The edit rules of these columns (operations/) are imported when one is shown, not
        # at start-up: the Entry table shows none of them.
        from pmdesk.operations.tasktypes import TASK_TYPE_NAMES

        return shown(TASK_TYPE_NAMES[TaskType(task.task_type)])
    if key == "effort_driven":
        return flag_text(task.effort_driven or task.task_type == TaskType.FIXED_WORK)
    if key == "fixed_cost_accrual":
        from pmdesk.operations.taskfields import ACCRUAL_NAMES

        return shown(ACCRUAL_NAMES[CostAccrual(task.fixed_cost_accrual)])
    if key == "leveling_can_split":
        return flag_text(task.leveling_can_split)
    if key == "level_assignments":  # MS Project: always No on a fixed-duration task
        fixed_duration = task.task_type == TaskType.FIXED_DURATION
        return flag_text(task.level_assignments and not fixed_duration)

    if key == "units":
        from pmdesk.operations.tasktypes import work_assignments

        units = [a.units for a in work_assignments(model.document.data, task.id)]
        return f"{sum(units) * 100:g}%" if units else ""
    if key in ESTIMATE_FIELDS:
        minutes = getattr(task, key)
        return _span(model, minutes) if minutes is not None else ""
    if key == "distribution":
        return shown(DISTRIBUTION_NAMES[Distribution(task.distribution)])
    if key == "ev_method":
        from pmdesk.operations.taskfields import EV_METHOD_NAMES

        return shown(EV_METHOD_NAMES["physical" if task.ev_method == "physical" else "percent"])
    if key == "physical_percent":
        return f"{task.physical_percent_complete:g}%"
    if key in EV_KEYS:
        return model.earned_value_text(task.id, key)
    if scheduled is None:
        return ""
    if key == "actual_duration":
        return _span(model, scheduled.duration * scheduled.percent_complete / 100)
    if key == "remaining_duration":
        return _span(model, scheduled.duration * (1 - scheduled.percent_complete / 100))
    if key == "work":
        return _hours(scheduled.work)
    if key == "actual_work":
        done = task.actual_work
        if done is None:
            from pmdesk.operations.tasktypes import work_assignments

            # MS Project: a task's actual work is its assignments' (typed on them or their
            # share of % complete).
            items = work_assignments(model.document.data, task.id)
            if any(a.actual_work is not None for a in items):
                done = sum(actual_work(a, task) for a in items)
        return _hours(
            done if done is not None else scheduled.work * scheduled.percent_complete / 100
        )
    if key == "actual_cost":
        spent = task.actual_cost
        if spent is None:
            spent = scheduled.cost * scheduled.percent_complete / 100
        return f"{spent:,.2f}"
    if key == "free_float":
        return _span(model, scheduled.free_float)
    if key == "critical":
        return flag_text(scheduled.critical)
    return _baseline_text(model, task, scheduled, key)


def _baseline_text(model: FieldModel, task: Task, scheduled: ScheduledTask, key: str) -> str:
    if key.startswith("baseline") and "_" in key and key[8 : key.index("_")].isdigit():
        number = int(key[8 : key.index("_")])
        field = key[key.index("_") + 1 :]
        baseline = model.baseline_task(number, task.id)
    else:
        field = key.removeprefix("baseline_")
        baseline = model.baseline_of(task.id)
    if baseline is None:
        return ""
    if key.endswith("_variance"):
        field = key.removesuffix("_variance")
        if field == "start" and baseline.start is not None:
            return _span(model, (scheduled.start - baseline.start).total_seconds() // 60)
        if field == "duration":
            return _span(model, scheduled.duration - baseline.duration)
        if field == "work":
            return _hours(scheduled.work - baseline.work)
        if field == "cost":
            return f"{scheduled.cost - baseline.cost:,.2f}"
        return ""
    if field in ("start", "finish"):
        return format_date(getattr(baseline, field))
    if field == "duration":
        return _span(model, baseline.duration)
    if field == "work":
        return _hours(baseline.work)
    if field == "cost":
        return f"{baseline.cost:,.2f}"
    return ""
