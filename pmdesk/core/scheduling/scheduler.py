"""Scheduling a plan: ``schedule_plan(data)`` once, or a ``Scheduler`` that keeps the compiled
network between runs and only re-reads the tasks that changed.

A run is: forward pass from the project start (or, scheduling from the finish, a backward
pass from the project finish first), backward pass for late dates and total float, a placement
pass for ALAP tasks and free float, then a roll-up of summaries. The per-task results are
turned into datetimes lazily, the first time a task is looked up (a Gantt view asks for the
rows it shows; ``Schedule.tasks`` behaves as a read-only dict).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from pmdesk.core.entities import (
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    Link,
    Plan,
    Resource,
    ScheduleFrom,
    Task,
)
from pmdesk.core.gcpause import gc_paused
from pmdesk.core.plandata import Change, PlanData
from pmdesk.core.scheduling.calendar import WorkingCalendar, from_minutes, to_minutes
from pmdesk.core.scheduling.cpm import backward, forward
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.network import EXIT, PARAMETER_FIELDS, Network, NetworkShapeChanged
from pmdesk.core.scheduling.options import calculation_options
from pmdesk.core.scheduling.progress import ElapsedSpec, fmt_moment
from pmdesk.core.scheduling.result import Schedule
from pmdesk.core.scheduling.runresult import RunResult, ScheduledTasks

if TYPE_CHECKING:
    from pmdesk.core.scheduling.netedges import Kid

_PLAN_PARAMETERS = frozenset({"start", "finish", "schedule_from", "status_date"})
_PLAN_IRRELEVANT = frozenset(
    {
        "name",
        "currency",
        "created",
        "modified",
        "app_version",
        "settings",
        "id",
        "notes",
        "minutes_per_day",
        "minutes_per_week",
        "days_per_month",
    }
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
        # ``old`` is set exactly for an update (the fields it changed).
        if kind is Task and change.old is not None and set(change.old) <= PARAMETER_FIELDS:
            self._dirty_tasks.add(change.id)
        elif kind is Plan:
            fields = set(change.old or ())
            if "settings" in fields:
                # Calculation options (honor constraints, status date) are read on compile.
                old = calculation_options((change.old or {}).get("settings"))
                if old != calculation_options(self.data.plan.settings):
                    self.invalidate()
                    return
            if fields & {"schedule_from", "start"}:
                # constraints are honored only scheduling from the start; which SNET/FNET
                # dates are before the project start depends on it
                self.invalidate()
                return
            if fields <= _PLAN_IRRELEVANT:
                return
            if fields <= _PLAN_PARAMETERS | _PLAN_IRRELEVANT:
                self._full = True
            else:
                self.invalidate()
        elif kind in (Task, Link, Calendar, CalendarException):
            self.invalidate()
        elif kind is Assignment:
            changed = change.old
            if changed is None or set(changed) - {"units", "work", "leveling_delay"}:
                self.invalidate()  # who is assigned can put a task on its resource's calendar
            else:
                # units and work set the span of a contoured assignment (see contours.py)
                assignment = self.data.assignments.get(change.id)
                if assignment is not None and "leveling_delay" in changed:
                    self.invalidate()  # which tasks are scheduled from their assignments change
                elif assignment is not None and assignment.task_id in self._net.contoured:
                    self._dirty_tasks.add(assignment.task_id)
        elif kind is Resource and (change.old is None or {"calendar_id", "type"} & set(change.old)):
            # a material or cost resource does not put its task on the resource's calendar
            self.invalidate()
        # Units, work and rates only feed work and cost, read fresh on every run.

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
        with gc_paused():
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
        """A full run over the compiled network (every node recomputed): what the schedule
        benchmarks time against an incremental run."""
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
        movable = [v for v in leaves if (sp := spec[v]) is None
                   or isinstance(sp, ElapsedSpec) and not sp.fact]  # fmt: skip
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
            kinds, kids = net.kind, cast("list[list[Kid]]", net.kids)  # an exit has kids
            for v in changed:
                if kinds[v] == EXIT:
                    seeds.update(u for u, _conv in kids[v])
            backward(net, finish_keys, seeds)
        else:
            backward(net, finish_keys)
        net.last_finish_keys = finish_keys
        run = _run_alap(net, start_keys, finish_keys)
        return _schedule(net, run, start_wall, finish_wall)
    run = RunResult(net, finish_keys, movable)
    return _schedule(net, run, start_wall, finish_wall)


def _run_alap(net: Network, start_keys: list[int], finish_keys: list[int]) -> RunResult:
    """Place ALAP tasks at their late dates and let their successors follow them.

    MS Project schedules an As Late As Possible task from its late dates, that is with all
    its total slack (deadlines and the project finish included), not only as late as its
    successors' current dates allow; its ASAP successors are then scheduled from it (they
    lose their slack and show as critical). Evidence: Project's PjConstraint reference
    (learn.microsoft.com/office/vba/api/project.pjconstraint): "pjALAP: Task occurs as late
    as possible in the schedule without delaying subsequent tasks", and MPXJ's
    MicrosoftScheduler, checked against Project files, reruns its forward pass after the
    backward one with ALAP tasks at their late dates; issue 14's example from MS Project
    (A 10d; X 2d ALAP -> Y 2d: X 01-13..01-14, Y 01-15..01-16) is in test_ms_project_rules.
    A started or fixed ALAP task stays where it is. An ALAP task with negative total slack
    stays at its early dates (the conflict shows as negative slack).
    """
    spec, ES, EF, LS, LF = net.spec, net.ES, net.EF, net.LS, net.LF
    pinned: dict[int, tuple[int, int]] = {}
    for v in net.alap_nodes:
        sp = spec[v]
        if sp is not None and (not isinstance(sp, ElapsedSpec) or sp.fact):
            continue  # fixed dates or progress stay where they are
        a, b = LS[v], LF[v]
        if a < ES[v]:
            continue
        if (a >> 1) != (b >> 1) and sp is None:
            b &= ~1  # a placed task ends in finish form (17:00, not 08:00 the next day)
        if (a, b) != (ES[v], EF[v]):
            pinned[v] = (a, b)
            if sp is not None:  # an elapsed task: its late wall-clock instants are shown
                sp.remember(a, sp.late_start_wall(a), b, sp.late_wall(b))
    if not pinned:
        return RunResult(net, finish_keys, [])
    early_s, early_f, early_flags = list(ES), list(EF), bytes(net.sflag)
    overridden = dict(net.overridden)
    net.pinned_early = {}
    changed = forward(net, start_keys, set(pinned), pinned)
    follow_overridden = net.overridden
    scheduled = (list(ES), list(EF))
    # The network keeps the early dates: the next incremental run starts from them.
    for v in changed:
        ES[v], EF[v] = early_s[v], early_f[v]
    net.sflag[:] = early_flags
    net.overridden = overridden
    shown_s, shown_f = scheduled
    shown_s, shown_f = list(shown_s), list(shown_f)
    for v, (a, b) in net.pinned_early.items():  # the early dates the ALAP task could have
        shown_s[v], shown_f[v] = a, b
    return RunResult(
        net, finish_keys, [], early=(shown_s, shown_f), scheduled=scheduled,
        overridden=follow_overridden,
    )  # fmt: skip


def _schedule(net: Network, run: RunResult, start_wall: int, finish_wall: int) -> Schedule:
    leaves = net.leaves
    return Schedule(
        tasks=ScheduledTasks(run),
        project_start=from_minutes(_min_wall(net, run.SS, leaves, start_wall)),
        project_finish=from_minutes(_max_wall(net, run.SF, leaves, finish_wall)),
        conflicts=_conflicts(net, run),
        critical_path=run.critical_path,
    )


def _conflicts(net: Network, run: RunResult) -> list[str]:
    messages = []
    tasks = net.data.tasks
    ES, EF, SS, SF = run.ES, run.EF, run.SS, run.SF
    # In outline order: the same list however the network was compiled or edited since.
    # Leaf nodes are numbered in outline order (Network._build_nodes): they sort as they are.
    for v, s, f in sorted(run.overridden.values()):
        sp = net.spec[v]  # only a spec overrides a bound
        message = sp.conflict(s, f, ES[v], EF[v]) if sp is not None else None
        if message:
            messages.append(message)
    backward_mode = net.data.plan.schedule_from == ScheduleFrom.FINISH
    checks = []  # (task, calendar, scheduled start key, scheduled finish key)
    for v in sorted(net.checked):
        checks.append((tasks[net.node_task[v]], net.calendars[net.node_cal[v]], SS[v], SF[v]))
    if net.checked_summaries:
        outline = {tid: i for i, tid in enumerate(net.tree.order)}
    for tid in sorted(net.checked_summaries, key=lambda tid: outline[tid]):
        task = tasks[tid]
        start, finish = run.summary_values(tid)[:2]
        checks.append((task, net.calendars[net.cal_index_of(tid)], start, finish))
    for task, cal, start, finish in checks:
        ctype = task.constraint_type

        def when(key: int, cal: WorkingCalendar = cal) -> str:
            return fmt_moment(from_minutes(cal.wall(key)))

        date = task.constraint_date
        if date is not None:
            t = to_minutes(date)
            if ctype in (ConstraintType.SNLT, ConstraintType.MSO) and start > cal.key_down(t):
                messages.append(
                    f"The task {task.name!r} should start no later than {fmt_moment(date)} "
                    f"but its predecessors push its start to {when(start)}."
                )
            elif ctype in (ConstraintType.FNLT, ConstraintType.MFO) and finish > cal.key_down(t):
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
