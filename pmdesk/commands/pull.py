"""`pmdesk pull URL --plan NAME -o FILE.pmdb`: copy a team plan from the server to a file."""

from __future__ import annotations

import argparse

from pmdesk.commands.outputfile import add_force_argument, refuse_to_replace
from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

NAME = "pull"
HELP = QT_TRANSLATE_NOOP(
    "Commands", "copy a plan from a PostgreSQL server to a .pmdb file (or list the plans: --list)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "url", metavar="URL", help=translate("Commands", "postgresql://user@host[:port]/database")
    )
    parser.add_argument(
        "--plan", metavar="NAME", help=translate("Commands", "the plan (or ?plan=NAME in the URL)")
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE.pmdb", help=translate("Commands", "the file to write")
    )
    add_force_argument(parser, "FILE")
    parser.add_argument(
        "--list", action="store_true", help=translate("Commands", "list the server's plans instead")
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        help=translate(
            "Commands",
            "take the plan offline: the file remembers the server and the "
            "plan as it was, so that `pmdesk sync FILE` merges it back later",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pmdesk.store import server
    from pmdesk.store.pmdb import save_plan

    if args.list:
        for name, changes in server.list_plans(args.url):
            print(f"{name}\t" + translate("Commands", "%1 changes").replace("%1", str(changes)))
        return 0
    if not args.output:
        raise PmdeskError(translate("Commands", "Say where to write the plan: -o FILE.pmdb."))
    target = Path(args.output)
    refuse_to_replace(target, args.force)
    if args.offline:
        from pmdesk.store.server.offline import take_offline

        data = take_offline(args.url, args.plan)
    else:
        data = server.pull(args.url, args.plan)
    save_plan(data, target)
    done = (
        translate("Commands", "Took plan %1 offline to %2: %3 tasks.")
        if args.offline
        else translate("Commands", "Pulled plan %1 to %2: %3 tasks.")
    )
    print(
        done.replace("%1", repr(data.plan.name))
        .replace("%2", str(target))
        .replace("%3", str(len(data.tasks)))
    )
    return 0
