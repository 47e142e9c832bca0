"""`pmdesk export FILE -o DEST.{xml,gan,csv,xlsx,mpx,xer,pmxml,planner}`: write a .pmdb plan for
another tool (the last four through MPXJ, with the formats extra)."""

from __future__ import annotations

import argparse

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
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DEST",
        help=translate("Commands", "DEST.xml, .gan, .csv, .xlsx, .mpx, .xer, .pmxml or .planner"),
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

    from pmdesk.io.formats import EXPORT_EXTENSIONS, export_file
    from pmdesk.store.pmdb import load_plan

    target = Path(args.output)
    if target.suffix.lower() in (".mpp", ".mpt"):
        from pmdesk.io.mpxj_route import refuse_mpp

        raise refuse_mpp()
    if target.suffix.lower() not in EXPORT_EXTENSIONS:
        raise PmdeskError(
            f"pmdesk cannot export to {target.suffix or 'a file without an extension'}; "
            f"use one of {', '.join(EXPORT_EXTENSIONS)}."
        )
    if target.exists() and not args.force:
        raise PmdeskError(f"{target} exists already; choose another name or add --force.")
    data = load_plan(args.file)
    warnings = export_file(data, target)
    print(f"Exported {args.file} to {target}: {len(data.tasks)} tasks.")
    if warnings and not args.quiet:
        print(f"Warnings ({len(warnings)}):")
        for warning in warnings:
            print(f"  - {warning}")
    return 0
