"""Composition root: parse the command line, run a sub-command or start the GUI.

``pmdesk [FILE]`` and ``pmdesk --demo`` open the GUI; ``pmdesk COMMAND ...`` runs one of the
sub-commands in ``pmdesk.commands`` (each module has NAME, HELP, add_arguments, run).
User errors print one line on stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import shlex
import sys
from collections.abc import Mapping
from typing import Protocol, cast

from pmdesk import __version__
from pmdesk.commands.terminal import ControlFreeStream, strip_controls
from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import LANGUAGE_ENV, UnknownLanguage, normalise_language, translate


class Command(Protocol):
    """What each module under pmdesk.commands has (the module itself is the command)."""

    NAME: str
    HELP: str

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


# Sub-commands: the name typed -> its module under pmdesk.commands, in the order --help lists
# them. Known without importing the modules: opening the window needs only the names (the
# modules and what they import cost 13 ms of start-up), --help and a command import them.
COMMANDS = {
    "new": "new",
    "demo": "demo",
    "check": "check",
    "info": "info",
    "schedule": "schedule",
    "level": "level",
    "roadmap": "roadmap",
    "pnl": "pnl",
    "risk": "risk",
    "status": "status",
    "report": "report",
    "import": "import_plan",
    "export": "export_plan",
    "screenshot": "screenshot",
    "print": "print_plan",
    "push": "push",
    "pull": "pull",
    "sync": "sync",
    "grant": "grant",
    "portfolio": "portfolio",
}


def _command_module(name: str) -> Command | None:
    """The module of sub-command ``name``, or None when it is not built (not offered)."""
    module_name = f"pmdesk.commands.{COMMANDS[name]}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    # importlib answers a ModuleType; every module named in COMMANDS is a Command
    # (tests/unit/test_cli_commands.py checks each one's NAME and --help).
    return cast(Command, module)


def _command_modules() -> dict[str, Command]:
    modules: dict[str, Command] = {}
    for name in COMMANDS:
        command = _command_module(name)
        if command is not None:
            modules[name] = command
    return modules


def _gui_parser(commands: Mapping[str, Command] | None) -> argparse.ArgumentParser:
    """The parser of ``pmdesk [FILE]``; ``commands`` (for --help) list the sub-commands."""
    epilog = None
    if commands is not None:
        lines = "\n".join(
            f"  {name:<12} {translate('Commands', module.HELP)}"
            for name, module in commands.items()
        )
        epilog = translate("Commands", "commands (pmdesk COMMAND --help for each):") + f"\n{lines}"
    parser = argparse.ArgumentParser(
        prog="pmdesk",
        description=translate(
            "Commands", "pmdesk: product and project planning over one .pmdb file."
        ),
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file",
        nargs="?",
        help=translate(
            "Commands",
            "a .pmdb plan to open (or a .xml, .gan, .csv, .mpp, .mpx, .xer... to import, "
            "or a server plan: postgresql://user@host/db?plan=NAME)",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Commands", "open a fresh copy of the demo plan"),
    )
    parser.add_argument("--version", action="version", version=f"pmdesk {__version__}")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=translate(
            "Commands",
            "the interface language: en (English) or id "
            "(Bahasa Indonesia); default: View > Language, else the "
            "system's",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "Commands",
            "check this installation headless (demo plan, "
            "schedule, views, PDF, MS Project XML, save): one line "
            "per check, exit 0 when all pass",
        ),
    )
    return parser


# What only a console program can do: print. The bundle's windowed `pmdesk` has no console
# on Windows (output would vanish), so it sends these to `pmdesk-cli` beside it.
CONSOLE_ONLY_OPTIONS = ("--self-test", "--help", "-h", "--version")


def needs_console(argv: list[str], commands: Mapping[str, object]) -> bool:
    return bool(argv) and (argv[0] in commands or any(a in CONSOLE_ONLY_OPTIONS for a in argv))


def is_console_program(started_as: str) -> bool:
    """Whether the bundle's executable was started as pmdesk-cli (a path, a name, .exe)."""
    name = os.path.splitext(os.path.basename(started_as))[0].lower()
    return name == "pmdesk-cli"


def use_the_console_program(argv: list[str]) -> int:
    """Tell (on stderr, or in a message box when there is none) to run ``argv`` with pmdesk-cli."""
    from PySide6.QtCore import QCoreApplication

    name = "pmdesk-cli.exe" if sys.platform == "win32" else "pmdesk-cli"
    command = shlex.join([os.path.join(os.path.dirname(sys.executable), name), *argv])
    message = QCoreApplication.translate(
        "pmdesk",
        "This is the windowed pmdesk, which cannot print; run the command with the "
        "console program beside it: {0}",
    ).format(command)
    if sys.stderr is not None:
        print(f"pmdesk: {message}", file=sys.stderr)
    else:
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("pmdesk")
        QMessageBox.information(None, "pmdesk", message)
    return 2


def take_language(argv: list[str], commands: Mapping[str, object]) -> list[str]:
    """Apply a ``--lang CODE`` given before any command (and, for the GUI, anywhere) by
    setting PMDESK_LANG for this process; returns ``argv`` without it. After a command name
    it is that command's own option (``pmdesk demo --lang id``) and stays."""
    rest, index = [], 0
    while index < len(argv):
        arg = argv[index]
        if arg in commands:
            rest.extend(argv[index:])
            break
        if arg == "--lang" or arg.startswith("--lang="):
            if arg == "--lang":
                if index + 1 >= len(argv):
                    raise UnknownLanguage("--lang needs a language code: en or id.")
                code, index = argv[index + 1], index + 2
            else:
                code, index = arg.partition("=")[2], index + 1
            os.environ[LANGUAGE_ENV] = normalise_language(code)
            continue
        rest.append(arg)
        index += 1
    return rest


def _speak_chosen_language() -> None:
    """Commands and help in the chosen language (``--lang``, PMDESK_LANG, else the system's):
    English needs nothing; another language loads its catalogue (Qt's QTranslator, no
    application object) for the core's ``translate`` and the locale's formats."""
    from pmdesk.core.translation import SOURCE_LANGUAGE

    code = os.environ.get(LANGUAGE_ENV, "").strip()
    if not code:
        return  # the system's language is the GUI's default; commands keep English output
    language = normalise_language(code)
    if language != SOURCE_LANGUAGE:
        from pmdesk.commands.argparsewords import speak_argparse
        from pmdesk.ui.language import install_core_language

        if install_core_language(language):
            speak_argparse()


def main(argv: list[str] | None = None, windowed: bool = False) -> int:
    """Run ``pmdesk ARGV``; ``windowed`` is the bundle's GUI executable, which has no console."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # Older macOS hands an app started from Finder a process serial number: not a file.
    argv = [arg for arg in argv if not arg.startswith("-psn_")]
    if windowed and needs_console(argv, COMMANDS):
        return use_the_console_program(argv)
    try:
        argv = take_language(argv, COMMANDS)
        asks_help = "-h" in argv or "--help" in argv
        if (argv and argv[0] in COMMANDS) or asks_help:
            _speak_chosen_language()  # the GUI loads its language itself, with Qt's own
        if argv and argv[0] in COMMANDS:
            command = _command_module(argv[0])
            if command is not None:
                return _run_command(command, argv[1:])
        args = _gui_parser(_command_modules() if asks_help else None).parse_args(argv)
        if args.self_test:
            from pmdesk.selftest import run_self_test

            return run_self_test()
        # Opening the window makes objects that live as long as it (modules, classes, widgets,
        # the plan): the cyclic collector would walk them some 90 times before the first paint
        # and find nothing to free. It is paused until the window is built (run_gui resumes it).
        gc.disable()
        try:
            from pmdesk.ui.app import run_gui  # Qt is imported only when the GUI starts

            return run_gui(args.file, demo=args.demo)
        finally:
            gc.enable()
    except (PmdeskError, UnknownLanguage) as exc:
        print(f"pmdesk: {strip_controls(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _run_command(module: Command, argv: list[str]) -> int:
    """Run one sub-command with its output free of terminal control sequences (names come
    from files anyone could write); a reader that goes away (`| head`) ends it quietly."""
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = ControlFreeStream(stdout), ControlFreeStream(stderr)
    try:
        parser = argparse.ArgumentParser(
            prog=f"pmdesk {module.NAME}", description=translate("Commands", module.HELP)
        )
        module.add_arguments(parser)
        args = parser.parse_args(argv)
        try:
            code = int(module.run(args) or 0)
            sys.stdout.flush()
            return code
        except BrokenPipeError:
            # `pmdesk schedule FILE | head -1`: the reader has all it wanted. Point stdout at
            # the null device so that flushing it at exit cannot fail again (Python's
            # documented recipe), and exit as a process ended by SIGPIPE does.
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
            except (OSError, ValueError):
                pass
            return 141
    finally:
        sys.stdout, sys.stderr = stdout, stderr
