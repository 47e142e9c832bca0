"""What a value typed into one of the task table's extra columns means: actual dates,
constraint type and date, deadline, priority, calendar, notes, fixed cost, and the custom
fields Text1-30, Number1-20, Date1-10, Flag1-20. One undo step each; a value that cannot be
taken raises a TaskInputError with one sentence and changes nothing."""

from __future__ import annotations

import math
from datetime import datetime, time
from typing import Any

from pmdesk.core.entities import ConstraintType, CostAccrual, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.core.scheduling.result import Schedule
from pmdesk.core.translation import QT_TRANSLATE_NOOP
from pmdesk.operations.choicewords import read_choice, read_flag
from pmdesk.operations.editor import PlanEditor
from pmdesk.operations.estimates import FIELDS as ESTIMATE_FIELDS
from pmdesk.operations.estimates import estimate_cell
from pmdesk.operations.taskcalendar import working_edge
from pmdesk.operations.taskinput import TaskInputError, as_datetime, check_date_range

# MS Project's names of the constraint types, and ours.
_CONSTRAINTS = {
    "as soon as possible": ConstraintType.ASAP, "as late as possible": ConstraintType.ALAP,
    "start no earlier than": ConstraintType.SNET, "start no later than": ConstraintType.SNLT,
    "finish no earlier than": ConstraintType.FNET, "finish no later than": ConstraintType.FNLT,
    "must start on": ConstraintType.MSO, "must finish on": ConstraintType.MFO,
    **{kind.value.lower(): kind for kind in ConstraintType},
}  # fmt: skip
_STARTS = (ConstraintType.SNET, ConstraintType.SNLT, ConstraintType.MSO)
# MS Project's Earned Value Method field: "% Complete" or "Physical % Complete" (the names
# shown in the interface language: operations/choicewords.py).
EV_METHOD_NAMES = {
    "percent": QT_TRANSLATE_NOOP("TaskFields", "% Complete"),
    "physical": QT_TRANSLATE_NOOP("TaskFields", "Physical % Complete"),
}
# MS Project's Fixed Cost Accrual values, by name.
ACCRUAL_NAMES = {
    CostAccrual.START: QT_TRANSLATE_NOOP("TaskFields", "Start"),
    CostAccrual.PRORATED: QT_TRANSLATE_NOOP("TaskFields", "Prorated"),
    CostAccrual.END: QT_TRANSLATE_NOOP("TaskFields", "End"),
}
CUSTOM_COUNTS = {"text": 30, "number": 20, "date": 10, "flag": 20}


def is_custom(key: str) -> bool:
    prefix = key.rstrip("0123456789")
    number = key[len(prefix) :]
    return (
        prefix in CUSTOM_COUNTS and number.isdigit() and 1 <= int(number) <= CUSTOM_COUNTS[prefix]
    )


def _moment(editor: PlanEditor, task: Task, value: object, start: bool) -> datetime | None:
    """A typed date (None when cleared); a day alone lands on the working day's edge."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    moment = as_datetime(value)
    check_date_range(moment)
    if moment.time() == time():
        moment = working_edge(editor.data, moment.date(), start=start, task=task)
    return moment


def _number(value: object, what: str, low: float, high: float) -> float:
    text = str(value).strip().replace(",", "")
    try:
        number = float(text)
    except ValueError:
        raise TaskInputError(
            f'"{value}" is not a number; type {what} from {low:g} to {high:g}.'
        ) from None
    if not math.isfinite(number) or not low <= number <= high:
        raise TaskInputError(f"{what[0].upper()}{what[1:]} must be between {low:g} and {high:g}.")
    return number


def apply_field(editor: PlanEditor, task: Task, key: str, value: object) -> None:
    """Apply ``value`` typed into column ``key`` (an extra field) of ``task``."""
    if is_custom(key):
        apply_custom(editor, task, key, value)
        return
    values: dict[str, Any]
    if key in ("actual_start", "actual_finish"):
        values = {key: _moment(editor, task, value, start=key == "actual_start")}
    elif key == "constraint_type":
        kind = _CONSTRAINTS.get(str(value).strip().lower())
        if kind is None:
            raise TaskInputError(
                f'"{value}" is not a constraint; write e.g. ASAP, SNET, Must Finish On.'
            )
        values = {"constraint_type": kind}
        if kind in (ConstraintType.ASAP, ConstraintType.ALAP):
            values["constraint_date"] = None
        elif task.constraint_date is None:
            # MS Project: the task's dates (Document has a schedule; a plain editor may not)
            schedule: Schedule | None = getattr(editor, "schedule", None)
            scheduled = schedule.tasks.get(task.id) if schedule is not None else None
            if scheduled is None:
                raise TaskInputError("Type the constraint date first.")
            values["constraint_date"] = scheduled.start if kind in _STARTS else scheduled.finish
    elif key == "constraint_date":
        kind = task.constraint_type
        moment = _moment(
            editor,
            task,
            value,
            start=kind in _STARTS or kind in (ConstraintType.ASAP, ConstraintType.ALAP),
        )
        if moment is None:
            values = {"constraint_type": ConstraintType.ASAP, "constraint_date": None}
        elif kind in (ConstraintType.ASAP, ConstraintType.ALAP):
            # MS Project: a date given to an ASAP task makes it "start no earlier than".
            values = {"constraint_type": ConstraintType.SNET, "constraint_date": moment}
        else:
            values = {"constraint_date": moment}
    elif key == "deadline":
        values = {"deadline": _moment(editor, task, value, start=False)}
    elif key == "priority":
        values = {"priority": int(_number(value, "a priority", 0, 1000))}
    elif key == "fixed_cost":
        values = {"fixed_cost": _number(value or 0, "a cost", 0, 1e12)}
    elif key == "fixed_cost_accrual":
        text = str(value).strip().casefold()
        accrual = read_choice(value, ACCRUAL_NAMES) or next(
            (kind for kind in ACCRUAL_NAMES if text == kind.value), None
        )
        if accrual is None:
            raise TaskInputError(
                f'"{str(value).strip()[:40]}" is not a cost accrual; choose Start, Prorated or End.'
            )
        values = {"fixed_cost_accrual": accrual}
    elif key == "notes":
        values = {"notes": str(value)}
    elif key in ESTIMATE_FIELDS or key == "distribution":
        if any(t.parent_id == task.id for t in editor.data.tasks.values()):
            raise TaskInputError(
                "A summary task's duration comes from its subtasks; give them the estimates."
            )
        try:
            plan = editor.data.plan  # the plan's hours per day/week, days per month
            units = (plan.minutes_per_day, plan.minutes_per_week, plan.days_per_month)
            values = estimate_cell(task, key, value, units)
        except PmdeskError as exc:
            raise TaskInputError(str(exc)) from None
    elif key == "ev_method":
        method = read_choice(value, EV_METHOD_NAMES) or (
            str(value).strip().lower() if str(value).strip().lower() in EV_METHOD_NAMES else None
        )
        if method is None:
            raise TaskInputError(
                f'"{value}" is not an earned value method; write % Complete or Physical % Complete.'
            )
        values = {"ev_method": method}
    elif key == "physical_percent":
        percent = _number(str(value).strip().rstrip("%") or 0, "a physical % complete", 0, 100)
        values = {"physical_percent_complete": percent}
    elif key == "calendar":
        name = str(value).strip()
        found = next(
            (c.id for c in editor.data.calendars.values() if c.name.lower() == name.lower()), None
        )
        if name and found is None:
            raise TaskInputError(f"There is no calendar called {name!r}.")
        values = {"calendar_id": found}
    else:
        raise TaskInputError("This column is calculated and cannot be typed into.")
    editor.set_fields(Task, task.id, "Set " + key.replace("_", " "), **values)


def custom_value(key: str, value: object) -> bool | float | str | None:
    """The stored form of a custom field's typed value (None: cleared)."""
    text = "" if value is None else str(value).strip()
    if key.startswith("flag"):
        if isinstance(value, bool):
            return value
        flag = read_flag(text)
        if flag is None:
            raise TaskInputError(f'"{text}" is not Yes or No.')
        return flag or None
    if not text:
        return None
    if key.startswith("number"):
        return _number(text, "a number", -1e15, 1e15)
    if key.startswith("date"):
        moment = as_datetime(value)
        check_date_range(moment)
        return moment.isoformat(timespec="minutes")
    return text


def apply_custom(editor: PlanEditor, task: Task, key: str, value: object) -> None:
    stored = custom_value(key, value)
    fields = dict(task.custom_fields)
    if stored is None:
        fields.pop(key, None)
    else:
        fields[key] = stored
    editor.set_fields(Task, task.id, f"Set {key}", custom_fields=fields)
