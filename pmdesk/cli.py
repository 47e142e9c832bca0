"""Composition root: parse the command line, run a sub-command or start the GUI.

``pmdesk [FILE]`` and ``pmdesk --demo`` open the GUI; ``pmdesk COMMAND ...`` runs one of the
sub-commands in ``pmdesk.commands`` (each module has NAME, HELP, add_arguments, run).
User errors print one line on stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from pmdesk import __version__
from pmdesk.core.errors import PmdeskError

# Sub-command modules under pmdesk.commands, in the order --help lists them.
COMMANDS = (
    "new",
    "demo",
    "check",
    "info",
    "schedule",
    "roadmap",
    "pnl",
    "risk",
    "import_plan",
    "export_plan",
    "screenshot",
    "print_plan",
)


def _command_modules() -> dict:
    modules = {}
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"pmdesk.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"pmdesk.commands.{name}":
                continue  # a command not built yet is simply not offered
            raise
        modules[module.NAME] = module
    return modules


def _gui_parser(commands: dict) -> argparse.ArgumentParser:
    lines = "\n".join(f"  {name:<12} {module.HELP}" for name, module in commands.items())
    parser = argparse.ArgumentParser(
        prog="pmdesk",
        description="pmdesk: product and project planning over one .pmdb file.",
        epilog=f"commands (pmdesk COMMAND --help for each):\n{lines}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", help="a .pmdb plan to open (or a .xml/.gan to import)")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo plan")
    parser.add_argument("--version", action="version", version=f"pmdesk {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = _command_modules()
    try:
        if argv and argv[0] in commands:
            module = commands[argv[0]]
            parser = argparse.ArgumentParser(prog=f"pmdesk {module.NAME}", description=module.HELP)
            module.add_arguments(parser)
            args = parser.parse_args(argv[1:])
            return int(module.run(args) or 0)
        args = _gui_parser(commands).parse_args(argv)
        from pmdesk.ui.app import run_gui  # Qt is imported only when the GUI starts

        return run_gui(args.file, demo=args.demo)
    except PmdeskError as exc:
        print(f"pmdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
