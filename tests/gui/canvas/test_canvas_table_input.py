"""Text typed into the canvas table that cannot be used is said to the person, not swallowed."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from pmdesk.core import canvas

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints"
)  # the offscreen platform says so on show


def factor_named(document, name):
    return next(f for f in document.data.canvas_factors.values() if f.name == name)


def test_a_level_above_ten_typed_in_the_table_says_why(qtbot, workspace, document, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    model, table = workspace.model, workspace.table
    price = factor_named(document, "Price")
    table.setCurrentIndex(model.index(model.row_of(price.id), 2))
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_F2)
    line = next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible())
    line.selectAll()
    QTest.keyClicks(line, "15")
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["A level is between 0 and 10."]
    levels = canvas.value_index(document.data)
    assert levels[(price.id, model.offering_at(2).id)].level == 3
    assert document.undo_stack.count() == 0
