"""The edges of a compiled network: the links between tasks, and between a summary's nodes
and its children's, turned into the per-node edge lists the CPM passes read (see
Network's docstring for what each list holds). Links across calendars and elapsed lags get
a conversion function (keys.py) instead of a plain lag."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING

from pmdesk.core.entities import LagKind, Link, LinkType
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import WorkingCalendar
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.keys import (
    backward_conv,
    forward_conv,
    lag_shift_back_conv,
    lag_shift_conv,
    retarget,
)
from pmdesk.core.scheduling.progress import elapsed_spec
from pmdesk.core.scheduling.summaryclock import start_shown
from pmdesk.core.scheduling.wbs import WbsTree

if TYPE_CHECKING:
    from pmdesk.core.scheduling.netview import Spec

LEAF, ENTRY, EXIT = 0, 1, 2
# Edge codes: bit 0 = the predecessor's field (0 start, 1 finish), bit 1 = the successor's.
# StrEnum members hash as their values, so plain "FS" strings find their code too.
LINK_CODE = {LinkType.SS: 0, LinkType.FS: 1, LinkType.SF: 2, LinkType.FF: 3}
SS_EDGE, FF_EDGE = 0, 3
PREDECESSOR_ID, SUCCESSOR_ID = attrgetter("predecessor_id"), attrgetter("successor_id")

Conv = Callable[[int], int]
# (the ES/EF or LS/LF list the bound reads, the other node, the lag in working minutes)
KeyEdge = tuple[list[int], int, int]
SlowEdge = tuple[int, int, Conv]  # (the other node, link code, conversion)
FormEdge = tuple[int, int, int]  # (predecessor node, link code, lag): SF and FF links in
Kid = tuple[int, Conv | None]  # (child node, conversion to the summary's calendar or None)


class NetworkEdges:
    """Mixed into Network: builds its edge lists from its nodes, links and calendars."""

    data: PlanData
    tree: WbsTree
    kind: list[int]
    node_in: dict[int, int]
    node_out: dict[int, int]
    node_cal: list[int]
    entry_needed: set[int]
    exit_needed: set[int]
    pct_links: dict[int, list[Link]]
    ES: list[int]
    EF: list[int]
    LS: list[int]
    LF: list[int]
    dur: list[int]
    spec: list[Spec | None]
    finish_walls: dict[int, tuple[int, int]]
    fs_in: list[list[int] | None]
    fs_out: list[list[int] | None]
    s_in: list[list[KeyEdge] | None]
    s_out: list[list[KeyEdge] | None]
    f_out: list[list[KeyEdge] | None]
    slow_in: list[list[SlowEdge] | None]
    slow_out: list[list[SlowEdge] | None]
    form_in: list[list[FormEdge] | None]
    sflag: bytearray
    lflag: bytearray
    p_in: list[int]
    p_out: list[int]
    kids: list[list[Kid] | None]
    adj: list[list[int]]

    def _cal(self, v: int) -> WorkingCalendar:  # NetworkCalendars has it
        raise NotImplementedError

    def _build_edges(self) -> None:
        n = len(self.kind)
        self.fs_in = [None] * n
        self.fs_out = [None] * n
        self.s_in = [None] * n
        self.s_out = [None] * n
        self.f_out = [None] * n
        self.slow_in = [None] * n
        self.slow_out = [None] * n
        self.form_in = [None] * n  # SF/FF links in: (u, code, lag)
        self.sflag = bytearray(n)  # 1: the node's start was set by a finish (an FS link)
        self.lflag = bytearray(n)  # 1: the node's late start was set by a late finish
        self.p_in = [-1] * n
        self.p_out = [-1] * n
        self.kids = [None] * n  # summary node -> [(child node, conv)]
        self.adj = [[] for _ in range(n)]
        node_cal, node_in, node_out = self.node_cal, self.node_in, self.node_out
        adj, kids, p_in, p_out = self.adj, self.kids, self.p_in, self.p_out
        children = self.tree.children
        # A summary node needs its children's nodes of the same kind (see _build_nodes).
        for parent in sorted(self.entry_needed):
            # The summary's bounds pass to the child (a link on a summary applies to its
            # subtasks); the summary's late dates are its children's earliest.
            entry = node_in[parent]
            cal, out = node_cal[entry], adj[entry]
            found: list[Kid] = []
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
            cal = node_cal[exit_]
            found = []
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

    def _kid_conv(self, summary_node: int, child: int, backward: bool) -> Conv:
        """The conversion of a child's keys to its summary's calendar (another calendar)."""
        source, target = self._cal(child), self._cal(summary_node)
        if backward:
            return retarget(source, target, down=True)
        return retarget(source, target, down=False, wall=self._wall_of(child))

    def _wall_of(self, u: int, start: bool = False) -> Conv:
        """The wall-clock minute of node u's keys (``start``: of its start keys): an elapsed
        task's own (see ElapsedSpec)."""
        spec, cal = self.spec, self._cal(u)

        def wall(c: int) -> int:
            sp = elapsed_spec(spec[u])
            if sp is None:
                return cal.wall(c)
            return sp.start_wall(c) if start else sp.wall(c)

        return wall

    def _slow(
        self, u: int, v: int, code: int, lag: int, elapsed: bool,
        forward: bool = True, backward: bool = True,
    ) -> None:  # fmt: skip
        """Edges from u to v that convert keys (another calendar, an elapsed lag)."""
        # FF/SF with an elapsed lag into a task: its duration shapes the bounds (keys.py)
        duration = (
            self._shift_duration(v) if elapsed and code & 2 and self.kind[v] == LEAF else None
        )
        if forward:
            # An elapsed predecessor may end in non-working time: count from there.
            note = self._noter(v) if duration else None
            wall = self._wall_of(u, start=not code & 1)  # bit 0: from u's finish
            conv = forward_conv(self._cal(u), self._cal(v), lag, elapsed, wall, note, duration)
            _append(self.slow_in, v, (u, code, conv))
        if backward:
            start = None if code & 1 else self._shown_start(u)
            early = None if duration is None else self._early_of(u, code)
            conv = backward_conv(self._cal(u), self._cal(v), lag, elapsed, start, duration, early)
            _append(self.slow_out, u, (v, code, conv))
        if duration:
            self._lag_shift(u, v, code, lag, forward, backward, duration)

    def _shown_start(self, u: int) -> Callable[[], bool]:
        """Whether node u's start is shown in start form (08:00 rather than 17:00 the day
        before): not a milestone's, which sits exactly at its bound (read at run time)."""
        kind, dur, kids, ES = self.kind, self.dur, self.kids, self.ES

        def shown() -> bool:
            return start_shown(u, kind, dur, kids, ES, LEAF)

        return shown

    def _noter(self, v: int) -> Callable[[int, int], None]:
        """Keep, for node v, the wall-clock instant of its highest elapsed-lag finish bound
        in this pass (cpm.forward clears it before v's bounds are read)."""
        finish_walls = self.finish_walls

        def note(key: int, wall: int) -> None:
            found = finish_walls.get(v)
            if found is None or found < (key, wall):
                finish_walls[v] = (key, wall)

        return note

    def _shift_duration(self, v: int) -> Callable[[], int]:
        """Leaf v's working duration, 0 for an elapsed task (which meets a bound on the wall
        clock). Read at run time: an edit changes the duration in place."""
        dur, spec = self.dur, self.spec

        def duration() -> int:
            return 0 if elapsed_spec(spec[v]) is not None else dur[v]

        return duration

    def _early_of(self, u: int, code: int) -> Callable[[], int]:
        """Node u's early key that a link of this code counts from (read at run time)."""
        ES, EF = self.ES, self.EF
        return (lambda: EF[u]) if code & 1 else (lambda: ES[u])

    def _lag_shift(
        self, u: int, v: int, code: int, lag: int, forward: bool, backward: bool,
        duration: Callable[[], int],
    ) -> None:  # fmt: skip
        """The second bound of an FF/SF link with an elapsed lag, on the successor's start
        (keys.lag_shift_conv)."""
        start_code = code & 1  # the predecessor's field; bit 1 clear: the successor's start
        cu, cv = self._cal(u), self._cal(v)
        if forward:
            conv = lag_shift_conv(cu, cv, lag, duration, self._wall_of(u, start=not code & 1))
            _append(self.slow_in, v, (u, start_code, conv))
        if backward:
            start = None if code & 1 else self._shown_start(u)
            conv = lag_shift_back_conv(cu, cv, lag, duration, start)
            _append(self.slow_out, u, (v, start_code, conv))

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
                if u is None or v is None:  # _check_link raised already (for the type checker)
                    raise SchedulingError(
                        f"The link {link.id} refers to a task that does not exist."
                    )
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
                plain = fs_in[v]
                if plain is None:
                    fs_in[v] = [u]
                else:
                    plain.append(u)
                plain = fs_out[u]
                if plain is None:
                    fs_out[u] = [v]
                else:
                    plain.append(v)
                continue
            if code & 2:  # SF and FF: the form of the source matters (see cpm.py)
                formed = form_in[v]
                if formed is None:
                    form_in[v] = [(u, code, lag)]
                else:
                    formed.append((u, code, lag))
            else:
                edge = (EF if code & 1 else ES, u, lag)
                keyed = s_in[v]
                if keyed is None:
                    s_in[v] = [edge]
                else:
                    keyed.append(edge)
            target = f_out if code & 1 else s_out
            edge = (LF if code & 2 else LS, v, lag)
            keyed = target[u]
            if keyed is None:
                target[u] = [edge]
            else:
                keyed.append(edge)

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


def _append(edges: list[list[SlowEdge] | None], node: int, edge: SlowEdge) -> None:
    """Add an edge to a node's list (the lists are None while empty, as most are)."""
    found = edges[node]
    if found is None:
        edges[node] = [edge]
    else:
        found.append(edge)
