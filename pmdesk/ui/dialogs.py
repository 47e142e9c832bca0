"""The main window's questions and messages: unsaved changes, locks, external changes,
recovery after a crash, user errors (one sentence) and About.

Each function returns a plain word for the choice so callers (and tests, which patch these
functions or QMessageBox) stay simple.
"""

from __future__ import annotations

import platform
import sqlite3
import sys
from datetime import datetime

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from pmdesk import __version__


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A user error: one sentence, no traceback."""
    QMessageBox.warning(parent, title, message)


def ask_save_changes(parent: QWidget | None, plan_name: str) -> str:
    """"save", "discard" or "cancel"."""
    button = QMessageBox.question(
        parent, "Unsaved changes",
        f"Save the changes to \u201c{plan_name}\u201d before closing?",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if button == QMessageBox.StandardButton.Save:
        return "save"
    if button == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def _when(value) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value).strftime("%Y-%m-%d %H:%M")
    return str(value or "an unknown time")


def lock_sentence(error) -> str:
    user = getattr(error, "user", None) or "someone"
    host = getattr(error, "host", None) or "another computer"
    return f"This plan is opened by {user} on {host} since {_when(getattr(error, 'since', None))}."


def ask_locked(parent: QWidget | None, error) -> str:
    """Someone has the file open: "read_only", "copy", "anyway" or "cancel"."""
    box = QMessageBox(QMessageBox.Icon.Information, "Plan in use", lock_sentence(error),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText("Open it read-only, open a copy of it, or open it anyway "
                           "(their changes or yours may be lost).")
    read_only = box.addButton("Open Read-Only", QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton("Open a Copy", QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton("Open Anyway", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    return {read_only: "read_only", copy: "copy", anyway: "anyway"}.get(clicked, "cancel")


def ask_external_change(parent: QWidget | None, path: str) -> str:
    """The file changed on disk since it was opened: "reload", "copy", "overwrite", "cancel"."""
    box = QMessageBox(QMessageBox.Icon.Warning, "File changed on disk",
                      f"Another program saved {path} after you opened it.",
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText("Reload it (your unsaved changes are lost), save your plan as a "
                           "copy, or overwrite their version with yours.")
    reload_ = box.addButton("Reload", QMessageBox.ButtonRole.ResetRole)
    copy = box.addButton("Save as Copy...", QMessageBox.ButtonRole.AcceptRole)
    overwrite = box.addButton("Overwrite", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy)
    box.exec()
    clicked = box.clickedButton()
    return {reload_: "reload", copy: "copy", overwrite: "overwrite"}.get(clicked, "cancel")


def ask_recover(parent: QWidget | None, description: str) -> str:
    """An autosaved copy survived a crash: "recover", "discard" or "later"."""
    box = QMessageBox(QMessageBox.Icon.Question, "Recover unsaved work",
                      f"pmdesk did not close normally; unsaved work was kept: {description}.",
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText("Recover it to look at it and save it, or discard it.")
    recover = box.addButton("Recover", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.exec()
    clicked = box.clickedButton()
    return {recover: "recover", discard: "discard"}.get(clicked, "later")


def versions_text() -> str:
    return (f"pmdesk {__version__}\n"
            f"Qt {qVersion()} (PySide6 {pyside_version})\n"
            f"Python {platform.python_version()} ({sys.platform})\n"
            f"SQLite {sqlite3.sqlite_version}")


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, "About pmdesk",
                      "pmdesk: product and project planning over one .pmdb file.\n\n"
                      + versions_text())
