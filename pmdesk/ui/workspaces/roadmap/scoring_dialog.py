"""The custom-formula dialog: type a formula over named criteria, see at once whether it parses."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from pmdesk.core.expression import FUNCTIONS, ParseError, parse
from pmdesk.theme import hex_colour


class FormulaDialog(QDialog):
    def __init__(self, formula: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Custom scoring formula"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Write the score of an item from named criteria, e.g. "
                "<code>(value * 2 + strategic) / effort</code>.<br>Operators + - * / ^ and "
                "parentheses; functions %1.<br>Each name becomes an input of items using the "
                "“Custom formula” framework."
            ).replace("%1", ", ".join(FUNCTIONS))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = QLineEdit(formula)
        layout.addWidget(self.edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._check)
        self.criteria: list[str] = []
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            expression = parse(self.edit.text())
        except ParseError as exc:
            self.message.setText(f"<span style='color:{hex_colour('slip')}'>{exc}</span>")
            self.criteria = []
            ok.setEnabled(False)
            return
        self.criteria = sorted(expression.names)
        names = ", ".join(self.criteria) or self.tr("none (a constant)")
        self.message.setText(
            f"<span style='color:{hex_colour('forecast')}'>{self.tr('OK.')}</span> "
            + self.tr("Criteria: %1").replace("%1", names)
        )
        ok.setEnabled(True)

    def formula(self) -> str:
        return self.edit.text().strip()
