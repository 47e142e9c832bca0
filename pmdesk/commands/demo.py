"""`pmdesk demo -o FILE`: write the demo plan (a product launch) to a new .pmdb file."""

from __future__ import annotations

import argparse

from pmdesk.core.errors import PmdeskError

NAME = "demo"
HELP = "write the demo plan (a product launch with roadmap, canvas, P&L and ~60 tasks) to FILE"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the .pmdb file to write")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pmdesk.core.demo import build_demo_plan
    from pmdesk.store.pmdb import save_plan

    target = Path(args.output)
    if target.exists() and not args.force:
        raise PmdeskError(f"{target} exists already; choose another name or add --force.")
    save_plan(build_demo_plan(), target)
    print(f"Wrote the demo plan to {target}.")
    return 0
