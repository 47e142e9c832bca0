"""Resource leveling: delay lower-priority tasks until no work resource is over-allocated.

Leveling works on a copy of the plan and returns the field changes to apply (so the caller
makes them one undo step). It walks the over-allocated days from the earliest; on each it
keeps the tasks that rank highest (higher ``priority`` first, then less total float, then the
lower id, as MS Project's "Priority, Standard" order does) while they fit the resource's
maximum units, and delays the others to the first later day the resource has room for them,
with a "start no earlier than" constraint. The engine then reschedules the copy, so every
link (and every successor of a delayed task) is respected; a delay that would break a link
into a task with fixed dates is taken back. Conflicts of different resources within a week
of the earliest one are settled in the same round when they share no task (one reschedule
per round instead of one per task: a 2,000-task plan levels in seconds, not minutes).

Only tasks the user left "as soon as possible" are delayed: a task with its own constraint,
a manually scheduled or started task, a summary and a task of priority 1000 ("do not level",
as in MS Project) stay put; over-allocations they cause are reported, not hidden. The
constraints leveling set are remembered in the plan's settings so that "Clear leveling"
removes exactly those (and leaves a constraint the user typed afterwards alone).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from pmdesk.core.entities import (
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    LagKind,
    Link,
    LinkType,
    Plan,
    Resource,
    ScheduleFrom,
    Task,
)
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.allocation import (
    TOLERANCE_MINUTES,
    PlanCalendars,
    ResourceAllocation,
    allocate,
)
from pmdesk.core.scheduling.scheduler import Scheduler

SETTINGS_KEY = "leveling"  # plan.settings["leveling"] = {"tasks": {"<task id>": "<ISO SNET>"}}
DO_NOT_LEVEL = 1000  # MS Project: priority 1000 is never leveled
_HORIZON = timedelta(days=366 * 20)
_BATCH_WINDOW = timedelta(days=6)  # conflicts within a week of the earliest: settled together


class LevelingError(PmdeskError):
    """A plan leveling cannot work on (one sentence for a person)."""


@dataclass(frozen=True, slots=True)
class FieldChange:
    """Set ``values`` on the entity ``kind``/``id`` (``Plan``, 1 for plan properties)."""

    kind: type
    id: int
    values: dict[str, Any]


@dataclass(slots=True)
class Unresolved:
    """Days a resource stays over-allocated after leveling, and why."""

    resource_id: int
    days: list[date]
    task_ids: list[int]
    message: str


@dataclass(slots=True)
class LevelingResult:
    changes: list[FieldChange] = field(default_factory=list)
    delayed: dict[int, datetime] = field(default_factory=dict)  # task id -> leveled SNET
    unresolved: list[Unresolved] = field(default_factory=list)

    @property
    def messages(self) -> list[str]:
        return [u.message for u in self.unresolved]

    def unresolved_days(self) -> set[tuple[int, date]]:
        return {(u.resource_id, d) for u in self.unresolved for d in u.days}


# -- what leveling set before -------------------------------------------------------------------
def leveled_tasks(data: PlanData) -> dict[int, datetime]:
    """Task id -> SNET date of the constraints a previous leveling set and nobody changed."""
    entry = data.plan.settings.get(SETTINGS_KEY) or {}
    found = {}
    for key, text in (entry.get("tasks") or {}).items():
        try:
            task_id, when = int(key), datetime.fromisoformat(text)
        except (TypeError, ValueError):
            continue
        task = data.tasks.get(task_id)
        if task is not None and task.constraint_type == ConstraintType.SNET \
                and task.constraint_date == when:
            found[task_id] = when
    return found


def _settings_with(data: PlanData, delayed: dict[int, datetime]) -> dict:
    settings = copy.deepcopy(data.plan.settings)
    if delayed:
        settings[SETTINGS_KEY] = {
            "tasks": {str(tid): when.isoformat() for tid, when in sorted(delayed.items())}}
    else:
        settings.pop(SETTINGS_KEY, None)
    return settings


def clear_leveling(data: PlanData) -> list[FieldChange]:
    """The changes that remove leveling's constraints (tasks back to "as soon as possible")."""
    changes = [
        FieldChange(Task, tid, {"constraint_type": ConstraintType.ASAP, "constraint_date": None})
        for tid in sorted(leveled_tasks(data))
    ]
    if SETTINGS_KEY in data.plan.settings:
        changes.append(FieldChange(Plan, data.plan.id, {"settings": _settings_with(data, {})}))
    return changes


# -- leveling -----------------------------------------------------------------------------------
def _working_copy(data: PlanData) -> PlanData:
    """A copy of what scheduling reads, to try delays on without touching the plan."""
    copied = PlanData(copy.deepcopy(data.plan))
    for kind in (Calendar, CalendarException, Task, Link, Resource, Assignment):
        copied.load([copy.copy(entity) for entity in data.table(kind).values()])
    return copied


def _why_fixed(task: Task, is_summary: bool) -> str | None:
    """Why leveling may not delay this task, or None when it may."""
    if is_summary:
        return "is a summary task"
    if task.manual:
        return "is manually scheduled"
    if task.actual_start is not None or task.percent_complete > 0:
        return "has started"
    if task.priority >= DO_NOT_LEVEL:
        return "has priority 1000 (do not level)"
    if task.constraint_type != ConstraintType.ASAP:
        return f"has a {task.constraint_type.value} constraint"
    return None


def level_plan(data: PlanData, max_rounds: int | None = None) -> LevelingResult:
    """Level the plan's work resources; returns the changes and what stays over-allocated.

    Constraints an earlier leveling set are cleared first (as MS Project's "Clear leveling
    values before leveling"), so leveling twice gives the same plan.
    """
    if data.plan.schedule_from == ScheduleFrom.FINISH:
        raise LevelingError(
            "Leveling delays tasks, so it works on plans scheduled from their start date.")
    before = leveled_tasks(data)
    work = _working_copy(data)
    for tid in before:
        work.update(Task, tid, constraint_type=ConstraintType.ASAP, constraint_date=None)
    scheduler = Scheduler(work)
    try:
        schedule = scheduler.schedule()
        summaries = {t.parent_id for t in work.tasks.values() if t.parent_id is not None}
        fixed_reason = {tid: _why_fixed(t, tid in summaries) for tid, t in work.tasks.items()}
        rank = {}
        for tid, task in work.tasks.items():
            scheduled = schedule.tasks.get(tid)
            total_float = scheduled.total_float if scheduled is not None else 0
            rank[tid] = (-task.priority, total_float, tid)  # smaller ranks higher: kept first
        horizon = (work.plan.start + _HORIZON).date()
        calendars = PlanCalendars(work)
        # The engine makes every link hold except into a task with fixed dates (and a summary
        # over such tasks): only those links can break when leveling delays a predecessor.
        pinned = {tid for tid, t in work.tasks.items() if _has_fixed_dates(t)} | summaries
        held = [link for link in work.links.values()  # fixed dates may already override some
                if link.successor_id in pinned and _link_holds(link, work, schedule, calendars)]
        delayed: dict[int, datetime] = {}
        stuck: dict[tuple[int, date], dict[int, str]] = {}  # (resource, day) -> task -> why
        successors: dict[int, list[int]] = {}
        for link in work.links.values():
            successors.setdefault(link.predecessor_id, []).append(link.successor_id)
        resources_of: dict[int, set[int]] = {}
        for assignment in work.assignments.values():
            resources_of.setdefault(assignment.task_id, set()).add(assignment.resource_id)
        rounds = max_rounds if max_rounds is not None else 50 + 20 * len(work.tasks)
        for _round in range(rounds):
            allocations = allocate(work, schedule, calendars)
            conflicts = _first_conflicts(allocations, stuck)
            if not conflicts:
                break
            # Each resource's earliest conflict in one round, as long as they share no task
            # (a task moved for one resource changes the others' load: they wait a round).
            moves: dict[int, datetime] = {}
            touched: set[int] = set()
            for day, rid in conflicts:
                involved = set(allocations[rid].tasks_on(day))
                if day > conflicts[0][0] + _BATCH_WINDOW:
                    break  # later days may change once these moves push successors
                if rid in touched or involved & set(moves):
                    continue
                found = _resolve_day(allocations[rid], day, fixed_reason, rank, stuck, horizon,
                                     successors)
                for tid in found:
                    touched |= resources_of.get(tid, set())
                moves.update(found)
            if not moves:
                continue
            undo = {tid: (work.tasks[tid].constraint_type, work.tasks[tid].constraint_date)
                    for tid in moves}
            for tid, when in moves.items():
                work.update(Task, tid, constraint_type=ConstraintType.SNET, constraint_date=when)
            schedule = scheduler.schedule()
            if all(_link_holds(link, work, schedule, calendars) for link in held):
                delayed.update(moves)
                continue
            # Some delay breaks a link into a task with fixed dates: try them one by one.
            for tid, (ctype, cdate) in undo.items():
                work.update(Task, tid, constraint_type=ctype, constraint_date=cdate)
            for tid, when in moves.items():
                work.update(Task, tid, constraint_type=ConstraintType.SNET, constraint_date=when)
                schedule = scheduler.schedule()
                if all(_link_holds(link, work, schedule, calendars) for link in held):
                    delayed[tid] = when
                    continue
                ctype, cdate = undo[tid]
                work.update(Task, tid, constraint_type=ctype, constraint_date=cdate)
                fixed_reason[tid] = "cannot move without breaking a link to a task with fixed dates"
            schedule = scheduler.schedule()
        allocations = allocate(work, schedule, calendars)
    finally:
        scheduler.close()
    result = LevelingResult(delayed=delayed)
    result.unresolved = _report(data, allocations, stuck)
    for tid in sorted(set(before) | set(delayed)):
        if tid in delayed:
            if before.get(tid) != delayed[tid]:
                result.changes.append(FieldChange(Task, tid, {
                    "constraint_type": ConstraintType.SNET, "constraint_date": delayed[tid]}))
        else:
            result.changes.append(FieldChange(Task, tid, {
                "constraint_type": ConstraintType.ASAP, "constraint_date": None}))
    if delayed or SETTINGS_KEY in data.plan.settings:
        result.changes.append(FieldChange(Plan, data.plan.id, {
            "settings": _settings_with(data, delayed)}))
    return result


def _link_holds(link: Link, data: PlanData, schedule, calendars: PlanCalendars) -> bool:
    """Whether the scheduled dates meet the link: FS successor start >= predecessor finish +
    lag, SS start >= start + lag, FF finish >= finish + lag, SF finish >= start + lag (lag in
    working minutes on the successor's calendar, elapsed minutes, or % of the predecessor)."""
    pred = schedule.tasks.get(link.predecessor_id)
    succ = schedule.tasks.get(link.successor_id)
    pred_task = data.tasks.get(link.predecessor_id)
    if pred is None or succ is None or pred_task is None:
        return True
    lag, elapsed = link.lag, link.lag_kind == LagKind.ELAPSED
    if link.lag_kind == LagKind.PERCENT:
        lag, elapsed = round(pred_task.duration * lag / 100), pred_task.duration_elapsed
    source = pred.finish if link.type in (LinkType.FS, LinkType.FF) else pred.start
    target = succ.start if link.type in (LinkType.FS, LinkType.SS) else succ.finish
    if lag and elapsed:
        bound = source + timedelta(minutes=lag)
    elif lag:
        bound = calendars.of_task(link.successor_id).add_working(source, round(lag))
    else:
        bound = source
    return target >= bound


def _first_conflicts(allocations: dict[int, ResourceAllocation],
                     stuck: dict[tuple[int, date], dict[int, str]]) -> list[tuple[date, int]]:
    """(day, resource) of each resource's earliest over-allocated day not yet given up on,
    earliest first."""
    found = []
    for rid, allocation in allocations.items():
        for day in allocation.overallocated_days():
            if (rid, day) not in stuck:
                found.append((day, rid))
                break
    return sorted(found)


def _has_fixed_dates(task: Task) -> bool:
    """Dates the engine keeps even against a link (see progress.py / FixedSpec)."""
    return (task.manual or task.actual_start is not None or task.actual_finish is not None
            or task.percent_complete > 0
            or task.constraint_type in (ConstraintType.MSO, ConstraintType.MFO))


def _leads_to(task_id: int, targets: set[int], successors: dict[int, list[int]]) -> bool:
    """Whether a chain of links goes from ``task_id`` to one of ``targets`` (a bounded walk:
    leveling asks this of the few tasks on one over-allocated day)."""
    seen, todo = {task_id}, list(successors.get(task_id, ()))
    while todo and len(seen) < 5000:
        tid = todo.pop()
        if tid in targets:
            return True
        if tid not in seen:
            seen.add(tid)
            todo.extend(successors.get(tid, ()))
    return False


def _resolve_day(allocation: ResourceAllocation, day: date, fixed_reason: dict[int, str | None],
                 rank: dict[int, tuple], stuck: dict, horizon: date,
                 successors: dict[int, list[int]]) -> dict[int, datetime]:
    """Which tasks to delay off ``day`` of one resource, and to when.

    A task that other tasks on that day follow through links is kept: delaying it would push
    them along, and the same conflict would only move to a later day, round after round.
    """
    on_day = allocation.tasks_on(day)
    available = allocation.available_on(day)
    capacity = allocation.max_units * available + TOLERANCE_MINUTES
    load = 0.0
    fixed: dict[int, str] = {}
    movable = []
    for tid, minutes in on_day.items():
        reason = fixed_reason.get(tid)
        if reason is None and minutes > capacity:
            reason = ("is on a day the resource does not work" if available == 0 else
                      "needs more than the resource's maximum units")
        if reason is not None:
            fixed[tid] = reason
            load += minutes
        else:
            movable.append(tid)
    others = set(on_day)
    leading = [tid for tid in movable if _leads_to(tid, others - {tid}, successors)]
    for tid in leading:
        load += on_day[tid]
    movable = [tid for tid in movable if tid not in leading]
    to_delay = []
    for tid in sorted(movable, key=rank.__getitem__):
        if load + on_day[tid] <= capacity:
            load += on_day[tid]
        else:
            to_delay.append(tid)
    if not to_delay or load > capacity:
        stuck[(allocation.resource_id, day)] = fixed
        if not to_delay:
            return {}
    # The resource's load without the tasks being moved, day by day after ``day``.
    moving = set(to_delay)
    moves: dict[int, datetime] = {}
    last_loaded = max(allocation.work)
    for tid in to_delay:
        days = allocation.by_task[tid]
        units = max(minutes / a if (a := allocation.available_on(d)) else 0.0
                    for d, minutes in days.items())
        target = day + timedelta(days=1)
        while target <= last_loaded and target < horizon:
            room = allocation.max_units * allocation.available_on(target) + TOLERANCE_MINUTES
            other = allocation.work.get(target, 0.0) - sum(
                allocation.by_task[m].get(target, 0.0) for m in moving)
            if allocation.available_on(target) and other + units * allocation.available_on(
                    target) <= room:
                break
            target += timedelta(days=1)
        if target >= horizon:
            stuck.setdefault((allocation.resource_id, day), {})[tid] = (
                "cannot be delayed far enough")
            continue
        moves[tid] = datetime(target.year, target.month, target.day)
    return moves


def _report(data: PlanData, allocations: dict[int, ResourceAllocation],
            stuck: dict[tuple[int, date], dict[int, str]]) -> list[Unresolved]:
    """One entry per resource still over-allocated, naming the tasks that could not move."""
    result = []
    for rid in sorted(allocations):
        allocation = allocations[rid]
        days = allocation.overallocated_days()
        if not days:
            continue
        resource = data.resources[rid]
        reasons: dict[int, str] = {}
        task_ids: set[int] = set()
        for day in days:
            reasons.update(stuck.get((rid, day), {}))
            task_ids.update(allocation.tasks_on(day))
        span = _day_text(days[0]) if len(days) == 1 else \
            f"{len(days)} days from {_day_text(days[0])} to {_day_text(days[-1])}"
        if reasons:
            why = "; ".join(f"{_task_name(data, tid)} {reason}"
                            for tid, reason in sorted(reasons.items()))
        else:
            why = "leveling gave up before resolving it"
        name = resource.name or f"Resource {rid}"
        message = f"{name} stays over-allocated on {span}: {why}."
        result.append(Unresolved(rid, days, sorted(task_ids), message))
    return result


def _task_name(data: PlanData, task_id: int) -> str:
    task = data.tasks.get(task_id)
    return repr(task.name) if task is not None and task.name else f"task {task_id}"


def _day_text(day: date) -> str:
    return day.strftime("%a %Y-%m-%d")
