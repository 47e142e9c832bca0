"""The CPM passes of cpm.py, run for many iterations at once: every node's early and late
keys are numpy rows (one column per iteration).

The network is the engine's own compiled Network (nodes, edges, calendars, constraint bounds,
specs); this module repeats, row-wise, the arithmetic cpm.forward and cpm.backward do on
single keys, line for line, so that an iteration whose durations are the planned ones gives
exactly the engine's dates (test_zero_spread_is_the_deterministic_schedule checks it on
varied plans: when the engine's rules change, that test says so). What the engine does with
a Python call per key (calendar conversions of edges between calendars, elapsed lags, and
the specs of fixed, started and elapsed tasks) is done here with the same call, once per
distinct value among the iterations.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeAlias, overload

import numpy as np

from pmdesk.core.entities import Task
from pmdesk.core.scheduling.cpm import starts_first
from pmdesk.core.scheduling.netview import (
    Spec,
)  # how the engine places a fixed, started or elapsed task
from pmdesk.core.scheduling.network import ENTRY, EXIT, LEAF, NEG, POS, Network

if TYPE_CHECKING:
    import numpy.typing as npt

# Keys (calendar.py's 2 * working minute + form) per iteration: one row, or one row per node.
Keys: TypeAlias = "npt.NDArray[np.int64]"
KeyRows: TypeAlias = "npt.NDArray[np.int64]"
Mask: TypeAlias = "npt.NDArray[np.bool_]"  # one flag per iteration
Lag: TypeAlias = "int | Keys"  # working minutes: one for all iterations, or one per iteration
# node -> (start keys, finish keys, where they apply): an ALAP task held at its late dates
Pins: TypeAlias = "dict[int, tuple[Keys, Keys, Mask]]"


class _TaskWithDuration:
    """A task as a spec reads it, with the duration of one iteration."""

    __slots__ = ("_task", "duration")

    def __init__(self, task: Task) -> None:
        self._task = task
        self.duration = task.duration

    def __getattr__(self, name: str) -> object:
        return getattr(self._task, name)


def _rebind(spec: Spec, task: Task, proxy: _TaskWithDuration) -> Spec:
    """A copy of a spec (and of the spec it wraps, if any) reading ``proxy`` as its task."""
    clone = copy.copy(spec)
    for name, value in list(vars(clone).items()):
        if value is task:
            setattr(clone, name, proxy)
        elif hasattr(value, "forward") and hasattr(value, "backward"):
            setattr(clone, name, _rebind(value, task, proxy))
    return clone


@overload
def map_unique(function: Callable[..., int], *columns: Keys) -> Keys: ...
@overload
def map_unique(function: Callable[..., tuple[int, int]], *columns: Keys) -> tuple[Keys, Keys]: ...
def map_unique(
    function: Callable[..., int] | Callable[..., tuple[int, int]], *columns: Keys
) -> Keys | tuple[Keys, ...]:
    """Apply a scalar ``function`` to each iteration's values, calling it once per distinct
    combination; returns one int64 array per output of the function."""
    if len(columns) == 1:  # the common case: 1-d unique sorts plain integers, not rows
        unique, inverse = np.unique(np.asarray(columns[0], dtype=np.int64), return_inverse=True)
        outputs = [function(value) for value in unique.tolist()]
    else:
        stacked = np.stack([np.asarray(c, dtype=np.int64) for c in columns], axis=1)
        unique, inverse = np.unique(stacked, axis=0, return_inverse=True)
        # tolist() hands Python ints over in one call (int() per numpy scalar cost more).
        outputs = [function(*row) for row in unique.tolist()]
    result = np.asarray(outputs, dtype=np.int64)
    inverse = inverse.reshape(-1)
    if result.ndim == 1:
        return result[inverse]
    return tuple(result[:, i][inverse] for i in range(result.shape[1]))


def _lagged(c: Keys, lag: int) -> Keys:
    """A lower bound ``lag`` working minutes after c (cpm.forward's rule)."""
    if lag > 0:
        return ((c >> 1) + lag) * 2
    return c + 2 * lag


def _lagged_back(c: Keys, lag: int) -> Keys:
    """An upper bound ``lag`` working minutes before c (cpm.backward's rule)."""
    if lag > 0:
        return ((c >> 1) - lag) * 2 + 1
    return c - 2 * lag


def _lagged_rows(c: Keys, lag: Lag) -> Keys:
    """_lagged with a lag per iteration (a percent lag of a varying predecessor)."""
    if not isinstance(lag, np.ndarray):
        return _lagged(c, lag) if lag else c
    return np.where(lag > 0, ((c >> 1) + lag) * 2, c + 2 * lag)


def _lagged_back_rows(c: Keys, lag: Lag) -> Keys:
    if not isinstance(lag, np.ndarray):
        return _lagged_back(c, lag) if lag else c
    return np.where(lag > 0, ((c >> 1) - lag) * 2 + 1, c - 2 * lag)


class VectorPasses:
    """Forward and backward passes over a compiled Network for ``count`` iterations.

    ``durations`` maps node -> int64 row of that node's duration per iteration, for the
    nodes whose duration varies; the others keep ``net.dur``.
    """

    # node -> the early keys a pinned node would have had (see forward)
    pinned_early: dict[int, tuple[Keys, Keys]]

    def __init__(self, net: Network) -> None:
        self.net = net
        self._specs: dict[int, tuple[Spec, _TaskWithDuration]] = {}
        # SF/FF links are compiled into ``form_in``; which starts were set by a finish
        # (``sflag``, per iteration here) decides the form they carry (cpm.forward). Sized
        # (nodes, iterations) by the first forward pass.
        self.sflag: Mask = np.zeros((0, 0), dtype=bool)
        # which late starts were set by a late finish (cpm.backward's lflag), per iteration
        self.lflag: Mask = np.zeros((0, 0), dtype=bool)
        # (predecessor node, successor node, link code, planned lag) -> lag per iteration
        self.lags: dict[tuple[int, int, int, int], Keys] = {}

    def set_durations(self, durations: dict[int, Keys]) -> None:
        """Percent lags follow their predecessor's duration of each iteration (MS Project: a
        percent lag is that share of the predecessor's duration; network.py compiles it from
        the planned one). Edges across calendars or after an elapsed task keep theirs."""
        from pmdesk.core.scheduling.network import LINK_CODE

        net = self.net
        self.lags = {}
        for p_id, links in getattr(net, "pct_links", {}).items():
            pred = net.data.tasks[p_id]
            u = net.node_out.get(p_id)
            if u is None:
                continue
            rows = durations.get(u)
            if rows is None or pred.duration_elapsed:
                continue
            for link in links:
                v = net.node_in.get(link.successor_id)
                if v is None or net.node_cal[u] != net.node_cal[v]:
                    continue
                code = LINK_CODE[link.type]
                planned = round(pred.duration * link.lag / 100)
                self.lags[(u, v, code, planned)] = np.rint(rows * link.lag / 100).astype(np.int64)

    def _spec(self, v: int) -> tuple[Spec, _TaskWithDuration]:
        found = self._specs.get(v)
        if found is None:
            spec = self.net.spec[v]
            assert spec is not None, "only nodes with a spec are asked for one"  # once per node
            task = spec.task
            proxy = _TaskWithDuration(task)
            found = self._specs[v] = (_rebind(spec, task, proxy), proxy)
        return found

    def forward(
        self,
        start_keys: list[int],
        durations: dict[int, Keys],
        count: int,
        pins: Pins | None = None,
        previous: tuple[KeyRows, KeyRows] | None = None,
    ) -> tuple[KeyRows, KeyRows]:
        """Early keys (ES, EF), one row per node. ``pins`` maps node -> (start, finish, mask):
        where mask is true the node keeps those keys whatever its bounds (ALAP tasks at their
        late dates, as scheduler._run_alap does); the keys it would have had go to
        ``self.pinned_early``. With ``previous`` (the first pass's ES, EF) the pass is
        incremental as the engine's second pass is: per iteration, a node is recomputed only
        when it is pinned or a node before it changed (specs keep state, so a task the engine
        does not revisit must not be revisited here either)."""
        net = self.net
        n = len(net.kind)
        ES = np.empty((n, count), dtype=np.int64)
        EF = np.empty((n, count), dtype=np.int64)
        if previous is not None:
            old_es, old_ef = previous
            preds = net.predecessors()
            changed = np.zeros((n, count), dtype=bool)
        mark: Mask | None = None
        if self.sflag.shape != (n, count):
            self.sflag = np.zeros((n, count), dtype=bool)
        self.pinned_early = {}
        pinned: Pins = pins if pins is not None else {}  # an incremental pass has pins
        kind = net.kind
        for v in net.order:
            k = kind[v]
            if previous is not None:
                dirty = pinned[v][2] if v in pinned else None
                mark = np.zeros(count, dtype=bool) if dirty is None else dirty.copy()
                for u in preds[v]:
                    mark |= changed[u]
                if not mark.any():
                    ES[v], EF[v] = old_es[v], old_ef[v]
                    continue
            self._node(v, k, start_keys, durations, count, ES, EF, mark, pins)
            if mark is not None:  # the incremental pass (mark is set when previous is)
                ES[v] = np.where(mark, ES[v], old_es[v])
                EF[v] = np.where(mark, EF[v], old_ef[v])
                moved = (ES[v] != old_es[v]) | (EF[v] != old_ef[v])
                if dirty is not None:
                    moved |= dirty
                changed[v] = mark & moved
        return ES, EF

    def _node(
        self,
        v: int,
        k: int,
        start_keys: list[int],
        durations: dict[int, Keys],
        count: int,
        ES: KeyRows,
        EF: KeyRows,
        mark: Mask | None,
        pins: Pins | None,
    ) -> None:
        """One node of the forward pass (cpm.forward's body); ``mark``: the iterations to
        compute (None: all)."""
        net = self.net
        sflag = self.sflag
        s_in, p_in, slow_in, kids = net.s_in, net.p_in, net.slow_in, net.kids
        before_start = getattr(net, "before_start", ())  # SNET/FNET dates before the start
        form_in = net.form_in
        fs_in, c_s, c_f, node_cal = net.fs_in, net.c_s, net.c_f, net.node_cal
        early_list = net.ES
        maximum, minimum = np.maximum, np.minimum
        if k == EXIT:  # a summary: earliest child start, latest child finish
            lo = np.full(count, POS, dtype=np.int64)
            hi = np.full(count, NEG, dtype=np.int64)
            flag = np.zeros(count, dtype=bool)  # the form of its first child's start
            for u, conv in kids[v] or ():  # a summary node has kids
                a, b = ES[u], EF[u]
                if conv is not None:
                    a, b = map_unique(conv, a), map_unique(conv, b)
                    flag = np.where(a < lo, False, flag)
                else:
                    flag = np.where(a < lo, sflag[u], flag | ((a == lo) & sflag[u]))
                minimum(lo, a, out=lo)
                maximum(hi, b, out=hi)
            ES[v] = lo
            EF[v] = hi
            sflag[v] = flag if mark is None else np.where(mark, flag, sflag[v])
            return
        s = np.full(count, c_s[v], dtype=np.int64)
        f = np.full(count, c_f[v], dtype=np.int64)
        if k == LEAF:
            p = start_keys[node_cal[v]]
            # Issue 14: a task with its own Start/Finish No Earlier Than date may start
            # before the project start (cpm.forward says why).
            if v not in before_start:
                maximum(s, p, out=s)
        pe = p_in[v]
        if pe >= 0:  # bounds of the links on the enclosing summaries
            maximum(s, ES[pe], out=s)
            maximum(f, EF[pe], out=f)
        edges = fs_in[v]
        if edges is not None:
            for u in edges:
                maximum(s, EF[u], out=s)
        lags = self.lags
        lag: Lag  # a plain lag, or the iteration's lags of a percent lag (set_durations)
        key_edges = s_in[v]
        if key_edges is not None:  # SS and FS links with a lag, on the start
            for src, u, lag in key_edges:
                c = ES[u] if src is early_list else EF[u]
                if lags:
                    lag = lags.get((u, v, src is not early_list, lag), lag)
                c = _lagged_rows(c, lag)
                maximum(s, c, out=s)
        form_edges = form_in[v]
        if form_edges is not None:  # SF and FF links: the form of their source (cpm.forward)
            for u, code, lag in form_edges:
                if code == 3:
                    c = EF[u] & ~1
                else:
                    c = np.where(sflag[u], ES[u] & ~1, ES[u])
                if lags:
                    lag = lags.get((u, v, code, lag), lag)
                c = _lagged_rows(c, lag)
                maximum(f, c, out=f)
        slow = slow_in[v]
        if slow is not None:
            for u, code, conv in slow:
                c = map_unique(conv, EF[u] if code & 1 else ES[u])
                maximum(f if code & 2 else s, c, out=f if code & 2 else s)
        if k == ENTRY:  # a summary's bounds, handed to each child
            ES[v] = s
            EF[v] = f
            return
        self._place(v, s, f, durations.get(v), ES, EF, count, mark)
        minutes = net.delay.get(v) if k == LEAF else None
        if minutes:
            self._delay(v, minutes, f, durations.get(v), ES, EF, mark)
        if pins is not None and v in pins:
            a, b, mask = pins[v]
            self.pinned_early[v] = (ES[v].copy(), EF[v].copy())
            ES[v] = np.where(mask, a, ES[v])
            EF[v] = np.where(mask, b, EF[v])
            if net.spec[v] is None:  # a plain task at its late start (cpm.forward)
                length = durations.get(v, net.dur[v])
                sflag[v] = np.where(mask & (length != 0), self.lflag[v], sflag[v])

    def _place(
        self,
        v: int,
        s: Keys,
        f: Keys,
        d: Keys | None,
        ES: KeyRows,
        EF: KeyRows,
        count: int,
        mark: Mask | None = None,
    ) -> None:
        """A task's early keys from its start and finish bounds (cpm.forward's leaf rules);
        a spec is called for the iterations in ``mark`` only (None: all)."""
        net = self.net
        sp: Spec | None = net.spec[v]
        if sp is not None:
            cols = slice(None) if mark is None else mark
            if mark is not None:
                ES[v], EF[v] = s, f  # placeholders where the pass keeps the earlier keys
            if d is None:
                ES[v, cols], EF[v, cols] = map_unique(sp.forward, s[cols], f[cols])
            else:
                clone, proxy = self._spec(v)

                def run(
                    a: int,
                    b: int,
                    minutes: int,
                    clone: Spec = clone,
                    proxy: _TaskWithDuration = proxy,
                ) -> tuple[int, int]:
                    proxy.duration = minutes
                    return clone.forward(a, b)

                ES[v, cols], EF[v, cols] = map_unique(run, s[cols], f[cols], d[cols])
            return
        length: Keys | int  # the iterations' durations, or the planned one for all
        if d is None:
            length = net.dur[v]
            if length == 0:
                s = np.maximum(s, f)
                ES[v] = s
                EF[v] = s
                return
        else:
            length = d
        bound = s  # before it is rounded to a start (a milestone keeps it exactly)
        s = s | 1
        e = ((s >> 1) + length) * 2
        later = f > e
        flag = bound & 1 == 0  # the start bound is a finish (see cpm.forward)
        if later.any():
            e = np.where(later, f, e)
            s = np.where(later, ((f >> 1) - length) * 2 + 1, s)
            flag = flag & ~later
        if isinstance(length, np.ndarray):
            zero = length == 0
            if zero.any():  # a sampled duration of zero follows the milestone rule
                point = np.maximum(bound, f)
                s = np.where(zero, point, s)
                e = np.where(zero, point, e)
                flag = np.where(zero, self.sflag[v], flag)  # a milestone leaves it as it was
        self.sflag[v] = flag if mark is None else np.where(mark, flag, self.sflag[v])
        ES[v] = s
        EF[v] = e

    def _delay(
        self,
        v: int,
        minutes: int,
        f: Keys,
        d: Keys | None,
        ES: KeyRows,
        EF: KeyRows,
        mark: Mask | None,
    ) -> None:
        """A leveled task keeps its Leveling Delay in every iteration: it starts that much
        elapsed time after the early start its bounds give it (cpm._delay and start_leaf_at,
        row-wise); its finish bound ``f`` still applies."""
        net = self.net
        cal = net.calendars[net.node_cal[v]]

        def delayed(c: int) -> int:
            return cal.key_up(cal.wall(c) + minutes)

        s = map_unique(delayed, ES[v])
        later = s > ES[v]
        if mark is not None:
            later &= mark
        if not later.any():
            return
        sp: Spec | None = net.spec[v]
        if sp is not None:
            if d is None:
                a, b = map_unique(sp.forward, s[later], f[later])
            else:
                clone, proxy = self._spec(v)

                def run(
                    x: int, y: int, m: int, clone: Spec = clone, proxy: _TaskWithDuration = proxy
                ) -> tuple[int, int]:
                    proxy.duration = m
                    return clone.forward(x, y)

                a, b = map_unique(run, s[later], f[later], d[later])
            ES[v, later], EF[v, later] = a, b
            return
        length: Keys | int = net.dur[v] if d is None else d
        self.sflag[v] = np.where(later, False, self.sflag[v])  # a fresh start
        start = s | 1
        finish = np.maximum(((start >> 1) + length) * 2, f)
        point = np.maximum(s, f)  # a milestone (or a sampled zero) keeps its bound
        zero = np.asarray(length) == 0
        ES[v] = np.where(later, np.where(zero, point, start), ES[v])
        EF[v] = np.where(later, np.where(zero, point, finish), EF[v])

    def _before_delay(
        self, v: int, minutes: int, LS: KeyRows, LF: KeyRows, durations: dict[int, Keys]
    ) -> None:
        """A leveled task's late dates less its delay, for its predecessors to read
        (cpm.backward and cpm.before_delay say why), with each iteration's duration."""
        net = self.net
        cal = net.calendars[net.node_cal[v]]

        def earlier(c: int) -> int:
            return cal.key_down(cal.wall(c) - minutes) if NEG < c < POS else c

        start = map_unique(earlier, LS[v])
        if net.spec[v] is not None:  # an elapsed or fixed task: both dates move
            LS[v], LF[v] = start, map_unique(earlier, LF[v])
            return
        d: Keys | int | None = durations.get(v)
        if d is None:
            d = net.dur[v]
        zero = np.asarray(d) == 0
        start = np.where(zero | (start & 1 == 1), start, start - 1)  # see cpm.before_delay
        finish = np.where(zero, start, ((start >> 1) + d) * 2)
        bounded = (LS[v] > NEG) & (LS[v] < POS)
        LS[v] = np.where(bounded, start, LS[v])
        LF[v] = np.where(bounded, finish, LF[v])

    def backward(
        self,
        finish_keys: list[Keys],
        ES: KeyRows,
        EF: KeyRows,
        durations: dict[int, Keys],
        count: int,
    ) -> tuple[KeyRows, KeyRows]:
        """Late keys (LS, LF), one row per node (cpm.backward's rules, row-wise)."""
        net = self.net
        n = len(net.kind)
        LS = np.empty((n, count), dtype=np.int64)
        LF = np.empty((n, count), dtype=np.int64)
        kind, delays = net.kind, net.delay
        if self.lflag.shape != (n, count):
            self.lflag = np.zeros((n, count), dtype=bool)
        own: dict[int, tuple[Keys, Keys]] = {}  # a leveled leaf -> its own late dates, put back
        for v in reversed(net.order):
            self._late(v, finish_keys, ES, EF, durations, count, LS, LF)
            if delays and kind[v] == LEAF and v in delays:
                own[v] = (LS[v].copy(), LF[v].copy())
                self._before_delay(v, delays[v], LS, LF, durations)
        for v, (a, b) in own.items():
            LS[v], LF[v] = a, b
        return LS, LF

    def _late(
        self,
        v: int,
        finish_keys: list[Keys],
        ES: KeyRows,
        EF: KeyRows,
        durations: dict[int, Keys],
        count: int,
        LS: KeyRows,
        LF: KeyRows,
    ) -> None:
        """One node of the backward pass (cpm.backward's body)."""
        net = self.net
        kind, s_out, f_out, p_out, slow_out, kids = (
            net.kind, net.s_out, net.f_out, net.p_out, net.slow_out, net.kids
        )  # fmt: skip
        fs_out, dur, spec, c_ls, c_lf, node_cal = (
            net.fs_out, net.dur, net.spec, net.c_ls, net.c_lf, net.node_cal
        )  # fmt: skip
        late_start_list = net.LS
        minimum = np.minimum
        k = kind[v]
        if k == ENTRY:  # a summary's late dates, as its children allow
            lo_s = np.full(count, POS, dtype=np.int64)
            lo_f = np.full(count, POS, dtype=np.int64)
            for u, conv in kids[v] or ():  # a summary node has kids
                a, b = LS[u], LF[u]
                if conv is not None:
                    a, b = map_unique(conv, a), map_unique(conv, b)
                minimum(lo_s, a, out=lo_s)
                minimum(lo_f, b, out=lo_f)
            LS[v] = lo_s
            LF[v] = lo_f
            return
        ls = np.full(count, c_ls[v], dtype=np.int64)
        lf = np.full(count, c_lf[v], dtype=np.int64)
        if k == LEAF:
            minimum(lf, finish_keys[node_cal[v]], out=lf)
        pe = p_out[v]
        if pe >= 0:
            # A summary's start bound binds only the children that start first.
            ls = np.where((LS[pe] < ls) & (ES[v] == ES[pe]), LS[pe], ls)
            minimum(lf, LF[pe], out=lf)
        edges = fs_out[v]
        if edges is not None:
            for x in edges:
                minimum(lf, LS[x], out=lf)
        lags = self.lags
        lag: Lag  # as in _node
        for key_edges, target, base in ((s_out[v], ls, 0), (f_out[v], lf, 1)):
            if key_edges is not None:
                for dst, x, lag in key_edges:
                    c = LS[x] if dst is late_start_list else LF[x]
                    if lags:
                        code = base + (0 if dst is late_start_list else 2)
                        lag = lags.get((v, x, code, lag), lag)
                    c = _lagged_back_rows(c, lag)
                    minimum(target, c, out=target)
        slow = slow_out[v]
        if slow is not None:
            for x, code, conv in slow:
                c = map_unique(conv, LF[x] if code & 2 else LS[x])
                if not code & 1 and kind[x] == EXIT:  # only the children that start first
                    first = map_unique(partial(starts_first, net, v, x), ES[v], ES[x])
                    c = np.where(first != 0, c, POS)
                target = lf if code & 1 else ls
                minimum(target, c, out=target)
        if k == EXIT:
            LS[v] = ls
            LF[v] = lf
            return
        sp: Spec | None = spec[v]
        d = durations.get(v)
        if sp is not None:
            if d is None:
                LS[v], LF[v] = map_unique(sp.backward, ls, lf, ES[v], EF[v])
            else:
                clone, proxy = self._spec(v)

                def run(
                    a: int,
                    b: int,
                    c: int,
                    e: int,
                    minutes: int,
                    clone: Spec = clone,
                    proxy: _TaskWithDuration = proxy,
                ) -> tuple[int, int]:
                    proxy.duration = minutes
                    return clone.backward(a, b, c, e)

                LS[v], LF[v] = map_unique(run, ls, lf, ES[v], EF[v], d)
            return
        length: Keys | int  # as in _place
        if d is None:
            length = dur[v]
            if length == 0:
                lf = minimum(ls, lf)
                LS[v] = lf
                LF[v] = lf
                return
        else:
            length = d
        a = ((lf >> 1) - length) * 2 + 1
        early = ls < a
        self.lflag[v] = early & (ls & 1 == 0)  # a late start set by a finish (cpm.backward)
        if early.any():
            b = ((ls >> 1) + length) * 2 + 1
            lf = np.where(early & (b < lf), b, lf)
            a = np.where(early, ls | 1, a)
        if isinstance(length, np.ndarray):
            zero = length == 0
            if zero.any():
                point = minimum(ls, lf)
                a = np.where(zero, point, a)
                lf = np.where(zero, point, lf)
        LS[v] = a
        LF[v] = lf
