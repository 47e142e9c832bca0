"""One leveling pass: the engine's own forward pass, walking the tasks in a priority order and
starting each at the first moment its resources have room for all of its work.

This is the serial schedule-generation scheme of the project-scheduling literature (Kolisch,
"Serial and parallel resource-constrained project scheduling methods revisited", EJOR 1996)
run inside the engine: a task is placed once every predecessor is, its early start comes from
the engine's link and constraint rules (cpm.forward), and leveling only ever delays it from
there — what MS Project records as the task's Leveling Delay. Which task goes first when
several are ready is the leveling order: the lower ID ("ID Only"), less slack and earlier
dates ("Standard"), or the higher priority and then the Standard rule ("Priority, Standard").

Tasks leveling may not move (fixed dates, started, priority 1000, Must Start/Finish On, as
late as possible, outside the date range) are booked where the engine puts them; a task is
never delayed past the latest start its successors with fixed dates, its own Start/Finish No
Later Than constraint and its deadline allow (or, "within available slack", past its late
start). What stays over-allocated is reported with the reason each task had to stay.

The pass's needs and result are levelneeds.py; the orders it walks, levelorder.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmdesk.core.entities import Assignment, ConstraintType, Task, TaskType
from pmdesk.core.scheduling.calendar import WorkingCalendar
from pmdesk.core.scheduling.cpm import forward, start_leaf_at
from pmdesk.core.scheduling.levelneeds import Need, PassResult, merged_needs
from pmdesk.core.scheduling.loadprofile import UNITS_TOLERANCE, LoadProfile
from pmdesk.core.scheduling.network import LEAF, Network
from pmdesk.core.scheduling.progress import FixedSpec, ProgressSpec
from pmdesk.core.scheduling.splits import work_stretches
from pmdesk.core.scheduling.workpieces import (
    Piece,
    _spread,
    assignment_total_work,
    pieces_from_assignment,
    pieces_on_task_calendar,
)

if TYPE_CHECKING:
    from pmdesk.core.scheduling.allocation import PlanCalendars

DO_NOT_LEVEL = 1000  # MS Project: priority 1000 is never leveled
_MAX_JUMPS = 5000  # candidate starts tried per task before giving up on it
_MIN_STRETCH = 60  # working minutes: leveling does not split work into shorter pieces


class LevelPass:
    """The network and everything a pass reads that does not change from pass to pass."""

    def __init__(
        self,
        net: Network,
        start_keys: list[int],
        resources: dict[int, tuple[float, WorkingCalendar]],
        calendars: PlanCalendars | None,
        fixed_reason: list[str | None],
        needs: dict[int, list[tuple[int, Assignment]]],
        bound: list[int],
        window: tuple[int, int] | None,
        old_delay: dict[int, int],
        within_slack: bool = False,
        adjust_assignments: bool = False,
        splits: bool = False,
    ) -> None:
        self.net = net
        self.start_keys = start_keys
        self.resources = resources  # resource id -> (max units, compiled calendar)
        self.calendars = calendars  # PlanCalendars: task calendars for the slow path
        self.fixed_reason = fixed_reason  # leaf -> why it may not be delayed
        self.needs = needs  # task id -> [(resource id, assignment)]
        self.bound = bound  # leaf -> latest start key leveling may give it
        self.window = window  # (from, to) wall minutes of "level from / to", or None
        self.old_delay = old_delay  # task id -> delay kept from before (not cleared)
        self.within_slack = within_slack
        self.adjust_assignments = adjust_assignments
        self.splits = splits
        self._needs_of: dict[int, list[Need]] | None = None
        self._result: PassResult | None = None

    def run(self, order: list[int]) -> PassResult:
        net = self.net
        data = net.data
        profiles = {rid: LoadProfile() for rid in self.resources}
        result = PassResult(profiles=profiles)
        self._result = result
        ES, EF, node_task, cals, node_cal = (
            net.ES,
            net.EF,
            net.node_task,
            net.calendars,
            net.node_cal,
        )
        fixed_reason, bound, window = self.fixed_reason, self.bound, self.window
        tasks = data.tasks
        if self._needs_of is None:
            self._needs_of = self._needs()
        needs_of = self._needs_of
        for items in needs_of.values():
            for need in items:
                need.profile = profiles[need.resource_id]
        saved_delay = net.delay
        net.delay = {}
        # Tasks with fixed dates do not follow their predecessors: book them first, so that
        # nothing placed earlier in the order takes the time they will use anyway.
        fixed_first = {
            v
            for v in range(len(node_task))
            if net.kind[v] == LEAF and isinstance(net.spec[v], (FixedSpec, ProgressSpec))
        }

        def place(v: int, f: int) -> None:
            tid = node_task[v]
            needs = needs_of.get(tid)
            if v in fixed_first or not needs:
                return
            cal = cals[node_cal[v]]
            early = ES[v]
            reason = fixed_reason[v]
            if reason is None and window is not None:
                wall = cal.wall(early)
                if not window[0] <= wall <= window[1]:
                    reason = "starts outside the leveling date range"
            s = early
            old = self.old_delay.get(tid)
            if old:
                s = cal.key_up(cal.wall(early) + old)
                start_leaf_at(net, v, s, f)
                s = ES[v]
            if reason is None:
                kept = ES[v], EF[v]
                found, why = self._fit(v, s, f, needs, tasks[tid])
                if found is not None and found > bound[v]:
                    found, why = None, self._why_bound(tasks[tid])
                if found is None:
                    reason = why
                    ES[v], EF[v] = kept
                else:
                    ES[v], EF[v] = kept
                    # Pauses or resources starting late lengthen the task: where its finish
                    # bound (FF, SF, FNET) sets its early dates, that would move them too.
                    free = f < kept[1] and found > s  # and only for a task that must wait
                    if free and self._place_assignments(v, s, f, found, needs, tasks[tid], early):
                        return
                    if free and self._place_split(v, s, f, found, needs, tasks[tid], early):
                        return
                    if found > ES[v]:
                        start_leaf_at(net, v, found, f)
            if ES[v] > early:
                result.delays[tid] = cal.wall(ES[v]) - cal.wall(early)
            self._book(v, needs, tasks[tid])
            if reason is not None:  # named when its resource stays over-allocated
                result.reasons[tid] = reason

        try:
            for v in fixed_first:
                needs = needs_of.get(node_task[v])
                if needs:
                    self._book(v, needs, tasks[node_task[v]])
                    result.reasons[node_task[v]] = fixed_reason[v] or "has fixed dates"
            forward(net, self.start_keys, order=order, place=place)
        finally:
            net.delay = saved_delay
        leaves = net.leaves
        result.ES = list(ES)
        result.finish = max((cals[node_cal[v]].wall(EF[v]) for v in leaves), default=0)
        return result

    @property
    def _pass(self) -> PassResult:
        """The result run() is filling in: placing and booking happen only inside a run."""
        result = self._result
        if result is None:
            raise RuntimeError("LevelPass places tasks only inside run()")
        return result

    # -- needs ---------------------------------------------------------------------------
    def task_needs(self) -> dict[int, list[Need]]:
        """Task id -> its needs (computed once per leveling)."""
        if self._needs_of is None:
            self._needs_of = self._needs()
        return self._needs_of

    def _needs(self) -> dict[int, list[Need]]:
        net = self.net
        found: dict[int, list[Need]] = {}
        for tid, items in self.needs.items():
            v = net.node_in.get(tid)
            if v is None or net.kind[v] != LEAF:
                continue
            task = net.data.tasks[tid]
            cal = net.calendars[net.node_cal[v]]
            from_assignments = tid in net.contoured and not task.duration_elapsed
            spec_ok = net.spec[v] is None or from_assignments
            out: list[Need] = []
            for rid, assignment in items:
                cap, rcal = self.resources[rid]
                relative = None
                if rcal is cal and spec_ok and not task.duration_elapsed:
                    total = assignment_total_work(task, assignment)
                    if from_assignments:
                        from pmdesk.core.scheduling.assigned import assignment_span

                        if not assignment.leveling_delay:
                            span = assignment_span(task, assignment)
                            delay = min(span, max(0, int(assignment.delay or 0)))
                            relative = _spread(total, [(delay, span)], assignment.contour)
                    else:
                        spans = work_stretches(task) if task.splits else [(0, net.dur[v])]
                        relative = _spread(total, spans, assignment.contour)
                # an empty load until run() hands it the pass's load of the resource
                out.append(Need(rid, LoadProfile(), cap, assignment, relative))
            found[tid] = merged_needs(out) if len(out) > 1 else out
        return found

    def _pieces(
        self, v: int, need: Need, task: Task, start: int | None = None
    ) -> tuple[list[Piece], float]:
        """Absolute pieces of one need with the task at its current early dates (or at key
        ``start`` for a relative need); and the work off the resource's time."""
        net = self.net
        if need.relative is not None:
            w = (net.ES[v] if start is None else start) >> 1
            return [(w + a, w + b, r) for a, b, r in need.relative], 0.0
        cal = net.calendars[net.node_cal[v]]
        a, b = cal.wall(net.ES[v]), cal.wall(net.EF[v])
        rcal = self.resources[need.resource_id][1]
        if task.id in net.contoured and not task.duration_elapsed:
            return pieces_from_assignment(task, need.assignment, a, rcal), 0.0
        return pieces_on_task_calendar(task, need.assignment, a, b, cal, rcal)

    # -- placing -------------------------------------------------------------------------
    def _fit(
        self, v: int, s: int, f: int, needs: list[Need], task: Task
    ) -> tuple[int | None, str | None]:
        """The earliest start key >= s where every need fits; (None, why) when none does."""
        net = self.net
        cal = net.calendars[net.node_cal[v]]
        for need in needs:
            if need.relative is not None:
                pieces = need.relative
            else:
                pieces, off = self._pieces(v, need, task)
                if off > 0:
                    return None, "is scheduled when its resource does not work"
            if any(r > need.cap + UNITS_TOLERANCE for _a, _b, r in pieces):
                return None, "needs more than the resource's maximum units"
        fast = all(need.relative is not None for need in needs)
        for _jump in range(_MAX_JUMPS):
            moved = False
            for need in needs:
                relative = need.relative
                if fast and relative is not None:  # fast: every need has its stretches
                    w = s >> 1
                    for a, b, r in relative:
                        q = need.profile.first_block(w + a, w + b, need.cap - r + UNITS_TOLERANCE)
                        if q is not None:
                            s = max(s + 2, ((q - a) << 1) | 1)
                            moved = True
                            break
                else:
                    start_leaf_at(net, v, s, f)
                    pieces, _off = self._pieces(v, need, task)
                    rcal = self.resources[need.resource_id][1]
                    wall0 = cal.wall(net.ES[v])
                    for a, b, r in pieces:
                        q = need.profile.first_block(a, b, need.cap - r + UNITS_TOLERANCE)
                        if q is not None:
                            lag = max(0, rcal.start_of(a) - wall0)
                            s = max(s + 2, cal.key_up(rcal.start_of(q) - lag) | 1)
                            moved = True
                            break
                if moved:
                    break
            if not moved:
                return s, None
            if s > self.bound[v]:
                return None, self._why_bound(task)
        return None, "found no time with room for it"

    def _place_assignments(
        self, v: int, s: int, f: int, together: int, needs: list[Need], task: Task, early: int
    ) -> bool:
        """MS Project's "Leveling can adjust individual assignments on a task": start each
        resource of a task when it has room (Assignment.leveling_delay after the task's
        start), when that finishes the task earlier than starting them all together. Only
        for resources on the task's own calendar with the work the task's duration gives
        them (the engine then schedules the task from its assignments: assigned.py)."""
        # The task's own Level Assignments field applies only where the Leveling Options allow
        # it too, and a fixed-duration task never has it (Microsoft's "Level Assignments task
        # field": "For the Level Assignments setting to take effect on selected tasks, be sure
        # that the project settings enable assignment leveling", and it "is set to No and is
        # disabled" for a fixed-duration task, whose duration it could increase).
        if (
            not (self.adjust_assignments and task.level_assignments)
            or task.task_type == TaskType.FIXED_DURATION
            or len(needs) < 2
            or task.splits
            or task.duration_elapsed
        ):
            return False
        net = self.net
        if net.spec[v] is not None and task.id not in net.contoured:
            return False
        if any(
            n.relative is None or (n.assignment.work is not None and task.id not in net.contoured)
            for n in needs
        ):
            return False
        relatives = [n.relative for n in needs if n.relative is not None]  # all (see above)
        if len({id(n.assignment) for n in needs}) != len(needs):
            return False  # a merged need: one resource twice on the task
        starts = []
        for need in needs:
            own, _why = self._fit(v, s, f, [need], task)
            if own is None:
                return False
            starts.append(own)
        duration = int(round(task.duration))
        spans = [max(b for _a, b, _r in n.relative) if n.relative else 0 for n in needs]
        finish = max(
            max((st >> 1) + sp for st, sp in zip(starts, spans)), (min(starts) >> 1) + duration
        )
        if finish >= (together >> 1) + net.dur[v] or len(set(starts)) == 1:
            return False
        if min(starts) > self.bound[v] or finish > (self.bound[v] >> 1) + net.dur[v]:
            return False
        first = min(starts)
        cal = net.calendars[net.node_cal[v]]
        if first > net.ES[v]:
            start_leaf_at(net, v, first, f)
        net.EF[v] = max(net.EF[v], finish * 2)
        result = self._pass
        if net.ES[v] > early:
            result.delays[task.id] = cal.wall(net.ES[v]) - cal.wall(early)
        wall0 = cal.wall(net.ES[v])
        for need, start, relative in zip(needs, starts, relatives):
            delay = cal.wall(start | 1) - wall0
            if delay > 0:
                result.assignment_delays[need.assignment.id] = delay
            w = start >> 1
            pieces = [(w + a, w + b, r) for a, b, r in relative]
            result.booked.setdefault(need.resource_id, {}).setdefault(task.id, []).extend(pieces)
            for a, b, r in pieces:
                need.profile.add(a, b, r)
        return True

    def _place_split(
        self, v: int, s: int, f: int, together: int, needs: list[Need], task: Task, early: int
    ) -> bool:
        """MS Project's "Leveling can create splits in remaining work": work the task in the
        stretches its resources have room for, pausing between them (Task.splits), when that
        finishes it earlier than waiting for one stretch long enough. Stretches shorter than
        an hour (or the rest of the work) are not used."""
        net = self.net
        duration = net.dur[v]
        if (
            # Both the plan's option and the task's Leveling Can Split field must allow it
            # (Microsoft's "Leveling Can Split task field": "For the Leveling Can Split setting
            # to take effect on selected tasks, be sure that the project settings enable
            # resource leveling to split tasks").
            not (self.splits and task.leveling_can_split)
            or task.splits
            or task.duration_elapsed
            or net.spec[v] is not None
            or task.id in net.contoured
            or duration <= 0
        ):
            return False
        rates: list[float] = []  # each need's units over the whole task
        for need in needs:
            relative = need.relative
            if relative is None or len(relative) != 1 or relative[0][:2] != (0, duration):
                return False
            rates.append(relative[0][2])
        rooms = [
            (need.profile, need.cap - rate + UNITS_TOLERANCE) for need, rate in zip(needs, rates)
        ]
        t = s >> 1
        left = duration
        stretches: list[tuple[int, int]] = []
        limit = (together >> 1) + duration  # finishing together: no later than this
        while left > 0 and t < limit:
            # Earliest minute from t where every resource has room.
            for _ in range(_MAX_JUMPS):
                moved = False
                for profile, room in rooms:
                    q = profile.first_block(t, t + 1, room)
                    if q is not None:
                        t, moved = q, True
                if not moved:
                    break
            run = left
            for profile, room in rooms:
                x = profile.first_blocked_at(t, t + left, room)
                if x is not None:
                    run = min(run, x - t)
            if run < min(left, _MIN_STRETCH):
                t += max(run, 1)
                continue
            if stretches and stretches[-1][1] == t:
                stretches[-1] = (stretches[-1][0], t + run)
            else:
                stretches.append((t, t + run))
            left -= run
            t += run
        if left > 0 or len(stretches) < 2 or stretches[-1][1] >= limit:
            return False
        start = stretches[0][0]
        bound = self.bound[v]
        if (start * 2 + 1) > bound or stretches[-1][1] > (bound >> 1) + duration:
            return False
        gaps, worked = [], 0
        for (a, b), (c, _d) in zip(stretches, stretches[1:]):
            worked += b - a
            gaps.append((worked, c - b))
        if start * 2 + 1 > net.ES[v]:
            start_leaf_at(net, v, start * 2 + 1, f)
        net.EF[v] = stretches[-1][1] * 2
        cal = net.calendars[net.node_cal[v]]
        result = self._pass
        if net.ES[v] > early:
            result.delays[task.id] = cal.wall(net.ES[v]) - cal.wall(early)
        result.splits[task.id] = gaps
        for need, rate in zip(needs, rates):
            pieces = [(a, b, rate) for a, b in stretches]
            result.booked.setdefault(need.resource_id, {}).setdefault(task.id, []).extend(pieces)
            for a, b, r in pieces:
                need.profile.add(a, b, r)
        return True

    def _why_bound(self, task: Task) -> str:
        """Why a task could not be delayed as far as its resources needed."""
        ctype = task.constraint_type
        if ctype in (ConstraintType.SNLT, ConstraintType.FNLT):
            return f"cannot move past its {ConstraintType(ctype).value} constraint"
        if self.within_slack:
            return "has no slack left to be delayed within"
        if task.deadline is not None:
            return "cannot move without missing its deadline"
        return "cannot move without breaking a link to a task with fixed dates"

    def _book(self, v: int, needs: list[Need], task: Task) -> bool:
        """Add the task's work at its early dates; whether that over-allocates."""
        over = False
        result = self._pass
        for need in needs:
            pieces, off = self._pieces(v, need, task)
            if off > 0:
                over = True
                cal = self.net.calendars[self.net.node_cal[v]]
                result.off.setdefault(need.resource_id, {})[task.id] = (
                    cal.wall(self.net.ES[v]),
                    cal.wall(self.net.EF[v]),
                )
            result.booked.setdefault(need.resource_id, {}).setdefault(task.id, []).extend(pieces)
            for a, b, r in pieces:
                if need.profile.peak(a, b) + r > need.cap + UNITS_TOLERANCE:
                    over = True
                need.profile.add(a, b, r)
        return over
