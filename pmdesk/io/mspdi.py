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
from collections.abc import Iterable, Iterator

from pmdesk.core.entities import (
    Assignment,
    Baseline,
    BaselineTask,
    Calendar,
    LagKind,
    Link,
    Plan,
    Resource,
    ResourceType,
    ScheduleFrom,
    WorkContour,
)
from pmdesk.core.gcpause import gc_paused
from pmdesk.core.plandata import PlanData
from pmdesk.io.mspdi_calendars import CalendarReader, break_base_cycles
from pmdesk.io.mspdi_custom import KEYS_BY_ID
from pmdesk.io.mspdi_elements import MAX_CHILDREN, MAX_UID, ElementReader
from pmdesk.io.mspdi_fields import PROJECT_DERIVED, PROJECT_DISPLAY, PROJECT_MAPPED, SKIPPED
from pmdesk.io.mspdi_pert import PERT_FIELDS
from pmdesk.io.mspdi_project import read_project_options
from pmdesk.io.mspdi_splits import apply_splits
from pmdesk.io.mspdi_stream import FastPathUnavailable, stream
from pmdesk.io.mspdi_values import ELAPSED_FORMATS, LINK_TYPES, PERCENT_FORMATS
from pmdesk.io.result import ImportResult, InteropError, count_lines, listing
from pmdesk.io.values import BadValue, integer, number, shown


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class NotMspdi(InteropError):
    """XML whose root is not MS Project's <Project> (perhaps Primavera PMXML or Planner)."""


def _root_namespace(path: str | os.PathLike[str]) -> str:
    try:
        for _event, elem in ET.iterparse(path, events=("start",)):
            if _local(elem.tag) != "Project":
                raise NotMspdi(
                    f"{os.path.basename(path)} is XML but not an MS Project XML (MSPDI) file."
                )
            tag: str = elem.tag
            return tag[: len(tag) - len("Project")]
    except ET.ParseError as exc:
        raise InteropError(f"{os.path.basename(path)} is not readable XML ({exc}).") from None
    except LookupError:
        raise InteropError(
            f"{os.path.basename(path)} declares an encoding pmdesk does not know."
        ) from None
    raise InteropError(f"{os.path.basename(path)} is empty.")


def is_mspdi(path: str | os.PathLike[str]) -> bool:
    """False for a readable XML file whose root is not <Project> (then MPXJ may read it)."""
    try:
        _root_namespace(path)
    except NotMspdi:
        return False
    except (InteropError, OSError):
        return True  # the MSPDI reader says what is wrong with it
    return True


_WORK, _COST, _FLAT = ResourceType.WORK, ResourceType.COST, WorkContour.FLAT
MAX_ITEM_ELEMENTS = 2 * MAX_CHILDREN  # children and grandchildren (links, baselines...)


def _bounded_items(
    events: Iterable[tuple[str, ET.Element]], item_tags: set[str]
) -> Iterator[tuple[str, ET.Element]]:
    """The "end" events of ``events``, refusing a task, resource or assignment holding more
    than MAX_ITEM_ELEMENTS elements while it is still being built (the batched reader
    refuses it by its size in bytes before parsing it)."""
    inside: str | None = None
    count = 0
    for event, elem in events:
        if event == "start":
            if inside is not None:
                count += 1
                if count > MAX_ITEM_ELEMENTS:
                    raise BadValue(
                        f"a {_local(inside)} element holds more than {MAX_ITEM_ELEMENTS:,} elements"
                    )
            elif elem.tag in item_tags:
                inside, count = elem.tag, 0
            continue
        if elem.tag == inside and inside is not None:
            inside = None
        yield event, elem


class _Reader(ElementReader):
    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(_root_namespace(path))
        self.project_fields: dict[str, str | None] = {}
        self.project_sections: list[tuple[str, ET.Element]] = []  # (local name, element)
        self.calendar_elems: list[ET.Element] = []

    # -- streaming -----------------------------------------------------------------------
    def read(self, fast: bool = True) -> ImportResult:
        ns = self.ns
        handlers = {"Task": self._task, "Resource": self._resource, "Assignment": self._assignment}
        by_tag = {ns + name: handler for name, handler in handlers.items()}
        containers = {ns + "Tasks", ns + "Resources", ns + "Assignments"}
        calendar_tag, root_tag = ns + "Calendar", ns + "Project"
        if fast:
            events = stream(self.path, handlers, ns, SKIPPED)
        else:
            events = _bounded_items(ET.iterparse(self.path, ("start", "end")), set(by_tag))
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
        except LookupError:  # <?xml encoding="..."?> names no encoding Python knows
            raise InteropError(
                f"{os.path.basename(self.path)} declares an encoding pmdesk does not know."
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

    # -- project -------------------------------------------------------------------------
    def _project(self, root: ET.Element) -> None:
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
        text = self.project_fields.get("CalendarUID")
        default = None
        if text not in (None, "", "-1"):
            default = integer(text, "CalendarUID", low=-1, high=MAX_UID)
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
        self.warnings.extend(break_base_cycles(calendars))

        entities: list[object] = [*calendars, *calendar_reader.exceptions]
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
        resources: dict[int, Resource] = {}
        next_id = max((uid for uid, _r, _c in self.resources), default=0) + 1
        below_one: dict[int, int] = {}
        for _uid, resource, calendar_uid in self.resources:
            if calendar_uid in calendar_ids:
                resource.calendar_id = calendar_uid
            if resource.id in resources or resource.id in below_one or resource.id < 1:
                # Two resources with one UID: both are kept, the later one renumbered; a UID
                # below 1 (pmdesk's ids, and GanttProject's once shifted, start at 1) too.
                self.resource_duplicates.append((resource.id, next_id, resource.name))
                if resource.id < 1 and resource.id not in below_one:
                    below_one[resource.id] = next_id  # its assignments follow it
                resource.id, next_id = next_id, next_id + 1
            resources[resource.id] = resource
            entities.append(resource)
        self.assignments = [
            (t, below_one.get(r, r), units, work, contour, extra)
            for t, r, units, work, contour, extra in self.assignments
        ]
        self._warn_duplicates()
        entities.extend(self._assignments(resources))
        self._report()
        data = PlanData(plan)
        data.load(entities)
        if self.split_records:
            apply_splits(data, self.split_records, self.split_starts, self.warnings)
        return ImportResult(data, self.warnings)

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
        currency = get("CurrencyCode")
        if currency:
            plan.currency = currency
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
        read_project_options(get, plan, self.warnings)
        plan.notes = self.summary_notes
        for tag, section in self.project_sections:
            if tag == "Calendars":
                continue
            if tag in PROJECT_DISPLAY:
                self.counts["MS Project display settings (views, tables, filters)"] += 1
            elif tag == "ExtendedAttributes":
                ids = [child.findtext(self.ns + "FieldID") for child in section]
                other = [
                    fid
                    for fid in ids
                    if not (fid and fid.isdigit())
                    or (int(fid) not in KEYS_BY_ID and int(fid) not in PERT_FIELDS)
                ]
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
        links: list[Link] = []
        for predecessor, successor, link_type, lag, lag_format in self.links:
            if predecessor not in self.task_uids:
                self.counts["links from tasks missing from the file"] += 1
                continue
            if not 0 <= link_type < len(LINK_TYPES):
                self.counts[f"links of unknown type {link_type} (taken as FS)"] += 1
                link_type = 1
            value: float
            if lag_format in PERCENT_FORMATS:
                # A percent lag's LinkLag is in whole percent, not tenths (LinkLag's schema
                # page only speaks of "tenths of a minute"). Evidence: MPXJ's MSPDIReader
                # reads LagFormat 19/20 values as percent as they are, and its MSPDIWriter
                # writes them so (the converter behind most .mpp -> XML tools, whose output
                # MS Project opens); Aspose.Tasks documents TaskLink.LinkLag as "the lag in
                # tenths of a minute or percentage". mspdi_writer.py writes the same unit.
                kind, value = LagKind.PERCENT, lag
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

    def _baselines(self) -> list[Baseline | BaselineTask]:
        numbers = sorted({number for number, _task, _values in self.baseline_tasks})
        entities: list[Baseline | BaselineTask] = [
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
        assignments: list[Assignment] = []
        tasks = {task.id: task for task in self.tasks}
        for task, resource, units, work, contour, extra in self.assignments:
            if task not in durations:
                self.counts["assignments to the project summary or missing tasks"] += 1
                continue
            if resource not in resources:
                self.counts["assignments of resources missing from the file"] += 1
                continue
            minutes = round(work) if work is not None else None
            kind = resources[resource].type
            is_work = kind == _WORK  # (a member lookup per comparison costs 0.1 us)
            if (
                minutes is not None
                and is_work
                and abs(minutes - durations[task] * units) < 1
                and contour == _FLAT
                and not extra["delay"]
            ):
                minutes = None  # plain duration x units: let it follow the duration
            done = extra["actual_work"]
            if done is not None:
                planned = minutes if minutes is not None else durations[task] * units
                # MS Project writes the actual work it derived from % complete: kept only
                # when it says something else (typed actuals).
                if abs(done - planned * tasks[task].percent_complete / 100) < 1:
                    done = None
                else:
                    done = round(done)
            assignments.append(
                Assignment(
                    id=len(assignments) + 1,
                    task_id=task,
                    resource_id=resource,
                    units=units,
                    work=minutes,
                    contour=contour,
                    actual_work=done if is_work else None,
                    overtime_work=extra["overtime_work"] if is_work else 0,
                    delay=extra["delay"] if is_work else 0,
                    leveling_delay=extra["leveling_delay"] if is_work else 0,
                    # A cost resource's amount is the assignment's Cost (MS Project types it
                    # there); other resources' costs are derived.
                    cost=extra["cost"] if kind == _COST else None,
                )
            )
        return assignments

    def _report(self) -> None:
        labels = {"task": "tasks", "resource": "resources", "assignment": "assignments"}
        for kind in ("task", "resource", "assignment"):
            counter = self.unmapped.get(kind)
            if counter:
                listed = listing([f"{tag} ({count})" for tag, count in sorted(counter.items())])
                self.warnings.append(
                    f"Not imported from {labels[kind]} (pmdesk has no place for them): {listed}."
                )
        self.warnings.extend(count_lines(self.counts, lambda what, n: f"Not imported: {n} {what}."))


def read_mspdi(path: str | os.PathLike[str]) -> ImportResult:
    """Import an MSPDI file (with or without the MS Project namespace)."""
    path = os.fspath(path)
    with gc_paused():  # the elements and entities of a large file: none of them garbage yet
        try:
            return _Reader(path).read(fast=True)
        except FastPathUnavailable:
            return _Reader(path).read(fast=False)
