"""National holidays from the ``holidays`` package, as named non-working exceptions."""

from __future__ import annotations

from datetime import date

import pytest

from pmdesk.core.scheduling import SchedulingError
from pmdesk.core.scheduling.holidays import (
    categories,
    holiday_problem,
    national_holidays,
    parse_country,
    subdivisions,
)


@pytest.mark.parametrize("country", ["ID", "US", "DE", "GB", "IN", "JP", "BR", "FR"])
def test_the_countries_the_issue_names_have_holidays(country):
    found = national_holidays(country, [2027])
    assert len(found) >= 6 and all(h.day.year == 2027 and h.name for h in found)


def test_indonesia_has_its_moving_holidays_and_collective_leave():
    days = {h.day: h.name for h in national_holidays("ID", [2027])}
    assert "Day of Silence" in days[date(2027, 3, 8)]  # Nyepi, from the Balinese calendar
    assert "Eid al-Fitr" in days[date(2027, 3, 10)]  # Idul Fitri, from the Hijri calendar
    assert "Lunar New Year" in days[date(2027, 2, 6)]  # Imlek, from the Chinese calendar
    assert "government" in categories("ID")
    with_leave = {
        h.day for h in national_holidays("ID", [2027], categories=("public", "government"))
    }
    assert date(2027, 3, 9) in with_leave and date(2027, 3, 9) not in days  # cuti bersama


def test_subdivisions_and_languages():
    assert "BY" in subdivisions("DE") and "CA" in subdivisions("US")
    bavaria = {h.day for h in national_holidays("DE", [2027], subdiv="BY")}
    berlin = {h.day for h in national_holidays("DE", [2027], subdiv="BE")}
    assert date(2027, 1, 6) in bavaria - berlin  # Epiphany is a holiday in Bavaria only
    assert national_holidays("DE", [2027], language="de")[0].name == "Neujahr"
    assert national_holidays("DE", [2027])[0].name == "New Year's Day"


@pytest.mark.parametrize(
    "args, words",
    [
        (("XX", None, 2027, 2027), "no holiday list for the country 'XX'"),
        (("US", "ZZ", 2027, 2027), "no subdivision 'ZZ'"),
        (("ID", None, 2028, 2027), "comes before the first"),
        (("ID", None, 2000, 2100), "at most 50 years"),
        (("ID", None, 1, 2), "1950 to 2149"),
    ],
)
def test_holiday_lookups_it_cannot_do_are_one_sentence(args, words):
    assert words in holiday_problem(*args)


def test_unknown_country_raises_the_sentence():
    with pytest.raises(SchedulingError, match="no holiday list"):
        national_holidays("Atlantis", [2027])
    assert parse_country(" us:ca ") == ("US", "CA") and parse_country("ID") == ("ID", None)
