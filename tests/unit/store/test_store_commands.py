"""`pmdesk new`, `pmdesk check` and `pmdesk info` (in-process through cli.main)."""

from __future__ import annotations

import json

from pmdesk import cli
from pmdesk.core.entities import Calendar
from pmdesk.store.identity import SCHEMA_VERSION
from pmdesk.store.pmdb import WorkingCopy, load_plan


def test_new_creates_an_empty_plan_with_a_standard_calendar(tmp_path, capsys):
    path = tmp_path / "launch.pmdb"
    assert cli.main(["new", str(path)]) == 0
    data = load_plan(path)
    assert data.plan.name == "launch" and data.plan.created is not None
    assert data.count(Calendar) == 1 and data.plan.default_calendar_id == 1
    assert (
        data.calendars[1].week[0] == [(480, 720), (780, 1020)] and 5 not in data.calendars[1].week
    )
    assert sum(data.count(kind) for kind in data._tables) == 1
    assert "Created" in capsys.readouterr().out


def test_new_refuses_to_replace_without_force(tmp_path, capsys):
    path = tmp_path / "x.pmdb"
    path.write_bytes(b"precious")
    assert cli.main(["new", str(path)]) == 1
    assert "exists already" in capsys.readouterr().err
    assert path.read_bytes() == b"precious"
    assert cli.main(["new", str(path), "--force", "--name", "Named"]) == 0
    assert load_plan(path).plan.name == "Named"


def test_info_json_keys_and_counts(plan_file, capsys):
    assert cli.main(["info", str(plan_file), "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    for key in (
        "name",
        "schema_version",
        "tasks",
        "links",
        "resources",
        "assignments",
        "roadmap_items",
        "canvas_factors",
        "pnl_lines",
    ):
        assert key in facts
    assert facts["name"] == "Every kind" and facts["schema_version"] == SCHEMA_VERSION
    assert (facts["tasks"], facts["links"], facts["resources"], facts["assignments"]) == (
        6,
        4,
        2,
        4,
    )
    assert (facts["roadmap_items"], facts["canvas_factors"], facts["pnl_lines"]) == (2, 1, 1)
    assert facts["app_version"] == "0.1.0"


def test_info_text(plan_file, capsys):
    assert cli.main(["info", str(plan_file)]) == 0
    out = capsys.readouterr().out
    assert "Every kind" in out and f"file format {SCHEMA_VERSION}" in out and "6 tasks" in out


def test_info_on_a_bad_file_is_one_line(tmp_path, capsys):
    path = tmp_path / "bad.pmdb"
    path.write_text("hello")
    assert cli.main(["info", str(path), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1


def test_check_on_a_plan_open_elsewhere_is_fine(plan_file, capsys):
    copy = WorkingCopy.open(plan_file)
    assert cli.main(["check", "-q", str(plan_file)]) == 0
    assert capsys.readouterr().out == ""
    copy.close()
