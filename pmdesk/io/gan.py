"""Reading GanttProject .gan files.

GanttProject nests ``<task>`` elements for the hierarchy and writes each dependency
``<depend id=SUCCESSOR type difference hardness>`` inside its *predecessor* (type 1=SS
2=FS 3=FF 4=SF, difference = lag in working days). Its ids start at 0; pmdesk's start at
1, so a GanttProject id n becomes n + 1 (and the writer subtracts it again). GanttProject
has days, not hours: a day is the default calendar's working day (08:00-17:00 with a lunch
hour, 480 minutes).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime

from pmdesk.core.entities import (
    Assignment,
    Baseline,
    BaselineTask,
    Calendar,
    CalendarException,
    ConstraintType,
    Link,
    LinkType,
    Plan,
    Resource,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.io.mspdi_calendars import merge_runs
from pmdesk.io.result import ImportResult, InteropError

# MS Project's standard day, which GanttProject's "working day" becomes.
STANDARD_HOURS = [(480, 720), (780, 1020)]
MINUTES_PER_DAY = 480
DAY_START = 480  # 08:00: a GanttProject date starts the working day

GAN_LINK_TYPES = {"1": LinkType.SS, "2": LinkType.FS, "3": LinkType.FF, "4": LinkType.SF}
GAN_LINK_CODES = {kind: code for code, kind in GAN_LINK_TYPES.items()}
# GanttProject priorities: 3 lowest, 0 low, 1 normal, 2 high, 4 highest.
GAN_PRIORITIES = {"3": 100, "0": 300, "1": 500, "2": 700, "4": 900}
WEEKDAY_ATTRS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # pmdesk weekday order
# GanttProject's built-in role sets, written as "Default:N" and "SoftwareDevelopment:N"
# (RoleManagerImpl); "Default:0" is its "Undefined" role, meaning none.
BUILT_IN_ROLES = {
    "Default:0": "",
    "Default:1": "Project manager",
    "SoftwareDevelopment:2": "Developer",
    "SoftwareDevelopment:3": "Doc writer",
    "SoftwareDevelopment:4": "Tester",
    "SoftwareDevelopment:5": "Graphic designer",
    "SoftwareDevelopment:6": "Doc translator",
    "SoftwareDevelopment:7": "Packager",
    "SoftwareDevelopment:8": "Analysis",
    "SoftwareDevelopment:9": "Web designer",
    "SoftwareDevelopment:10": "No specific role",
}
TASK_ATTRIBUTES = frozenset(
    "id uid name color meeting start duration complete priority expand thirdDate "
    "thirdDate-constraint cost-manual-value cost-calculated shape webLink project "
    "fixed-start".split()
)


def gan_priority(priority: int) -> str:
    """The GanttProject priority nearest to a pmdesk priority (0..1000)."""
    return min(GAN_PRIORITIES, key=lambda code: abs(GAN_PRIORITIES[code] - priority))


def _day(text: str | None) -> date | None:
    if not text:
        return None
    return date.fromisoformat(text.strip()[:10])


def _at_day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, DAY_START // 60, DAY_START % 60)


class _GanReader:
    def __init__(self, path: str) -> None:
        self.path = path
        self.name = os.path.basename(path)
        self.warnings: list[str] = []
        self.counts: Counter = Counter()
        self.tasks: dict[int, Task] = {}
        self.starts: dict[int, date] = {}
        self.links: list[Link] = []
        self.constrained: set[int] = set()

    def read(self) -> ImportResult:
        try:
            root = ET.parse(self.path).getroot()
        except ET.ParseError as exc:
            raise InteropError(f"{self.name} is not readable XML ({exc}).") from None
        if root.tag != "project":
            raise InteropError(f"{self.name} is XML but not a GanttProject file.")
        try:
            return self._read(root)
        except (ValueError, KeyError) as exc:
            raise InteropError(f"{self.name} has a value pmdesk cannot read ({exc}).") from None

    def _read(self, root) -> ImportResult:
        plan = Plan(name=root.get("name") or os.path.splitext(self.name)[0])
        for attribute in ("company", "webLink"):
            if root.get(attribute):
                self.counts[f"project {attribute}"] += 1
        description = (root.findtext("description") or "").strip()
        if description:
            self.counts["project description"] += 1
        calendar = Calendar(id=1, name="Standard", week={})
        entities: list = [calendar]
        entities.extend(self._calendar(root.find("calendars"), calendar))
        plan.default_calendar_id = calendar.id

        tasks_elem = root.find("tasks")
        custom = {}
        if tasks_elem is not None:
            properties = tasks_elem.find("taskproperties")
            if properties is not None:
                custom = {
                    p.get("id"): p.get("name")
                    for p in properties.iterfind("taskproperty")
                    if p.get("type") == "custom"
                }
            for position, elem in enumerate(tasks_elem.iterfind("task")):
                self._task(elem, None, position)
        if custom:
            self.warnings.append(
                "Custom task columns not imported: " + ", ".join(sorted(custom.values())) + "."
            )
        if self.starts:
            plan.start = _at_day_start(min(self.starts.values()))
        self._position_unlinked(plan)
        entities.extend(self.tasks.values())
        entities.extend(link for link in self.links if link.successor_id in self.tasks)
        dropped = sum(1 for link in self.links if link.successor_id not in self.tasks)
        if dropped:
            self.counts["dependencies on missing tasks"] += dropped

        resources, roles = self._resources(root)
        entities.extend(resources.values())
        entities.extend(self._allocations(root, resources, roles))
        entities.extend(self._vacations(root, resources, calendar))
        entities.extend(self._baselines(root))
        for what, count in sorted(self.counts.items()):
            self.warnings.append(f"Not imported: {what} ({count}).")
        data = PlanData(plan)
        data.load(entities)
        return ImportResult(data, self.warnings)

    # -- calendar ------------------------------------------------------------------------
    def _calendar(self, elem, calendar: Calendar) -> list[CalendarException]:
        week = None
        exceptions: list[CalendarException] = []
        if elem is not None:
            week = elem.find("day-types/default-week")
        for weekday, attribute in enumerate(WEEKDAY_ATTRS):
            weekend = week.get(attribute) == "1" if week is not None else weekday >= 5
            calendar.week[weekday] = [] if weekend else list(STANDARD_HOURS)
        if elem is None:
            return exceptions
        for item in elem.iterfind("date"):
            kind = item.get("type", "HOLIDAY")
            if kind == "NEUTRAL":
                continue
            month, day = int(item.get("month")), int(item.get("date"))
            year = item.get("year")
            recurring = not year
            when = date(int(year) if year else 2000, month, day)
            exceptions.append(
                CalendarException(
                    id=len(exceptions) + 1,
                    calendar_id=calendar.id,
                    start=when,
                    finish=when,
                    name=(item.text or "").strip(),
                    intervals=list(STANDARD_HOURS) if kind == "WORKING_DAY" else [],
                    recurrence="yearly" if recurring else None,
                )
            )
        self._next_exception = len(exceptions) + 1
        return merge_runs(exceptions)  # GanttProject lists a holiday week day by day

    # -- tasks ---------------------------------------------------------------------------
    def _task(self, elem, parent: int | None, position: int) -> None:
        task_id = int(elem.get("id")) + 1
        start = _day(elem.get("start"))
        days = float(elem.get("duration") or 0)
        task = Task(
            id=task_id,
            name=elem.get("name") or "",
            parent_id=parent,
            position=position,
            duration=round(days * MINUTES_PER_DAY),
            milestone=elem.get("meeting") == "true",
            percent_complete=float(elem.get("complete") or 0),
            priority=GAN_PRIORITIES.get(elem.get("priority") or "1", 500),
            color=elem.get("color"),
            notes=(elem.findtext("notes") or "").strip(),
        )
        if elem.get("cost-calculated") == "false":
            task.fixed_cost = float(elem.get("cost-manual-value") or 0)
        third = _day(elem.get("thirdDate"))
        if third is not None and elem.get("thirdDate-constraint") == "1":
            # GanttProject's "earliest begin": start no earlier than.
            task.constraint_type = ConstraintType.SNET
            task.constraint_date = _at_day_start(third)
            self.constrained.add(task_id)
        elif third is not None:
            self.counts["inactive earliest-begin dates"] += 1
        for child in elem:
            if child.tag not in ("task", "depend", "notes", "customproperty"):
                self.counts[f"task element <{child.tag}>"] += 1
        if elem.get("webLink"):
            self.counts["task web links"] += 1
        for attribute in set(elem.keys()) - TASK_ATTRIBUTES:
            self.counts[f"task attribute '{attribute}'"] += 1
        self.tasks[task_id] = task
        if start is not None:
            self.starts[task_id] = start
        for depend in elem.iterfind("depend"):
            lag_days = float(depend.get("difference") or 0)
            lag = round(lag_days * MINUTES_PER_DAY)
            self.links.append(
                Link(
                    id=len(self.links) + 1,
                    predecessor_id=task_id,
                    successor_id=int(depend.get("id")) + 1,
                    type=GAN_LINK_TYPES.get(depend.get("type") or "2", LinkType.FS),
                    lag=lag,
                )
            )
        for position_child, child in enumerate(elem.iterfind("task")):
            self._task(child, task_id, position_child)

    def _position_unlinked(self, plan: Plan) -> None:
        """Keep GanttProject's dates for tasks that no dependency places.

        GanttProject leaves a task without predecessors where the user put it; pmdesk would
        move it to the plan start. A leaf task with no dependency into it or its summaries,
        starting after the plan start, therefore gets "start no earlier than" its start.
        """
        linked = {link.successor_id for link in self.links}
        parents = {task.parent_id for task in self.tasks.values()}
        for task_id, task in self.tasks.items():
            if task_id in parents or task_id in self.constrained or task_id not in self.starts:
                continue
            ancestor, placed_by_link = task_id, False
            while ancestor is not None:
                if ancestor in linked:
                    placed_by_link = True
                    break
                ancestor = self.tasks[ancestor].parent_id if ancestor in self.tasks else None
            start = _at_day_start(self.starts[task_id])
            if not placed_by_link and start > plan.start:
                task.constraint_type = ConstraintType.SNET
                task.constraint_date = start

    # -- resources -----------------------------------------------------------------------
    def _roles(self, root) -> dict[str, str]:
        roles = dict(BUILT_IN_ROLES)
        for holder in root.iterfind("roles"):
            roleset = holder.get("roleset-name")
            for role in holder.iterfind("role"):
                key = role.get("id")
                roles[key] = role.get("name") or ""
                if roleset:
                    roles[f"{roleset}:{key}"] = role.get("name") or ""
        return roles

    def _resources(self, root) -> tuple[dict[int, Resource], dict[str, str]]:
        roles = self._roles(root)
        resources: dict[int, Resource] = {}
        holder = root.find("resources")
        for elem in holder.iterfind("resource") if holder is not None else ():
            resource_id = int(elem.get("id")) + 1
            rate = 0.0
            for item in elem.iterfind("rate"):
                if item.get("name") == "standard":
                    # GanttProject's rate is per day; pmdesk's per hour of work.
                    rate = float(item.get("value") or 0) / (MINUTES_PER_DAY / 60)
                else:
                    self.counts[f"resource rate '{item.get('name')}'"] += 1
            resources[resource_id] = Resource(
                id=resource_id,
                name=elem.get("name") or "",
                group=roles.get(elem.get("function") or "", ""),
                email=elem.get("contacts") or "",
                standard_rate=rate,
            )
            if elem.get("phone"):
                self.counts["resource phone numbers"] += 1
            if elem.find("custom-property") is not None:
                self.counts["resource custom properties"] += 1
        return resources, roles

    def _allocations(self, root, resources, roles) -> list[Assignment]:
        assignments: list[Assignment] = []
        holder = root.find("allocations")
        for elem in holder.iterfind("allocation") if holder is not None else ():
            task_id = int(elem.get("task-id")) + 1
            resource_id = int(elem.get("resource-id")) + 1
            if task_id not in self.tasks or resource_id not in resources:
                self.counts["allocations of missing tasks or resources"] += 1
                continue
            assignments.append(
                Assignment(
                    id=len(assignments) + 1,
                    task_id=task_id,
                    resource_id=resource_id,
                    units=float(elem.get("load") or 100) / 100,
                )
            )
            if elem.get("responsible") == "true":
                self.counts["task coordinator marks (responsible)"] += 1
            role = roles.get(elem.get("function") or "", "")
            if role and role != resources[resource_id].group:
                self.counts["roles on single allocations"] += 1
        return assignments

    def _vacations(self, root, resources, base: Calendar) -> list:
        """Vacations become non-working days of a calendar of the resource's own."""
        entities: list = []
        holder = root.find("vacations")
        next_calendar = base.id + 1
        next_exception = getattr(self, "_next_exception", 1)
        calendars: dict[int, Calendar] = {}
        for elem in holder.iterfind("vacation") if holder is not None else ():
            resource = resources.get(int(elem.get("resourceid")) + 1)
            if resource is None:
                continue
            if resource.id not in calendars:
                calendar = Calendar(id=next_calendar, name=resource.name, base_id=base.id)
                next_calendar += 1
                calendars[resource.id] = calendar
                resource.calendar_id = calendar.id
                entities.append(calendar)
            entities.append(
                CalendarException(
                    id=next_exception,
                    calendar_id=calendars[resource.id].id,
                    start=_day(elem.get("start")),
                    finish=_day(elem.get("end")),
                    name="Vacation",
                )
            )
            next_exception += 1
        return entities

    def _baselines(self, root) -> list:
        """``<previous>`` holds GanttProject's baselines ("previous states")."""
        entities: list = []
        holder = root.find("previous")
        number = 0
        for state in holder.iterfind("previous-tasks") if holder is not None else ():
            number += 1
            if number > 10:
                self.counts["baselines beyond the 11 pmdesk keeps"] += 1
                continue
            baseline = Baseline(
                id=number + 1, number=number, name=state.get("name") or f"Baseline {number}"
            )
            entities.append(baseline)
            for item in state.iterfind("previous-task"):
                task_id = int(item.get("id")) + 1
                if task_id not in self.tasks:
                    continue
                start = _day(item.get("start"))
                entities.append(
                    BaselineTask(
                        id=len(entities),
                        baseline_id=baseline.id,
                        task_id=task_id,
                        start=_at_day_start(start) if start else None,
                        duration=round(float(item.get("duration") or 0) * MINUTES_PER_DAY),
                    )
                )
        return entities


def read_gan(path) -> ImportResult:
    """Import a GanttProject file."""
    return _GanReader(os.fspath(path)).read()
