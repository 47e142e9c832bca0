"""The .pmdb schema, version 1: one SQLModel table per entity kind plus the ``plan`` row.

Column names are the entity field names. Enums are stored as their string values, dict and
list fields as JSON text (see mapping.py). No SQLite-only types: the same tables are meant to
live on a PostgreSQL server later. There are no foreign keys on purpose: PlanData does not
enforce references (importers may bring dangling ones), and write-through order of a
multi-entity edit is the order the editor emits changes in.

Changing a table here changes the file format. Adding a column (whose entity field has a default)
or a table needs no hand-written step: migrations.add_columns_and_tables fills old rows with the
field's default. Every landed release that changes tables bumps SCHEMA_VERSION (identity.py) once
and maps the previous version to that step; a rename, drop or new meaning writes its own step.
Keep the released version-1 fixture test passing.
"""

# No ``from __future__ import annotations`` here: SQLModel reads the annotations at class
# creation to build the columns. Datetimes are naive local times (see entities.py); SQLModel's
# own datetime type insists on time zones, so the plain SQLAlchemy DateTime is named.
from datetime import date, datetime

from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel


class PlanRow(SQLModel, table=True):
    __tablename__ = "plan"
    id: int = Field(primary_key=True)
    name: str
    currency: str
    start: datetime = Field(sa_type=DateTime)
    finish: datetime | None = Field(sa_type=DateTime)
    schedule_from: str
    status_date: datetime | None = Field(sa_type=DateTime)
    default_calendar_id: int | None
    created: datetime | None = Field(sa_type=DateTime)
    modified: datetime | None = Field(sa_type=DateTime)
    app_version: str
    settings: str
    notes: str
    minutes_per_day: int
    minutes_per_week: int
    days_per_month: int


class CalendarRow(SQLModel, table=True):
    __tablename__ = "calendar"
    id: int = Field(primary_key=True)
    name: str
    base_id: int | None
    week: str
    minutes_per_day: int
    minutes_per_week: int
    days_per_month: int


class CalendarExceptionRow(SQLModel, table=True):
    __tablename__ = "calendar_exception"
    id: int = Field(primary_key=True)
    calendar_id: int
    start: date
    finish: date
    name: str
    intervals: str
    recurrence: str | None
    until: date | None
    period: int
    weekdays: str
    month_day: int
    nth: int
    nth_weekday: int
    month: int
    occurrences: int | None


class TaskRow(SQLModel, table=True):
    __tablename__ = "task"
    id: int = Field(primary_key=True)
    name: str
    parent_id: int | None
    position: int
    notes: str
    duration: int
    duration_elapsed: bool
    milestone: bool
    manual: bool
    manual_start: datetime | None = Field(sa_type=DateTime)
    manual_finish: datetime | None = Field(sa_type=DateTime)
    constraint_type: str
    constraint_date: datetime | None = Field(sa_type=DateTime)
    deadline: datetime | None = Field(sa_type=DateTime)
    calendar_id: int | None
    priority: int
    percent_complete: float
    actual_start: datetime | None = Field(sa_type=DateTime)
    actual_finish: datetime | None = Field(sa_type=DateTime)
    fixed_cost: float
    color: str | None
    ignore_resource_calendars: bool
    show_on_timeline: bool | None
    duration_unit: str
    duration_estimated: bool
    custom_fields: str
    splits: str
    duration_optimistic: int | None
    duration_most_likely: int | None
    duration_pessimistic: int | None
    distribution: str
    actual_work: int | None
    actual_cost: float | None
    ev_method: str
    physical_percent_complete: float
    task_type: str
    effort_driven: bool
    fixed_cost_accrual: str
    leveling_delay: int
    leveling_can_split: bool
    level_assignments: bool


class LinkRow(SQLModel, table=True):
    __tablename__ = "link"
    id: int = Field(primary_key=True)
    predecessor_id: int
    successor_id: int
    type: str
    lag: float
    lag_kind: str


class BaselineRow(SQLModel, table=True):
    __tablename__ = "baseline"
    id: int = Field(primary_key=True)
    number: int
    name: str
    created: datetime | None = Field(sa_type=DateTime)


class BaselineTaskRow(SQLModel, table=True):
    __tablename__ = "baseline_task"
    id: int = Field(primary_key=True)
    baseline_id: int
    task_id: int
    start: datetime | None = Field(sa_type=DateTime)
    finish: datetime | None = Field(sa_type=DateTime)
    duration: int
    work: int
    cost: float


class ResourceRow(SQLModel, table=True):
    __tablename__ = "resource"
    id: int = Field(primary_key=True)
    name: str
    initials: str
    group: str
    type: str
    max_units: float
    standard_rate: float
    overtime_rate: float
    cost_per_use: float
    calendar_id: int | None
    email: str
    material_label: str


class AssignmentRow(SQLModel, table=True):
    __tablename__ = "assignment"
    id: int = Field(primary_key=True)
    task_id: int
    resource_id: int
    units: float
    work: int | None
    contour: str
    actual_work: int | None
    overtime_work: int
    delay: int
    cost: float | None
    leveling_delay: int


class RoadmapLaneRow(SQLModel, table=True):
    __tablename__ = "roadmap_lane"
    id: int = Field(primary_key=True)
    name: str
    color: str
    position: int


class RoadmapItemRow(SQLModel, table=True):
    __tablename__ = "roadmap_item"
    id: int = Field(primary_key=True)
    title: str
    description: str
    lane_id: int | None
    horizon: str
    position: int
    target_start: date | None
    target_end: date | None
    status: str
    tags: str
    linked_task_id: int | None
    framework: str
    score_inputs: str


class RoadmapDependencyRow(SQLModel, table=True):
    __tablename__ = "roadmap_dependency"
    id: int = Field(primary_key=True)
    item_id: int
    blocker_id: int


class ScoringModelRow(SQLModel, table=True):
    __tablename__ = "scoring_model"
    id: int = Field(primary_key=True)
    name: str
    framework: str
    formula: str
    criteria: str
    settings: str


class CanvasOfferingRow(SQLModel, table=True):
    __tablename__ = "canvas_offering"
    id: int = Field(primary_key=True)
    name: str
    color: str
    position: int
    own: bool


class CanvasFactorRow(SQLModel, table=True):
    __tablename__ = "canvas_factor"
    id: int = Field(primary_key=True)
    name: str
    position: int
    errc: str | None
    notes: str


class CanvasValueRow(SQLModel, table=True):
    __tablename__ = "canvas_value"
    id: int = Field(primary_key=True)
    factor_id: int
    offering_id: int
    level: float


class CanvasNoteRow(SQLModel, table=True):
    __tablename__ = "canvas_note"
    id: int = Field(primary_key=True)
    canvas: str
    block: str
    text: str
    position: int
    color: str | None


class PnlScenarioRow(SQLModel, table=True):
    __tablename__ = "pnl_scenario"
    id: int = Field(primary_key=True)
    name: str
    position: int
    parameters: str


class PnlLineRow(SQLModel, table=True):
    __tablename__ = "pnl_line"
    id: int = Field(primary_key=True)
    name: str
    section: str
    kind: str
    position: int
    parameters: str
    anchor_task_id: int | None


class PnlOverrideRow(SQLModel, table=True):
    __tablename__ = "pnl_override"
    id: int = Field(primary_key=True)
    line_id: int
    scenario_id: int | None
    period: int
    value: float


class RiskRow(SQLModel, table=True):
    __tablename__ = "risk"
    id: int = Field(primary_key=True)
    name: str
    probability: float
    impact: int
    task_ids: str
    mitigated: bool
    notes: str
    impact_as: str


ROW_CLASSES: tuple[type[SQLModel], ...] = (
    PlanRow,
    CalendarRow,
    CalendarExceptionRow,
    TaskRow,
    LinkRow,
    BaselineRow,
    BaselineTaskRow,
    ResourceRow,
    AssignmentRow,
    RoadmapLaneRow,
    RoadmapItemRow,
    RoadmapDependencyRow,
    ScoringModelRow,
    CanvasOfferingRow,
    CanvasFactorRow,
    CanvasValueRow,
    CanvasNoteRow,
    PnlScenarioRow,
    PnlLineRow,
    PnlOverrideRow,
    RiskRow,
)

TABLES = tuple(cls.__table__ for cls in ROW_CLASSES)  # type: ignore[attr-defined]  # SQLModel sets it on table classes
"""The SQLAlchemy Core tables of schema version 1, in creation order."""
