"""`pmdesk push FILE.pmdb --to URL [--name NAME] [--replace]`: put a plan on a team server."""

from __future__ import annotations

import argparse

NAME = "push"
HELP = "copy a .pmdb plan to a PostgreSQL server (postgresql://user@host/db) as a team plan"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the .pmdb plan to copy up")
    parser.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="postgresql://user@host[:port]/database[?plan=NAME&sslmode=...]",
    )
    parser.add_argument(
        "--name",
        metavar="NAME",
        help="the plan's name on the server (default: the URL's plan=, else the plan's own name)",
    )
    parser.add_argument(
        "--replace", action="store_true", help="replace the server's plan of that name"
    )


def run(args: argparse.Namespace) -> int:
    from pmdesk.store import server
    from pmdesk.store.pmdb import load_plan
    from pmdesk.store.server.address import parse_address

    data = load_plan(args.file)
    name = args.name or parse_address(args.to).plan or data.plan.name
    server.push(data, args.to, name, replace=args.replace)
    print(
        f"Pushed {args.file} to {parse_address(args.to).display} as plan {name!r}: "
        f"{len(data.tasks)} tasks."
    )
    return 0
