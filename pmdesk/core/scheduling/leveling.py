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
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pmdesk.core.entities import (
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    Link,
    Resource,
    ScheduleFrom,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.allocation import PlanCalendars, allocate
from pmdesk.core.scheduling.calendar import from_minutes
from pmdesk.core.scheduling.levelclear import (
    LEGACY_KEY,
    SPLITS_KEY,
    FieldChange,
    clear_leveling,
    legacy_changes,
    legacy_constraints,
    leveled_tasks,
    leveling_splits,
    settings_change,
)
from pmdesk.core.scheduling.levelneeds import PassResult
from pmdesk.core.scheduling.leveloptions import (
    OPTIONS_KEY,
    ORDER_NAMES,
    ORDERS,
    LevelingError,
    LevelingOptions,
)
from pmdesk.core.scheduling.levelreport import Unresolved, loads_of, loads_of_pass, report
from pmdesk.core.scheduling.levelsearch import best_pass
from pmdesk.core.scheduling.network import Network
from pmdesk.core.scheduling.scheduler import schedule_plan

# Re-exported: the window, the CLI and the tests import leveling's names from here.
__all__ = [
    "LEGACY_KEY", "OPTIONS_KEY", "ORDERS", "ORDER_NAMES", "SPLITS_KEY", "FieldChange",
    "LevelingError", "LevelingOptions", "LevelingResult", "Moved", "clear_leveling",
    "level_plan", "leveled_tasks", "leveling_splits",
]  # fmt: skip


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


# -- leveling -----------------------------------------------------------------------------------
def _working_copy(data: PlanData) -> PlanData:
    """What scheduling reads, sharing the plan's entities: ``_set`` copies one before
    changing it, so the plan itself is never touched (and 10,000 tasks are not copied)."""
    copied = PlanData(copy.deepcopy(data.plan))
    for kind in (Calendar, CalendarException, Task, Link, Resource, Assignment):
        copied.table(kind).update(data.table(kind))
    return copied


def _set(work: PlanData, kind: type, entity_id: int, **values: Any) -> None:
    table: dict[int, Any] = work.table(kind)
    entity = table[entity_id] = copy.copy(table[entity_id])
    for name, value in values.items():
        setattr(entity, name, value)


def level_plan(
    data: PlanData, options: LevelingOptions | None = None, before: object = None
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
    for tid in legacy_constraints(data):
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
    best, early_before = best_pass(net, work, options, old_delay, current)
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
        gaps = [(a, b) for a, b in splits.get(tid, [])]
        if [tuple(p) for p in data.tasks[tid].splits] != gaps:
            result.changes.append(FieldChange(Task, tid, {"splits": gaps}))
    result.changes += legacy_changes(data) + settings_change(data, splits)
    result.moved = _moved(net, data, early_before, best)
    return result


def _moved(net: Network, data: PlanData, before: list[int], best: PassResult) -> list[Moved]:
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
