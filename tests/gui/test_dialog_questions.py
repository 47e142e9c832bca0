"""The lock, external-change and recovery questions return the answer of the button clicked."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pmdesk.ui import dialogs

# The offscreen platform warns about size hints of any top-level dialog it shows.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _click_later(label: str | None):
    """Click the button named ``label`` (None: press Escape) once the box is up."""

    def click():
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        if label is None:
            box.reject()
            return
        next(b for b in box.buttons() if b.text() == label).click()

    QTimer.singleShot(0, click)


def test_external_change_answers(qtbot):
    for label, answer in (
        ("Reload", "reload"),
        ("Save as Copy...", "copy"),
        ("Overwrite", "overwrite"),
        (None, "cancel"),
    ):
        _click_later(label)
        assert dialogs.ask_external_change(None, "/plans/a.pmdb") == answer


def test_recover_defaults_to_later_when_dismissed(qtbot):
    _click_later("Discard")
    assert dialogs.ask_recover(None, "Launch plan, autosaved 10:02") == "discard"
    _click_later(None)
    assert dialogs.ask_recover(None, "Launch plan, autosaved 10:02") == "later"
