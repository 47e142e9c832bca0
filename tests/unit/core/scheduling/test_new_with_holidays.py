"""`pmdesk new FILE --holidays COUNTRY[:SUBDIV]` then `pmdesk schedule`: a task crossing
Nyepi and Idul Fitri 2027 is longer by those days; bad countries are one line, no file."""

from __future__ import annotations

import json
from datetime import date, datetime

from pmdesk import cli
from pmdesk.core.entities import Task
from pmdesk.store.pmdb import load_plan, save_plan


def _new(tmp_path, *extra):
    path = tmp_path / "plan.pmdb"
    code = cli.main(["new", str(path), *extra])
    return path, code


def _with_task(path, start: datetime) -> None:
    # `--start` belongs to the Project Information work; set the start here so this test
    # does not depend on it.
    data = load_plan(path)
    data.plan.start = start
    data.load([Task(id=1, name="Survey", duration=10 * 480)])
    save_plan(data, path)


def _finish(path, capsys) -> str:
    capsys.readouterr()
    assert cli.main(["schedule", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["tasks"][0]["finish"]


def test_indonesian_holidays_lengthen_a_task_across_nyepi_and_idul_fitri(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    plain, code = _new(tmp_path / "a")
    assert code == 0
    _with_task(plain, datetime(2027, 3, 1, 8))
    # Ten working days from Monday 1 March 2027: Friday 12 March without holidays.
    assert _finish(plain, capsys) == "2027-03-12T17:00:00"

    holidays_dir = tmp_path / "b"
    holidays_dir.mkdir()
    path, code = _new(holidays_dir, "--holidays", "ID")
    assert code == 0
    names = {e.start: e.name for e in load_plan(path).calendar_exceptions.values()}
    assert "Day of Silence" in names[date(2027, 3, 8)]
    assert "Eid al-Fitr" in names[date(2027, 3, 10)]
    _with_task(path, datetime(2027, 3, 1, 8))
    # Nyepi (Mon 8), Idul Fitri (Wed 10, Thu 11): three more days, to Wednesday 17 March.
    assert _finish(path, capsys) == "2027-03-17T17:00:00"


def test_a_subdivision_and_bad_countries(tmp_path, capsys):
    path, code = _new(tmp_path, "--holidays", "DE:BY")
    assert code == 0
    assert date(2026, 1, 6) in {e.start for e in load_plan(path).calendar_exceptions.values()}
    for bad, words in (("XX", "no holiday list"), ("US:ZZ", "no subdivision 'ZZ'")):
        target = tmp_path / f"{bad.replace(':', '_')}.pmdb"
        assert cli.main(["new", str(target), "--holidays", bad]) == 1
        err = capsys.readouterr().err
        assert words in err and err.count("\n") == 1 and not target.exists()


def test_the_issues_commands_start_and_holidays(tmp_path, capsys):
    # `pmdesk new plan.pmdb --start 2027-01-04 --holidays ID`, a 50-day task, `pmdesk schedule`.
    results = {}
    for label, extra in (("plain", []), ("holidays", ["--holidays", "ID"])):
        path = tmp_path / f"{label}.pmdb"
        assert cli.main(["new", str(path), "--start", "2027-01-04", *extra]) == 0
        data = load_plan(path)
        assert data.plan.start == datetime(2027, 1, 4, 8)
        data.load([Task(id=1, name="Fit-out", duration=50 * 480)])
        save_plan(data, path)
        results[label] = _finish(path, capsys)
    assert results["plain"] == "2027-03-12T17:00:00"
    # Isra' Mi'raj (Tue 5 Jan), Nyepi (Mon 8 Mar), Idul Fitri (Wed 10, Thu 11 Mar): 4 days.
    assert results["holidays"] == "2027-03-18T17:00:00"
