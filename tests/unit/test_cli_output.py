"""What the CLI prints: no terminal control sequences from names, a quiet end on `| head`."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest

from pmdesk.cli import main
from pmdesk.commands.terminal import strip_controls
from pmdesk.core.entities import Task
from pmdesk.store.lock import lock_path
from pmdesk.store.pmdb import blank_plan, save_plan

NASTY = "Evil\x1b]0;pwned\x07\x1b[2J\x1b[31mred\rover\x9b1m\x00end"


@pytest.fixture
def nasty_plan(tmp_path):
    data = blank_plan(NASTY)
    data.load(
        [Task(id=1, name=NASTY, duration=480), Task(id=2, name="plain", duration=480, position=1)]
    )
    path = tmp_path / "nasty.pmdb"
    save_plan(data, path)
    return path


def test_strip_controls_keeps_text_newlines_and_tabs():
    assert strip_controls(NASTY) == "Evilredoverend"
    assert strip_controls("a\tb\nc ü €") == "a\tb\nc ü €"


@pytest.mark.parametrize("command", [["schedule"], ["info"], ["schedule", "--json"]])
def test_names_are_printed_without_control_sequences(nasty_plan, capsys, command):
    assert main([command[0], str(nasty_plan), *command[1:]]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out and "\x07" not in out and "\x9b" not in out
    assert "Evil" in out
    if "--json" in command:
        names = [task["name"] for task in json.loads(out)["tasks"]]
        # JSON escapes C0 control characters: those reach a JSON reader intact.
        assert names[0].startswith("Evil\x1b]0;pwned\x07\x1b[2J\x1b[31mred\rover")
        assert names[0].endswith("\x00end")


def test_lock_fields_are_printed_without_control_sequences(nasty_plan, capsys):
    lock_path(nasty_plan).write_text(
        json.dumps(
            {
                "user": "\x1b[2Jmallory",
                "host": "\x1b]0;x\x07evilhost",
                "pid": 1,
                "since": datetime.now().isoformat(timespec="seconds"),
                "token": "t",
                "app": "x",
            }
        )
    )
    from pmdesk.store.pmdb import save_plan as save

    with pytest.raises(Exception) as caught:
        save(blank_plan(), nasty_plan)
    assert "mallory" in str(caught.value)
    assert main(["import", str(nasty_plan), "-o", str(nasty_plan)]) == 1  # not .xml: refused
    capsys.readouterr()
    assert main(["new", str(nasty_plan), "--force"]) == 1
    err = capsys.readouterr().err
    assert "mallory" in err and "\x1b" not in err and "\x07" not in err
    assert err.count("\n") == 1


def test_a_reader_that_leaves_early_ends_the_command_quietly(tmp_path):
    data = blank_plan()
    data.load(
        [Task(id=i, name=f"task {i} " + "x" * 60, duration=480, position=i) for i in range(1, 3001)]
    )
    path = tmp_path / "big.pmdb"
    save_plan(data, path)
    for command in (["schedule"], ["schedule", "--json"], ["info"]):
        process = subprocess.Popen(
            [sys.executable, "-m", "pmdesk", command[0], str(path), *command[1:]],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        process.stdout.readline()
        process.stdout.close()  # as `| head -1` does
        _out, err = process.communicate(timeout=120)
        assert b"Traceback" not in err and b"BrokenPipe" not in err, err
        assert err == b""
