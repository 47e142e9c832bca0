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
from pmdesk.core.limits import (
    MAX_DURATION_MINUTES,
    MAX_LAG_MINUTES,
    MAX_MONEY,
    MAX_OUTLINE_DEPTH,
    MAX_PERCENT_LAG,
    MAX_PRIORITY,
    MAX_UNITS,
)
from pmdesk.core.plandata import PlanData
from pmdesk.io.mspdi_calendars import CalendarReader
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
from pmdesk.io.values import BadValue, duration, integer, moment, number, shown

NO_RESOURCE = -65535  # MS Project's "unassigned" placeholder: not an assignment
MAX_UID = 2**31 - 1
# Children of one task, resource or assignment: Microsoft Project writes ~150 (with baselines
# and custom fields); far more is a damaged or hostile file, refused before it costs time.
MAX_CHILDREN = 100_000


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
        self.counts = Counter()
        self._stack: list[tuple[int, int]] = []
        self._positions: Counter = Counter()
        self._unknown: dict[tuple, list[str]] = {}
        self.where = "the project"  # what is being read, for the message of a bad value
        self.duplicates: dict[int, tuple[int, str]] = {}  # placeholder -> (UID, name)
        self.resource_duplicates: list[tuple[int, int, str]] = []  # (UID, new UID, name)

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
            self.where = "the project"
            return self._assemble()
        except ET.ParseError as exc:
            if fast:  # perhaps the batch cut was wrong: let the plain reader judge the file
                raise FastPathUnavailable from None
            raise InteropError(
                f"{os.path.basename(self.path)} is damaged or not complete XML ({exc})."
            ) from None
        except BadValue as exc:
            raise InteropError(
                f"{os.path.basename(self.path)} cannot be imported: in {self.where}, {exc}."
            ) from None
        except (ValueError, KeyError, IndexError, TypeError, OverflowError) as exc:
            # A value no check above foresaw: still one sentence, never a traceback.
            raise InteropError(
                f"{os.path.basename(self.path)} has a value pmdesk cannot read in {self.where} "
                f"({shown(exc)})."
            ) from None

    def _children(self, elem) -> None:
        if len(elem) > MAX_CHILDREN:
            raise BadValue(
                f"it has {len(elem):,} elements, more than the {MAX_CHILDREN:,} pmdesk reads in one"
            )

    def _fields(self, elem) -> dict[str, str | None]:
        cut = self.cut
        return {child.tag[cut:]: child.text for child in elem}

    def _note_unmapped(self, kind, elem, fields, known, defaults) -> None:
        # Consecutive elements mostly have the same children: remember their unknown ones.
        shape = tuple(fields)
        unknown = self._unknown.get(shape)
        if unknown is None:
            unknown = self._unknown[shape] = [tag for tag in shape if tag not in known]
        noted: set[str] = set()
        compound: set[str] = set()
        for tag in unknown:
            value = fields[tag]
            if tag in defaults:
                default = defaults[tag]
                if default is None or value == default or value in EMPTY_VALUES:
                    continue
            if value and value in EMPTY_VALUES:
                continue  # "0", "PT0H0M0S": says nothing (a compound element has no such text)
            if value and value.strip():
                noted.add(tag)
            else:
                compound.add(tag)  # no text: it counts only as an element with children
        if noted or compound:
            # One pass over the children (a search per tag was quadratic in their number).
            counter, cut = self.unmapped[kind], self.cut
            for child in elem:
                tag = child.tag[cut:]
                if tag in noted or (tag in compound and len(child)):
                    counter[tag] += 1

    # -- tasks ---------------------------------------------------------------------------
    def _task(self, elem) -> None:
        fields = self._fields(elem)
        get = fields.get
        self.where = "a task without a UID"
        uid = integer(get("UID"), "UID", low=0, high=MAX_UID)
        name = get("Name") or ""
        self.where = f"task UID {uid} ({shown(name)})"
        self._children(elem)
        if uid == 0:
            # The project summary task: the project itself, not a task.
            self.summary_name = get("Name")
            return
        if get("IsNull") == "1":
            self.counts["blank task rows"] += 1
            return
        if uid in self.task_uids:
            # Two tasks with one UID: both are kept; the later one is renumbered at the end
            # (placeholders are negative, unlike any UID of the file).
            placeholder = -(len(self.duplicates) + 1)
            self.duplicates[placeholder] = (uid, name)
            uid = placeholder
        level = integer(get("OutlineLevel"), "OutlineLevel", low=0, high=65535, default=1)
        stack = self._stack
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        stack.append((level, uid))
        if len(stack) > MAX_OUTLINE_DEPTH:
            raise BadValue(f"the outline is more than {MAX_OUTLINE_DEPTH} levels deep")
        position = self._positions[parent]
        self._positions[parent] += 1

        duration_format = integer(get("DurationFormat"), "DurationFormat", low=0, high=255, default=7)
        minutes = duration(get("Duration"), "Duration", parse_duration, limit=MAX_DURATION_MINUTES)
        task = Task(
            id=uid,
            name=name,
            parent_id=parent,
            position=position,
            notes=get("Notes") or "",
            duration=round(minutes),
            duration_elapsed=duration_format in ELAPSED_FORMATS,
            milestone=get("Milestone") == "1",
            priority=integer(get("Priority"), "Priority", low=0, high=MAX_PRIORITY, default=500),
            percent_complete=number(get("PercentComplete"), "PercentComplete", low=0, high=100,
                                    default=0.0),
            actual_start=self._date(get, "ActualStart"),
            actual_finish=self._date(get, "ActualFinish"),
            fixed_cost=number(get("FixedCost"), "FixedCost", low=-MAX_MONEY, high=MAX_MONEY,
                              default=0.0),
            deadline=self._date(get, "Deadline"),
        )
        if duration_format in PERCENT_FORMATS:
            self.unmapped["task"]["DurationFormat (percent)"] += 1
        if get("Manual") == "1":
            task.manual = True
            task.manual_start = self._date(get, "ManualStart") or self._date(get, "Start")
            task.manual_finish = self._date(get, "ManualFinish") or self._date(get, "Finish")
        code = integer(get("ConstraintType"), "ConstraintType", low=-(2**31), high=2**31, default=0)
        if not 0 <= code < len(CONSTRAINTS):
            self.unmapped["task"][f"ConstraintType {code} (taken as ASAP)"] += 1
            code = 0
        constraint = CONSTRAINTS[code]
        task.constraint_type = constraint
        if constraint not in (ConstraintType.ASAP, ConstraintType.ALAP):
            task.constraint_date = self._date(get, "ConstraintDate")
            if task.constraint_date is None:
                task.constraint_type = ConstraintType.ASAP
                self.unmapped["task"]["ConstraintType without ConstraintDate"] += 1
        calendar = get("CalendarUID")
        if calendar not in (None, "", "-1"):
            self.task_calendars[uid] = integer(calendar, "CalendarUID", low=-1, high=MAX_UID)
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
        self.tasks.append(task)
        self.task_uids.add(uid)

    @staticmethod
    def _date(get, tag: str):
        return moment(get(tag), tag, parse_datetime)

    def _link(self, elem, successor: int) -> None:
        values = {child.tag[self.cut :]: child.text for child in elem}
        get = values.get
        if get("CrossProject") == "1":
            self.counts["links to other projects"] += 1
            return
        predecessor = integer(get("PredecessorUID"), "PredecessorLink/PredecessorUID",
                              low=-(2**31), high=MAX_UID)
        link_type = integer(get("Type"), "PredecessorLink/Type", low=-(2**31), high=2**31,
                            default=1)
        lag_format = integer(get("LagFormat"), "PredecessorLink/LagFormat", low=0, high=255,
                             default=7)
        # LinkLag is in tenths of a minute, or of a percent for percent lags.
        bound = (MAX_PERCENT_LAG if lag_format in PERCENT_FORMATS else MAX_LAG_MINUTES) * 10
        lag = int(number(get("LinkLag"), "PredecessorLink/LinkLag", low=-bound, high=bound,
                         default=0.0))
        self.links.append((predecessor, successor, link_type, lag, lag_format))

    def _baseline(self, elem, task_id: int) -> None:
        values = {child.tag[self.cut :]: child.text for child in elem}
        get = values.get
        number_ = integer(get("Number"), "Baseline/Number", low=0, high=10, default=0)
        checked = {
            "Start": moment(get("Start"), "Baseline/Start", parse_datetime),
            "Finish": moment(get("Finish"), "Baseline/Finish", parse_datetime),
            "Duration": round(duration(get("Duration"), "Baseline/Duration", parse_duration,
                                       limit=MAX_DURATION_MINUTES)),
            "Work": round(duration(get("Work"), "Baseline/Work", parse_duration,
                                   limit=MAX_DURATION_MINUTES * MAX_UNITS)),
            "Cost": number(get("Cost"), "Baseline/Cost", low=-MAX_MONEY, high=MAX_MONEY,
                           default=0.0),
        }
        self.baseline_tasks.append((number_, task_id, checked))

    # -- resources and assignments -----------------------------------------------------
    def _resource(self, elem) -> None:
        fields = self._fields(elem)
        get = fields.get
        self.where = "a resource without a UID"
        uid = integer(get("UID"), "UID", low=-(2**31), high=MAX_UID)
        name = get("Name")
        self.where = f"resource UID {uid} ({shown(name or '')})"
        self._children(elem)
        if uid == 0 and not name:
            return  # MS Project's nameless resource 0, always present, never shown
        if get("IsNull") == "1":
            return
        kind = {"0": ResourceType.MATERIAL, "2": ResourceType.COST}.get(
            get("Type") or "1", ResourceType.WORK
        )
        if get("IsCostResource") == "1":
            kind = ResourceType.COST

        def money(tag):
            return number(get(tag), tag, low=0, high=MAX_MONEY, default=0.0)

        resource = Resource(
            id=uid,
            name=name or "",
            initials=get("Initials") or "",
            group=get("Group") or "",
            type=kind,
            max_units=number(get("MaxUnits"), "MaxUnits", low=0, high=MAX_UNITS, default=1.0),
            standard_rate=money("StandardRate"),
            overtime_rate=money("OvertimeRate"),
            cost_per_use=money("CostPerUse"),
            email=get("EmailAddress") or "",
        )
        self._note_unmapped("resource", elem, fields, RESOURCE_KNOWN, RESOURCE_DEFAULTS)
        rates = elem.find(self.ns + "Rates")
        if rates is not None and len(rates) > 1:
            # Rate table A's first rate is StandardRate itself; the others have no place.
            self.unmapped["resource"]["Rates (rate tables B-E, rate changes)"] += 1
        calendar = get("CalendarUID")
        if calendar not in (None, "", "-1"):
            calendar = integer(calendar, "CalendarUID", low=-1, high=MAX_UID)
        self.resources.append((uid, resource, calendar))

    def _assignment(self, elem) -> None:
        fields = self._fields(elem)
        get = fields.get
        self.where = "an assignment"
        self._children(elem)
        resource = integer(get("ResourceUID"), "ResourceUID", low=-(2**31), high=MAX_UID)
        task = integer(get("TaskUID"), "TaskUID", low=-(2**31), high=MAX_UID)
        self.where = f"the assignment of resource UID {resource} to task UID {task}"
        if resource == NO_RESOURCE:
            return
        work = get("Work")
        if work is not None:
            work = duration(work, "Work", parse_duration, limit=MAX_DURATION_MINUTES * MAX_UNITS)
        self.assignments.append(
            (task, resource, number(get("Units"), "Units", low=0, high=MAX_UNITS, default=1.0), work)
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
        self._renumber_duplicate_tasks()
        plan = self._plan()
        self.where = "the calendars"
        calendar_reader = CalendarReader(self.ns)
        calendars = [calendar_reader.read(elem) for elem in self.calendar_elems]
        self.warnings.extend(calendar_reader.warnings)
        self.where = "the project"
        self._apply_day_lengths(calendars)
        calendar_ids = {c.id for c in calendars}
        default = self.project_fields.get("CalendarUID")
        if default not in (None, "", "-1"):
            default = integer(default, "CalendarUID", low=-1, high=MAX_UID)
        if default in calendar_ids:
            plan.default_calendar_id = default
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
        next_id = max((uid for uid, _r, _c in self.resources), default=0) + 1
        for _uid, resource, calendar_uid in self.resources:
            if calendar_uid in calendar_ids:
                resource.calendar_id = calendar_uid
            if resource.id in resources:
                # Two resources with one UID: both are kept, the later one renumbered.
                self.resource_duplicates.append((resource.id, next_id, resource.name))
                resource.id, next_id = next_id, next_id + 1
            resources[resource.id] = resource
            entities.append(resource)
        self._warn_duplicates()
        entities.extend(self._assignments(resources))
        self._report()
        data = PlanData(plan)
        data.load(entities)
        return ImportResult(data, self.warnings)

    def _renumber_duplicate_tasks(self) -> None:
        """A task whose UID an earlier task has keeps its place as the next free UID;
        links and assignments naming the UID stay with the first task of that UID."""
        if not self.duplicates:
            return
        next_id = max(self.task_uids) + 1
        new_ids = {}
        for placeholder in sorted(self.duplicates, reverse=True):  # -1, -2, ...: file order
            new_ids[placeholder] = next_id
            next_id += 1
        for task in self.tasks:
            task.id = new_ids.get(task.id, task.id)
            task.parent_id = new_ids.get(task.parent_id, task.parent_id)
        self.task_uids = {task.id for task in self.tasks}
        self.task_calendars = {new_ids.get(k, k): v for k, v in self.task_calendars.items()}
        self.links = [(p, new_ids.get(s, s), *rest) for p, s, *rest in self.links]
        self.baseline_tasks = [(n, new_ids.get(t, t), v) for n, t, v in self.baseline_tasks]
        self.duplicates = {new_ids[k]: v for k, v in self.duplicates.items()}

    def _warn_duplicates(self) -> None:
        for kind, items in (
            ("task", [(uid, new, name) for new, (uid, name) in sorted(self.duplicates.items())]),
            ("resource", self.resource_duplicates),
        ):
            if not items:
                continue
            listed = "; ".join(
                f"UID {uid} ({shown(name)}) kept as UID {new}" for uid, new, name in items[:5]
            )
            more = f" and {len(items) - 5} more" if len(items) > 5 else ""
            self.warnings.append(
                f"Some {kind}s share a UID with an earlier {kind}: {listed}{more}; links and "
                f"assignments naming such a UID go to the first {kind}."
            )

    def _plan(self) -> Plan:
        get = self.project_fields.get
        plan = Plan()
        name = get("Title") or self.summary_name or get("Name")
        if name:
            plan.name = name.strip() or plan.name
        start = self._date(get, "StartDate")
        if start is not None:
            plan.start = start
        if get("ScheduleFromStart") == "0":
            plan.schedule_from = ScheduleFrom.FINISH
            plan.finish = self._date(get, "FinishDate")
        plan.status_date = self._date(get, "StatusDate")
        if get("CurrencyCode"):
            plan.currency = get("CurrencyCode")
        plan.created = self._date(get, "CreationDate")
        plan.modified = self._date(get, "LastSaved")
        # Everything else of the project's own properties (currency symbol, default start
        # time, fiscal year...) is kept as it was and written back on export.
        kept = {
            tag: value
            for tag, value in self.project_fields.items()
            if tag not in PROJECT_MAPPED and tag not in PROJECT_DERIVED and value is not None
        }
        plan.settings = {"mspdi": {"project": kept}} if kept else {}
        for tag, section in self.project_sections:
            if tag == "Calendars":
                continue
            if tag in PROJECT_DISPLAY:
                self.counts["MS Project display settings (views, tables, filters)"] += 1
            elif tag == "ExtendedAttributes":
                self.warnings.append(
                    f"{len(section)} custom field definitions (ExtendedAttributes) were not "
                    "imported."
                )
            else:
                self.warnings.append(f"The project's {tag} were not imported.")
        return plan

    def _apply_day_lengths(self, calendars: list[Calendar]) -> None:
        """MinutesPerDay & co. are the project's; pmdesk keeps them on each calendar."""
        get = self.project_fields.get
        # Durations are shown in days of this length and divided by it: it must be positive.
        per_day = number(get("MinutesPerDay"), "MinutesPerDay", low=1, high=1440, default=0.0)
        if not per_day and get("HoursPerDay"):
            per_day = number(get("HoursPerDay"), "HoursPerDay", low=1 / 60, high=24) * 60
        per_week = number(get("MinutesPerWeek"), "MinutesPerWeek", low=1, high=10080, default=0.0)
        per_month = number(get("DaysPerMonth"), "DaysPerMonth", low=1, high=31, default=0.0)
        for calendar in calendars:
            if per_day:
                calendar.minutes_per_day = max(1, round(per_day))
            if per_week:
                calendar.minutes_per_week = round(per_week)
            if per_month:
                calendar.days_per_month = round(per_month)

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
        for index, (number_, task_id, values) in enumerate(self.baseline_tasks, start=1):
            entities.append(
                BaselineTask(
                    id=index,
                    baseline_id=number_ + 1,
                    task_id=task_id,
                    start=values["Start"],
                    finish=values["Finish"],
                    duration=values["Duration"],
                    work=values["Work"],
                    cost=values["Cost"],
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


def read_mspdi(path) -> ImportResult:
    """Import an MSPDI file (with or without the MS Project namespace)."""
    path = os.fspath(path)
    try:
        return _Reader(path).read(fast=True)
    except FastPathUnavailable:
        return _Reader(path).read(fast=False)
