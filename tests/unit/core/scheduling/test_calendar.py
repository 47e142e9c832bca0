"""Working time: the standard week, holidays, changed hours, extra days, recurring exceptions,
base calendars, and the date arithmetic the engine builds on (hand-worked dates, January 2026,
Monday the 5th)."""

from datetime import date, datetime

import pytest
from scheduling_plans import at

from pmdesk.core.entities import Calendar, CalendarException
from pmdesk.core.scheduling import SchedulingError
from pmdesk.core.scheduling.calendar import STANDARD_WEEK, WorkingCalendar, standard_calendar
from pmdesk.core.scheduling.holidays import holiday_exceptions


def compile_(exceptions=(), calendar=None, calendars=None):
    calendar = calendar or standard_calendar(1)
    return WorkingCalendar.compile(calendar, exceptions, calendars or {calendar.id: calendar})


def holiday(eid, day, calendar_id=1, **fields):
    return CalendarException(id=eid, calendar_id=calendar_id, start=day, finish=day, **fields)


def test_standard_week_arithmetic():
    cal = compile_()
    assert cal.add_working(at(5), 480) == at(5, 17)  # a day ends at 17:00, not 08:00 next day
    assert cal.add_working(at(5), 240) == at(5, 12)
    assert cal.add_working(at(5), 241) == at(5, 13, 1)  # lunch is skipped
    assert cal.add_working(at(9, 13), 480) == at(12, 12)  # over the weekend
    assert cal.add_working(at(9, 17), -480) == at(8, 17)  # a finish stays a finish
    assert cal.add_working(at(12, 8), -480) == at(9, 8)  # a start stays a start
    assert cal.add_working(at(10, 11), 60) == at(12, 9)  # from Saturday: Monday's first hour
    assert cal.working_between(at(5), at(12)) == 2400
    assert cal.working_between(at(12), at(5)) == -2400
    assert cal.working_between(at(5, 11), at(5, 14)) == 120


def test_next_and_previous_working_minute():
    cal = compile_()
    assert cal.next_working(at(9, 17)) == at(12, 8)
    assert cal.next_working(at(6, 12, 30)) == at(6, 13)
    assert cal.next_working(at(6, 10)) == at(6, 10)
    assert cal.prev_working(at(10, 10)) == at(9, 17)
    assert cal.prev_working(at(6, 12, 30)) == at(6, 12)
    assert cal.is_working(at(6, 16, 59)) and not cal.is_working(at(6, 17))
    assert cal.working_minutes_on(date(2026, 1, 10)) == 0
    assert cal.start_of_day(date(2026, 1, 6)) == at(6) and cal.end_of_day(date(2026, 1, 6)) == at(
        6, 17
    )


def test_holiday_changed_hours_and_extra_day():
    cal = compile_(
        [
            holiday(1, date(2026, 1, 7), name="Holiday"),
            holiday(2, date(2026, 1, 9), intervals=[(480, 720)]),  # Friday morning only
            holiday(3, date(2026, 1, 10), intervals=[(480, 720)]),  # Saturday morning worked
        ]
    )
    assert cal.add_working(at(5), 3 * 480) == at(8, 17)  # Mon, Tue, (Wed off), Thu
    assert cal.add_working(at(5), 4 * 480) == at(10, 12)  # + Friday and Saturday mornings
    assert cal.add_working(at(5), 4 * 480 + 1) == at(12, 8, 1)
    assert cal.working_minutes_on(date(2026, 1, 9)) == 240


def test_ranges_and_yearly_recurring_exceptions():
    cal = compile_(
        [
            CalendarException(
                id=1,
                calendar_id=1,
                start=date(2020, 12, 24),
                finish=date(2020, 12, 26),
                recurrence="yearly",
                until=date(2030, 12, 31),
            ),
            CalendarException(
                id=2,
                calendar_id=1,
                start=date(2026, 2, 16),
                finish=date(2026, 2, 20),
                name="Works closed",
            ),
        ]  # fmt: skip
    )
    assert not cal.is_working_day(date(2026, 12, 24))  # Thursday, recurring
    assert not cal.is_working_day(date(2026, 12, 25))
    assert cal.is_working_day(date(2031, 12, 24))  # after "until"
    assert cal.is_working_day(date(2019, 12, 24))  # before the first year
    assert cal.working_between(datetime(2026, 2, 16), datetime(2026, 2, 23)) == 0


def test_base_calendar_chain():
    base = standard_calendar(1)
    derived = Calendar(id=2, name="Shifts", base_id=1, week={5: [(480, 720)]})
    calendars = {1: base, 2: derived}
    exceptions = [holiday(1, date(2026, 1, 7)), holiday(2, date(2026, 1, 8), calendar_id=2,
                                                         intervals=[(600, 660)])]  # fmt: skip
    cal = compile_(exceptions, derived, calendars)
    assert cal.working_minutes_on(date(2026, 1, 6)) == 480  # weekdays inherited
    assert cal.working_minutes_on(date(2026, 1, 7)) == 0  # the base's holiday applies
    assert cal.working_minutes_on(date(2026, 1, 8)) == 60  # its own exception wins
    assert cal.working_minutes_on(date(2026, 1, 10)) == 240  # its own Saturday
    assert compile_(exceptions, base, calendars).working_minutes_on(date(2026, 1, 8)) == 480


def test_far_dates_grow_the_tables_both_ways():
    # 1,560 full weeks: forward ends on the Friday of the 1,560th week (Monday + 1560 weeks
    # - 3 days = 2055-11-26), backward lands on the Monday 1,560 weeks earlier.
    cal = compile_()
    weeks = 480 * 5 * 1560
    assert cal.add_working(datetime(2026, 1, 5, 8), weeks) == datetime(2055, 11, 26, 17)
    assert cal.add_working(datetime(2026, 1, 5, 8), -weeks) == datetime(1996, 2, 12, 8)


@pytest.mark.parametrize(
    "calendar, message",
    [
        (Calendar(id=1, name="Empty"), "no working time"),
        (Calendar(id=1, name="Bad", week={0: [(600, 500)]}), "ends before it starts"),
        (Calendar(id=1, name="Lost", base_id=9), "does not exist"),
        (Calendar(id=1, name="Self", base_id=1, week=dict(STANDARD_WEEK)), "based on itself"),
    ],
)
def test_unusable_calendars_are_refused(calendar, message):
    with pytest.raises(SchedulingError, match=message):
        compile_((), calendar, {1: calendar})


def test_national_holidays_become_exceptions():
    exceptions = holiday_exceptions(1, "FR", [2026], first_id=100)
    days = {e.start for e in exceptions}
    assert date(2026, 7, 14) in days and date(2026, 5, 1) in days
    assert exceptions[0].id == 100 and all(e.intervals == [] for e in exceptions)
    cal = compile_(exceptions)
    assert not cal.is_working_day(date(2026, 7, 14))  # a Tuesday
    with pytest.raises(SchedulingError, match="no holiday list"):
        holiday_exceptions(1, "XX", [2026])


def test_compiled_calendars_are_reused_until_their_definition_changes():
    from pmdesk.core.scheduling.calendar import compiled_calendar

    calendar = standard_calendar(1)
    exceptions = [holiday(1, date(2026, 1, 7))]
    first = compiled_calendar(calendar, exceptions, {1: calendar})
    assert compiled_calendar(calendar, list(exceptions), {1: calendar}) is first
    changed = [holiday(1, date(2026, 1, 8))]
    second = compiled_calendar(calendar, changed, {1: calendar})
    assert second is not first
    assert second.is_working_day(date(2026, 1, 7)) and not second.is_working_day(date(2026, 1, 8))
