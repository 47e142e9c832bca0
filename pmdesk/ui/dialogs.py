"""The main window's questions and messages: unsaved changes, locks, external changes,
recovery after a crash, user errors (one sentence) and About.

Each function returns a plain word for the choice so callers (and tests, which patch these
functions or QMessageBox) stay simple.
"""

from __future__ import annotations

import sys
from datetime import datetime

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from pmdesk import __version__

translate = QCoreApplication.translate


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A user error: one sentence, no traceback."""
    QMessageBox.warning(parent, title, message)


def ask_save_changes(parent: QWidget | None, plan_name: str) -> str:
    """ "save", "discard" or "cancel"."""
    button = QMessageBox.question(
        parent,
        translate("Dialogs", "Unsaved changes"),
        translate("Dialogs", "Save the changes to \u201c%1\u201d before closing?").replace(
            "%1", plan_name
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if button == QMessageBox.StandardButton.Save:
        return "save"
    if button == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def _when(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value).strftime("%Y-%m-%d %H:%M")
    return str(value or translate("Dialogs", "an unknown time"))


def lock_sentence(error: object) -> str:
    """What a lock (store.lock's FileLocked, or a lock file read another way) says; any of
    its user, host and since may be missing."""
    user = getattr(error, "user", None) or translate("Dialogs", "someone")
    host = getattr(error, "host", None) or translate("Dialogs", "another computer")
    return (
        translate("Dialogs", "This plan is opened by %1 on %2 since %3.")
        .replace("%1", user)
        .replace("%2", host)
        .replace("%3", _when(getattr(error, "since", None)))
    )


def _ask(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    detail: str,
    choices: list[tuple[str, QMessageBox.ButtonRole, str]],
    otherwise: str,
    cancel: bool = True,
) -> str:
    """A question with named answers: the answer of the button clicked, else ``otherwise``.

    The first choice is the default button; ``cancel`` adds a standard Cancel button.
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    pushed = [(box.addButton(label, role), answer) for label, role, answer in choices]
    buttons: dict[QAbstractButton, str] = dict(pushed)
    if cancel:
        box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(pushed[0][0])
    box.exec()
    return buttons.get(box.clickedButton(), otherwise)


def ask_locked(parent: QWidget | None, error: object) -> str:
    """Someone has the file open: "read_only", "copy", "anyway" or "cancel"."""
    role = QMessageBox.ButtonRole
    return _ask(
        parent,
        QMessageBox.Icon.Information,
        translate("Dialogs", "Plan in use"),
        lock_sentence(error),
        translate(
            "Dialogs",
            "Open it read-only, open a copy of it, or open it anyway "
            "(their changes or yours may be lost).",
        ),
        [
            (translate("Dialogs", "Open Read-Only"), role.AcceptRole, "read_only"),
            (translate("Dialogs", "Open a Copy"), role.AcceptRole, "copy"),
            (translate("Dialogs", "Open Anyway"), role.DestructiveRole, "anyway"),
        ],
        "cancel",
    )


def ask_external_change(parent: QWidget | None, path: str) -> str:
    """The file changed on disk since it was opened: "reload", "copy", "overwrite", "cancel"."""
    role = QMessageBox.ButtonRole
    return _ask(
        parent,
        QMessageBox.Icon.Warning,
        translate("Dialogs", "File changed on disk"),
        translate("Dialogs", "Another program saved %1 after you opened it.").replace("%1", path),
        translate(
            "Dialogs",
            "Reload it (your unsaved changes are lost), save your plan as a "
            "copy, or overwrite their version with yours.",
        ),
        [
            (translate("Dialogs", "Save as Copy..."), role.AcceptRole, "copy"),
            (translate("Dialogs", "Reload"), role.ResetRole, "reload"),
            (translate("Dialogs", "Overwrite"), role.DestructiveRole, "overwrite"),
        ],
        "cancel",
    )


def ask_recover(parent: QWidget | None, description: str) -> str:
    """An autosaved copy survived a crash: "recover", "discard" or "later"."""
    role = QMessageBox.ButtonRole
    return _ask(
        parent,
        QMessageBox.Icon.Question,
        translate("Dialogs", "Recover unsaved work"),
        translate("Dialogs", "pmdesk did not close normally; unsaved work was kept: %1.").replace(
            "%1", description
        ),
        translate("Dialogs", "Recover it to look at it and save it, or discard it."),
        [
            (translate("Dialogs", "Recover"), role.AcceptRole, "recover"),
            (translate("Dialogs", "Discard"), role.DestructiveRole, "discard"),
            (translate("Dialogs", "Later"), role.RejectRole, "later"),
        ],
        "later",
        cancel=False,
    )


def versions_text() -> str:
    import platform  # imported here: the About box is rare, start-up is every time
    import sqlite3

    return (
        f"pmdesk {__version__}\n"
        f"Qt {qVersion()} (PySide6 {pyside_version})\n"
        f"Python {platform.python_version()} ({sys.platform})\n"
        f"SQLite {sqlite3.sqlite_version}"
    )


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent,
        translate("Dialogs", "About pmdesk"),
        translate("Dialogs", "pmdesk: product and project planning over one .pmdb file.")
        + "\n\n"
        + versions_text(),
    )
