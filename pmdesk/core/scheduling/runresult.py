"""The integer results of one scheduling run, turned into ScheduledTask objects on demand:
datetimes, floats, summary roll-ups (dates, work, cost, % complete), the critical path."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import TypeVar, overload

from pmdesk.core.entities import ScheduleFrom, Task
from pmdesk.core.gcpause import gc_paused
from pmdesk.core.scheduling.assigned import AssignmentSpec
from pmdesk.core.scheduling.calendar import from_minutes, to_minutes
from pmdesk.core.scheduling.keys import NEG, POS
from pmdesk.core.scheduling.network import Network
from pmdesk.core.scheduling.placement import Placement
from pmdesk.core.scheduling.progress import (
    ElapsedSpec,
    FixedSpec,
    HonoredSpec,
    ProgressSpec,
    elapsed_spec,
)
from pmdesk.core.scheduling.result import ScheduledTask
from pmdesk.core.scheduling.splits import split_minutes, work_stretches
from pmdesk.core.scheduling.taskmoney import Money, TaskMoney

T = TypeVar("T")
# A summary's roll-up: (start, finish, early start, early finish, late start, late finish)
# keys on its calendar, total and free float, wall-clock minutes of the start and finish shown.
SummaryValues = tuple[int, int, int, int, int, int, int, int, int, int]
Segments = tuple[tuple[datetime, datetime], ...]  # a split bar's (start, finish) pieces


class RunResult:
    """The integer results of one run, turned into ScheduledTask objects on demand."""

    def __init__(
        self,
        net: Network,
        finish_keys: list[int],
        movable: list[int],
        early: tuple[list[int], list[int]] | None = None,
        scheduled: tuple[list[int], list[int]] | None = None,
        overridden: dict[int, tuple[int, int, int]] | None = None,
    ) -> None:
        """``early`` and ``scheduled`` (start, finish key lists) replace the network's early
        dates where ALAP tasks moved their successors (see scheduler._run_alap)."""
        self.net = net
        # Snapshots: the network's arrays are overwritten by the next run.
        if early is None:
            self.ES, self.EF = list(net.ES), list(net.EF)
        else:
            self.ES, self.EF = early
        self.LS, self.LF = list(net.LS), list(net.LF)
        self.dur = list(net.dur)
        self.spec = list(net.spec)
        self.finish_keys = finish_keys
        self.overridden = dict(net.overridden) if overridden is None else overridden
        backward_mode = net.data.plan.schedule_from == ScheduleFrom.FINISH
        ss, sf = scheduled if scheduled is not None else (self.ES, self.EF)
        self.placement = Placement(net, finish_keys, ss, sf, movable, backward_mode)
        self.SS, self.SF = self.placement.SS, self.placement.SF
        self._caches: list[dict[int, datetime]] = [{} for _ in net.calendars]
        self._rollup: dict[int, SummaryValues] = {}
        self._money = TaskMoney(net)  # each task's figures when first asked
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
    def summary_values(self, tid: int) -> SummaryValues:
        """(start, finish, early start, early finish, late start, late finish) keys on the
        summary's calendar, then total and free float, then the wall-clock minutes of the
        start and finish shown, all rolled up from its children."""
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

    def _combine(self, tid: int, kids: list[int]) -> SummaryValues:
        net = self.net
        target_index = net.cal_index_of(tid)
        target = net.calendars[target_index]
        s = es = ls = POS
        f = ef = lf = NEG
        tf = ff = POS
        sw, fw = POS, NEG
        for kid in kids:
            if kid in self._rollup:
                *values, k_tf, k_ff, k_sw, k_fw = self._rollup[kid]
                source_index = net.cal_index_of(kid)
            else:
                v = net.node_in[kid]
                values = [self.SS[v], self.SF[v], self.ES[v], self.EF[v], self.LS[v], self.LF[v]]
                k_tf = self.total_float(v)
                k_ff = self.free_float(v, k_tf)
                source_index = net.node_cal[v]
                k_sw, k_fw = self._walls(kid, v)
            sw, fw = min(sw, k_sw), max(fw, k_fw)
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
        return s, f, es, ef, ls, lf, tf, ff, sw, fw

    def _walls(self, tid: int, v: int) -> tuple[int, int]:
        """Wall-clock minutes of a leaf's scheduled start and finish as shown: a summary
        spans its subtasks' dates as they are, whatever calendar the summary is on (a
        finish at Friday 08:00 is not moved to the summary's calendar)."""
        cal = self.net.calendars[self.net.node_cal[v]]
        spec = self.spec[v]
        elapsed = elapsed_spec(spec)
        if elapsed is not None:
            return elapsed.start_wall(self.SS[v]), elapsed.wall(self.SF[v])
        start, finish = cal.wall(self.SS[v]), cal.wall(self.SF[v])
        if isinstance(spec, ProgressSpec):
            task = self.net.data.tasks[tid]
            if task.actual_start is not None:
                start = to_minutes(task.actual_start)
            if task.actual_finish is not None:
                finish = to_minutes(task.actual_finish)
        return start, finish

    def money(self, tid: int) -> Money:
        """(work minutes, cost, percent x duration, duration) of a task and its subtree."""
        # Asked by a view, outside the engine's own pause: a top summary's 10,000 new tuples
        # would otherwise set off full collections of the application's heap (100 ms and more).
        if not gc.isenabled():  # already paused (building every task): no second pause
            return self._money[tid]
        with gc_paused():
            return self._money[tid]

    def _elapsed_task(
        self, tid: int, v: int, spec: ElapsedSpec, tf: int, ff: int, work: int, cost: float
    ) -> ScheduledTask:
        """An elapsed-duration task ends at start + duration on the wall clock, also when
        that is outside working time (Saturday 08:00 for 1 ed from Friday 08:00)."""
        net = self.net
        task = net.data.tasks[tid]
        cal = net.calendars[net.node_cal[v]]
        minutes = self.dur[v]

        def pair(
            start_key: int,
            finish_key: int,
            start_wall: Callable[[int], int],
            wall: Callable[[int], int],
        ) -> tuple[datetime, datetime]:
            start = start_wall(start_key)
            end = start + minutes
            if cal.key_up(end) != finish_key:  # the finish was set by a bound, not the length
                end = wall(finish_key)
            return from_minutes(start), from_minutes(end)

        start, finish = pair(self.SS[v], self.SF[v], spec.start_wall, spec.wall)
        early_start, early_finish = pair(self.ES[v], self.EF[v], spec.start_wall, spec.wall)
        late_start, late_finish = pair(self.LS[v], self.LF[v], spec.late_start_wall, spec.late_wall)
        return ScheduledTask(
            tid, net.tree.wbs[tid], start, finish, early_start, early_finish, late_start,
            late_finish, tf, ff, tf <= 0, False, task.milestone, minutes, work, cost,
            float(task.percent_complete),
        )  # fmt: skip

    def _progress_task(
        self,
        task: Task,
        v: int,
        tf: int,
        ff: int,
        duration: int,
        late_finish: int,
        work: int,
        cost: float,
    ) -> ScheduledTask:
        """A started task shows its actual dates as recorded, also on a non-working day: MS
        Project keeps an actual start entered for a Saturday (issue 14) while the work
        itself runs in working time. The other dates are the keys' own."""
        net = self.net
        c = net.node_cal[v]
        start, finish = self.dt(c, self.SS[v]), self.dt(c, self.SF[v])
        early_start, early_finish = self.dt(c, self.ES[v]), self.dt(c, self.EF[v])
        late_start = self.dt(c, self.LS[v])
        if task.actual_start is not None:
            start = early_start = late_start = task.actual_start.replace(second=0, microsecond=0)
        if task.actual_finish is not None:
            finish = early_finish = task.actual_finish.replace(second=0, microsecond=0)
        return ScheduledTask(
            task.id, net.tree.wbs[task.id], start, finish, early_start, early_finish,
            late_start, self.dt(c, late_finish), tf, ff, tf <= 0, False,
            task.milestone or duration == 0, duration, work, cost,
            float(task.percent_complete),
        )  # fmt: skip

    def _segments(self, v: int, stretches: list[tuple[int, int]] | None) -> Segments:
        """The bar segments (start, finish) of a split task from its worked stretches in
        working minutes after its scheduled start; () for one bar."""
        if not stretches or len(stretches) < 2:
            return ()
        cal = self.net.calendars[self.net.node_cal[v]]
        w0 = self.SS[v] >> 1
        return tuple(
            (from_minutes(cal.start_of(w0 + a)), from_minutes(cal.end_of(w0 + b)))
            for a, b in stretches
        )

    def scheduled_task(self, tid: int) -> ScheduledTask:
        net = self.net
        task = net.data.tasks[tid]
        work, cost, done, weight = self.money(tid)
        if tid not in net.tree.children:
            v = net.node_in[tid]
            c = net.node_cal[v]
            cache = self._caches[c]

            def dt(key: int) -> datetime:
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
            elif isinstance(spec, AssignmentSpec):  # the span of its longest assignment
                duration = (finish >> 1) - (start >> 1)
            elif task.splits:  # the bar spans the pauses, the Duration does not
                duration = max(0, duration - split_minutes(task))
            late_finish = self.LF[v]
            # Shown in finish form, as MS Project does (17:00 Friday, not 08:00 Monday).
            late_finish = late_finish if duration == 0 else late_finish & ~1
            elapsed = elapsed_spec(spec)
            if elapsed is not None:
                return self._elapsed_task(tid, v, elapsed, tf, ff, work, cost)
            if isinstance(spec, ProgressSpec):
                shown = self._progress_task(task, v, tf, ff, duration, late_finish, work, cost)
                shown.segments = self._segments(v, spec.stretches(start))
                return shown
            segments: Segments = ()
            if task.splits and (spec is None or isinstance(spec, (HonoredSpec, FixedSpec))):
                segments = self._segments(v, work_stretches(task))
            return ScheduledTask(
                tid,
                net.tree.wbs[tid],
                dt(start),
                dt(finish),
                dt(self.ES[v]),
                dt(self.EF[v]),
                dt(self.LS[v]),
                dt(late_finish),
                tf,
                ff,
                tf <= 0,
                False,
                task.milestone or duration == 0,
                duration,
                work,
                cost,
                float(task.percent_complete),
                segments,
            )
        cal_dt = self.dt
        c = net.cal_index_of(tid)
        start, finish, es, ef, ls, lf, tf, ff, wall_start, wall_finish = self.summary_values(tid)
        return ScheduledTask(
            id=tid,
            wbs=net.tree.wbs[tid],
            start=from_minutes(wall_start),
            finish=from_minutes(wall_finish),
            early_start=cal_dt(c, es),
            early_finish=cal_dt(c, ef),
            late_start=cal_dt(c, ls),
            late_finish=cal_dt(c, lf),
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


class ScheduledTasks(Mapping[int, ScheduledTask]):
    """Read-only task id -> ScheduledTask, built on first access."""

    def __init__(self, run: RunResult) -> None:
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

    @overload
    def get(self, tid: int, /) -> ScheduledTask | None: ...

    @overload
    def get(self, tid: int, default: ScheduledTask | T, /) -> ScheduledTask | T: ...

    def get(self, tid: int, default: object = None) -> object:
        """Mapping.get without its try/except round trip (the P&L asks for every task)."""
        found = self._built.get(tid)
        if found is not None:
            return found
        return self[tid] if tid in self._run.net.tree.wbs else default

    # Lists, built under one collector pause, not Mapping's views: the override is on purpose.
    def values(self) -> list[ScheduledTask]:  # type: ignore[override]
        with gc_paused():
            return [self[tid] for tid in self._ids]

    def items(self) -> list[tuple[int, ScheduledTask]]:  # type: ignore[override]
        with gc_paused():
            return [(tid, self[tid]) for tid in self._ids]

    def __iter__(self) -> Iterator[int]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, tid: object) -> bool:
        return tid in self._run.net.tree.wbs
