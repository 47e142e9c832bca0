"""What the commands that write a new file share: ``-o/--output`` with ``--force`` and the
refusal to replace a file without it (import, export, demo, new, pull), and for the two
conversions, ``-q/--quiet`` and how a converter's warnings are printed."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import translate


def add_output_arguments(
    parser: argparse.ArgumentParser, output_help: str, metavar: str = "DEST"
) -> None:
    """-o/--output (required, ``output_help`` already translated) and --force."""
    parser.add_argument("-o", "--output", required=True, metavar=metavar, help=output_help)
    add_force_argument(parser, metavar)


def add_force_argument(parser: argparse.ArgumentParser, metavar: str) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help=translate("Commands", "replace %1 if it exists").replace("%1", metavar),
    )


def add_conversion_arguments(parser: argparse.ArgumentParser, output_help: str) -> None:
    """import's and export's -o/--output DEST, --force and -q/--quiet."""
    add_output_arguments(parser, output_help)
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help=translate("Commands", "do not print the warnings"),
    )


def refuse_to_replace(target: Path, force: bool) -> None:
    """A PmdeskError when ``target`` exists and --force was not given."""
    if target.exists() and not force:
        raise PmdeskError(
            translate("Commands", "%1 exists already; choose another name or add --force.").replace(
                "%1", str(target)
            )
        )


def print_warnings(warnings: Sequence[str], quiet: bool) -> None:
    """A converter's warnings under a count, one a line (none with -q)."""
    if not warnings or quiet:
        return
    print(translate("Commands", "Warnings (%1):").replace("%1", str(len(warnings))))
    for warning in warnings:
        print(f"  - {warning}")
