"""`pmdesk grant URL --plan NAME --role ROLE [--read-only]`: let a PostgreSQL role read (or
edit) one server plan; row-level security keeps every other plan out of its sight."""

from __future__ import annotations

import argparse

NAME = "grant"
HELP = "let a PostgreSQL role read or edit one plan on a server (run as the tables' owner)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", metavar="URL", help="postgresql://admin@host[:port]/database")
    parser.add_argument("--plan", metavar="NAME", help="the plan (or ?plan=NAME in the URL)")
    parser.add_argument(
        "--role",
        required=True,
        metavar="ROLE",
        help="an existing PostgreSQL role (a person, or a group role)",
    )
    parser.add_argument(
        "--read-only", action="store_true", help="may open the plan but not change it"
    )


def run(args: argparse.Namespace) -> int:
    from pmdesk.store.server import grant_access

    grant_access(args.url, args.plan, args.role, not args.read_only)
    print(f"{args.role} may now {'read' if args.read_only else 'read and edit'} the plan.")
    return 0
