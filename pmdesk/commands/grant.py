"""`pmdesk grant URL --plan NAME --role ROLE [--read-only]`: let a PostgreSQL role read (or
edit) one server plan; row-level security keeps every other plan out of its sight."""

from __future__ import annotations

import argparse

from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

NAME = "grant"
HELP = QT_TRANSLATE_NOOP(
    "Commands", "let a PostgreSQL role read or edit one plan on a server (run as the tables' owner)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "url", metavar="URL", help=translate("Commands", "postgresql://admin@host[:port]/database")
    )
    parser.add_argument(
        "--plan", metavar="NAME", help=translate("Commands", "the plan (or ?plan=NAME in the URL)")
    )
    parser.add_argument(
        "--role",
        required=True,
        metavar="ROLE",
        help=translate("Commands", "an existing PostgreSQL role (a person, or a group role)"),
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help=translate("Commands", "may open the plan but not change it"),
    )


def run(args: argparse.Namespace) -> int:
    from pmdesk.store.server import grant_access

    grant_access(args.url, args.plan, args.role, not args.read_only)
    done = (
        translate("Commands", "%1 may now read the plan.")
        if args.read_only
        else translate("Commands", "%1 may now read and edit the plan.")
    )
    print(done.replace("%1", args.role))
    return 0
