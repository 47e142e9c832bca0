"""The plan's entities: plain dataclasses shared by engines, store, import/export and views.

Each entity has an integer ``id`` unique within its kind. Values the engines compute
(schedule dates, float, P&L totals, scores) are never stored on these: they are derived.
Times are naive local ``datetime`` values; durations and lags are in working minutes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pmdesk.core.standard_time import DAYS_PER_MONTH, MINUTES_PER_DAY, MINUTES_PER_WEEK

# A JSON object stored in one column of the file (settings, custom fields, P&L parameters):
# any JSON value may come back from a file, so the code that reads one checks what it takes.
JsonObject = dict[str, Any]


class LinkType(enum.StrEnum):
    """Dependency types, named as MS Project names them."""

    FS = "FS"  # successor start  >= predecessor finish + lag
    SS = "SS"  # successor start  >= predecessor start  + lag
    FF = "FF"  # successor finish >= predecessor finish + lag
    SF = "SF"  # successor finish >= predecessor start  + lag


class LagKind(enum.StrEnum):
    WORKING = "working"  # lag is working minutes on the successor's calendar
    ELAPSED = "elapsed"  # lag is wall-clock minutes (MS Project "ed", "eh")
    PERCENT = "percent"  # lag is a percentage of the predecessor's duration


class ConstraintType(enum.StrEnum):
    ASAP = "ASAP"  # as soon as possible
    ALAP = "ALAP"  # as late as possible
    SNET = "SNET"  # start no earlier than
    SNLT = "SNLT"  # start no later than
    FNET = "FNET"  # finish no earlier than
    FNLT = "FNLT"  # finish no later than
    MSO = "MSO"  # must start on
    MFO = "MFO"  # must finish on


class ResourceType(enum.StrEnum):
    WORK = "work"
    MATERIAL = "material"
    COST = "cost"


class TaskType(enum.StrEnum):
    """Which of duration, work and units MS Project keeps when one of the others is edited
    (the Task Type field; MSPDI Type 0, 1, 2)."""

    FIXED_UNITS = "fixed_units"
    FIXED_DURATION = "fixed_duration"
    FIXED_WORK = "fixed_work"


class CostAccrual(enum.StrEnum):
    """When a task's fixed cost is spent (MS Project's Fixed Cost Accrual field)."""

    START = "start"
    PRORATED = "prorated"
    END = "end"


class Horizon(enum.StrEnum):
    NOW = "now"
    NEXT = "next"
    LATER = "later"
    PARKED = "parked"


class WorkContour(enum.StrEnum):
    """How an assignment's work is spread over its span (MS Project's Work Contour field)."""

    FLAT = "flat"
    BACK_LOADED = "back_loaded"
    FRONT_LOADED = "front_loaded"
    DOUBLE_PEAK = "double_peak"
    EARLY_PEAK = "early_peak"
    LATE_PEAK = "late_peak"
    BELL = "bell"
    TURTLE = "turtle"
    CONTOURED = "contoured"  # edited by hand in MS Project: the task keeps its duration


class RiskImpact(enum.StrEnum):
    """What a risk event does when it occurs. The "new task" forms are the risk tasks of
    schedule risk tools (Primavera Risk Analysis, Safran Risk): a task of the impact's length
    inserted into the network next to each chosen task."""

    LONGER = "longer"  # each chosen task takes the impact longer
    TASK_AFTER = "task_after"  # a new task between each chosen task and its successors
    TASK_BEFORE = "task_before"  # a new task between each chosen task and its predecessors


class Distribution(enum.StrEnum):
    """How a task's duration varies between its three-point estimates in a risk simulation."""

    TRIANGULAR = "triangular"  # triangle from optimistic through most likely to pessimistic
    PERT = "pert"  # PERT-beta: mean (o + 4m + p) / 6
    UNIFORM = "uniform"  # every duration from optimistic to pessimistic equally likely
    FIXED = "fixed"  # no variation: the most likely duration


class ScheduleFrom(enum.StrEnum):
    START = "start"  # forward from the project start
    FINISH = "finish"  # backward from the project finish date


@dataclass(slots=True)
class Plan:
    """The one plan a .pmdb file holds: its properties (not its contents, see PlanData)."""

    id: int = 1
    name: str = "Untitled plan"
    currency: str = "EUR"
    start: datetime = field(default_factory=lambda: datetime(2026, 1, 5, 8, 0))
    finish: datetime | None = None  # the fixed finish when scheduling from the finish
    schedule_from: ScheduleFrom = ScheduleFrom.START
    status_date: datetime | None = None
    default_calendar_id: int | None = None
    created: datetime | None = None
    modified: datetime | None = None
    app_version: str = ""  # the pmdesk version that last wrote the file
    settings: JsonObject = field(default_factory=dict)
    notes: str = ""
    # How typed durations in days, weeks and months become working minutes (MS Project's
    # project options "Hours per day", "Hours per week", "Days per month").
    minutes_per_day: int = MINUTES_PER_DAY
    minutes_per_week: int = MINUTES_PER_WEEK
    days_per_month: int = DAYS_PER_MONTH


@dataclass(slots=True)
class Calendar:
    """A working-time calendar.

    ``week`` maps weekday (0 = Monday .. 6 = Sunday) to working intervals in minutes from
    midnight, e.g. ``[(480, 720), (780, 1020)]`` for 08:00-12:00 and 13:00-17:00. A weekday
    missing from ``week`` inherits from the base calendar (or is non-working without one).
    """

    id: int
    name: str = "Standard"
    base_id: int | None = None
    week: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    minutes_per_day: int = MINUTES_PER_DAY
    minutes_per_week: int = MINUTES_PER_WEEK
    days_per_month: int = DAYS_PER_MONTH


@dataclass(slots=True)
class CalendarException:
    """Dated change to a calendar: a holiday (no intervals) or changed/extra working hours.

    ``recurrence`` is None for the dated range ``start``..``finish``. Otherwise the exception
    repeats from ``start`` and each occurrence lasts ``finish - start`` days more than one:
    "daily" every ``period`` days; "weekly" every ``period`` weeks on ``weekdays`` (0 = Monday);
    "monthly" every ``period`` months on day ``month_day`` (0: start's day) or, with ``nth``
    1..4 / 5 = last, on that ``nth_weekday``; "yearly" on ``month``/``month_day`` (0: start's)
    or the ``nth`` ``nth_weekday`` of ``month``. It ends on ``until`` or after
    ``occurrences``. A "yearly" one with neither is the open-ended form files of format 1
    hold; it runs to MS Project's last calendar day (see core/scheduling/recurrence.py).
    """

    id: int
    calendar_id: int
    start: date
    finish: date
    name: str = ""
    intervals: list[tuple[int, int]] = field(default_factory=list)
    recurrence: str | None = None
    until: date | None = None
    period: int = 1
    weekdays: list[int] = field(default_factory=list)
    month_day: int = 0
    nth: int = 0
    nth_weekday: int = 0
    month: int = 0
    occurrences: int | None = None


@dataclass(slots=True)
class Task:
    id: int
    name: str = ""
    parent_id: int | None = None  # WBS parent; None for top level
    position: int = 0  # order among siblings
    notes: str = ""
    duration: int = MINUTES_PER_DAY  # working minutes (elapsed minutes when duration_elapsed)
    duration_elapsed: bool = False
    milestone: bool = False
    manual: bool = False  # manually scheduled: keeps manual_start/manual_finish
    manual_start: datetime | None = None
    manual_finish: datetime | None = None
    constraint_type: ConstraintType = ConstraintType.ASAP
    constraint_date: datetime | None = None
    deadline: datetime | None = None
    calendar_id: int | None = None  # None: the plan's default calendar
    priority: int = 500
    percent_complete: float = 0.0
    actual_start: datetime | None = None
    actual_finish: datetime | None = None
    fixed_cost: float = 0.0
    color: str | None = None
    # MS Project's "Scheduling ignores resource calendars": the task keeps to its own calendar
    # even where its resources' calendars say they are not working.
    ignore_resource_calendars: bool = False
    # On the executive timeline (MS Project's "Display on Timeline"); None: the default rule,
    # milestones and top-level summary tasks (core/timeline.py).
    show_on_timeline: bool | None = None
    # How the duration was typed (MS Project keeps it per task): "m", "h", "d", "w" or "mo",
    # "" for a plan written before units were kept; and the estimate mark ("3d?").
    duration_unit: str = ""
    duration_estimated: bool = False
    # MS Project's custom fields, by lower-case name: "text1".."text30" (str), "number1".."20"
    # (float), "date1".."10" (ISO date-time text), "flag1".."20" (bool). Unset ones are absent.
    custom_fields: JsonObject = field(default_factory=dict)
    # Split task: after ``offset`` working minutes of the task's work, a pause of ``gap``
    # working minutes (MS Project's split bars); the Duration does not count the pauses.
    splits: list[tuple[int, int]] = field(default_factory=list)
    # Three-point estimates for schedule risk (working minutes; None: the planned duration).
    duration_optimistic: int | None = None
    duration_most_likely: int | None = None
    duration_pessimistic: int | None = None
    distribution: Distribution = Distribution.TRIANGULAR
    # Tracking (MS Project's fields of the same names). None: computed from % complete, as
    # MS Project does while "Actual costs are always calculated by Project" is on.
    actual_work: int | None = None  # working minutes
    actual_cost: float | None = None
    # Earned value method (MS Project's "Earned Value Method": "percent" = % Complete,
    # "physical" = Physical % Complete) and the physical % complete it then uses.
    ev_method: str = "percent"
    physical_percent_complete: float = 0.0
    # MS Project's Type and Effort Driven fields (core/scheduling/tasktypes.py): new tasks
    # are fixed units and, as in Project 2010 and later, not effort-driven. A fixed-work task
    # is always effort-driven.
    task_type: TaskType = TaskType.FIXED_UNITS
    effort_driven: bool = False
    # When the fixed cost is spent; MS Project's default is prorated over the task.
    fixed_cost_accrual: CostAccrual = CostAccrual.PRORATED
    # MS Project's Leveling Delay: elapsed minutes leveling waits after the task's early
    # start (its links and constraints); Clear Leveling sets it back to 0 (leveling.py).
    leveling_delay: int = 0
    # MS Project's Leveling Can Split and Level Assignments task fields (both Yes by default):
    # whether leveling may split this task's remaining work, and delay its assignments one
    # by one; each applies only where the Leveling Options allow it too (levelpass.py).
    leveling_can_split: bool = True
    level_assignments: bool = True


@dataclass(slots=True)
class Link:
    id: int
    predecessor_id: int
    successor_id: int
    type: LinkType = LinkType.FS
    lag: float = 0  # minutes (working or elapsed) or percent, per lag_kind; negative = lead
    lag_kind: LagKind = LagKind.WORKING


@dataclass(slots=True)
class Baseline:
    id: int
    number: int = 0  # 0..10 as in MS Project
    name: str = "Baseline"
    created: datetime | None = None


@dataclass(slots=True)
class BaselineTask:
    id: int
    baseline_id: int
    task_id: int
    start: datetime | None = None
    finish: datetime | None = None
    duration: int = 0
    work: int = 0
    cost: float = 0.0


@dataclass(slots=True)
class Resource:
    id: int
    name: str = ""
    initials: str = ""
    group: str = ""
    type: ResourceType = ResourceType.WORK
    max_units: float = 1.0  # 1.0 == 100 %
    standard_rate: float = 0.0  # per hour of work (per unit for material)
    overtime_rate: float = 0.0
    cost_per_use: float = 0.0
    calendar_id: int | None = None
    email: str = ""
    # A material resource's unit of measure (MS Project's Material Label: "t", "m3", "box").
    material_label: str = ""


@dataclass(slots=True)
class Assignment:
    id: int
    task_id: int
    resource_id: int
    units: float = 1.0
    work: int | None = None  # working minutes; None: duration x units
    contour: WorkContour = WorkContour.FLAT
    # Tracking: working minutes done (None: the task's % complete of the work); remaining
    # work is work - actual work.
    actual_work: int | None = None
    # Working minutes of the work done as overtime (costed at the overtime rate, part of
    # ``work``) and the assignment's start delay from the task's start (working minutes on the
    # resource's calendar), as MS Project's Overtime Work and Assignment Delay fields.
    overtime_work: int = 0
    delay: int = 0
    # A cost resource's amount on this task (MS Project types it per assignment); None: the
    # resource's cost per use.
    cost: float | None = None
    # MS Project's assignment Leveling Delay: elapsed minutes this resource starts after the
    # task when "Leveling can adjust individual assignments of a task" (leveling.py).
    leveling_delay: int = 0


@dataclass(slots=True)
class RoadmapLane:
    id: int
    name: str = ""
    color: str = "#4e79a7"
    position: int = 0


@dataclass(slots=True)
class RoadmapItem:
    id: int
    title: str = ""
    description: str = ""
    lane_id: int | None = None
    horizon: Horizon = Horizon.NOW
    position: int = 0  # order within its cell
    target_start: date | None = None
    target_end: date | None = None
    status: str = "planned"  # idea / planned / in_progress / done / at_risk
    tags: list[str] = field(default_factory=list)
    linked_task_id: int | None = None
    framework: str = "RICE"  # RICE / WSJF / ICE / VALUE_EFFORT / CUSTOM
    score_inputs: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class RoadmapDependency:
    """``item_id`` is blocked by ``blocker_id``."""

    id: int
    item_id: int
    blocker_id: int


@dataclass(slots=True)
class ScoringModel:
    id: int
    name: str = ""
    framework: str = "CUSTOM"
    formula: str = ""
    criteria: list[str] = field(default_factory=list)
    settings: JsonObject = field(default_factory=dict)


@dataclass(slots=True)
class CanvasOffering:
    id: int
    name: str = ""
    color: str = "#4e79a7"
    position: int = 0
    own: bool = False  # our own (to-be) offering, drawn emphasised


@dataclass(slots=True)
class CanvasFactor:
    id: int
    name: str = ""
    position: int = 0
    errc: str | None = None  # eliminate / reduce / raise / create
    notes: str = ""


@dataclass(slots=True)
class CanvasValue:
    id: int
    factor_id: int
    offering_id: int
    level: float = 0.0  # 0..10


@dataclass(slots=True)
class CanvasNote:
    id: int
    canvas: str = "bmc"  # bmc (Business Model Canvas) / lean
    block: str = ""  # e.g. key_partners, value_propositions
    text: str = ""
    position: int = 0
    color: str | None = None


@dataclass(slots=True)
class PnlScenario:
    id: int
    name: str = "Base"
    position: int = 0
    parameters: JsonObject = field(default_factory=dict)  # e.g. {"volume_factor": 1.2}


@dataclass(slots=True)
class PnlLine:
    """A revenue or cost line of the P&L.

    ``kind`` says how its per-period values come from ``parameters``: "fixed" (amount per
    period), "growth" (start amount, growth per period), "units" (units x price with growth),
    "resource_cost" (the cost of the plan's assignments), "one_off" (amount in one period).
    ``anchor_task_id`` starts the line at that task's (milestone's) scheduled finish.
    """

    id: int
    name: str = ""
    section: str = "revenue"  # revenue / cogs / opex / capex
    kind: str = "fixed"
    position: int = 0
    parameters: JsonObject = field(default_factory=dict)
    anchor_task_id: int | None = None


@dataclass(slots=True)
class PnlOverride:
    id: int
    line_id: int
    scenario_id: int | None
    period: int  # index from the P&L's first period
    value: float = 0.0


@dataclass(slots=True)
class Risk:
    """A risk event of the risk register: when it occurs (``probability`` percent of the
    time), each task in ``task_ids`` takes ``impact`` more working minutes, or (``impact_as``)
    a new task of ``impact`` working minutes runs after or before each of them. A mitigated
    risk stays on the register but is left out of the simulation."""

    id: int
    name: str = ""
    probability: float = 50.0  # percent, 0-100
    impact: int = MINUTES_PER_DAY  # working minutes added to each chosen task
    task_ids: list[int] = field(default_factory=list)
    mitigated: bool = False
    notes: str = ""
    impact_as: RiskImpact = RiskImpact.LONGER


ENTITY_KINDS: tuple[type, ...] = (
    Calendar,
    CalendarException,
    Task,
    Link,
    Baseline,
    BaselineTask,
    Resource,
    Assignment,
    RoadmapLane,
    RoadmapItem,
    RoadmapDependency,
    ScoringModel,
    CanvasOffering,
    CanvasFactor,
    CanvasValue,
    CanvasNote,
    PnlScenario,
    PnlLine,
    PnlOverride,
    Risk,
)
