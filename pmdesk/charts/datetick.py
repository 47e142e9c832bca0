"""Date ticks in the interface language: matplotlib's ConciseDateFormatter writes month names
through strftime, which speaks the C locale's English whatever the interface language is."""

from __future__ import annotations

from pmdesk.core import localeformat


def date_ticks(locator):
    """A formatter for ``locator``'s ticks: days as "5 Okt", months as "Okt 2026", years as
    "2027", in the locale pmdesk formats with (localeformat's default)."""
    from matplotlib.dates import num2date
    from matplotlib.ticker import FuncFormatter

    def label(value, _position=None) -> str:
        ticks = locator()
        span = (ticks[-1] - ticks[0]) / max(len(ticks) - 1, 1) if len(ticks) > 1 else 1.0
        moment = num2date(value)
        if span >= 300:
            return str(moment.year)
        pattern = "MMM y" if span >= 25 else "d MMM"
        return localeformat.format_date_pattern(moment, pattern)

    return FuncFormatter(label)
