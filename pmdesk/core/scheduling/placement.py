"""Scheduled dates after the CPM passes: the early dates, except As Late As Possible tasks
(every movable task when scheduling from the finish), placed as late as their successors'
scheduled dates allow; and the bounds those dates put on each task (free float)."""

from __future__ import annotations

from pmdesk.core.scheduling.cpm import before_delay, starts_first
from pmdesk.core.scheduling.network import ENTRY, EXIT, LEAF, POS, Network
from pmdesk.core.scheduling.progress import late_dates


class Placement:
    """Scheduled dates: the early dates, except ALAP tasks (every movable task when scheduling
    from the finish), which go as late as the scheduled dates of their successors allow.

    Also gives, per leaf, the bounds its successors' scheduled dates impose (free float).
    Values of summary nodes are computed on demand and remembered.
    """

    def __init__(
        self,
        net: Network,
        finish_keys: list[int],
        ES: list[int],
        EF: list[int],
        movable: list[int],
        backward_mode: bool = False,
    ) -> None:
        self.net = net
        self.finish_keys = finish_keys
        self.SS = list(ES)
        self.SF = list(EF)
        self._memo: dict[int, tuple[int, int]] = {}
        self._starts: dict[int, int] = {}
        self.delay = dict(net.delay)  # leaf -> leveling delay, as of this run
        position = net.position
        for v in sorted(movable, key=lambda v: position[v], reverse=True):
            ls, lf = self.bounds(v)
            if net.c_ls[v] < ls:
                ls = net.c_ls[v]
            if net.c_lf[v] < lf:
                lf = net.c_lf[v]
            p = finish_keys[net.node_cal[v]]
            if p < lf:
                lf = p
            sp = net.spec[v]
            if sp is not None:
                a, b = sp.backward(ls, lf, ES[v], EF[v])
            else:
                a, b = late_dates(ls, lf, net.dur[v])
            if (a >> 1) != (b >> 1):
                b &= ~1  # a placed task ends in finish form (17:00, not 08:00 the next day)
            # An ALAP task never goes before its early dates (a conflict shows as negative
            # float); scheduling from the finish, the finish wins and lower bounds give way.
            if backward_mode or a >= ES[v]:
                self.SS[v] = a
                self.SF[v] = b
        self._starts.clear()  # summary starts seen while placing may have moved since

    def value(self, v: int) -> tuple[int, int]:
        """Scheduled (start, finish) keys of a node; for summary nodes, the bounds they pass."""
        net = self.net
        if net.kind[v] == LEAF:
            minutes = self.delay.get(v)
            if minutes:  # its predecessors must let it start its delay earlier (backward)
                cal = net.calendars[net.node_cal[v]]
                duration = net.dur[v] if net.spec[v] is None else None
                return before_delay(cal, self.SS[v], self.SF[v], minutes, duration)
            return self.SS[v], self.SF[v]
        found = self._memo.get(v)
        if found is not None:
            return found
        if net.kind[v] == ENTRY:
            lo_s = lo_f = POS
            for u, conv in net.kids[v] or ():
                a, b = self.value(u)
                if conv is not None:
                    a, b = conv(a), conv(b)
                lo_s, lo_f = min(lo_s, a), min(lo_f, b)
            found = (lo_s, lo_f)
        else:
            ls, lf = self.bounds(v)
            found = (min(ls, net.c_ls[v]), min(lf, net.c_lf[v]))
        self._memo[v] = found
        return found

    def value_start(self, v: int) -> int:
        """Scheduled start of a summary exit: its earliest child's."""
        found = self._starts.get(v)
        if found is None:
            found = POS
            for u, conv in self.net.kids[v] or ():
                a = self.SS[u] if self.net.kind[u] == LEAF else self.value_start(u)
                if conv is not None:
                    a = conv(a)
                found = min(found, a)
            self._starts[v] = found
        return found

    def bounds(self, v: int) -> tuple[int, int]:
        """(start, finish) upper bounds on node v from its successors' scheduled dates."""
        net = self.net
        LS = net.LS
        ls = lf = POS
        pe = net.p_out[v]
        if pe >= 0:  # a summary's start bound binds only the children that start first
            a, lf = self.value(pe)
            if self.SS[v] == self.value_start(pe):
                ls = a
        for x in net.fs_out[v] or ():
            lf = min(lf, self.value(x)[0])
        for dst, x, lag in net.s_out[v] or ():
            a, b = self.value(x)
            c = a if dst is LS else b
            if lag:
                c = ((c >> 1) - lag) * 2 + 1 if lag > 0 else c - 2 * lag
            ls = min(ls, c)
        for dst, x, lag in net.f_out[v] or ():
            a, b = self.value(x)
            c = a if dst is LS else b
            if lag:
                c = ((c >> 1) - lag) * 2 + 1 if lag > 0 else c - 2 * lag
            lf = min(lf, c)
        slow = net.slow_out[v]
        if slow is not None:
            for x, code, conv in slow:
                a, b = self.value(x)
                c = conv(b if code & 2 else a)
                if code & 1:
                    lf = min(lf, c)
                elif c < ls and (
                    net.kind[x] != EXIT or starts_first(
                        net, v, x, self.SS[v] if net.kind[v] == LEAF else self.value_start(v),
                        self.value_start(x),
                    )
                ):  # fmt: skip
                    ls = c
        return ls, lf
