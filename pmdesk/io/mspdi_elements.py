"""Reading the Task, Resource and Assignment elements of an MSPDI file, every value checked.

Each handler turns one element into pmdesk values (``pmdesk.io.values`` checks them against
``pmdesk.core.limits``) and records what pmdesk has no place for. ``self.where`` names the
element being read, for the one sentence a bad value becomes (``mspdi._Reader.read``).
Tasks sharing a UID are all kept: the later ones are renumbered after the last task.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from datetime import datetime

from pmdesk.core.entities import (
    ConstraintType,
    CostAccrual,
    Resource,
    ResourceType,
    Task,
    TaskType,
    WorkContour,
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
from pmdesk.io.mspdi_custom import KEYS_BY_ID, read_value
from pmdesk.io.mspdi_fields import (
    ASSIGNMENT_DEFAULTS,
    ASSIGNMENT_KNOWN,
    EMPTY_VALUES,
    RESOURCE_DEFAULTS,
    RESOURCE_KNOWN,
    TASK_DEFAULTS,
    TASK_KNOWN,
)
from pmdesk.io.mspdi_pert import PERT_FIELDS, read_estimates
from pmdesk.io.mspdi_rows import (
    AssignmentExtra,
    AssignmentRow,
    BaselineValues,
    Fields,
    Getter,
    LinkRow,
)
from pmdesk.io.mspdi_splits import WORK_TYPES
from pmdesk.io.mspdi_values import (
    CONSTRAINTS,
    CONTOUR_CODES,
    ELAPSED_FORMATS,
    PERCENT_FORMATS,
    parse_datetime,
    parse_duration,
)
from pmdesk.io.values import BadValue, duration, integer, moment, number, shown

TASK_TYPES = (TaskType.FIXED_UNITS, TaskType.FIXED_DURATION, TaskType.FIXED_WORK)
ACCRUALS = {1: CostAccrual.START, 2: CostAccrual.END, 3: CostAccrual.PRORATED}
CONTOURS = tuple(WorkContour(name) for name in CONTOUR_CODES)  # by <WorkContour> code
_FLAT = WorkContour.FLAT
NO_RESOURCE = -65535  # MS Project's "unassigned" placeholder: not an assignment
MAX_UID = 2**31 - 1
# Children of one task, resource or assignment: Microsoft Project writes ~150 (with baselines
# and custom fields); far more is a damaged or hostile file, refused before it costs time.
MAX_CHILDREN = 100_000
MAX_TENTHS = MAX_DURATION_MINUTES * 10  # a delay in tenths of a minute


class ElementReader:
    """The per-element half of the MSPDI reader (``mspdi._Reader`` adds streaming and
    assembly); it fills the lists below."""

    def __init__(self, ns: str) -> None:
        self.ns = ns
        self.cut = len(ns)
        self.warnings: list[str] = []
        self.unmapped: dict[str, Counter[str]] = defaultdict(Counter)
        self.tasks: list[Task] = []
        self.task_uids: set[int] = set()
        self.links: list[LinkRow] = []
        self.baseline_tasks: list[tuple[int, int, BaselineValues]] = []  # number, task UID
        self.resources: list[tuple[int, Resource, int | None]] = []
        self.assignments: list[AssignmentRow] = []
        # task uid -> assignment work stretches (start, finish, minutes)
        self.split_records: dict[int, list[tuple[datetime, datetime, float]]] = {}
        self.split_starts: dict[int, datetime] = {}  # task uid -> earliest assignment start
        self.task_calendars: dict[int, int] = {}
        self.summary_name: str | None = None
        self.summary_notes = ""  # MS Project keeps the project's notes on its summary task
        self.counts: Counter[str] = Counter()
        self._stack: list[tuple[int, int]] = []  # (outline level, UID) of the open parents
        self._positions: Counter[int | None] = Counter()  # parent UID -> children so far
        self._unknown: dict[tuple[str, ...], list[str]] = {}
        self.where = "the project"  # what is being read, for the message of a bad value
        self.duplicates: dict[int, tuple[int, str]] = {}  # placeholder -> (UID, name)
        self.resource_duplicates: list[tuple[int, int, str]] = []  # (UID, new UID, name)

    def _children(self, elem: ET.Element) -> None:
        if len(elem) > MAX_CHILDREN:
            raise BadValue(
                f"it has {len(elem):,} elements, more than the {MAX_CHILDREN:,} pmdesk reads in one"
            )

    def _fields(self, elem: ET.Element) -> Fields:
        cut = self.cut
        return {child.tag[cut:]: child.text for child in elem}

    def _note_unmapped(
        self,
        kind: str,
        elem: ET.Element,
        fields: Fields,
        known: Collection[str],
        defaults: Mapping[str, str | None],
    ) -> None:
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
    def _task(self, elem: ET.Element) -> None:
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
            self.summary_notes = get("Notes") or ""
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

        duration_format = integer(
            get("DurationFormat"), "DurationFormat", low=0, high=255, default=7
        )
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
            percent_complete=number(
                get("PercentComplete"), "PercentComplete", low=0, high=100, default=0.0
            ),
            actual_start=self._date(get, "ActualStart"),
            actual_finish=self._date(get, "ActualFinish"),
            fixed_cost=number(
                get("FixedCost"), "FixedCost", low=-MAX_MONEY, high=MAX_MONEY, default=0.0
            ),
            deadline=self._date(get, "Deadline"),
            ignore_resource_calendars=get("IgnoreResourceCalendar") == "1",
        )
        # Leveling Delay in tenths of a minute (whatever LevelingDelayFormat shows it in).
        delay = number(
            get("LevelingDelay"),
            "LevelingDelay",
            low=0,
            high=MAX_DURATION_MINUTES * 10,
            default=0.0,
        )
        task.leveling_delay = round(delay / 10)
        # Leveling Can Split and Level Assignments: Yes unless the file says 0 (their default).
        task.leveling_can_split = get("LevelingCanSplit") != "0"
        task.level_assignments = get("LevelAssignments") != "0"
        # Tracking: an actual cost MS Project recorded (0 reads as "not typed": computed from
        # % complete here too), the earned value method (0 % Complete, 1 Physical).
        spent = number(get("ActualCost"), "ActualCost", low=0, high=MAX_MONEY, default=0.0)
        task.actual_cost = spent or None
        task.ev_method = "physical" if get("EarnedValueMethod") == "1" else "percent"
        task.physical_percent_complete = number(
            get("PhysicalPercentComplete"), "PhysicalPercentComplete", low=0, high=100, default=0.0
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
        if get("Summary") != "1":
            # MSPDI Type 0 fixed units, 1 fixed duration, 2 fixed work (PjTaskFixedType);
            # summaries are always fixed duration in MS Project, which says nothing.
            code = integer(get("Type"), "Type", low=0, high=2, default=0)
            task.task_type = TASK_TYPES[code]
        task.effort_driven = get("EffortDriven") == "1" or task.task_type == TaskType.FIXED_WORK
        # FixedCostAccrual 1 start, 2 end, 3 prorated (MS Project's AccrueAt values).
        accrual = integer(get("FixedCostAccrual"), "FixedCostAccrual", low=1, high=3, default=3)
        task.fixed_cost_accrual = ACCRUALS[accrual]
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
                    left_out
                )
        self.tasks.append(task)
        self.task_uids.add(uid)

    def _custom_fields(self, elem: ET.Element, task: Task) -> None:
        """Text1-30, Number1-20, Date1-10, Flag1-20; other custom fields are counted."""
        ns = self.ns
        for child in elem.iterfind(ns + "ExtendedAttribute"):
            try:
                field_id = int(child.findtext(ns + "FieldID") or 0)
            except ValueError:
                field_id = 0  # as a missing FieldID: no field of pmdesk's
            key = KEYS_BY_ID.get(field_id)
            if field_id in PERT_FIELDS:
                continue  # Duration1-3: the PERT estimates (read_estimates)
            if key is None:
                self.unmapped["task"][
                    "ExtendedAttribute (custom fields other than Text, Number, Date, Flag)"
                ] += 1
                continue
            value = read_value(key, child.findtext(ns + "Value"))
            if value is not None:
                task.custom_fields[key] = value

    @staticmethod
    def _date(get: Getter, tag: str) -> datetime | None:
        return moment(get(tag), tag, parse_datetime)

    def _link(self, elem: ET.Element, successor: int) -> None:
        values = {child.tag[self.cut :]: child.text for child in elem}
        get = values.get
        if get("CrossProject") == "1":
            self.counts["links to other projects"] += 1
            return
        predecessor = integer(
            get("PredecessorUID"), "PredecessorLink/PredecessorUID", low=-(2**31), high=MAX_UID
        )
        link_type = integer(
            get("Type"), "PredecessorLink/Type", low=-(2**31), high=2**31, default=1
        )
        lag_format = integer(
            get("LagFormat"), "PredecessorLink/LagFormat", low=0, high=255, default=7
        )
        # LinkLag is in tenths of a minute, or in whole percent for percent lags (mspdi.py).
        bound = MAX_PERCENT_LAG if lag_format in PERCENT_FORMATS else MAX_LAG_MINUTES * 10
        lag = int(
            number(get("LinkLag"), "PredecessorLink/LinkLag", low=-bound, high=bound, default=0.0)
        )
        self.links.append((predecessor, successor, link_type, lag, lag_format))

    def _baseline(self, elem: ET.Element, task_id: int) -> None:
        values = {child.tag[self.cut :]: child.text for child in elem}
        get = values.get
        number_ = integer(get("Number"), "Baseline/Number", low=0, high=10, default=0)
        checked: BaselineValues = {
            "Start": moment(get("Start"), "Baseline/Start", parse_datetime),
            "Finish": moment(get("Finish"), "Baseline/Finish", parse_datetime),
            "Duration": round(
                duration(
                    get("Duration"), "Baseline/Duration", parse_duration, limit=MAX_DURATION_MINUTES
                )
            ),
            "Work": round(
                duration(
                    get("Work"),
                    "Baseline/Work",
                    parse_duration,
                    limit=MAX_DURATION_MINUTES * MAX_UNITS,
                )
            ),
            "Cost": number(
                get("Cost"), "Baseline/Cost", low=-MAX_MONEY, high=MAX_MONEY, default=0.0
            ),
        }
        self.baseline_tasks.append((number_, task_id, checked))

    # -- resources and assignments -----------------------------------------------------
    def _resource(self, elem: ET.Element) -> None:
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

        def money(tag: str) -> float:
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
            material_label=(get("MaterialLabel") or "")[:100],
        )
        self._note_unmapped("resource", elem, fields, RESOURCE_KNOWN, RESOURCE_DEFAULTS)
        rates = elem.find(self.ns + "Rates")
        if rates is not None and len(rates) > 1:
            # Rate table A's first rate is StandardRate itself; the others have no place.
            self.unmapped["resource"]["Rates (rate tables B-E, rate changes)"] += 1
        calendar = get("CalendarUID")
        calendar_uid = None  # none, or -1: the project's calendar
        if calendar not in (None, "", "-1"):
            calendar_uid = integer(calendar, "CalendarUID", low=-1, high=MAX_UID)
        self.resources.append((uid, resource, calendar_uid))

    def _assignment(self, elem: ET.Element) -> None:
        fields = self._fields(elem)
        get = fields.get
        self.where = "an assignment"
        self._children(elem)
        resource = integer(get("ResourceUID"), "ResourceUID", low=-(2**31), high=MAX_UID)
        task = integer(get("TaskUID"), "TaskUID", low=-(2**31), high=MAX_UID)
        self.where = f"the assignment of resource UID {resource} to task UID {task}"
        if resource == NO_RESOURCE:
            return
        limit = MAX_DURATION_MINUTES * MAX_UNITS
        text = get("Work")
        work = None if text is None else duration(text, "Work", parse_duration, limit=limit)
        code = get("WorkContour")
        if not code:  # mostly absent: <WorkContour>0</WorkContour> is removed before parsing
            contour = _FLAT
        elif code.isdigit() and int(code) < len(CONTOURS):
            contour = CONTOURS[int(code)]
        else:
            self.counts[f"work contours of unknown code {shown(code)} (taken as flat)"] += 1
            contour = _FLAT
        units = number(get("Units"), "Units", low=0, high=MAX_UNITS, default=1.0)
        # The values below are mostly absent (a default is removed before parsing,
        # mspdi_fields.ASSIGNMENT_ABSENT_VALUES): each is read only when present.
        text = get("ActualWork")
        done = duration(text, "ActualWork", parse_duration, limit=limit) if text else None
        text = get("OvertimeWork")
        overtime = round(duration(text, "OvertimeWork", parse_duration, limit=limit)) if text else 0
        # Delay is in tenths of a minute, as LinkLag and LevelingDelay are.
        text = get("Delay")
        delay = (
            round(number(text, "Delay", low=0, high=MAX_TENTHS, default=0.0) / 10) if text else 0
        )
        text = get("Cost")
        cost = number(text, "Cost", low=-MAX_MONEY, high=MAX_MONEY, default=0.0) if text else 0.0
        # The assignment's Leveling Delay, in tenths of a minute like the task's (whatever
        # LevelingDelayFormat shows it in): "leveling can adjust individual assignments".
        text = get("LevelingDelay")
        leveling = (
            round(number(text, "LevelingDelay", low=0, high=MAX_TENTHS, default=0.0) / 10)
            if text
            else 0
        )
        extra: AssignmentExtra = {
            "actual_work": done,
            "overtime_work": overtime,
            "delay": delay,
            "cost": cost,
            "leveling_delay": leveling,
        }
        self.assignments.append((task, resource, units, work, contour, extra))
        self._note_unmapped("assignment", elem, fields, ASSIGNMENT_KNOWN, ASSIGNMENT_DEFAULTS)
        if "TimephasedData" in fields:
            records = elem.findall(self.ns + "TimephasedData")
            self.counts["time-phased assignment records"] += len(records)
            self._timephased(task, get("Start"), records)

    def _timephased(self, task: int, start: str | None, records: list[ET.Element]) -> None:
        """Keep the work stretches of an assignment: a stretch of zero work inside them is a
        split of its task (mspdi_splits.py)."""
        ns = self.ns
        kept = self.split_records.setdefault(task, [])
        for record in records:
            if record.findtext(ns + "Type") not in WORK_TYPES:
                continue
            first = moment(record.findtext(ns + "Start"), "TimephasedData/Start", parse_datetime)
            last = moment(record.findtext(ns + "Finish"), "TimephasedData/Finish", parse_datetime)
            value = record.findtext(ns + "Value")
            if first is not None and last is not None and value is not None:
                kept.append(
                    (
                        first,
                        last,
                        duration(
                            value,
                            "TimephasedData/Value",
                            parse_duration,
                            limit=MAX_DURATION_MINUTES * MAX_UNITS,
                        ),
                    )
                )
        first = moment(start, "Start", parse_datetime)
        if first is not None and (task not in self.split_starts or first < self.split_starts[task]):
            self.split_starts[task] = first

    def _renumber_duplicate_tasks(self) -> None:
        """A task whose UID an earlier task has keeps its place as the next free UID;
        links and assignments naming the UID stay with the first task of that UID."""
        if not self.duplicates:
            return
        next_id = max(self.task_uids) + 1
        new_ids: dict[int, int] = {}
        for placeholder in sorted(self.duplicates, reverse=True):  # -1, -2, ...: file order
            new_ids[placeholder] = next_id
            next_id += 1
        for task in self.tasks:
            task.id = new_ids.get(task.id, task.id)
            if task.parent_id is not None:
                task.parent_id = new_ids.get(task.parent_id, task.parent_id)
        self.task_uids = {task.id for task in self.tasks}
        self.task_calendars = {new_ids.get(k, k): v for k, v in self.task_calendars.items()}
        self.links = [(p, new_ids.get(s, s), t, lag, f) for p, s, t, lag, f in self.links]
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
                f"Some {kind}s share a UID with an earlier {kind} (or have one below 1): "
                f"{listed}{more}; links and assignments naming a shared UID go to the first "
                f"{kind}."
            )
