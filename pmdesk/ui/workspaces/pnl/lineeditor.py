"""The side panel's line editor: name, section, kind, launch anchor and the kind's parameters
of the selected P&L line. Every field commits one undo step through the Document."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from pmdesk.core.entities import PnlLine, Task
from pmdesk.core.finance.lines import (
    KIND_PARAMETERS,
    KIND_TITLES,
    KINDS,
    SECTION_TITLES,
    SECTIONS,
    TIMING_PARAMETERS,
    number,
)
from pmdesk.document import Document
from pmdesk.theme.tones import set_tone
from pmdesk.ui.workspaces.pnl.fields import LABELS, NumberField

if TYPE_CHECKING:
    pass


class LineEditor(QGroupBox):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Line"), parent)
        self.document = document
        self.line_id: int | None = None
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.empty = QLabel(self.tr("Select a line of the sheet to edit it."), self)
        self.empty.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("pnlLineName")
        self.name.editingFinished.connect(self._commit_name)
        self.section = QComboBox(self)
        for key in SECTIONS:
            self.section.addItem(QCoreApplication.translate("PnlRows", SECTION_TITLES[key]), key)
        self.section.activated.connect(
            lambda _i: self._set(
                self.tr("Move line to %1").replace("%1", self.section.currentText()),
                section=self.section.currentData(),
            )
        )
        self.kind = QComboBox(self)
        for key in KINDS:
            self.kind.addItem(KIND_TITLES[key], key)
        self.kind.activated.connect(
            lambda _i: self._set(self.tr("Change line kind"), kind=self.kind.currentData())
        )
        self.anchor = QComboBox(self)
        self.anchor.setToolTip(
            self.tr("The line starts when this milestone is scheduled to finish")
        )
        self.anchor.activated.connect(self._commit_anchor)
        self.group = QComboBox(self)
        self.group.activated.connect(self._commit_group)
        for combo in (self.section, self.kind, self.anchor, self.group):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        set_tone(self.note, "color: $caption;")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.fields: dict[str, NumberField] = {}
        names = dict.fromkeys(n for params in KIND_PARAMETERS.values() for n, _d in params)
        for name in list(names) + [n for n, _d in TIMING_PARAMETERS]:
            self.fields[name] = NumberField(name, self._commit_parameter, self)
        self.form.addRow(self.empty)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Section"), self.section)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Starts at"), self.anchor)
        self.form.addRow(self.tr("Resources"), self.group)
        for name, field in self.fields.items():
            self.form.addRow(LABELS[name], field.box)
        self.form.addRow(self.note)
        self.show_line(None)

    # -- showing -----------------------------------------------------------------------
    def _line(self) -> PnlLine | None:
        return self.document.data.pnl_lines.get(self.line_id) if self.line_id is not None else None

    def _row_visible(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget, visible)

    def show_line(self, line_id: int | None, note: str = "") -> None:
        self.line_id = line_id
        line = self._line()
        self._row_visible(self.empty, line is None)
        for shown in (self.name, self.section, self.kind):
            self._row_visible(shown, line is not None)
        if line is None:
            for hidden in (self.anchor, self.group, self.note):
                self._row_visible(hidden, False)
            for field in self.fields.values():
                self._row_visible(field.box, False)
            return
        self.name.setText(line.name)
        self.section.setCurrentIndex(max(0, self.section.findData(line.section)))
        kind = line.kind if line.kind in KINDS else "fixed"
        self.kind.setCurrentIndex(self.kind.findData(kind))
        resource = kind == "resource_cost"
        self._fill_anchor(line)
        self._fill_groups(line)
        self._row_visible(self.anchor, not resource)
        self._row_visible(self.group, resource)
        wanted = {n for n, _d in KIND_PARAMETERS[kind]}
        if not resource:
            wanted |= {n for n, _d in TIMING_PARAMETERS}
        defaults = {n: d for params in KIND_PARAMETERS.values() for n, d in params}
        defaults.update(TIMING_PARAMETERS)
        for name, field in self.fields.items():
            self._row_visible(field.box, name in wanted)
            field.set_value(number(line.parameters, name, defaults[name]))
        self.note.setText(note)
        self._row_visible(self.note, bool(note))

    def _fill_anchor(self, line: PnlLine) -> None:
        data = self.document.data
        schedule = self.document.schedule
        self.anchor.clear()
        self.anchor.addItem(self.tr("Start of the P&L"), None)
        candidates = [t for t in data.tasks.values() if t.milestone or t.id == line.anchor_task_id]

        def finish(task: Task) -> datetime | None:
            scheduled = schedule.tasks.get(task.id) if schedule is not None else None
            return scheduled.finish if scheduled is not None else None

        candidates.sort(key=lambda t: (finish(t) is None, finish(t) or 0, t.id))
        for task in candidates:
            when = finish(task)
            self.anchor.addItem(f"{task.name} ({when:%Y-%m-%d})" if when else task.name, task.id)
        self.anchor.setCurrentIndex(max(0, self.anchor.findData(line.anchor_task_id)))

    def _fill_groups(self, line: PnlLine) -> None:
        self.group.clear()
        self.group.addItem(self.tr("All resources"), "")
        for group in sorted({r.group for r in self.document.data.resources.values() if r.group}):
            self.group.addItem(self.tr("Group: %1").replace("%1", group), group)
        current = str(line.parameters.get("group") or "")
        index = self.group.findData(current)
        if index < 0:
            self.group.addItem(self.tr("Group: %1").replace("%1", current), current)
            index = self.group.count() - 1
        self.group.setCurrentIndex(index)

    # -- committing --------------------------------------------------------------------
    def _set(self, text: str, **values: object) -> None:
        line = self._line()
        if line is not None:
            self.document.set_fields(PnlLine, line.id, text, **values)

    def _commit_name(self) -> None:
        line = self._line()
        name = self.name.text().strip()
        if line is not None and name and name != line.name:
            self._set(self.tr("Rename line to %1").replace("%1", name), name=name)
        elif line is not None and not name:
            self.name.setText(line.name)  # a line keeps a name

    def _commit_anchor(self, _index: int) -> None:
        line = self._line()
        if line is None:
            return
        task = self.anchor.currentData()
        self._set(
            self.tr("Start %1 at %2")
            .replace("%1", line.name)
            .replace("%2", self.anchor.currentText()),
            anchor_task_id=task,
        )

    def _commit_group(self, _index: int) -> None:
        line = self._line()
        if line is None:
            return
        parameters = dict(line.parameters)
        group = self.group.currentData()
        if group:
            parameters["group"] = group
        else:
            parameters.pop("group", None)
        self._set(
            self.tr("Cost of %1 in %2")
            .replace("%1", self.group.currentText().lower())
            .replace("%2", line.name),
            parameters=parameters,
        )

    def _commit_parameter(self, name: str, value: float) -> None:
        line = self._line()
        if line is None:
            return
        parameters = dict(line.parameters)
        parameters[name] = int(value) if name in ("period", "start", "duration") else value
        self._set(
            self.tr("Edit %1 of %2").replace("%1", LABELS[name].lower()).replace("%2", line.name),
            parameters=parameters,
        )
