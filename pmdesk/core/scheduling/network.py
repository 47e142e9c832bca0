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

from collections.abc import Callable
from datetime import datetime

from pmdesk.core.entities import Calendar, ConstraintType, LagKind, Link, LinkType, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import WorkingCalendar, standard_calendar, to_minutes
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.progress import FixedSpec, ProgressSpec, ElapsedSpec, fmt_moment
from pmdesk.core.scheduling.wbs import WbsTree, build_wbs

NEG = -(1 << 62)  # "no lower bound" key
POS = 1 << 62  # "no upper bound" key
LEAF, ENTRY, EXIT = 0, 1, 2
# Edge codes: bit 0 = the predecessor's field (0 start, 1 finish), bit 1 = the successor's.
LINK_CODE = {LinkType.SS: 0, LinkType.FS: 1, LinkType.SF: 2, LinkType.FF: 3}
SS_EDGE, FF_EDGE = 0, 3
# Task fields whose change alters only the task's own parameters, not the network's shape.
PARAMETER_FIELDS = frozenset(
    {
        "name", "notes", "duration", "duration_elapsed", "milestone", "manual", "manual_start",
        "manual_finish", "constraint_type", "constraint_date", "deadline", "priority",
        "percent_complete", "actual_start", "actual_finish", "fixed_cost", "color",
    }
)  # fmt: skip

Conv = Callable[[int], int]


def _forward_conv(cu: WorkingCalendar, cv: WorkingCalendar, lag: int, elapsed: bool) -> Conv:
    """Map a predecessor key (calendar cu) to a successor bound (calendar cv), lag included."""

    def conv(c: int) -> int:
        if c <= NEG or c >= POS:
            return c
        t = cu.wall(c)
        if elapsed:
            return cv.key_up(t + lag)
        k = cv.key_up(t)
        if lag:
            k = ((k >> 1) + lag) * 2 + (lag < 0)
        return k

    return conv


def _backward_conv(cu: WorkingCalendar, cv: WorkingCalendar, lag: int, elapsed: bool) -> Conv:
    """Map a successor key (calendar cv) back to a predecessor bound (calendar cu)."""

    def conv(c: int) -> int:
        if c <= NEG or c >= POS:
            return c
        if elapsed:
            return cu.key_down(cv.wall(c) - lag)
        if lag:
            c = ((c >> 1) - lag) * 2 + (lag > 0)
        return cu.key_down(cv.wall(c))

    return conv


class Network:
    """The compiled plan. ``refresh_task`` re-reads one task's parameters in place."""

    def __init__(self, data: PlanData) -> None:
        self.data = data
        tasks = data.tasks
        self.tree: WbsTree = build_wbs(tasks)
        self._compile_calendars()
        self._build_nodes()
        self._build_edges()
        self.order = self._topological_order()
        n = len(self.kind)
        self.dur = [0] * n
        self.spec: list = [None] * n
        self.alap = [False] * n
        self.c_s = [NEG] * n  # start lower bound (SNET), key
        self.c_f = [NEG] * n  # finish lower bound (FNET), key
        self.c_ls = [POS] * n  # start upper bound (SNLT, MSO), key
        self.c_lf = [POS] * n  # finish upper bound (FNLT, MFO, deadline), key
        for tid in self.tree.order:
            self.refresh_task(tid)
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
        self.calendars.append(
            WorkingCalendar.compile(default, exceptions, data.calendars, origin=origin)
        )
        self.calendar_index[None] = 0
        if default_id is not None:
            self.calendar_index[default_id] = 0
        for task in data.tasks.values():
            cid = task.calendar_id
            if cid in self.calendar_index:
                continue
            calendar = data.calendars.get(cid)
            if calendar is None:
                raise SchedulingError(f"The task {task.name!r} uses a calendar that does not exist.")
            self.calendar_index[cid] = len(self.calendars)
            self.calendars.append(
                WorkingCalendar.compile(calendar, exceptions, data.calendars, origin=origin)
            )

    @property
    def default_calendar(self) -> WorkingCalendar:
        return self.calendars[0]

    def calendar_of(self, task: Task) -> WorkingCalendar:
        return self.calendars[self.calendar_index[task.calendar_id]]

    # -- nodes and edges ---------------------------------------------------------------
    def _build_nodes(self) -> None:
        self.kind: list[int] = []
        self.node_task: list[int] = []
        self.node_cal: list[int] = []
        self.node_in: dict[int, int] = {}  # task id -> node where its incoming bounds land
        self.node_out: dict[int, int] = {}  # task id -> node its outgoing links read
        self.leaves: list[int] = []
        tasks = self.data.tasks
        for tid in self.tree.order:
            cal = self.calendar_index[tasks[tid].calendar_id]
            if self.tree.is_summary(tid):
                self.node_in[tid] = self._add_node(ENTRY, tid, cal)
                self.node_out[tid] = self._add_node(EXIT, tid, cal)
            else:
                v = self._add_node(LEAF, tid, cal)
                self.node_in[tid] = self.node_out[tid] = v
                self.leaves.append(v)

    def _add_node(self, kind: int, tid: int, cal: int) -> int:
        self.kind.append(kind)
        self.node_task.append(tid)
        self.node_cal.append(cal)
        return len(self.kind) - 1

    def _build_edges(self) -> None:
        n = len(self.kind)
        self.inn: list[list[tuple]] = [[] for _ in range(n)]  # (u, code, lag, conv) / exit: (u, conv)
        self.out: list[list[tuple]] = [[] for _ in range(n)]  # (x, code, lag, conv)
        self.adj: list[list[int]] = [[] for _ in range(n)]
        self.pct_links: dict[int, list[Link]] = {}  # predecessor task -> its percent-lag links
        tasks = self.data.tasks
        for tid in self.tree.order:
            parent = tasks[tid].parent_id
            if parent is None:
                continue
            entry, exit_ = self.node_in[parent], self.node_out[parent]
            first, last = self.node_in[tid], self.node_out[tid]
            self._edge(entry, first, SS_EDGE, 0, None, None)
            self._edge(entry, first, FF_EDGE, 0, None, None, link=False)
            # A child rolls up into its summary's exit (min start / max finish going forward)
            # and inherits the bounds of the summary's outgoing links going backward.
            conv = None
            if self.node_cal[last] != self.node_cal[exit_]:
                conv = _forward_conv(self._cal(last), self._cal(exit_), 0, False)
            self.inn[exit_].append((last, conv))
            self.adj[last].append(exit_)
            back = None
            if conv is not None:
                back = _backward_conv(self._cal(last), self._cal(exit_), 0, False)
            self.out[last].append((exit_, SS_EDGE, 0, back))
            self.out[last].append((exit_, FF_EDGE, 0, back))
        for link in self.data.links.values():
            self.add_link(link)

    def _cal(self, v: int) -> WorkingCalendar:
        return self.calendars[self.node_cal[v]]

    def _edge(self, u, v, code, lag, fconv, bconv, link=True) -> None:
        self.inn[v].append((u, code, lag, fconv))
        self.out[u].append((v, code, lag, bconv))
        if link:
            self.adj[u].append(v)

    def add_link(self, link: Link) -> None:
        tasks = self.data.tasks
        pred, succ = tasks.get(link.predecessor_id), tasks.get(link.successor_id)
        if pred is None or succ is None:
            raise SchedulingError(f"The link {link.id} refers to a task that does not exist.")
        if pred.id == succ.id:
            raise SchedulingError(f"The task {pred.name!r} cannot be linked to itself.")
        for a, b in ((pred, succ), (succ, pred)):
            parent = b.parent_id
            while parent is not None:
                if parent == a.id:
                    raise SchedulingError(
                        f"The task {b.name!r} cannot be linked to its own summary task {a.name!r}."
                    )
                parent = tasks[parent].parent_id
        u, v = self.node_out[pred.id], self.node_in[succ.id]
        code = LINK_CODE[LinkType(link.type)]
        lag, elapsed = self._lag_minutes(link, pred)
        if link.lag_kind == LagKind.PERCENT:
            self.pct_links.setdefault(pred.id, []).append(link)
        fconv = bconv = None
        if elapsed or self.node_cal[u] != self.node_cal[v]:
            fconv = _forward_conv(self._cal(u), self._cal(v), lag, elapsed)
            bconv = _backward_conv(self._cal(u), self._cal(v), lag, elapsed)
        self._edge(u, v, code, lag, fconv, bconv)

    @staticmethod
    def _lag_minutes(link: Link, pred: Task) -> tuple[int, bool]:
        kind = LagKind(link.lag_kind)
        if kind == LagKind.PERCENT:
            # MS Project: a percent lag is that share of the predecessor's duration.
            return round(pred.duration * link.lag / 100), pred.duration_elapsed
        return round(link.lag), kind == LagKind.ELAPSED

    def _topological_order(self) -> list[int]:
        adj = self.adj
        indeg = [0] * len(adj)
        for succs in adj:
            for v in succs:
                indeg[v] += 1
        ready = [v for v, d in enumerate(indeg) if d == 0]
        order = []
        append = order.append
        while ready:
            u = ready.pop()
            append(u)
            for v in adj[u]:
                d = indeg[v] - 1
                indeg[v] = d
                if d == 0:
                    ready.append(v)
        if len(order) != len(adj):
            raise SchedulingError(self._cycle_message(indeg))
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
        return "These tasks depend on each other in a loop: " + " -> ".join(shown + [names[0]]) + "."

    # -- parameters --------------------------------------------------------------------
    def refresh_plan(self) -> None:
        plan = self.data.plan
        self.status_minutes = to_minutes(plan.status_date) if plan.status_date else None

    def refresh_task(self, tid: int) -> None:
        """(Re)read the scheduling parameters of one task into its node(s)."""
        task = self.data.tasks[tid]
        _check_task(task)
        if self.tree.is_summary(tid):
            self._refresh_summary(task)
            return
        v = self.node_in[tid]
        cal = self._cal(v)
        self.dur[v] = int(round(task.duration))
        self.alap[v] = task.constraint_type == ConstraintType.ALAP
        c_s, c_f, c_ls, c_lf = NEG, NEG, POS, POS
        spec = None
        ctype, cdate = ConstraintType(task.constraint_type), task.constraint_date
        if cdate is not None:
            t = to_minutes(cdate)
            if ctype == ConstraintType.SNET:
                c_s = cal.key_up(t)
            elif ctype == ConstraintType.FNET:
                c_f = cal.key_up(t)
            elif ctype == ConstraintType.SNLT:
                c_ls = cal.key_down(t)
            elif ctype == ConstraintType.FNLT:
                c_lf = cal.key_down(t)
            elif ctype == ConstraintType.MSO:
                c_ls = cal.key_down(t)
                spec = FixedSpec(task, cal, start=cal.key_up(t), reason="constraint")
            elif ctype == ConstraintType.MFO:
                c_lf = cal.key_down(t)
                spec = FixedSpec(task, cal, finish=cal.key_down(t), reason="constraint")
        if task.deadline is not None:
            c_lf = min(c_lf, cal.key_down(to_minutes(task.deadline)))
        if task.duration_elapsed and task.duration > 0:
            spec = ElapsedSpec(task, cal)
        if task.manual:
            start = cal.key_up(to_minutes(task.manual_start)) if task.manual_start else None
            finish = cal.key_down(to_minutes(task.manual_finish)) if task.manual_finish else None
            if start is not None or finish is not None:
                spec = FixedSpec(task, cal, start=start, finish=finish, reason="manual")
        if task.actual_start or task.actual_finish or task.percent_complete > 0:
            spec = ProgressSpec(task, cal, self)
        self.spec[v] = spec
        self.c_s[v], self.c_f[v], self.c_ls[v], self.c_lf[v] = c_s, c_f, c_ls, c_lf

    def _refresh_summary(self, task: Task) -> None:
        entry, exit_ = self.node_in[task.id], self.node_out[task.id]
        cal = self._cal(entry)
        ctype, cdate = ConstraintType(task.constraint_type), task.constraint_date
        c_s = c_f = NEG
        c_ls = c_lf = POS
        if cdate is not None:
            t = to_minutes(cdate)
            # A constraint on a summary bounds all its subtasks (inflexible ones as both bounds).
            if ctype in (ConstraintType.SNET, ConstraintType.MSO):
                c_s = cal.key_up(t)
            if ctype in (ConstraintType.FNET, ConstraintType.MFO):
                c_f = cal.key_up(t)
            if ctype in (ConstraintType.SNLT, ConstraintType.MSO):
                c_ls = cal.key_down(t)
            if ctype in (ConstraintType.FNLT, ConstraintType.MFO):
                c_lf = cal.key_down(t)
        if task.deadline is not None:
            c_lf = min(c_lf, cal.key_down(to_minutes(task.deadline)))
        self.c_s[entry], self.c_f[entry] = c_s, c_f
        self.c_ls[exit_], self.c_lf[exit_] = c_ls, c_lf

    def refresh_percent_links(self, tid: int) -> bool:
        """Recompute percent lags that depend on this task's duration; False if none."""
        links = self.pct_links.get(tid)
        if not links:
            return False
        u = self.node_out[tid]
        for link in links:
            v = self.node_in[link.successor_id]
            lag, elapsed = self._lag_minutes(link, self.data.tasks[tid])
            code = LINK_CODE[LinkType(link.type)]
            fconv = bconv = None
            if elapsed or self.node_cal[u] != self.node_cal[v]:
                fconv = _forward_conv(self._cal(u), self._cal(v), lag, elapsed)
                bconv = _backward_conv(self._cal(u), self._cal(v), lag, elapsed)
            # Percent-lag edges are rebuilt wholesale: find them by (node, code) order.
            self.inn[v] = [e for e in self.inn[v] if not (e[0] == u and e[1] == code)]
            self.out[u] = [e for e in self.out[u] if not (e[0] == v and e[1] == code)]
            self.inn[v].append((u, code, lag, fconv))
            self.out[u].append((v, code, lag, bconv))
        return True


def _check_task(task: Task) -> None:
    if task.duration < 0:
        raise SchedulingError(f"The task {task.name!r} has a negative duration.")
    if not 0 <= task.percent_complete <= 100:
        raise SchedulingError(f"The task {task.name!r} has a % complete outside 0-100.")
    pairs: list[tuple[str, datetime | None, datetime | None]] = [
        ("manual", task.manual_start, task.manual_finish),
        ("actual", task.actual_start, task.actual_finish),
    ]
    for label, start, finish in pairs:
        if start is not None and finish is not None and finish < start:
            raise SchedulingError(
                f"The task {task.name!r} has its {label} finish ({fmt_moment(finish)}) "
                f"before its {label} start ({fmt_moment(start)})."
            )
    if task.constraint_type not in (ConstraintType.ASAP, ConstraintType.ALAP):
        if task.constraint_date is None:
            raise SchedulingError(
                f"The task {task.name!r} has a {ConstraintType(task.constraint_type).value} "
                "constraint without a date."
            )
