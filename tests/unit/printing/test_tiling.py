"""Page breaks: whole rows per page, no summary alone at a page's foot, strips across."""

from hypothesis import given
from hypothesis import strategies as st

from pmdesk.printing.tiling import Band, row_bands, strips


def test_rows_fill_pages_without_cutting_one():
    assert row_bands([10.0] * 7, 30.0) == [Band(0, 2), Band(3, 5), Band(6, 6)]


def test_a_summary_row_is_not_left_alone_at_the_foot_of_a_page():
    summary = [False, False, True, False, False]
    # Rows 0..2 would fit, but row 2 is a summary whose subtasks start the next page.
    assert row_bands([10.0] * 5, 30.0, summary) == [Band(0, 1), Band(2, 4)]


def test_a_page_of_summaries_still_moves_on():
    summary = [True] * 6
    bands = row_bands([10.0] * 6, 20.0, summary)
    assert [b.count for b in bands] == [2, 2, 2]


def test_no_rows_give_one_empty_page():
    assert row_bands([], 100.0) == [Band(0, -1)]


@given(
    st.lists(st.floats(1, 50), max_size=60),
    st.floats(20, 200),
    st.lists(st.booleans(), max_size=60),
)
def test_every_row_is_on_exactly_one_page_and_pages_fit(heights, room, summary):
    bands = row_bands(heights, room, summary)
    covered = [row for band in bands for row in range(band.first, band.last + 1)]
    assert covered == list(range(len(heights)))
    for band in bands:
        if band.count > 1:
            assert sum(heights[band.first : band.last + 1]) <= room + 1e-9


def test_strips_cover_the_chart_first_narrower():
    assert strips(250.0, 100.0, 120.0) == [(0.0, 100.0), (100.0, 220.0), (220.0, 340.0)]
    assert strips(80.0, 100.0, 100.0) == [(0.0, 100.0)]
