"""Dates of MS Project's recurring calendar exceptions."""

from __future__ import annotations

from datetime import date

from pmdesk.io import recurrence
from pmdesk.io.formats import import_file


def _rule(**values) -> recurrence.Recurrence:
    return recurrence.Recurrence(**values)


def test_every_third_day_by_count():
    rule = _rule(type=recurrence.EVERY_N_DAYS, start=date(2000, 2, 1), finish=date(2000, 2, 28),
                 occurrences=4, period=3)
    assert recurrence.expand(rule) == [date(2000, 2, d) for d in (1, 4, 7, 10)]


def test_weekly_on_two_days_every_other_week():
    # DaysOfWeek: 2 = Monday, 32 = Friday
    rule = _rule(type=recurrence.WEEKLY, start=date(2025, 3, 5), finish=date(2025, 4, 5),
                 period=2, days_of_week=2 | 32)
    assert recurrence.expand(rule) == [
        date(2025, 3, 7), date(2025, 3, 17), date(2025, 3, 21), date(2025, 3, 31), date(2025, 4, 4)
    ]


def test_monthly_last_friday_and_monthly_day_31():
    last_friday = _rule(type=recurrence.MONTHLY_BY_POSITION, start=date(2025, 1, 1),
                        finish=date(2025, 4, 30), month_item=8, month_position=recurrence.LAST)
    assert recurrence.expand(last_friday) == [
        date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 28), date(2025, 4, 25)
    ]
    day_31 = _rule(type=recurrence.MONTHLY_BY_DAY, start=date(2025, 1, 1), finish=date(2025, 3, 31),
                   month_day=31)
    assert recurrence.expand(day_31) == [date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 31)]


def test_yearly_fourth_thursday_of_november():
    thanksgiving = _rule(type=recurrence.YEARLY_BY_POSITION, start=date(2024, 1, 1),
                         finish=date(2026, 12, 31), month=10, month_item=7, month_position=3)
    assert recurrence.expand(thanksgiving) == [date(2024, 11, 28), date(2025, 11, 27), date(2026, 11, 26)]


def test_unknown_recurrence_is_a_warning_not_a_failure(tmp_path):
    path = tmp_path / "r.xml"
    path.write_text(
        "<Project><Calendars><Calendar><UID>1</UID><Name>Std</Name><IsBaseCalendar>1</IsBaseCalendar>"
        "<Exceptions><Exception><TimePeriod><FromDate>2025-01-01T00:00:00</FromDate>"
        "<ToDate>2025-02-01T23:59:00</ToDate></TimePeriod><Name>odd</Name><Type>99</Type>"
        "</Exception></Exceptions></Calendar></Calendars><Tasks><Task><UID>1</UID><Name>a</Name>"
        "<ConstraintType>12</ConstraintType><PredecessorLink><PredecessorUID>1</PredecessorUID>"
        "<Type>7</Type></PredecessorLink></Task></Tasks></Project>",
        "utf-8",
    )
    result = import_file(path)
    assert result.data.calendar_exceptions == {}
    assert any("'odd'" in w for w in result.warnings)
    assert any("ConstraintType 12" in w for w in result.warnings)
    assert any("unknown type 7" in w for w in result.warnings)
