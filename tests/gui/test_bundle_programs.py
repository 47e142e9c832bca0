"""The bundle's two programs: the windowed pmdesk sends commands to pmdesk-cli, and the
launcher tells them apart by the name it was started as."""

import sys

import pytest

from pmdesk.cli import main


def test_the_windowed_program_sends_commands_to_the_console_one(capsys):
    assert main(["check", "plan.pmdb"], windowed=True) == 2
    err = capsys.readouterr().err
    assert "run the command with the console program beside it:" in err
    assert err.strip().endswith("pmdesk-cli check plan.pmdb")
    assert main(["--self-test"], windowed=True) == 2
    assert "pmdesk-cli --self-test" in capsys.readouterr().err


def test_without_a_console_it_says_so_in_a_message_box(qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(sys, "stderr", None)  # a windowed Windows executable has none
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    assert main(["info", "a b.pmdb", "--json"], windowed=True) == 2
    assert len(shown) == 1 and shown[0].endswith("pmdesk-cli info 'a b.pmdb' --json")


def test_the_windowed_program_still_opens_files(monkeypatch):
    opened = []
    monkeypatch.setattr(
        "pmdesk.ui.app.run_gui", lambda path, demo=False: opened.append((path, demo)) or 0
    )
    assert main(["plan.pmdb"], windowed=True) == 0
    assert opened == [("plan.pmdb", False)]


@pytest.mark.parametrize(
    "started_as, console",
    [
        ("/usr/bin/pmdesk-cli", True),
        ("pmdesk-cli", True),
        (
            "C:\\Program Files\\pmdesk\\PMDESK-CLI.EXE"
            if sys.platform == "win32"
            else "PMDESK-CLI.exe",
            True,
        ),
        ("/usr/lib/pmdesk/pmdesk", False),
        ("pmdesk.exe", False),
        ("/opt/pmdesk-cli/pmdesk", False),  # the folder's name does not count
    ],
)
def test_the_bundle_tells_its_two_programs_apart_by_name(started_as, console):
    from pmdesk.cli import is_console_program

    assert is_console_program(started_as) is console


def test_a_finder_process_serial_number_is_not_taken_for_a_file(monkeypatch):
    opened = []
    monkeypatch.setattr("pmdesk.ui.app.run_gui", lambda path, demo=False: opened.append(path) or 0)
    assert main(["-psn_0_1234567"], windowed=True) == 0
    assert opened == [None]
