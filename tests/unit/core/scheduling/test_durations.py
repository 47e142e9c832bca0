"""Durations and lags as typed and shown."""

import pytest

from pmdesk.core.entities import LagKind
from pmdesk.core.scheduling import SchedulingError
from pmdesk.core.scheduling.durations import format_duration, format_lag, parse_duration, parse_lag


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3d", (1440, False)), ("3 days", (1440, False)), ("1.5d", (720, False)),
        ("1,5 d", (720, False)), ("2w", (4800, False)), ("4h", (240, False)),
        ("30m", (30, False)), ("1mo", (9600, False)), ("0", (0, False)), ("2", (960, False)),
        ("5ed", (7200, True)), ("12eh", (720, True)), ("1ew", (10080, True)), ("3d?", (1440, False)),
    ],
)  # fmt: skip
def test_parse_duration(text, expected):
    assert parse_duration(text) == expected


def test_parse_duration_uses_the_calendar_factors():
    assert parse_duration("1d", minutes_per_day=450) == (450, False)
    assert parse_duration("1w", minutes_per_week=2250) == (2250, False)
    assert parse_duration("1mo", minutes_per_day=450, days_per_month=22) == (9900, False)


@pytest.mark.parametrize("text", ["", "abc", "3x", "-2d", "d3"])
def test_bad_durations_are_refused(text):
    with pytest.raises(SchedulingError):
        parse_duration(text)


@pytest.mark.parametrize(
    "text, expected",
    [("+2d", (960, LagKind.WORKING)), ("-1d", (-480, LagKind.WORKING)), ("50%", (50.0, LagKind.PERCENT)),
     ("-25 %", (-25.0, LagKind.PERCENT)), ("3ed", (4320, LagKind.ELAPSED)), ("", (0, LagKind.WORKING)),
     ("4h", (240, LagKind.WORKING))],
)  # fmt: skip
def test_parse_lag(text, expected):
    assert parse_lag(text) == expected


def test_bad_lag():
    with pytest.raises(SchedulingError):
        parse_lag("soon")


@pytest.mark.parametrize(
    "minutes, elapsed, expected",
    [(1440, False, "3 d"), (720, False, "1.5 d"), (240, False, "4 h"), (30, False, "30 m"),
     (0, False, "0 d"), (540, False, "9 h"), (7200, True, "5 ed"), (90, False, "1.5 h")],
)  # fmt: skip
def test_format_duration(minutes, elapsed, expected):
    assert format_duration(minutes, elapsed) == expected


def test_format_duration_forced_unit_and_lag():
    assert format_duration(4800, unit="w") == "2 w"
    assert format_lag(960) == "+2 d" and format_lag(-480) == "-1 d"
    assert format_lag(50, LagKind.PERCENT) == "50%" and format_lag(0) == "0 d"
    assert format_lag(2880, LagKind.ELAPSED) == "+2 ed"


@pytest.mark.parametrize("minutes", [0, 30, 240, 480, 720, 960, 2400, 9600, 123])
def test_format_then_parse_round_trips(minutes):
    assert parse_duration(format_duration(minutes))[0] == minutes
