"""The critical path method over a compiled Network: forward pass and backward pass (the
scheduled dates that follow from them are placement.py).

All values are keys (``2 * working_minute + form``, see calendar.py) on each node's calendar.
Rules, as MS Project applies them:
- FS: successor start  >= predecessor finish + lag
- SS: successor start  >= predecessor start  + lag
- FF: successor finish >= predecessor finish + lag
- SF: successor finish >= predecessor start  + lag
A positive lag ends in finish form (so an FS successor starts at the next working minute); a
negative lag (a lead) keeps the form of the date it counts from (Tuesday 17:00 - 1 day is
Monday 17:00). A task with a duration starts in start form (08:00, not 17:00 the day before)
and finishes at start + duration in finish form (17:00, not 08:00 the next day). A milestone
keeps its bound exactly, so it sits at its predecessor's finish.

The form a bound carries into a finish (SF and FF links, ``form_in``): MS Project keeps a
start set by a finish (an FS link: Friday 17:00, shown as Monday 08:00) as that finish, so an
SF successor (lag <= 0) finishes at Friday 17:00, not Monday 08:00 (issue 14's example from
MS Project: C 5d -> A 3d, A -SF-> B 2d: B finishes Fri 2026-01-09 17:00); a start computed
back from a finish or from another start stays a start: in mspdirelations.xml (Project 2007)
an SF successor of a task started by an SS link finishes at Monday 08:00. An FF link from a
milestone reads the milestone as a finish (17:00 of the previous day when it sits at 08:00).
A summary's start is its first child's, in that child's form; an ALAP task placed at a late
start that a late finish set (an SF lead from it) keeps that start's form as well (MPXJ's
MicrosoftScheduler agrees; test_elapsed_edges has the case).

The passes write into the network's own ES/EF/LS/LF lists (its edges point at them); callers
copy what they keep. Both passes can start from a set of changed nodes and only revisit the
nodes a change reaches (``dirty``), which is what makes rescheduling after one edit cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from typing import TYPE_CHECKING, cast
from weakref import WeakKeyDictionary

from pmdesk.core.scheduling.calendar import WorkingCalendar
from pmdesk.core.scheduling.network import ENTRY, EXIT, LEAF, NEG, POS, Network

if TYPE_CHECKING:
    from pmdesk.core.scheduling.netedges import Kid

# The ``dirty`` of a full run, where it is never read (``v in dirty`` runs only with marks).
_NO_NODES: frozenset[int] = frozenset()


def forward(
    net: Network,
    start_keys: list[int],
    dirty: Set[int] | None = None,
    pinned: dict[int, tuple[int, int]] | None = None,
    order: list[int] | None = None,
    place: Callable[[int, int], object] | None = None,
) -> list[int]:
    """Early start/finish keys into net.ES/net.EF. ``net.overridden`` maps the fixed tasks
    whose link bounds were overridden to (node, start bound, finish bound).

    ``pinned`` maps nodes to (start, finish) keys they keep whatever their bounds: the ALAP
    tasks at their late dates, so that a second pass lets their successors follow them (the
    early dates a pinned node would have had go to ``net.pinned_early``).

    With ``dirty`` (nodes whose parameters changed), only nodes downstream of them whose
    inputs changed are recomputed; the other values are kept from the previous run. Returns
    the nodes whose early dates changed (in incremental mode; else an empty list).

    ``order`` (a full run only) walks the nodes in another topological order, and
    ``place(v, f)`` is called for each leaf once its early dates are known (``f``: its finish
    bound): resource leveling places tasks one by one that way (levelpass.py).
    """
    ES, EF = net.ES, net.EF
    kind, s_in, p_in, slow_in = net.kind, net.s_in, net.p_in, net.slow_in
    kids = cast("list[list[Kid]]", net.kids)  # read only for summary nodes, which have kids
    fs_in, form_in, sflag = net.fs_in, net.form_in, net.sflag
    before_start, finish_walls = net.before_start, net.finish_walls
    dur, spec, c_s, c_f, node_cal = net.dur, net.spec, net.c_s, net.c_f, net.node_cal
    adj = net.adj
    order = net.order if order is None else order
    delays = net.delay
    changed: list[int] = []
    if dirty is not None:
        if not dirty:
            return changed
        overridden = net.overridden
        position = net.position
        first = min(position[v] for v in dirty)
        marks = bytearray(len(kind))
        for v in dirty:
            marks[v] = 1
        order = order[first:]
    else:
        overridden = net.overridden = {}
        marks = None
        dirty = _NO_NODES
    for v in order:
        if marks is not None:
            if not marks[v]:
                continue
            old_s, old_f = ES[v], EF[v]
        k = kind[v]
        if k == EXIT:  # a summary: earliest child start, latest child finish
            lo, hi, flag = POS, NEG, 0
            for u, conv in kids[v]:
                a, b = ES[u], EF[u]
                if conv is not None:
                    a, b = conv(a), conv(b)
                    if a < lo:
                        lo, flag = a, 0
                elif a <= lo:  # (a later child costs one comparison, as before the flag)
                    if a < lo:
                        lo, flag = a, sflag[u]
                    elif sflag[u]:
                        flag = 1  # Friday 17:00 comes before Monday 08:00 on the wall clock
                if b > hi:
                    hi = b
            ES[v] = lo
            EF[v] = hi
            sflag[v] = flag  # a summary starts as its first child does (see form_in above)
        else:
            s = c_s[v]
            f = c_f[v]
            if k == LEAF:
                p = start_keys[node_cal[v]]
                # The project start bounds every task, except one with its own Start/Finish
                # No Earlier Than date: MS Project starts that task at its constraint date
                # even before the project start (issue 14, from a file Project 2007 wrote).
                # Links and leads alone never put a task there (Microsoft KB Q103971 and
                # KB 149814: a task's start is never earlier than the project start unless
                # a constraint sets it).
                if p > s and v not in before_start:
                    s = p
            pe = p_in[v]
            if pe >= 0:  # bounds of the links on the enclosing summaries
                a = ES[pe]
                if a > s:
                    s = a
                b = EF[pe]
                if b > f:
                    f = b
            plain = fs_in[v]
            if plain is not None:
                for u in plain:
                    c = EF[u]
                    if c > s:
                        s = c
            edges = s_in[v]
            if edges is not None:
                for src, u, lag in edges:
                    c = src[u]
                    if lag:
                        c = ((c >> 1) + lag) * 2 if lag > 0 else c + 2 * lag
                    if c > s:
                        s = c
            formed = form_in[v]
            if formed is not None:  # SF and FF links: the form of their source, see above
                for u, code, lag in formed:
                    if code == 3:
                        c = EF[u] & ~1
                    else:
                        c = ES[u]
                        if sflag[u]:
                            c &= ~1
                    if lag:
                        c = ((c >> 1) + lag) * 2 if lag > 0 else c + 2 * lag
                    if c > f:
                        f = c
            slow = slow_in[v]
            if slow is not None:
                finish_walls.pop(v, None)  # this pass's own, see Network._noter
                for u, code, conv in slow:
                    c = conv(EF[u] if code & 1 else ES[u])
                    if code & 2:
                        if c > f:
                            f = c
                    elif c > s:
                        s = c
            if k == ENTRY:  # a summary's bounds, handed to each child
                ES[v] = s
                EF[v] = f
            else:
                sp = spec[v]
                if overridden:
                    overridden.pop(v, None)
                if sp is not None:
                    a, b = sp.forward(s, f)
                    ES[v] = a
                    EF[v] = b
                    if s > a or f > b:
                        overridden[v] = (v, s, f)
                else:
                    d = dur[v]
                    if d == 0:
                        if f > s:
                            s = f
                        ES[v] = EF[v] = s
                    else:
                        sflag[v] = not s & 1  # the start bound is a finish (see above)
                        s |= 1
                        e = ((s >> 1) + d) * 2
                        if f > e:
                            e = f
                            s = ((f >> 1) - d) * 2 + 1
                            sflag[v] = 0
                        ES[v] = s
                        EF[v] = e
        if delays and v in delays and k == LEAF:
            _delay(net, v, delays[v], f)
        if place is not None and k == LEAF:
            place(v, f)
        if pinned is not None and v in pinned:
            net.pinned_early[v] = (ES[v], EF[v])  # its early dates, from its predecessors'
            ES[v], EF[v] = pinned[v]
            if spec[v] is None and dur[v]:  # a plain task at its late start (see backward)
                sflag[v] = net.lflag[v]
        if marks is not None and (old_s != ES[v] or old_f != EF[v] or v in dirty):
            changed.append(v)
            for x in adj[v]:
                marks[x] = 1
    return changed


def _delay(net: Network, v: int, minutes: int, f: int) -> None:
    """Start leaf v ``minutes`` of elapsed time after the early start its links and
    constraints give it: MS Project's Leveling Delay ("the amount of time that a task is to
    be delayed from its early start date as a result of leveling", an elapsed duration; see
    Microsoft's "Leveling Delay task field"). Its finish bound ``f`` still applies."""
    cal = net.calendars[net.node_cal[v]]
    start_leaf_at(net, v, cal.key_up(cal.wall(net.ES[v]) + minutes), f)


def start_leaf_at(net: Network, v: int, s: int, f: int) -> None:
    """Move leaf v's early dates to start at key ``s`` (later than its early start), under
    its finish bound ``f``, by the rule the forward pass places it with."""
    if s <= net.ES[v]:
        return
    sp = net.spec[v]
    if sp is not None:
        net.ES[v], net.EF[v] = sp.forward(s, f)
        return
    d = net.dur[v]
    net.sflag[v] = 0  # a fresh start, not one set by a predecessor's finish
    if d == 0:
        net.ES[v] = net.EF[v] = s if s > f else f
        return
    s |= 1
    e = ((s >> 1) + d) * 2
    net.ES[v], net.EF[v] = s, (e if e > f else f)


def backward(net: Network, finish_keys: list[int], dirty: Set[int] | None = None) -> None:
    """Late start/finish keys into net.LS/net.LF under the project finish and upper bounds.

    With ``dirty``, only nodes upstream of them whose inputs changed are recomputed.

    A leveled task's predecessors must let it start by its late start *less its Leveling
    Delay*, since the delay counts from the early start they give it (cpm._delay): Microsoft's
    "Late Start task field" and "Late Finish task field" pages, How Calculated: "If there is
    a leveling delay on the successor task, this delay is also figured into the date". So
    while the pass runs, a delayed leaf's LS/LF hold those earlier dates (``net.late_shift``
    keeps them between runs, for an incremental pass) and its own late dates are put back
    at the end: its total slack is its own late dates less its early dates, which include
    its delay ("Early Start task field": the delay "is also figured into the early start").
    """
    LS, LF = net.LS, net.LF
    delays, shifted = net.delay, net.late_shift
    own: dict[int, tuple[int, int]] = {}
    for v, (a, b) in shifted.items():  # what the predecessors read while the pass runs
        own[v] = (LS[v], LF[v])
        LS[v], LF[v] = a, b
    kind, s_out, f_out, p_out, slow_out = (
        net.kind, net.s_out, net.f_out, net.p_out, net.slow_out
    )  # fmt: skip
    kids = cast("list[list[Kid]]", net.kids)  # read only for summary nodes, which have kids
    fs_out = net.fs_out
    dur, spec, c_ls, c_lf, node_cal = net.dur, net.spec, net.c_ls, net.c_lf, net.node_cal
    ES, EF = net.ES, net.EF
    lflag = net.lflag
    order = net.order
    if dirty is not None:
        if not dirty:
            return
        position = net.position
        last = max(position[v] for v in dirty)
        marks = bytearray(len(kind))
        for v in dirty:
            marks[v] = 1
        preds = net.predecessors()
        order = order[: last + 1]
    else:
        marks = None
        dirty = _NO_NODES
    for v in reversed(order):
        if marks is not None:
            if not marks[v]:
                continue
            old_s, old_f = LS[v], LF[v]
        k = kind[v]
        if k == ENTRY:  # a summary's late dates, as its children allow
            lo_s = lo_f = POS
            for u, conv in kids[v]:
                a, b = LS[u], LF[u]
                if conv is not None:
                    a, b = conv(a), conv(b)
                if a < lo_s:
                    lo_s = a
                if b < lo_f:
                    lo_f = b
            LS[v] = lo_s
            LF[v] = lo_f
        else:
            ls = c_ls[v]
            lf = c_lf[v]
            if k == LEAF:
                p = finish_keys[node_cal[v]]
                if p < lf:
                    lf = p
            pe = p_out[v]
            if pe >= 0:  # bounds of the links out of the enclosing summaries
                # A summary finishes with its last child, so a bound on its finish binds
                # every child; it starts with its first, so a bound on its start binds only
                # the children that start first.
                a = LS[pe]
                if a < ls and ES[v] == ES[pe]:
                    ls = a
                b = LF[pe]
                if b < lf:
                    lf = b
            plain = fs_out[v]
            if plain is not None:
                for x in plain:
                    c = LS[x]
                    if c < lf:
                        lf = c
            edges = s_out[v]
            if edges is not None:
                for dst, x, lag in edges:
                    c = dst[x]
                    if lag:
                        c = ((c >> 1) - lag) * 2 + 1 if lag > 0 else c - 2 * lag
                    if c < ls:
                        ls = c
            edges = f_out[v]
            if edges is not None:
                for dst, x, lag in edges:
                    c = dst[x]
                    if lag:
                        c = ((c >> 1) - lag) * 2 + 1 if lag > 0 else c - 2 * lag
                    if c < lf:
                        lf = c
            slow = slow_out[v]
            if slow is not None:
                for x, code, conv in slow:
                    c = conv(LF[x] if code & 2 else LS[x])
                    if code & 1:
                        if c < lf:
                            lf = c
                    elif c < ls and (kind[x] != EXIT or starts_first(net, v, x, ES[v], ES[x])):
                        ls = c
            if k == EXIT:
                LS[v] = ls
                LF[v] = lf
            else:
                sp = spec[v]
                if sp is not None:
                    LS[v], LF[v] = sp.backward(ls, lf, ES[v], EF[v])
                else:
                    d = dur[v]
                    if d == 0:
                        if ls < lf:
                            lf = ls
                        LS[v] = LF[v] = lf
                    else:
                        # The late finish keeps its form here (Monday 08:00 and Friday 17:00
                        # are the same working instant, but not for an elapsed lag after it);
                        # it is shown in finish form.
                        a = ((lf >> 1) - d) * 2 + 1
                        if ls < a:
                            # a late start set by a finish (a lead from it, an SF link's),
                            # kept for an ALAP task placed there as forward()'s sflag is
                            lflag[v] = not ls & 1
                            a = ls | 1
                            b = ((ls >> 1) + d) * 2 + 1  # see late_dates()
                            if b < lf:
                                lf = b
                        else:
                            lflag[v] = 0
                        LS[v] = a
                        LF[v] = lf
            if delays and v in delays:
                own[v] = (LS[v], LF[v])
                LS[v], LF[v] = shifted[v] = _before_delay(net, v, delays[v])
            elif shifted and v in shifted:
                del shifted[v], own[v]
        if marks is not None and (old_s != LS[v] or old_f != LF[v] or v in dirty):
            for u in preds[v]:
                marks[u] = 1
    for v, (a, b) in own.items():
        LS[v], LF[v] = a, b


_KID_CONVS: WeakKeyDictionary[Network, dict[int, Callable[[int], int]]] = WeakKeyDictionary()


def starts_first(net: Network, v: int, x: int, start: int, summary_start: int) -> bool:
    """Whether node v, a subtask of summary exit x on another calendar than x's (its edge to
    x is a converted one), starts first under it: x's start bound binds only such subtasks,
    as ``ES[v] == ES[pe]`` does on one calendar (see backward). ``start`` is v's start key,
    ``summary_start`` x's. (A converted start edge into an exit node is always such a
    subtask's: links into a summary end on its entry node.)"""
    convs = _KID_CONVS.get(net)
    if convs is None:  # each node is the subtask of one summary at most
        convs = {u: conv for kids in net.kids if kids for u, conv in kids if conv is not None}
        _KID_CONVS[net] = convs
    return convs[v](start) == summary_start


def _before_delay(net: Network, v: int, minutes: int) -> tuple[int, int]:
    """Leaf v's late dates less its leveling delay: the latest its early dates, before the
    delay, may be (the bounds its predecessors must meet)."""
    plain = net.spec[v] is None
    cal = net.calendars[net.node_cal[v]]
    return before_delay(cal, net.LS[v], net.LF[v], minutes, net.dur[v] if plain else None)


def before_delay(
    cal: WorkingCalendar, start: int, finish: int, minutes: int, duration: int | None
) -> tuple[int, int]:
    """The (start, finish) keys a task delayed by ``minutes`` of elapsed time had before the
    delay. The delay counts from the start (cpm._delay), and a task with a plain duration
    (``duration`` working minutes; None for an elapsed or fixed one, whose dates both move by
    the elapsed delay) ends that long after it: so does its finish before the delay, which a
    finish bound (FF, SF link) on it must meet; its late finish less the delay would not be
    that, across a weekend (the property tests found it)."""
    if not NEG < start < POS:
        return start, finish
    a = cal.key_down(cal.wall(start) - minutes)
    if duration is None:
        return a, cal.key_down(cal.wall(finish) - minutes) if NEG < finish < POS else finish
    if not duration:
        return a, a  # a milestone keeps its bound exactly (cpm.forward)
    if not a & 1:
        # That instant is in non-working time: a task with work starts at the next working
        # minute (cpm.forward: a finish bound becomes a start), and its delay counts from
        # there, so only a start a working minute earlier still fits.
        a -= 1
    return a, ((a >> 1) + duration) * 2
