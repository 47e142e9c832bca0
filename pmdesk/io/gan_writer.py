"""Writing GanttProject .gan files (the layout GanttProject 3 writes and reads).

Dates are days (the scheduled start of each task), durations and lags working days of the
default calendar's length. What GanttProject has no place for (hours, elapsed or percent
lags, constraints other than "earliest begin", material/cost resources, work) is listed in
the returned warnings.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date

from pmdesk.core.entities import (
    BaselineTask,
    CalendarException,
    ConstraintType,
    LagKind,
    Link,
    ResourceType,
)
from pmdesk.core.limits import MAX_OUTLINE_DEPTH
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.recurrence import MAX_OCCURRENCES, occurrence_dates
from pmdesk.core.standard_time import MINUTES_PER_DAY, STANDARD_HOURS
from pmdesk.io.atomic import write_atomic
from pmdesk.io.gan_format import GAN_LINK_CODES, WEEKDAY_ATTRS, gan_priority
from pmdesk.io.mspdi_values import format_number
from pmdesk.io.result import InteropError
from pmdesk.io.scheduled import plan_dates, wbs_order
from pmdesk.io.xmltext import xml_text

# The default columns GanttProject 3 declares in every file.
DEFAULT_TASK_PROPERTIES = (
    ("tpd0", "type", "icon"),
    ("tpd1", "priority", "icon"),
    ("tpd2", "info", "icon"),
    ("tpd3", "name", "text"),
    ("tpd4", "begindate", "date"),
    ("tpd5", "enddate", "date"),
    ("tpd6", "duration", "int"),
    ("tpd7", "completion", "int"),
    ("tpd8", "coordinator", "text"),
    ("tpd9", "predecessorsr", "text"),
)


def _days(minutes: float, minutes_per_day: int) -> str:
    return format_number(round(minutes / minutes_per_day, 6))


def _is_plain_yearly(item: CalendarException) -> bool:
    """A holiday on the same date every year: GanttProject's year-less date holds it."""
    return (
        item.recurrence == "yearly" and item.period == 1 and not item.nth
        and item.month in (0, item.start.month) and item.month_day in (0, item.start.day)
    )  # fmt: skip


def _spans(item: CalendarException) -> list[tuple[date, date]]:
    """The (first, last) days to write: the one range, or each occurrence of a rule that
    GanttProject cannot repeat (at most 999, see core/scheduling/recurrence.py)."""
    if item.recurrence is None or _is_plain_yearly(item):
        return [(item.start, item.finish)]
    span = item.finish - item.start
    return [(d, d + span) for d in occurrence_dates(item, limit=MAX_OCCURRENCES)]


def render_gan(data: PlanData, warnings: list[str]) -> bytes:
    dates = plan_dates(data, warnings)
    counts: Counter[str] = Counter()
    default_id = data.plan.default_calendar_id
    calendar = data.calendars.get(default_id) if default_id is not None and data.calendars else None
    if calendar is None and data.calendars:
        calendar = min(data.calendars.values(), key=lambda c: c.id)
    per_day = calendar.minutes_per_day if calendar is not None else MINUTES_PER_DAY

    root = ET.Element(
        "project",
        {
            "name": data.plan.name,
            "company": "",
            "webLink": "",
            "view-date": data.plan.start.date().isoformat(),
            "view-index": "0",
            "version": "3.3.3309",
            "locale": "en",
        },
    )
    ET.SubElement(root, "description")
    calendars = ET.SubElement(root, "calendars")
    day_types = ET.SubElement(calendars, "day-types")
    ET.SubElement(day_types, "day-type", id="0")
    ET.SubElement(day_types, "day-type", id="1")
    week = {"id": "1", "name": "default"}
    order = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
    for attribute in order:
        weekday = WEEKDAY_ATTRS.index(attribute)
        intervals = calendar.week.get(weekday, []) if calendar is not None else STANDARD_HOURS
        week[attribute] = "0" if intervals else "1"
    ET.SubElement(day_types, "default-week", week)
    ET.SubElement(day_types, "only-show-weekends", value="false")
    ET.SubElement(day_types, "overriden-day-types")
    ET.SubElement(day_types, "days")
    if calendar is not None:
        # Weeks hold lists of intervals: compared with the tuple itself, every day differed.
        standard = list(STANDARD_HOURS)
        if any(iv and iv != standard for iv in calendar.week.values()):
            counts["working hours of the calendar (GanttProject has whole days)"] += 1
        for item in sorted(
            (e for e in data.calendar_exceptions.values() if e.calendar_id == calendar.id),
            key=lambda e: (e.start, e.id),
        ):
            yearly = _is_plain_yearly(item)
            if item.recurrence is not None and not yearly:
                counts["repeating exceptions (written as their dates)"] += 1
            for first, last in _spans(item):
                day = first
                while day <= last:
                    attributes = {
                        "year": "" if yearly else str(day.year),
                        "month": str(day.month),
                        "date": str(day.day),
                        "type": "WORKING_DAY" if item.intervals else "HOLIDAY",
                    }
                    node = ET.SubElement(calendars, "date", attributes)
                    if item.name:
                        node.text = item.name
                    day = day.fromordinal(day.toordinal() + 1)
            if yearly and (item.until is not None or item.occurrences is not None):
                counts["end years of yearly holidays"] += 1
    others = [c for c in data.calendars.values() if calendar is not None and c.id != calendar.id]
    resource_calendars = {r.calendar_id for r in data.resources.values()}
    for other in others:
        if (
            other.id not in resource_calendars
            or other.base_id != (calendar.id if calendar else None)
            or other.week
        ):
            counts[f"calendar '{other.name}' (GanttProject has one calendar)"] += 1

    tasks_elem = ET.SubElement(root, "tasks", {"empty-milestones": "true"})
    properties = ET.SubElement(tasks_elem, "taskproperties")
    for pid, name, value_type in DEFAULT_TASK_PROPERTIES:
        ET.SubElement(
            properties, "taskproperty", id=pid, name=name, type="default", valuetype=value_type
        )
    links_by_predecessor: dict[int, list[Link]] = {}
    for link in sorted(data.links.values(), key=lambda item: item.id):
        links_by_predecessor.setdefault(link.predecessor_id, []).append(link)
    elements: dict[int | None, ET.Element] = {}  # None: no parent
    for task_id, _level, _code in wbs_order(data):
        task = data.tasks[task_id]
        parent = elements.get(task.parent_id, tasks_elem)
        start = dates.tasks[task_id].start
        attributes = {
            "id": str(task_id - 1),
            "name": task.name,
            "meeting": "true" if task.milestone else "false",
            "start": start.date().isoformat(),
            "duration": _days(task.duration, per_day),
            "complete": format_number(task.percent_complete),
            "priority": gan_priority(task.priority),
            "expand": "true",
        }
        if task.color:
            attributes["color"] = task.color  # without one GanttProject uses its default
        if task.duration_elapsed:
            counts["elapsed durations (written as working days)"] += 1
        if task.duration % per_day:
            counts["durations that are not whole days (rounded by GanttProject)"] += 1
        if task.constraint_type == ConstraintType.SNET and task.constraint_date is not None:
            attributes["thirdDate"] = task.constraint_date.date().isoformat()
            attributes["thirdDate-constraint"] = "1"
        elif task.constraint_type != ConstraintType.ASAP:
            counts[f"{task.constraint_type.value} constraints"] += 1
        if task.fixed_cost:
            attributes["cost-manual-value"] = format_number(task.fixed_cost)
            attributes["cost-calculated"] = "false"
        else:
            attributes["cost-calculated"] = "true"
        for name, value in (
            ("deadlines", task.deadline),
            ("manual scheduling", task.manual),
            ("actual dates", task.actual_start or task.actual_finish),
            ("task calendars", task.calendar_id),
        ):
            if value:
                counts[name] += 1
        element = ET.SubElement(parent, "task", attributes)
        elements[task_id] = element
        if task.notes:
            ET.SubElement(element, "notes").text = task.notes
        for link in links_by_predecessor.get(task_id, []):
            lag = link.lag
            if link.lag_kind == LagKind.PERCENT:
                lag = data.tasks[task_id].duration * link.lag / 100
                counts["percent lags (written as days)"] += 1
            elif link.lag_kind == LagKind.ELAPSED:
                counts["elapsed lags (written as working days)"] += 1
            ET.SubElement(
                element,
                "depend",
                id=str(link.successor_id - 1),
                type=GAN_LINK_CODES[link.type],
                difference=_days(lag, per_day),
                hardness="Strong",
            )

    groups = sorted({r.group for r in data.resources.values() if r.group})
    role_ids = {group: str(index) for index, group in enumerate(groups)}
    resources_elem = ET.SubElement(root, "resources")
    for resource in sorted(data.resources.values(), key=lambda r: r.id):
        attributes = {
            "id": str(resource.id - 1),
            "name": resource.name,
            "function": role_ids.get(resource.group, "Default:0"),
            "contacts": resource.email,
            "phone": "",
        }
        element = ET.SubElement(resources_elem, "resource", attributes)
        if resource.standard_rate:
            ET.SubElement(
                element,
                "rate",
                name="standard",
                value=format_number(round(resource.standard_rate * per_day / 60, 9)),
            )
        if resource.type != ResourceType.WORK:
            counts["material and cost resource types"] += 1
        if resource.max_units != 1 or resource.overtime_rate or resource.cost_per_use:
            counts["resource max units, overtime rates and costs per use"] += 1
        if resource.initials:
            counts["resource initials"] += 1
    allocations = ET.SubElement(root, "allocations")
    for assignment in sorted(data.assignments.values(), key=lambda a: a.id):
        if assignment.task_id not in data.tasks or assignment.resource_id not in data.resources:
            continue
        resource = data.resources[assignment.resource_id]
        ET.SubElement(
            allocations,
            "allocation",
            {
                "task-id": str(assignment.task_id - 1),
                "resource-id": str(assignment.resource_id - 1),
                "function": role_ids.get(resource.group, "Default:0"),
                "responsible": "false",
                "load": format_number(round(assignment.units * 100, 9)),
            },
        )
        if assignment.work is not None:
            counts["assignment work (GanttProject derives it)"] += 1
    vacations = ET.SubElement(root, "vacations")
    for resource in sorted(data.resources.values(), key=lambda r: r.id):
        if resource.calendar_id is None:
            continue
        for item in sorted(
            (e for e in data.calendar_exceptions.values() if e.calendar_id == resource.calendar_id),
            key=lambda e: (e.start, e.id),
        ):
            if item.intervals:
                counts["extra working time of resources"] += 1
                continue
            if item.recurrence is not None:
                counts["repeating vacations (written as their dates)"] += 1
            for first, last in _spans(item):
                ET.SubElement(
                    vacations,
                    "vacation",
                    start=first.isoformat(),
                    end=last.isoformat(),
                    resourceid=str(resource.id - 1),
                )
    previous = ET.SubElement(root, "previous")
    by_baseline: dict[int, list[BaselineTask]] = {}
    for kept in data.baseline_tasks.values():
        by_baseline.setdefault(kept.baseline_id, []).append(kept)
    for baseline in sorted(data.baselines.values(), key=lambda b: b.number):
        state = ET.SubElement(previous, "previous-tasks", name=baseline.name)
        for kept in sorted(by_baseline.get(baseline.id, []), key=lambda i: i.task_id):
            if kept.task_id not in data.tasks or kept.start is None:
                continue
            task = data.tasks[kept.task_id]
            ET.SubElement(
                state,
                "previous-task",
                {
                    "id": str(kept.task_id - 1),
                    "start": kept.start.date().isoformat(),
                    "duration": _days(kept.duration, per_day),
                    "meeting": "true" if task.milestone else "false",
                    "super": "true" if dates.tasks[kept.task_id].summary else "false",
                },
            )
    ET.SubElement(root, "roles", {"roleset-name": "Default"})
    roles = ET.SubElement(root, "roles")
    for group, role_id in role_ids.items():
        ET.SubElement(roles, "role", id=role_id, name=group)
    for what, count in sorted(counts.items()):
        warnings.append(
            f"Not written to .gan (GanttProject has no place for them): {what} ({count})."
        )
    ET.indent(root, space="    ")
    # Characters XML cannot carry are replaced as the MSPDI writer replaces them (ElementTree
    # would write them raw, and no XML reader, GanttProject's included, could read the file).
    text = xml_text(ET.tostring(root, encoding="unicode"))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text).encode("utf-8")


def write_gan(data: PlanData, path: str | os.PathLike[str]) -> list[str]:
    """Write ``data`` as a GanttProject file; returns what could not be written."""
    if any(task_id <= 0 for task_id in data.tasks) or any(r <= 0 for r in data.resources):
        raise InteropError("Task and resource ids below 1 cannot be written to a .gan file.")
    depth = max((level for _id, level, _code in wbs_order(data)), default=0)
    if depth > MAX_OUTLINE_DEPTH:
        # ElementTree writes nested tasks recursively, one call per level.
        raise InteropError(
            f"The outline is {depth} levels deep; a .gan file can hold at most "
            f"{MAX_OUTLINE_DEPTH} levels."
        )
    warnings: list[str] = []
    write_atomic(path, render_gan(data, warnings))
    return warnings
