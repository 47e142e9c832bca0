"""A resource's load as a step function over its working minutes.

Time here is the resource's own working-minute index (calendar.py's W): a stretch of work on
the resource's calendar is one interval however many nights and weekends it spans, so a plan
of 13,000 assignments makes at most 26,000 steps. The level of a step is the resource's
allocated units there (1.0 == 100 %): MS Project's "Peak" units are the highest level, and a
resource is over-allocated wherever the level exceeds its maximum units — to the minute, so
50 % and 100 % on the same morning is 150 % even when the day as a whole is not full.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

# Units are compared with a little tolerance: 0.1 + 0.2 is not 0.3 in floating point.
UNITS_TOLERANCE = 1e-6
_FAR = 1 << 62


class LoadProfile:
    """Breakpoints ``times`` (sorted) and the ``levels`` from each to the next."""

    __slots__ = ("times", "levels")

    def __init__(self) -> None:
        self.times: list[int] = [-_FAR, _FAR]
        self.levels: list[float] = [0.0, 0.0]

    def _cut(self, t: int) -> int:
        """Index of a breakpoint at ``t`` (inserted when missing)."""
        times = self.times
        i = bisect_left(times, t)
        if times[i] != t:
            times.insert(i, t)
            self.levels.insert(i, self.levels[i - 1])
        return i

    def add(self, a: int, b: int, rate: float) -> None:
        """Add ``rate`` units over working minutes [a, b)."""
        if b <= a or not rate:
            return
        i = self._cut(a)
        j = self._cut(b)
        levels = self.levels
        for k in range(i, j):
            levels[k] += rate

    def peak(self, a: int | None = None, b: int | None = None) -> float:
        """The highest level over [a, b) (the whole profile without bounds)."""
        if a is None or b is None:
            return max(self.levels)
        if b <= a:
            return 0.0
        times, levels = self.times, self.levels
        i = bisect_right(times, a) - 1
        top = 0.0
        while times[i] < b:
            if levels[i] > top:
                top = levels[i]
            i += 1
        return top

    def first_block(self, a: int, b: int, room: float) -> int | None:
        """Where the first blocked run inside [a, b) ends — a run of steps whose level
        exceeds ``room`` — so a stretch starting there may fit; None when every step fits."""
        times, levels = self.times, self.levels
        i = bisect_right(times, a) - 1
        while times[i] < b:
            if levels[i] > room:
                # skip to the end of the whole blocked run
                while levels[i] > room:
                    i += 1
                return times[i]
            i += 1
        return None

    def first_blocked_at(self, a: int, b: int, room: float) -> int | None:
        """Where the first step inside [a, b) whose level exceeds ``room`` begins (``a``
        itself when it is blocked there); None when every step fits."""
        times, levels = self.times, self.levels
        i = bisect_right(times, a) - 1
        while times[i] < b:
            if levels[i] > room:
                return max(times[i], a)
            i += 1
        return None

    def over_runs(self, cap: float) -> list[tuple[int, int, float]]:
        """(from, to, level) of each step above ``cap``."""
        times, levels = self.times, self.levels
        limit = cap + UNITS_TOLERANCE
        return [
            (times[k], times[k + 1], levels[k]) for k in range(len(levels) - 1) if levels[k] > limit
        ]

    def steps(self) -> list[tuple[int, int, float]]:
        """(from, to, level) of every step with a load."""
        times, levels = self.times, self.levels
        return [
            (times[k], times[k + 1], levels[k])
            for k in range(len(levels) - 1)
            if levels[k] > UNITS_TOLERANCE
        ]
