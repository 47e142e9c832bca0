"""File > Open / Import of files read through MPXJ: the dialogs list the formats, a progress
dialog names the stage while the converter runs, Cancel ends it and leaves the plan open as it
was, an .xer opens as a plan, and the export dialog writes .mpx through MPXJ."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton

from pmdesk.core.entities import Plan, Task
from pmdesk.core.plandata import PlanData
from pmdesk.document import Document
from pmdesk.ui import dialogs, file_controller
from pmdesk.ui.mainwindow import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "io"))
from mpxj_reference import FILES, needs_mpxj  # noqa: E402

XER = FILES / "percent-complete-8.4.xer"


@pytest.fixture
def window(qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    data = PlanData(Plan(name="Scratch"))
    data.load([Task(1, "Keep me")])
    win = MainWindow(Document(data))
    win.errors = errors
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    return win


def test_open_and_import_dialogs_list_the_mpxj_formats_without_the_extra(window, monkeypatch):
    """The formats are offered whether or not MPXJ is installed (choosing one then says what
    to install)."""
    offered = []

    def fake_open(parent, caption, folder, filters):
        offered.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    window.files.open_dialog()
    window.files.import_dialog()
    for filters in offered:
        for pattern in ("*.mpp", "*.mpx", "*.xer", "*.pmxml", "*.planner"):
            assert pattern in filters
    assert "*.pmdb" in offered[0]
    assert "Primavera P6 XER (*.xer)" in offered[1]
    assert "MPX (*.mpx)" in file_controller.EXPORT_FILTER


def _progress_dialogs() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


@needs_mpxj
def test_opening_an_xer_shows_progress_then_the_plan(window, qtbot):
    seen = []

    def look():
        seen.extend(d.labelText() for d in _progress_dialogs())
        if not seen:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    window.document.undo_stack.setClean()
    assert window.files.open_path(str(XER))
    # the import warnings (what pmdesk does not keep), shown once, and no error
    assert len(window.errors) == 1 and window.errors[0].startswith("Not imported from tasks")
    names = {task.name for task in window.document.data.tasks.values()}
    assert "Duration 75%" in names and "Keep me" not in names
    assert any("MPXJ" in label or XER.name in label for label in seen)
    assert _progress_dialogs() == []


@needs_mpxj
def test_cancel_ends_the_conversion_and_keeps_the_plan(window, qtbot):
    before = window.document
    before.undo_stack.setClean()

    def cancel():
        shown = _progress_dialogs()
        if shown:  # the user clicks Cancel
            shown[0].findChild(QPushButton).click()
        else:
            QTimer.singleShot(10, cancel)

    QTimer.singleShot(0, cancel)
    assert not window.files.import_path(str(XER))
    assert window.document is before
    assert window.errors == []
    assert "cancelled" in window.statusBar().currentMessage()


@needs_mpxj
def test_a_broken_file_is_one_sentence_in_the_window(window, tmp_path):
    path = tmp_path / "received.mpp"
    path.write_bytes(b"not a project")
    before = window.document
    before.undo_stack.setClean()
    assert not window.files.open_path(str(path))
    assert window.document is before
    assert len(window.errors) == 1 and "received.mpp" in window.errors[0]


@needs_mpxj
def test_export_to_mpx_goes_through_mpxj(window, monkeypatch, tmp_path):
    target = tmp_path / "shared.mpx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "MPX (*.mpx)")
    )
    assert window.files.export_dialog()
    assert window.errors == []
    assert target.read_bytes().startswith(b"MPX,")
