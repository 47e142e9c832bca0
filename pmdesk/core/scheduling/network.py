"""A plan compiled into the integer network the CPM passes walk.

Every leaf task is one node. A summary task is two nodes: its *entry* collects the links into
the summary and hands their bounds to every child (MS Project: a link on a summary applies to
its subtasks), its *exit* rolls the children up (start = earliest child start, finish =
latest child finish) and is where links out of the summary start. Nodes carry keys on their
own calendar (see calendar.py: ``2 * working_minute + form``); edges between calendars, and
elapsed lags, carry a conversion function instead of a plain lag.

Compiling checks the plan and raises SchedulingError for cycles (naming the tasks), negative
durations, finish-before-start dates, unknown tasks and unknown calendars.
"""

from __future__ import annotations

from collections import Counter, deque
from itertools import chain
from operator import attrgetter

from pmdesk.core.entities import (
    Calendar,
    ConstraintType,
    LagKind,
    Link,
    LinkType,
    ScheduleFrom,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.assigned import assignments_to_schedule
from pmdesk.core.scheduling.calendar import (
    WorkingCalendar,
    compiled_calendar,
    standard_calendar,
    to_minutes,
)
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.keys import (
    NEG,
    POS,
    backward_conv,
    forward_conv,
    lag_shift_back_conv,
    lag_shift_conv,
    retarget,
)
from pmdesk.core.scheduling.options import calculation_options
from pmdesk.core.scheduling.parameters import (
    LOWER_BOUNDS,
    UPPER_BOUNDS,
    NetworkShapeChanged,
    read_task,
)
from pmdesk.core.scheduling.progress import elapsed_spec
from pmdesk.core.scheduling.summaryclock import start_shown, wall_clock_exits
from pmdesk.core.scheduling.taskcalendars import CalendarKey, compile_key, task_calendar_keys
from pmdesk.core.scheduling.wbs import WbsTree, build_wbs

LEAF, ENTRY, EXIT = 0, 1, 2
# Edge codes: bit 0 = the predecessor's field (0 start, 1 finish), bit 1 = the successor's.
# StrEnum members hash as their values, so plain "FS" strings find their code too.
LINK_CODE = {LinkType.SS: 0, LinkType.FS: 1, LinkType.SF: 2, LinkType.FF: 3}
_PREDECESSOR, _SUCCESSOR = attrgetter("predecessor_id"), attrgetter("successor_id")
SS_EDGE, FF_EDGE = 0, 3
# Task fields whose change alters only the task's own parameters, not the network's shape.
PARAMETER_FIELDS = frozenset(
    {
        "name", "notes", "duration", "duration_elapsed", "milestone", "manual", "manual_start",
        "manual_finish", "constraint_type", "constraint_date", "deadline", "priority",
        "percent_complete", "actual_start", "actual_finish", "fixed_cost", "color", "splits",
        # How a duration was typed and the custom fields: display only (issue 11).
        "duration_unit", "duration_estimated", "custom_fields",
        # three-point estimates: read by the risk simulation only
        "duration_optimistic", "duration_most_likely", "duration_pessimistic", "distribution",
        "leveling_delay",
    }
)  # fmt: skip


class Network:
    """The compiled plan. ``refresh_task`` re-reads one task's parameters in place.

    Edge lists, per node (see cpm.py for how the passes read them):
    - ``fs_in[v]`` / ``fs_out[u]``: plain FS links without lag on one calendar (most links),
      as bare node numbers. Every edge list is None when empty (most are).
    - forward: ``s_in[v]`` holds (source list, u, lag) bounding v's start (the source list
      is ES or EF); SF and FF links, bounding its finish, are in ``form_in[v]`` as
      (u, code, lag), as the form of their source matters; ``p_in[v]`` is the parent entry whose bounds v
      inherits (-1: none); ``slow_in[v]`` holds (u, code, conv) edges needing a conversion.
    - backward: ``s_out[v]`` / ``f_out[v]`` hold (target list, x, lag) bounding v's start /
      finish (the target list is LS or LF); ``p_out[v]`` is the parent exit; ``slow_out[v]``.
    - a summary exit aggregates ``kids[exit]`` going forward, an entry going backward.
    Summary nodes nobody reads (no links or bounds on them or their ancestors) are left out.
    """

    def __init__(self, data: PlanData) -> None:
        self.data = data
        self.tree: WbsTree = build_wbs(data.tasks)
        self._compile_calendars()
        self.pct_links: dict[int, list[Link]] = {}
        self.checked: set[int] = set()  # leaves with a constraint or deadline to report on
        self.before_start: set[int] = set()  # leaves whose SNET/FNET date is before the start
        self.checked_summaries: set[int] = set()  # summary task ids with an upper bound
        self._build_nodes()
        n = len(self.kind)
        self.ES = [NEG] * n
        self.EF = [NEG] * n
        self.LS = [POS] * n
        self.LF = [POS] * n
        self.overridden: dict[int, tuple[int, int, int]] = {}
        # node -> (key, wall-clock minute) of its elapsed-lag finish bound (see _noter)
        self.finish_walls: dict[int, tuple[int, int]] = {}
        self.dur = [0] * n
        self.spec: list = [None] * n
        self.alap = [False] * n
        self.alap_nodes: set[int] = set()  # leaves scheduled as late as possible
        self.delay: dict[int, int] = {}  # leaf -> leveling delay, elapsed minutes (cpm._delay)
        self.c_s = [NEG] * n  # start lower bound (SNET), key
        self.c_f = [NEG] * n  # finish lower bound (FNET), key
        self.c_ls = [POS] * n  # start upper bound (SNLT, MSO), key
        self.c_lf = [POS] * n  # finish upper bound (FNLT, MFO, deadline), key
        self._build_edges()
        self.order = self._topological_order()
        self._read_options()
        self.contoured = assignments_to_schedule(self.data)  # see assigned.py
        # task id -> its assignments' ids, built by taskmoney.py when first needed and kept for
        # the network's life: adding, removing or moving an assignment recompiles it.
        self.assignment_ids: dict[int, list[int]] | None = None
        self._read_tasks()
        self.refresh_plan()

    # -- calendars ---------------------------------------------------------------------
    def _compile_calendars(self) -> None:
        data = self.data
        origin = data.plan.start.toordinal()
        default_id = data.plan.default_calendar_id
        if default_id is not None and default_id not in data.calendars:
            raise SchedulingError("The plan's default calendar does not exist.")
        exceptions = list(data.calendar_exceptions.values())
        self.calendars: list[WorkingCalendar] = []
        self.calendar_index: dict[int | None, int] = {}
        default: Calendar = (
            data.calendars[default_id] if default_id is not None else standard_calendar()
        )
        self.calendars.append(compiled_calendar(default, exceptions, data.calendars, origin=origin))
        self.calendar_index[None] = 0
        if default_id is not None:
            self.calendar_index[default_id] = 0
        # task id -> calendar key, for tasks not on the plan's default calendar.
        self.task_calendar: dict[int, CalendarKey] = task_calendar_keys(data)

        def compile_id(cid: int) -> WorkingCalendar:
            return compiled_calendar(data.calendars[cid], exceptions, data.calendars, origin=origin)

        for tid, key in self.task_calendar.items():
            if key in self.calendar_index:
                continue
            if any(
                cid not in data.calendars for cid in (key if isinstance(key, tuple) else (key,))
            ):
                raise SchedulingError(
                    f"The task {data.tasks[tid].name!r} uses a calendar that does not exist."
                )
            self.calendar_index[key] = len(self.calendars)
            self.calendars.append(compile_key(key, compile_id, origin))

    def resource_calendar(self, resource_id: int) -> WorkingCalendar:
        """A resource's compiled calendar (the plan's default when it has none)."""
        resource = self.data.resources.get(resource_id)
        cid = resource.calendar_id if resource is not None else None
        found = self.calendar_index.get(cid)
        if found is None:
            calendar = self.data.calendars.get(cid)
            if calendar is None:
                return self.default_calendar
            found = self.calendar_index[cid] = len(self.calendars)
            self.calendars.append(compiled_calendar(
                calendar, list(self.data.calendar_exceptions.values()), self.data.calendars,
                origin=self.data.plan.start.toordinal(),
            ))  # fmt: skip
        return self.calendars[found]

    def cal_index_of(self, tid: int) -> int:
        """Index in ``calendars`` of the calendar a task is scheduled on."""
        return self.calendar_index[self.task_calendar.get(tid)]

    @property
    def default_calendar(self) -> WorkingCalendar:
        return self.calendars[0]

    def calendar_of(self, task: Task) -> WorkingCalendar:
        return self.calendars[self.cal_index_of(task.id)]

    # -- nodes and edges ---------------------------------------------------------------
    def _build_nodes(self) -> None:
        tasks = self.data.tasks
        tree = self.tree
        children = tree.children
        # Leaves first, in bulk and in outline order (conflicts are listed in node order).
        leaf_ids = [tid for tid in tree.order if tid not in children]
        count = len(leaf_ids)
        self.kind: list[int] = [LEAF] * count
        self.node_task: list[int] = leaf_ids
        if len(self.calendars) == 1:
            self.node_cal: list[int] = [0] * count
        else:
            self.node_cal = [self.cal_index_of(tid) for tid in leaf_ids]
        # task id -> node where its incoming bounds land / node its outgoing links read
        self.node_in: dict[int, int] = dict(zip(leaf_ids, range(count)))
        self.node_out: dict[int, int] = dict(self.node_in)
        self.leaves: list[int] = list(range(count))
        self.entry_needed: set[int] = set()  # summaries whose entry node is kept
        self.exit_needed: set[int] = set()
        if not children:
            return
        links = self.data.links.values()
        linked_out = set(map(_PREDECESSOR, links))  # loops in C
        linked_in = set(map(_SUCCESSOR, links))
        kind, node_task, node_cal = self.kind, self.node_task, self.node_cal
        for tid in tree.order:  # parents come before their children
            if tid not in children:
                continue
            task = tasks[tid]
            cal = self.cal_index_of(tid)
            parent = task.parent_id
            lower = task.constraint_date is not None and task.constraint_type in LOWER_BOUNDS
            upper = task.deadline is not None or (
                task.constraint_date is not None and task.constraint_type in UPPER_BOUNDS
            )
            if tid in linked_in or lower or parent in self.entry_needed:
                self.entry_needed.add(tid)
                self.node_in[tid] = len(kind)
                kind.append(ENTRY)
                node_task.append(tid)
                node_cal.append(cal)
            if tid in linked_out or upper or parent in self.exit_needed:
                self.exit_needed.add(tid)
                self.node_out[tid] = len(kind)
                kind.append(EXIT)
                node_task.append(tid)
                node_cal.append(cal)
        self.clock_exits = wall_clock_exits(self)

    def _cal(self, v: int) -> WorkingCalendar:
        return self.calendars[self.node_cal[v]]

    def _build_edges(self) -> None:
        n = len(self.kind)
        self.fs_in: list[list | None] = [None] * n
        self.fs_out: list[list | None] = [None] * n
        self.s_in: list[list | None] = [None] * n
        self.s_out: list[list | None] = [None] * n
        self.f_out: list[list | None] = [None] * n
        self.slow_in: list[list | None] = [None] * n
        self.slow_out: list[list | None] = [None] * n
        self.form_in: list[list | None] = [None] * n  # SF/FF links in: (u, code, lag)
        self.sflag = bytearray(n)  # 1: the node's start was set by a finish (an FS link)
        self.p_in = [-1] * n
        self.p_out = [-1] * n
        self.kids: list[list | None] = [None] * n  # summary node -> [(child node, conv)]
        self.adj: list[list[int]] = [[] for _ in range(n)]
        node_cal, node_in, node_out = self.node_cal, self.node_in, self.node_out
        adj, kids, p_in, p_out = self.adj, self.kids, self.p_in, self.p_out
        children = self.tree.children
        # A summary node needs its children's nodes of the same kind (see _build_nodes).
        for parent in sorted(self.entry_needed):
            # The summary's bounds pass to the child (a link on a summary applies to its
            # subtasks); the summary's late dates are its children's earliest.
            entry = node_in[parent]
            cal, out, found = node_cal[entry], adj[entry], []
            for tid in children[parent]:
                first = node_in[tid]
                if node_cal[first] == cal:
                    p_in[first] = entry
                    found.append((first, None))
                else:
                    self._slow(entry, first, SS_EDGE, 0, False)
                    self._slow(entry, first, FF_EDGE, 0, False)
                    found.append((first, self._kid_conv(entry, first, backward=True)))
                out.append(first)
            kids[entry] = found
        for parent in sorted(self.exit_needed):
            exit_ = node_out[parent]
            cal, found = node_cal[exit_], []
            for tid in children[parent]:
                last = node_out[tid]
                if node_cal[last] == cal:
                    p_out[last] = exit_
                    found.append((last, None))
                else:
                    self._slow(last, exit_, SS_EDGE, 0, False, forward=False)
                    self._slow(last, exit_, FF_EDGE, 0, False, forward=False)
                    found.append((last, self._kid_conv(exit_, last, backward=False)))
                adj[last].append(exit_)
            kids[exit_] = found
        self._add_links()

    def _kid_conv(self, summary_node: int, child: int, backward: bool):
        """The conversion of a child's keys to its summary's calendar (another calendar)."""
        source, target = self._cal(child), self._cal(summary_node)
        if backward:
            return retarget(source, target, down=True)
        return retarget(source, target, down=False, wall=self._wall_of(child))

    def _wall_of(self, u: int):
        """The wall-clock minute of node u's keys: an elapsed task's own (see ElapsedSpec)."""
        spec, cal = self.spec, self._cal(u)

        def wall(c: int) -> int:
            sp = elapsed_spec(spec[u])
            return sp.wall(c) if sp is not None else cal.wall(c)

        return wall

    def _slow(self, u, v, code, lag, elapsed, forward=True, backward=True) -> None:
        # FF/SF with an elapsed lag into a task: its duration shapes the bounds (keys.py)
        duration = (
            self._shift_duration(v) if elapsed and code & 2 and self.kind[v] == LEAF else None
        )
        if forward:
            if self.slow_in[v] is None:
                self.slow_in[v] = []
            # An elapsed predecessor may end in non-working time: count from there.
            note = self._noter(v) if duration else None
            conv = forward_conv(
                self._cal(u), self._cal(v), lag, elapsed, self._wall_of(u), note, duration
            )
            self.slow_in[v].append((u, code, conv))
        if backward:
            if self.slow_out[u] is None:
                self.slow_out[u] = []
            start = None if code & 1 else self._shown_start(u)
            early = None if duration is None else self._early_of(u, code)
            conv = backward_conv(self._cal(u), self._cal(v), lag, elapsed, start, duration, early)
            self.slow_out[u].append((v, code, conv))
        if duration:
            self._lag_shift(u, v, code, lag, forward, backward, duration)

    def _shown_start(self, u: int):
        """Whether node u's start is shown in start form (08:00 rather than 17:00 the day
        before): not a milestone's, which sits exactly at its bound (read at run time)."""
        kind, dur, kids, ES = self.kind, self.dur, self.kids, self.ES

        def shown() -> bool:
            return start_shown(u, kind, dur, kids, ES, LEAF)

        return shown

    def _noter(self, v: int):
        """Keep, for node v, the wall-clock instant of its highest elapsed-lag finish bound
        in this pass (cpm.forward clears it before v's bounds are read)."""
        finish_walls = self.finish_walls

        def note(key: int, wall: int) -> None:
            found = finish_walls.get(v)
            if found is None or found < (key, wall):
                finish_walls[v] = (key, wall)

        return note

    def _shift_duration(self, v: int):
        """Leaf v's working duration, 0 for an elapsed task (which meets a bound on the wall
        clock). Read at run time: an edit changes the duration in place."""
        dur, spec = self.dur, self.spec

        def duration() -> int:
            return 0 if elapsed_spec(spec[v]) is not None else dur[v]

        return duration

    def _early_of(self, u: int, code: int):
        """Node u's early key that a link of this code counts from (read at run time)."""
        ES, EF = self.ES, self.EF
        return (lambda: EF[u]) if code & 1 else (lambda: ES[u])

    def _lag_shift(self, u, v, code, lag, forward, backward, duration) -> None:
        """The second bound of an FF/SF link with an elapsed lag, on the successor's start
        (keys.lag_shift_conv)."""
        start_code = code & 1  # the predecessor's field; bit 1 clear: the successor's start
        cu, cv = self._cal(u), self._cal(v)
        if forward:
            conv = lag_shift_conv(cu, cv, lag, duration, self._wall_of(u))
            self.slow_in[v].append((u, start_code, conv))
        if backward:
            start = None if code & 1 else self._shown_start(u)
            conv = lag_shift_back_conv(cu, cv, lag, duration, start)
            self.slow_out[u].append((v, start_code, conv))

    def _add_links(self) -> None:
        """Turn every link into edges (the hot part of compiling: kept to plain loops)."""
        tasks = self.data.tasks
        children = self.tree.children
        node_in, node_out, node_cal = self.node_in, self.node_out, self.node_cal
        adj, s_in, s_out, f_out = self.adj, self.s_in, self.s_out, self.f_out
        fs_in, fs_out, form_in = self.fs_in, self.fs_out, self.form_in
        ES, EF, LS, LF = self.ES, self.EF, self.LS, self.LF
        codes = {str(key): code for key, code in LINK_CODE.items()}
        # Hashing an enum member runs Python code; its id() does not (150,000 links).
        codes_by_id = {id(key): code for key, code in LINK_CODE.items()}
        percent, elapsed_kind = str(LagKind.PERCENT), str(LagKind.ELAPSED)
        fs_member = LinkType.FS  # most links: an identity test finds their code
        for link in self.data.links.values():
            p_id, s_id = link.predecessor_id, link.successor_id
            u = node_out.get(p_id)
            v = node_in.get(s_id)
            if u is None or v is None or p_id == s_id or p_id in children or s_id in children:
                self._check_link(link)
            link_type = link.type
            code = 1 if link_type is fs_member else codes_by_id.get(id(link_type))
            if code is None:
                code = codes.get(link.type)
            if code is None:
                raise SchedulingError(f"The link {link.id} has an unknown type {link.type!r}.")
            kind = link.lag_kind
            lag = link.lag
            elapsed = False
            if kind == percent:
                pred = tasks[p_id]
                self.pct_links.setdefault(p_id, []).append(link)
                # MS Project: a percent lag is that share of the predecessor's duration.
                lag, elapsed = round(pred.duration * lag / 100), pred.duration_elapsed
            elif lag:
                lag = round(lag)
                elapsed = kind == elapsed_kind
            else:
                lag = 0
            adj[u].append(v)
            if elapsed or node_cal[u] != node_cal[v]:
                self._slow(u, v, code, lag, elapsed)
                continue
            if code == 1 and not lag:
                found = fs_in[v]
                if found is None:
                    fs_in[v] = [u]
                else:
                    found.append(u)
                found = fs_out[u]
                if found is None:
                    fs_out[u] = [v]
                else:
                    found.append(v)
                continue
            if code & 2:  # SF and FF: the form of the source matters (see cpm.py)
                found = form_in[v]
                if found is None:
                    form_in[v] = [(u, code, lag)]
                else:
                    found.append((u, code, lag))
            else:
                edge = (EF if code & 1 else ES, u, lag)
                found = s_in[v]
                if found is None:
                    s_in[v] = [edge]
                else:
                    found.append(edge)
            target = f_out if code & 1 else s_out
            edge = (LF if code & 2 else LS, v, lag)
            found = target[u]
            if found is None:
                target[u] = [edge]
            else:
                found.append(edge)

    def _check_link(self, link: Link) -> None:
        """Refuse a link to a missing task, to itself, or between a summary and its subtask."""
        tasks = self.data.tasks
        pred, succ = tasks.get(link.predecessor_id), tasks.get(link.successor_id)
        if pred is None or succ is None:
            raise SchedulingError(f"The link {link.id} refers to a task that does not exist.")
        if pred.id == succ.id:
            raise SchedulingError(f"The task {pred.name!r} cannot be linked to itself.")
        children = self.tree.children
        for a, b in ((pred, succ), (succ, pred)):
            if a.id not in children:
                continue
            parent = b.parent_id
            while parent is not None:
                if parent == a.id:
                    raise SchedulingError(
                        f"The task {b.name!r} cannot be linked to its own summary task {a.name!r}."
                    )
                parent = tasks[parent].parent_id

    def _topological_order(self) -> list[int]:
        adj = self.adj
        n = len(adj)
        counts = Counter(chain.from_iterable(adj))  # in-degrees, counted in C
        indeg = list(map(counts.__getitem__, range(n)))
        ready = [v for v, d in enumerate(indeg) if d == 0]
        order = []
        append = order.append
        pop = ready.pop
        push = ready.append
        while ready:
            u = pop()
            append(u)
            for v in adj[u]:
                d = indeg[v] - 1
                indeg[v] = d
                if d == 0:
                    push(v)
        if len(order) != len(adj):
            raise SchedulingError(self._cycle_message(indeg))
        position = self.position = [0] * n
        deque(map(position.__setitem__, order, range(n)), maxlen=0)  # inverse, in C
        return order

    def _cycle_message(self, indeg: list[int]) -> str:
        """Name the tasks on one cycle among the nodes a topological sort could not place."""
        preds: dict[int, list[int]] = {}
        for u, succs in enumerate(self.adj):
            if indeg[u] > 0:
                for v in succs:
                    if indeg[v] > 0:
                        preds.setdefault(v, []).append(u)
        # Every unplaced node has an unplaced predecessor: walking back must close a loop.
        v = next(i for i, d in enumerate(indeg) if d > 0)
        seen: dict[int, int] = {}
        path = []
        while v not in seen:
            seen[v] = len(path)
            path.append(v)
            v = preds[v][0]
        cycle = list(reversed(path[seen[v] :]))
        names: list[str] = []
        for node in cycle:
            name = repr(self.data.tasks[self.node_task[node]].name or f"#{self.node_task[node]}")
            if not names or names[-1] != name:
                names.append(name)
        if len(names) > 1 and names[0] == names[-1]:
            names.pop()
        shown = names if len(names) <= 12 else names[:12] + ["..."]
        loop = " -> ".join(shown + [names[0]])
        return f"These tasks depend on each other in a loop: {loop}."

    def predecessors(self) -> list[list[int]]:
        """Reverse adjacency (built once, on first use by an incremental backward pass)."""
        preds = getattr(self, "_preds", None)
        if preds is None:
            preds = [[] for _ in self.adj]
            for u, succs in enumerate(self.adj):
                for v in succs:
                    preds[v].append(u)
            self._preds = preds
        return preds

    # -- parameters --------------------------------------------------------------------
    def refresh_plan(self) -> None:
        plan = self.data.plan
        self.status_minutes = to_minutes(plan.status_date) if plan.status_date else None

    def _read_options(self) -> None:
        """The plan's calculation options (Plan.settings; a missing key means its default)."""
        plan = self.data.plan
        options = calculation_options(plan.settings)
        # Honoring applies when scheduling from the start; from the finish, the project
        # finish and the late dates already bound every task from above.
        self.honor_constraints = (
            options["honor_constraints"] and plan.schedule_from != ScheduleFrom.FINISH
        )
        self.options = options

    def _read_tasks(self) -> None:
        """Read every task's parameters; plain tasks (no constraint, progress...) in a tight
        loop, the others through refresh_task."""
        tasks = self.data.tasks
        node_in, dur = self.node_in, self.dur
        special = self.tree.children.keys() | self.contoured.keys()
        asap = ConstraintType.ASAP
        # (plain attribute reads: Python 3.11 specializes them; attrgetter measured slower)
        for tid, task in tasks.items():
            d = task.duration
            if (
                tid in special
                or d < 0
                or task.constraint_type != asap
                or task.deadline is not None
                or task.manual
                or task.duration_elapsed
                or task.percent_complete
                or task.actual_start is not None
                or task.actual_finish is not None
                or task.splits
                or task.leveling_delay
            ):
                self.refresh_task(tid)
            else:
                dur[node_in[tid]] = d if type(d) is int else int(round(d))

    def refresh_task(self, tid: int) -> None:
        """(Re)read the scheduling parameters of one task into its node(s)."""
        read_task(self, tid)

    def refresh_percent_links(self, tid: int) -> None:
        """Percent lags follow the predecessor's duration: a change of it reshapes edges."""
        if tid in self.pct_links:
            raise NetworkShapeChanged
