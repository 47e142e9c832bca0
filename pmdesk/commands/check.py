"""`pmdesk check FILE`: exit 0 when the plan file is sound, else one line saying why, exit 1."""

from __future__ import annotations

import argparse

from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

NAME = "check"
HELP = QT_TRANSLATE_NOOP(
    "Commands", "check that FILE is a sound pmdesk plan (exit 0), else say why (exit 1)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Commands", "the .pmdb file to check")
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help=translate("Commands", "print nothing when it is sound"),
    )


def run(args: argparse.Namespace) -> int:
    from pmdesk.store.pmdb import check_pmdb

    check_pmdb(args.file)  # a PmdbError becomes "pmdesk: <reason>" and exit 1 in cli.main
    if not args.quiet:
        print(f"{args.file}: ok")
    return 0
