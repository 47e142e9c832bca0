"""`pmdesk import` and `pmdesk export`, and `pmdesk info --json` on what import wrote."""

from __future__ import annotations

import json

import pytest

from pmdesk.cli import main


def test_import_then_info_counts(interop_dir, tmp_path, capsys):
    pytest.importorskip("pmdesk.store.pmdb")
    pytest.importorskip("pmdesk.commands.info")
    for name, counts in (
        ("HouseBuildingSample.gan", {"tasks": 20, "resources": 7, "assignments": 30, "links": 17}),
        (
            "NewProduct-projectlibre.xml",
            {"tasks": 43, "resources": 8, "assignments": 28, "links": 37},
        ),
    ):
        target = tmp_path / f"{name}.pmdb"
        assert main(["import", str(interop_dir / name), "-o", str(target)]) == 0
        printed = capsys.readouterr().out
        assert f"{counts['tasks']} tasks" in printed
        assert main(["info", str(target), "--json"]) == 0
        info = json.loads(capsys.readouterr().out)
        assert {key: info[key] for key in counts} == counts


def test_import_prints_the_warnings(interop_dir, tmp_path, capsys):
    pytest.importorskip("pmdesk.store.pmdb")
    target = tmp_path / "h.pmdb"
    assert main(["import", str(interop_dir / "HouseBuildingSample.gan"), "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Warnings (" in out and "phone numbers" in out


def test_export_round_trip_through_the_cli(interop_dir, tmp_path, capsys):
    pytest.importorskip("pmdesk.store.pmdb")
    plan = tmp_path / "n.pmdb"
    assert main(["import", str(interop_dir / "NewProduct-projectlibre.xml"), "-o", str(plan)]) == 0
    for extension in (".xml", ".gan", ".csv", ".xlsx"):
        target = tmp_path / f"n{extension}"
        assert main(["export", str(plan), "-o", str(target)]) == 0
        assert target.stat().st_size > 1000
    capsys.readouterr()
    again = tmp_path / "again.pmdb"
    assert main(["import", str(tmp_path / "n.xml"), "-o", str(again)]) == 0
    assert "43 tasks, 37 links, 8 resources, 28 assignments" in capsys.readouterr().out


def test_cli_user_errors(tmp_path, capsys):
    missing = tmp_path / "missing.xml"
    assert main(["import", str(missing), "-o", str(tmp_path / "x.pmdb")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["import", str(missing), "-o", str(tmp_path / "x.txt")]) == 1
    assert "should end in .pmdb" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "a.pmdb"), "-o", str(tmp_path / "a.doc")]) == 1
    assert "cannot export" in capsys.readouterr().err
