"""National holidays as calendar exceptions, from the ``holidays`` package (well kept, covers
~150 countries and their subdivisions, so we do not maintain holiday rules ourselves)."""

from __future__ import annotations

from collections.abc import Iterable

from pmdesk.core.entities import CalendarException
from pmdesk.core.scheduling.errors import SchedulingError


def holiday_exceptions(
    calendar_id: int,
    country: str,
    years: Iterable[int],
    subdiv: str | None = None,
    first_id: int = 1,
) -> list[CalendarException]:
    """One non-working CalendarException per public holiday of ``country`` in ``years``.

    ``country`` is an ISO 3166 code ("FR", "DE", "US"), ``subdiv`` a region ("BY", "CA").
    Ids are numbered from ``first_id``. Raises SchedulingError for an unknown country/region.
    """
    import holidays  # imported here: it loads many country modules

    try:
        table = holidays.country_holidays(country.upper(), subdiv=subdiv, years=list(years))
    except NotImplementedError:
        where = f"{country}/{subdiv}" if subdiv else country
        raise SchedulingError(f"There is no holiday list for {where!r}.") from None
    result = []
    for offset, (day, name) in enumerate(sorted(table.items())):
        result.append(
            CalendarException(
                id=first_id + offset, calendar_id=calendar_id, start=day, finish=day, name=name
            )
        )
    return result
