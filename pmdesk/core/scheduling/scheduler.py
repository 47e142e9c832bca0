"""Scheduling a plan: ``schedule_plan(data)`` once, or a ``Scheduler`` that keeps the compiled
network between runs and only re-reads the tasks that changed.

A run is: forward pass from the project start (or, scheduling from the finish, a backward
pass from the project finish first), backward pass for late dates and total float, a placement
pass for ALAP tasks and free float, then a roll-up of summaries. The per-task results are
turned into datetimes lazily, the first time a task is looked up (a Gantt view asks for the
rows it shows; ``Schedule.tasks`` behaves as a read-only dict).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
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
from pmdesk.core.scheduling.cpm import backward, forward, place
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.network import LEAF, NEG, PARAMETER_FIELDS, POS, Network
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


class Scheduler:
    """Keeps a plan's compiled network; ``schedule()`` recomputes after changes.

    It listens to the PlanData: a change of a task's own fields (duration, constraint,
    progress...) re-reads that task only; a change to the outline, links or calendars
    recompiles. Call ``close()`` to stop listening.
    """

    def __init__(self, data: PlanData, listen: bool = True) -> None:
        self.data = data
        self._net: Network | None = None
        self._dirty_tasks: set[int] = set()
        self._plan_dirty = False
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
                self._plan_dirty = True
            else:
                self.invalidate()
        elif kind in (Task, Link, Calendar, CalendarException):
            self.invalidate()
        # Resources and assignments only feed work and cost, read fresh on every run.

    def _network(self) -> Network:
        net = self._net
        try:
            if net is None:
                net = Network(self.data)
            else:
                if self._plan_dirty:
                    net.refresh_plan()
                for tid in self._dirty_tasks:
                    net.refresh_task(tid)
                    net.refresh_percent_links(tid)
        except SchedulingError:
            self.invalidate()
            raise
        self._net = net
        self._dirty_tasks.clear()
        self._plan_dirty = False
        return net

    def schedule(self) -> Schedule:
        try:
            return _run(self._network())
        except SchedulingError:
            self.invalidate()
            raise


# -- one run --------------------------------------------------------------------------------
def _max_wall(net: Network, keys: list[int], leaves: list[int], default: int) -> int:
    if not leaves:
        return default
    if len(net.calendars) == 1:
        return net.calendars[0].wall(max(keys[v] for v in leaves))
    cals, node_cal = net.calendars, net.node_cal
    return max(cals[node_cal[v]].wall(keys[v]) for v in leaves)


def _min_wall(net: Network, keys: list[int], leaves: list[int], default: int) -> int:
    if not leaves:
        return default
    if len(net.calendars) == 1:
        return net.calendars[0].wall(min(keys[v] for v in leaves))
    cals, node_cal = net.calendars, net.node_cal
    return min(cals[node_cal[v]].wall(keys[v]) for v in leaves)


def _run(net: Network) -> Schedule:
    plan = net.data.plan
    cals = net.calendars
    leaves = net.leaves
    spec = net.spec
    if plan.schedule_from == ScheduleFrom.FINISH:
        if plan.finish is None:
            raise SchedulingError("Set the plan's finish date to schedule it from the finish.")
        first = [c.key_up(to_minutes(plan.start)) for c in cals]
        ES0, EF0, _ = forward(net, first)
        finish_wall = to_minutes(plan.finish)
        finish_keys = [c.key_down(finish_wall) for c in cals]
        LS, LF = backward(net, finish_keys, ES0, EF0)
        start_wall = _min_wall(net, LS, leaves, finish_wall)
        ES, EF, overridden = forward(net, [c.key_up(start_wall) for c in cals])
        movable = [False] * len(net.kind)
        for v in leaves:
            movable[v] = spec[v] is None or isinstance(spec[v], ElapsedSpec)
    else:
        start_wall = to_minutes(plan.start)
        ES, EF, overridden = forward(net, [c.key_up(start_wall) for c in cals])
        finish_wall = _max_wall(net, EF, leaves, start_wall)
        finish_keys = [c.key_down(finish_wall) for c in cals]
        LS, LF = backward(net, finish_keys, ES, EF)
        movable = None
        alap = net.alap
        if any(alap[v] and (spec[v] is None or isinstance(spec[v], ElapsedSpec)) for v in leaves):
            movable = [alap[v] and not isinstance(spec[v], FixedSpec) for v in range(len(alap))]
    SS, SF, BS, BF = place(net, finish_keys, ES, EF, movable)
    run = _RunResult(net, ES, EF, LS, LF, SS, SF, BS, BF, finish_keys)
    schedule = Schedule(
        tasks=_ScheduledTasks(run),
        project_start=from_minutes(_min_wall(net, SS, leaves, start_wall)),
        project_finish=from_minutes(_max_wall(net, SF, leaves, finish_wall)),
        conflicts=_conflicts(net, overridden, ES, EF, SS, SF),
        critical_path=run.critical_path(),
    )
    return schedule


def _conflicts(net, overridden, ES, EF, SS, SF) -> list[str]:
    messages = []
    tasks = net.data.tasks
    for v, s, f in overridden:
        message = net.spec[v].conflict(s, f, ES[v], EF[v])
        if message:
            messages.append(message)
    backward_mode = net.data.plan.schedule_from == ScheduleFrom.FINISH
    for v in net.leaves:
        task = tasks[net.node_task[v]]
        ctype = task.constraint_type
        if task.deadline is None and ctype in (ConstraintType.ASAP, ConstraintType.ALAP):
            continue
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

    def __init__(self, net, ES, EF, LS, LF, SS, SF, BS, BF, finish_keys):
        self.net = net
        self.ES, self.EF, self.LS, self.LF = ES, EF, LS, LF
        self.SS, self.SF, self.BS, self.BF = SS, SF, BS, BF
        self.finish_keys = finish_keys
        # Snapshots: the network's parameters change in place when the plan changes.
        self.dur = list(net.dur)
        self.spec = list(net.spec)
        self._caches = [{} for _ in net.calendars]
        self._tf: dict[int, int] = {}
        self._ff: dict[int, int] = {}
        self._rollup: dict[int, tuple] = {}
        self._money: dict[int, tuple[int, float, float, float]] | None = None

    def dt(self, cal_index: int, key: int) -> datetime:
        cache = self._caches[cal_index]
        value = cache.get(key)
        if value is None:
            value = cache[key] = from_minutes(self.net.calendars[cal_index].wall(key))
        return value

    def total_float(self, v: int) -> int:
        ES, EF, LS, LF = self.ES, self.EF, self.LS, self.LF
        a = (LS[v] >> 1) - (ES[v] >> 1)
        b = (LF[v] >> 1) - (EF[v] >> 1)
        return a if a < b else b

    def free_float(self, v: int, tf: int) -> int:
        SS, SF = self.SS, self.SF
        bound_f = self.BF[v]
        p = self.finish_keys[self.net.node_cal[v]]
        if p < bound_f:
            bound_f = p
        ff = tf
        if self.BS[v] < POS:
            ff = min(ff, (self.BS[v] >> 1) - (SS[v] >> 1))
        ff = min(ff, (bound_f >> 1) - (SF[v] >> 1))
        return ff if ff > 0 else 0

    def critical_path(self) -> list[int]:
        net = self.net
        crit = [v for v in net.leaves if self.total_float(v) <= 0]
        position = {tid: i for i, tid in enumerate(net.tree.order)}
        node_cal, cals, SS = net.node_cal, net.calendars, self.SS
        crit.sort(key=lambda v: (cals[node_cal[v]].wall(SS[v]), position[net.node_task[v]]))
        return [net.node_task[v] for v in crit]

    # -- roll-ups of summaries ---------------------------------------------------------
    def summary_values(self, tid: int) -> tuple:
        """(start, finish, late start, late finish, total float, free float) keys/minutes of a
        summary on its own calendar, from its children."""
        found = self._rollup.get(tid)
        if found is not None:
            return found
        net = self.net
        tree = net.tree
        # Iterative post-order so deep outlines do not recurse.
        stack = [(tid, False)]
        while stack:
            current, expanded = stack.pop()
            if current in self._rollup:
                continue
            kids = tree.children[current]
            if not expanded:
                stack.append((current, True))
                for kid in kids:
                    if tree.is_summary(kid) and kid not in self._rollup:
                        stack.append((kid, False))
                continue
            self._rollup[current] = self._combine(current, kids)
        return self._rollup[tid]

    def _combine(self, tid: int, kids: list[int]) -> tuple:
        net = self.net
        exit_ = net.node_out[tid]
        target = net.calendars[net.node_cal[exit_]]
        s = ls = POS
        f = lf = NEG
        tf = ff = POS
        for kid in kids:
            v = net.node_out[kid]
            if net.kind[v] == LEAF:
                values = (self.SS[v], self.SF[v], self.LS[v], self.LF[v])
                k_tf = self.total_float(v)
                k_ff = self.free_float(v, k_tf)
            else:
                *values, k_tf, k_ff = self._rollup[kid]
            if net.node_cal[v] != net.node_cal[exit_]:
                source = net.calendars[net.node_cal[v]]
                values = [
                    target.key_up(source.wall(values[0])),
                    target.key_down(source.wall(values[1])),
                    target.key_up(source.wall(values[2])),
                    target.key_down(source.wall(values[3])),
                ]
            a, b, c, d = values
            s = min(s, a)
            f = max(f, b)
            ls = min(ls, c)
            lf = max(lf, d)
            tf = min(tf, k_tf)
            ff = min(ff, k_ff)
        return s, f, ls, lf, tf, ff

    def money(self, tid: int) -> tuple[int, float, float, float]:
        """(work minutes, cost, percent x duration, duration) of a task and its subtree."""
        if self._money is None:
            self._money = _work_and_cost(self.net)
        return self._money[tid]

    def scheduled_task(self, tid: int) -> ScheduledTask:
        net = self.net
        task = net.data.tasks[tid]
        v = net.node_out[tid]
        c = net.node_cal[v]
        dt = self.dt
        work, cost, done, weight = self.money(tid)
        if net.kind[v] == LEAF:
            tf = self.total_float(v)
            ff = self.free_float(v, tf)
            start, finish = self.SS[v], self.SF[v]
            spec = self.spec[v]
            duration = self.dur[v]
            if isinstance(spec, FixedSpec) and spec.start is not None and spec.finish is not None:
                duration = (finish >> 1) - (start >> 1)
            return ScheduledTask(
                id=tid,
                wbs=net.tree.wbs[tid],
                start=dt(c, start),
                finish=dt(c, finish),
                early_start=dt(c, self.ES[v]),
                early_finish=dt(c, self.EF[v]),
                late_start=dt(c, self.LS[v]),
                late_finish=dt(c, self.LF[v]),
                total_float=tf,
                free_float=ff,
                critical=tf <= 0,
                summary=False,
                milestone=task.milestone or duration == 0,
                duration=duration,
                work=work,
                cost=cost,
                percent_complete=float(task.percent_complete),
            )
        start, finish, ls, lf, tf, ff = self.summary_values(tid)
        return ScheduledTask(
            id=tid,
            wbs=net.tree.wbs[tid],
            start=dt(c, start),
            finish=dt(c, finish),
            early_start=dt(c, self.ES[v]),
            early_finish=dt(c, self.EF[v]),
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
            if tid not in self._run.net.node_out:
                raise KeyError(tid)
            found = self._built[tid] = self._run.scheduled_task(tid)
        return found

    def __iter__(self) -> Iterator[int]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, tid: object) -> bool:
        return tid in self._run.net.node_out
