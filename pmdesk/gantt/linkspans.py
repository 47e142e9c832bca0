"""The links of the Gantt chart by the rows they span, so that painting a few rows finds the
links crossing them by bisection instead of a scan of every link."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping

from pmdesk.core.entities import Link


class LinkSpans:
    """(low row, high row, link) for the links whose both ends are on visible rows.

    Kept as three parallel lists sorted by the low row rather than a tuple per link: they are
    rebuilt whenever the rows change (a sort, an outline level, an insert) and live until the
    next rebuild, and 9,000 tuples surviving each rebuild made Python's full garbage
    collection (~35 ms at 10,000 tasks) come about twice as often. The few spans near the
    painted rows become tuples when asked for.
    """

    def __init__(self, links: Iterable[Link], row_of: Mapping[int, int]) -> None:
        lows: list[int] = []
        highs: list[int] = []
        found: list[Link] = []
        for link in links:
            a = row_of.get(link.predecessor_id)
            b = row_of.get(link.successor_id)
            if a is None or b is None:
                continue
            if a <= b:
                lows.append(a)
                highs.append(b)
            else:
                lows.append(b)
                highs.append(a)
            found.append(link)
        # Stable, as a sort of (low, high, link) tuples by their low row was.
        order = sorted(range(len(lows)), key=lows.__getitem__)
        self._lows = [lows[n] for n in order]
        self._highs = [highs[n] for n in order]
        self._links = [found[n] for n in order]
        self._longest = max((h - lo for lo, h in zip(lows, highs, strict=True)), default=0)

    def __len__(self) -> int:
        return len(self._links)

    def near(self, first: int, last: int) -> list[tuple[int, int, Link]]:
        """The spans that may cross rows first..last: a bisect, not a scan of all links."""
        lo = bisect_left(self._lows, first - self._longest)
        hi = bisect_right(self._lows, last)
        return list(zip(self._lows[lo:hi], self._highs[lo:hi], self._links[lo:hi], strict=True))
