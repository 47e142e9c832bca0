"""CSV task tables: the columns GanttProject exports, and pmdesk's own simple table.

Reading recognises columns by their header (GanttProject's "Begin date", "End date",
"Completion", "Outline number"...; MS Project's "Start", "% Complete", "Resource Names";
pmdesk's own). The hierarchy comes from an outline number ("1.2.3") or an outline level.
Predecessors are written as MS Project writes them: "3", "3SS", "3FS+2d", "4FF-50%".
GanttProject puts a second table, its resources, after an empty line: it is read too.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections import Counter
from datetime import date, datetime

from pmdesk.core.entities import (
    Assignment,
    Calendar,
    ConstraintType,
    Link,
    LinkType,
    Plan,
    Resource,
    Task,
)
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.durations import parse_duration, parse_lag
from pmdesk.io.atomic import write_atomic
from pmdesk.io.gan import STANDARD_HOURS
from pmdesk.io.result import ImportResult, InteropError
from pmdesk.io.tasktable import COLUMNS, task_rows

ALIASES = {
    "id": ("id", "uid", "task id", "unique id"),
    "name": ("name", "task name", "title"),
    "outline": ("outline number", "wbs", "outline"),
    "level": ("outline level", "level"),
    "start": ("begin date", "start", "start date"),
    "finish": ("end date", "finish", "finish date", "end"),
    "duration": ("duration",),
    "completion": ("completion", "% complete", "percent complete", "percent_complete"),
    "milestone": ("milestone",),
    "predecessors": ("predecessors", "predecessorsr"),
    "resources": ("resources", "resource names", "assignments"),
    "constraint": ("constraint", "constraint type"),
    "constraint_date": ("constraint date",),
    "deadline": ("deadline",),
    "priority": ("priority",),
    "notes": ("notes",),
}
# Columns a task table may have that pmdesk derives itself: never a warning.
DERIVED = ("cost", "total cost", "work", "coordinator", "web link", "task color", "id#")
_PREDECESSOR = re.compile(r"^\s*(\d+)\s*(FS|SS|FF|SF)?\s*([+-].*)?$", re.IGNORECASE)
_RESOURCE = re.compile(r"^\s*(.*?)\s*(?:\[\s*([\d.,]+)\s*%?\s*\])?\s*$")
_TRUE = {"yes", "true", "1", "y", "x"}


_WEEKDAY = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_US_PATTERNS = (
    "%m/%d/%Y", "%m/%d/%y", "%d.%m.%Y", "%m/%d/%Y %H:%M", "%m/%d/%y %H:%M",
    "%m/%d/%Y %I:%M %p", "%m/%d/%y %I:%M %p",
)


def parse_when(text: str) -> datetime | None:
    """ISO dates and times, or the US month/day/year GanttProject and MS Project write in
    English ("5/27/24", "Mon 1/6/25 8:00 AM")."""
    text = _WEEKDAY.sub("", text.strip())
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
        if len(text) <= 10:
            value = value.replace(hour=8)
        return value
    except ValueError:
        pass
    for pattern in _US_PATTERNS:
        try:
            value = datetime.strptime(text, pattern)
        except ValueError:
            continue
        return value if ":" in text else value.replace(hour=8)
    raise ValueError(f"not a date: {text!r}")


def _blocks(text: str) -> list[list[list[str]]]:
    """Tables of the file: GanttProject separates tasks and resources by an empty line."""
    blocks: list[list[list[str]]] = [[]]
    for row in csv.reader(io.StringIO(text)):
        if not any(cell.strip() for cell in row):
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(row)
    return [block for block in blocks if block]


def _columns(header: list[str]) -> tuple[dict[str, int], list[str]]:
    columns, unknown = {}, []
    for index, title in enumerate(header):
        key = title.strip().lower()
        for field, names in ALIASES.items():
            if key in names and field not in columns:
                columns[field] = index
                break
        else:
            if key and key not in DERIVED:
                unknown.append(title.strip())
    return columns, unknown


class _CsvReader:
    def __init__(self, path: str) -> None:
        self.path = path
        self.warnings: list[str] = []
        self.counts: Counter = Counter()
        self.offset = 0

    def read(self) -> ImportResult:
        try:
            with open(self.path, encoding="utf-8-sig", newline="") as stream:
                text = stream.read()
        except UnicodeDecodeError:
            with open(self.path, encoding="latin-1", newline="") as stream:
                text = stream.read()
        blocks = _blocks(text)
        name = os.path.basename(self.path)
        if not blocks:
            raise InteropError(f"{name} is empty.")
        columns, unknown = _columns(blocks[0][0])
        if "name" not in columns:
            raise InteropError(f"{name} has no task name column (a header such as 'Name').")
        if unknown:
            self.warnings.append("Columns not imported: " + ", ".join(unknown) + ".")
        try:
            return self._read(blocks, columns, os.path.splitext(name)[0])
        except (ValueError, PmdeskError) as exc:
            raise InteropError(f"{name} has a value pmdesk cannot read ({exc}).") from None

    def _read(self, blocks, columns, title) -> ImportResult:
        calendar = Calendar(id=1, name="Standard", week={d: list(STANDARD_HOURS) for d in range(5)})
        for weekday in (5, 6):
            calendar.week[weekday] = []
        plan = Plan(name=title, default_calendar_id=1)
        tasks: dict[int, Task] = {}
        starts: dict[int, datetime] = {}
        outline_ids: dict[str, int] = {}
        level_stack: list[tuple[int, int]] = []
        positions: Counter = Counter()
        pending_links: list[tuple[int, str]] = []
        pending_resources: list[tuple[int, str]] = []

        def cell(row, field):
            index = columns.get(field)
            return row[index].strip() if index is not None and index < len(row) else ""

        rows = [row for row in blocks[0][1:] if cell(row, "name") or cell(row, "id")]
        # GanttProject counts ids from 0, pmdesk from 1: shift them all (predecessors too).
        ids = [int(cell(row, "id")) for row in rows if cell(row, "id")]
        self.offset = 1 if ids and min(ids) == 0 else 0
        for number, row in enumerate(rows, start=1):
            task_id = int(cell(row, "id")) + self.offset if cell(row, "id") else number
            if task_id <= 0 or task_id in tasks:
                raise ValueError(f"task id {cell(row, 'id') or number} is not unique")
            parent = None
            outline = cell(row, "outline")
            if outline:
                parent = outline_ids.get(outline.rsplit(".", 1)[0]) if "." in outline else None
                outline_ids[outline] = task_id
            elif cell(row, "level"):
                level = int(cell(row, "level"))
                while level_stack and level_stack[-1][0] >= level:
                    level_stack.pop()
                parent = level_stack[-1][1] if level_stack else None
                level_stack.append((level, task_id))
            task = Task(id=task_id, name=cell(row, "name"), parent_id=parent)
            task.position = positions[parent]
            positions[parent] += 1
            duration = cell(row, "duration")
            if duration:
                task.duration, task.duration_elapsed = parse_duration(duration)
            task.percent_complete = float(cell(row, "completion").rstrip("%") or 0)
            if "milestone" in columns:
                task.milestone = cell(row, "milestone").lower() in _TRUE
            else:  # GanttProject's table has no such column: a zero duration says it
                task.milestone = bool(duration) and task.duration == 0
            if cell(row, "priority"):
                task.priority = int(float(cell(row, "priority")))
            task.notes = cell(row, "notes")
            constraint = cell(row, "constraint").upper()
            if constraint and constraint in ConstraintType.__members__:
                task.constraint_type = ConstraintType[constraint]
                task.constraint_date = parse_when(cell(row, "constraint_date"))
            elif constraint:
                self.counts[f"constraint '{constraint}'"] += 1
            task.deadline = parse_when(cell(row, "deadline"))
            start = parse_when(cell(row, "start"))
            if start is not None:
                starts[task_id] = start
            if cell(row, "predecessors"):
                pending_links.append((task_id, cell(row, "predecessors")))
            if cell(row, "resources"):
                pending_resources.append((task_id, cell(row, "resources")))
            tasks[task_id] = task

        links = self._links(pending_links, tasks)
        if starts:
            plan.start = min(starts.values())
        self._position_unlinked(plan, tasks, starts, links)
        resources = self._resource_table(blocks[1:])
        assignments = self._assignments(pending_resources, resources)
        for what, count in sorted(self.counts.items()):
            self.warnings.append(f"Not imported: {what} ({count}).")
        data = PlanData(plan)
        data.load([calendar, *tasks.values(), *links, *resources.values(), *assignments])
        return ImportResult(data, self.warnings)

    def _links(self, pending, tasks) -> list[Link]:
        links: list[Link] = []
        for successor, text in pending:
            for token in re.split(r"[;,]", text):
                if not token.strip():
                    continue
                match = _PREDECESSOR.match(token)
                if match is None:
                    self.counts[f"predecessor '{token.strip()}'"] += 1
                    continue
                predecessor = int(match.group(1)) + self.offset
                if predecessor not in tasks:
                    self.counts["predecessors that are not in the table"] += 1
                    continue
                lag, kind = parse_lag(match.group(3) or "")
                links.append(
                    Link(
                        id=len(links) + 1,
                        predecessor_id=predecessor,
                        successor_id=successor,
                        type=LinkType((match.group(2) or "FS").upper()),
                        lag=lag,
                        lag_kind=kind,
                    )
                )
        return links

    def _position_unlinked(self, plan, tasks, starts, links) -> None:
        """A leaf task no dependency places keeps its start (as "start no earlier than")."""
        linked = {link.successor_id for link in links}
        parents = {task.parent_id for task in tasks.values()}
        for task_id, task in tasks.items():
            if task_id in parents or task_id not in starts:
                continue
            if task.constraint_type != ConstraintType.ASAP:
                continue
            ancestor, placed = task_id, False
            while ancestor is not None:
                if ancestor in linked:
                    placed = True
                    break
                ancestor = tasks[ancestor].parent_id
            if not placed and starts[task_id] > plan.start:
                task.constraint_type = ConstraintType.SNET
                task.constraint_date = starts[task_id]

    def _resource_table(self, blocks) -> dict[int, Resource]:
        resources: dict[int, Resource] = {}
        for block in blocks:
            header = [title.strip().lower() for title in block[0]]
            if "name" not in header:
                continue
            index = {title: i for i, title in enumerate(header)}
            for row in block[1:]:
                def value(title):
                    i = index.get(title)
                    return row[i].strip() if i is not None and i < len(row) else ""

                resource_id = max(resources, default=0) + 1
                rate = value("standard rate")
                resources[resource_id] = Resource(
                    id=resource_id,
                    name=value("name"),
                    group=value("default role"),
                    email=value("e-mail"),
                    # GanttProject's rate is per day of 8 hours.
                    standard_rate=float(rate) / 8 if rate else 0.0,
                )
        return resources

    def _assignments(self, pending, resources) -> list[Assignment]:
        by_name = {r.name: r for r in resources.values()}
        assignments: list[Assignment] = []
        for task_id, text in pending:
            for token in text.split(";"):
                match = _RESOURCE.match(token)
                name, percent = match.group(1), match.group(2)
                if not name:
                    continue
                if name not in by_name:
                    resource = Resource(id=max(resources, default=0) + 1, name=name)
                    resources[resource.id] = resource
                    by_name[name] = resource
                units = float(percent.replace(",", ".")) / 100 if percent else 1.0
                assignments.append(
                    Assignment(
                        id=len(assignments) + 1,
                        task_id=task_id,
                        resource_id=by_name[name].id,
                        units=units,
                    )
                )
        return assignments


def read_csv(path) -> ImportResult:
    """Import a task table from CSV."""
    return _CsvReader(os.fspath(path)).read()


def _cell(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return "" if value is None else str(value)


def write_csv(data: PlanData, path) -> list[str]:
    """Write the task table (pmdesk's columns, comma separated, UTF-8)."""
    warnings: list[str] = []
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in task_rows(data, warnings):
        writer.writerow([_cell(value) for value in row.values()])
    write_atomic(path, stream.getvalue())
    return warnings
