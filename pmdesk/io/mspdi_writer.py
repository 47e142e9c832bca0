"""Writing MS Project XML (MSPDI) in the namespace and element order MS Project expects.

The file starts with the project summary task (UID 0), as Microsoft Project writes it;
task UIDs are pmdesk's task ids. Start and finish dates come from pmdesk's scheduler.
The text is built as strings (no element tree): at 20,000 tasks that is several times
faster and the element order stays explicit.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from xml.sax.saxutils import escape

from pmdesk.core.entities import (
    Assignment,
    BaselineTask,
    Calendar,
    CalendarException,
    ConstraintType,
    CostAccrual,
    LagKind,
    Link,
    LinkType,
    Resource,
    ResourceType,
    ScheduleFrom,
    Task,
    TaskType,
    WorkContour,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.costs import actual_work, cost_parts
from pmdesk.core.scheduling.splits import gaps_of
from pmdesk.core.standard_time import standard_week
from pmdesk.io.atomic import write_atomic
from pmdesk.io.mspdi_calendar_writer import write_calendar
from pmdesk.io.mspdi_custom import FIELD_IDS, field_name, used_keys, write_value
from pmdesk.io.mspdi_fields import PROJECT_ORDER
from pmdesk.io.mspdi_pert import pert_definitions, values_xml
from pmdesk.io.mspdi_project import project_option_values
from pmdesk.io.mspdi_splits import split_segments, task_calendar
from pmdesk.io.mspdi_values import (
    CONSTRAINT_CODES,
    CONTOUR_CODES,
    FORMAT_DAYS,
    FORMAT_ELAPSED_DAYS,
    FORMAT_PERCENT,
    LINK_TYPE_CODES,
    format_datetime,
    format_duration,
    format_number,
)
from pmdesk.io.result import InteropError
from pmdesk.io.scheduled import PlanDates, TaskDates, plan_dates
from pmdesk.io.xmltext import INVALID_XML, xml_text

NAMESPACE = "http://schemas.microsoft.com/project"
_WORK = ResourceType.WORK  # a member lookup per assignment costs more than a global one
# <WorkContour> code of a contour (a WorkContour is a StrEnum: it finds its text); 0 flat.
CONTOUR_CODE = {name: code for code, name in enumerate(CONTOUR_CODES)}
# A split task's work stretches (start, finish, share of the work) and its start.
Split = tuple[list[tuple[datetime, datetime, float]], datetime]
TYPE_CODES = {TaskType.FIXED_UNITS: 0, TaskType.FIXED_DURATION: 1, TaskType.FIXED_WORK: 2}
ACCRUAL_CODES = {CostAccrual.START: 1, CostAccrual.END: 2, CostAccrual.PRORATED: 3}
# An enum member hashes in Python (0.25 us a dict lookup, four per task): the common value
# of each field is compared first (a StrEnum compares as its text, in C), as module globals.
_FIXED_UNITS, _PRORATED, _ASAP, _ALAP = (
    TaskType.FIXED_UNITS,
    CostAccrual.PRORATED,
    ConstraintType.ASAP,
    ConstraintType.ALAP,
)
_FS, _FLAT, _PERCENT, _ELAPSED = LinkType.FS, WorkContour.FLAT, LagKind.PERCENT, LagKind.ELAPSED


# What _text changes: markup, a carriage return, characters XML cannot carry (xml_text).
_CHANGED = re.compile(f"[&<>\r]|{INVALID_XML.pattern}")


def _text(value: str) -> str:
    if _CHANGED.search(value) is None:  # most names: one scan instead of five
        return value
    # A raw carriage return would be read back as a line feed (XML end-of-line handling).
    return escape(xml_text(value)).replace("\r", "&#13;")


def _task_xml(
    out: list[str],
    task: Task,
    uid: int,
    index: int,
    level: int,
    code: str,
    dates: TaskDates,
    summary: bool,
    links: list[Link],
    baselines: list[tuple[int, BaselineTask]],
    pert: bool,
) -> None:
    """``pert``: whether any task of the plan has PERT estimates (else none has any to write)."""
    start, finish = dates.start, dates.finish
    duration = task.duration
    task_type, accrual, constraint = task.task_type, task.fixed_cost_accrual, task.constraint_type
    fmt = FORMAT_ELAPSED_DAYS if task.duration_elapsed else FORMAT_DAYS
    # What most tasks lack, as text to insert (one string for the common part of a task).
    manual = actuals = ""
    if task.manual:
        manual = (
            f"<ManualStart>{format_datetime(task.manual_start or start)}</ManualStart>"
            f"<ManualFinish>{format_datetime(task.manual_finish or finish)}</ManualFinish>"
            f"<ManualDuration>{format_duration(duration)}</ManualDuration>"
        )
    if task.actual_start is not None:
        actuals = f"<ActualStart>{format_datetime(task.actual_start)}</ActualStart>"
    if task.actual_finish is not None:
        actuals += f"<ActualFinish>{format_datetime(task.actual_finish)}</ActualFinish>"
    if task.actual_cost is not None:
        actuals += f"<ActualCost>{format_number(task.actual_cost)}</ActualCost>"
    effort = task.effort_driven or task_type == TaskType.FIXED_WORK
    parts = [
        f"<Task><UID>{uid}</UID><ID>{index}</ID><Name>{_text(task.name)}</Name>"
        f"<Active>1</Active><Manual>{int(task.manual)}</Manual>"
        f"<Type>{1 if summary else 0 if task_type == _FIXED_UNITS else TYPE_CODES[task_type]}"
        "</Type><IsNull>0</IsNull>"
        f"<WBS>{code}</WBS><OutlineNumber>{code}</OutlineNumber><OutlineLevel>{level}</OutlineLevel>"
        f"<Priority>{task.priority}</Priority>"
        f"<Start>{format_datetime(start)}</Start><Finish>{format_datetime(finish)}</Finish>"
        f"<Duration>{format_duration(duration)}</Duration>{manual}"
        f"<DurationFormat>{fmt}</DurationFormat>"
        f"<EffortDriven>{int(effort and not summary)}</EffortDriven>"
        f"<Milestone>{int(task.milestone)}</Milestone><Summary>{int(summary)}</Summary>"
        f"<FixedCost>{format_number(task.fixed_cost)}</FixedCost>"
        f"<FixedCostAccrual>{3 if accrual == _PRORATED else ACCRUAL_CODES[accrual]}"
        "</FixedCostAccrual>"
        f"<PercentComplete>{format_number(task.percent_complete)}</PercentComplete>{actuals}"
        f"<ConstraintType>{0 if constraint == _ASAP else CONSTRAINT_CODES[constraint]}"
        "</ConstraintType>"
        f"<CalendarUID>{task.calendar_id if task.calendar_id is not None else -1}</CalendarUID>"
    ]
    if task.constraint_date is not None and constraint != _ASAP and constraint != _ALAP:
        parts.append(f"<ConstraintDate>{format_datetime(task.constraint_date)}</ConstraintDate>")
    if task.deadline is not None:
        parts.append(f"<Deadline>{format_datetime(task.deadline)}</Deadline>")
    # Between Deadline and LevelingDelay in the schema; Yes (1) is their default, left out.
    if not task.level_assignments:
        parts.append("<LevelAssignments>0</LevelAssignments>")
    if not task.leveling_can_split:
        parts.append("<LevelingCanSplit>0</LevelingCanSplit>")
    if task.leveling_delay:
        # Tenths of a minute, shown in elapsed days (format 8), after Deadline as in the
        # schema; MPXJ reads Project's files the same way (LevelingDelay / 10 minutes).
        parts.append(
            f"<LevelingDelay>{int(task.leveling_delay) * 10}</LevelingDelay>"
            "<LevelingDelayFormat>8</LevelingDelayFormat>"
        )
    if task.ignore_resource_calendars:
        parts.append("<IgnoreResourceCalendar>1</IgnoreResourceCalendar>")
    if task.notes:
        parts.append(f"<Notes>{_text(task.notes)}</Notes>")
    # After Notes, HideBar, Rollup, BCWS, BCWP and before the links, as MS Project writes them.
    if task.physical_percent_complete:
        parts.append(
            f"<PhysicalPercentComplete>{format_number(task.physical_percent_complete)}"
            "</PhysicalPercentComplete>"
        )
    if task.ev_method == "physical":
        parts.append("<EarnedValueMethod>1</EarnedValueMethod>")
    for link in links:
        if link.lag_kind == _PERCENT:
            lag_format = FORMAT_PERCENT
        elif link.lag_kind == _ELAPSED:
            lag_format = FORMAT_ELAPSED_DAYS
        else:
            lag_format = FORMAT_DAYS
        parts.append(
            f"<PredecessorLink><PredecessorUID>{link.predecessor_id}</PredecessorUID>"
            f"<Type>{1 if link.type == _FS else LINK_TYPE_CODES[link.type]}</Type>"
            "<CrossProject>0</CrossProject>"
            f"<LinkLag>{_link_lag(link)}</LinkLag><LagFormat>{lag_format}</LagFormat>"
            "</PredecessorLink>"
        )
    for key, value in task.custom_fields.items():  # MSPDI: after the links, before baselines
        if key in FIELD_IDS:
            parts.append(
                f"<ExtendedAttribute><FieldID>{FIELD_IDS[key]}</FieldID>"
                f"<Value>{_text(write_value(key, value))}</Value></ExtendedAttribute>"
            )
    if pert:
        parts.append(values_xml(task))  # the schema puts ExtendedAttribute before Baseline
    for number, item in baselines:
        parts.append(f"<Baseline><Number>{number}</Number>")
        if item.start is not None:
            parts.append(f"<Start>{format_datetime(item.start)}</Start>")
        if item.finish is not None:
            parts.append(f"<Finish>{format_datetime(item.finish)}</Finish>")
        parts.append(
            f"<Duration>{format_duration(item.duration)}</Duration>"
            f"<DurationFormat>{FORMAT_DAYS}</DurationFormat>"
            f"<Work>{format_duration(item.work)}</Work><Cost>{format_number(item.cost)}</Cost>"
            "</Baseline>"
        )
    parts.append("</Task>\n")
    out.append("".join(parts))


def _link_lag(link: Link) -> int:
    """LinkLag: tenths of a minute, but whole percent for a percent lag (see mspdi.py)."""
    if link.lag_kind == _PERCENT:
        return round(link.lag)
    return round(link.lag * 10)


def _project_header(
    data: PlanData, dates: PlanDates, default_calendar: Calendar | None, warnings: list[str]
) -> list[str]:
    plan = data.plan
    values: dict[str, str] = {}
    kept = plan.settings.get("mspdi", {}).get("project", {}) if plan.settings else {}
    for tag, value in kept.items():
        if tag in PROJECT_ORDER:
            values[tag] = _text(str(value))
    values["SaveVersion"] = values.get("SaveVersion", "14")
    values["Name"] = _text(plan.name)
    values["Title"] = _text(plan.name)
    if plan.created is not None:
        values["CreationDate"] = format_datetime(plan.created)
    if plan.modified is not None:
        values["LastSaved"] = format_datetime(plan.modified)
    from_start = plan.schedule_from != ScheduleFrom.FINISH
    values["ScheduleFromStart"] = str(int(from_start))
    values["StartDate"] = format_datetime(plan.start)  # the property, not the scheduled start
    if not from_start and plan.finish is not None:
        values["FinishDate"] = format_datetime(plan.finish)
    else:
        values["FinishDate"] = format_datetime(dates.project_finish)
    values["CurrencyCode"] = _text(plan.currency)
    if default_calendar is not None:
        values["CalendarUID"] = str(default_calendar.id)
    values.update(project_option_values(plan))
    if plan.status_date is not None:
        values["StatusDate"] = format_datetime(plan.status_date)
    return [f"<{tag}>{values[tag]}</{tag}>\n" for tag in PROJECT_ORDER if tag in values]


def _assignment_xml(
    uid: int, item: Assignment, task: Task, resource: Resource, split: Split | None = None
) -> str:
    """``split``: (segments, start) of a split task (mspdi_splits.split_segments): its work is
    written time-phased, with the pauses as stretches of zero work, as MS Project does."""
    is_work = resource.type == _WORK
    work: float
    if item.work is not None:
        work = item.work
    else:
        work = task.duration * item.units if is_work else 0
    start = phased = ""
    if split is not None:
        segments, first = split
        start = f"<Start>{format_datetime(first)}</Start>"
        phased = "".join(
            f"<TimephasedData><Type>1</Type><UID>{uid}</UID><Start>{format_datetime(a)}</Start>"
            f"<Finish>{format_datetime(b)}</Finish><Unit>2</Unit>"
            f"<Value>{format_duration(work * share)}</Value></TimephasedData>"
            for a, b, share in segments
        )
    # In the schema's order: ActualWork, Cost, Delay (tenths of a minute), LevelingDelay and
    # its format (as the task's: tenths of a minute shown in elapsed days), OvertimeWork,
    # RegularWork, RemainingWork, then Start, Units, Work, WorkContour.
    per_use, spread = cost_parts(item, task, resource)  # assignment_cost, without its property
    done = delay = 0
    overtime: float = 0
    leveling = ""
    if is_work:
        done = actual_work(item, task)
        overtime = min(item.overtime_work, work)
        delay = item.delay * 10
        if item.leveling_delay:
            leveling = (
                f"<LevelingDelay>{int(item.leveling_delay) * 10}</LevelingDelay>"
                "<LevelingDelayFormat>8</LevelingDelayFormat>"
            )
    return (
        f"<Assignment><UID>{uid}</UID><TaskUID>{item.task_id}</TaskUID>"
        f"<ResourceUID>{item.resource_id}</ResourceUID>"
        f"<ActualWork>{format_duration(done)}</ActualWork>"
        f"<Cost>{format_number(per_use + spread)}</Cost>"
        f"<Delay>{delay}</Delay>{leveling}"
        f"<OvertimeWork>{format_duration(overtime)}</OvertimeWork>"
        f"<RegularWork>{format_duration(work - overtime)}</RegularWork>"
        f"<RemainingWork>{format_duration(max(0, work - done))}</RemainingWork>{start}"
        f"<Units>{format_number(item.units)}</Units><Work>{format_duration(work)}</Work>"
        f"<WorkContour>{0 if item.contour == _FLAT else CONTOUR_CODE.get(item.contour, 0)}"
        f"</WorkContour>{phased}</Assignment>\n"
    )


def _resource_xml(resource: Resource) -> str:
    code = {ResourceType.MATERIAL: 0, ResourceType.WORK: 1, ResourceType.COST: 2}[resource.type]
    parts = [
        f"<Resource><UID>{resource.id}</UID><ID>{resource.id}</ID>"
        f"<Name>{_text(resource.name)}</Name><Type>{code}</Type><IsNull>0</IsNull>"
        f"<Initials>{_text(resource.initials)}</Initials>"
    ]
    if resource.type == ResourceType.MATERIAL and resource.material_label:
        parts.append(f"<MaterialLabel>{_text(resource.material_label)}</MaterialLabel>")
    if resource.group:
        parts.append(f"<Group>{_text(resource.group)}</Group>")
    if resource.email:
        parts.append(f"<EmailAddress>{_text(resource.email)}</EmailAddress>")
    parts.append(
        f"<MaxUnits>{format_number(resource.max_units)}</MaxUnits>"
        f"<StandardRate>{format_number(resource.standard_rate)}</StandardRate>"
        f"<StandardRateFormat>2</StandardRateFormat>"
        f"<OvertimeRate>{format_number(resource.overtime_rate)}</OvertimeRate>"
        f"<OvertimeRateFormat>2</OvertimeRateFormat>"
        f"<CostPerUse>{format_number(resource.cost_per_use)}</CostPerUse>"
    )
    if resource.calendar_id is not None:
        parts.append(f"<CalendarUID>{resource.calendar_id}</CalendarUID>")
    parts.append(f"<IsCostResource>{int(resource.type == ResourceType.COST)}</IsCostResource>")
    parts.append("</Resource>\n")
    return "".join(parts)


def render_mspdi(data: PlanData, warnings: list[str]) -> str:
    """The whole MSPDI document as text."""
    if any(task_id <= 0 for task_id in data.tasks):
        raise InteropError("A task id below 1 cannot be written to MS Project XML.")
    dates = plan_dates(data, warnings)
    calendars = sorted(data.calendars.values(), key=lambda c: c.id)
    default_id = data.plan.default_calendar_id
    default_calendar = data.calendars.get(default_id) if default_id is not None else None
    if default_calendar is None and calendars:
        default_calendar = calendars[0]
    if not calendars:
        # MS Project needs a project calendar; pmdesk schedules a plan without one on the
        # standard week, so that is the one written.
        week = standard_week() | {5: [], 6: []}
        default_calendar = Calendar(id=1, name="Standard", week=week)
        calendars = [default_calendar]
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
        f'<Project xmlns="{NAMESPACE}">\n',
    ]
    out.extend(_project_header(data, dates, default_calendar, warnings))
    exceptions: dict[int, list[CalendarException]] = {}
    for exception in sorted(data.calendar_exceptions.values(), key=lambda e: (e.start, e.id)):
        exceptions.setdefault(exception.calendar_id, []).append(exception)
    custom = used_keys(data.tasks.values())
    pert = pert_definitions(data.tasks.values())
    if custom or pert:  # the project lists the custom fields its tasks use, before the calendars
        out.append("<ExtendedAttributes>\n")
        for key in custom:
            out.append(
                f"<ExtendedAttribute><FieldID>{FIELD_IDS[key]}</FieldID>"
                f"<FieldName>{field_name(key)}</FieldName></ExtendedAttribute>\n"
            )
        for fid, name in pert:
            out.append(
                f"<ExtendedAttribute><FieldID>{fid}</FieldID>"
                f"<FieldName>{name}</FieldName></ExtendedAttribute>\n"
            )
        out.append("</ExtendedAttributes>\n")
    out.append("<Calendars>\n")
    for calendar in calendars:
        out.append(write_calendar(calendar, exceptions.get(calendar.id, [])))
    out.append("</Calendars>\n<Tasks>\n")
    # The project summary task, UID 0, spans the whole plan as in MS Project's own files.
    out.append(
        f"<Task><UID>0</UID><ID>0</ID><Name>{_text(data.plan.name)}</Name><Active>1</Active>"
        "<Manual>0</Manual><Type>1</Type><IsNull>0</IsNull><WBS>0</WBS>"
        "<OutlineNumber>0</OutlineNumber><OutlineLevel>0</OutlineLevel><Priority>500</Priority>"
        f"<Start>{format_datetime(dates.project_start)}</Start>"
        f"<Finish>{format_datetime(dates.project_finish)}</Finish>"
        f"<DurationFormat>{FORMAT_DAYS}</DurationFormat><Milestone>0</Milestone>"
        "<Summary>1</Summary><ConstraintType>0</ConstraintType><CalendarUID>-1</CalendarUID>"
        + (f"<Notes>{_text(data.plan.notes)}</Notes>" if data.plan.notes else "")
        + "</Task>\n"
    )
    links_by_successor: dict[int, list[Link]] = {}
    for link in sorted(data.links.values(), key=lambda item: item.id):
        links_by_successor.setdefault(link.successor_id, []).append(link)
    numbers = {b.id: b.number for b in data.baselines.values()}
    baselines_by_task: dict[int, list[tuple[int, BaselineTask]]] = {}
    for kept in data.baseline_tasks.values():
        if kept.baseline_id in numbers:
            baselines_by_task.setdefault(kept.task_id, []).append((numbers[kept.baseline_id], kept))
    for items in baselines_by_task.values():
        items.sort(key=lambda pair: pair[0])
    colored = 0
    tasks, task_dates, has_pert = data.tasks, dates.tasks, bool(pert)
    for index, (task_id, level, code) in enumerate(dates_order(dates), start=1):
        task = tasks[task_id]
        colored += task.color is not None
        item_dates = task_dates[task_id]
        _task_xml(
            out,
            task,
            task_id,
            index,
            level,
            code,
            item_dates,
            item_dates.summary,
            links_by_successor.get(task_id, []),
            baselines_by_task.get(task_id, []),
            has_pert,
        )
    out.append("</Tasks>\n<Resources>\n")
    for listed in sorted(data.resources.values(), key=lambda r: r.id):
        out.append(_resource_xml(listed))
    out.append("</Resources>\n<Assignments>\n")
    written_split: set[int] = set()
    resources = data.resources  # (a property: looked up once)
    for uid, assignment in enumerate(sorted(data.assignments.values(), key=lambda a: a.id), 1):
        assigned = tasks.get(assignment.task_id)
        resource = resources.get(assignment.resource_id)
        if assigned is None or resource is None:
            continue
        split = None
        if gaps_of(assigned) and resource.type == _WORK:  # pauses inside its work
            first = dates.tasks[assigned.id].start
            split = (split_segments(assigned, first, task_calendar(data, assigned)), first)
            written_split.add(assigned.id)
        out.append(_assignment_xml(uid, assignment, assigned, resource, split))
    out.append("</Assignments>\n</Project>\n")
    if colored:
        warnings.append(f"MS Project XML has no task colours: {colored} task colours not written.")
    named = [
        b for b in data.baselines.values() if b.name not in ("Baseline", f"Baseline {b.number}")
    ]
    if named:
        warnings.append("MS Project XML has no baseline names: baseline names not written.")
    lost = sum(1 for t in data.tasks.values() if gaps_of(t) and t.id not in written_split)
    if lost:  # MSPDI keeps a split only in an assignment's time-phased work
        warnings.append(
            f"{lost} split tasks were written without their gaps: MS Project XML keeps a "
            "split only in the time-phased work of a resource assigned to the task."
        )
    return "".join(out)


def dates_order(dates: PlanDates) -> list[tuple[int, int, str]]:
    return [(task_id, item.wbs.count(".") + 1, item.wbs) for task_id, item in dates.tasks.items()]


def write_mspdi(data: PlanData, path: str | os.PathLike[str]) -> list[str]:
    """Write ``data`` as MSPDI to ``path`` (atomically); returns what could not be written."""
    warnings: list[str] = []
    write_atomic(path, render_mspdi(data, warnings))
    return warnings
