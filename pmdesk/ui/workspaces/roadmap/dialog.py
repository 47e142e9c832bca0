"""The item dialog: every field of a roadmap card, its score inputs, delivery link and blockers.

OK applies all changes as one undo step ("Edit card" / "Add card").
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.entities import Horizon, RoadmapItem
from pmdesk.core.roadmap import HORIZON_LABELS, HORIZONS, STATUS_LABELS, STATUSES, forecast_item
from pmdesk.core.scoring import (
    FRAMEWORK_LABELS,
    FRAMEWORKS,
    INPUT_LABELS,
    ScoreInputError,
    format_input,
    format_score,
    input_value,
    is_percent_input,
    read_input,
    score,
)
from pmdesk.core.translation import english_plural
from pmdesk.theme import hex_colour
from pmdesk.theme.tones import set_tone
from pmdesk.ui.workspaces.roadmap import editing

if TYPE_CHECKING:
    from pmdesk.ui.workspaces.roadmap.state import RoadmapState


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class OptionalDate(QWidget):
    """A date that may be empty: a check box switches the date edit on."""

    def __init__(self, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(_qdate(value) if value else QDate.currentDate())
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        day = self.edit.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(_qdate(value))


class ItemDialog(QDialog):
    def __init__(
        self,
        state: RoadmapState,
        item_id: int | None = None,
        lane_id: int | None = None,
        horizon: Horizon = Horizon.NOW,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.document = state.document
        data = self.document.data
        self.item_id = item_id
        item = (
            data.roadmap_items[item_id]
            if item_id is not None
            else RoadmapItem(id=0, lane_id=lane_id, horizon=horizon)
        )
        self.item = item
        self._inputs = dict(item.score_inputs)
        self.setWindowTitle(
            self.tr("Roadmap item") if item_id is not None else self.tr("New roadmap item")
        )
        self.setMinimumWidth(560)

        form = QFormLayout()
        self.title_edit = QLineEdit(item.title)
        form.addRow(self.tr("Title"), self.title_edit)
        self.description = QPlainTextEdit(item.description)
        self.description.setFixedHeight(70)
        form.addRow(self.tr("Description"), self.description)

        self.lane = QComboBox()
        for lane in sorted(data.roadmap_lanes.values(), key=lambda lane: (lane.position, lane.id)):
            self.lane.addItem(lane.name, lane.id)
        self.lane.addItem(self.tr("(no lane)"), None)
        self.lane.setCurrentIndex(
            max(0, self.lane.findData(item.lane_id))
            if item.lane_id is not None
            else self.lane.count() - 1
        )
        self.horizon = QComboBox()
        for h in HORIZONS:
            self.horizon.addItem(HORIZON_LABELS[h], h.value)
        self.horizon.setCurrentIndex(self.horizon.findData(Horizon(item.horizon).value))
        self.status = QComboBox()
        for s in STATUSES:
            self.status.addItem(STATUS_LABELS[s], s)
        if self.status.findData(item.status) < 0:
            self.status.addItem(item.status, item.status)
        self.status.setCurrentIndex(self.status.findData(item.status))
        row = QHBoxLayout()
        for label, widget in (
            (self.tr("Lane"), self.lane),
            (self.tr("Horizon"), self.horizon),
            (self.tr("Status"), self.status),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(widget, 1)
        form.addRow(row)
        self.tags = QLineEdit(", ".join(item.tags))
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. core, enterprise"))
        form.addRow(self.tr("Tags"), self.tags)
        self.start = OptionalDate(item.target_start)
        self.end = OptionalDate(item.target_end)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("from")))
        dates.addWidget(self.start, 1)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end, 1)
        form.addRow(self.tr("Target"), dates)

        # Scoring.
        scoring = QGroupBox(self.tr("Prioritisation"))
        scoring_layout = QVBoxLayout(scoring)
        self.framework = QComboBox()
        for f in FRAMEWORKS:
            self.framework.addItem(FRAMEWORK_LABELS[f], f)
        self.framework.setCurrentIndex(max(0, self.framework.findData(item.framework.upper())))
        self.inputs_form = QFormLayout()
        self.input_edits: dict[str, QLineEdit] = {}
        self.score_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Framework")))
        top.addWidget(self.framework, 1)
        top.addWidget(self.score_label)
        scoring_layout.addLayout(top)
        scoring_layout.addLayout(self.inputs_form)
        self.framework.currentIndexChanged.connect(self._rebuild_inputs)

        # Delivery.
        delivery = QGroupBox(self.tr("Delivery"))
        delivery_layout = QFormLayout(delivery)
        self.linked = QComboBox()
        self.linked.addItem(self.tr("(not linked)"), None)
        self._add_tasks(None, 0)
        self.linked.setCurrentIndex(max(0, self.linked.findData(item.linked_task_id)))
        delivery_layout.addRow(self.tr("Linked task"), self.linked)
        self.forecast_label = QLabel()
        delivery_layout.addRow(self.tr("Forecast"), self.forecast_label)
        self.linked.currentIndexChanged.connect(self._update_forecast)
        self.end.check.toggled.connect(self._update_forecast)
        self.end.edit.dateChanged.connect(self._update_forecast)

        # Blockers.
        blockers = QGroupBox(self.tr("Blocked by"))
        blockers_layout = QVBoxLayout(blockers)
        self.blockers = QListWidget()
        self.blockers.setFixedHeight(96)
        current = {d.blocker_id for d in data.roadmap_dependencies.values() if d.item_id == item_id}
        # Current blockers first, then the others by title.
        for other in sorted(
            data.roadmap_items.values(), key=lambda it: (it.id not in current, it.title.lower())
        ):
            if other.id == item_id:
                continue
            entry = QListWidgetItem(other.title)
            entry.setData(Qt.ItemDataRole.UserRole, other.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if other.id in current else Qt.CheckState.Unchecked
            )
            self.blockers.addItem(entry)
        blockers_layout.addWidget(self.blockers)
        warnings = state.warnings.get(item_id, []) if item_id is not None else []
        if warnings:
            warning = QLabel("⚠ " + "\n⚠ ".join(warnings))
            warning.setWordWrap(True)
            set_tone(warning, "color: $warning_text;")
            blockers_layout.addWidget(warning)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(not self.document.read_only)
        self.input_problem: str | None = None  # why a typed score input cannot be taken

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scoring)
        layout.addWidget(delivery)
        layout.addWidget(blockers)
        layout.addWidget(buttons)
        self._rebuild_inputs()
        self._update_forecast()

    def _add_tasks(self, parent_id: int | None, depth: int) -> None:
        for task in self.document.data.children(parent_id):
            kind = " ◆" if task.milestone else ""
            name = task.name or self.tr("Task %1").replace("%1", str(task.id))
            self.linked.addItem("    " * depth + name + kind, task.id)
            self._add_tasks(task.id, depth + 1)

    def _collect_inputs(self) -> None:
        """Take the typed inputs; an unreadable or (for a built-in input) negative one is left
        out and named in ``input_problem``, which keeps OK disabled."""
        self.input_problem = None
        # The edits were made for this framework (it decides which inputs are percentages).
        framework = getattr(self, "_edits_framework", self.framework.currentData())
        for name, edit in self.input_edits.items():
            try:
                value = read_input(framework, name, edit.text())
            except ScoreInputError as exc:
                self.input_problem = str(exc)
                value = None
            if value is None:
                self._inputs.pop(name, None)
            else:
                self._inputs[name] = value

    def _rebuild_inputs(self) -> None:
        self._collect_inputs()
        while self.inputs_form.rowCount():
            self.inputs_form.removeRow(0)
        self.input_edits = {}
        framework = self._edits_framework = self.framework.currentData()
        names = self.state.config.inputs_for(framework)
        if framework == "CUSTOM" and self.state.config.formula is None:
            reason = self.state.config.formula_error or self.tr(
                "The plan has no custom formula yet (Scoring ▸ Custom formula…)."
            )
            self.inputs_form.addRow(QLabel(reason))
        for name in names:
            value = input_value(self._inputs, name)
            edit = QLineEdit(format_input(framework, name, value))
            edit.setPlaceholderText(
                self.tr("missing (0-100%)")
                if is_percent_input(framework, name)
                else self.tr("missing")
            )
            edit.textChanged.connect(self._update_score)
            self.inputs_form.addRow(INPUT_LABELS.get(name) or name, edit)
            self.input_edits[name] = edit
        self._update_score()

    def _update_score(self) -> None:
        self._collect_inputs()
        self.ok_button.setEnabled(self.input_problem is None and not self.document.read_only)
        if self.input_problem is not None:
            self.score_label.setText(
                f"<span style='color:{hex_colour('slip')}'>{self.input_problem}</span>"
            )
            return
        value = score(self.framework.currentData(), self._inputs, self.state.config)
        text = self.tr("Score: %1") if value is not None else self.tr("Score: %1 (unscored)")
        self.score_label.setText(text.replace("%1", f"<b>{format_score(value)}</b>"))

    def _update_forecast(self) -> None:
        task_id = self.linked.currentData()
        probe = RoadmapItem(id=0, linked_task_id=task_id, target_end=self.end.value())
        forecast = forecast_item(probe, self.document.schedule)
        if task_id is None:
            self.forecast_label.setText(
                self.tr("Not linked: link a task or use Plan delivery on the board.")
            )
        elif forecast.finish is None:
            self.forecast_label.setText(self.tr("No schedule for this task yet."))
        else:
            text = (
                self.tr("finishes %1, %2% complete")
                .replace("%1", f"{forecast.finish:%Y-%m-%d}")
                .replace("%2", f"{forecast.percent_complete:.0f}")
            )
            if forecast.slipping:
                slip = english_plural(
                    self.tr("slipping %n day(s)", "", forecast.slip_days), forecast.slip_days
                )
                text += f" — <span style='color:{hex_colour('slip')}'><b>{slip}</b></span>"
            self.forecast_label.setText(text)

    # -- applying ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        self._collect_inputs()
        framework = self.framework.currentData()
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        return {
            "title": self.title_edit.text().strip() or "New item",
            "description": self.description.toPlainText(),
            "lane_id": self.lane.currentData(),
            "horizon": Horizon(self.horizon.currentData()),
            "status": self.status.currentData(),
            "tags": list(dict.fromkeys(tags)),
            "target_start": self.start.value(),
            "target_end": self.end.value(),
            "framework": framework,
            "score_inputs": dict(self._inputs),
            "linked_task_id": self.linked.currentData(),
        }

    def blocker_ids(self) -> list[int]:
        return [
            self.blockers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.blockers.count())
            if self.blockers.item(i).checkState() == Qt.CheckState.Checked
        ]

    def apply(self) -> int:
        """Write the dialog's values as one undo step; returns the item id."""
        values = self.values()
        if self.item_id is None:
            with self.document.macro(self.tr("Add card")):
                lane_id, horizon = values.pop("lane_id"), values.pop("horizon")
                title = values.pop("title")
                item_id = editing.add_item(self.document, title, lane_id, horizon, **values)
                editing.set_blockers(self.document, item_id, self.blocker_ids())
            return item_id
        item = self.document.data.roadmap_items[self.item_id]
        with self.document.macro(self.tr("Edit card")):
            if (values["lane_id"], values["horizon"]) != (item.lane_id, item.horizon):
                editing.move_items(
                    self.document, [item.id], values["lane_id"], values["horizon"], 10**9
                )
            values.pop("lane_id")
            values.pop("horizon")
            editing.update_item(self.document, item.id, "Edit card", **values)
            editing.set_blockers(self.document, item.id, self.blocker_ids())
        return item.id
