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
    cu: WorkingCalendar, cv: WorkingCalendar, lag: int, elapsed: bool, wall: Conv | None = None
) -> Conv:
    """Map a predecessor key (calendar cu) to a successor bound (calendar cv), lag included.
    ``wall`` gives the predecessor's wall-clock minute of a key when it is not the key's
    own (an elapsed task ending in non-working time)."""
    wall = wall or cu.wall

    def conv(c: int) -> int:
        if c <= NEG or c >= POS:
            return c
        t = wall(c)
        if elapsed:
            # Open question (issue 14, item 6): an FF/SF bound that an elapsed lag puts in
            # non-working time (Friday 17:00 + 1ed = Saturday 17:00) rounds up to Monday
            # 08:00, the working instant the successor's finish then takes in its finish
            # form, Friday 17:00; MPXJ's MicrosoftScheduler instead adds the lag to the
            # start taken back from the bound, which gives Monday 17:00 here but, elsewhere,
            # finishes that break the link (mpxj_oracle.departures sets those links aside).
            # No file MS Project wrote with such a link has been found to settle it; the
            # rule stays the one Finish No Earlier Than dates follow (parameters.py).
            return cv.key_up(t + lag)
        k = cv.key_up(t)
        if lag:
            k = ((k >> 1) + lag) * 2 if lag > 0 else k + 2 * lag
        return k

    return conv


def backward_conv(
    cu: WorkingCalendar, cv: WorkingCalendar, lag: int, elapsed: bool, start_source: bool = False
) -> Conv:
    """Map a successor key (calendar cv) back to a predecessor bound (calendar cu).

    When the bound is on the predecessor's start, it must hold for the start as shown (in
    start form, e.g. 08:00 Monday rather than 17:00 Friday): wall time matters here.
    """

    def conv(c: int) -> int:
        if c <= NEG or c >= POS:
            return c
        if elapsed:
            k = cu.key_down(cv.wall(c) - lag)
        else:
            if lag:
                c = ((c >> 1) - lag) * 2 + 1 if lag > 0 else c - 2 * lag
            k = cu.key_down(cv.wall(c))
        if start_source and not k & 1 and cu.start_of(k >> 1) != cu.end_of(k >> 1):
            k -= 1  # the start form of the previous working minute
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
