"""The task dialog's "Estimates" tab: three-point duration estimates and their distribution
for the schedule risk simulation (empty fields mean "the planned duration").

A value the simulation cannot use (not a duration, negative, out of order) is named in one
sentence under the fields as it is typed; the dialog refuses OK with the same sentence.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from pmdesk.core.entities import Distribution, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.core.risk.estimates import estimate_problem
from pmdesk.core.scheduling import SchedulingError
from pmdesk.core.scheduling.durations import format_duration, parse_duration

FIELDS = ("duration_optimistic", "duration_most_likely", "duration_pessimistic")


class EstimateTab(QWidget):
    problemChanged = Signal(str)  # "" when the fields can be used

    def __init__(self, task: Task, units: tuple[int, int, int], parent=None) -> None:
        super().__init__(parent)
        self.task = task
        self.units = units
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        labels = (self.tr("Optimistic"), self.tr("Most likely"), self.tr("Pessimistic"))
        planned = format_duration(task.duration, False, *units)
        for name, label in zip(FIELDS, labels):
            value = getattr(task, name)
            edit = QLineEdit(format_duration(value, False, *units) if value is not None else "")
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
        hint = QLabel(self.tr("Used by the Risk view's simulation. Leave a field empty to use "
                              "the planned duration."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #52606d;")
        form.addRow(hint)
        self.problem = QLabel()
        self.problem.setObjectName("estimateProblem")
        self.problem.setStyleSheet("color: #a12d2a;")
        self.problem.setWordWrap(True)
        form.addRow(self.problem)

    def _minutes(self, name: str) -> int | None:
        text = self.edits[name].text().strip()
        if not text:
            return None
        try:
            minutes, elapsed = parse_duration(text, *self.units)
        except SchedulingError as exc:
            raise PmdeskError(str(exc)) from None
        if elapsed:
            raise PmdeskError(self.tr("An estimate is in working time; write it without 'e'."))
        return minutes

    def values(self) -> dict:
        """The changed fields, or PmdeskError with one sentence."""
        points = [self._minutes(name) for name in FIELDS]
        problem = estimate_problem(*points)
        if problem:
            raise PmdeskError(problem)
        values = {name: value for name, value in zip(FIELDS, points)
                  if value != getattr(self.task, name)}
        kind = Distribution(self.distribution.currentData())
        if kind != self.task.distribution:
            values["distribution"] = kind
        return values

    def _check(self) -> None:
        try:
            self.values()
            text = ""
        except PmdeskError as exc:
            text = str(exc)
        self.problem.setText(text)
        self.problemChanged.emit(text)
