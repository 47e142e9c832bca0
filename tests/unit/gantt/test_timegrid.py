"""The time grid maps datetimes to x and back and picks a legible two-tier timescale."""

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.gantt.timegrid import SCALES, TimeGrid, Unit, add_units, floor_to, label_for

ORIGIN = datetime(2026, 1, 5)
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2060, 1, 1)).map(
    lambda d: d.replace(microsecond=0)
)
widths = st.floats(min_value=0.05, max_value=4800.0, allow_nan=False)


def test_map_to_chart_is_linear_in_days():
    grid = TimeGrid(ORIGIN, day_width=24)
    assert grid.map_to_chart(ORIGIN) == 0
    assert grid.map_to_chart(ORIGIN + timedelta(days=3)) == 72
    assert grid.map_to_chart(ORIGIN + timedelta(hours=6)) == 6
    assert grid.map_to_chart(ORIGIN - timedelta(days=1)) == -24


def test_map_from_chart_inverts():
    grid = TimeGrid(ORIGIN, day_width=48)
    assert grid.map_from_chart(48) == datetime(2026, 1, 6)
    assert grid.map_from_chart(-12) == datetime(2026, 1, 4, 18)


@settings(max_examples=100, deadline=None)
@given(moments, widths)
def test_round_trip_whole_seconds(moment, width):
    grid = TimeGrid(ORIGIN, day_width=width)
    assert grid.map_from_chart(grid.map_to_chart(moment)) == moment


@settings(max_examples=100, deadline=None)
@given(moments, moments, widths)
def test_mapping_keeps_order(a, b, width):
    grid = TimeGrid(ORIGIN, day_width=width)
    if a < b:
        assert grid.map_to_chart(a) < grid.map_to_chart(b)


def test_zoom_bands_run_from_hours_to_years():
    grid = TimeGrid(ORIGIN)
    seen = []
    for width in (2000, 500, 30, 8, 2, 0.5, 0.1):
        grid.set_day_width(width)
        seen.append((grid.scale.upper, grid.scale.lower))
    assert seen == [
        (Unit.DAY, Unit.HOUR),
        (Unit.DAY, Unit.HOUR),
        (Unit.WEEK, Unit.DAY),
        (Unit.MONTH, Unit.WEEK),
        (Unit.YEAR, Unit.MONTH),
        (Unit.YEAR, Unit.QUARTER),
        (Unit.DECADE, Unit.YEAR),
    ]


def test_zoom_is_clamped():
    grid = TimeGrid(ORIGIN)
    grid.set_day_width(1e9)
    assert grid.day_width == 4800
    grid.set_day_width(0)
    assert grid.day_width == 0.05


@pytest.mark.parametrize("scale", SCALES[:-1])
def test_lower_tier_cells_are_wide_enough_for_a_label(scale):
    grid = TimeGrid(ORIGIN, day_width=scale.min_day_width)
    ticks = grid.ticks(scale.lower, 0, 2000)
    narrowest = min(t.x1 - t.x0 for t in ticks)
    assert narrowest >= 16, (scale, narrowest)
    assert all(t.label for t in ticks)


def test_fit_fills_width():
    grid = TimeGrid(ORIGIN)
    grid.fit(datetime(2026, 1, 1), datetime(2026, 4, 11), 1000)
    assert grid.day_width == pytest.approx(10.0)


def test_ticks_tile_the_range_without_gaps():
    grid = TimeGrid(ORIGIN, day_width=3)
    ticks = grid.ticks(Unit.MONTH, -100, 900)
    assert ticks[0].x0 <= -100 and ticks[-1].x1 >= 900
    for a, b in zip(ticks, ticks[1:]):
        assert a.end == b.start and a.x1 == pytest.approx(b.x0)
    assert [t.label for t in ticks[:4]] == ["Dec", "Jan", "Feb", "Mar"]


def test_floor_and_add_units():
    moment = datetime(2026, 5, 14, 13, 45)
    assert floor_to(moment, Unit.HOUR) == datetime(2026, 5, 14, 13)
    assert floor_to(moment, Unit.WEEK) == datetime(2026, 5, 11)
    assert floor_to(moment, Unit.QUARTER) == datetime(2026, 4, 1)
    assert floor_to(moment, Unit.DECADE) == datetime(2020, 1, 1)
    assert add_units(datetime(2026, 11, 1), Unit.QUARTER) == datetime(2027, 2, 1)
    assert add_units(datetime(2026, 1, 1), Unit.MONTH, -1) == datetime(2025, 12, 1)


def test_labels_shorten_with_width():
    monday = datetime(2026, 1, 5)
    assert label_for(Unit.DAY, monday, 80) == "Mon 5 Jan"
    assert label_for(Unit.DAY, monday, 20) == "5"
    assert label_for(Unit.MONTH, monday, 200) == "January 2026"
    assert label_for(Unit.WEEK, monday, 40) == "W2"
    assert label_for(Unit.QUARTER, datetime(2026, 7, 1), 30) == "Q3"
