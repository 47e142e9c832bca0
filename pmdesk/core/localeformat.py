"""Numbers, percentages, dates and money written the way a locale writes them, without Qt
(Babel's CLDR data), for the core, the CLI and reports; the UI uses the same functions with
the locale of its language (``set_default_locale``) so that screen and paper agree.

IDR in Indonesian: "Rp1.234.568", no decimals (CLDR gives the rupiah 0 digits: the sen is no
longer used), "." between thousands. A value that is not a finite number is written "—".
"""

from __future__ import annotations

import functools
import math
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Babel is imported at the first format, not at start-up
    from babel import Locale
    from babel.numbers import NumberPattern

NOT_A_NUMBER = "\u2014"
_FALLBACK = "en_US"
_default = _FALLBACK
# What a person types as a number: a sign, digits and separators (no exponents, no words).
_TYPED_NUMBER = re.compile(r"[+-]?[0-9.,]*[0-9][0-9.,]*")


class NumberInputError(ValueError):
    """Typed text that is not a number in the locale (the message is for a person)."""


def set_default_locale(name: str | None) -> None:
    """The locale used when a call names none (the UI sets its language's locale at start;
    Babel itself is imported at the first format, not at start-up)."""
    global _default
    _default = name or _FALLBACK


def default_locale() -> str:
    return _identifier(_locale_text(None))


def _locale_text(name: str | None) -> str:
    """``name`` (or the default) without its encoding, "_" between its parts: "en_GB"."""
    return (name or _default).split(".")[0].replace("-", "_")


def _locale(name: str | None) -> Locale:
    """``name`` ("id_ID", "de-DE", "en_GB.UTF-8") as a Babel locale; unknown or odd names
    fall back to en_US rather than failing a paint."""
    return _parsed(_locale_text(name))


@functools.lru_cache(maxsize=64)
def _parsed(text: str) -> Locale:
    """Babel's locale for ``text``, parsed once: Locale.parse builds a new one each time
    (~20 µs), and a chart's money axis formats each tick label several times while laying
    out (the status report's S-curve asked ~180 times per report)."""
    from babel import Locale, UnknownLocaleError

    # The bundle keeps only the languages' data for most locales (packaging/bundle_rules.py):
    # fr_CA falls back to fr before English.
    for candidate in (text, text.split("_")[0]):
        try:
            return Locale.parse(candidate)
        except (ValueError, TypeError, UnknownLocaleError):
            continue
    return Locale.parse(_FALLBACK)


@functools.lru_cache(maxsize=64)
def _identifier(text: str) -> str:
    return str(_parsed(text))


def _finite(value: float) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError, OverflowError):
        return False


def format_number(value: float, decimals: int | None = None, locale: str | None = None) -> str:
    """1234567.5 -> "1,234,567.5" (en), "1.234.567,5" (de, id); ``decimals`` fixes the digits."""
    if not _finite(value):
        return NOT_A_NUMBER
    pattern = None
    if decimals is not None:
        decimals = max(0, min(int(decimals), 12))
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    from babel import numbers

    return numbers.format_decimal(
        value, format=_number_pattern(pattern) if pattern else None, locale=_locale(locale)
    )


@functools.lru_cache(maxsize=128)
def _number_pattern(text: str) -> NumberPattern:
    """Babel's number pattern for ``text``, parsed once: given the text, Babel parses it on
    every call (a regular expression per number; a status report writes hundreds)."""
    from babel import numbers

    return numbers.parse_pattern(text)


# The signs of common locales known without Babel, whose first import costs 0.1 s of start-up.
# "C" and "POSIX" are what Qt names the locale of LANG=C (servers, CI, containers); Babel
# reads them as en_US_POSIX.
_SIGNS: dict[str, tuple[str, str]] = {
    "en_US": (".", ","),
    "en_GB": (".", ","),
    "en": (".", ","),
    "id_ID": (",", "."),
    "id": (",", "."),
    "C": (".", ","),
    "POSIX": (".", ","),
}
_signs_cache: dict[str, tuple[str, str]] = {}


def _signs(locale: str | None) -> tuple[str, str]:
    """The locale's decimal sign and grouping sign, in that order."""
    name = locale or _default
    signs = _SIGNS.get(name) or _signs_cache.get(name)
    if signs is None:
        from babel import numbers

        loc = _locale(name)
        signs = (str(numbers.get_decimal_symbol(loc)), str(numbers.get_group_symbol(loc)))
        _signs_cache[name] = signs
    return signs


def decimal_sign(locale: str | None = None) -> str:
    """The locale's decimal sign: "." (en), "," (id, de)."""
    return _signs(locale)[0]


def localise_digits(text: str, locale: str | None = None) -> str:
    """A number Python wrote ("1,234.5", "-0.25") with the locale's signs instead: "1.234,5"
    in Indonesian. For short texts formatted on the fly (a cell, a duration)."""
    decimal, group = _signs(locale)
    if (decimal, group) == (".", ","):
        return text
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


def format_percent(fraction: float, decimals: int = 0, locale: str | None = None) -> str:
    """0.256 -> "26%" (en, id), "26 %" (de)."""
    if not _finite(fraction):
        return NOT_A_NUMBER
    loc = _locale(locale)
    pattern = loc.percent_formats[None].pattern
    if decimals > 0:
        pattern = pattern.replace("0", "0." + "0" * min(int(decimals), 12), 1)
    from babel import numbers

    return numbers.format_percent(fraction, format=_number_pattern(pattern), locale=loc)


def format_date(value: date | datetime, length: str = "medium", locale: str | None = None) -> str:
    """The locale's date: "Oct 5, 2026" (en_US), "5 Oct 2026" (en_GB), "05.10.2026" (de),
    "5 Okt 2026" (id); ``length`` is short, medium, long or full."""
    if isinstance(value, datetime):
        value = value.date()
    from babel import dates

    return dates.format_date(value, format=length, locale=_locale(locale))


def currency_symbol(currency: str, locale: str | None = None) -> str:
    """The locale's symbol for ISO 4217 ``currency`` ("Rp" for IDR in Indonesian)."""
    from babel import numbers

    return numbers.get_currency_symbol(currency.upper(), locale=_locale(locale))


def currency_decimals(currency: str) -> int:
    """How many decimals amounts in ``currency`` show (CLDR: IDR 0, JPY 0, EUR 2)."""
    from babel import numbers

    return numbers.get_currency_precision(currency.upper())


def format_money(
    value: float, currency: str, locale: str | None = None, compact: bool = False
) -> str:
    """An amount with the currency's symbol where the locale puts it and the currency's
    decimals: "Rp1.234.568" (IDR, id_ID), "1.234,50 €" (EUR, de_DE), "$1,234.50" (USD, en_US).

    ``compact`` (KPI tiles): the locale's own long compact words, "Rp1,2 miliar" (id),
    "€1.2 billion" (en), as the short forms ("Rp1,2 M") read as million in Indonesian.
    """
    if not _finite(value):
        return NOT_A_NUMBER
    from babel import numbers

    loc = _locale(locale)
    code = (currency or "").strip().upper() or "XXX"
    if not compact or abs(float(value)) < 1000:
        return numbers.format_currency(value, code, locale=loc)
    number = numbers.format_compact_decimal(
        value, format_type="long", locale=loc, fraction_digits=1
    )
    symbol = numbers.get_currency_symbol(code, locale=loc)
    pattern = loc.currency_formats["standard"].pattern.split(";")[0]
    if pattern.strip().startswith("¤"):
        sign = "-" if number.startswith("-") else ""
        return f"{sign}{symbol}{number.lstrip('-')}"
    return f"{number}\u00a0{symbol}"


def parse_number(text: str, locale: str | None = None) -> float:
    """A number as a person types it in the locale ("1.234,5" in id/de, "1,234.5" in en); a
    plain "2.5" or "2,5" with one separator and no grouping is read either way, so a decimal
    comma works in English too and a decimal point in Indonesian."""
    cleaned = (text or "").strip().replace("\u00a0", "").replace(" ", "")
    if not _TYPED_NUMBER.fullmatch(cleaned) or len(cleaned) > 64:
        raise NumberInputError(f"“{text[:40]}” is not a number.")
    from babel import numbers

    loc = _locale(locale)
    decimal_sign = numbers.get_decimal_symbol(loc)
    group_sign = numbers.get_group_symbol(loc)
    if cleaned.count(",") + cleaned.count(".") == 1:
        # One separator: a decimal sign unless it groups exactly three digits in the locale's
        # grouping sign ("1.234" in Indonesian is one thousand two hundred thirty-four).
        head, _, tail = cleaned.replace(",", ".").partition(".")
        sign = "," if "," in cleaned else "."
        if sign == group_sign and len(tail) == 3 and head.lstrip("+-"):
            cleaned = head + tail
        else:
            cleaned = head + "." + tail
    else:
        cleaned = cleaned.replace(group_sign, "").replace(decimal_sign, ".")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise NumberInputError(f"“{text[:40]}” is not a number.") from None
    if not number.is_finite():
        raise NumberInputError(f"“{text[:40]}” is not a number.")
    return float(number)


def territory_name(code: str, english: str = "", locale: str | None = None) -> str:
    """A country's name in the locale's language ("DE" -> "Jerman" in Indonesian), from CLDR;
    ``english`` (or the code) when CLDR does not name it."""
    return _locale(locale).territories.get(code.upper()) or english or code


# strftime's English for the patterns pmdesk uses ("%-d" is not portable: the day is put in).
_ENGLISH_PATTERNS = {
    "MMM y": "%b %Y",
    "MMM": "%b",
    "d MMM": "{day} %b",
    "dd MMM": "%d %b",
    "d MMM y": "{day} %b %Y",
}


def format_date_pattern(value: date | datetime, pattern: str, locale: str | None = None) -> str:
    """``value`` with a CLDR pattern in the locale's words: "d MMM" -> "5 Oct" (en),
    "5 Okt" (id); "MMM y" -> "Okt 2026" (id). Charts' ticks and annotations use it."""
    if isinstance(value, datetime):
        value = value.date()
    if locale is None and _default.startswith("en") and pattern in _ENGLISH_PATTERNS:
        # English as strftime writes it: Babel's first import costs 0.1 s of start-up.
        return value.strftime(_ENGLISH_PATTERNS[pattern].replace("{day}", str(value.day)))
    from babel import dates

    return dates.format_date(value, format=pattern, locale=_locale(locale))


def weekday_name(value: date | datetime, locale: str | None = None) -> str:
    """The abbreviated weekday ("Thu"; "Kam" in Indonesian), as the CLDR pattern "EEE"
    writes it; the locale's names are read once (a report writes dozens of dates, and
    Babel's format_date parses its pattern and the locale anew each time)."""
    return _weekday_names((locale or _default).split(".")[0].replace("-", "_"))[value.weekday()]


@functools.lru_cache(maxsize=16)
def _weekday_names(text: str) -> tuple[str, ...]:
    days = _parsed(text).days["format"]["abbreviated"]
    return tuple(days[number] for number in range(7))  # Monday first, as date.weekday()


def format_compact(value: float, locale: str | None = None) -> str:
    """A short amount for an axis or a tile: "1.2M", "350K" (en), "1,2 Mio." (de), with the
    locale's own abbreviations (CLDR's compact forms); a true minus sign for losses.
    Indonesian gets the words ("1,2 miliar", "350 juta"): its short billion, "M", reads as
    a million to Indonesian readers (issue 16)."""
    if not _finite(value):
        return NOT_A_NUMBER
    from babel import numbers

    loc = _locale(locale)
    text = numbers.format_compact_decimal(
        abs(value),
        format_type="long" if loc.language == "id" else "short",
        fraction_digits=1,
        locale=loc,
    )
    return ("\u2212" + text) if value < 0 else text
