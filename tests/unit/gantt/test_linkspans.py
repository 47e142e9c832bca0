"""LinkSpans: the links crossing a band of rows, found by bisection."""

from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core.entities import Link
from pmdesk.gantt.linkspans import LinkSpans

ends = st.lists(st.tuples(st.integers(1, 30), st.integers(1, 30)), max_size=40)
rows = st.dictionaries(st.integers(1, 30), st.integers(0, 50), max_size=30)


@given(ends, rows, st.integers(-5, 55), st.integers(0, 20))
def test_near_gives_every_link_crossing_the_rows_in_order_of_their_low_row(
    pairs, row_of, first, height
):
    links = [Link(n, a, b) for n, (a, b) in enumerate(pairs, start=1)]
    spans = LinkSpans(links, row_of)
    last = first + height
    near = spans.near(first, last)
    expected = [
        (
            min(row_of[a.predecessor_id], row_of[a.successor_id]),
            max(row_of[a.predecessor_id], row_of[a.successor_id]),
            a,
        )
        for a in links
        if a.predecessor_id in row_of and a.successor_id in row_of
    ]
    assert len(spans) == len(expected)
    crossing = [s for s in expected if s[0] <= last and s[1] >= first]
    assert {s[2].id for s in crossing} <= {s[2].id for s in near}
    assert all(s in expected for s in near)  # right rows for each link
    lows = [s[0] for s in near]
    assert lows == sorted(lows)
    # Links on the same low row keep the order they were given in.
    for a, b in zip(near, near[1:]):
        if a[0] == b[0]:
            assert a[2].id < b[2].id


def test_a_link_with_a_hidden_end_has_no_span():
    spans = LinkSpans([Link(1, 1, 2), Link(2, 2, 3)], {1: 0, 2: 4})
    assert spans.near(0, 10) == [(0, 4, Link(1, 1, 2))]
