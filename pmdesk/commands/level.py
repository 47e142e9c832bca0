"""`pmdesk level FILE [-o OUT.pmdb] [--order id|standard|priority] [--from DATE --to DATE]
[--within-slack] [--splits] [--together] [--keep] [--clear]`: level a plan's resources (or clear leveling) and print
what moved; without -o the plan is saved in place, as Save in the window would."""

from __future__ import annotations

import argparse
from datetime import datetime

from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP, english_plural, translate

NAME = "level"
HELP = QT_TRANSLATE_NOOP(
    "Commands", "level the resources of FILE (or clear leveling) and print what moved"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Commands", "the .pmdb plan to level")
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.pmdb",
        help=translate("Commands", "save the leveled plan there (default: save FILE in place)"),
    )
    parser.add_argument(
        "--order",
        choices=("id", "standard", "priority"),
        default=None,
        help=translate(
            "Commands", "leveling order: ID Only, Standard (default) or Priority, Standard"
        ),
    )
    parser.add_argument(
        "--from",
        dest="level_from",
        metavar="DATE",
        help=translate("Commands", "level only from this date (YYYY-MM-DD; give --to too)"),
    )
    parser.add_argument(
        "--to",
        dest="level_to",
        metavar="DATE",
        help=translate("Commands", "level only until this date (YYYY-MM-DD)"),
    )
    parser.add_argument(
        "--within-slack",
        action="store_true",
        help=translate(
            "Commands", "delay tasks only within their slack (the finish does not move)"
        ),
    )
    parser.add_argument(
        "--splits",
        action="store_true",
        help=translate("Commands", "leveling can create splits in remaining work"),
    )
    parser.add_argument(
        "--together",
        action="store_true",
        help=translate(
            "Commands", "keep each task's resources together (no delay of one assignment)"
        ),
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help=translate("Commands", "keep earlier leveling delays instead of clearing them first"),
    )
    parser.add_argument(
        "--clear",
        action="store_true",
        help=translate("Commands", "clear leveling (every leveling delay back to zero) instead"),
    )


def _date(text: str | None, name: str, end: bool = False) -> datetime | None:
    if text is None:
        return None
    try:
        day = datetime.fromisoformat(text)
    except ValueError:
        raise PmdeskError(
            translate("Commands", "%1 %2 is not a date; write it as YYYY-MM-DD.")
            .replace("%1", name)
            .replace("%2", repr(text))
        ) from None
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
        raise PmdeskError(
            translate(
                "Commands", "%1 should end in .pmdb; pmdesk saves plans in its own format."
            ).replace("%1", str(output))
        )
    if args.clear and (
        args.order
        or args.level_from
        or args.level_to
        or args.within_slack
        or args.keep
        or args.splits
        or args.together
    ):
        raise PmdeskError(
            translate("Commands", "--clear removes leveling; it takes no leveling options.")
        )
    copy = WorkingCopy.open(args.file)
    try:
        if copy.read_only and output is None:
            raise PmdeskError(
                copy.read_only_reason
                or translate("Commands", "%1 is read-only.").replace("%1", args.file)
            )
        data = copy.data
        if args.clear:
            changes = clear_leveling(data)
            removed = sum(1 for c in changes if c.kind.__name__ != "Plan")
            lines = [
                english_plural(
                    translate(
                        "Commands", "Leveling cleared: %n leveling delay(s) removed.", None, removed
                    ),
                    removed,
                )
                if changes
                else translate("Commands", "There is no leveling to clear.")
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
            delay = translate("Commands", " (leveling delay %1)")
            unnamed = translate("Commands", "task %1")
            lines = [
                f"{m.name or unnamed.replace('%1', str(m.task_id))}: "
                f"{_when(m.before)} -> {_when(m.after)}"
                + (delay.replace("%1", format_delay(m.delay)) if m.delay else "")
                for m in result.moved
            ]
            moved = len(result.moved)
            lines.append(
                english_plural(translate("Commands", "%n task(s) moved.", None, moved), moved)
            )
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
    if moment is None:
        return "-"
    from pmdesk.core.localeformat import format_date_pattern

    return (
        f"{format_date_pattern(moment, 'EEE')} {moment:%Y-%m-%d %H:%M}"  # weekday in the language
    )
