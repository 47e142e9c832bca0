"""The language in which the ``holidays`` package names a country's holidays for a person who
reads pmdesk in a locale: the locale's own code when the package has it ("en_GB"), else its
language ("id" for id_ID: the package names Indonesia's holidays in "id", not "id_ID"), else
None, which leaves the package's English (en_US).
"""

from __future__ import annotations


def names_language(country: str, locale_name: str | None) -> str | None:
    """The ``language`` to hand core.scheduling.holidays for ``country`` ("ID") and the
    interface's locale ("id_ID", "en_GB.UTF-8"); None for an unknown country or language."""
    if not locale_name:
        return None
    import holidays  # imported here: it loads many country modules

    code = country.strip().upper()
    if code not in holidays.list_supported_countries(include_aliases=False):
        return None  # the holiday lookup itself says so, in a sentence
    known = set(getattr(type(holidays.country_holidays(code)), "supported_languages", ()) or ())
    full = locale_name.split(".")[0].replace("-", "_")
    for candidate in (full, full.split("_")[0]):
        if candidate in known:
            return candidate
    return None
