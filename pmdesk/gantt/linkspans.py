"""The links of the Gantt chart by the rows they span, so that painting a few rows finds the
links crossing them by bisection instead of a scan of every link."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping

from pmdesk.core.entities import Link


class LinkSpans:
    """(low row, high row, link) for the links whose both ends are on visible rows."""

    def __init__(self, links: Iterable[Link], row_of: Mapping[int, int]) -> None:
        spans = []
        for link in links:
            a = row_of.get(link.predecessor_id)
            b = row_of.get(link.successor_id)
            if a is None or b is None:
                continue
            spans.append((min(a, b), max(a, b), link))
        spans.sort(key=lambda span: span[0])
        self.spans = spans
        self._lows = [span[0] for span in spans]
        self._longest = max((high - low for low, high, _ in spans), default=0)

    def near(self, first: int, last: int) -> list[tuple[int, int, Link]]:
        """The spans that may cross rows first..last: a bisect, not a scan of all links."""
        lo = bisect_left(self._lows, first - self._longest)
        hi = bisect_right(self._lows, last)
        return self.spans[lo:hi]
