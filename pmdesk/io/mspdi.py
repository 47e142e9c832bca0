"""Reading MS Project XML (MSPDI), as written by Microsoft Project and ProjectLibre.

The file is streamed: its task, resource and assignment lists in C-parsed batches
(``mspdi_stream``), the rest with ``iterparse``; each element is read and then dropped, so
a 20,000-task file never sits in memory as a tree. Ids are kept: a
pmdesk task, resource or calendar has the UID it had in the file. What pmdesk recomputes
(dates, slack, cost, work totals) is not imported; what it has no place for is listed in
the warnings, never dropped silently.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

from pmdesk.core.entities import (
    Assignment,
    Baseline,
    BaselineTask,
    Calendar,
    ConstraintType,
    LagKind,
    Link,
    Plan,
    Resource,
    ResourceType,
    ScheduleFrom,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.io.mspdi_calendars import CalendarReader, break_base_cycles
from pmdesk.io.mspdi_custom import KEYS_BY_ID, read_value
from pmdesk.io.mspdi_fields import (
    ASSIGNMENT_DEFAULTS,
    ASSIGNMENT_KNOWN,
    EMPTY_VALUES,
    PROJECT_DERIVED,
    PROJECT_DISPLAY,
    PROJECT_MAPPED,
    RESOURCE_DEFAULTS,
    RESOURCE_KNOWN,
    SKIPPED,
    TASK_DEFAULTS,
    TASK_KNOWN,
)
from pmdesk.io.mspdi_project import read_project_options
from pmdesk.io.mspdi_pert import PERT_FIELDS, read_estimates
from pmdesk.io.mspdi_stream import FastPathUnavailable, stream
from pmdesk.io.mspdi_values import (
    CONSTRAINTS,
    ELAPSED_FORMATS,
    LINK_TYPES,
    PERCENT_FORMATS,
    parse_datetime,
    parse_duration,
)
from pmdesk.io.result import ImportResult, InteropError

NO_RESOURCE = -65535  # MS Project's "unassigned" placeholder: not an assignment


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _root_namespace(path) -> str:
    try:
        for _event, elem in ET.iterparse(path, events=("start",)):
            if _local(elem.tag) != "Project":
                raise InteropError(
                    f"{os.path.basename(path)} is XML but not an MS Project XML (MSPDI) file."
                )
            return elem.tag[: len(elem.tag) - len("Project")]
    except ET.ParseError as exc:
        raise InteropError(f"{os.path.basename(path)} is not readable XML ({exc}).") from None
    raise InteropError(f"{os.path.basename(path)} is empty.")


class _Reader:
    def __init__(self, path) -> None:
        self.path = path
        self.ns = _root_namespace(path)
        self.cut = len(self.ns)
        self.warnings: list[str] = []
        self.unmapped: dict[str, Counter] = defaultdict(Counter)
        self.project_fields: dict[str, str | None] = {}
        self.project_sections: list = []
        self.calendar_elems: list = []
        self.tasks: list[Task] = []
        self.task_uids: set[int] = set()
        self.links: list[tuple[int, int, int, int, int]] = []  # pred, succ, type, lag, format
        self.baseline_tasks: list[tuple[int, int, dict]] = []
        self.resources: list[tuple[int, Resource, str | None]] = []
        self.assignments: list[tuple[int, int, float, float | None]] = []
        self.task_calendars: dict[int, int] = {}
        self.summary_name: str | None = None
        self.summary_notes = ""  # MS Project keeps the project's notes on its summary task
        self.counts = Counter()
        self._stack: list[tuple[int, int]] = []
        self._positions: Counter = Counter()
        self._unknown: dict[tuple, list[str]] = {}

    # -- streaming -----------------------------------------------------------------------
    def read(self, fast: bool = True) -> ImportResult:
        ns = self.ns
        handlers = {"Task": self._task, "Resource": self._resource, "Assignment": self._assignment}
        by_tag = {ns + name: handler for name, handler in handlers.items()}
        containers = {ns + "Tasks", ns + "Resources", ns + "Assignments"}
        calendar_tag, root_tag = ns + "Calendar", ns + "Project"
        events = stream(self.path, handlers, ns, SKIPPED) if fast else ET.iterparse(self.path)
        try:
            for _event, elem in events:
                tag = elem.tag
                handler = by_tag.get(tag)
                if handler is not None:
                    handler(elem)
                    elem.clear()
                elif tag == calendar_tag:
                    self.calendar_elems.append(elem)  # small; read at the end with the project
                elif tag in containers:
                    elem.clear()
                elif tag == root_tag:
                    self._project(elem)
        except ET.ParseError as exc:
            if fast:  # perhaps the batch cut was wrong: let the plain reader judge the file
                raise FastPathUnavailable from None
            raise InteropError(
                f"{os.path.basename(self.path)} is damaged or not complete XML ({exc})."
            ) from None
        except (ValueError, KeyError, IndexError) as exc:
            raise InteropError(
                f"{os.path.basename(self.path)} has a value pmdesk cannot read ({exc})."
            ) from None
        return self._assemble()

    def _fields(self, elem) -> dict[str, str | None]:
        cut = self.cut
        return {child.tag[cut:]: child.text for child in elem}

    def _note_unmapped(self, kind, elem, fields, known, defaults) -> None:
        # Consecutive elements mostly have the same children: remember their unknown ones.
        shape = tuple(fields)
        unknown = self._unknown.get(shape)
        if unknown is None:
            unknown = self._unknown[shape] = [tag for tag in shape if tag not in known]
        for tag in unknown:
            value = fields[tag]
            if tag in defaults:
                default = defaults[tag]
                if default is None or value == default or value in EMPTY_VALUES:
                    continue
            if value and value in EMPTY_VALUES:
                continue  # "0", "PT0H0M0S": says nothing (a compound element has no such text)
            children = elem.findall(self.ns + tag)
            if not value or not value.strip():
                # no text: it counts only as a compound element (one with children)
                children = [child for child in children if len(child)]
            if children:
                self.unmapped[kind][tag] += len(children)

    # -- tasks ---------------------------------------------------------------------------
    def _task(self, elem) -> None:
        fields = self._fields(elem)
        uid = int(fields["UID"])
        if uid == 0:
            # The project summary task: the project itself, not a task.
            self.summary_name = fields.get("Name")
            self.summary_notes = fields.get("Notes") or ""
            return
        if fields.get("IsNull") == "1":
            self.counts["blank task rows"] += 1
            return
        level = int(fields.get("OutlineLevel") or 1)
        stack = self._stack
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        stack.append((level, uid))
        position = self._positions[parent]
        self._positions[parent] += 1

        get = fields.get
        duration_format = int(get("DurationFormat") or 7)
        minutes = parse_duration(get("Duration"))
        task = Task(
            id=uid,
            name=get("Name") or "",
            parent_id=parent,
            position=position,
            notes=get("Notes") or "",
            duration=max(round(minutes), 0),
            duration_elapsed=duration_format in ELAPSED_FORMATS,
            milestone=get("Milestone") == "1",
            priority=int(get("Priority") or 500),
            percent_complete=float(get("PercentComplete") or 0),
            actual_start=parse_datetime(get("ActualStart")),
            actual_finish=parse_datetime(get("ActualFinish")),
            fixed_cost=float(get("FixedCost") or 0),
            deadline=parse_datetime(get("Deadline")),
            ignore_resource_calendars=get("IgnoreResourceCalendar") == "1",
        )
        if duration_format in PERCENT_FORMATS:
            self.unmapped["task"]["DurationFormat (percent)"] += 1
        if get("Manual") == "1":
            task.manual = True
            task.manual_start = parse_datetime(get("ManualStart") or get("Start"))
            task.manual_finish = parse_datetime(get("ManualFinish") or get("Finish"))
        code = int(get("ConstraintType") or 0)
        if not 0 <= code < len(CONSTRAINTS):
            self.unmapped["task"][f"ConstraintType {code} (taken as ASAP)"] += 1
            code = 0
        constraint = CONSTRAINTS[code]
        task.constraint_type = constraint
        if constraint not in (ConstraintType.ASAP, ConstraintType.ALAP):
            task.constraint_date = parse_datetime(get("ConstraintDate"))
            if task.constraint_date is None:
                task.constraint_type = ConstraintType.ASAP
                self.unmapped["task"]["ConstraintType without ConstraintDate"] += 1
        calendar = get("CalendarUID")
        if calendar not in (None, "", "-1"):
            self.task_calendars[uid] = int(calendar)
        if get("Type") not in (None, "0") and get("Summary") != "1":
            # pmdesk schedules every task as fixed units; MS Project summaries are always
            # fixed duration (Type 1), which says nothing.
            self.unmapped["task"]["Type (fixed duration/fixed work)"] += 1
        self._note_unmapped("task", elem, fields, TASK_KNOWN, TASK_DEFAULTS)
        if "PredecessorLink" in fields:
            for child in elem.iterfind(self.ns + "PredecessorLink"):
                self._link(child, uid)
        if "Baseline" in fields:
            for child in elem.iterfind(self.ns + "Baseline"):
                self._baseline(child, uid)
        if "ExtendedAttribute" in fields:  # custom fields; Duration1-3 hold PERT estimates
            self._custom_fields(elem, task)
            left_out = read_estimates(task, elem, self.ns)
            if left_out:
                self.unmapped["task"]["Duration1-3 (estimates out of order or negative)"] += (
                    left_out)
        self.tasks.append(task)
        self.task_uids.add(uid)

    def _custom_fields(self, elem, task: Task) -> None:
        """Text1-30, Number1-20, Date1-10, Flag1-20; other custom fields are counted."""
        ns = self.ns
        for child in elem.iterfind(ns + "ExtendedAttribute"):
            try:
                key = KEYS_BY_ID.get(int(child.findtext(ns + "FieldID") or 0))
            except ValueError:
                key = None
            if key is None and int_or_none(child.findtext(ns + "FieldID")) in PERT_FIELDS:
                continue  # Duration1-3: the PERT estimates (read_estimates)
            if key is None:
                self.unmapped["task"]["ExtendedAttribute (custom fields other than Text, "
                                      "Number, Date, Flag)"] += 1
                continue
            value = read_value(key, child.findtext(ns + "Value"))
            if value is not None:
                task.custom_fields[key] = value

    def _link(self, elem, successor: int) -> None:
        ns = self.ns
        if elem.findtext(ns + "CrossProject") == "1":
            self.counts["links to other projects"] += 1
            return
        predecessor = int(elem.findtext(ns + "PredecessorUID"))
        link_type = int(elem.findtext(ns + "Type") or 1)
        lag = int(float(elem.findtext(ns + "LinkLag") or 0))
        lag_format = int(elem.findtext(ns + "LagFormat") or 7)
        self.links.append((predecessor, successor, link_type, lag, lag_format))

    def _baseline(self, elem, task_id: int) -> None:
        values = {child.tag[self.cut :]: child.text for child in elem}
        number = int(values.get("Number") or 0)
        self.baseline_tasks.append((number, task_id, values))

    # -- resources and assignments -----------------------------------------------------
    def _resource(self, elem) -> None:
        fields = self._fields(elem)
        uid = int(fields["UID"])
        get = fields.get
        name = get("Name")
        if uid == 0 and not name:
            return  # MS Project's nameless resource 0, always present, never shown
        if get("IsNull") == "1":
            return
        kind = {"0": ResourceType.MATERIAL, "2": ResourceType.COST}.get(
            get("Type") or "1", ResourceType.WORK
        )
        if get("IsCostResource") == "1":
            kind = ResourceType.COST
        resource = Resource(
            id=uid,
            name=name or "",
            initials=get("Initials") or "",
            group=get("Group") or "",
            type=kind,
            max_units=float(get("MaxUnits") or 1),
            standard_rate=float(get("StandardRate") or 0),
            overtime_rate=float(get("OvertimeRate") or 0),
            cost_per_use=float(get("CostPerUse") or 0),
            email=get("EmailAddress") or "",
        )
        self._note_unmapped("resource", elem, fields, RESOURCE_KNOWN, RESOURCE_DEFAULTS)
        rates = elem.find(self.ns + "Rates")
        if rates is not None and len(rates) > 1:
            # Rate table A's first rate is StandardRate itself; the others have no place.
            self.unmapped["resource"]["Rates (rate tables B-E, rate changes)"] += 1
        self.resources.append((uid, resource, get("CalendarUID")))

    def _assignment(self, elem) -> None:
        fields = self._fields(elem)
        get = fields.get
        resource = int(get("ResourceUID"))
        if resource == NO_RESOURCE:
            return
        task = int(get("TaskUID"))
        work = get("Work")
        self.assignments.append(
            (
                task,
                resource,
                float(get("Units") or 1),
                parse_duration(work) if work is not None else None,
            )
        )
        self._note_unmapped("assignment", elem, fields, ASSIGNMENT_KNOWN, ASSIGNMENT_DEFAULTS)
        if "TimephasedData" in fields:
            self.counts["time-phased assignment records"] += len(
                elem.findall(self.ns + "TimephasedData")
            )

    # -- project -------------------------------------------------------------------------
    def _project(self, root) -> None:
        for child in root:
            tag = child.tag[self.cut :]
            if len(child):
                self.project_sections.append((tag, child))
            elif tag not in ("Tasks", "Resources", "Assignments", "Calendars"):
                self.project_fields[tag] = child.text

    def _assemble(self) -> ImportResult:
        plan = self._plan()
        calendar_reader = CalendarReader(self.ns)
        calendars = [calendar_reader.read(elem) for elem in self.calendar_elems]
        self.warnings.extend(calendar_reader.warnings)
        self._apply_day_lengths(calendars)
        calendar_ids = {c.id for c in calendars}
        default = self.project_fields.get("CalendarUID")
        if default not in (None, "", "-1") and int(default) in calendar_ids:
            plan.default_calendar_id = int(default)
        elif calendars:
            plan.default_calendar_id = calendars[0].id
        for calendar in calendars:
            if calendar.base_id is not None and calendar.base_id not in calendar_ids:
                self.warnings.append(
                    f"Calendar '{calendar.name}' is based on a calendar missing from the file; "
                    "it is imported as a calendar of its own."
                )
                calendar.base_id = None
                for weekday in range(7):
                    calendar.week.setdefault(weekday, [])
        self.warnings.extend(break_base_cycles(calendars))
        entities: list = [*calendars, *calendar_reader.exceptions]
        for task in self.tasks:
            calendar_uid = self.task_calendars.get(task.id)
            if calendar_uid is not None:
                if calendar_uid in calendar_ids:
                    task.calendar_id = calendar_uid
                else:
                    self.counts["task calendars missing from the file"] += 1
        entities.extend(self.tasks)
        entities.extend(self._links())
        entities.extend(self._baselines())
        resources = {}
        for _uid, resource, calendar_uid in self.resources:
            if calendar_uid not in (None, "", "-1") and int(calendar_uid) in calendar_ids:
                resource.calendar_id = int(calendar_uid)
            resources[resource.id] = resource
            entities.append(resource)
        entities.extend(self._assignments(resources))
        self._report()
        data = PlanData(plan)
        data.load(entities)
        return ImportResult(data, self.warnings)

    def _plan(self) -> Plan:
        get = self.project_fields.get
        plan = Plan()
        name = get("Title") or self.summary_name or get("Name")
        if name:
            plan.name = name.strip() or plan.name
        start = parse_datetime(get("StartDate"))
        if start is not None:
            plan.start = start
        if get("ScheduleFromStart") == "0":
            plan.schedule_from = ScheduleFrom.FINISH
            plan.finish = parse_datetime(get("FinishDate"))
        plan.status_date = parse_datetime(get("StatusDate"))
        if get("CurrencyCode"):
            plan.currency = get("CurrencyCode")
        plan.created = parse_datetime(get("CreationDate"))
        plan.modified = parse_datetime(get("LastSaved"))
        # Everything else of the project's own properties (currency symbol, default start
        # time, fiscal year...) is kept as it was and written back on export.
        kept = {
            tag: value
            for tag, value in self.project_fields.items()
            if tag not in PROJECT_MAPPED and tag not in PROJECT_DERIVED and value is not None
        }
        plan.settings = {"mspdi": {"project": kept}} if kept else {}
        read_project_options(get, plan, self.warnings)
        plan.notes = self.summary_notes
        for tag, section in self.project_sections:
            if tag == "Calendars":
                continue
            if tag in PROJECT_DISPLAY:
                self.counts["MS Project display settings (views, tables, filters)"] += 1
            elif tag == "ExtendedAttributes":
                ids = [child.findtext(self.ns + "FieldID") for child in section]
                other = [fid for fid in ids if not (fid or "").isdigit()
                         or (int(fid) not in KEYS_BY_ID and int(fid) not in PERT_FIELDS)]
                if other:
                    self.warnings.append(
                        f"{len(other)} custom field definitions (ExtendedAttributes) were not "
                        "imported: pmdesk keeps Text1-30, Number1-20, Date1-10 and Flag1-20."
                    )
            else:
                self.warnings.append(f"The project's {tag} were not imported.")
        return plan

    def _apply_day_lengths(self, calendars: list[Calendar]) -> None:
        """MinutesPerDay & co. are the project's; pmdesk keeps them on each calendar."""
        get = self.project_fields.get
        per_day = get("MinutesPerDay")
        if not per_day and get("HoursPerDay"):
            per_day = float(get("HoursPerDay")) * 60
        for calendar in calendars:
            if per_day:
                calendar.minutes_per_day = round(float(per_day))
            if get("MinutesPerWeek"):
                calendar.minutes_per_week = round(float(get("MinutesPerWeek")))
            if get("DaysPerMonth"):
                calendar.days_per_month = round(float(get("DaysPerMonth")))

    def _links(self) -> list[Link]:
        links = []
        for predecessor, successor, link_type, lag, lag_format in self.links:
            if predecessor not in self.task_uids:
                self.counts["links from tasks missing from the file"] += 1
                continue
            if not 0 <= link_type < len(LINK_TYPES):
                self.counts[f"links of unknown type {link_type} (taken as FS)"] += 1
                link_type = 1
            if lag_format in PERCENT_FORMATS:
                # Percent lags are written in tenths of a percent.
                kind, value = LagKind.PERCENT, lag / 10
                if lag_format in ELAPSED_FORMATS:
                    self.counts["elapsed-percent lags (taken as percent)"] += 1
            elif lag_format in ELAPSED_FORMATS:
                kind, value = LagKind.ELAPSED, lag / 10  # tenths of wall-clock minutes
            else:
                kind, value = LagKind.WORKING, lag / 10  # tenths of working minutes
            if float(value).is_integer():
                value = int(value)
            links.append(
                Link(
                    id=len(links) + 1,
                    predecessor_id=predecessor,
                    successor_id=successor,
                    type=LINK_TYPES[link_type],
                    lag=value,
                    lag_kind=kind,
                )
            )
        return links

    def _baselines(self) -> list:
        numbers = sorted({number for number, _task, _values in self.baseline_tasks})
        entities: list = [
            Baseline(id=n + 1, number=n, name="Baseline" if n == 0 else f"Baseline {n}")
            for n in numbers
        ]
        for index, (number, task_id, values) in enumerate(self.baseline_tasks, start=1):
            work = values.get("Work")
            entities.append(
                BaselineTask(
                    id=index,
                    baseline_id=number + 1,
                    task_id=task_id,
                    start=parse_datetime(values.get("Start")),
                    finish=parse_datetime(values.get("Finish")),
                    duration=round(parse_duration(values.get("Duration"))),
                    work=round(parse_duration(work)) if work else 0,
                    cost=float(values.get("Cost") or 0),
                )
            )
        return entities

    def _assignments(self, resources: dict[int, Resource]) -> list[Assignment]:
        durations = {task.id: task.duration for task in self.tasks}
        assignments = []
        for task, resource, units, work in self.assignments:
            if task not in durations:
                self.counts["assignments to the project summary or missing tasks"] += 1
                continue
            if resource not in resources:
                self.counts["assignments of resources missing from the file"] += 1
                continue
            minutes = round(work) if work is not None else None
            if (
                minutes is not None
                and resources[resource].type == ResourceType.WORK
                and abs(minutes - durations[task] * units) < 1
            ):
                minutes = None  # plain duration x units: let it follow the duration
            assignments.append(
                Assignment(
                    id=len(assignments) + 1,
                    task_id=task,
                    resource_id=resource,
                    units=units,
                    work=minutes,
                )
            )
        return assignments

    def _report(self) -> None:
        labels = {"task": "tasks", "resource": "resources", "assignment": "assignments"}
        for kind in ("task", "resource", "assignment"):
            counter = self.unmapped.get(kind)
            if counter:
                listed = ", ".join(f"{tag} ({count})" for tag, count in sorted(counter.items()))
                self.warnings.append(
                    f"Not imported from {labels[kind]} (pmdesk has no place for them): {listed}."
                )
        for what, count in sorted(self.counts.items()):
            self.warnings.append(f"Not imported: {count} {what}.")


def int_or_none(text: str | None) -> int | None:
    try:
        return int(text or "")
    except ValueError:
        return None


def read_mspdi(path) -> ImportResult:
    """Import an MSPDI file (with or without the MS Project namespace)."""
    path = os.fspath(path)
    try:
        return _Reader(path).read(fast=True)
    except FastPathUnavailable:
        return _Reader(path).read(fast=False)
