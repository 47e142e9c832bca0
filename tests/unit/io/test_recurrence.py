"""Dates of MS Project's recurring calendar exceptions."""

from __future__ import annotations

from datetime import date

from pmdesk.io import recurrence
from pmdesk.io.formats import import_file


def _rule(**values) -> recurrence.Recurrence:
    return recurrence.Recurrence(**values)


def test_every_third_day_by_count():
    rule = _rule(
        type=recurrence.EVERY_N_DAYS,
        start=date(2000, 2, 1),
        finish=date(2000, 2, 28),
        occurrences=4,
        period=3,
    )
    assert recurrence.expand(rule, limit=999) == [date(2000, 2, d) for d in (1, 4, 7, 10)]


def test_weekly_on_two_days_every_other_week():
    # DaysOfWeek: 2 = Monday, 32 = Friday
    rule = _rule(
        type=recurrence.WEEKLY,
        start=date(2025, 3, 5),
        finish=date(2025, 4, 5),
        period=2,
        days_of_week=2 | 32,
    )
    assert recurrence.expand(rule, limit=999) == [
        date(2025, 3, 7),
        date(2025, 3, 17),
        date(2025, 3, 21),
        date(2025, 3, 31),
        date(2025, 4, 4),
    ]


def test_monthly_last_friday_and_monthly_day_31():
    last_friday = _rule(
        type=recurrence.MONTHLY_BY_POSITION,
        start=date(2025, 1, 1),
        finish=date(2025, 4, 30),
        month_item=8,
        month_position=recurrence.LAST,
    )
    assert recurrence.expand(last_friday, limit=999) == [
        date(2025, 1, 31),
        date(2025, 2, 28),
        date(2025, 3, 28),
        date(2025, 4, 25),
    ]
    day_31 = _rule(
        type=recurrence.MONTHLY_BY_DAY,
        start=date(2025, 1, 1),
        finish=date(2025, 3, 31),
        month_day=31,
    )
    assert recurrence.expand(day_31, limit=999) == [
        date(2025, 1, 31),
        date(2025, 2, 28),
        date(2025, 3, 31),
    ]


def test_yearly_fourth_thursday_of_november():
    thanksgiving = _rule(
        type=recurrence.YEARLY_BY_POSITION,
        start=date(2024, 1, 1),
        finish=date(2026, 12, 31),
        month=10,
        month_item=7,
        month_position=3,
    )
    assert recurrence.expand(thanksgiving, limit=999) == [
        date(2024, 11, 28),
        date(2025, 11, 27),
        date(2026, 11, 26),
    ]


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


def _one_exception(body: str) -> str:
    return (
        "<Project><Calendars><Calendar><UID>1</UID><Name>Std</Name><IsBaseCalendar>1</IsBaseCalendar>"
        "<WeekDays><WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime>"
        "<FromTime>08:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>"
        f"</WeekDays><Exceptions>{body}</Exceptions></Calendar></Calendars>"
        "<Tasks><Task><UID>1</UID><Name>a</Name></Task></Tasks></Project>"
    )


def _exception(name, kind, start="2025-01-01", end="2025-12-31", extra=""):
    return (f"<Exception><EnteredByOccurrences>0</EnteredByOccurrences><TimePeriod>"
            f"<FromDate>{start}T00:00:00</FromDate><ToDate>{end}T23:59:00</ToDate></TimePeriod>"
            f"<Name>{name}</Name><Type>{kind}</Type>{extra}<DayWorking>0</DayWorking></Exception>")  # fmt: skip


def test_month_item_out_of_range_is_a_warning_not_an_endless_loop(tmp_path):
    path = tmp_path / "m.xml"
    path.write_text(_one_exception(_exception("odd", 5, end="2149-12-31",
                                              extra="<Period>1</Period><MonthItem>12</MonthItem>"
                                                    "<MonthPosition>0</MonthPosition>")), "utf-8")  # fmt: skip
    result = import_file(path)
    assert result.data.calendar_exceptions == {}
    assert any("MonthItem 12" in w for w in result.warnings)
    rule = _rule(type=recurrence.MONTHLY_BY_POSITION, start=date(2025, 1, 1),
                 finish=date(2149, 12, 31), month_item=12)  # fmt: skip
    assert recurrence.expand(rule, limit=999) == []  # ends at the rule's end date


def test_three_hundred_recurring_exceptions_stay_rules(tmp_path):
    # Each "every 2 days to 2149" asks for ~22,000 days: kept as rules of 999 at most, with
    # a sentence each, until the calendar's exceptions cover 100,000 days (a sentence too);
    # never expanded into millions of dated exceptions.
    body = "".join(_exception(f"r{i}", 7, start=f"{1990 + i % 30}-01-01", end="2149-12-31",
                              extra="<Period>2</Period>") for i in range(300))  # fmt: skip
    path = tmp_path / "many.xml"
    path.write_text(_one_exception(body), "utf-8")
    result = import_file(path)
    exceptions = list(result.data.calendar_exceptions.values())
    assert len(exceptions) == 100_000 // 999 and all(e.occurrences == 999 for e in exceptions)
    assert sum("kept the first 999" in w for w in result.warnings) == 300
    assert sum("cover more than 100,000 days" in w for w in result.warnings) == 1


def test_an_occurrence_count_over_the_cap_is_cut_with_a_sentence(tmp_path):
    body = _exception("count", 7, end="2149-12-31", extra="<Period>3</Period>").replace(
        "<EnteredByOccurrences>0", "<EnteredByOccurrences>1").replace(
        "</TimePeriod>", "</TimePeriod><Occurrences>1000000</Occurrences>")  # fmt: skip
    path = tmp_path / "count.xml"
    path.write_text(_one_exception(body), "utf-8")
    result = import_file(path)
    (only,) = result.data.calendar_exceptions.values()
    assert only.occurrences == 999
    assert any("repeats 1000000 times; pmdesk kept the first 999" in w for w in result.warnings)


def test_a_period_that_is_not_a_number_is_a_warning(tmp_path):
    path = tmp_path / "nan.xml"
    path.write_text(_one_exception(_exception("nan", 7, extra="<Period>x</Period>")), "utf-8")
    result = import_file(path)
    assert result.data.calendar_exceptions == {}
    assert any("'nan' has a Period that is not a whole number" in w for w in result.warnings)


def test_exceptions_covering_centuries_are_cut_with_a_sentence_and_the_plan_schedules(tmp_path):
    from pmdesk.core.scheduling import schedule_plan

    # 12 exceptions each running 1900-2199 (the most the engine covers): ~1.3 million days.
    body = "".join(
        _exception(f"long{i}", 1, start="1900-01-01", end="2199-12-31").replace(
            "<Type>1</Type>", "<Type>1</Type>"
        )
        for i in range(12)
    ).replace(
        "<DayWorking>0</DayWorking>",
        "<DayWorking>1</DayWorking><WorkingTimes><WorkingTime>"
        "<FromTime>09:00:00</FromTime><ToTime>10:00:00</ToTime></WorkingTime></WorkingTimes>",
    )
    path = tmp_path / "long.xml"
    path.write_text(_one_exception(body), "utf-8")
    result = import_file(path)
    assert len(result.data.calendar_exceptions) < 12
    assert any(
        "Calendar 'Std': its exceptions cover more than 100,000 days" in w for w in result.warnings
    )
    schedule_plan(result.data)  # imports, so it schedules


def _calendars(body: str) -> str:
    return (
        f"<Project><Calendars>{body}</Calendars>"
        "<Tasks><Task><UID>1</UID><Name>a</Name></Task></Tasks></Project>"
    )


def _calendar(uid, name, base=-1, times="<FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime>"):
    return (f"<Calendar><UID>{uid}</UID><Name>{name}</Name>"
            f"<IsBaseCalendar>{int(base == -1)}</IsBaseCalendar><BaseCalendarUID>{base}</BaseCalendarUID>"
            "<WeekDays><WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes>"
            f"<WorkingTime>{times}</WorkingTime></WorkingTimes></WeekDay></WeekDays></Calendar>")  # fmt: skip


def test_calendars_based_on_each_other_import_as_calendars_of_their_own(tmp_path):
    from pmdesk.core.scheduling import schedule_plan

    path = tmp_path / "cycle.xml"
    path.write_text(_calendars(_calendar(1, "A", base=2) + _calendar(2, "B", base=1)), "utf-8")
    result = import_file(path)
    assert any("is based on itself ('A' -> 'B')" in w for w in result.warnings)
    assert [c.base_id for c in result.data.calendars.values()].count(None) == 1
    schedule_plan(result.data)


def test_overlapping_working_times_are_joined_with_a_sentence(tmp_path):
    from pmdesk.core.scheduling import schedule_plan

    times = (
        "<FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime>"
        "<FromTime>11:00:00</FromTime><ToTime>15:00:00</ToTime>"
    )
    path = tmp_path / "overlap.xml"
    path.write_text(_calendars(_calendar(1, "Std", times=times)), "utf-8")
    result = import_file(path)
    assert result.data.calendars[1].week[0] == [(480, 900)]
    assert any(
        "Calendar 'Std': working times that overlap were joined" in w for w in result.warnings
    )
    schedule_plan(result.data)
