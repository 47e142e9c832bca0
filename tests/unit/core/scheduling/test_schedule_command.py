"""`pmdesk schedule FILE [--json]`: the JSON keys the issue specifies, the text table, errors."""

import json

import pytest
from scheduling_plans import DAY, plan, task

from pmdesk import cli
from pmdesk.commands.schedule import schedule_document, schedule_text
from pmdesk.core.entities import LagKind, LinkType
from pmdesk.core.scheduling import schedule_plan


def sample():
    return plan(task(1, name="Build"), task(2, 2, parent_id=1, name="Code"),
                task(3, 0, parent_id=1, name="Done"), task(4, 1, name="Ship"),
                links=((2, 3), (1, 4, LinkType.FS, DAY), (2, 4, LinkType.SS, 50, LagKind.PERCENT)))  # fmt: skip


def test_json_document_has_the_specified_keys_and_values():
    data = sample()
    document = schedule_document(data, schedule_plan(data))
    assert document["project_start"] == "2026-01-05T08:00:00"
    assert document["project_finish"] == "2026-01-08T17:00:00"
    assert [t["id"] for t in document["tasks"]] == [1, 2, 3, 4]
    ship = document["tasks"][3]
    assert set(ship) == {
        "id", "unique_id", "wbs", "name", "start", "finish", "duration_minutes",
        "total_float_minutes", "free_float_minutes", "critical", "summary", "milestone",
        "predecessors",
    }  # fmt: skip
    assert ship == {
        "id": 4, "unique_id": 4, "wbs": "2", "name": "Ship", "start": "2026-01-08T08:00:00",
        "finish": "2026-01-08T17:00:00", "duration_minutes": 480, "total_float_minutes": 0,
        "free_float_minutes": 0, "critical": True, "summary": False, "milestone": False,
        "predecessors": [{"id": 1, "unique_id": 1, "type": "FS", "lag_minutes": 480},
                         {"id": 2, "unique_id": 2, "type": "SS", "lag_minutes": 480}],
    }  # fmt: skip
    done = document["tasks"][2]
    assert (done["wbs"], done["start"], done["milestone"]) == ("1.2", "2026-01-06T17:00:00", True)
    assert document["tasks"][0]["summary"] is True


def test_text_table_lists_every_task():
    data = sample()
    text = schedule_text(data, schedule_plan(data))
    lines = text.splitlines()
    assert lines[0].split() == ["ID", "Unique", "ID", "WBS", "Name", "Start", "Finish",
                                "Duration", "Total", "float", "Free", "float", "Critical"]  # fmt: skip
    assert "Code" in lines[2] and "2026-01-05 08:00" in lines[2] and "2 d" in lines[2]
    assert lines[-1] == "Project: 2026-01-05 08:00 - 2026-01-08 17:00"


def test_the_id_is_the_one_the_window_shows_and_the_unique_id_comes_apart():
    """Issue 11: the task the window numbers 2 (ID) was printed as 61 (its stored id)."""
    data = plan(task(60, name="First"), task(61, 1, name="Second", position=1), links=((60, 61),))
    document = schedule_document(data, schedule_plan(data))
    second = document["tasks"][1]
    assert (second["id"], second["unique_id"]) == (2, 61)
    assert second["predecessors"][0]["id"] == 1 and second["predecessors"][0]["unique_id"] == 60
    row = schedule_text(data, schedule_plan(data)).splitlines()[2].split()
    assert row[:3] == ["2", "61", "2"]


def test_cli_schedules_a_saved_file(tmp_path, capsys):
    pmdb = pytest.importorskip("pmdesk.store.pmdb")
    path = tmp_path / "plan.pmdb"
    pmdb.save_plan(sample(), path)
    assert cli.main(["schedule", str(path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["project_finish"] == "2026-01-08T17:00:00"
    assert document["tasks"][3]["start"] == "2026-01-08T08:00:00"
    assert cli.main(["schedule", str(path)]) == 0
    assert "Ship" in capsys.readouterr().out


def test_cli_reports_an_unschedulable_plan(tmp_path, capsys):
    pmdb = pytest.importorskip("pmdesk.store.pmdb")
    path = tmp_path / "loop.pmdb"
    pmdb.save_plan(plan(task(1, name="A"), task(2, name="B"), links=((1, 2), (2, 1))), path)
    assert cli.main(["schedule", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pmdesk: ") and "'A'" in err and "'B'" in err and "Traceback" not in err
    assert cli.main(["schedule", str(tmp_path / "missing.pmdb")]) == 1
