"""`pmdesk sync FILE.pmdb [--mine KEY ...] [--theirs KEY ...] [--all mine|theirs]`: merge an
offline copy (pull --offline) with its server plan, both ways, row by row."""

from __future__ import annotations

import argparse

from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

NAME = "sync"
HELP = QT_TRANSLATE_NOOP(
    "Commands", "merge an offline copy (pull --offline) back with its server plan, both ways"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Commands", "the offline .pmdb copy")
    )
    parser.add_argument(
        "--mine",
        action="append",
        default=[],
        metavar="KEY",
        help=translate(
            "Commands", "keep this file's value of a conflict (KEY as listed: task:12:name)"
        ),
    )
    parser.add_argument(
        "--theirs",
        action="append",
        default=[],
        metavar="KEY",
        help=translate("Commands", "take the server's value of a conflict"),
    )
    parser.add_argument(
        "--all",
        choices=("mine", "theirs"),
        help=translate("Commands", "decide every conflict not named otherwise"),
    )


def _show(value: object) -> str:
    if value is None:
        return translate("Commands", "(deleted)")
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
            translate(
                "Commands",
                "%1 conflicts; nothing was written. Decide each with "
                "--mine KEY or --theirs KEY (or --all mine|theirs):",
            ).replace("%1", str(len(result.conflicts)))
        )
        for conflict in result.conflicts:
            print(
                "  "
                + translate("Commands", "%1: mine %2, theirs %3 (was %4)")
                .replace("%1", conflict.key)
                .replace("%2", _show(conflict.mine))
                .replace("%3", _show(conflict.theirs))
                .replace("%4", _show(conflict.base))
            )
        return 1
    save_plan(merged, args.file)
    print(
        translate(
            "Commands",
            "Synced %1 with its server plan: %2 conflicts decided; "
            "the file and the server now hold the same plan.",
        )
        .replace("%1", args.file)
        .replace("%2", str(len(result.conflicts)))
    )
    return 0
