"""The critical path method over a compiled Network: forward, backward and placement passes.

All values are keys (``2 * working_minute + form``, see calendar.py) on each node's calendar.
Rules, as MS Project applies them:
- FS: successor start  >= predecessor finish + lag
- SS: successor start  >= predecessor start  + lag
- FF: successor finish >= predecessor finish + lag
- SF: successor finish >= predecessor start  + lag
A positive lag ends in finish form (so an FS successor starts at the next working minute), a
negative lag (a lead) in start form. A task with a duration starts in start form (08:00, not
17:00 the day before) and finishes at start + duration in finish form (17:00, not 08:00 the
next day). A milestone keeps the bound exactly, so it sits at its predecessor's finish.
"""

from __future__ import annotations

from pmdesk.core.scheduling.network import ENTRY, EXIT, LEAF, NEG, POS, Network
from pmdesk.core.scheduling.progress import late_dates


def forward(net: Network, start_keys: list[int]) -> tuple[list[int], list[int], list[tuple]]:
    """Early start/finish keys of every node, and the fixed tasks whose bounds were overridden."""
    n = len(net.kind)
    ES = [NEG] * n
    EF = [NEG] * n
    kind, inn, dur, spec = net.kind, net.inn, net.dur, net.spec
    c_s, c_f, node_cal = net.c_s, net.c_f, net.node_cal
    overridden = []
    for v in net.order:
        k = kind[v]
        if k == EXIT:  # a summary: earliest child start, latest child finish
            lo, hi = POS, NEG
            for u, conv in inn[v]:
                a, b = ES[u], EF[u]
                if conv is not None:
                    a, b = conv(a), conv(b)
                if a < lo:
                    lo = a
                if b > hi:
                    hi = b
            ES[v] = lo
            EF[v] = hi
            continue
        s = c_s[v]
        if k == LEAF:
            p = start_keys[node_cal[v]]
            if p > s:
                s = p
        f = c_f[v]
        for u, code, lag, conv in inn[v]:
            c = EF[u] if code & 1 else ES[u]
            if conv is not None:
                c = conv(c)
            elif lag:
                c = ((c >> 1) + lag) * 2 + (lag < 0)
            if code & 2:
                if c > f:
                    f = c
            elif c > s:
                s = c
        if k == ENTRY:  # a summary's bounds, handed to each child
            ES[v] = s
            EF[v] = f
            continue
        sp = spec[v]
        if sp is not None:
            a, b = sp.forward(s, f)
            ES[v] = a
            EF[v] = b
            if s > a or f > b:
                overridden.append((v, s, f))
            continue
        d = dur[v]
        if d == 0:
            if f > s:
                s = f
            ES[v] = EF[v] = s
        else:
            s |= 1
            e = ((s >> 1) + d) * 2
            if f > e:
                e = f
                s = ((f >> 1) - d) * 2 + 1
            ES[v] = s
            EF[v] = e
    return ES, EF, overridden


def backward(
    net: Network, finish_keys: list[int], ES: list[int], EF: list[int]
) -> tuple[list[int], list[int]]:
    """Late start/finish keys of every node under the project finish and upper-bound constraints."""
    n = len(net.kind)
    LS = [POS] * n
    LF = [POS] * n
    kind, out, dur, spec = net.kind, net.out, net.dur, net.spec
    c_ls, c_lf, node_cal = net.c_ls, net.c_lf, net.node_cal
    for v in reversed(net.order):
        k = kind[v]
        ls = c_ls[v]
        lf = c_lf[v]
        if k == LEAF:
            p = finish_keys[node_cal[v]]
            if p < lf:
                lf = p
        for x, code, lag, conv in out[v]:
            c = LF[x] if code & 2 else LS[x]
            if conv is not None:
                c = conv(c)
            elif lag:
                c = ((c >> 1) - lag) * 2 + (lag > 0)
            if code & 1:
                if c < lf:
                    lf = c
            elif c < ls:
                ls = c
        if k != LEAF:
            LS[v] = ls
            LF[v] = lf
            continue
        sp = spec[v]
        if sp is not None:
            LS[v], LF[v] = sp.backward(ls, lf, ES[v], EF[v])
            continue
        d = dur[v]
        if d == 0:
            if ls < lf:
                lf = ls
            LS[v] = LF[v] = lf
            continue
        lf &= ~1
        a = ((lf >> 1) - d) * 2 + 1
        if ls < a:
            a = ls | 1
            lf = ((ls >> 1) + d) * 2
        LS[v] = a
        LF[v] = lf
    return LS, LF


def place(
    net: Network,
    finish_keys: list[int],
    ES: list[int],
    EF: list[int],
    movable: list[bool] | None,
) -> tuple[list[int], list[int], list[int], list[int]]:
    """Scheduled dates: fixed leaves stay at (ES, EF); movable leaves go as late as the
    scheduled dates of their successors allow (ALAP tasks; every task when scheduling from the
    finish). Also returns, per leaf, the start/finish bounds its successors impose alone,
    from which free float follows.
    """
    n = len(net.kind)
    SS = [POS] * n
    SF = [POS] * n
    BS = [POS] * n
    BF = [POS] * n
    kind, out, dur, spec = net.kind, net.out, net.dur, net.spec
    c_ls, c_lf, node_cal = net.c_ls, net.c_lf, net.node_cal
    for v in reversed(net.order):
        ls = lf = POS
        for x, code, lag, conv in out[v]:
            c = SF[x] if code & 2 else SS[x]
            if conv is not None:
                c = conv(c)
            elif lag:
                c = ((c >> 1) - lag) * 2 + (lag > 0)
            if code & 1:
                if c < lf:
                    lf = c
            elif c < ls:
                ls = c
        if kind[v] != LEAF:
            a, b = c_ls[v], c_lf[v]
            SS[v] = ls if ls < a else a
            SF[v] = lf if lf < b else b
            continue
        BS[v] = ls
        BF[v] = lf
        if movable is None or not movable[v]:
            SS[v] = ES[v]
            SF[v] = EF[v]
            continue
        if c_ls[v] < ls:
            ls = c_ls[v]
        if c_lf[v] < lf:
            lf = c_lf[v]
        p = finish_keys[node_cal[v]]
        if p < lf:
            lf = p
        sp = spec[v]
        if sp is not None:
            a, b = sp.backward(ls, lf, ES[v], EF[v])
        else:
            a, b = late_dates(ls, lf, dur[v])
        if a < ES[v]:  # never earlier than the early dates (a conflict shows as negative float)
            a, b = ES[v], EF[v]
        SS[v] = a
        SF[v] = b
    return SS, SF, BS, BF
