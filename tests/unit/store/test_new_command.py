"""`pmdesk new` with --name, --start, --finish and --currency: the plan is set up as Project
Information would set it; a bad value prints one line, exits non-zero and writes no file."""

from __future__ import annotations

from datetime import datetime

import pytest

from pmdesk import cli
from pmdesk.core.entities import Link, LinkType, ScheduleFrom, Task
from pmdesk.core.scheduling import schedule_plan
from pmdesk.store.pmdb import load_plan, save_plan


def test_start_on_a_weekend_moves_to_the_next_working_day(tmp_path):
    path = tmp_path / "p.pmdb"
    assert (
        cli.main(
            ["new", str(path), "--start", "2027-01-02", "--currency", "idr", "--name", "Jembatan"]
        )
        == 0
    )
    plan = load_plan(path).plan
    assert (plan.name, plan.currency) == ("Jembatan", "IDR")
    assert plan.start == datetime(2027, 1, 4, 8, 0)  # Saturday -> Monday, first working minute
    assert plan.schedule_from == ScheduleFrom.START


def test_without_start_the_plan_starts_on_a_working_day(tmp_path):
    path = tmp_path / "p.pmdb"
    assert cli.main(["new", str(path)]) == 0
    start = load_plan(path).plan.start
    assert start.weekday() < 5 and (start.hour, start.minute) == (8, 0)


def test_from_the_finish_the_plan_ends_on_that_date(tmp_path):
    path = tmp_path / "p.pmdb"
    assert cli.main(["new", str(path), "--finish", "2027-03-31"]) == 0
    data = load_plan(path)
    assert data.plan.schedule_from == ScheduleFrom.FINISH
    assert data.plan.finish == datetime(2027, 3, 31, 17, 0)
    data.load(
        [
            Task(1, "Dig", duration=2400),
            Task(2, "Pour", duration=960, position=1),
            Link(1, 1, 2, LinkType.FS),
        ]
    )
    save_plan(data, path)
    schedule = schedule_plan(load_plan(path))
    assert schedule.project_finish == datetime(2027, 3, 31, 17, 0)
    assert schedule.tasks[2].finish == datetime(2027, 3, 31, 17, 0)
    assert schedule.tasks[1].start == datetime(2027, 3, 23, 8, 0)  # 5 + 2 days back


def test_a_finish_on_a_sunday_ends_on_the_friday_before(tmp_path):
    path = tmp_path / "p.pmdb"
    assert cli.main(["new", str(path), "--finish", "2027-04-04"]) == 0
    assert load_plan(path).plan.finish == datetime(2027, 4, 2, 17, 0)


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--currency", "XYZ"], "XYZ is not an ISO 4217 currency code."),
        (
            ["--currency", "euro"],
            "'euro' is not a currency code; write three letters such as EUR or IDR.",
        ),
        (
            ["--start", "2027-02-30"],
            "--start '2027-02-30' is not a date; write it like 2027-01-04.",
        ),
        (["--finish", "soon"], "--finish 'soon' is not a date; write it like 2027-01-04."),
        (
            ["--start", "3027-01-04"],
            "Dates must lie between 1984-01-01 and 2149-12-31; 3027-01-04 does not.",
        ),
        (["--name", "  "], "--name needs a name that is not empty."),
    ],
)
def test_bad_values_print_one_line_and_write_nothing(tmp_path, capsys, arguments, message):
    path = tmp_path / "p.pmdb"
    assert cli.main(["new", str(path), *arguments]) == 1
    err = capsys.readouterr().err
    assert err == f"pmdesk: {message}\n"
    assert not path.exists()


def test_start_and_finish_together_are_refused(tmp_path, capsys):
    path = tmp_path / "p.pmdb"
    with pytest.raises(SystemExit) as exit_:
        cli.main(["new", str(path), "--start", "2027-01-04", "--finish", "2027-03-31"])
    assert exit_.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err
    assert not path.exists()


def test_project_information_fields_survive_save_and_reopen(tmp_path):
    from pmdesk.core.entities import Plan

    path = tmp_path / "p.pmdb"
    assert cli.main(["new", str(path)]) == 0
    data = load_plan(path)
    data.plan.notes = "Board approved\nphase 1"
    data.plan.minutes_per_day, data.plan.minutes_per_week, data.plan.days_per_month = (
        450,
        2250,
        21,
    )
    data.plan.settings = {"honor_constraints": False, "fiscal_year_start_month": 4}
    data.load([Task(1, "Weld", ignore_resource_calendars=True)])
    save_plan(data, path)
    again = load_plan(path)
    for name in ("notes", "minutes_per_day", "minutes_per_week", "days_per_month", "settings"):
        assert getattr(again.plan, name) == getattr(data.plan, name), name
    assert again.tasks[1].ignore_resource_calendars is True
    assert Plan().minutes_per_day == 480  # the default old files are given


def test_without_start_the_first_day_also_skips_the_holidays(tmp_path, monkeypatch):
    from datetime import date

    from pmdesk.store import pmdb

    real = pmdb.blank_plan
    # "Today" is Saturday 6 March 2027: Monday 8 March is Nyepi in Indonesia.
    monkeypatch.setattr(
        pmdb, "blank_plan", lambda name, today=None: real(name, today=today or date(2027, 3, 6))
    )
    path = tmp_path / "p.pmdb"
    assert cli.main(["new", str(path), "--holidays", "ID"]) == 0
    assert load_plan(path).plan.start == datetime(2027, 3, 9, 8, 0)
    other = tmp_path / "q.pmdb"
    assert cli.main(["new", str(other), "--start", "2027-03-08", "--holidays", "ID"]) == 0
    assert load_plan(other).plan.start == datetime(2027, 3, 9, 8, 0)
