"""Durations keep the unit they were typed in, and the estimate mark."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core.durationunits import UNITS, format_in_unit, read_duration
from pmdesk.core.errors import PmdeskError


@pytest.mark.parametrize(
    "text, minutes, elapsed, unit, estimated, shown",
    [
        ("2w", 4800, False, "w", False, "2 wks"),
        ("5ed", 7200, True, "d", False, "5 edays"),
        ("3d?", 1440, False, "d", True, "3 days?"),
        ("1d", 480, False, "d", False, "1 day"),
        ("4", 1920, False, "d", False, "4 days"),
        ("1.5h", 90, False, "h", False, "1.5 hrs"),
        ("30 mins", 30, False, "m", False, "30 mins"),
        ("2mo", 19200, False, "mo", False, "2 mons"),
        ("1ew?", 10080, True, "w", True, "1 ewk?"),
    ],
)
def test_typed_durations_read_back_in_their_unit(text, minutes, elapsed, unit, estimated, shown):
    typed = read_duration(text)
    assert (typed.minutes, typed.elapsed, typed.unit, typed.estimated) == (
        minutes,
        elapsed,
        unit,
        estimated,
    )
    assert format_in_unit(typed.minutes, typed.unit, typed.elapsed, typed.estimated) == shown
    again = read_duration(shown)  # what the table shows is read back unchanged
    assert again == typed


def test_not_a_duration_is_refused():
    with pytest.raises(PmdeskError):
        read_duration("soon")


@given(st.integers(0, 10_000), st.sampled_from(UNITS), st.booleans(), st.booleans())
def test_whole_unit_counts_round_trip(count, unit, elapsed, estimated):
    from pmdesk.core.durationunits import unit_minutes

    minutes = count * unit_minutes(unit, elapsed)
    text = format_in_unit(minutes, unit, elapsed, estimated)
    typed = read_duration(text)
    assert (typed.minutes, typed.elapsed, typed.estimated) == (minutes, elapsed, estimated)
    if count:
        assert typed.unit == unit
