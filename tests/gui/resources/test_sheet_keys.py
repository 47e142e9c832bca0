"""The resource sheet follows the task table's spreadsheet keys: Enter commits and moves
down, Tab right, so rates typed one after another land in one cell each."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pmdesk.models.resources import COLUMN_INDEX

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def type_keys(text: str) -> None:
    for char in text:
        QTest.keyClicks(QApplication.focusWidget(), char)


def current(workspace):
    index = workspace.sheet.currentIndex()
    return index.row(), index.column()


def test_rates_typed_with_enter_land_one_per_row(qtbot, workspace):
    document = workspace.document
    sheet = workspace.sheet
    workspace.show()
    qtbot.waitExposed(workspace)
    sheet.setFocus()
    rate = COLUMN_INDEX["standard_rate"]
    sheet.setCurrentIndex(workspace.model.index(workspace.model.row_of(1), rate))
    for text in ("70", "30"):
        type_keys(text)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert document.data.resources[1].standard_rate == 70
    assert document.data.resources[2].standard_rate == 30
    assert document.undo_stack.count() == 2


def test_tab_walks_right_and_shift_enter_goes_up(qtbot, workspace):
    document = workspace.document
    sheet = workspace.sheet
    workspace.show()
    qtbot.waitExposed(workspace)
    sheet.setFocus()
    row = workspace.model.row_of(2)
    sheet.setCurrentIndex(workspace.model.index(row, COLUMN_INDEX["initials"]))
    type_keys("BB")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert current(workspace) == (row, COLUMN_INDEX["group"])
    type_keys("QA")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert current(workspace) == (row - 1, COLUMN_INDEX["group"])
    bob = document.data.resources[2]
    assert (bob.initials, bob.group) == ("BB", "QA")
    QTest.keyClick(sheet, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert current(workspace) == (row - 1, COLUMN_INDEX["initials"])
