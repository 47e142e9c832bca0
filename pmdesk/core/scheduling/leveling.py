"""Resource leveling as MS Project does it: Level Now, Leveling Options and Clear Leveling.

Leveling delays tasks until no work resource is over-allocated, and records each delay as the
task's **Leveling Delay** (an elapsed duration from the task's early start, which the engine
honours: cpm._delay), never as a constraint: Clear Leveling sets the delays back to zero and
the plan is exactly as before. Microsoft's "Level resource assignments" and "Leveling Options"
(Resource > Leveling Options) give the options kept here: the leveling order (ID Only,
Standard, Priority, Standard), the whole plan or a date range ("Level from / to"), "Level only
within available slack", and "Clear leveling values before leveling" (on by default). Task
priority 0-1000 decides first under "Priority, Standard"; 1000 means "do not level".

Leveling works on a copy and returns the field changes to apply (one undo step for the
caller), what moved and by how much, and what stays over-allocated and why. The placing
itself is levelpass.py: the engine's forward pass in a priority order, several orders for
"Standard" (the best finish kept: still deterministic, as every rule and tie is fixed).
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pmdesk.core.entities import (
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    Link,
    Plan,
    Resource,
    ResourceType,
    ScheduleFrom,
    Task,
)
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.allocation import PlanCalendars, allocate
from pmdesk.core.scheduling.calendar import DAY, from_minutes, to_minutes
from pmdesk.core.scheduling.cpm import forward
from pmdesk.core.scheduling.justify import improve
from pmdesk.core.scheduling.keys import NEG, POS
from pmdesk.core.scheduling.levelpass import (
    DO_NOT_LEVEL,
    LevelPass,
    activity_order,
    late_starts,
)
from pmdesk.core.scheduling.levelreport import Unresolved, loads_of, loads_of_pass, report
from pmdesk.core.scheduling.network import Network
from pmdesk.core.scheduling.progress import FixedSpec, ProgressSpec
from pmdesk.core.scheduling.scheduler import schedule_plan
from pmdesk.core.translation import translate

OPTIONS_KEY = "leveling_options"  # plan.settings: the Leveling Options dialog's choices
LEGACY_KEY = "leveling"  # plans leveled before issue 18 recorded SNET constraints here
SPLITS_KEY = "leveling_splits"  # task id -> the pauses leveling split it with
ORDERS = ("id", "standard", "priority")
ORDER_NAMES = {"id": "ID Only", "standard": "Standard", "priority": "Priority, Standard"}
_FAR_DAYS = 366 * 10  # "no project finish" for the hard bounds: ten years after it
# Passes of "Standard" order tried at most, scaled down for big plans (leaves x passes).
_PASS_BUDGET = 4_000
_SAMPLES = 24  # seeded sampling passes at most, on plans small enough for them


class LevelingError(PmdeskError):
    """A plan or options leveling cannot work with (one sentence for a person)."""


@dataclass(frozen=True, slots=True)
class FieldChange:
    """Set ``values`` on the entity ``kind``/``id`` (``Plan``, 1 for plan properties)."""

    kind: type
    id: int
    values: dict[str, Any]


@dataclass(slots=True)
class LevelingOptions:
    """MS Project's Leveling Options (defaults as MS Project's)."""

    order: str = "standard"
    level_from: datetime | None = None  # None and None: level the entire project
    level_to: datetime | None = None
    within_slack: bool = False
    clear_first: bool = True
    adjust_assignments: bool = True  # "Leveling can adjust individual assignments on a task"
    splits: bool = True  # "Leveling can create splits in remaining work"

    def problem(self) -> str | None:
        """One sentence when the options cannot be used, else None."""
        if self.order not in ORDERS:
            return f"The leveling order must be one of {', '.join(ORDERS)}."
        if (self.level_from is None) != (self.level_to is None):
            return "Give both dates of the range to level, or neither to level the whole plan."
        if self.level_from is not None and self.level_to < self.level_from:
            return "The end of the range to level is before its start."
        return None

    def to_settings(self) -> dict:
        return {
            "order": self.order,
            "within_slack": self.within_slack,
            "clear_first": self.clear_first,
            "adjust_assignments": self.adjust_assignments,
            "splits": self.splits,
            "from": self.level_from.isoformat() if self.level_from else None,
            "to": self.level_to.isoformat() if self.level_to else None,
        }

    @classmethod
    def from_settings(cls, settings: dict | None) -> LevelingOptions:
        """The options a plan keeps; a missing or damaged entry gives the defaults."""
        entry = (settings or {}).get(OPTIONS_KEY)
        options = cls()
        if not isinstance(entry, dict):
            return options
        if entry.get("order") in ORDERS:
            options.order = entry["order"]
        options.within_slack = entry.get("within_slack") is True
        options.clear_first = entry.get("clear_first") is not False
        options.adjust_assignments = entry.get("adjust_assignments") is not False
        options.splits = entry.get("splits") is not False
        try:
            start = datetime.fromisoformat(entry["from"]) if entry.get("from") else None
            end = datetime.fromisoformat(entry["to"]) if entry.get("to") else None
        except (TypeError, ValueError):
            start = end = None
        if start is not None and end is not None and start <= end:
            options.level_from, options.level_to = start, end
        return options


@dataclass(slots=True)
class Moved:
    """A task leveling moved: its start before and after, and its Leveling Delay."""

    task_id: int
    name: str
    before: datetime | None
    after: datetime | None
    delay: int  # elapsed minutes


@dataclass(slots=True)
class LevelingResult:
    changes: list[FieldChange] = field(default_factory=list)
    delays: dict[int, int] = field(default_factory=dict)  # task id -> leveling delay
    moved: list[Moved] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    reasons: dict[int, str] = field(default_factory=dict)  # task id -> why it had to stay
    assignment_delays: dict[int, int] = field(default_factory=dict)  # assignment -> minutes
    splits: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # task -> pauses

    @property
    def messages(self) -> list[str]:
        return [u.message for u in self.unresolved]

    def unresolved_days(self) -> set[tuple[int, date]]:
        return {(u.resource_id, d) for u in self.unresolved for d in u.days}


# -- clearing ---------------------------------------------------------------------------------
def _legacy_constraints(data: PlanData) -> dict[int, datetime]:
    """Start No Earlier Than constraints an earlier pmdesk's leveling set (and nobody
    changed since): leveling and Clear Leveling turn them back into "as soon as possible"."""
    entry = data.plan.settings.get(LEGACY_KEY) if isinstance(data.plan.settings, dict) else None
    found = {}
    for key, text in ((entry or {}).get("tasks") or {}).items() if isinstance(entry, dict) else ():
        try:
            task_id, when = int(key), datetime.fromisoformat(text)
        except (TypeError, ValueError):
            continue
        task = data.tasks.get(task_id)
        if (
            task is not None
            and task.constraint_type == ConstraintType.SNET
            and task.constraint_date == when
        ):
            found[task_id] = when
    return found


def leveling_splits(data: PlanData) -> dict[int, list[tuple[int, int]]]:
    """Task id -> the pauses leveling split it with, where the task still has exactly those
    (a task whose splits the user changed since is left alone)."""
    entry = data.plan.settings.get(SPLITS_KEY) if isinstance(data.plan.settings, dict) else None
    found = {}
    for key, pairs in entry.items() if isinstance(entry, dict) else ():
        try:
            task_id = int(key)
            gaps = [(int(offset), int(gap)) for offset, gap in pairs]
        except (TypeError, ValueError):
            continue
        task = data.tasks.get(task_id)
        if task is not None and [tuple(p) for p in task.splits] == gaps:
            found[task_id] = gaps
    return found


def _settings_change(data: PlanData, splits: dict[int, list]) -> list[FieldChange]:
    """The plan-settings change that drops the old leveling record and keeps ``splits``."""
    old = data.plan.settings if isinstance(data.plan.settings, dict) else {}
    settings = copy.deepcopy(old)
    settings.pop(LEGACY_KEY, None)
    if splits:
        settings[SPLITS_KEY] = {
            str(tid): [list(p) for p in gaps] for tid, gaps in sorted(splits.items())
        }
    else:
        settings.pop(SPLITS_KEY, None)
    return [] if settings == old else [FieldChange(Plan, data.plan.id, {"settings": settings})]


def _legacy_changes(data: PlanData) -> list[FieldChange]:
    return [
        FieldChange(Task, tid, {"constraint_type": ConstraintType.ASAP, "constraint_date": None})
        for tid in sorted(_legacy_constraints(data))
    ]


def clear_leveling(data: PlanData) -> list[FieldChange]:
    """The changes that set every Leveling Delay (task and assignment) back to zero and
    remove the splits leveling made."""
    changes = [
        FieldChange(Task, tid, {"leveling_delay": 0})
        for tid, task in sorted(data.tasks.items())
        if task.leveling_delay
    ]
    changes += [
        FieldChange(Assignment, aid, {"leveling_delay": 0})
        for aid, a in sorted(data.assignments.items())
        if a.leveling_delay
    ]
    changes += [FieldChange(Task, tid, {"splits": []}) for tid in sorted(leveling_splits(data))]
    return changes + _legacy_changes(data) + _settings_change(data, {})


# -- leveling -----------------------------------------------------------------------------------
def _working_copy(data: PlanData) -> PlanData:
    """What scheduling reads, sharing the plan's entities: ``_set`` copies one before
    changing it, so the plan itself is never touched (and 10,000 tasks are not copied)."""
    copied = PlanData(copy.deepcopy(data.plan))
    for kind in (Calendar, CalendarException, Task, Link, Resource, Assignment):
        copied.table(kind).update(data.table(kind))
    return copied


def _set(work: PlanData, kind: type, entity_id: int, **values) -> None:
    table = work.table(kind)
    entity = table[entity_id] = copy.copy(table[entity_id])
    for name, value in values.items():
        setattr(entity, name, value)


def _why_fixed(task: Task, spec) -> str | None:
    """Why leveling may not delay this task, or None when it may."""
    if task.manual:
        return translate("Leveling", "is manually scheduled")
    if task.actual_start is not None or task.actual_finish is not None or task.percent_complete > 0:
        return translate("Leveling", "has started")
    if task.priority >= DO_NOT_LEVEL:
        return translate("Leveling", "has priority 1000 (do not level)")
    if task.constraint_type in (ConstraintType.MSO, ConstraintType.MFO):
        return translate("Leveling", "has a %1 constraint").replace(
            "%1", ConstraintType(task.constraint_type).value
        )
    if task.constraint_type == ConstraintType.ALAP:
        return translate("Leveling", "is scheduled as late as possible")
    if isinstance(spec, (FixedSpec, ProgressSpec)):
        return translate("Leveling", "has fixed dates")
    return None


def level_plan(
    data: PlanData, options: LevelingOptions | None = None, before=None
) -> LevelingResult:
    """Level the plan's work resources; returns the changes, what moved and what stays
    over-allocated and why. (``before`` is accepted for callers holding a schedule; what
    moved is measured on the engine's own early dates.)"""
    options = options or LevelingOptions()
    problem = options.problem()
    if problem:
        raise LevelingError(problem)
    if data.plan.schedule_from == ScheduleFrom.FINISH:
        raise LevelingError(
            "Leveling delays tasks, so it works on plans scheduled from their start date."
        )
    work = _working_copy(data)
    for tid in _legacy_constraints(data):
        _set(work, Task, tid, constraint_type=ConstraintType.ASAP, constraint_date=None)
    current = {tid: t.leveling_delay for tid, t in data.tasks.items() if t.leveling_delay > 0}
    old_delay = {} if options.clear_first else current
    for tid in current:
        _set(work, Task, tid, leveling_delay=0)
    old_splits = leveling_splits(data)
    if options.clear_first:
        for aid, assignment in data.assignments.items():
            if assignment.leveling_delay:
                _set(work, Assignment, aid, leveling_delay=0)
        for tid in old_splits:
            _set(work, Task, tid, splits=[])
    net = Network(work)
    best, early_before = _best_pass(net, work, options, old_delay, current)
    result = LevelingResult(delays=dict(best.delays), reasons=dict(best.reasons))
    if net.alap_nodes:
        # As-late-as-possible tasks (and what follows them) move after the forward pass:
        # measure what stays over-allocated on the engine's schedule itself.
        for tid, minutes in best.delays.items():
            _set(work, Task, tid, leveling_delay=minutes)
        for aid, minutes in best.assignment_delays.items():
            _set(work, Assignment, aid, leveling_delay=minutes)
        for tid, gaps in best.splits.items():
            _set(work, Task, tid, splits=list(gaps))
        allocations = allocate(work, schedule_plan(work), PlanCalendars(work))
        result.unresolved = report(work, loads_of(allocations), best.reasons)
    else:
        result.unresolved = report(work, loads_of_pass(best, net), best.reasons)
    for tid in sorted(data.tasks):
        new = best.delays.get(tid, 0)
        if data.tasks[tid].leveling_delay != new:
            result.changes.append(FieldChange(Task, tid, {"leveling_delay": new}))
    result.assignment_delays = dict(best.assignment_delays)
    for aid, assignment in sorted(data.assignments.items()):
        new = best.assignment_delays.get(
            aid, 0 if options.clear_first else assignment.leveling_delay
        )
        if assignment.leveling_delay != new:
            result.changes.append(FieldChange(Assignment, aid, {"leveling_delay": new}))
    splits = dict(best.splits) if options.clear_first else {**old_splits, **best.splits}
    result.splits = splits
    for tid in sorted(set(old_splits) | set(splits)):
        new = [tuple(p) for p in splits.get(tid, [])]
        if [tuple(p) for p in data.tasks[tid].splits] != new:
            result.changes.append(FieldChange(Task, tid, {"splits": new}))
    result.changes += _legacy_changes(data) + _settings_change(data, splits)
    result.moved = _moved(net, data, early_before, best)
    return result


def _moved(net: Network, data: PlanData, before: list[int], best) -> list[Moved]:
    """Leaves whose early start the leveling changed, earliest new start first."""
    found = []
    cals, node_cal, node_task = net.calendars, net.node_cal, net.node_task
    after = best.ES
    for v in net.leaves:
        if before[v] == after[v]:
            continue
        cal = cals[node_cal[v]]
        tid = node_task[v]
        found.append((cal.wall(after[v]), tid, cal.wall(before[v])))
    found.sort()
    return [
        Moved(
            tid, data.tasks[tid].name, from_minutes(was), from_minutes(now), best.delays.get(tid, 0)
        )
        for now, tid, was in found
    ]


def _best_pass(net: Network, work: PlanData, options: LevelingOptions, old_delay, current):
    """Run the passes the order asks for and keep the one that finishes first; also the
    early starts of the plan as it was (with its current delays)."""
    plan = work.plan
    cals = net.calendars
    start_wall = to_minutes(plan.start)
    start_keys = [c.key_up(start_wall) for c in cals]
    node_in = net.node_in
    net.delay = {node_in[tid]: m for tid, m in current.items() if tid in node_in}
    forward(net, start_keys)
    early_before = list(net.ES)
    net.delay = {}
    forward(net, start_keys)
    leaves = net.leaves
    node_cal = net.node_cal
    finish_wall = max((cals[node_cal[v]].wall(net.EF[v]) for v in leaves), default=start_wall)
    ES = list(net.ES)
    LS = late_starts(net, [c.key_down(finish_wall) for c in cals])
    LF = list(net.LF)
    if options.within_slack:
        bound = LS
    else:  # only fixed dates, constraints and deadlines bound a delay: no project finish
        far = finish_wall + _FAR_DAYS * DAY
        bound = late_starts(net, [c.key_down(far) for c in cals])
    tasks = work.tasks
    node_task = net.node_task
    fixed_reason = [None] * len(node_task)
    for v in leaves:
        fixed_reason[v] = _why_fixed(tasks[node_task[v]], net.spec[v])
    needs: dict[int, list] = {}
    resources = {}
    for assignment in work.assignments.values():
        resource = work.resources.get(assignment.resource_id)
        if (
            resource is None
            or resource.type != ResourceType.WORK
            or assignment.task_id not in tasks
        ):
            continue
        if resource.id not in resources:
            resources[resource.id] = (resource.max_units, net.resource_calendar(resource.id))
        needs.setdefault(assignment.task_id, []).append((resource.id, assignment))
    window = None
    if options.level_from is not None:
        window = (to_minutes(options.level_from), to_minutes(options.level_to))
    level = LevelPass(
        net,
        start_keys,
        resources,
        None,
        fixed_reason,
        needs,
        bound,
        window,
        old_delay,
        options.within_slack,
        options.adjust_assignments,
        options.splits,
    )
    outline = {tid: i for i, tid in enumerate(net.tree.order)}

    def pos(v):
        return outline[node_task[v]]

    def prio(v):
        return -tasks[node_task[v]].priority

    standard = [
        lambda v: (LF[v] >> 1, ES[v] >> 1, pos(v)),  # latest finish first (LFT)
        lambda v: (LS[v] >> 1, ES[v] >> 1, pos(v)),  # latest start (LST)
        lambda v: ((LS[v] >> 1) - (ES[v] >> 1), ES[v] >> 1, pos(v)),  # least slack
        lambda v: (ES[v] >> 1, (LS[v] >> 1) - (ES[v] >> 1), pos(v)),  # earliest start
    ]
    # Small plans afford more passes: latest finish with a seeded random nudge (biased
    # sampling, Kolisch and Hartmann's survey; the seeds are fixed, so the result is too).
    span = max(
        1,
        max((LF[v] >> 1 for v in leaves), default=1) - min((ES[v] >> 1 for v in leaves), default=0),
    )
    sampled = []
    for seed in range(_SAMPLES):
        rng = random.Random(1000 + seed)
        nudge = {v: rng.random() * span * 0.15 for v in leaves}
        sampled.append(lambda v, n=nudge: ((LF[v] >> 1) + n[v], pos(v)))
    if options.order == "id":
        rules = [lambda v: (pos(v),)]
    elif options.order == "priority":
        rules = [lambda v, r=r: (prio(v), *r(v)) for r in standard + sampled]
    else:
        rules = standard + sampled
    count = max(1, min(len(rules), _PASS_BUDGET // max(1, len(leaves))))
    best = None
    found_all = []
    for index, rule in enumerate(rules[:count]):
        found = level.run(activity_order(net, rule))
        score = (found.finish, index)  # a later rule only when it finishes earlier
        found_all.append((score, found))
        if best is None or score < best[0]:
            best = (score, found)
    model = _simple_model(net, level, options, old_delay, fixed_reason)
    # Forward-backward improvement of the best passes, as many as the budget allows.
    improving = min(len(found_all), _PASS_BUDGET * 2 // (8 * max(1, len(leaves))))
    if model is not None and improving:
        duration, preds, loads, topo = model
        origin = start_keys[0] >> 1
        for index, (_score, found) in enumerate(sorted(found_all, key=lambda f: f[0])[:improving]):
            start = {v: found.ES[v] >> 1 for v in leaves}
            better = improve(start, duration, preds, loads, topo, origin)
            if better == start:
                continue
            again = level.run(activity_order(net, lambda v, b=better: (b[v], topo[v])))
            score = (again.finish, len(rules) + index)
            if score < best[0]:
                best = (score, again)
    return best[1], early_before


def _simple_model(
    net: Network, level: LevelPass, options: LevelingOptions, old_delay, fixed_reason
):
    """The plan as justify.py's simple model (durations, predecessors, loads, topological
    index per leaf), or None when the plan is not that simple: one calendar, leaves only,
    finish-to-start links without lag, no constraints, every task free to move."""
    if options.within_slack or options.level_from is not None or old_delay:
        return None
    if any(k != 0 for k in net.kind) or len(set(net.node_cal)) > 1:
        return None
    leaves = net.leaves
    for v in leaves:
        if (
            net.spec[v] is not None
            or net.s_in[v]
            or net.form_in[v]
            or net.slow_in[v]
            or net.c_s[v] != NEG
            or net.c_f[v] != NEG
            or net.c_ls[v] != POS
            or net.c_lf[v] != POS
            or fixed_reason[v] is not None
            or net.p_in[v] >= 0
        ):
            return None
    needs = level.task_needs()
    loads = {}
    node_in = net.node_in
    for tid, items in needs.items():
        if any(n.relative is None for n in items):
            return None
        loads[node_in[tid]] = [(n.resource_id, n.relative, n.cap) for n in items]
    duration = {v: net.dur[v] for v in leaves}
    preds = {v: list(net.fs_in[v] or ()) for v in leaves}
    topo = {v: i for i, v in enumerate(net.order)}
    return duration, preds, loads, topo


def leveled_tasks(data: PlanData) -> dict[int, int]:
    """Task id -> Leveling Delay (elapsed minutes) of every task leveling delayed."""
    return {tid: t.leveling_delay for tid, t in data.tasks.items() if t.leveling_delay}
