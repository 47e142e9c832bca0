"""Holidays are named in the interface language: Add holidays... in Bahasa Indonesia lists and
adds "Hari Raya Idul Fitri" where English has "Eid al-Fitr" (the ``holidays`` package names
Indonesia's holidays in "id", which the window's locale id_ID must be matched to); a country
the package has no names for in that language keeps its English names."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from pmdesk.core.holidaynames import names_language
from tests.gui.calendar.test_calendar_editor import open_editor

OK = QDialogButtonBox.StandardButton.Ok
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_package_language_for_a_locale():
    assert names_language("ID", "id_ID") == "id"
    assert names_language("id", "id_ID.UTF-8") == "id"
    assert names_language("DE", "de_DE") == "de"
    assert names_language("ID", "en_US") == "en_US"
    assert names_language("US", "id_ID") is None  # no Indonesian names: English stays
    assert names_language("XX", "id_ID") is None and names_language("ID", None) is None


def add_holidays(qtbot, document, country: str) -> dict[date, str]:
    """Add holidays... for ``country`` in 2027 through the editor; the names it lists."""
    editor = open_editor(qtbot, document)
    qtbot.mouseClick(editor.holidays_button, Qt.MouseButton.LeftButton)
    dialog = editor.sub_dialog
    dialog.country.setCurrentIndex(dialog.country.findData(country))
    dialog.first.setValue(2027)
    dialog.last.setValue(2027)
    listed = dict(
        dialog.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.list.count())
    )
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.buttons.button(OK), Qt.MouseButton.LeftButton)
    return listed


def names(document) -> dict[date, str]:
    return {e.start: e.name for e in document.data.calendar_exceptions.values()}


def test_indonesian_holidays_in_indonesian(qtbot, speak, make_document):
    english = make_document()
    assert "Eid al-Fitr" in add_holidays(qtbot, english, "ID")[date(2027, 3, 10)]
    speak("id")
    document = make_document()
    listed = add_holidays(qtbot, document, "ID")
    added = names(document)
    assert added == listed and len(added) >= 15
    assert "Idul Fitri" in added[date(2027, 3, 10)]
    assert added[date(2027, 8, 17)] == "Hari Kemerdekaan Republik Indonesia"
    assert added[date(2027, 1, 1)] == "Tahun Baru Masehi"
    # Every name is the package's Indonesian one, none its English.
    assert not set(added.values()) & set(names(english).values())


def test_a_country_without_indonesian_names_stays_english(qtbot, speak, make_document):
    speak("id")
    document = make_document()
    add_holidays(qtbot, document, "US")
    assert names(document)[date(2027, 7, 5)] == "Independence Day (observed)"
