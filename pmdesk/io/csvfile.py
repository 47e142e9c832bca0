"""CSV task tables: the columns GanttProject exports, and pmdesk's own simple table.

Reading recognises columns by their header (GanttProject's "Begin date", "End date",
"Completion", "Outline number"...; MS Project's "Start", "% Complete", "Resource Names";
pmdesk's own). The hierarchy comes from an outline number ("1.2.3") or an outline level.
Predecessors are written as MS Project writes them: "3", "3SS", "3FS+2d", "4FF-50%".
GanttProject puts a second table, its resources, after an empty line: it is read too.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
from collections import Counter
from datetime import date, datetime

from pmdesk.core.entities import (
    Assignment,
    Calendar,
    ConstraintType,
    LagKind,
    Link,
    LinkType,
    Plan,
    Resource,
    Task,
)
from pmdesk.core.errors import PmdeskError
from pmdesk.core.gcpause import gc_paused
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
from pmdesk.core.scheduling.durations import parse_duration, parse_lag
from pmdesk.core.spreadsheet_text import neutralise
from pmdesk.core.standard_time import STANDARD_HOURS
from pmdesk.io.atomic import write_atomic
from pmdesk.io.csvtext import read_rows
from pmdesk.io.result import ImportResult, InteropError, count_lines, listing
from pmdesk.io.tasktable import COLUMNS, CellValue, task_rows
from pmdesk.io.values import BadValue, integer, moment, shown
from pmdesk.io.values import minutes as checked_minutes
from pmdesk.io.values import number as number_

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
MAX_ID = 2**31 - 2
# A table repeats a few durations and lags ("2d", "1FS+1d") thousands of times.
_parse_duration = functools.lru_cache(maxsize=4096)(parse_duration)
_parse_lag = functools.lru_cache(maxsize=4096)(parse_lag)


_WEEKDAY = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_US_PATTERNS = (
    "%m/%d/%Y",
    "%m/%d/%y",
    "%d.%m.%Y",
    "%m/%d/%Y %H:%M",
    "%m/%d/%y %H:%M",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%y %I:%M %p",
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


def _blocks(rows: list[list[str]]) -> list[list[list[str]]]:
    """Tables of the file: GanttProject separates tasks and resources by an empty line."""
    blocks: list[list[list[str]]] = [[]]
    for row in rows:
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


# (task id, the cell's text, where it is for a message) of a cell read after all the rows.
_Pending = tuple[int, str, str]


class _CsvReader:
    def __init__(self, path: str) -> None:
        self.path = path
        self.warnings: list[str] = []
        self.counts: Counter[str] = Counter()
        self.offset = 0
        self.where = "the header"  # what is being read, for the message of a bad value
        self.duplicates: list[tuple[int, int, str]] = []  # (ID in the file, new ID, name)
        self.titles: dict[str, str] = {}  # field -> the column's title in the file

    def read(self) -> ImportResult:
        name = os.path.basename(self.path)
        with open(self.path, "rb") as stream:
            raw = stream.read()
        blocks = _blocks(read_rows(raw, name, self.warnings))
        if not blocks:
            raise InteropError(f"{name} is empty.")
        columns, unknown = _columns(blocks[0][0])
        self.titles = {field: blocks[0][0][index].strip() for field, index in columns.items()}
        if "name" not in columns:
            raise InteropError(f"{name} has no task name column (a header such as 'Name').")
        if unknown:
            self.warnings.append("Columns not imported: " + listing(unknown) + ".")
        try:
            return self._read(blocks, columns, os.path.splitext(name)[0])
        except BadValue as exc:
            raise InteropError(f"{name} cannot be imported: in {self.where}, {exc}.") from None
        except (ValueError, TypeError, OverflowError, PmdeskError) as exc:
            raise InteropError(
                f"{name} has a value pmdesk cannot read in {self.where} ({shown(str(exc))})."
            ) from None

    def _read(
        self, blocks: list[list[list[str]]], columns: dict[str, int], title: str
    ) -> ImportResult:
        calendar = Calendar(id=1, name="Standard", week={d: list(STANDARD_HOURS) for d in range(5)})
        for weekday in (5, 6):
            calendar.week[weekday] = []
        plan = Plan(name=title, default_calendar_id=1)
        tasks: dict[int, Task] = {}
        starts: dict[int, datetime] = {}
        outline_ids: dict[str, int] = {}
        level_stack: list[tuple[int, int]] = []
        positions: Counter[int | None] = Counter()
        pending_links: list[_Pending] = []
        pending_resources: list[_Pending] = []

        titles = {field: self.titles.get(field, field) for field in ALIASES}

        # Each row as {field: stripped cell}, once (a 100,000-row file has 2 million lookups).
        fields = list(columns.items())
        rows = []
        for number, line in enumerate(blocks[0][1:], start=2):
            width = len(line)
            row = {field: line[index].strip() for field, index in fields if index < width}
            if row.get("name") or row.get("id"):
                rows.append((number, row))
        ids = []
        for number, row in rows:
            self.where = f"row {number}"
            if row.get("id", ""):
                ids.append(integer(row.get("id", ""), titles["id"], low=0, high=MAX_ID))
        # GanttProject counts ids from 0, pmdesk from 1: shift them all (predecessors too).
        self.offset = 1 if ids and min(ids) == 0 else 0
        next_id = max(max(ids, default=0) + self.offset, len(rows)) + 1
        for count, (number, row) in enumerate(rows, start=1):
            self.where = f"row {number} ({shown(row.get('name', ''))})"
            task_id = int(row.get("id", "")) + self.offset if row.get("id", "") else count
            if task_id in tasks:
                # Two rows with one id: both are kept, the later under a new id.
                self.duplicates.append((task_id - self.offset, next_id, row.get("name", "")))
                task_id, next_id = next_id, next_id + 1
            parent = None
            outline = row.get("outline", "")
            if outline:
                if outline.count(".") >= MAX_OUTLINE_DEPTH:
                    raise BadValue(f"the outline is more than {MAX_OUTLINE_DEPTH} levels deep")
                parent = outline_ids.get(outline.rsplit(".", 1)[0]) if "." in outline else None
                outline_ids[outline] = task_id
            elif row.get("level", ""):
                level = integer(row.get("level", ""), titles["level"], low=0, high=65535)
                while level_stack and level_stack[-1][0] >= level:
                    level_stack.pop()
                parent = level_stack[-1][1] if level_stack else None
                level_stack.append((level, task_id))
                if len(level_stack) > MAX_OUTLINE_DEPTH:
                    raise BadValue(f"the outline is more than {MAX_OUTLINE_DEPTH} levels deep")
            task = Task(id=task_id, name=row.get("name", ""), parent_id=parent)
            task.position = positions[parent]
            positions[parent] += 1
            duration = row.get("duration", "")
            if duration:
                task.duration, task.duration_elapsed = self._duration(duration, titles["duration"])
            task.percent_complete = number_(
                row.get("completion", "").rstrip("%"),
                titles["completion"],
                low=0,
                high=100,
                default=0.0,
            )
            if "milestone" in columns:
                task.milestone = row.get("milestone", "").lower() in _TRUE
            else:  # GanttProject's table has no such column: a zero duration says it
                task.milestone = bool(duration) and task.duration == 0
            if row.get("priority", ""):
                task.priority = round(
                    number_(row.get("priority", ""), titles["priority"], low=0, high=MAX_PRIORITY)
                )
            task.notes = row.get("notes", "")
            constraint = row.get("constraint", "").upper()
            if constraint and constraint in ConstraintType.__members__:
                task.constraint_type = ConstraintType[constraint]
                task.constraint_date = self._when(
                    row.get("constraint_date", ""), titles["constraint_date"]
                )
            elif constraint:
                self.counts[f"constraint {shown(constraint)}"] += 1
            task.deadline = self._when(row.get("deadline", ""), titles["deadline"])
            start = self._when(row.get("start", ""), titles["start"])
            if start is not None:
                starts[task_id] = start
            if row.get("predecessors", ""):
                pending_links.append((task_id, row.get("predecessors", ""), self.where))
            if row.get("resources", ""):
                pending_resources.append((task_id, row.get("resources", ""), self.where))
            tasks[task_id] = task

        self.where = "the task table"
        self._warn_duplicates()
        links = self._links(pending_links, tasks)
        if starts:
            plan.start = min(starts.values())
        self._position_unlinked(plan, tasks, starts, links)
        resources = self._resource_table(blocks[1:])
        assignments = self._assignments(pending_resources, resources)
        self.warnings.extend(
            count_lines(self.counts, lambda what, n: f"Not imported: {what} ({n}).")
        )
        data = PlanData(plan)
        data.load([calendar, *tasks.values(), *links, *resources.values(), *assignments])
        return ImportResult(data, self.warnings)

    def _links(self, pending: list[_Pending], tasks: dict[int, Task]) -> list[Link]:
        links: list[Link] = []
        for successor, text, where in pending:
            self.where = where
            for token in re.split(r"[;,]", text):
                if not token.strip():
                    continue
                match = _PREDECESSOR.match(token)
                if match is None:
                    self.counts[f"predecessor {shown(token.strip())}"] += 1
                    continue
                predecessor = (
                    integer(match.group(1), "Predecessors", low=0, high=MAX_ID) + self.offset
                )
                if predecessor not in tasks:
                    self.counts["predecessors that are not in the table"] += 1
                    continue
                lag, kind = self._lag(match.group(3) or "")
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

    def _position_unlinked(
        self, plan: Plan, tasks: dict[int, Task], starts: dict[int, datetime], links: list[Link]
    ) -> None:
        """A leaf task no dependency places keeps its start (as "start no earlier than")."""
        linked = {link.successor_id for link in links}
        parents = {task.parent_id for task in tasks.values()}
        for task_id, task in tasks.items():
            if task_id in parents or task_id not in starts:
                continue
            if task.constraint_type != ConstraintType.ASAP:
                continue
            ancestor: int | None = task_id
            placed = False
            while ancestor is not None:
                if ancestor in linked:
                    placed = True
                    break
                ancestor = tasks[ancestor].parent_id
            if not placed and starts[task_id] > plan.start:
                task.constraint_type = ConstraintType.SNET
                task.constraint_date = starts[task_id]

    def _resource_table(self, blocks: list[list[list[str]]]) -> dict[int, Resource]:
        resources: dict[int, Resource] = {}
        self.where = "the resource table"
        for block in blocks:
            header = [title.strip().lower() for title in block[0]]
            if "name" not in header:
                continue
            index = {title: i for i, title in enumerate(header)}
            for row in block[1:]:

                def value(title: str, index: dict[str, int] = index, row: list[str] = row) -> str:
                    i = index.get(title)
                    return row[i].strip() if i is not None and i < len(row) else ""

                resource_id = len(resources) + 1
                rate = number_(
                    value("standard rate"), "standard rate", low=0, high=MAX_MONEY, default=0.0
                )
                resources[resource_id] = Resource(
                    id=resource_id,
                    name=value("name"),
                    group=value("default role"),
                    email=value("e-mail"),
                    standard_rate=rate / 8,  # GanttProject's rate is per day of 8 hours
                )
        return resources

    def _assignments(
        self, pending: list[_Pending], resources: dict[int, Resource]
    ) -> list[Assignment]:
        by_name = {r.name: r for r in resources.values()}
        assignments: list[Assignment] = []
        next_id = len(resources) + 1  # resource ids are 1..n: a count, not a max() per row
        for task_id, text, where in pending:
            self.where = where
            for token in text.split(";"):
                match = _RESOURCE.match(token)
                if match is None:  # a line break in the cell: "." stops there
                    self.counts[f"resource {shown(token.strip())}"] += 1
                    continue
                name, percent = match.group(1), match.group(2)
                if not name:
                    continue
                if name not in by_name:
                    resource = Resource(id=next_id, name=name)
                    next_id += 1
                    resources[resource.id] = resource
                    by_name[name] = resource
                units = 1.0
                if percent:
                    units = (
                        number_(percent.replace(",", "."), "Resources", low=0, high=MAX_UNITS * 100)
                        / 100
                    )
                assignments.append(
                    Assignment(
                        id=len(assignments) + 1,
                        task_id=task_id,
                        resource_id=by_name[name].id,
                        units=units,
                    )
                )
        return assignments

    def _duration(self, text: str, title: str) -> tuple[int, bool]:
        try:
            minutes, elapsed = _parse_duration(text)
        except PmdeskError as exc:
            raise BadValue(f"{title} {shown(text)} is not a duration ({exc})") from None
        checked = checked_minutes(minutes, title, text, limit=MAX_DURATION_MINUTES)
        return round(checked), elapsed

    def _lag(self, text: str) -> tuple[float, LagKind]:
        try:
            value, kind = _parse_lag(text)
        except PmdeskError as exc:
            raise BadValue(f"Predecessors lag {shown(text)} is not a lag ({exc})") from None
        limit = MAX_PERCENT_LAG if kind == LagKind.PERCENT else MAX_LAG_MINUTES
        return checked_minutes(value, "Predecessors lag", text, limit=limit, signed=True), kind

    def _when(self, text: str, title: str) -> datetime | None:
        return moment(text, title, parse_when)

    def _warn_duplicates(self) -> None:
        if not self.duplicates:
            return
        listed = listing(
            [f"ID {old} ({shown(name)}) kept as ID {new}" for old, new, name in self.duplicates]
        )
        self.warnings.append(
            f"Some rows share an ID with an earlier row: {listed}; predecessors naming "
            "such an ID go to the first row."
        )


def read_csv(path: str | os.PathLike[str]) -> ImportResult:
    """Import a task table from CSV."""
    with gc_paused():  # the rows and entities of a large file: none of them garbage yet
        return _CsvReader(os.fspath(path)).read()


def _cell(value: CellValue) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, str):
        return neutralise(value)  # names, notes, resources: never a formula in a spreadsheet
    return "" if value is None else str(value)


def write_csv(data: PlanData, path: str | os.PathLike[str]) -> list[str]:
    """Write the task table (pmdesk's columns, comma separated, UTF-8)."""
    warnings: list[str] = []
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in task_rows(data, warnings):
        writer.writerow([_cell(value) for value in row.values()])
    write_atomic(path, stream.getvalue())
    return warnings
