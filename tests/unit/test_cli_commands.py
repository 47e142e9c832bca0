"""Every sub-command module has the shape cli.Command describes (cli.py trusts it)."""

import argparse
import inspect

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
