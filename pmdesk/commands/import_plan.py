"""`pmdesk import SRC -o DEST.pmdb`: read an MS Project XML, GanttProject or CSV plan, or (with
the formats extra) any file MPXJ reads (.mpp, .mpx, .xer, PMXML...), into a .pmdb."""

from __future__ import annotations

import argparse

from pmdesk.commands.outputfile import add_conversion_arguments, print_warnings, refuse_to_replace
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
    add_conversion_arguments(parser, translate("Commands", "the .pmdb to write"))


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pmdesk.io.formats import import_file
    from pmdesk.store.pmdb import save_plan

    target = Path(args.output)
    if target.suffix.lower() != ".pmdb":
        raise PmdeskError(
            translate(
                "Commands", "%1 should end in .pmdb; pmdesk imports into its own format."
            ).replace("%1", str(target))
        )
    refuse_to_replace(target, args.force)
    result = import_file(args.source)
    save_plan(result.data, target)
    data = result.data
    counts = (data.tasks, data.links, data.resources, data.assignments, data.calendars)
    text = translate(
        "Commands",
        "Imported %1 into %2: %3 tasks, %4 links, %5 resources, %6 assignments, "
        "%7 calendars, %8 baselines.",
    )
    for number, value in enumerate(
        (args.source, target, *(len(c) for c in counts), len(data.baselines)), start=1
    ):
        text = text.replace(f"%{number}", str(value))
    print(text)
    print_warnings(result.warnings, args.quiet)
    return 0
