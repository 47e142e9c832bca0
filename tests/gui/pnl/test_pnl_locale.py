"""The P&L in the locale's formats: Indonesian cells "1.234.567", amounts typed with a decimal
comma, KPI tiles in rupiah with the locale's compact words."""

import pytest

from pmdesk.core import localeformat
from pmdesk.models.pnl import MINUS, format_amount, parse_amount
from pmdesk.ui.workspaces.pnl.kpis import money


@pytest.fixture
def indonesian():
    localeformat.set_default_locale("id_ID")
    yield
    localeformat.set_default_locale(None)


def test_cells_use_the_indonesian_thousands_separator(indonesian):
    assert format_amount(1234567.4) == "1.234.567"
    assert format_amount(-1500) == MINUS + "1.500"


@pytest.mark.parametrize(
    "text, value",
    [
        ("1.234.567", 1234567.0),
        ("12,5", 12.5),
        ("12,5k", 12500.0),
        ("1,5m", 1.5e6),
        ("(1.500)", -1500.0),
        ("-300", -300.0),
    ],
)
def test_amounts_typed_in_indonesian(indonesian, text, value):
    assert parse_amount(text) == value


def test_kpi_tiles_in_rupiah(indonesian):
    assert money(1_234_567_891, "IDR") == "Rp1,2 miliar"
    assert money(-2_500_000, "IDR") == MINUS + "Rp2,5 juta"
    assert money(950, "IDR") == "Rp950"


def test_english_keeps_its_separators():
    assert format_amount(1234567.4) == "1,234,567"
    assert parse_amount("1,234.5") == 1234.5
    assert money(2_500_000, "USD") == "$2.5 million"
