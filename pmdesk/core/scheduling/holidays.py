"""National holidays as calendar exceptions, from the ``holidays`` package.

The package is well kept and covers about 150 countries with their subdivisions, moving
feasts included (Indonesia's Islamic and Chinese-calendar holidays, Nyepi, and its collective
leave, "cuti bersama", as the "government" category), so pmdesk writes no holiday rules of
its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from pmdesk.core.entities import CalendarException
from pmdesk.core.scheduling.errors import SchedulingError

if TYPE_CHECKING:
    from holidays import HolidayBase

MAX_YEARS = 50  # a range of years to look up at once (the package computes each year)
FIRST_YEAR, LAST_YEAR = 1950, 2149


@dataclass(frozen=True, slots=True)
class Holiday:
    day: date
    name: str


def countries() -> list[tuple[str, str]]:
    """(ISO code, English name) of every country the package knows, sorted by name."""
    # Imported here, as in every function below: the package loads many country modules.
    from holidays import list_supported_countries, registry  # registry: module, class, codes

    names = {
        entry[1]: module.replace("_", " ").title() for module, entry in registry.COUNTRIES.items()
    }
    codes = list_supported_countries(include_aliases=False)
    return sorted(((code, names.get(code, code)) for code in codes), key=lambda c: c[1])


def _country_class(country: str) -> tuple[str, type[HolidayBase]]:
    from holidays import country_holidays, list_supported_countries

    code = country.strip().upper()
    if code not in list_supported_countries(include_aliases=False):
        raise SchedulingError(f"There is no holiday list for the country {country.strip()!r}.")
    return code, type(country_holidays(code))


def subdivisions(country: str) -> list[str]:
    """The subdivision codes (states, regions) the package has for a country."""
    _code, cls = _country_class(country)
    return list(getattr(cls, "subdivisions", ()) or ())


def categories(country: str) -> list[str]:
    """The holiday categories the package has for a country, "public" first (Indonesia's
    "government" category is its collective leave)."""
    _code, cls = _country_class(country)
    found = list(getattr(cls, "supported_categories", ("public",)) or ("public",))
    return sorted(found, key=lambda c: (c != "public", c))


def holiday_problem(country: str, subdiv: str | None, first: int, last: int) -> str | None:
    """One sentence when holidays cannot be looked up for these arguments, else None."""
    try:
        subs = subdivisions(country)
    except SchedulingError as exc:
        return str(exc)
    if subdiv and subdiv.strip().upper() not in {s.upper() for s in subs}:
        return f"The country {country.strip().upper()!r} has no subdivision {subdiv.strip()!r}."
    if last < first:
        return "The last year of holidays comes before the first."
    if first < FIRST_YEAR or last > LAST_YEAR:
        return f"Holidays can be added for the years {FIRST_YEAR} to {LAST_YEAR}."
    if last - first + 1 > MAX_YEARS:
        return f"Add holidays for at most {MAX_YEARS} years at a time."
    return None


def national_holidays(
    country: str,
    years: Iterable[int],
    subdiv: str | None = None,
    categories: Sequence[str] = ("public",),
    language: str | None = None,
) -> list[Holiday]:
    """The holidays of a country (and subdivision) in some years, sorted by date.

    Two holidays on one day (Christmas and Isra' Mi'raj in Indonesia 2027) are one entry
    whose name joins both. ``language`` is used when the package has names in it, else its
    English ("en_US"), else the country's own language.
    """
    from holidays import country_holidays

    years = sorted(set(years))
    if not years:
        return []
    problem = holiday_problem(country, subdiv, years[0], years[-1])
    if problem:
        raise SchedulingError(problem)
    code, cls = _country_class(country)
    languages = list(getattr(cls, "supported_languages", ()) or ())
    chosen = next((lang for lang in (language, "en_US") if lang and lang in languages), None)
    wanted = [c for c in categories if c in set(getattr(cls, "supported_categories", ()))]
    table = country_holidays(
        code,
        subdiv=subdiv.strip().upper() if subdiv else None,
        years=years,
        categories=tuple(wanted or ("public",)),
        language=chosen,
    )
    # get_list: the package keeps several names of one day joined by "; " in the mapping.
    return [Holiday(day, "; ".join(table.get_list(day))) for day in sorted(table)]


def holiday_exceptions(
    calendar_id: int,
    country: str,
    years: Iterable[int],
    subdiv: str | None = None,
    first_id: int = 1,
    categories: Sequence[str] = ("public",),
    language: str | None = None,
) -> list[CalendarException]:
    """One non-working CalendarException per holiday; ids are numbered from ``first_id``.

    Raises SchedulingError with a sentence for an unknown country or subdivision."""
    found = national_holidays(country, years, subdiv, categories, language)
    return [
        CalendarException(
            id=first_id + offset, calendar_id=calendar_id, start=h.day, finish=h.day, name=h.name
        )
        for offset, h in enumerate(found)
    ]


def parse_country(text: str) -> tuple[str, str | None]:
    """``"ID"`` -> ("ID", None); ``"US:CA"`` -> ("US", "CA") (the CLI's COUNTRY[:SUBDIV])."""
    country, _sep, subdiv = text.strip().partition(":")
    return country.strip().upper(), (subdiv.strip().upper() or None)
