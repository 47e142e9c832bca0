"""`pmdesk new FILE`: create an empty plan (a Standard Mon-Fri calendar, nothing else)."""

from __future__ import annotations

import argparse

from pmdesk.commands import new_holidays
from pmdesk.core.errors import PmdeskError

NAME = "new"
HELP = "create a new, empty .pmdb plan FILE"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the .pmdb file to create")
    parser.add_argument("--name", help="the plan's name (default: the file name)")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    new_holidays.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pmdesk.store.pmdb import blank_plan, save_plan

    target = Path(args.file)
    if target.exists() and not args.force:
        raise PmdeskError(f"{target} exists already; choose another name or add --force.")
    data = blank_plan(args.name or target.stem)
    new_holidays.apply(args, data)
    save_plan(data, target)
    print(f"Created {target}.")
    return 0
