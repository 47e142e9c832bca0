"""The plan's own properties (MS Project's Project Information): checking what a person typed
and working out the dates that follow from it.

Every check returns one plain English sentence for a person, or None when the value is fine;
the dialog and ``pmdesk new`` show that sentence and change nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from pmdesk.core.earnedvalue import (
    BASELINE_KEY,
    METHOD_KEY,
    METHODS,
    plan_ev_baseline,
    plan_ev_method,
)
from pmdesk.core.entities import Plan, ScheduleFrom, TaskType
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import WorkingCalendar, default_calendar
from pmdesk.core.taskdefaults import (
    EFFORT_DRIVEN_KEY,
    TASK_TYPE_KEY,
    plan_effort_driven,
    plan_task_type,
)

# The calculation options of SHARED_DECISIONS (Plan.settings keys) with MS Project's defaults.
CALCULATION_DEFAULTS: dict[str, bool] = {
    "honor_constraints": True,
    "move_completed_ends_back": False,
    "move_remaining_starts_back": False,
    "move_remaining_starts_forward": False,
    "move_completed_ends_forward": False,
}
FISCAL_YEAR_KEY = "fiscal_year_start_month"  # also read by the roadmap timeline
# Far enough for any real plan, near enough that the calendar arithmetic stays cheap.
EARLIEST = datetime(1984, 1, 1)
LATEST = datetime(2149, 12, 31)


def currency_problem(code: str) -> str | None:
    """None for an ISO 4217 currency code (``IDR``, ``EUR``), else why it is not one."""
    text = (code or "").strip()
    if not text:
        return "The currency needs an ISO 4217 code such as EUR, USD or IDR."
    if len(text) != 3 or not text.isascii() or not text.isalpha():
        return f"{text[:20]!r} is not a currency code; write three letters such as EUR or IDR."
    if currency_name(text) is None:
        return f"{text.upper()} is not an ISO 4217 currency code."
    return None


def currency_name(code: str) -> str | None:
    """The ISO 4217 name of a currency code, or None when there is no such currency."""
    # pycountry keeps the ISO 4217 list current (new and withdrawn codes); imported here
    # because only the dialog and `pmdesk new` need it.
    import pycountry

    found = pycountry.currencies.get(alpha_3=code.strip().upper())
    return found.name if found is not None else None


def all_currencies() -> list[tuple[str, str]]:
    """(code, name) of every ISO 4217 currency, by code."""
    import pycountry

    return sorted((c.alpha_3, c.name) for c in pycountry.currencies)


def units_problem(hours_per_day: float, hours_per_week: float, days_per_month: float) -> str | None:
    """Why these duration conversion factors cannot be used, or None.

    As MS Project's "Calendar options for this project": a day of 0 < h <= 24 hours, a week
    of at least one day's hours and at most seven days' (168 h), a month of 1 to 31 days.
    """
    for value in (hours_per_day, hours_per_week, days_per_month):
        if not isinstance(value, (int, float)) or not math.isfinite(value):
            return "Hours per day, hours per week and days per month must be numbers."
    if not 0 < hours_per_day <= 24:
        return "Hours per day must be more than 0 and at most 24."
    if round(hours_per_day * 60) < 1:
        return "Hours per day must be at least one minute."
    # Within half a minute (both are stored in whole minutes): 7 x 10.1386 h typed as a week
    # must not be refused for a rounding in the last digit.
    day, week = hours_per_day * 60, hours_per_week * 60
    if not day - 0.5 <= week <= 7 * day + 0.5:
        return (
            "Hours per week must be between one day's hours and seven days' hours "
            f"({_hours(hours_per_day)} to {_hours(7 * hours_per_day)})."
        )
    if days_per_month != int(days_per_month) or not 1 <= days_per_month <= 31:
        return "Days per month must be a whole number from 1 to 31."
    return None


def _hours(value: float) -> str:
    return f"{value:g} h"


def dates_problem(start: datetime | None, finish: datetime | None) -> str | None:
    """Why a project start / finish pair cannot be, or None (either may be None)."""
    for moment in (start, finish):
        if moment is not None and not EARLIEST <= moment <= LATEST:
            return (
                f"Dates must lie between {EARLIEST:%Y-%m-%d} and {LATEST:%Y-%m-%d}; "
                f"{moment:%Y-%m-%d} does not."
            )
    if start is not None and finish is not None and finish < start:
        return "The finish date is before the start date."
    return None


def compiled_default(data: PlanData) -> WorkingCalendar:
    """The plan's default calendar, compiled (the standard week when it has none)."""
    calendar = default_calendar(data)
    return WorkingCalendar.compile(
        calendar,
        data.calendar_exceptions.values(),
        data.calendars,
        origin=data.plan.start.toordinal(),
    )


def first_working_start(calendar: WorkingCalendar, day: date) -> datetime:
    """The first working minute on or after the start of ``day`` (a new plan's start: never a
    weekend, never a holiday, at the calendar's first working hour)."""
    return calendar.next_working(datetime.combine(day, time()))


def last_working_finish(calendar: WorkingCalendar, day: date) -> datetime:
    """The end of the last working minute on or before the end of ``day`` (a finish date)."""
    return calendar.prev_working(datetime.combine(day + timedelta(days=1), time()))


def calculation_option(plan: Plan, key: str) -> bool:
    """A calculation option of the plan; a missing key means MS Project's default."""
    return bool(plan.settings.get(key, CALCULATION_DEFAULTS[key]))


def fiscal_year_start(plan: Plan) -> int:
    try:
        month = int(plan.settings.get(FISCAL_YEAR_KEY, 1))
    except (TypeError, ValueError):
        return 1
    return month if 1 <= month <= 12 else 1


@dataclass(frozen=True, slots=True)
class PlanInfo:
    """What the Project Information dialog edits, as plain values (hours, not minutes)."""

    name: str
    schedule_from: ScheduleFrom
    start: datetime
    finish: datetime | None
    status_date: datetime | None
    currency: str
    default_calendar_id: int | None
    hours_per_day: float
    hours_per_week: float
    days_per_month: float
    fiscal_year_start_month: int
    notes: str
    options: dict[str, bool]
    ev_baseline: int = 0  # "Baseline for Earned Value calculations"
    ev_method: str = "percent"  # "Default task Earned Value method"
    task_type: TaskType = TaskType.FIXED_UNITS  # "Default task type" (core/taskdefaults.py)
    effort_driven: bool = False  # "New tasks are effort driven"


def info_problem(info: PlanInfo, data: PlanData) -> str | None:
    """The first thing wrong with ``info`` for this plan, as one sentence, or None."""
    if not info.name.strip():
        return "The plan needs a name."
    if len(info.name) > 500:
        return "The plan's name is too long; keep it under 500 characters."
    if info.schedule_from == ScheduleFrom.FINISH:
        if info.finish is None:
            return "Scheduling from the finish needs a finish date."
        # The start is computed backwards from the finish; what cannot move is work that
        # has already started.
        started = [t.actual_start for t in data.tasks.values() if t.actual_start is not None]
        problem = dates_problem(min(started) if started else None, info.finish)
        if problem == "The finish date is before the start date.":
            problem = (
                "The finish date is before the start of work already done "
                f"({min(started):%Y-%m-%d})."
            )
    else:
        problem = dates_problem(info.start, None)
    if problem is None and info.status_date is not None:
        problem = dates_problem(info.status_date, None)
        if (
            problem is None
            and info.schedule_from == ScheduleFrom.START
            and info.status_date < info.start
        ):
            problem = "The status date cannot be before the project start."
    if problem is not None:
        return problem
    problem = currency_problem(info.currency)
    if problem is not None:
        return problem
    if info.default_calendar_id is not None and info.default_calendar_id not in data.calendars:
        return "The default calendar does not exist."
    problem = units_problem(info.hours_per_day, info.hours_per_week, info.days_per_month)
    if problem is not None:
        return problem
    if not 1 <= info.fiscal_year_start_month <= 12:
        return "The fiscal year must start in a month from January to December."
    if isinstance(info.ev_baseline, bool) or info.ev_baseline not in range(11):
        return "Earned value is measured against the baseline or baseline 1 to 10."
    if info.ev_method not in METHODS:
        return "The earned value method is % Complete or Physical % Complete."
    if info.task_type not in tuple(TaskType):
        return "The default task type is Fixed Units, Fixed Duration or Fixed Work."
    if not isinstance(info.effort_driven, bool):
        return "New tasks are effort driven or not: nothing in between."
    return None


def plan_values(info: PlanInfo, plan: Plan) -> dict[str, Any]:
    """The Plan fields ``info`` sets, only those that differ from ``plan`` (for one undo step)."""
    settings = dict(plan.settings)
    for key, value in info.options.items():
        if calculation_option(plan, key) != value or key in settings:
            settings[key] = bool(value)
    if fiscal_year_start(plan) != info.fiscal_year_start_month or FISCAL_YEAR_KEY in settings:
        settings[FISCAL_YEAR_KEY] = info.fiscal_year_start_month
    if plan_ev_baseline(plan) != info.ev_baseline or BASELINE_KEY in settings:
        settings[BASELINE_KEY] = info.ev_baseline
    if plan_ev_method(plan) != info.ev_method or METHOD_KEY in settings:
        settings[METHOD_KEY] = info.ev_method
    if plan_task_type(plan) != info.task_type or TASK_TYPE_KEY in settings:
        settings[TASK_TYPE_KEY] = TaskType(info.task_type).value
    if plan_effort_driven(plan) != info.effort_driven or EFFORT_DRIVEN_KEY in settings:
        settings[EFFORT_DRIVEN_KEY] = bool(info.effort_driven)
    values = {
        "name": info.name.strip(),
        "schedule_from": info.schedule_from,
        "currency": info.currency.strip().upper(),
        "default_calendar_id": info.default_calendar_id,
        "status_date": info.status_date,
        "minutes_per_day": round(info.hours_per_day * 60),
        "minutes_per_week": round(info.hours_per_week * 60),
        "days_per_month": int(info.days_per_month),
        "notes": info.notes,
        "settings": settings,
    }
    if info.schedule_from == ScheduleFrom.FINISH:
        values["finish"] = info.finish
    else:
        values["start"] = info.start
    return {name: value for name, value in values.items() if getattr(plan, name) != value}
