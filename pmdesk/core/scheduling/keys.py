"""Bounds as keys, and converting them between calendars and across elapsed lags.

A key is ``2 * working_minute + form`` on one calendar (see calendar.py); NEG and POS stand
for "no bound". Converting goes through wall time, rounding up for lower bounds (forward)
and down for upper bounds (backward).
"""

from __future__ import annotations

from collections.abc import Callable

from pmdesk.core.scheduling.calendar import WorkingCalendar

NEG = -(1 << 62)  # "no lower bound" key
POS = 1 << 62  # "no upper bound" key

Conv = Callable[[int], int]


def forward_conv(
    cu: WorkingCalendar, cv: WorkingCalendar, lag: int, elapsed: bool, wall: Conv | None = None,
    note: Callable[[int, int], None] | None = None, duration: Callable[[], int] | None = None,
) -> Conv:  # fmt: skip
    """Map a predecessor key (calendar cu) to a successor bound (calendar cv), lag included.
    ``wall`` gives the predecessor's wall-clock minute of a key when it is not the key's
    own (an elapsed task ending in non-working time); ``note(key, wall)`` is told the
    wall-clock instant an elapsed lag's bound stands for (an elapsed successor meets that
    instant, not the working time it rounds up to). ``duration``, given for the finish
    bound of an FF/SF link with an elapsed lag, is the successor's (see the note before
    lag_shift_conv)."""
    wall = wall or cu.wall

    def conv(c: int) -> int:
        if c <= NEG or c >= POS:
            return c
        t = wall(c)
        if elapsed:
            # The instant the lag ends, rounded up to working time: a link's bound never
            # falls before it on the wall clock (see lag_shift_conv for FF and SF links).
            k = cv.key_up(t + lag)
            if duration is not None and k & 1 and cv.start_of(k >> 1) != t + lag and duration():
                k -= 1  # in non-working time: the finish form (see above lag_shift_conv)
            if note is not None:
                note(k, t + lag)
            return k
        k = cv.key_up(t)
        if lag:
            k = ((k >> 1) + lag) * 2 if lag > 0 else k + 2 * lag
        return k

    return conv


def backward_conv(
    cu: WorkingCalendar, cv: WorkingCalendar, lag: int, elapsed: bool,
    start_source: Callable[[], bool] | None = None, duration: Callable[[], int] | None = None,
    early: Callable[[], int] | None = None,
) -> Conv:  # fmt: skip
    """Map a successor key (calendar cv) back to a predecessor bound (calendar cu).

    When the bound is on the predecessor's start, it must hold for the start as shown (in
    start form, e.g. 08:00 Monday rather than 17:00 Friday): wall time matters here.
    ``start_source()`` tells whether the bound is on such a start: not on a milestone's,
    which keeps its bound exactly (17:00 Monday stays 17:00, not 16:59). ``duration`` as
    for forward_conv, with ``early()``, the predecessor's early key the link counts from:
    see the note before lag_shift_conv.
    """

    def shown(k: int) -> int:
        if (
            start_source is not None and not k & 1 and start_source()
            and cu.start_of(k >> 1) != cu.end_of(k >> 1)
        ):  # fmt: skip
            return k - 1  # the start form of the previous working minute
        return k

    def conv(c: int) -> int:
        if c <= NEG or c >= POS:
            return c
        if not elapsed:
            if lag:
                c = ((c >> 1) - lag) * 2 + 1 if lag > 0 else c - 2 * lag
            return shown(cu.key_down(cv.wall(c)))
        t = cv.wall(c)
        k = shown(cu.key_down(t - lag))  # the lag taken back on the wall clock
        if early is not None and not c & 1 and duration and duration():
            # A finish in finish form is also the forward bound of every instant up to the
            # minute before the next working minute (Friday 17:00 for Saturday to Monday
            # 07:59): a predecessor whose early date the lag takes there meets the bound.
            following = cv.start_of(c >> 1)
            e = early()
            if following != t and k < e <= shown(cu.key_down(following - 1 - lag)):
                return e
        return k

    return conv


def retarget(
    source: WorkingCalendar, target: WorkingCalendar, down: bool, wall: Conv | None = None
) -> Conv:
    """Convert a key from one calendar to another (rounding down for upper bounds)."""
    wall = wall or source.wall

    def conv(c: int) -> int:
        if c <= NEG or c >= POS:
            return c
        t = wall(c)
        return target.key_down(t) if down else target.key_up(t)

    return conv


# -- FF and SF links with an elapsed lag ----------------------------------------------------
# Issue 14, item 6: Friday 17:00 + 1 ed is Saturday 17:00; rounded up to working time that is
# Monday 08:00, the same working instant as Friday 17:00, so a successor finishing "there"
# worked Thursday and Friday: a working day early. MPXJ's MicrosoftScheduler, written to
# reproduce Project and checked against files Project wrote (joniles/mpxj,
# src/main/java/org/mpxj/cpm/MicrosoftScheduler.java, calculateEarlyStartForFinishFinish
# and ...StartFinish), counts an FF/SF lag from the successor's start taken back from the
# predecessor's date: Friday 17:00 less 2 days is Thursday 08:00, + 24 hours is Friday 08:00,
# so a 2-day successor runs Friday to Monday 17:00. pmdesk takes that rule as a bound on the
# successor's start, beside (not instead of) the bound on its finish: taken alone it can end
# the successor before the predecessor's date plus the lag (Monday 12:00 less 1 day is Friday
# 12:00, + 24 hours lands on the weekend, the successor finishes Monday 17:00, before Tuesday
# 12:00), and Project keeps a link unless a constraint or an actual date overrides it.
#
# The finish bound itself, when the lag ends in non-working time, is the end of the working
# time before it (finish form: Friday 17:00 for Saturday 08:00), as a start bound there is the
# next working minute (start form: Monday 08:00). In working time the two are the same
# instant, but a successor with a duration that the bound holds would otherwise show its
# finish in start form: A starts Friday 2026-01-09 08:00, A -SF +1ed-> B 1d: the start rule
# gives Thursday 08:00 + 24 h = Friday 08:00, and B finished "Monday 08:00" where MPXJ's
# MicrosoftScheduler shows Friday 17:00 (its forward pass turns an FF/SF link into an early
# start and finishes the task at that start plus its duration, getDateFromStartAndDuration:
# always at the end of working time). A milestone keeps the rounded-up instant, Monday 08:00,
# where MPXJ puts it too (forward_conv's and backward_conv's ``duration``; the cases with
# their dates are in tests/unit/core/scheduling/test_elapsed_edges.py).
# Backward, the lag is still taken back on the wall clock (MPXJ's removeLag: an ALAP
# predecessor finishes a full day before its successor's late finish, not in the weekend
# before it), except that a predecessor whose early date already meets the successor's late
# finish that way (A at Friday 08:00, + 24 h is Saturday: Friday 17:00) keeps that early date
# as its late one: float 0, not the negative float of a late start at Thursday 16:59.


def lag_shift_conv(
    cu: WorkingCalendar, cv: WorkingCalendar, lag: int, duration: Callable[[], int],
    wall: Conv | None = None,
) -> Conv:  # fmt: skip
    """Forward: a predecessor key (calendar cu) to a bound on an FF/SF successor's start:
    the successor's working ``duration()`` taken back from the predecessor's date on the
    successor's calendar, then the elapsed lag added on the wall clock. A duration of None
    or 0 (an elapsed successor or a milestone) gives no bound: the finish bound decides."""
    wall = wall or cu.wall

    def conv(c: int) -> int:
        if c <= NEG or c >= POS:
            return c
        d = duration()
        if not d:
            return NEG
        w = cv.w_at(wall(c)) - d
        return cv.key_up(cv.start_of(w) + lag) | 1

    return conv


def lag_shift_back_conv(
    cu: WorkingCalendar, cv: WorkingCalendar, lag: int, duration: Callable[[], int],
    start_source: Callable[[], bool] | None = None,
) -> Conv:  # fmt: skip
    """Backward, the mirror of lag_shift_conv: a successor's late start key (calendar cv) to
    a bound on the predecessor's finish (FF) or start (SF)."""

    def conv(c: int) -> int:
        if c <= NEG or c >= POS:
            return c
        d = duration()
        if not d:
            return POS
        # The forward bound, start_of(W - d) + lag rounded up, stays at or before the
        # successor's late start exactly when start_of(W - d) <= wall(c) - lag: W - d is at
        # most the last working minute starting by then (the one before when that instant
        # is no start: a lunch break, 17:00, a weekend), and the predecessor's date at most
        # the instant working minute W starts. Rounding the instant down and taking the
        # minute's end instead gave a bound one minute early when the successor's late
        # start sits after lunch (a late start of 11:59 for a start of 13:00: float -1) and
        # one minute late in a lunch break.
        t = cv.key_down(cv.wall(c) - lag)
        w = (t >> 1 if t & 1 else (t >> 1) - 1) + d
        k = cu.key_down(cv.start_of(w))
        if (
            start_source is not None and not k & 1 and start_source()
            and cu.start_of(k >> 1) != cu.end_of(k >> 1)
        ):  # fmt: skip
            k -= 1  # the start form of the previous working minute (see backward_conv)
        return k

    return conv
