"""Durations and lags typed in Bahasa Indonesia, with decimal commas, read as the English
units are; English abbreviations keep their meaning ("hr" is an hour, "m" a minute)."""

import pytest

from pmdesk.core.durationunits import read_duration
from pmdesk.core.entities import LagKind
from pmdesk.core.scheduling.durations import parse_duration, parse_lag
from pmdesk.core.scheduling.errors import SchedulingError


@pytest.mark.parametrize(
    "text, minutes, unit",
    [
        ("3 hari", 1440, "d"),
        ("2 minggu", 4800, "w"),
        ("4 jam", 240, "h"),
        ("1 bulan", 9600, "mo"),
        ("30 menit", 30, "m"),
        ("2 pekan", 4800, "w"),
        ("2mgg", 4800, "w"),
        ("3 bln", 28800, "mo"),
        ("1,5 hari", 720, "d"),
        ("2,5j", 150, "h"),
        ("0,5 MINGGU", 1200, "w"),
        ("3 Hari?", 1440, "d"),
    ],
)
def test_indonesian_durations(text, minutes, unit):
    typed = read_duration(text)
    assert (typed.minutes, typed.unit, typed.elapsed) == (minutes, unit, False)


def test_estimated_and_elapsed_in_indonesian():
    assert read_duration("3 hari?").estimated
    assert parse_duration("2 ehari") == (2880, True)  # elapsed days: 24 h each


def test_english_abbreviations_keep_their_meaning():
    assert parse_duration("2hr") == (120, False)  # hours, not hari
    assert parse_duration("30m") == (30, False)  # minutes, not minggu


@pytest.mark.parametrize(
    "text, value, kind",
    [
        ("-2 hari", -960, LagKind.WORKING),
        ("+1,5 minggu", 3600, LagKind.WORKING),
        ("12,5%", 12.5, LagKind.PERCENT),
        ("3 ehari", 4320, LagKind.ELAPSED),
    ],
)
def test_indonesian_lags(text, value, kind):
    assert parse_lag(text) == (value, kind)


@pytest.mark.parametrize("text", ["3 harian", "2 minggu minggu", "hari", "-3 hari", "1,2,3 hari"])
def test_not_a_duration(text):
    with pytest.raises(SchedulingError):
        parse_duration(text)
