"""`pmdesk push FILE.pmdb --to URL [--name NAME] [--replace]`: put a plan on a team server."""

from __future__ import annotations

import argparse

from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

NAME = "push"
HELP = QT_TRANSLATE_NOOP(
    "Commands",
    "copy a .pmdb plan to a PostgreSQL server (postgresql://user@host/db) as a team plan",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Commands", "the .pmdb plan to copy up")
    )
    parser.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help=translate(
            "Commands", "postgresql://user@host[:port]/database[?plan=NAME&sslmode=...]"
        ),
    )
    parser.add_argument(
        "--name",
        metavar="NAME",
        help=translate(
            "Commands",
            "the plan's name on the server (default: the URL's plan=, else the plan's own name)",
        ),
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help=translate("Commands", "replace the server's plan of that name"),
    )


def run(args: argparse.Namespace) -> int:
    from pmdesk.store import server
    from pmdesk.store.pmdb import load_plan
    from pmdesk.store.server.address import parse_address

    data = load_plan(args.file)
    name = args.name or parse_address(args.to).plan or data.plan.name
    server.push(data, args.to, name, replace=args.replace)
    print(
        translate("Commands", "Pushed %1 to %2 as plan %3: %4 tasks.")
        .replace("%1", args.file)
        .replace("%2", parse_address(args.to).display)
        .replace("%3", repr(name))
        .replace("%4", str(len(data.tasks)))
    )
    return 0
