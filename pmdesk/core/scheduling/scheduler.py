"""Scheduling a plan: ``schedule_plan(data)`` once, or a ``Scheduler`` that keeps the compiled
network between runs and only re-reads the tasks that changed.

A run is: forward pass from the project start (or, scheduling from the finish, a backward
pass from the project finish first), backward pass for late dates and total float, a placement
pass for ALAP tasks and free float, then a roll-up of summaries. The per-task results are
turned into datetimes lazily, the first time a task is looked up (a Gantt view asks for the
rows it shows; ``Schedule.tasks`` behaves as a read-only dict).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime

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
from pmdesk.core.plandata import Change, PlanData
from pmdesk.core.scheduling.calendar import from_minutes, to_minutes
from pmdesk.core.scheduling.cpm import Placement, backward, forward
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.network import (
    EXIT,
    NEG,
    PARAMETER_FIELDS,
    POS,
    Network,
    NetworkShapeChanged,
)
from pmdesk.core.scheduling.progress import ElapsedSpec, FixedSpec, fmt_moment
from pmdesk.core.scheduling.result import Schedule, ScheduledTask

_PLAN_PARAMETERS = frozenset({"start", "finish", "schedule_from", "status_date"})
_PLAN_IRRELEVANT = frozenset(
    {"name", "currency", "created", "modified", "app_version", "settings", "id"}
)


def check_plan(data: PlanData) -> None:
    """Raise SchedulingError if the plan cannot be scheduled (cycle, negative duration...)."""
    Scheduler(data, listen=False).schedule()


def schedule_plan(data: PlanData) -> Schedule:
    """Schedule the plan once and return the result."""
    return Scheduler(data, listen=False).schedule()


@contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector while building many small lists and tuples: in a
    heap of 100,000 tasks its repeated full scans cost more than the scheduling itself."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Scheduler:
    """Keeps a plan's compiled network; ``schedule()`` recomputes after changes.

    It listens to the PlanData: a change of a task's own fields (duration, constraint,
    progress...) re-reads that task only and reruns the passes from the nodes it reaches; a
    change to the outline, links or calendars recompiles. Call ``close()`` to stop listening.
    """

    def __init__(self, data: PlanData, listen: bool = True) -> None:
        self.data = data
        self._net: Network | None = None
        self._dirty_tasks: set[int] = set()
        self._full = True  # the next run recomputes every node
        self._listening = listen
        if listen:
            data.subscribe(self._on_change)

    def close(self) -> None:
        if self._listening:
            self.data.unsubscribe(self._on_change)
            self._listening = False

    def invalidate(self) -> None:
        """Forget the compiled network (the next run recompiles)."""
        self._net = None
        self._dirty_tasks.clear()
        self._full = True

    def _on_change(self, change: Change) -> None:
        if self._net is None:
            return
        kind = change.kind
        if kind is Task and change.action == "update" and set(change.old) <= PARAMETER_FIELDS:
            self._dirty_tasks.add(change.id)
        elif kind is Plan:
            fields = set(change.old or ())
            if fields <= _PLAN_IRRELEVANT:
                return
            if fields <= _PLAN_PARAMETERS | _PLAN_IRRELEVANT:
                self._full = True
            else:
                self.invalidate()
        elif kind in (Task, Link, Calendar, CalendarException):
            self.invalidate()
        # Resources and assignments only feed work and cost, read fresh on every run.

    def _network(self) -> tuple[Network, set[int]]:
        net = self._net
        dirty: set[int] = set()
        try:
            if net is None:
                net = Network(self.data)
                self._full = True
            else:
                if self._full:
                    net.refresh_plan()
                for tid in self._dirty_tasks:
                    if tid not in self.data.tasks:
                        raise NetworkShapeChanged
                    net.refresh_task(tid)
                    net.refresh_percent_links(tid)
                    for nodes in (net.node_in, net.node_out):
                        if tid in nodes:
                            dirty.add(nodes[tid])
        except NetworkShapeChanged:
            self.invalidate()
            return self._network()
        except SchedulingError:
            self.invalidate()
            raise
        self._net = net
        self._dirty_tasks.clear()
        return net, dirty

    def schedule(self) -> Schedule:
        with _gc_paused():
            net, dirty = self._network()
            full = self._full
            self._full = True  # until this run has finished
            try:
                schedule = _run(net, None if full else dirty)
            except SchedulingError:
                self.invalidate()
                raise
            self._full = False
            return schedule

    def reschedule_all(self) -> Schedule:
        """A full run over the compiled network (every node recomputed)."""
        self._full = True
        return self.schedule()


# -- one run --------------------------------------------------------------------------------
def _max_wall(net: Network, keys: list[int], leaves: list[int], default: int) -> int:
    if not leaves:
        return default
    if len(net.calendars) == 1:
        return net.calendars[0].wall(max(map(keys.__getitem__, leaves)))
    cals, node_cal = net.calendars, net.node_cal
    return max(cals[node_cal[v]].wall(keys[v]) for v in leaves)


def _min_wall(net: Network, keys: list[int], leaves: list[int], default: int) -> int:
    if not leaves:
        return default
    if len(net.calendars) == 1:
        return net.calendars[0].wall(min(map(keys.__getitem__, leaves)))
    cals, node_cal = net.calendars, net.node_cal
    return min(cals[node_cal[v]].wall(keys[v]) for v in leaves)


def _run(net: Network, dirty: set[int] | None) -> Schedule:
    """One scheduling run; ``dirty`` (nodes changed since the last run) or None for a full one."""
    plan = net.data.plan
    cals = net.calendars
    leaves = net.leaves
    spec = net.spec
    if plan.schedule_from == ScheduleFrom.FINISH:
        if plan.finish is None:
            raise SchedulingError("Set the plan's finish date to schedule it from the finish.")
        forward(net, [c.key_up(to_minutes(plan.start)) for c in cals])  # spans of fixed tasks
        finish_wall = to_minutes(plan.finish)
        finish_keys = [c.key_down(finish_wall) for c in cals]
        backward(net, finish_keys)
        start_wall = _min_wall(net, net.LS, leaves, finish_wall)
        forward(net, [c.key_up(start_wall) for c in cals])
        movable = [v for v in leaves if spec[v] is None or isinstance(spec[v], ElapsedSpec)]
        net.last_finish_keys = None
    else:
        start_wall = to_minutes(plan.start)
        start_keys = [c.key_up(start_wall) for c in cals]
        changed = forward(net, start_keys, dirty)
        finish_wall = _max_wall(net, net.EF, leaves, start_wall)
        finish_keys = [c.key_down(finish_wall) for c in cals]
        if dirty is not None and finish_keys == getattr(net, "last_finish_keys", None):
            # Same project finish: only what the change reaches upstream moves.
            # Late dates depend on early ones where a task has fixed dates or progress, and
            # where a summary's start bound binds the children that start first.
            seeds = set(dirty)
            seeds.update(changed)
            kinds, kids = net.kind, net.kids
            for v in changed:
                if kinds[v] == EXIT:
                    seeds.update(u for u, _conv in kids[v])
            backward(net, finish_keys, seeds)
        else:
            backward(net, finish_keys)
        net.last_finish_keys = finish_keys
        movable = [v for v in net.alap_nodes if not isinstance(spec[v], FixedSpec)]
    run = _RunResult(net, finish_keys, movable)
    return Schedule(
        tasks=_ScheduledTasks(run),
        project_start=from_minutes(_min_wall(net, run.SS, leaves, start_wall)),
        project_finish=from_minutes(_max_wall(net, run.SF, leaves, finish_wall)),
        conflicts=_conflicts(net, run),
        critical_path=run.critical_path,
    )


def _conflicts(net: Network, run: _RunResult) -> list[str]:
    messages = []
    tasks = net.data.tasks
    ES, EF, SS, SF = run.ES, run.EF, run.SS, run.SF
    for v, s, f in sorted(net.overridden.values(), key=lambda item: net.position[item[0]]):
        message = net.spec[v].conflict(s, f, ES[v], EF[v])
        if message:
            messages.append(message)
    backward_mode = net.data.plan.schedule_from == ScheduleFrom.FINISH
    for v in sorted(net.checked, key=net.position.__getitem__):
        task = tasks[net.node_task[v]]
        ctype = task.constraint_type
        cal = net.calendars[net.node_cal[v]]

        def when(key, cal=cal):
            return fmt_moment(from_minutes(cal.wall(key)))

        start, finish = SS[v], SF[v]
        date = task.constraint_date
        if date is not None:
            t = to_minutes(date)
            if ctype == ConstraintType.SNLT and start > cal.key_down(t):
                messages.append(
                    f"The task {task.name!r} should start no later than {fmt_moment(date)} "
                    f"but its predecessors push its start to {when(start)}."
                )
            elif ctype == ConstraintType.FNLT and finish > cal.key_down(t):
                messages.append(
                    f"The task {task.name!r} should finish no later than {fmt_moment(date)} "
                    f"but its predecessors push its finish to {when(finish)}."
                )
            elif backward_mode and ctype == ConstraintType.SNET and start < cal.key_up(t):
                messages.append(
                    f"The task {task.name!r} should start no earlier than {fmt_moment(date)} "
                    f"but must start by {when(start)} to meet the project finish."
                )
            elif backward_mode and ctype == ConstraintType.FNET and finish < cal.key_up(t):
                messages.append(
                    f"The task {task.name!r} should finish no earlier than {fmt_moment(date)} "
                    f"but must finish by {when(finish)} to meet the project finish."
                )
        if task.deadline is not None and finish > cal.key_down(to_minutes(task.deadline)):
            messages.append(
                f"The task {task.name!r} finishes on {when(finish)}, after its deadline "
                f"{fmt_moment(task.deadline)}."
            )
    return messages


class _RunResult:
    """The integer results of one run, turned into ScheduledTask objects on demand."""

    def __init__(self, net: Network, finish_keys: list[int], movable: list[int]):
        self.net = net
        # Snapshots: the network's arrays are overwritten by the next run.
        self.ES, self.EF, self.LS, self.LF = list(net.ES), list(net.EF), list(net.LS), list(net.LF)
        self.dur = list(net.dur)
        self.spec = list(net.spec)
        self.finish_keys = finish_keys
        backward_mode = net.data.plan.schedule_from == ScheduleFrom.FINISH
        self.placement = Placement(net, finish_keys, self.ES, self.EF, movable, backward_mode)
        self.SS, self.SF = self.placement.SS, self.placement.SF
        self._caches: list[dict[int, datetime]] = [{} for _ in net.calendars]
        self._rollup: dict[int, tuple] = {}
        self._money: dict[int, tuple[int, float, float, float]] | None = None
        self._critical: list[int] | None = None

    def dt(self, cal_index: int, key: int) -> datetime:
        cache = self._caches[cal_index]
        value = cache.get(key)
        if value is None:
            value = cache[key] = from_minutes(self.net.calendars[cal_index].wall(key))
        return value

    def total_float(self, v: int) -> int:
        a = (self.LS[v] >> 1) - (self.ES[v] >> 1)
        b = (self.LF[v] >> 1) - (self.EF[v] >> 1)
        return a if a < b else b

    def free_float(self, v: int, tf: int) -> int:
        """How far the task can slip without moving a successor (never below 0, never above
        its total float); a task without successors may slip to the project finish."""
        if tf <= 0:
            return 0
        # Bounds are from other tasks' scheduled dates, which the network arrays do not hold
        # after a later run: the placement keeps its own copies.
        ls, lf = self.placement.bounds(v)
        p = self.finish_keys[self.net.node_cal[v]]
        if p < lf:
            lf = p
        ff = tf
        if ls < POS:
            ff = min(ff, (ls >> 1) - (self.SS[v] >> 1))
        ff = min(ff, (lf >> 1) - (self.SF[v] >> 1))
        return ff if ff > 0 else 0

    def critical_path(self) -> list[int]:
        """Critical leaf tasks (total float <= 0) by scheduled start, then WBS order."""
        if self._critical is None:
            net = self.net
            crit = [v for v in net.leaves if self.total_float(v) <= 0]
            position = {tid: i for i, tid in enumerate(net.tree.order)}
            node_cal, cals, SS = net.node_cal, net.calendars, self.SS
            crit.sort(key=lambda v: (cals[node_cal[v]].wall(SS[v]), position[net.node_task[v]]))
            self._critical = [net.node_task[v] for v in crit]
        return self._critical

    # -- roll-ups of summaries ---------------------------------------------------------
    def summary_values(self, tid: int) -> tuple:
        """(start, finish, early start, early finish, late start, late finish) keys on the
        summary's calendar, then total and free float, all rolled up from its children."""
        found = self._rollup.get(tid)
        if found is not None:
            return found
        tree = self.net.tree
        stack = [(tid, False)]  # iterative post-order: deep outlines must not recurse
        while stack:
            current, expanded = stack.pop()
            if current in self._rollup:
                continue
            kids = tree.children[current]
            if not expanded:
                stack.append((current, True))
                for kid in kids:
                    if kid in tree.children and kid not in self._rollup:
                        stack.append((kid, False))
                continue
            self._rollup[current] = self._combine(current, kids)
        return self._rollup[tid]

    def _combine(self, tid: int, kids: list[int]) -> tuple:
        net = self.net
        tasks = net.data.tasks
        target_index = net.calendar_index[tasks[tid].calendar_id]
        target = net.calendars[target_index]
        s = es = ls = POS
        f = ef = lf = NEG
        tf = ff = POS
        for kid in kids:
            if kid in self._rollup:
                *values, k_tf, k_ff = self._rollup[kid]
                source_index = net.calendar_index[tasks[kid].calendar_id]
            else:
                v = net.node_in[kid]
                values = [self.SS[v], self.SF[v], self.ES[v], self.EF[v], self.LS[v], self.LF[v]]
                k_tf = self.total_float(v)
                k_ff = self.free_float(v, k_tf)
                source_index = net.node_cal[v]
            if source_index != target_index:
                source = net.calendars[source_index]
                values = [
                    (target.key_up if i % 2 == 0 else target.key_down)(source.wall(value))
                    for i, value in enumerate(values)
                ]
            s, f = min(s, values[0]), max(f, values[1])
            es, ef = min(es, values[2]), max(ef, values[3])
            ls, lf = min(ls, values[4]), max(lf, values[5])
            tf, ff = min(tf, k_tf), min(ff, k_ff)
        return s, f, es, ef, ls, lf, tf, ff

    def money(self, tid: int) -> tuple[int, float, float, float]:
        """(work minutes, cost, percent x duration, duration) of a task and its subtree."""
        if self._money is None:
            self._money = _work_and_cost(self.net)
        return self._money[tid]

    def scheduled_task(self, tid: int) -> ScheduledTask:
        net = self.net
        task = net.data.tasks[tid]
        work, cost, done, weight = self.money(tid)
        if tid not in net.tree.children:
            v = net.node_in[tid]
            c = net.node_cal[v]
            cache = self._caches[c]

            def dt(key):
                value = cache.get(key)
                return value if value is not None else self.dt(c, key)

            tf = self.total_float(v)
            ff = self.free_float(v, tf)
            start, finish = self.SS[v], self.SF[v]
            spec = self.spec[v]
            duration = self.dur[v]
            if spec is not None and isinstance(spec, FixedSpec):
                if spec.start is not None and spec.finish is not None:
                    duration = (finish >> 1) - (start >> 1)
            late_finish = self.LF[v]
            return ScheduledTask(
                tid,
                net.tree.wbs[tid],
                dt(start),
                dt(finish),
                dt(self.ES[v]),
                dt(self.EF[v]),
                dt(self.LS[v]),
                # Shown in finish form, as MS Project does (17:00 Friday, not 08:00 Monday).
                dt(late_finish if duration == 0 else late_finish & ~1),
                tf,
                ff,
                tf <= 0,
                False,
                task.milestone or duration == 0,
                duration,
                work,
                cost,
                float(task.percent_complete),
            )
        dt = self.dt
        c = net.calendar_index[task.calendar_id]
        start, finish, es, ef, ls, lf, tf, ff = self.summary_values(tid)
        return ScheduledTask(
            id=tid,
            wbs=net.tree.wbs[tid],
            start=dt(c, start),
            finish=dt(c, finish),
            early_start=dt(c, es),
            early_finish=dt(c, ef),
            late_start=dt(c, ls),
            late_finish=dt(c, lf),
            total_float=tf,
            free_float=ff,
            critical=tf <= 0,
            summary=True,
            milestone=False,
            duration=max(0, (finish >> 1) - (start >> 1)),
            work=work,
            cost=cost,
            percent_complete=round(done / weight, 2) if weight else 0.0,
        )


def _work_and_cost(net: Network) -> dict[int, tuple[int, float, float, float]]:
    """Work and cost from assignments x resource rates + fixed cost; % complete weights.

    Work resources cost hours x standard rate + cost per use; material resources units x
    rate + cost per use; cost resources their cost per use. Summaries add up their subtree;
    their % complete is the duration-weighted mean of their leaves (as MS Project does).
    """
    data = net.data
    tasks = data.tasks
    resources: dict[int, Resource] = data.resources
    own: dict[int, list[float]] = {}
    for a in data.assignments.values():
        assignment: Assignment = a
        task = tasks.get(assignment.task_id)
        resource = resources.get(assignment.resource_id)
        if task is None or resource is None:
            continue
        entry = own.setdefault(task.id, [0, 0.0])
        rtype = ResourceType(resource.type)
        if rtype == ResourceType.WORK:
            work = assignment.work
            if work is None:
                work = round(task.duration * assignment.units)
            entry[0] += work
            entry[1] += work / 60 * resource.standard_rate + resource.cost_per_use
        elif rtype == ResourceType.MATERIAL:
            entry[1] += assignment.units * resource.standard_rate + resource.cost_per_use
        else:
            entry[1] += resource.cost_per_use
    result: dict[int, tuple[int, float, float, float]] = {}
    tree = net.tree
    for tid in reversed(tree.order):
        task = tasks[tid]
        work, cost = own.get(tid, (0, 0.0))
        cost += task.fixed_cost
        kids = tree.children.get(tid)
        if kids:
            done = weight = 0.0
            for kid in kids:
                k_work, k_cost, k_done, k_weight = result[kid]
                work += k_work
                cost += k_cost
                done += k_done
                weight += k_weight
        else:
            weight = float(task.duration)
            done = task.percent_complete * weight
        result[tid] = (int(work), float(cost), done, weight)
    return result


class _ScheduledTasks(Mapping):
    """Read-only task id -> ScheduledTask, built on first access."""

    def __init__(self, run: _RunResult) -> None:
        self._run = run
        self._tasks = run.net.data.tasks
        self._ids = run.net.tree.order
        self._built: dict[int, ScheduledTask] = {}

    def __getitem__(self, tid: int) -> ScheduledTask:
        found = self._built.get(tid)
        if found is None:
            if tid not in self._run.net.tree.wbs:
                raise KeyError(tid)
            found = self._built[tid] = self._run.scheduled_task(tid)
        return found

    def values(self) -> list[ScheduledTask]:
        with _gc_paused():
            return [self[tid] for tid in self._ids]

    def items(self) -> list[tuple[int, ScheduledTask]]:
        with _gc_paused():
            return [(tid, self[tid]) for tid in self._ids]

    def __iter__(self) -> Iterator[int]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, tid: object) -> bool:
        return tid in self._run.net.tree.wbs
