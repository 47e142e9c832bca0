"""Which leveling pass to keep: the passes the leveling order asks for (ID Only; the Standard
rules, latest finish, latest start, least slack, earliest start, and seeded samples of the
first; Priority first, then those), a forward-backward improvement of the best (justify.py)
where the plan is simple enough, and the pass that finishes first."""

from __future__ import annotations

import random
from collections.abc import Callable

from pmdesk.core.entities import Assignment, ConstraintType, ResourceType, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import DAY, WorkingCalendar, to_minutes
from pmdesk.core.scheduling.cpm import forward
from pmdesk.core.scheduling.justify import Loads, improve
from pmdesk.core.scheduling.keys import NEG, POS
from pmdesk.core.scheduling.levelneeds import PassResult
from pmdesk.core.scheduling.leveloptions import LevelingOptions
from pmdesk.core.scheduling.levelorder import activity_order, late_starts
from pmdesk.core.scheduling.levelpass import DO_NOT_LEVEL, LevelPass
from pmdesk.core.scheduling.network import Network
from pmdesk.core.scheduling.progress import FixedSpec, ProgressSpec
from pmdesk.core.translation import translate

_FAR_DAYS = 366 * 10  # "no project finish" for the hard bounds: ten years after it
# Passes of "Standard" order tried at most, scaled down for big plans (leaves x passes).
_PASS_BUDGET = 4_000
_SAMPLES = 24  # seeded sampling passes at most, on plans small enough for them

Rule = Callable[[int], tuple[float, ...]]
# durations, predecessors, loads and topological index per leaf (see _simple_model)
SimpleModel = tuple[dict[int, int], dict[int, list[int]], Loads, dict[int, int]]


def why_fixed(task: Task, spec: object) -> str | None:
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


def best_pass(
    net: Network,
    work: PlanData,
    options: LevelingOptions,
    old_delay: dict[int, int],
    current: dict[int, int],
) -> tuple[PassResult, list[int]]:
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
    fixed_reason: list[str | None] = [None] * len(node_task)
    for v in leaves:
        fixed_reason[v] = why_fixed(tasks[node_task[v]], net.spec[v])
    needs: dict[int, list[tuple[int, Assignment]]] = {}
    resources: dict[int, tuple[float, WorkingCalendar]] = {}
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
    if options.level_from is not None and options.level_to is not None:
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
    rules = _rules(net, work, options, ES, LS, LF)
    count = max(1, min(len(rules), _PASS_BUDGET // max(1, len(leaves))))
    found_all: list[tuple[tuple[int, int], PassResult]] = []
    for index, rule in enumerate(rules[:count]):
        found = level.run(activity_order(net, rule))
        # a later rule only when it finishes earlier
        found_all.append(((found.finish, index), found))
    best = min(found_all, key=lambda f: f[0])
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
            again = level.run(activity_order(net, _by_start(better, topo)))
            score = (again.finish, len(rules) + index)
            if score < best[0]:
                best = (score, again)
    return best[1], early_before


def _simple_model(
    net: Network,
    level: LevelPass,
    options: LevelingOptions,
    old_delay: dict[int, int],
    fixed_reason: list[str | None],
) -> SimpleModel | None:
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
    loads: Loads = {}
    node_in = net.node_in
    for tid, items in needs.items():
        relatives = [n.relative for n in items if n.relative is not None]
        if len(relatives) != len(items):
            return None
        loads[node_in[tid]] = [(n.resource_id, r, n.cap) for n, r in zip(items, relatives)]
    duration = {v: net.dur[v] for v in leaves}
    preds = {v: list(net.fs_in[v] or ()) for v in leaves}
    topo = {v: i for i, v in enumerate(net.order)}
    return duration, preds, loads, topo


def _rules(
    net: Network,
    work: PlanData,
    options: LevelingOptions,
    ES: list[int],
    LS: list[int],
    LF: list[int],
) -> list[Rule]:
    """The priority rules of the leveling order, each a sort key of a leaf (smallest first)."""
    tasks, node_task, leaves = work.tasks, net.node_task, net.leaves
    outline = {tid: i for i, tid in enumerate(net.tree.order)}

    def pos(v: int) -> int:
        return outline[node_task[v]]

    def prio(v: int) -> int:
        return -tasks[node_task[v]].priority

    standard: list[Rule] = [
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
    sampled: list[Rule] = []
    for seed in range(_SAMPLES):
        rng = random.Random(1000 + seed)
        nudge = {v: rng.random() * span * 0.15 for v in leaves}
        sampled.append(_nudged(LF, nudge, pos))
    if options.order == "id":
        return [lambda v: (pos(v),)]
    if options.order == "priority":
        return [_prioritized(prio, r) for r in standard + sampled]
    return standard + sampled


def _nudged(LF: list[int], nudge: dict[int, float], pos: Callable[[int], int]) -> Rule:
    def rule(v: int) -> tuple[float, ...]:
        return ((LF[v] >> 1) + nudge[v], pos(v))

    return rule


def _prioritized(prio: Callable[[int], int], rule: Rule) -> Rule:
    def first(v: int) -> tuple[float, ...]:
        return (prio(v), *rule(v))

    return first


def _by_start(start: dict[int, int], topo: dict[int, int]) -> Rule:
    def rule(v: int) -> tuple[float, ...]:
        return (start[v], topo[v])

    return rule
