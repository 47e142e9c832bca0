"""Monte Carlo schedule risk: sample every varying duration and risk event, reschedule the
plan with the engine's rules for all iterations at once, and keep what the results need.

The plan is compiled once by the engine (pmdesk.core.scheduling.network.Network); the
passes run over it for a chunk of iterations at a time (passes.VectorPasses), so memory stays
bounded on big plans. Leveling is off, as in the deterministic schedule.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field
from functools import partial

import numpy as np

from pmdesk.core.entities import ScheduleFrom, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData
from pmdesk.core.risk.estimates import (
    estimate_problem,
    has_spread,
    iterations_problem,
    risk_problem,
)
from pmdesk.core.risk.passes import KeyRows, Keys, Pins, VectorPasses, map_unique
from pmdesk.core.risk.risktasks import is_new_task, with_risk_tasks
from pmdesk.core.risk.sampling import DurationSampler, Streams
from pmdesk.core.scheduling import SchedulingError
from pmdesk.core.scheduling.calendar import WorkingCalendar, to_minutes
from pmdesk.core.scheduling.network import Network
from pmdesk.core.scheduling.progress import ElapsedSpec, ProgressSpec

DEFAULT_ITERATIONS = 1000
CHUNK_CELLS = 2_000_000  # nodes x iterations per pass: 16 MB per int64 array


class RiskInputError(PmdeskError):
    """Estimates, risks or options the simulation cannot use (the message says which)."""


@dataclass(slots=True)
class Samples:
    """What a run keeps per iteration: wall-clock minutes (see calendar.to_minutes)."""

    finish: np.ndarray  # the project finish
    task_finish: dict[int, np.ndarray]  # tracked task id -> its finish
    critical: dict[int, int]  # leaf task id -> iterations in which it is critical
    durations: np.ndarray  # (varying tasks, iterations): sampled minutes
    varying: list[int]  # task ids of the rows of ``durations``
    occurred: np.ndarray  # (risks, iterations): whether each risk occurred
    risk_ids: list[int] = field(default_factory=list)


def check_inputs(data: PlanData, iterations: int) -> None:
    """Raise RiskInputError naming the first estimate, risk or option that cannot be used."""
    problem = iterations_problem(iterations)
    if problem:
        raise RiskInputError(problem)
    for task in data.tasks.values():
        problem = estimate_problem(
            task.duration_optimistic, task.duration_most_likely, task.duration_pessimistic
        )
        if problem:
            raise RiskInputError(f"Task {task.name!r}: {problem}")
    for risk in data.risks.values():
        problem = risk_problem(risk.probability, risk.impact)
        if problem:
            raise RiskInputError(f"Risk {risk.name!r}: {problem}")


def tracked_tasks(data: PlanData) -> set[int]:
    """Tasks whose finish the results show: milestones, tasks with a deadline, roadmap
    deliveries and the P&L's launch tasks."""
    found = {t.id for t in data.tasks.values() if t.milestone or t.deadline is not None}
    found.update(
        i.linked_task_id for i in data.roadmap_items.values() if i.linked_task_id in data.tasks
    )
    found.update(
        line.anchor_task_id for line in data.pnl_lines.values() if line.anchor_task_id in data.tasks
    )
    return found


def _is_finished(task: Task) -> bool:
    return task.actual_finish is not None or task.percent_complete >= 100


def simulate(
    data: PlanData,
    iterations: int = DEFAULT_ITERATIONS,
    seed: int = 0,
    chunk: int | None = None,
    track: set[int] | None = None,
) -> Samples:
    """Run the simulation; the same plan, iterations and seed give the same samples.

    ``track``: the tasks whose finish to keep (default: tracked_tasks()); ``chunk``: how many
    iterations each pass runs (default: as many as fit CHUNK_CELLS; results do not depend
    on it)."""
    check_inputs(data, iterations)
    if data.plan.schedule_from == ScheduleFrom.FINISH:
        raise RiskInputError(
            "Schedule risk is simulated for plans scheduled from the start date only."
        )
    risks = sorted((r for r in data.risks.values() if not r.mitigated), key=lambda r: r.id)
    network_data, risk_tasks = with_risk_tasks(data, risks)
    try:
        net = Network(network_data)
    except SchedulingError as error:
        raise RiskInputError(str(error)) from None
    tree = net.tree
    leaves_by_task = {net.node_task[v]: v for v in net.leaves}
    hit = {tid for r in risks if r.probability > 0 and not is_new_task(r) for tid in r.task_ids}
    varying = [
        tid
        for tid in tree.order
        if tid in leaves_by_task
        and tid in data.tasks
        and not _is_finished(data.tasks[tid])
        and (
            has_spread(data.tasks[tid])
            or tid in hit
            or data.tasks[tid].duration_most_likely not in (None, data.tasks[tid].duration)
        )
    ]
    sampler = DurationSampler([data.tasks[tid] for tid in varying], risks)
    extra = [net.dur[leaves_by_task[tid]] - int(round(data.tasks[tid].duration)) for tid in varying]
    streams = Streams.seeded(seed)
    passes = VectorPasses(net)
    cals = net.calendars
    start_wall = to_minutes(data.plan.start)
    start_keys = [c.key_up(start_wall) for c in cals]
    leaves_on = [[v for v in net.leaves if net.node_cal[v] == i] for i in range(len(cals))]
    tracked = sorted(tracked_tasks(data) if track is None else track & set(data.tasks))
    size = chunk or max(1, min(iterations, CHUNK_CELLS // max(1, len(net.kind))))
    finish_parts, occurred_parts, duration_parts = [], [], []
    tracked_parts: dict[int, list[np.ndarray]] = {tid: [] for tid in tracked}
    critical = np.zeros(len(net.leaves), dtype=np.int64)
    leaf_rows = np.asarray(net.leaves, dtype=np.int64)
    done = 0
    try:
        while done < iterations:
            count = min(size, iterations - done)
            sampled, occurred = sampler.sample(streams, count)
            # A node's duration also holds what the engine adds to the task's (a split's
            # pauses, a contour's stretch): that much is added to each sampled duration.
            durations = {
                leaves_by_task[tid]: sampled[i] + extra[i] for i, tid in enumerate(varying)
            }
            for inserted in risk_tasks:  # a risk's task lasts zero minutes when it misses
                durations[leaves_by_task[inserted.task_id]] = np.where(
                    occurred[inserted.risk_row], inserted.minutes, 0
                ).astype(np.int64)
            passes.set_durations(durations)
            ES, EF = passes.forward(start_keys, durations, count)
            finish = _latest_wall(cals, leaves_on, EF, count, start_wall)
            finish_keys = [map_unique(c.key_down, finish) for c in cals]
            LS, LF = passes.backward(finish_keys, ES, EF, durations, count)
            SS, SF, ES, EF = _alap_pass(net, passes, start_keys, durations, count, ES, EF, LS, LF)
            if SF is not EF:  # ALAP tasks moved their successors: the finish is theirs
                finish = _latest_wall(cals, leaves_on, SF, count, start_wall)
            if len(leaf_rows):
                es, ef = ES[leaf_rows] >> 1, EF[leaf_rows] >> 1
                total_float = np.minimum((LS[leaf_rows] >> 1) - es, (LF[leaf_rows] >> 1) - ef)
                critical += (total_float <= 0).sum(axis=1)
            shown = _ShownFinish(
                net, SS, SF, durations, count, {leaves_by_task[r.task_id] for r in risk_tasks}
            )
            for tid in tracked:
                tracked_parts[tid].append(shown.of(tid))
            finish_parts.append(finish)
            occurred_parts.append(occurred)
            duration_parts.append(sampled)
            done += count
    except SchedulingError as error:  # e.g. a sampled duration runs past a calendar's end
        raise RiskInputError(str(error)) from None
    return Samples(
        finish=np.concatenate(finish_parts),
        task_finish={tid: np.concatenate(parts) for tid, parts in tracked_parts.items()},
        critical={
            net.node_task[v]: int(c)
            for v, c in zip(net.leaves, critical)
            if net.node_task[v] in data.tasks
        },
        durations=np.concatenate(duration_parts, axis=1),
        varying=varying,
        occurred=np.concatenate(occurred_parts, axis=1),
        risk_ids=[r.id for r in risks],
    )


def _alap_pass(
    net: Network,
    passes: VectorPasses,
    start_keys: list[int],
    durations: dict[int, Keys],
    count: int,
    ES: KeyRows,
    EF: KeyRows,
    LS: KeyRows,
    LF: KeyRows,
) -> tuple[KeyRows, KeyRows, KeyRows, KeyRows]:
    """(scheduled start, scheduled finish, early start, early finish) keys per node.

    An As Late As Possible task sits at its late dates and its successors follow it: a
    second forward pass with those tasks pinned, as scheduler._run_alap does (a started or
    fixed ALAP task stays; one whose late start is before its early start stays at its early
    dates). The early dates shown for a pinned task are those its predecessors give it in
    that pass.
    """
    if not net.alap_nodes:
        return ES, EF, ES, EF
    pins: Pins = {}
    for v in net.alap_nodes:
        spec = net.spec[v]
        if spec is not None and not isinstance(spec, ElapsedSpec):
            continue
        a, b = LS[v], LF[v]
        if spec is None:  # a placed task ends in finish form (an elapsed one as it is)
            b = np.where((a >> 1) != (b >> 1), b & ~1, b)
        mask = (a >= ES[v]) & ((a != ES[v]) | (b != EF[v]))
        if mask.any():
            pins[v] = (a, b, mask)
    if not pins:
        return ES, EF, ES, EF
    SS, SF = passes.forward(start_keys, durations, count, pins, previous=(ES, EF))
    shown_s, shown_f = SS.copy(), SF.copy()
    for v, (a, b) in passes.pinned_early.items():
        shown_s[v], shown_f[v] = a, b
    return SS, SF, shown_s, shown_f


class _ShownFinish:
    """Per iteration, the finish the engine shows for a task (runresult.RunResult): a leaf's
    own; an elapsed task's start + duration on the wall clock unless a bound set its finish;
    a started task's actual finish as recorded; a summary's latest subtask finish as shown,
    whatever the summary's calendar."""

    def __init__(
        self,
        net: Network,
        SS: KeyRows,
        SF: KeyRows,
        durations: dict[int, Keys],
        count: int,
        risk_nodes: Set[int] = frozenset(),
    ) -> None:
        self.net, self.SS, self.SF = net, SS, SF
        self.durations, self.count = durations, count
        self.memo: dict[int, np.ndarray] = {}
        self.risk_nodes = risk_nodes  # risks' tasks (risktasks.py): absent when zero long

    def of(self, tid: int) -> np.ndarray:
        found = self.memo.get(tid)
        if found is None:
            found = self.memo[tid] = self._compute(tid)
        return found

    def _compute(self, tid: int) -> np.ndarray:
        net = self.net
        kids = net.tree.children.get(tid)
        if kids:
            walls = [
                self._leaf(kid, rolled=True)
                if kid not in net.tree.children
                else self.of_rolled(kid)
                for kid in kids
            ]
            latest: Keys = np.maximum.reduce(walls)  # numpy types a ufunc's reduce as Any
            return latest
        return self._leaf(tid, rolled=False)

    def of_rolled(self, tid: int) -> np.ndarray:
        kids = self.net.tree.children[tid]
        latest: Keys = np.maximum.reduce(
            [
                self._leaf(k, rolled=True) if k not in self.net.tree.children else self.of_rolled(k)
                for k in kids
            ]
        )
        return latest

    def _leaf(self, tid: int, rolled: bool) -> np.ndarray:
        net = self.net
        v = net.node_in[tid]
        if v in self.risk_nodes:  # a risk that did not occur adds no task to the summary
            return np.where(
                self.durations[v] > 0,
                map_unique(net.calendars[net.node_cal[v]].wall, self.SF[v]),
                np.iinfo(np.int64).min,
            )
        cal = net.calendars[net.node_cal[v]]
        spec = net.spec[v]
        task = net.data.tasks[tid]
        elapsed = _elapsed_of(spec)
        if elapsed is not None:
            if rolled:  # RunResult._walls
                return map_unique(elapsed.wall, self.SF[v])
            minutes = self.durations.get(v, np.full(self.count, net.dur[v], dtype=np.int64))
            return map_unique(
                partial(_elapsed_finish, cal, elapsed), self.SS[v], self.SF[v], minutes
            )
        if isinstance(spec, ProgressSpec) and task.actual_finish is not None:
            return np.full(self.count, to_minutes(task.actual_finish), dtype=np.int64)
        return map_unique(cal.wall, self.SF[v])


def _elapsed_of(spec: object) -> ElapsedSpec | None:
    """The elapsed-duration spec of a task (also under an honored constraint), or None."""
    if isinstance(spec, ElapsedSpec):
        return spec
    inner = getattr(spec, "inner", None)
    return inner if isinstance(inner, ElapsedSpec) else None


def _elapsed_finish(
    cal: WorkingCalendar, spec: ElapsedSpec, start: int, finish: int, minutes: int
) -> int:
    """The finish the engine shows for an elapsed task (runresult._elapsed_task): start +
    duration on the wall clock, even outside working time, unless a bound set it."""
    end = spec.start_wall(start) + minutes
    return end if cal.key_up(end) == finish else spec.wall(finish)


def _latest_wall(
    cals: list[WorkingCalendar], nodes_on: list[list[int]], keys: KeyRows, count: int, default: int
) -> Keys:
    """Per iteration, the latest wall-clock minute among the nodes' keys (keys on one
    calendar order like the instants, so the latest key is converted once)."""
    result: Keys | None = None
    for cal, nodes in zip(cals, nodes_on):
        if not nodes:
            continue
        latest = keys[nodes].max(axis=0)
        wall = map_unique(cal.wall, latest)
        result = wall if result is None else np.maximum(result, wall)
    if result is None:
        return np.full(count, default, dtype=np.int64)
    return result
