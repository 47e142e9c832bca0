"""`pmdesk import SRC -o DEST.pmdb`: read an MS Project XML, GanttProject or CSV plan, or (with
the formats extra) any file MPXJ reads (.mpp, .mpx, .xer, PMXML...), into a .pmdb."""

from __future__ import annotations

import argparse

from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

NAME = "import"
HELP = QT_TRANSLATE_NOOP(
    "Commands",
    "import an MS Project XML (.xml), GanttProject (.gan) or CSV plan, or with the formats "
    "extra a .mpp, .mpx, .xer, P6 XML, Planner... file, into a new .pmdb file",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source",
        metavar="SRC",
        help=translate("Commands", "the .xml, .gan, .csv, .mpp, .mpx, .xer... file to read"),
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DEST",
        help=translate("Commands", "the .pmdb to write"),
    )
    parser.add_argument(
        "--force", action="store_true", help=translate("Commands", "replace DEST if it exists")
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help=translate("Commands", "do not print the warnings"),
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pmdesk.io.formats import import_file
    from pmdesk.store.pmdb import save_plan

    target = Path(args.output)
    if target.suffix.lower() != ".pmdb":
        raise PmdeskError(f"{target} should end in .pmdb; pmdesk imports into its own format.")
    if target.exists() and not args.force:
        raise PmdeskError(f"{target} exists already; choose another name or add --force.")
    result = import_file(args.source)
    save_plan(result.data, target)
    data = result.data
    print(
        f"Imported {args.source} into {target}: {len(data.tasks)} tasks, {len(data.links)} links, "
        f"{len(data.resources)} resources, {len(data.assignments)} assignments, "
        f"{len(data.calendars)} calendars, {len(data.baselines)} baselines."
    )
    if result.warnings and not args.quiet:
        print(f"Warnings ({len(result.warnings)}):")
        for warning in result.warnings:
            print(f"  - {warning}")
    return 0
