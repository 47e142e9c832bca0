"""Routes of link arrows between bars, as polylines in chart coordinates.

Pure geometry (no painting) so it can be tested and reused for printing. The routes follow
MS Project's habit: leave the predecessor at the end the link type names, keep vertical runs
in the gap just outside the bars, cross rows only in the space between two rows, and enter
the successor at the end the type names with the arrow pointing into it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pmdesk.core.entities import LinkType

GAP = 8.0  # how far a route stands off a bar end
# bars_between(y0, y1): (left, right, top, bottom) of the bars on the rows strictly between
BarsBetween = Callable[[float, float], Iterable[tuple[float, float, float, float]]]


@dataclass(frozen=True, slots=True)
class BarEnds:
    """Where a link may attach to a bar: its left and right x and its row's geometry."""

    left: float
    right: float
    top: float  # row top
    height: float  # row height

    @property
    def middle(self) -> float:
        return self.top + self.height / 2

    @property
    def bottom(self) -> float:
        return self.top + self.height


def route_candidates(
    kind: LinkType, pred: BarEnds, succ: BarEnds, bar_half: float = 6.0
) -> list[list[tuple[float, float]]]:
    """Routes for one link, the preferred first; the caller picks the first that crosses no
    bar of the rows in between (see ``crossings``)."""
    first = route_link(kind, pred, succ, bar_half)
    if kind is not LinkType.FS or len(first) != 3:
        return [first]
    # An FS drop at the successor's start crosses any bar in between that spans that x.
    # Alternative: drop right after the predecessor's end down to the successor's row
    # boundary, run along the boundary (no bars there) and enter the bar from above.
    down = succ.top >= pred.top
    x_out = pred.right
    x_drop = x_out + GAP / 2
    x_in = first[1][0]
    edge = succ.top if down else succ.bottom
    tip = first[-1][1]
    second = [
        (x_out, pred.middle),
        (x_drop, pred.middle),
        (x_drop, edge),
        (x_in, edge),
        (x_in, tip),
    ]
    return [first, second]


def channel_route(
    kind: LinkType,
    pred: BarEnds,
    succ: BarEnds,
    bar_half: float,
    bars_between: BarsBetween,
    reach: float = 160.0,
) -> list[tuple[float, float]] | None:
    """An FS route whose vertical run crosses the rows in between where none of their bars is.

    Leaves the predecessor's end down (up) to its row boundary, runs along that boundary to a
    free "channel" x, crosses the rows there, and runs along the successor's row boundary to
    its start. Row boundaries hold no bars, so only the channel needs to be free. The channel
    nearest the direct route wins; None for other link types or when no free x lies within
    ``reach`` pixels of the route's ends (a long detour reads worse than a crossing).
    ``bars_between(y0, y1)`` is as for ``crossings``.
    """
    if kind is not LinkType.FS:
        return None
    down = succ.top >= pred.top
    lane_out = pred.bottom if down else pred.top
    lane_in = succ.top if down else succ.bottom
    x_out = pred.right + GAP / 2
    if succ.left >= x_out:
        # Onto the successor's start from its row boundary, as the direct FS drop does.
        x_in = max(succ.left + GAP / 2, x_out)
        tail = [(x_in, lane_in), (x_in, succ.middle - bar_half if down else succ.middle + bar_half)]
    else:
        x_in = succ.left - GAP
        tail = [(x_in, lane_in), (x_in, succ.middle), (succ.left, succ.middle)]
    low, high = min(pred.middle, succ.middle), max(pred.middle, succ.middle)
    bars = [(left, right) for left, right, _top, _bottom in bars_between(low, high)]
    choices = {x_out, x_in}
    for left, right in bars:
        choices.update((left - GAP / 2, right + GAP / 2))
    best = None
    for x in choices:
        if any(left - 1 <= x <= right + 1 for left, right in bars):
            continue
        if min(abs(x - x_out), abs(x - x_in)) > reach:
            continue
        cost = abs(x - x_out) + abs(x - x_in)
        if best is None or cost < best[0]:
            best = (cost, x)
    if best is None:
        return None
    x = best[1]
    points = [
        (pred.right, pred.middle),
        (x_out, pred.middle),
        (x_out, lane_out),
        (x, lane_out),
        (x, lane_in),
        *tail,
    ]
    return _simplified(points)


def _simplified(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The same polyline without repeated points and without corners that are not corners."""
    result: list[tuple[float, float]] = []
    for point in points:
        if result and point == result[-1]:
            continue
        if len(result) >= 2:
            (x0, y0), (x1, y1) = result[-2], result[-1]
            if (x0 == x1 == point[0]) or (y0 == y1 == point[1]):
                result[-1] = point
                continue
        result.append(point)
    return result


def crossings(points: list[tuple[float, float]], bars_between: BarsBetween) -> int:
    """How many bars the vertical runs of ``points`` cut; ``bars_between(y0, y1)`` yields the
    (left, right, top, bottom) of bars on the rows strictly between y0 and y1."""
    count = 0
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if x0 != x1 or y0 == y1:
            continue
        for left, right, top, bottom in bars_between(min(y0, y1), max(y0, y1)):
            if left - 1 <= x0 <= right + 1 and top < max(y0, y1) and bottom > min(y0, y1):
                count += 1
    return count


def route_link(
    kind: LinkType, pred: BarEnds, succ: BarEnds, bar_half: float = 6.0
) -> list[tuple[float, float]]:
    """The polyline from the predecessor to the successor; the last point is the arrow tip.

    ``bar_half`` is half the bar height: an FS arrow coming down onto the successor stops at
    the bar's top edge, not at its middle.
    """
    down = succ.top >= pred.top
    # The horizontal run between two rows: the boundary of the predecessor's row facing the successor.
    lane = pred.bottom if down else pred.top
    if kind is LinkType.FS:
        x_out = pred.right
        if succ.left >= x_out + GAP / 2:
            # Right, then straight down (up) onto the successor's start.
            x = max(succ.left + GAP / 2, x_out + GAP / 2)
            tip = succ.middle - bar_half if down else succ.middle + bar_half
            return [(x_out, pred.middle), (x, pred.middle), (x, tip)]
        # The successor starts before the predecessor ends: go round between the rows.
        return [
            (x_out, pred.middle),
            (x_out + GAP, pred.middle),
            (x_out + GAP, lane),
            (succ.left - GAP, lane),
            (succ.left - GAP, succ.middle),
            (succ.left, succ.middle),
        ]
    if kind is LinkType.SS:
        x = min(pred.left, succ.left) - GAP
        return [
            (pred.left, pred.middle),
            (x, pred.middle),
            (x, succ.middle),
            (succ.left, succ.middle),
        ]
    if kind is LinkType.FF:
        x = max(pred.right, succ.right) + GAP
        return [
            (pred.right, pred.middle),
            (x, pred.middle),
            (x, succ.middle),
            (succ.right, succ.middle),
        ]
    # SF: leave from the predecessor's start, enter the successor's finish from the right.
    if succ.right + GAP <= pred.left - GAP:
        x = succ.right + GAP
        return [
            (pred.left, pred.middle),
            (x, pred.middle),
            (x, succ.middle),
            (succ.right, succ.middle),
        ]
    return [
        (pred.left, pred.middle),
        (pred.left - GAP, pred.middle),
        (pred.left - GAP, lane),
        (succ.right + GAP, lane),
        (succ.right + GAP, succ.middle),
        (succ.right, succ.middle),
    ]
