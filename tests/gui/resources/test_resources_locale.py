"""The resource sheet in the locale's formats: rupiah without decimals and "." thousands in
Indonesian, rates typed with Indonesian separators, large rates edited without loss."""

import pytest
from PySide6.QtCore import Qt

from pmdesk.core import localeformat
from pmdesk.core.entities import Plan, Resource
from pmdesk.models.resources import COLUMN_INDEX, ResourceSheetModel
from pmdesk.models.resourcetext import format_money, format_percent, parse_amount, parse_percent


@pytest.fixture
def indonesian():
    localeformat.set_default_locale("id_ID")
    yield
    localeformat.set_default_locale(None)


def test_rupiah_rates_in_indonesian(document, indonesian):
    document.set_fields(Plan, document.data.plan.id, "Currency", currency="IDR")
    document.set_fields(Resource, 1, "Rate", standard_rate=350000.0)
    model = ResourceSheetModel(document)
    index = model.index(model.row_of(1), COLUMN_INDEX["standard_rate"])
    assert model.data(index) == "350.000/h"
    assert format_money(1234.5, "EUR") == "1.234,50"


@pytest.mark.parametrize(
    "typed, value", [("350.000", 350000.0), ("85,50", 85.5), ("Rp 1.250.000/jam", 1250000.0)]
)
def test_rates_typed_in_indonesian(indonesian, typed, value):
    assert parse_amount(typed, "rate") == value


def test_a_large_rate_edits_without_loss(document):
    document.set_fields(Resource, 1, "Rate", standard_rate=1234567.5)
    model = ResourceSheetModel(document)
    index = model.index(model.row_of(1), COLUMN_INDEX["standard_rate"])
    text = model.data(index, Qt.ItemDataRole.EditRole)
    assert text == "1234567.5"
    assert parse_amount(text, "rate") == 1234567.5  # what committing the editor reads


def test_rates_and_usage_cells_in_the_interface_language(document, speak):
    from pmdesk.ui.workspaces.resources.usagepaint import compact_hours

    document.set_fields(Resource, 1, "Rate", standard_rate=85.5)
    model = ResourceSheetModel(document)
    index = model.index(model.row_of(1), COLUMN_INDEX["standard_rate"])
    assert model.data(index).endswith("/h")
    assert compact_hours(384) == "6.4h"
    assert compact_hours(2184 * 60) == "2184h"  # not "2.18e+03h"
    assert compact_hours(99 * 60) == "99h"
    assert format_percent(0.252) == "25.2%"
    speak("id")
    model = ResourceSheetModel(document)  # the window builds its views again in a language
    index = model.index(model.row_of(1), COLUMN_INDEX["standard_rate"])
    assert model.data(index) == "85,50/jam"
    assert parse_amount(model.data(index), "rate") == 85.5  # reads back as typed
    assert compact_hours(384) == "6,4j"
    assert format_percent(0.252) == "25,2%"
    assert parse_percent(format_percent(0.252), "units") == pytest.approx(0.252)
