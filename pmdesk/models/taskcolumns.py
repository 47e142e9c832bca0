"""The task table's columns (MS Project's names) and how dates and units are written in them.

The model has every field the table can show (built-in, baselines 1-10 and the custom fields
Text1-30, Number1-20, Date1-10, Flag1-20); the view shows the plan's chosen ones (Insert
Column / Hide Column), kept in the plan file. ``DEFAULT_SHOWN`` are a new plan's columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

_WEEKDAYS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ENGLISH_WEEKDAYS = _WEEKDAYS


def use_weekday_names(names: tuple[str, ...] | None) -> None:
    """Monday..Sunday as the dates in the table start ("Sen" in Indonesian); None: English.
    The interface language sets them once at start (pmdesk.ui.language)."""
    global _WEEKDAYS
    _WEEKDAYS = tuple(names) if names and len(names) == 7 else _ENGLISH_WEEKDAYS


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    width: int
    editable: bool = False
    kind: str = "text"  # text, date, duration, number, money, percent, flag, id


_BUILT_IN: tuple[Column, ...] = (
    Column("id", "ID", 44, kind="id"),
    Column("indicators", "Ind.", 44),  # MS Project's Indicators column; sentences as tooltip
    Column("wbs", "WBS", 56),
    Column("name", "Name", 230, True),
    Column("duration", "Duration", 70, True, "duration"),
    Column("start", "Start", 124, True, "date"),
    Column("finish", "Finish", 124, True, "date"),
    Column("predecessors", "Predecessors", 100, True),
    Column("resources", "Resource names", 140, True),
    Column("percent", "% complete", 76, True, "percent"),
    Column("float", "Total float", 76, kind="duration"),
    Column("cost", "Cost", 86, kind="money"),
    Column("baseline_start", "Baseline start", 110, kind="date"),
    Column("baseline_finish", "Baseline finish", 110, kind="date"),
    Column("variance", "Finish variance", 90, kind="duration"),
    # Appended after the original columns, so their numbers stay as they were.
    Column("unique_id", "Unique ID", 70, kind="id"),
    Column("successors", "Successors", 100),
    Column("actual_start", "Actual start", 110, True, "date"),
    Column("actual_finish", "Actual finish", 110, True, "date"),
    Column("actual_duration", "Actual duration", 90, True, "duration"),
    Column("remaining_duration", "Remaining duration", 110, True, "duration"),
    Column("work", "Work", 80, True, "duration"),
    Column("fixed_cost", "Fixed cost", 86, True, "money"),
    Column("free_float", "Free float", 76, kind="duration"),
    Column("constraint_type", "Constraint type", 96, True),
    Column("constraint_date", "Constraint date", 110, True, "date"),
    Column("deadline", "Deadline", 110, True, "date"),
    Column("priority", "Priority", 60, True, "number"),
    Column("calendar", "Calendar", 100, True),
    Column("notes", "Notes", 160, True),
    Column("critical", "Critical", 60, kind="flag"),
    Column("baseline_duration", "Baseline duration", 100, kind="duration"),
    Column("baseline_work", "Baseline work", 90, kind="duration"),
    Column("baseline_cost", "Baseline cost", 90, kind="money"),
    Column("start_variance", "Start variance", 90, kind="duration"),
    Column("duration_variance", "Duration variance", 100, kind="duration"),
    Column("work_variance", "Work variance", 90, kind="duration"),
    Column("cost_variance", "Cost variance", 90, kind="money"),
    # Three-point estimates for the schedule risk simulation (MS Project's PERT fields).
    Column("duration_optimistic", "Optimistic dur.", 90, True, "duration"),
    Column("duration_most_likely", "Most likely dur.", 90, True, "duration"),
    Column("duration_pessimistic", "Pessimistic dur.", 90, True, "duration"),
    Column("distribution", "Distribution", 90, True),
    Column("actual_work", "Actual work", 90, True, "duration"),
    Column("actual_cost", "Actual cost", 90, True, "money"),
    # Earned value at the status date (core/earnedvalue.py), MS Project's field names.
    Column("bcws", "BCWS", 90, kind="money"),
    Column("bcwp", "BCWP", 90, kind="money"),
    Column("acwp", "ACWP", 90, kind="money"),
    Column("sv", "SV", 86, kind="money"),
    Column("cv", "CV", 86, kind="money"),
    Column("sv_percent", "SV%", 60, kind="number"),
    Column("cv_percent", "CV%", 60, kind="number"),
    Column("spi", "SPI", 56, kind="number"),
    Column("cpi", "CPI", 56, kind="number"),
    Column("bac", "BAC", 90, kind="money"),
    Column("eac", "EAC", 90, kind="money"),
    Column("etc", "ETC", 90, kind="money"),
    Column("vac", "VAC", 90, kind="money"),
    Column("tcpi", "TCPI", 56, kind="number"),
    Column("ev_method", "Earned value method", 110, True),
    Column("physical_percent", "Physical % complete", 90, True, "percent"),
    # MS Project's task type triangle (operations/tasktypes.py): the task's assignment units
    # in all, its Type and Effort Driven fields, and when its fixed cost is spent.
    Column("units", "Units", 60, True, "percent"),
    Column("task_type", "Type", 100, True),
    Column("effort_driven", "Effort driven", 80, True, "flag"),
    Column("fixed_cost_accrual", "Fixed cost accrual", 110, True),
    # MS Project's Leveling Delay: set by Resource > Level Now, removed by Clear Leveling.
    Column("leveling_delay", "Leveling delay", 90, kind="duration"),
    # MS Project's Leveling Can Split and Level Assignments task fields (levelpass.py).
    Column("leveling_can_split", "Leveling can split", 80, True, "flag"),
    Column("level_assignments", "Level assignments", 80, True, "flag"),
)
BASELINE_FIELDS = (
    ("start", "Start", "date"),
    ("finish", "Finish", "date"),
    ("duration", "Duration", "duration"),
    ("work", "Work", "duration"),
    ("cost", "Cost", "money"),
)
_BASELINES = tuple(
    Column(f"baseline{n}_{field}", f"Baseline{n} {title.lower()}", 110, kind=kind)
    for n in range(1, 11)
    for field, title, kind in BASELINE_FIELDS
)
# MS Project's custom fields: (prefix, how many, kind).
CUSTOM_FIELDS = (
    ("Text", 30, "text"),
    ("Number", 20, "number"),
    ("Date", 10, "date"),
    ("Flag", 20, "flag"),
)
_CUSTOM = tuple(
    Column(f"{prefix.lower()}{n}", f"{prefix}{n}", 110 if kind != "flag" else 60, True, kind)
    for prefix, count, kind in CUSTOM_FIELDS
    for n in range(1, count + 1)
)
CUSTOM_KEYS = frozenset(column.key for column in _CUSTOM)
COLUMNS: tuple[Column, ...] = _BUILT_IN + _BASELINES + _CUSTOM
# A new plan's table: the columns MS Project's Entry table shows (and ours always did).
DEFAULT_SHOWN = (
    "id",
    "indicators",
    "wbs",
    "name",
    "duration",
    "start",
    "finish",
    "predecessors",
    "resources",
    "percent",
    "float",
)
# MS Project's tables (View > Tables), as column sets a person applies in one step.
TABLE_PRESETS: dict[str, tuple[str, ...]] = {
    "Entry": DEFAULT_SHOWN,
    "Tracking": (
        "id",
        "indicators",
        "name",
        "actual_start",
        "actual_finish",
        "percent",
        "physical_percent",
        "actual_duration",
        "remaining_duration",
        "actual_cost",
        "actual_work",
    ),
    "Variance": (
        "id",
        "indicators",
        "name",
        "start",
        "finish",
        "baseline_start",
        "baseline_finish",
        "start_variance",
        "variance",
    ),
    "Cost": (
        "id",
        "indicators",
        "name",
        "fixed_cost",
        "cost",
        "baseline_cost",
        "cost_variance",
        "actual_cost",
    ),
    "Work": (
        "id",
        "indicators",
        "name",
        "work",
        "baseline_work",
        "work_variance",
        "actual_work",
        "units",
        "task_type",
        "effort_driven",
    ),
    "Earned Value": (
        "id",
        "indicators",
        "name",
        "bcws",
        "bcwp",
        "acwp",
        "sv",
        "cv",
        "sv_percent",
        "cv_percent",
        "spi",
        "cpi",
        "bac",
        "eac",
        "etc",
        "vac",
        "tcpi",
    ),
}
COLUMN_INDEX = {column.key: number for number, column in enumerate(COLUMNS)}
RIGHT_COLUMNS = frozenset(
    number
    for number, column in enumerate(COLUMNS)
    if column.kind in ("id", "number", "money", "percent", "duration") and column.key != "duration"
)
DATE_KINDS = frozenset(number for number, column in enumerate(COLUMNS) if column.kind == "date")
DATE_COLUMNS = frozenset(
    COLUMN_INDEX[key] for key in ("start", "finish", "float")
)  # red when critical
# Summaries show their subtasks' values here: read-only on a summary's row.
ROLLED_UP = frozenset(
    (
        "duration",
        "start",
        "finish",
        "percent",
        "actual_duration",
        "remaining_duration",
        "actual_work",
        "actual_cost",
        "work",
        "units",
        "task_type",
        "effort_driven",
        "fixed_cost_accrual",
    )
)


# The indicators' glyphs (fonts of every platform have them).
CONSTRAINT_MARK, NOTE_MARK, DEADLINE_MARK, CONFLICT_MARK = "\u25a3", "\u270e", "\u2691", "\u26a0"
LATE_MARK = "\u25d4"  # late at the status date (a quarter-filled clock face)
SPLIT_MARK, CONTOUR_MARK = "\u2504", "\u2248"  # a split bar's dotted pause; uneven work


def format_units(units: float) -> str:
    return "" if abs(units - 1.0) < 1e-9 else f"[{units * 100:g}%]"


def format_date(moment: date | None) -> str:  # a datetime is a date too
    if moment is None:
        return ""
    # Not strftime: it costs several times more, and the table formats two dates per row.
    return f"{_WEEKDAYS[moment.weekday()]} {moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
