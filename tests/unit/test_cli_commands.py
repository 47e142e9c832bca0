"""Every sub-command module has the shape cli.Command describes (cli.py trusts it)."""

import argparse
import inspect
import os
import subprocess
import sys

import pytest

from pmdesk import cli


def test_every_command_module_is_a_command():
    commands = cli._command_modules()
    assert set(commands) >= {"new", "schedule", "print", "report", "status"}
    for name, module in commands.items():
        assert name == module.NAME
        assert isinstance(module.HELP, str) and module.HELP
        parser = argparse.ArgumentParser(prog=f"pmdesk {name}")
        module.add_arguments(parser)
        assert parser.format_usage().startswith(f"usage: pmdesk {name}")
        assert inspect.signature(module.run).return_annotation in (int, "int"), name


def test_every_command_is_built_under_its_name():
    # COMMANDS names each module without importing it: the name typed must be its NAME.
    assert set(cli._command_modules()) == set(cli.COMMANDS)


def test_opening_the_window_imports_no_command_module():
    # The GUI needs only the command names; their modules are start-up time for nothing.
    code = (
        "import sys; import pmdesk.ui.app as app; app.run_gui = lambda path, demo=False: 0; "
        "from pmdesk.cli import main; main(['--demo']); "
        "print(sorted(m for m in sys.modules if m.split('.')[-1] in "
        "set(__import__('pmdesk.cli').cli.COMMANDS.values()) and m.startswith('pmdesk.commands.')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_help_still_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert all(f"  {name} " in out for name in cli.COMMANDS)
