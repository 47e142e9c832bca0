"""`pmdesk level`: levels a plan file (in place or into -o), prints what moved, clears, and
refuses bad arguments with one sentence and a non-zero exit."""

from __future__ import annotations

import pytest

from pmdesk.cli import main
from pmdesk.store.pmdb import load_plan


@pytest.fixture()
def demo_file(tmp_path):
    path = tmp_path / "demo.pmdb"
    assert main(["demo", "-o", str(path)]) == 0
    return path


def test_level_into_another_file_then_clear_in_place(demo_file, tmp_path, capsys):
    out = tmp_path / "leveled.pmdb"
    capsys.readouterr()
    assert main(["level", str(demo_file), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "tasks moved." in printed and "->" in printed and "leveling delay" in printed
    leveled = load_plan(out)
    assert any(t.leveling_delay for t in leveled.tasks.values())
    assert not any(t.leveling_delay for t in load_plan(demo_file).tasks.values())
    assert main(["level", str(out), "--clear"]) == 0
    assert "leveling delays removed" in capsys.readouterr().out
    cleared = load_plan(out)
    assert not any(t.leveling_delay for t in cleared.tasks.values())
    assert {t.id: t.constraint_type for t in cleared.tasks.values()} == {
        t.id: t.constraint_type for t in load_plan(demo_file).tasks.values()
    }


def test_level_in_place_with_options(demo_file, capsys):
    assert main(["level", str(demo_file), "--order", "priority", "--within-slack", "--splits"]) == 0
    assert "moved." in capsys.readouterr().out
    assert any(t.leveling_delay for t in load_plan(demo_file).tasks.values())


@pytest.mark.parametrize(
    "args, message",
    [
        (["--from", "2026-13-01", "--to", "2026-12-01"], "is not a date"),
        (["--from", "2026-03-01"], "Give both dates"),
        (["--from", "2026-05-01", "--to", "2026-03-01"], "before its start"),
        (["-o", "out.txt"], "should end in .pmdb"),
        (["--clear", "--order", "id"], "takes no leveling options"),
        (["--clear", "--splits"], "takes no leveling options"),
    ],
)
def test_bad_arguments_are_one_sentence_and_leave_the_file(demo_file, capsys, args, message):
    before = demo_file.read_bytes()
    assert main(["level", str(demo_file), *args]) != 0
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert demo_file.read_bytes() == before


def test_a_missing_file_is_refused(tmp_path, capsys):
    assert main(["level", str(tmp_path / "none.pmdb")]) != 0
    assert "does not exist" in capsys.readouterr().err
