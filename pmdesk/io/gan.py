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
from datetime import date

from pmdesk.core.entities import (
    Baseline,
    BaselineTask,
    Calendar,
    CalendarException,
    ConstraintType,
    Link,
    LinkType,
    Plan,
    Task,
)
from pmdesk.core.gcpause import gc_paused
from pmdesk.core.limits import (
    MAX_LAG_MINUTES,
    MAX_MONEY,
    MAX_OUTLINE_DEPTH,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.standard_time import MINUTES_PER_DAY, STANDARD_HOURS
from pmdesk.io.gan_format import (
    GAN_LINK_TYPES,
    GAN_PRIORITIES,
    MAX_DAYS,
    MAX_ID,
    TASK_ATTRIBUTES,
    WEEKDAY_ATTRS,
    at_day_start,
    gan_day,
    gan_id,
)
from pmdesk.io.gan_people import GanPeopleReader
from pmdesk.io.mspdi_calendars import merge_runs
from pmdesk.io.result import ImportResult, InteropError, count_lines, listing
from pmdesk.io.values import BadValue, integer, number, shown


class _GanReader(GanPeopleReader):
    def __init__(self, path: str) -> None:
        self.path = path
        self.name = os.path.basename(path)
        self.warnings: list[str] = []
        self.counts: Counter[str] = Counter()
        self.tasks: dict[int, Task] = {}
        self.starts: dict[int, date] = {}
        self.links: list[Link] = []
        self.constrained: set[int] = set()
        self.where = "the project"  # what is being read, for the message of a bad value
        self.next_id = 1  # the id a task gets when an earlier task has its id
        self.duplicates: list[tuple[int, int, str]] = []  # (GanttProject id, new id, name)

    def read(self) -> ImportResult:
        try:
            root = ET.parse(self.path).getroot()
        except ET.ParseError as exc:
            raise InteropError(f"{self.name} is not readable XML ({exc}).") from None
        except LookupError:  # <?xml encoding="..."?> names no encoding Python knows
            raise InteropError(f"{self.name} declares an encoding pmdesk does not know.") from None
        if root.tag != "project":
            raise InteropError(f"{self.name} is XML but not a GanttProject file.")
        try:
            return self._read(root)
        except BadValue as exc:
            raise InteropError(f"{self.name} cannot be imported: in {self.where}, {exc}.") from None
        except (ValueError, KeyError, TypeError, OverflowError) as exc:
            # A value no check foresaw: still one sentence, never a traceback.
            raise InteropError(
                f"{self.name} has a value pmdesk cannot read in {self.where} ({shown(exc)})."
            ) from None

    def _read(self, root: ET.Element) -> ImportResult:
        plan = Plan(name=root.get("name") or os.path.splitext(self.name)[0])
        for attribute in ("company", "webLink"):
            if root.get(attribute):
                self.counts[f"project {attribute}"] += 1
        description = (root.findtext("description") or "").strip()
        if description:
            self.counts["project description"] += 1
        calendar = Calendar(id=1, name="Standard", week={})
        entities: list[object] = [calendar]
        entities.extend(self._calendar(root.find("calendars"), calendar))
        plan.default_calendar_id = calendar.id

        tasks_elem = root.find("tasks")
        custom: dict[str | None, str] = {}
        if tasks_elem is not None:
            properties = tasks_elem.find("taskproperties")
            if properties is not None:
                custom = {
                    # A column without a name is listed by its id (None would fail the join).
                    p.get("id"): p.get("name") or p.get("id") or "?"
                    for p in properties.iterfind("taskproperty")
                    if p.get("type") == "custom"
                }
            self._tasks(tasks_elem)
        if custom:
            self.warnings.append(
                "Custom task columns not imported: " + ", ".join(sorted(custom.values())) + "."
            )
        self.where = "the project"
        self._warn_duplicates()
        if self.starts:
            plan.start = at_day_start(min(self.starts.values()))
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
        self.warnings.extend(
            count_lines(self.counts, lambda what, n: f"Not imported: {what} ({n}).")
        )
        data = PlanData(plan)
        data.load(entities)
        return ImportResult(data, self.warnings)

    # -- calendar ------------------------------------------------------------------------
    def _calendar(self, elem: ET.Element | None, calendar: Calendar) -> list[CalendarException]:
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
            self.where = "the calendar's dates"
            month = integer(item.get("month"), "month", low=1, high=12)
            day = integer(item.get("date"), "date", low=1, high=31)
            year_text = item.get("year")
            recurring = not year_text
            year = integer(year_text, "year", low=1984, high=2149) if year_text else 2000
            try:
                when = date(year, month, day)
            except ValueError:
                raise BadValue(f"{year}-{month}-{day} is not a date") from None
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
    def _tasks(self, holder: ET.Element) -> None:
        """Every task, depth first, without recursion (a file may nest 10,000 deep)."""
        self.next_id = max((gan_id(e, "id") for e in holder.iter("task")), default=0) + 1
        stack: list[tuple[ET.Element, int | None, int, int]] = [
            (elem, None, position, 1)
            for position, elem in reversed(list(enumerate(holder.iterfind("task"))))
        ]
        while stack:
            elem, parent, position, depth = stack.pop()
            if depth > MAX_OUTLINE_DEPTH:
                raise BadValue(f"the outline is more than {MAX_OUTLINE_DEPTH} levels deep")
            task_id = self._task(elem, parent, position)
            children = list(enumerate(elem.iterfind("task")))
            stack.extend((child, task_id, index, depth + 1) for index, child in reversed(children))

    def _task(self, elem: ET.Element, parent: int | None, position: int) -> int:
        self.where = "a task without an id"
        task_id = gan_id(elem, "id")
        name = elem.get("name") or ""
        self.where = f"task id {task_id - 1} ({shown(name)})"
        if task_id in self.tasks:
            # Two tasks with one id: both are kept, the later one under a new id (an id
            # shared by a task and its descendant would otherwise make it its own ancestor).
            self.duplicates.append((task_id - 1, self.next_id, name))
            task_id, self.next_id = self.next_id, self.next_id + 1
        start = gan_day(elem.get("start"), "start")
        days = number(elem.get("duration"), "duration", low=0, high=MAX_DAYS, default=0.0)
        task = Task(
            id=task_id,
            name=name,
            parent_id=parent,
            position=position,
            duration=round(days * MINUTES_PER_DAY),
            milestone=elem.get("meeting") == "true",
            percent_complete=number(elem.get("complete"), "complete", low=0, high=100, default=0.0),
            priority=GAN_PRIORITIES.get(elem.get("priority") or "1", 500),
            color=elem.get("color"),
            notes=(elem.findtext("notes") or "").strip(),
        )
        if elem.get("cost-calculated") == "false":
            task.fixed_cost = number(
                elem.get("cost-manual-value"),
                "cost-manual-value",
                low=-MAX_MONEY,
                high=MAX_MONEY,
                default=0.0,
            )
        third = gan_day(elem.get("thirdDate"), "thirdDate")
        if third is not None and elem.get("thirdDate-constraint") == "1":
            # GanttProject's "earliest begin": start no earlier than.
            task.constraint_type = ConstraintType.SNET
            task.constraint_date = at_day_start(third)
            self.constrained.add(task_id)
        elif third is not None:
            self.counts["inactive earliest-begin dates"] += 1
        for child in elem:
            if child.tag not in ("task", "depend", "notes", "customproperty"):
                self.counts[f"task element <{shown(child.tag)}>"] += 1
        if elem.get("webLink"):
            self.counts["task web links"] += 1
        for attribute in set(elem.keys()) - TASK_ATTRIBUTES:
            self.counts[f"task attribute {shown(attribute)}"] += 1
        self.tasks[task_id] = task
        if start is not None:
            self.starts[task_id] = start
        for depend in elem.iterfind("depend"):
            self._depend(depend, task_id)
        return task_id

    def _depend(self, depend: ET.Element, predecessor: int) -> None:
        bound = MAX_LAG_MINUTES / MINUTES_PER_DAY
        lag_days = number(
            depend.get("difference"), "depend difference", low=-bound, high=bound, default=0.0
        )
        successor = integer(depend.get("id"), "depend id", low=0, high=MAX_ID) + 1
        code = depend.get("type") or "2"
        link_type = GAN_LINK_TYPES.get(code)
        if link_type is None:
            self.counts[
                f"dependencies of unknown type {shown(code)} (taken as finish-to-start)"
            ] += 1
            link_type = LinkType.FS
        if depend.get("hardness") == "Rubber":
            # GanttProject's "Rubber" lets the successor start later than the link needs; a
            # pmdesk (and MS Project) link is always a lower bound, so the two read alike.
            self.counts["'Rubber' dependency hardness (read as a normal link)"] += 1
        self.links.append(
            Link(
                id=len(self.links) + 1,
                predecessor_id=predecessor,
                successor_id=successor,
                type=link_type,
                lag=round(lag_days * MINUTES_PER_DAY),
            )
        )

    def _warn_duplicates(self) -> None:
        if not self.duplicates:
            return
        listed = listing(
            [f"id {old} ({shown(name)}) kept as id {new - 1}" for old, new, name in self.duplicates]
        )
        self.warnings.append(
            f"Some tasks share an id with an earlier task: {listed}; dependencies and "
            "allocations naming such an id go to the first task."
        )

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
            ancestor: int | None = task_id
            placed_by_link = False
            while ancestor is not None:
                if ancestor in linked:
                    placed_by_link = True
                    break
                ancestor = self.tasks[ancestor].parent_id if ancestor in self.tasks else None
            start = at_day_start(self.starts[task_id])
            if not placed_by_link and start > plan.start:
                task.constraint_type = ConstraintType.SNET
                task.constraint_date = start

    def _baselines(self, root: ET.Element) -> list[Baseline | BaselineTask]:
        """``<previous>`` holds GanttProject's baselines ("previous states")."""
        entities: list[Baseline | BaselineTask] = []
        holder = root.find("previous")
        count = 0  # not "number": that is the parser of the durations below
        for state in holder.iterfind("previous-tasks") if holder is not None else ():
            count += 1
            if count > 10:
                self.counts["baselines beyond the 11 pmdesk keeps"] += 1
                continue
            baseline = Baseline(
                id=count + 1, number=count, name=state.get("name") or f"Baseline {count}"
            )
            entities.append(baseline)
            self.where = f"the baseline {shown(baseline.name)}"
            for item in state.iterfind("previous-task"):
                task_id = gan_id(item, "id", "previous-task id")
                if task_id not in self.tasks:
                    continue
                start = gan_day(item.get("start"), "previous-task start")
                entities.append(
                    BaselineTask(
                        id=len(entities),
                        baseline_id=baseline.id,
                        task_id=task_id,
                        start=at_day_start(start) if start else None,
                        duration=round(
                            number(
                                item.get("duration"),
                                "previous-task duration",
                                low=0,
                                high=MAX_DAYS,
                                default=0.0,
                            )
                            * MINUTES_PER_DAY
                        ),
                    )
                )
        return entities


def read_gan(path: str | os.PathLike[str]) -> ImportResult:
    """Import a GanttProject file."""
    with gc_paused():  # the elements and entities of a large file: none of them garbage yet
        return _GanReader(os.fspath(path)).read()
