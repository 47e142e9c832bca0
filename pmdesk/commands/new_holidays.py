"""``pmdesk new --holidays COUNTRY[:SUBDIV]``: a new plan's default calendar gets the national
holidays of the years around its start as named non-working exceptions."""

from __future__ import annotations

import argparse

from pmdesk.core.entities import CalendarException
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.translation import translate

YEARS_BEFORE, YEARS_AFTER = 1, 5  # a plan rarely starts earlier or runs longer than this


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--holidays",
        metavar="COUNTRY[:SUBDIV]",
        help=translate(
            "Commands",
            "add the public holidays of a country (ISO code, e.g. ID, US:CA, DE:BY) from the "
            "year before the plan's start to %1 years after it to its calendar",
        ).replace("%1", str(YEARS_AFTER)),
    )


def apply(args: argparse.Namespace, data: PlanData) -> list[CalendarException]:
    """Add the holidays ``args.holidays`` asks for to ``data``'s default calendar."""
    if not args.holidays:
        return []
    from pmdesk.core.holidaynames import names_language
    from pmdesk.core.localeformat import default_locale
    from pmdesk.core.scheduling.holidays import holiday_exceptions, parse_country

    country, subdiv = parse_country(args.holidays)
    calendar_id = data.plan.default_calendar_id
    if calendar_id is None:
        raise PmdeskError(
            translate("Commands", "The new plan has no default calendar to add holidays to.")
        )
    year = data.plan.start.year
    first_id = max(data.calendar_exceptions, default=0) + 1
    try:
        found = holiday_exceptions(
            calendar_id,
            country,
            range(year - YEARS_BEFORE, year + YEARS_AFTER + 1),
            subdiv,
            first_id=first_id,
            # named in the command's language (--lang), as the window's Add holidays does
            language=names_language(country, default_locale()),
        )
    except SchedulingError as exc:
        raise PmdeskError(str(exc)) from None
    data.load(found)
    return found
