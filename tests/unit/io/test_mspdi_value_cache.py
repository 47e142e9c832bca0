"""parse_duration and format_duration remember their answers (a file repeats the same few
durations): the remembered answers are the computed ones, a bad text is refused every time,
and 8 h as an int or a float is written alike."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.io.mspdi_values import format_datetime, format_duration, format_number, parse_duration


@given(st.integers(-(10**7), 10**7), st.sampled_from([0, 0.25, 0.5, 0.999]))
def test_a_written_duration_reads_back_and_asking_twice_gives_the_same(whole, part):
    minutes = whole + part
    text = format_duration(minutes)
    assert format_duration(minutes) == text
    assert format_duration.__wrapped__(minutes) == text  # what the function computes
    assert parse_duration(text) == parse_duration.__wrapped__(text)
    assert abs(parse_duration(text) - minutes) <= 1 / 60


def test_int_and_float_minutes_are_written_alike():
    assert format_duration(480) == format_duration(480.0) == "PT8H0M0S"
    assert format_duration(-0.0) == format_duration(0) == "PT0H0M0S"


@pytest.mark.parametrize("text", ["P1X", "eight hours", "PT-"])
def test_a_bad_duration_is_refused_each_time(text):
    for _ in range(2):
        with pytest.raises(ValueError):
            parse_duration(text)


@given(st.one_of(st.integers(-(10**9), 10**9), st.floats(allow_nan=False), st.booleans()))
def test_a_remembered_number_is_written_as_computed_whatever_its_type(value):
    # 1, 1.0 and True are one key of the cache: each must be written as the others are.
    assert format_number(value) == format_number.__wrapped__(value)
    assert format_number(float(value)) == format_number.__wrapped__(float(value))


@given(st.datetimes())
def test_a_remembered_date_is_written_as_computed(value):
    assert format_datetime(value) == format_datetime.__wrapped__(value)
