"""Locale formats without Qt: numbers, percentages, dates, money (IDR in Indonesian above all)
and reading typed numbers with the locale's separators."""

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core import localeformat as lf

NBSP = "\u00a0"


@pytest.mark.parametrize(
    "locale, expected",
    [
        ("en_US", "1,234,567.89"),
        ("en_GB", "1,234,567.89"),
        ("de_DE", "1.234.567,89"),
        ("id_ID", "1.234.567,89"),
    ],
)
def test_numbers(locale, expected):
    assert lf.format_number(1234567.891, 2, locale) == expected


@pytest.mark.parametrize(
    "locale, expected",
    [("en_US", "25.7%"), ("en_GB", "25.7%"), ("de_DE", f"25,7{NBSP}%"), ("id_ID", "25,7%")],
)
def test_percentages(locale, expected):
    assert lf.format_percent(0.2567, 1, locale) == expected


@pytest.mark.parametrize(
    "locale, expected",
    [
        ("en_US", "Oct 5, 2026"),
        ("en_GB", "5 Oct 2026"),
        ("de_DE", "05.10.2026"),
        ("id_ID", "5 Okt 2026"),
    ],
)
def test_dates(locale, expected):
    assert lf.format_date(date(2026, 10, 5), "medium", locale) == expected
    assert lf.format_date(datetime(2026, 10, 5, 17, 0), "medium", locale) == expected


@pytest.mark.parametrize(
    "locale, currency, expected",
    [
        ("id_ID", "IDR", "Rp1.234.568"),  # no decimals, "." thousands
        ("id_ID", "EUR", "€1.234.567,50"),
        ("en_US", "USD", "$1,234,567.50"),
        ("en_US", "IDR", "IDR1,234,568"),
        ("en_GB", "GBP", "£1,234,567.50"),
        ("de_DE", "EUR", f"1.234.567,50{NBSP}€"),
        ("de_DE", "IDR", f"1.234.568{NBSP}IDR"),
    ],
)
def test_money(locale, currency, expected):
    assert lf.format_money(1234567.5, currency, locale) == expected


@pytest.mark.parametrize(
    "locale, currency, value, expected",
    [
        ("id_ID", "IDR", 1_234_567_891, "Rp1,2 miliar"),  # not "Rp1,2 M", read as million
        ("id_ID", "IDR", 2_500_000, "Rp2,5 juta"),
        ("id_ID", "IDR", -2_500_000, "-Rp2,5 juta"),
        ("en_US", "USD", 2_500_000, "$2.5 million"),
        ("de_DE", "EUR", 2_500_000, f"2,5 Millionen{NBSP}€"),
        ("id_ID", "IDR", 950, "Rp950"),
    ],
)
def test_compact_money_for_kpis(locale, currency, value, expected):
    assert lf.format_money(value, currency, locale, compact=True) == expected


def test_currency_decimals_and_symbols():
    assert lf.currency_decimals("IDR") == 0
    assert lf.currency_decimals("eur") == 2
    assert lf.currency_symbol("IDR", "id_ID") == "Rp"


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf"), None, "x"])
def test_not_a_number_is_a_dash(value):
    assert lf.format_number(value) == lf.NOT_A_NUMBER
    assert lf.format_money(value, "IDR", "id_ID") == lf.NOT_A_NUMBER
    assert lf.format_percent(value) == lf.NOT_A_NUMBER


def test_unknown_locale_falls_back_to_english():
    assert lf.format_number(1234.5, 1, "xx_YY") == "1,234.5"
    assert lf.format_number(1234.5, 1, "id-ID.UTF-8") == "1.234,5"


@pytest.mark.parametrize("name", sorted(lf._SIGNS))
def test_signs_known_without_babel_are_babels(name):
    # The table spares start-up Babel's import; it must say what Babel would.
    from babel import numbers

    locale = lf._locale(name)
    assert lf._SIGNS[name] == (numbers.get_decimal_symbol(locale), numbers.get_group_symbol(locale))


def test_the_c_locale_needs_no_babel():
    # Qt names the locale of LANG=C "C": durations painted at start-up must not import Babel.
    import subprocess
    import sys

    code = (
        "import sys; from pmdesk.core import localeformat as lf; lf.set_default_locale('C'); "
        "lf.localise_digits('1.5'); lf.decimal_sign(); print('babel' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_default_locale_is_what_the_ui_set():
    try:
        lf.set_default_locale("id_ID")
        assert lf.format_money(1500000, "IDR") == "Rp1.500.000"
    finally:
        lf.set_default_locale(None)
    assert lf.default_locale() == "en_US"


@pytest.mark.parametrize(
    "text, locale, expected",
    [
        ("1.234,5", "id_ID", 1234.5),
        ("2,5", "id_ID", 2.5),
        ("2.5", "id_ID", 2.5),
        ("1.234", "id_ID", 1234.0),
        ("1.234.567", "id_ID", 1234567.0),
        ("-0,75", "id_ID", -0.75),
        ("1,234.5", "en_US", 1234.5),
        ("2,5", "en_US", 2.5),
        ("1,234", "en_US", 1234.0),
        ("1.234,5", "de_DE", 1234.5),
        (f"1{NBSP}234,5", "id_ID", 1234.5),
    ],
)
def test_typed_numbers_with_the_locale_separators(text, locale, expected):
    assert lf.parse_number(text, locale) == expected


@pytest.mark.parametrize("text", ["", "abc", "1,2,3.4.5x", "NaN", "Infinity", "1e999999", "9" * 80])
def test_typed_nonsense_is_one_sentence(text):
    with pytest.raises(lf.NumberInputError, match="is not a number"):
        lf.parse_number(text, "id_ID")


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).map(lambda v: round(v, 2)))
def test_indonesian_numbers_read_back(value):
    assert lf.parse_number(lf.format_number(value, 2, "id_ID"), "id_ID") == pytest.approx(value)


def test_a_region_without_data_falls_back_to_its_language():
    # The bundle keeps regional data of en and id only; "de_XX" has none anywhere.
    assert lf.format_number(1234.5, 1, "de_XX") == "1.234,5"


@pytest.mark.parametrize(
    "locale, expected",
    [
        ("en_US", ("1.2M", "350K", "\u22121.2M")),
        ("en_GB", ("1.2m", "350k", "\u22121.2m")),
        # CLDR: German abbreviates from a million; Indonesian words (its short "M" is a billion).
        ("de_DE", (f"1,2{NBSP}Mio.", "350000", f"\u22121,2{NBSP}Mio.")),
        ("id_ID", ("1,2 juta", "350 ribu", "\u22121,2 juta")),
    ],
)
def test_compact_amounts_for_chart_axes(locale, expected):
    assert tuple(lf.format_compact(v, locale) for v in (1_234_567, 350_000, -1_234_567)) == expected


@pytest.mark.parametrize(
    "locale, day, month",
    [
        ("en_US", "5 Oct", "Oct 2026"),
        ("en_GB", "5 Oct", "Oct 2026"),
        ("de_DE", "5 Okt.", "Okt. 2026"),
        ("id_ID", "5 Okt", "Okt 2026"),
    ],
)
def test_date_patterns_for_chart_ticks(locale, day, month):
    assert lf.format_date_pattern(datetime(2026, 10, 5, 9, 0), "d MMM", locale) == day
    assert lf.format_date_pattern(date(2026, 10, 5), "MMM y", locale) == month


@pytest.mark.parametrize(
    "locale, expected",
    [("en_US", "Germany"), ("en_GB", "Germany"), ("de_DE", "Deutschland"), ("id_ID", "Jerman")],
)
def test_country_names_in_the_locale(locale, expected):
    assert lf.territory_name("de", "Germany", locale) == expected
    assert lf.territory_name("XX", "Nowhere", locale) == "Nowhere"


def test_indonesian_billions_are_words_not_m():
    assert lf.format_compact(5_200_000_000, "id_ID") == "5,2 miliar"


def test_the_parsed_locale_follows_the_default_locale():
    # Locales are parsed once per name (a chart's axis formats its labels many times).
    from pmdesk.core import localeformat

    try:
        localeformat.set_default_locale("id_ID")
        assert localeformat.default_locale() == "id_ID"
        assert localeformat.format_number(1234.5, 1) == "1.234,5"
        localeformat.set_default_locale("de-DE.UTF-8")
        assert localeformat.default_locale() == "de_DE"
        localeformat.set_default_locale("xx_YY")  # unknown: English
        assert localeformat.default_locale() == "en_US"
    finally:
        localeformat.set_default_locale(None)
    assert localeformat.default_locale() == "en_US"
    assert localeformat.format_number(1234.5, 1) == "1,234.5"


def test_weekday_names_are_babels_eee_in_each_language():
    from datetime import date, timedelta

    from babel.dates import format_date

    from pmdesk.core import localeformat

    for locale in ("en_US", "id_ID", "de_DE"):
        for offset in range(7):
            day = date(2026, 11, 23) + timedelta(days=offset)
            assert localeformat.weekday_name(day, locale) == format_date(day, "EEE", locale=locale)
    assert localeformat.weekday_name(date(2026, 11, 26)) == "Thu"
    assert localeformat.weekday_name(date(2026, 11, 26), "id_ID") == "Kam"


def test_cached_number_patterns_write_what_babel_writes_from_the_text():
    from babel import numbers

    from pmdesk.core import localeformat

    for locale in ("en_US", "id_ID", "de_DE"):
        for value in (0, -1234.567, 0.5, 987654321.125):
            for decimals in (0, 1, 3):
                pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
                expected = numbers.format_decimal(value, format=pattern, locale=locale)
                assert localeformat.format_number(value, decimals, locale) == expected
            assert localeformat.format_percent(value, 1, locale) == numbers.format_percent(
                value,
                format=numbers.Locale.parse(locale)
                .percent_formats[None]
                .pattern.replace("0", "0.0", 1),
                locale=locale,
            )
