"""The task dialog's "Estimates" tab: three-point duration estimates and their distribution
for the schedule risk simulation (empty fields mean "the planned duration").

A value the simulation cannot use (not a duration, negative, out of order) is named in one
sentence under the fields as it is typed; the dialog refuses OK with the same sentence.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from pmdesk.core.durationtext import duration_text
from pmdesk.core.entities import Distribution, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.operations.estimates import FIELDS, estimate_values
from pmdesk.theme.tones import set_tone


class EstimateTab(QWidget):
    problemChanged = Signal(str)  # "" when the fields can be used

    def __init__(
        self, task: Task, units: tuple[int, int, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.task = task
        self.units = units
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        labels = (self.tr("Optimistic"), self.tr("Most likely"), self.tr("Pessimistic"))
        planned = duration_text(task.duration, False, *units)
        for name, label in zip(FIELDS, labels):
            value = getattr(task, name)
            edit = QLineEdit(duration_text(value, False, *units) if value is not None else "")
            edit.setObjectName(name)
            edit.setPlaceholderText(self.tr("planned: %1").replace("%1", planned))
            edit.textChanged.connect(self._check)
            form.addRow(label, edit)
            self.edits[name] = edit
        self.distribution = QComboBox()
        self.distribution.setObjectName("distribution")
        names = {
            Distribution.TRIANGULAR: self.tr("Triangular"),
            Distribution.PERT: self.tr("PERT (beta)"),
            Distribution.UNIFORM: self.tr("Uniform"),
            Distribution.FIXED: self.tr("Fixed (no variation)"),
        }
        for kind, text in names.items():
            self.distribution.addItem(text, kind)
        self.distribution.setCurrentIndex(list(names).index(Distribution(task.distribution)))
        form.addRow(self.tr("Distribution"), self.distribution)
        hint = QLabel(
            self.tr(
                "Used by the Risk view's simulation. Leave a field empty to use "
                "the planned duration."
            )
        )
        hint.setWordWrap(True)
        set_tone(hint, "color: $caption;")
        form.addRow(hint)
        self.problem = QLabel()
        self.problem.setObjectName("estimateProblem")
        set_tone(self.problem, "color: $error_text;")
        self.problem.setWordWrap(True)
        form.addRow(self.problem)

    def values(self) -> dict[str, Any]:
        """The changed fields, or PmdeskError with one sentence (operations/estimates.py)."""
        optimistic, likely, pessimistic = (self.edits[name].text() for name in FIELDS)
        texts = (optimistic, likely, pessimistic)
        kind = Distribution(self.distribution.currentData())
        return estimate_values(self.task, texts, kind, self.units)

    def _check(self) -> None:
        try:
            self.values()
            text = ""
        except PmdeskError as exc:
            text = str(exc)
        self.problem.setText(text)
        self.problemChanged.emit(text)
