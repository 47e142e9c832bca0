"""Forward-backward improvement of a leveled schedule (Li and Willis, "An iterative scheduling
technique for resource-constrained project scheduling", EJOR 56, 1992; Valls, Ballestín and
Quintanilla, "Justification and RCPSP: a technique that pays", EJOR 165, 2005).

Given a leveled schedule, shift every task as late as it can go without moving the finish
(latest finish first), then as early as it can go again (earliest start first): gaps close and
the finish often comes earlier. It works on a simple model — one calendar, finish-to-start
links without lag, every task flexible — and only proposes an order: the engine's own pass
(levelpass.py) then places the tasks in that order, so what is kept always obeys the engine.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from pmdesk.core.scheduling.loadprofile import UNITS_TOLERANCE, LoadProfile

# (resource, [(from, to, units) after the task's start], capacity)
Load = tuple[int, list[tuple[int, int, float]], float]
Loads = dict[int, list[Load]]  # task -> its loads
_MAX_MOVES = 10_000


def _last_block(profile: LoadProfile, a: int, b: int, room: float) -> int | None:
    """The start of the blocked run (level above ``room``) holding the last blocked step
    within [a, b); None when nothing there is blocked."""
    times, levels = profile.times, profile.levels
    i = bisect_right(times, b - 1) - 1
    while i > 0 and times[i + 1] > a:
        if levels[i] > room:
            while i > 1 and levels[i - 1] > room:
                i -= 1
            return times[i]
        i -= 1
    return None


def _settle(profiles: dict[int, LoadProfile], loads: Iterable[Load], s: int, late: bool) -> int:
    """The earliest start >= s (or, ``late``, the latest start <= s) where every resource of
    the task has room for it."""
    for _ in range(_MAX_MOVES):
        moved = False
        for rid, pieces, cap in loads:
            profile = profiles.get(rid)
            if profile is None:
                continue
            for a, b, r in pieces:
                room = cap - r + UNITS_TOLERANCE
                if late:
                    x = _last_block(profile, s + a, s + b, room)
                    if x is not None:
                        s = min(s - 1, x - b)
                        moved = True
                        break
                else:
                    q = profile.first_block(s + a, s + b, room)
                    if q is not None:
                        s = max(s + 1, q - a)
                        moved = True
                        break
            if moved:
                break
        if not moved:
            return s
    return s


def _book(profiles: dict[int, LoadProfile], loads: Iterable[Load], s: int) -> None:
    for rid, pieces, _cap in loads:
        profile = profiles.get(rid)
        if profile is None:
            profile = profiles[rid] = LoadProfile()
        for a, b, r in pieces:
            profile.add(s + a, s + b, r)


def improve(
    start: dict[int, int],
    duration: dict[int, int],
    preds: dict[int, list[int]],
    loads: Loads,
    topo: dict[int, int],
    origin: int,
    rounds: int = 4,
) -> dict[int, int]:
    """Forward-backward passes from the schedule ``start`` (task -> start minute, ``topo``
    a topological index); returns the best schedule found (a finish no later than given)."""
    succs: dict[int, list[int]] = {t: [] for t in start}
    for t, ps in preds.items():
        for p in ps:
            succs[p].append(t)

    def finish_of(s: dict[int, int]) -> int:
        return max((s[t] + duration[t] for t in s), default=origin)

    best, best_finish = dict(start), finish_of(start)
    current = best
    for _round in range(rounds):
        end = finish_of(current)
        profiles: dict[int, LoadProfile] = {}
        late: dict[int, int] = {}
        for t in sorted(current, key=lambda t: (-(current[t] + duration[t]), -topo[t])):
            limit = min((late.get(x, end) for x in succs[t]), default=end)
            s = _settle(profiles, loads.get(t, ()), limit - duration[t], late=True)
            late[t] = s
            _book(profiles, loads.get(t, ()), s)
        profiles = {}
        early: dict[int, int] = {}
        for t in sorted(late, key=lambda t: (late[t], topo[t])):
            s = max([origin] + [early[p] + duration[p] for p in preds.get(t, ()) if p in early])
            s = _settle(profiles, loads.get(t, ()), s, late=False)
            early[t] = s
            _book(profiles, loads.get(t, ()), s)
        finish = finish_of(early)
        if finish < best_finish:
            best, best_finish = dict(early), finish
        elif finish >= finish_of(current):
            break
        current = early
    return best
