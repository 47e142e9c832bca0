"""Parts every form dialog has: the line that says what is wrong, and OK / Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from pmdesk.theme.tones import set_tone


def problem_label(parent: QDialog, name: str = "problem") -> QLabel:
    """An empty, word-wrapped label in the error colour, for the one sentence that keeps OK
    disabled."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    set_tone(label, "color: $error_text;")
    return label


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK (the default button: Enter) and Cancel (Escape), wired to accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
