"""The project-level options of an MSPDI file that Project Information edits: the duration
conversion factors, the fiscal year's first month and the calculation options.

Element meanings from Microsoft's MSPDI schema reference (Project element): MinutesPerDay,
MinutesPerWeek and DaysPerMonth are the project's "Calendar options"; FYStartDate is the
month (1-12) the fiscal year starts; HonorConstraints and the four Move* flags are the
"Calculation options for this project" (0/1; HonorConstraints as MS Project writes it, 0 for
honored, see core/scheduling/options.py). EarnedValueMethod (0 % Complete, 1 Physical %
Complete: the "Default task earned value method") and BaselineForEarnedValue (0-10) are the
"Earned value options for this project". DefaultTaskType (0 fixed units, 1 fixed duration,
2 fixed work) and NewTasksEffortDriven (0/1) are the "Scheduling options for this project"
new tasks follow (core/taskdefaults.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from pmdesk.core.earnedvalue import BASELINE_KEY, METHOD_KEY, plan_ev_baseline, plan_ev_method
from pmdesk.core.entities import Plan, TaskType
from pmdesk.core.planinfo import (
    FISCAL_YEAR_KEY,
    calculation_option,
    fiscal_year_start,
    units_problem,
)
from pmdesk.core.taskdefaults import (
    EFFORT_DRIVEN_KEY,
    TASK_TYPE_KEY,
    plan_effort_driven,
    plan_task_type,
)

# MSPDI element -> Plan.settings key (SHARED_DECISIONS).
OPTION_ELEMENTS = {
    "HonorConstraints": "honor_constraints",
    "MoveCompletedEndsBack": "move_completed_ends_back",
    "MoveRemainingStartsBack": "move_remaining_starts_back",
    "MoveRemainingStartsForward": "move_remaining_starts_forward",
    "MoveCompletedEndsForward": "move_completed_ends_forward",
}
# Elements whose 0/1 MS Project writes the other way round from their name: see
# core/scheduling/options.py (HonorConstraints 0 = "Tasks will always honor their
# constraint dates" on).
INVERTED = frozenset({"HonorConstraints"})
TASK_TYPE_CODES = (TaskType.FIXED_UNITS, TaskType.FIXED_DURATION, TaskType.FIXED_WORK)


def _number(text: str | None) -> float | None:
    try:
        value = float(text) if text not in (None, "") else None
    except ValueError:
        return None
    # "inf" or "nan" is no value either (int(inf) in the fiscal year check would overflow).
    return value if value is not None and math.isfinite(value) else None


def read_project_options(get: Callable[[str], str | None], plan: Plan, warnings: list[str]) -> None:
    """Set the plan's conversion factors, fiscal year and calculation options from the file."""
    per_day = _number(get("MinutesPerDay"))
    hours_per_day = _number(get("HoursPerDay"))
    if per_day is None and hours_per_day is not None:
        per_day = hours_per_day * 60
    per_week = _number(get("MinutesPerWeek"))
    per_month = _number(get("DaysPerMonth"))
    day = per_day if per_day is not None else plan.minutes_per_day
    week = per_week if per_week is not None else plan.minutes_per_week
    month = per_month if per_month is not None else plan.days_per_month
    problem = units_problem(day / 60, week / 60, month)
    if problem is None:
        plan.minutes_per_day, plan.minutes_per_week = round(day), round(week)
        plan.days_per_month = int(month)
    elif (per_day, per_week, per_month) != (None, None, None):
        warnings.append(f"{problem} The file's values were replaced by 8 h, 40 h and 20 days.")
    settings = dict(plan.settings)
    fiscal = _number(get("FYStartDate"))
    if fiscal is not None and fiscal == int(fiscal) and 1 <= fiscal <= 12:
        settings[FISCAL_YEAR_KEY] = int(fiscal)
    for element, key in OPTION_ELEMENTS.items():
        value = get(element)
        if value in ("0", "1"):
            settings[key] = (value == "1") != (element in INVERTED)
        elif value is not None and value.strip().lower() in ("true", "false"):
            settings[key] = value.strip().lower() == "true"  # a schema-minded tool's word
    method = get("EarnedValueMethod")
    if method in ("0", "1"):
        settings[METHOD_KEY] = "physical" if method == "1" else "percent"
    baseline = _number(get("BaselineForEarnedValue"))
    if baseline is not None and baseline == int(baseline) and 0 <= baseline <= 10:
        settings[BASELINE_KEY] = int(baseline)
    task_type = get("DefaultTaskType")
    if task_type in ("0", "1", "2"):
        settings[TASK_TYPE_KEY] = TASK_TYPE_CODES[int(task_type)].value
    effort_driven = get("NewTasksEffortDriven")
    if effort_driven in ("0", "1"):
        settings[EFFORT_DRIVEN_KEY] = effort_driven == "1"
    plan.settings = settings


def project_option_values(plan: Plan) -> dict[str, str]:
    """The same elements for an export, as MS Project writes them."""
    values = {
        "MinutesPerDay": str(plan.minutes_per_day),
        "MinutesPerWeek": str(plan.minutes_per_week),
        "DaysPerMonth": str(plan.days_per_month),
        "FYStartDate": str(fiscal_year_start(plan)),
        "EarnedValueMethod": "1" if plan_ev_method(plan) == "physical" else "0",
        "BaselineForEarnedValue": str(plan_ev_baseline(plan)),
        "DefaultTaskType": str(TASK_TYPE_CODES.index(plan_task_type(plan))),
        "NewTasksEffortDriven": str(int(plan_effort_driven(plan))),
    }
    for element, key in OPTION_ELEMENTS.items():
        values[element] = str(int(calculation_option(plan, key) != (element in INVERTED)))
    return values
