"""`pmdesk level FILE [-o OUT.pmdb] [--order id|standard|priority] [--from DATE --to DATE]
[--within-slack] [--splits] [--together] [--keep] [--clear]`: level a plan's resources (or clear leveling) and print
what moved; without -o the plan is saved in place, as Save in the window would."""

from __future__ import annotations

import argparse
from datetime import datetime

from pmdesk.core.errors import PmdeskError

NAME = "level"
HELP = "level the resources of FILE (or clear leveling) and print what moved"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the .pmdb plan to level")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.pmdb",
        help="save the leveled plan there (default: save FILE in place)",
    )
    parser.add_argument(
        "--order",
        choices=("id", "standard", "priority"),
        default=None,
        help="leveling order: ID Only, Standard (default) or Priority, Standard",
    )
    parser.add_argument(
        "--from",
        dest="level_from",
        metavar="DATE",
        help="level only from this date (YYYY-MM-DD; give --to too)",
    )
    parser.add_argument(
        "--to", dest="level_to", metavar="DATE", help="level only until this date (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--within-slack",
        action="store_true",
        help="delay tasks only within their slack (the finish does not move)",
    )
    parser.add_argument(
        "--splits", action="store_true", help="leveling can create splits in remaining work"
    )
    parser.add_argument(
        "--together",
        action="store_true",
        help="keep each task's resources together (no delay of one assignment)",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep earlier leveling delays instead of clearing them first",
    )
    parser.add_argument(
        "--clear",
        action="store_true",
        help="clear leveling (every leveling delay back to zero) instead",
    )


def _date(text: str | None, name: str, end: bool = False) -> datetime | None:
    if text is None:
        return None
    try:
        day = datetime.fromisoformat(text)
    except ValueError:
        raise PmdeskError(f"{name} {text!r} is not a date; write it as YYYY-MM-DD.") from None
    if end and day.hour == day.minute == 0 and "T" not in text and " " not in text:
        day = day.replace(hour=23, minute=59)  # a date alone: the whole day
    return day


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pmdesk.core.durationunits import format_delay
    from pmdesk.core.scheduling.leveling import (
        LevelingOptions,
        clear_leveling,
        level_plan,
    )
    from pmdesk.store.pmdb import WorkingCopy

    output = Path(args.output) if args.output else None
    if output is not None and output.suffix.lower() != ".pmdb":
        raise PmdeskError(f"{output} should end in .pmdb; pmdesk saves plans in its own format.")
    if args.clear and (
        args.order
        or args.level_from
        or args.level_to
        or args.within_slack
        or args.keep
        or args.splits
        or args.together
    ):
        raise PmdeskError("--clear removes leveling; it takes no leveling options.")
    copy = WorkingCopy.open(args.file)
    try:
        if copy.read_only and output is None:
            raise PmdeskError(copy.read_only_reason or f"{args.file} is read-only.")
        data = copy.data
        if args.clear:
            changes = clear_leveling(data)
            lines = [
                f"Leveling cleared: {sum(1 for c in changes if c.kind.__name__ != 'Plan')}"
                " leveling delays removed."
                if changes
                else "There is no leveling to clear."
            ]
        else:
            # The command line says everything (the plan's Leveling Options are the window's).
            options = LevelingOptions(
                order=args.order or "standard",
                within_slack=args.within_slack,
                splits=args.splits,
                adjust_assignments=not args.together,
                clear_first=not args.keep,
                level_from=_date(args.level_from, "--from"),
                level_to=_date(args.level_to, "--to", end=True),
            )
            result = level_plan(data, options)
            changes = result.changes
            lines = [
                f"{m.name or f'task {m.task_id}'}: {_when(m.before)} -> {_when(m.after)}"
                + (f" (leveling delay {format_delay(m.delay)})" if m.delay else "")
                for m in result.moved
            ]
            lines.append(f"{len(result.moved)} task{'s' if len(result.moved) != 1 else ''} moved.")
            lines += result.messages
        data.subscribe(copy.write_change)
        for change in changes:
            data.update(change.kind, change.id, **change.values)
        if changes or output is not None:
            copy.save(output)
        print("\n".join(lines))
    finally:
        copy.close()
    return 0


def _when(moment: datetime | None) -> str:
    return moment.strftime("%a %Y-%m-%d %H:%M") if moment is not None else "-"
