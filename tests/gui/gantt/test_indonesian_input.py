"""Typing a duration in Indonesian into the Gantt's Duration cell, with a decimal comma."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from pmdesk.gantt.editor import GanttEditor
from pmdesk.models.taskcolumns import COLUMN_INDEX

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize(
    "typed, minutes, shown", [("3 hari", 1440, "3 days"), ("1,5 minggu", 3600, "1.5 wks")]
)
def test_typing_an_indonesian_duration(qtbot, document, typed, minutes, shown):
    editor = GanttEditor(document)
    qtbot.addWidget(editor)
    editor.resize(1300, 500)
    editor.show()
    qtbot.waitExposed(editor)
    table = editor.table
    table.setFocus()
    index = editor.model.index_for_task(3, COLUMN_INDEX["duration"])
    table.setCurrentIndex(index)
    QTest.keyClick(table, Qt.Key.Key_F2)
    line = next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible())
    line.selectAll()
    QTest.keyClicks(line, typed)
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.data.tasks[3].duration == minutes)
    assert editor.model.data(editor.model.index_for_task(3, COLUMN_INDEX["duration"])) == shown
