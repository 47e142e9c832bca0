"""Link routes leave and enter the bar ends their type names and never run through either bar."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core.entities import LinkType
from pmdesk.gantt.linkrouter import BarEnds, route_link

ROW = 24.0
HALF = 6.0


def bar(left, width, row):
    return BarEnds(left, left + width, row * ROW, ROW)


def crosses(points, ends):
    """Does a segment pass through the inside of the bar (its drawn rectangle, shrunk by 1)?"""
    top, bottom = ends.middle - HALF + 1, ends.middle + HALF - 1
    left, right = ends.left + 1, ends.right - 1
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if y0 == y1 and top < y0 < bottom and min(x0, x1) < right and max(x0, x1) > left:
            return True
        if x0 == x1 and left < x0 < right and min(y0, y1) < bottom and max(y0, y1) > top:
            return True
    return False


def test_fs_forward_drops_onto_the_successor_start():
    pred, succ = bar(0, 100, 0), bar(140, 60, 3)
    points = route_link(LinkType.FS, pred, succ, HALF)
    assert points[0] == (100, pred.middle)
    tip = points[-1]
    assert succ.left < tip[0] < succ.left + 10 and tip[1] == succ.middle - HALF


def test_fs_overlapping_goes_round_between_rows():
    pred, succ = bar(0, 100, 0), bar(50, 60, 1)
    points = route_link(LinkType.FS, pred, succ, HALF)
    assert points[-1] == (50, succ.middle)  # enters the start from the left
    assert any(y == pred.bottom for _, y in points)  # runs in the gap between the rows


@pytest.mark.parametrize(
    "kind, start_end, finish_end",
    [
        (LinkType.SS, "left", "left"),
        (LinkType.FF, "right", "right"),
        (LinkType.SF, "left", "right"),
    ],
)
def test_other_types_use_the_named_ends(kind, start_end, finish_end):
    pred, succ = bar(100, 80, 0), bar(120, 100, 2)
    points = route_link(kind, pred, succ, HALF)
    assert points[0] == (getattr(pred, start_end), pred.middle)
    assert points[-1] == (getattr(succ, finish_end), succ.middle)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(list(LinkType)),
    st.floats(0, 500),
    st.floats(2, 300),
    st.integers(0, 10),
    st.floats(0, 500),
    st.floats(2, 300),
    st.integers(0, 10),
)
def test_routes_never_cut_through_either_bar(kind, a_left, a_width, a_row, b_left, b_width, b_row):
    if a_row == b_row:
        b_row += 1
    pred, succ = bar(a_left, a_width, a_row), bar(b_left, b_width, b_row)
    points = route_link(kind, pred, succ, HALF)
    assert not crosses(points, pred)
    assert not crosses(points, succ)
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        assert x0 == x1 or y0 == y1  # only horizontal and vertical runs


def test_fs_drop_detours_around_a_bar_in_between():
    from pmdesk.gantt.linkrouter import crossings, route_candidates

    pred, succ = bar(0, 100, 0), bar(200, 60, 3)
    obstacle = (195.0, 300.0, 1 * ROW + 6, 1 * ROW + 18)  # row 1 bar spanning the drop at x=204

    def between(y0, y1):
        return [obstacle] if y0 < obstacle[2] < y1 else []

    first, second = route_candidates(LinkType.FS, pred, succ, HALF)
    assert crossings(first, between) == 1
    assert crossings(second, between) == 0
    assert second[-1] == first[-1]  # same arrow tip on the successor


def obstacles_between(bars):
    """bars_between over a list of (left, width, row) task bars."""
    rects = [
        (left, left + width, row * ROW + ROW / 2 - HALF, row * ROW + ROW / 2 + HALF)
        for left, width, row in bars
    ]

    def between(y0, y1):
        return [r for r in rects if y0 < (r[2] + r[3]) / 2 < y1]

    return between


def test_fs_channel_goes_round_bars_that_block_both_usual_drops():
    from pmdesk.gantt.linkrouter import channel_route, crossings, route_candidates

    pred, succ = bar(0, 100, 0), bar(200, 60, 4)
    # Row 2 blocks the drop right after the predecessor and the drop at the successor.
    between = obstacles_between([(90, 150, 2)])
    assert all(
        crossings(route, between) for route in route_candidates(LinkType.FS, pred, succ, HALF)
    )
    route = channel_route(LinkType.FS, pred, succ, HALF, between)
    assert route is not None and crossings(route, between) == 0
    assert route[0] == (100, pred.middle)
    assert route[-1] == route_link(LinkType.FS, pred, succ, HALF)[-1]  # same arrow tip
    assert {y for _, y in route[2:-1]} <= {pred.bottom, succ.top}  # runs only on row boundaries
    assert channel_route(LinkType.SS, pred, succ, HALF, between) is None


def test_fs_channel_gives_up_rather_than_a_long_detour():
    from pmdesk.gantt.linkrouter import channel_route

    pred, succ = bar(0, 100, 0), bar(200, 60, 3)
    wall = obstacles_between([(-1000, 3000, 1)])  # a bar across the whole chart
    assert channel_route(LinkType.FS, pred, succ, HALF, wall) is None


@settings(max_examples=100, deadline=None)
@given(
    st.floats(0, 400),
    st.floats(2, 200),
    st.integers(0, 3),
    st.floats(0, 400),
    st.floats(2, 200),
    st.integers(6, 9),
    st.lists(st.tuples(st.floats(0, 600), st.floats(2, 200), st.integers(1, 5)), max_size=6),
)
def test_fs_channel_routes_cut_no_bar(a_left, a_width, a_row, b_left, b_width, b_row, bars):
    from pmdesk.gantt.linkrouter import channel_route, crossings

    pred, succ = bar(a_left, a_width, a_row), bar(b_left, b_width, b_row)
    between = obstacles_between(bars)
    route = channel_route(LinkType.FS, pred, succ, HALF, between)
    if route is None:
        return
    assert crossings(route, between) == 0
    assert not crosses(route, pred) and not crosses(route, succ)
    assert route[0] == (pred.right, pred.middle)
    assert route[-1] == route_link(LinkType.FS, pred, succ, HALF)[-1]
    for (x0, y0), (x1, y1) in zip(route, route[1:]):
        assert (x0 == x1) != (y0 == y1)  # horizontal or vertical, never a zero-length step
