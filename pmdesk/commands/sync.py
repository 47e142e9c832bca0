"""`pmdesk sync FILE.pmdb [--mine KEY ...] [--theirs KEY ...] [--all mine|theirs]`: merge an
offline copy (pull --offline) with its server plan, both ways, row by row."""

from __future__ import annotations

import argparse

NAME = "sync"
HELP = "merge an offline copy (pull --offline) back with its server plan, both ways"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the offline .pmdb copy")
    parser.add_argument(
        "--mine",
        action="append",
        default=[],
        metavar="KEY",
        help="keep this file's value of a conflict (KEY as listed: task:12:name)",
    )
    parser.add_argument(
        "--theirs",
        action="append",
        default=[],
        metavar="KEY",
        help="take the server's value of a conflict",
    )
    parser.add_argument(
        "--all", choices=("mine", "theirs"), help="decide every conflict not named otherwise"
    )


def _show(value: object) -> str:
    if value is None:
        return "(deleted)"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def run(args: argparse.Namespace) -> int:
    from pmdesk.store.pmdb import load_plan, save_plan
    from pmdesk.store.server.offline import sync_offline

    data = load_plan(args.file)
    choices: dict[str, str] | None = None
    if args.mine or args.theirs:
        choices = {key: "mine" for key in args.mine} | {key: "theirs" for key in args.theirs}
    # One merge: without conflicts (or with every one decided) it is written at once.
    merged, result = sync_offline(data, choices, every=args.all)
    if merged is None:
        print(
            f"{len(result.conflicts)} conflicts; nothing was written. Decide each with "
            "--mine KEY or --theirs KEY (or --all mine|theirs):"
        )
        for conflict in result.conflicts:
            print(
                f"  {conflict.key}: mine {_show(conflict.mine)}, theirs "
                f"{_show(conflict.theirs)} (was {_show(conflict.base)})"
            )
        return 1
    save_plan(merged, args.file)
    print(
        f"Synced {args.file} with its server plan: {len(result.conflicts)} conflicts decided; "
        f"the file and the server now hold the same plan."
    )
    return 0
