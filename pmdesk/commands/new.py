"""`pmdesk new FILE`: create an empty plan (a Standard Mon-Fri calendar, nothing else), set up
as Project Information would: name, start or finish date, currency."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from pmdesk.commands import new_holidays
from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pmdesk.core.plandata import PlanData

NAME = "new"
HELP = QT_TRANSLATE_NOOP("Commands", "create a new, empty .pmdb plan FILE")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Commands", "the .pmdb file to create")
    )
    parser.add_argument(
        "--name", help=translate("Commands", "the plan's name (default: the file name)")
    )
    when = parser.add_mutually_exclusive_group()
    when.add_argument(
        "--start",
        metavar="DATE",
        help=translate(
            "Commands", "schedule from this start date, YYYY-MM-DD (default: the next working day)"
        ),
    )
    when.add_argument(
        "--finish",
        metavar="DATE",
        help=translate("Commands", "schedule backwards from this finish date, YYYY-MM-DD"),
    )
    parser.add_argument(
        "--currency",
        metavar="CODE",
        default="EUR",
        help=translate("Commands", "ISO 4217 currency code of costs and the P&L (default: EUR)"),
    )
    parser.add_argument(
        "--force", action="store_true", help=translate("Commands", "replace FILE if it exists")
    )
    new_holidays.add_arguments(parser)


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise PmdeskError(f"{option} {text!r} is not a date; write it like 2027-01-04.") from None


def build_plan(args: argparse.Namespace, default_name: str) -> PlanData:
    """The new plan's PlanData, or a PmdeskError naming the first bad option."""
    from pmdesk.core.entities import ScheduleFrom
    from pmdesk.core.planinfo import (
        compiled_default,
        currency_problem,
        dates_problem,
        first_working_start,
        last_working_finish,
    )
    from pmdesk.store.pmdb import blank_plan

    name = default_name if args.name is None else args.name.strip()
    if not name:
        raise PmdeskError("--name needs a name that is not empty.")
    if len(name) > 500:
        raise PmdeskError("--name is too long; keep it under 500 characters.")
    problem = currency_problem(args.currency)
    if problem is not None:
        raise PmdeskError(problem)
    start = _day(args.start, "--start") if args.start is not None else None
    finish = _day(args.finish, "--finish") if args.finish is not None else None
    for day in (start, finish):  # before any calendar arithmetic reaches that far
        problem = dates_problem(datetime.combine(day, time()), None) if day else None
        if problem is not None:
            raise PmdeskError(problem)
    data = blank_plan(name, today=start)
    # Holidays first: the next working day and the finish's working day must skip them.
    new_holidays.apply(args, data)
    plan = data.plan
    plan.currency = args.currency.strip().upper()
    calendar = compiled_default(data)
    # Also without --start: blank_plan chose the first working day before the holidays came.
    plan.start = first_working_start(calendar, start or plan.start.date())
    if finish is not None:
        plan.schedule_from = ScheduleFrom.FINISH
        plan.finish = last_working_finish(calendar, finish)
        # Only work already done is placed from the start; keep it at or before the finish.
        plan.start = min(plan.start, first_working_start(calendar, plan.finish.date()))
    problem = dates_problem(plan.start, plan.finish)
    if problem is not None:
        raise PmdeskError(problem)
    return data


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pmdesk.store.pmdb import save_plan

    target = Path(args.file)
    if target.exists() and not args.force:
        raise PmdeskError(f"{target} exists already; choose another name or add --force.")
    data = build_plan(args, target.stem)  # every check before anything is written
    save_plan(data, target)
    print(f"Created {target}.")
    return 0
