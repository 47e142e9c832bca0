"""Each refusal of a calendar or exception is one sentence, from the same checks the editor,
the CLI and the engine use; recurrence patterns fall on the days MS Project's would."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pmdesk.core.entities import Calendar, CalendarException
from pmdesk.core.scheduling import SchedulingError
from pmdesk.core.scheduling.calendar import WorkingCalendar, standard_calendar
from pmdesk.core.scheduling.calendar_checks import (
    calendar_problem,
    exception_problem,
    plan_calendars_problem,
)
from pmdesk.core.scheduling.recurrence import describe, occurrence_dates


def rule(kind, start=date(2027, 1, 4), **fields):
    return CalendarException(id=1, calendar_id=1, start=start, finish=start, recurrence=kind,
                             **fields)  # fmt: skip


def test_patterns_fall_on_the_expected_days():
    assert occurrence_dates(rule("daily", period=3, occurrences=3)) == [
        date(2027, 1, 4), date(2027, 1, 7), date(2027, 1, 10)]  # fmt: skip
    # Every 2 weeks on Monday and Friday from Monday 4 January 2027.
    assert occurrence_dates(rule("weekly", period=2, weekdays=[0, 4], occurrences=4)) == [
        date(2027, 1, 4), date(2027, 1, 8), date(2027, 1, 18), date(2027, 1, 22)]  # fmt: skip
    # Day 31 of every month: the last day of shorter months.
    assert occurrence_dates(rule("monthly", month_day=31, occurrences=3)) == [
        date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31)]  # fmt: skip
    # The last Friday of every 3 months.
    assert occurrence_dates(rule("monthly", period=3, nth=5, nth_weekday=4, occurrences=2)) == [
        date(2027, 1, 29), date(2027, 4, 30)]  # fmt: skip
    # Thanksgiving: the fourth Thursday of November, until 2029.
    assert occurrence_dates(rule("yearly", month=11, nth=4, nth_weekday=3,
                                 until=date(2029, 12, 31))) == [
        date(2027, 11, 25), date(2028, 11, 23), date(2029, 11, 22)]  # fmt: skip
    assert describe(rule("weekly", period=2, weekdays=[0, 4], occurrences=4)) == (
        "Every 2 weeks on Mon, Fri, 4 times"
    )


def test_a_recurring_exception_in_the_engine():
    cal = WorkingCalendar.compile(
        standard_calendar(1), [rule("weekly", weekdays=[4], until=date(2027, 3, 31))]
    )  # Fridays off in Q1 2027: a 4-day week
    assert cal.working_between(datetime(2027, 1, 4), datetime(2027, 1, 11)) == 4 * 480
    assert cal.working_between(datetime(2027, 4, 5), datetime(2027, 4, 12)) == 5 * 480


@pytest.mark.parametrize(
    "exc, words",
    [
        (
            CalendarException(id=1, calendar_id=1, start=date(2027, 1, 5), finish=date(2027, 1, 4)),
            "ends before it starts",
        ),
        (rule("daily"), "without an end"),
        (rule("weekly", weekdays=[1]), "without an end"),
        (rule("daily", occurrences=1_000_000), "1 to 999 times, not 1000000"),
        (rule("daily", until=date(2149, 12, 31)), "more than 999 times"),
        (rule("weekly", occurrences=3), "names no weekday"),
        (rule("daily", period=0, occurrences=3), "every 1 to 999"),
        (rule("fortnightly", occurrences=3), "unknown way"),
        (rule("daily", until=date(2026, 1, 1)), "stops repeating before it starts"),
        (
            CalendarException(
                id=1,
                calendar_id=1,
                start=date(2027, 1, 5),
                finish=date(2027, 1, 5),
                intervals=[(600, 720), (480, 660)],
            ),
            "overlap or are out of order",
        ),
    ],  # fmt: skip
)
def test_bad_exceptions_are_one_sentence(exc, words):
    problem = exception_problem(exc, "Standard")
    assert problem is not None and words in problem
    assert problem.endswith(".") and problem.count(". ") == 0
    with pytest.raises(SchedulingError, match="exception"):
        WorkingCalendar.compile(standard_calendar(1), [exc])


def test_a_million_occurrences_are_never_expanded():
    exc = rule("daily", until=date(9999, 12, 31))
    assert len(occurrence_dates(exc)) == 1000  # counting stops one past the cap


def test_bad_calendars_are_one_sentence():
    empty = Calendar(id=1, name="Idle", week={d: [] for d in range(7)})
    assert "no working time at all" in calendar_problem(empty, {1: empty})
    a = Calendar(id=1, name="A", base_id=2)
    b = Calendar(id=2, name="B", base_id=3)
    c = Calendar(id=3, name="C", base_id=1, week={0: [(480, 1020)]})
    calendars = {1: a, 2: b, 3: c}
    assert (
        calendar_problem(a, calendars) == "The calendar 'A' is based on itself through 'B' -> 'C'."
    )
    selfish = Calendar(id=4, name="Self", base_id=4)
    assert calendar_problem(selfish, {4: selfish}) == "The calendar 'Self' is based on itself."
    six = Calendar(id=5, name="Six", week={0: [(i * 60, i * 60 + 30) for i in range(6)]})
    assert "more than 5 working times" in calendar_problem(six, {5: six})
    assert plan_calendars_problem(calendars, []).startswith("The calendar 'A' is based on itself")
    assert plan_calendars_problem({9: standard_calendar(9)}, []) is None


def test_a_huge_elapsed_lag_is_refused_without_growing_the_tables():
    cal = WorkingCalendar.compile(standard_calendar(1), [], origin=date(2027, 1, 4).toordinal())
    far = 10**12  # minutes: about 1.9 million years
    with pytest.raises(SchedulingError, match="outside the years 1900 to 2199"):
        cal.w_at(cal.w_at(0) + far)
    with pytest.raises(SchedulingError, match="outside the years 1900 to 2199"):
        cal.start_of(far)
    assert len(cal._iv) < 110_000  # the tables stay within the 300 years they may cover


def test_exceptions_covering_too_many_days_are_refused():
    huge = [CalendarException(id=i, calendar_id=1, start=date(1900 + i, 1, 1),
                              finish=date(1900 + i, 12, 31)) for i in range(300)] * 20  # fmt: skip
    with pytest.raises(SchedulingError, match="cover more than 400,000 days in all"):
        WorkingCalendar.compile(standard_calendar(1), huge)


def test_ms_projects_templates():
    from pmdesk.core.scheduling.calendar_templates import calendar_from_template

    monday = datetime(2027, 1, 4)
    week = datetime(2027, 1, 11)
    standard = WorkingCalendar.compile(calendar_from_template(1, "Standard"))
    assert standard.working_between(monday, week) == 40 * 60
    always = WorkingCalendar.compile(calendar_from_template(1, "24 Hours"))
    assert always.working_between(monday, week) == 7 * 24 * 60
    night = WorkingCalendar.compile(calendar_from_template(1, "Night Shift"))
    # Monday 23:00 to Saturday 08:00 with a break from 03:00 to 04:00: 5 nights of 8 hours.
    assert night.working_between(monday, week) == 40 * 60
    assert night.next_working(monday) == datetime(2027, 1, 4, 23)
    assert not night.is_working(datetime(2027, 1, 5, 3, 30))
    for name in ("Standard", "24 Hours", "Night Shift"):
        calendar = calendar_from_template(1, name)
        assert calendar_problem(calendar, {1: calendar}) is None


def test_the_engine_takes_working_times_in_any_order_the_editor_does_not():
    calendar = Calendar(id=1, name="Shuffled", week={0: [(780, 1020), (480, 720)]})
    cal = WorkingCalendar.compile(calendar)
    assert cal.day_intervals(date(2027, 1, 4)) == [(480, 720), (780, 1020)]
    assert "out of order" in calendar_problem(calendar, {1: calendar})
    assert calendar_problem(calendar, {1: calendar}, need_work_week=False) is None
