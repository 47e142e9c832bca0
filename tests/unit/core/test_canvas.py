"""Pure strategy-canvas helpers: order, snapping, ERRC grouping and findings, curve gaps."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core import canvas
from pmdesk.core.demo import build_demo_plan
from pmdesk.core.entities import CanvasFactor, CanvasNote, CanvasOffering, CanvasValue
from pmdesk.core.plandata import PlanData


def small_plan(rows, own=True):
    """rows: [(factor name, errc, (ours, rival A, rival B))]."""
    data = PlanData()
    for n, name in enumerate(("Us", "A", "B"), start=1):
        data.add(CanvasOffering(id=n, name=name, position=n - 1, own=own and n == 1))
    value_id = 1
    for number, (name, errc, levels) in enumerate(rows, start=1):
        data.add(CanvasFactor(id=number, name=name, position=number - 1, errc=errc))
        for offering_id, level in enumerate(levels, start=1):
            if level is not None:
                data.add(
                    CanvasValue(id=value_id, factor_id=number, offering_id=offering_id, level=level)
                )
                value_id += 1
    return data


def test_factors_and_offerings_follow_position_then_id():
    data = PlanData()
    data.add(CanvasFactor(id=1, name="b", position=2))
    data.add(CanvasFactor(id=2, name="a", position=0))
    data.add(CanvasFactor(id=3, name="c", position=2))
    data.add(CanvasOffering(id=5, position=1))
    data.add(CanvasOffering(id=4, position=1))
    assert [f.id for f in canvas.ordered_factors(data)] == [2, 1, 3]
    assert [o.id for o in canvas.ordered_offerings(data)] == [4, 5]


@pytest.mark.parametrize(
    "raw, snapped",
    [(3.24, 3.0), (3.26, 3.5), (-2, 0.0), (11.3, 10.0), (9.8, 10.0), (0.25, 0.5), (7.0, 7.0)],
)
def test_snap_level_clamps_and_rounds_to_half_levels(raw, snapped):
    assert canvas.snap_level(raw) == snapped


@settings(max_examples=100, deadline=None)
@given(st.floats(min_value=-50, max_value=50, allow_nan=False))
def test_snapped_levels_are_on_the_grid_and_in_range(raw):
    level = canvas.snap_level(raw)
    assert 0 <= level <= 10
    assert (level * 2) == int(level * 2)
    assert abs(level - min(10, max(0, raw))) <= 0.25


def test_parse_level_and_errc():
    assert canvas.parse_level("7,5") == 7.5
    with pytest.raises(ValueError):
        canvas.parse_level("12")
    assert canvas.parse_errc("Raise ") == "raise"
    assert canvas.parse_errc("E") == "eliminate"
    assert canvas.parse_errc("") is None
    with pytest.raises(ValueError):
        canvas.parse_errc("r")  # reduce or raise?
    with pytest.raises(ValueError):
        canvas.parse_errc("boost")


def test_errc_groups_keep_canvas_order_and_list_unassigned_apart():
    groups = canvas.errc_groups(build_demo_plan())
    assert [f.name for f in groups["raise"]] == [
        "Works offline",
        "Scheduling depth",
        "Data ownership",
    ]
    assert [f.name for f in groups["reduce"]] == [
        "Price",
        "Real-time collaboration",
        "Learning curve",
    ]
    assert [f.name for f in groups[None]] == ["Reporting"]
    assert sum(len(v) for v in groups.values()) == 9


def test_unknown_errc_word_counts_as_unassigned():
    data = small_plan([("x", "boost", (1, 2, 3))])
    assert [f.name for f in canvas.errc_groups(data)[None]] == ["x"]


def test_reordered_positions_moves_and_renumbers():
    assert canvas.reordered_positions([10, 11, 12, 13], 13, 1) == {10: 0, 13: 1, 11: 2, 12: 3}
    assert canvas.reordered_positions([10, 11, 12], 10, 99) == {11: 0, 12: 1, 10: 2}
    assert canvas.reordered_positions([10, 11], 11, -3) == {11: 0, 10: 1}


def test_largest_gap_per_competitor():
    data = small_plan(
        [
            ("Price", None, (3, 1, 8)),
            ("Offline", None, (10, 9, 1)),
            ("Depth", None, (8, 1, 6)),
        ]
    )
    gaps = canvas.largest_gaps(data)
    assert set(gaps) == {2, 3}
    assert (gaps[2].factor_id, gaps[2].difference) == (3, 7)  # Depth: 8 vs 1
    assert (gaps[3].factor_id, gaps[3].difference) == (2, 9)  # Offline: 10 vs 1


def test_largest_gap_skips_missing_levels_and_breaks_ties_to_the_left():
    data = small_plan([("a", None, (5, 3, None)), ("b", None, (1, 3, None))])
    gaps = canvas.largest_gaps(data)
    assert gaps[2].factor_id == 1  # both differ by 2: the leftmost wins
    assert 3 not in gaps  # B has no level anywhere


def test_no_own_offering_means_no_gaps_and_no_findings():
    data = small_plan([("a", "raise", (1, 5, 5))], own=False)
    assert canvas.largest_gaps(data) == {}
    assert canvas.errc_findings(data) == {}
    assert canvas.largest_gaps(data, own_id=2)[1].difference == 4


def test_curve_distance_is_the_mean_absolute_difference():
    data = small_plan([("a", None, (2, 4, 2)), ("b", None, (6, 2, 6))])
    assert canvas.curve_distance(data, 1, 2) == 3
    assert canvas.curve_distance(data, 1, 3) == 0


def test_errc_findings_flag_curves_that_contradict_the_action():
    data = small_plan(
        [
            ("gone", "eliminate", (2, 5, 5)),
            ("gone ok", "eliminate", (0, 5, 5)),
            ("less", "reduce", (6, 4, 6)),
            ("more", "raise", (5, 5, 5)),
            ("more ok", "raise", (9, 5, 5)),
            ("new", "create", (8, 0, 3)),
            ("new ok", "create", (8, 0, 0)),
        ]
    )
    findings = canvas.errc_findings(data)
    assert set(findings) == {1, 3, 4, 6}
    assert "not 0" in findings[1]
    assert "average 5.0" in findings[3]
    assert "up to 3" in findings[6]


def test_demo_curve_is_consistent_with_its_errc_except_where_shown():
    data = build_demo_plan()
    findings = canvas.errc_findings(data)
    names = {data.canvas_factors[f].name for f in findings}
    # Setup effort is marked Eliminate but pmdesk still has level 2.
    assert "Setup effort" in names
    assert "Works offline" not in names


def test_notes_by_block_has_every_block_in_order_and_ignores_other_canvases():
    data = PlanData()
    data.add(CanvasNote(id=1, canvas="bmc", block="channels", text="web", position=1))
    data.add(CanvasNote(id=2, canvas="bmc", block="channels", text="store", position=0))
    data.add(CanvasNote(id=3, canvas="lean", block="problem", text="p"))
    data.add(CanvasNote(id=4, canvas="bmc", block="nowhere", text="?"))
    notes = canvas.notes_by_block(data, "bmc")
    assert list(notes) == [b.key for b in canvas.BMC_BLOCKS]
    assert [n.text for n in notes["channels"]] == ["store", "web"]
    assert sum(len(v) for v in notes.values()) == 2
    assert [n.text for n in canvas.notes_by_block(data, "lean")["problem"]] == ["p"]


def test_canvas_layouts_tile_the_grid_exactly():
    for blocks in (canvas.BMC_BLOCKS, canvas.LEAN_BLOCKS):
        cells = [
            (c, r)
            for b in blocks
            for c in range(b.column, b.column + b.columns)
            for r in range(b.row, b.row + b.rows)
        ]
        assert len(cells) == len(set(cells)) == canvas.GRID_COLUMNS * canvas.GRID_ROWS
        assert len(blocks) == 9
