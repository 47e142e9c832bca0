"""The P&L sheet follows the tables' spreadsheet keys: typing replaces a cell, Enter commits
and moves down, Tab commits and moves right, so numbers typed in a row land one per cell."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def type_keys(text: str) -> None:
    for char in text:
        QTest.keyClicks(QApplication.focusWidget(), char)


def test_tab_and_enter_walk_the_cells(qtbot, workspace, document):
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.activateWindow()
    cells = workspace.sheet.cells
    model = cells.model()
    # A line with another line under it, so Enter lands on a cell that can be typed into.
    row = next(
        i
        for i, r in enumerate(model.rows[:-1])
        if r.kind == "line" and model.rows[i + 1].kind == "line"
    )
    cells.setFocus()
    qtbot.waitUntil(cells.hasFocus)
    cells.setCurrentIndex(model.index(row, 3))
    for text in ("1000", "2000"):
        type_keys(text)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert cells.currentIndex().column() == 5
    type_keys("3000")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    # Enter after the Tabs: down to the column the run began in, as in Excel.
    assert (cells.currentIndex().row(), cells.currentIndex().column()) == (row + 1, 3)
    values = sorted((o.period, o.value) for o in document.data.pnl_overrides.values())
    assert [v for _p, v in values] == [1000.0, 2000.0, 3000.0]
    assert [p for p, _v in values] == [values[0][0], values[0][0] + 1, values[0][0] + 2]
