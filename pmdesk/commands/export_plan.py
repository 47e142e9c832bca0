"""`pmdesk export FILE -o DEST.{xml,gan,csv,xlsx,mpx,xer,pmxml,planner}`: write a .pmdb plan for
another tool (the last four through MPXJ, with the formats extra)."""

from __future__ import annotations

import argparse

from pmdesk.commands.outputfile import add_conversion_arguments, print_warnings, refuse_to_replace
from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

NAME = "export"
HELP = QT_TRANSLATE_NOOP(
    "Commands",
    "export a .pmdb plan to MS Project XML (.xml), GanttProject (.gan), CSV or XLSX, or with "
    "the formats extra to .mpx, Primavera .xer or PMXML (.pmxml), Planner (.planner)",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Commands", "the .pmdb plan to read")
    )
    add_conversion_arguments(
        parser,
        translate("Commands", "DEST.xml, .gan, .csv, .xlsx, .mpx, .xer, .pmxml or .planner"),
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pmdesk.io.formats import EXPORT_EXTENSIONS, export_file
    from pmdesk.store.pmdb import load_plan

    target = Path(args.output)
    if target.suffix.lower() in (".mpp", ".mpt"):
        from pmdesk.io.mpxj_route import refuse_mpp

        raise refuse_mpp()
    if target.suffix.lower() not in EXPORT_EXTENSIONS:
        raise PmdeskError(
            translate("Commands", "pmdesk cannot export to %1; use one of %2.")
            .replace(
                "%1",
                target.suffix or translate("Commands", "a file without an extension"),
            )
            .replace("%2", ", ".join(EXPORT_EXTENSIONS))
        )
    refuse_to_replace(target, args.force)
    data = load_plan(args.file)
    warnings = export_file(data, target)
    print(
        translate("Commands", "Exported %1 to %2: %3 tasks.")
        .replace("%1", args.file)
        .replace("%2", str(target))
        .replace("%3", str(len(data.tasks)))
    )
    print_warnings(warnings, args.quiet)
    return 0
