"""Bad input typed into the roadmap table: one sentence for the person, the plan unchanged."""

import pytest
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints"
)  # the offscreen platform says so on show


@pytest.fixture
def workspace(qtbot, document):
    from pmdesk.ui.workspaces.roadmap.workspace import RoadmapWorkspace

    widget = RoadmapWorkspace(document)
    qtbot.addWidget(widget)
    widget.resize(1500, 950)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(workspace, document, title, key):
    model = workspace.model
    item = next(i for i in document.data.roadmap_items.values() if i.title == title)
    column = next(n for n, c in enumerate(model.columns) if c.key == key)
    return model.index(model.row_of(item.id), column), item


@pytest.mark.parametrize(
    "text, message",
    [
        ("-5", "Reach cannot be negative; type 0 or more."),
        ("abc", 'Reach: "abc" is not a number; type one like 3 or 0.5.'),
        ("inf", 'Reach: "inf" is not a number; type one like 3 or 0.5.'),
    ],
)
def test_a_bad_score_input_says_why_and_changes_nothing(
    qtbot, workspace, document, monkeypatch, text, message
):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    index, item = cell(workspace, document, "Public launch", "input:reach")
    before = dict(item.score_inputs)
    assert not workspace.model.setData(index, text)
    qtbot.waitUntil(lambda: bool(said))
    assert said == [message]
    assert document.data.roadmap_items[item.id].score_inputs == before
    assert document.undo_stack.count() == 0


def test_an_empty_title_says_why_and_changes_nothing(qtbot, workspace, document, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    index, item = cell(workspace, document, "Public launch", "title")
    assert not workspace.model.setData(index, "  ")
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["A card needs a title; type one or press Escape."]
    assert document.data.roadmap_items[item.id].title == "Public launch"


@pytest.mark.parametrize("typed", ["80", "80%", " 80 % "])
def test_rice_confidence_is_typed_as_a_percentage(workspace, document, typed):
    """Issue 11: "80" scored 100 times too high and "80%" was refused."""
    index, item = cell(workspace, document, "Planning board", "input:confidence")
    assert index.data() == "80%"  # stored as 0.8
    assert workspace.model.setData(index, "50") and index.data() == "50%"
    assert workspace.model.setData(index, typed)
    assert document.data.roadmap_items[item.id].score_inputs["confidence"] == pytest.approx(0.8)


def test_a_percentage_out_of_range_says_its_range(qtbot, workspace, document, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    index, item = cell(workspace, document, "Planning board", "input:confidence")
    assert not workspace.model.setData(index, "120%")
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["Confidence is a percentage from 0 to 100%; type e.g. 80 or 80%."]
    assert document.data.roadmap_items[item.id].score_inputs["confidence"] == 0.8


def test_the_roadmap_table_has_the_spreadsheet_keys(qtbot, workspace, document):
    """Typing replaces the cell, Enter commits and moves down (the same rules as the Gantt)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    workspace.set_mode("table")
    workspace.activateWindow()
    table = workspace.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    index, item = cell(workspace, document, "Planning board", "input:reach")
    table.setCurrentIndex(index)
    for char in "5000":
        QTest.keyClicks(QApplication.focusWidget(), char)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert document.data.roadmap_items[item.id].score_inputs["reach"] == 5000
    moved = table.currentIndex()
    assert moved.column() == index.column()
    assert moved.row() == workspace.model.row_of(item.id) + 1
