"""The P&L sheet tab: scenario selector and line actions, KPI strip, the sheet (frozen row
names, periods as columns, a total), a side panel (line, scenario, sheet settings) and a
chart shown on demand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.entities import PnlLine
from pmdesk.core.errors import PmdeskError
from pmdesk.core.finance.sheet import cost_of_delay, ordered_lines, ordered_scenarios, section_of
from pmdesk.core.translation import english_plural
from pmdesk.document import Document
from pmdesk.models.pnl import PnlSheetModel
from pmdesk.models.taskcolumns import format_date
from pmdesk.theme.tones import set_tone
from pmdesk.ui.workspaces.pnl.chart import PnlChart
from pmdesk.ui.workspaces.pnl.kpis import KpiStrip
from pmdesk.ui.workspaces.pnl.lineeditor import LineEditor
from pmdesk.ui.workspaces.pnl.scenarioeditor import ScenarioEditor, SettingsEditor
from pmdesk.ui.workspaces.pnl.sheetview import SheetView


class PnlWorkspace(QWidget):
    selectionCountChanged = Signal(int)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = PnlSheetModel(document, self)
        self._zoom = 0

        # -- toolbar: scenario and line actions --
        self.scenario = QComboBox(self)
        self.scenario.setObjectName("pnlScenario")
        self.scenario.setMinimumContentsLength(10)
        self.scenario.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scenario.activated.connect(self._on_scenario_chosen)
        # Tool buttons, not push buttons: the tab must fit a small window (push buttons have a
        # wide minimum in most styles).
        self.add_button = self._tool_button(
            self.tr("Add line"),
            self.tr("Add a line to the section of the selected row"),
            lambda: self.add_line(),
        )
        self.remove_button = self._tool_button(
            self.tr("Remove"),
            self.tr("Remove the selected line and its overrides"),
            self.remove_line,
        )
        self.up_button = self._tool_button(
            self.tr("Up"),
            self.tr("Move the selected line up in its section"),
            lambda: self.move_line(-1),
        )
        self.down_button = self._tool_button(
            self.tr("Down"),
            self.tr("Move the selected line down in its section"),
            lambda: self.move_line(1),
        )
        self.chart_button = self._tool_button(
            self.tr("Chart"), self.tr("Show the chart of revenue, cost and cash"), None
        )
        self.chart_button.setCheckable(True)
        self.chart_button.setChecked(True)
        self.chart_button.toggled.connect(self.show_chart)
        self.launch_at = QComboBox(self)
        self.launch_at.setObjectName("pnlLaunchAt")
        self.launch_at.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.launch_at.setToolTip(
            self.tr(
                "Take the launch dates from the plan, or from the "
                "schedule risk simulation at P50 or P80"
            )
        )
        for key, text in (
            ("planned", self.tr("Launch: plan")),
            ("p50", self.tr("Launch: P50")),
            ("p80", self.tr("Launch: P80")),
        ):
            self.launch_at.addItem(text, key)
        self.launch_at.activated.connect(
            lambda _i: self.model.set_launch_at(self.launch_at.currentData())
        )
        self.export_button = self._tool_button(
            self.tr("Export CSV…"),
            self.tr("Save the sheet of this scenario as CSV"),
            self._export_clicked,
        )
        self.caption = QLabel(self)
        set_tone(self.caption, "color: $caption;")
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 0)
        bar.setSpacing(4)
        bar.addWidget(QLabel(self.tr("Scenario:"), self))
        bar.addWidget(self.scenario)
        bar.addSpacing(10)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            bar.addWidget(button)
        bar.addSpacing(10)
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.chart_button)
        bar.addWidget(self.export_button)

        self.kpis = KpiStrip(self)
        # Beside the NPV tiles it changes (the strip scrolls in a narrow window).
        self.kpis.row.insertWidget(0, self.launch_at)
        # The KPIs scroll sideways in a narrow window instead of widening it.
        self.kpi_area = QScrollArea(self)
        self.kpi_area.setWidget(self.kpis)
        self.kpi_area.setWidgetResizable(True)
        self.kpi_area.setFrameShape(QFrame.Shape.NoFrame)
        self.kpi_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_kpi_area()
        self.sheet = SheetView(self.model, self)
        # The chart is shown by default; matplotlib is imported when it is first painted.
        self.chart = PnlChart(self.model, self)

        self.line_editor = LineEditor(document)
        self.scenario_editor = ScenarioEditor(document)
        self.settings_editor = SettingsEditor(document)
        self.scenario_editor.scenarioCreated.connect(self.set_scenario)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(6, 0, 6, 6)
        panel_layout.addWidget(self.line_editor)
        panel_layout.addWidget(self.scenario_editor)
        panel_layout.addWidget(self.settings_editor)
        panel_layout.addStretch(1)
        self.side = QScrollArea(self)
        self.side.setWidget(panel)
        self.side.setWidgetResizable(True)
        self.side.setMinimumWidth(240)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.vertical = QSplitter(Qt.Orientation.Vertical, self)
        self.vertical.setObjectName("pnlChartSplitter")
        self.vertical.addWidget(self.sheet)
        self.vertical.addWidget(self.chart)
        self.vertical.setStretchFactor(0, 3)
        self.vertical.setStretchFactor(1, 2)
        self.vertical.setSizes([680, 230])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("pnlSplitter")
        self.splitter.addWidget(self.vertical)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1250, 320])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.kpi_area)
        layout.addWidget(self.splitter, 1)

        self.sheet.currentLineChanged.connect(self._show_line)
        self.sheet.selectionCountChanged.connect(self.selectionCountChanged)
        self.model.recomputed.connect(self._on_recomputed)
        self.model.modelReset.connect(self._restore_current_line)
        self.model.editRefused.connect(self._show_problem)
        self._current_line: int | None = None
        self.side.setEnabled(not document.read_only)  # a plan opened read-only shows, not edits
        self._on_recomputed()

    def _fit_kpi_area(self) -> None:
        """As tall as the tiles, plus a scroll bar only when they do not fit the width."""
        height = self.kpis.sizeHint().height()
        if self.kpis.sizeHint().width() > self.kpi_area.viewport().width():
            height += self.kpi_area.horizontalScrollBar().sizeHint().height()
        self.kpi_area.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_kpi_area()

    def _tool_button(self, text: str, tip: str, slot: Callable[[], object] | None) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    # -- scenario ----------------------------------------------------------------------
    def _fill_scenarios(self) -> None:
        self.scenario.blockSignals(True)
        self.scenario.clear()
        for scenario in ordered_scenarios(self.document.data):
            self.scenario.addItem(scenario.name, scenario.id)
        self.scenario.setCurrentIndex(max(0, self.scenario.findData(self.model.scenario_id)))
        self.scenario.setEnabled(self.scenario.count() > 0)
        self.scenario.blockSignals(False)

    def _on_scenario_chosen(self, _index: int) -> None:
        self.set_scenario(self.scenario.currentData())

    def set_scenario(self, scenario_id: int | None) -> None:
        self.model.set_scenario(scenario_id)

    def _on_recomputed(self) -> None:
        sheet = self.model.sheet
        currency = self.document.data.plan.currency
        self._fill_scenarios()
        delay_cost = cost_of_delay(sheet, self.document.data, self.model.schedule())
        self.kpis.show_sheet(sheet, currency, delay_cost)
        self.kpis.show_risk(
            self.model.risk.npv(self.model.scenario_id), currency, self.model.risk.problem
        )
        settings = sheet.settings
        set_tone(self.caption, "color: $caption;")
        count = len(sheet.periods)
        periods = {
            "month": self.tr("%n month(s) from %1", "", count),
            "quarter": self.tr("%n quarter(s) from %1", "", count),
            "year": self.tr("%n year(s) from %1", "", count),
        }.get(settings.period, f"{count} {settings.period}s from %1")
        periods = english_plural(periods, count)
        self.caption.setText(
            periods.replace("%1", sheet.periods[0].label)
            + self._launch_text()
            + self.tr(" · amounts in %1 · type in a cell to override it, Delete restores").replace(
                "%1", currency
            )
        )
        self.scenario_editor.show_scenario(self.model.scenario_id)
        self.settings_editor.refresh()
        self._show_line(self._current_line)

    def _launch_text(self) -> str:
        """The milestone most lines start at, as " · launch Thu 2027-03-04 (General availability)"."""
        anchors = [
            line.anchor_task_id
            for line in self.document.data.pnl_lines.values()
            if line.anchor_task_id is not None
        ]
        if not anchors:
            return ""
        task_id = max(set(anchors), key=anchors.count)
        task = self.document.data.tasks.get(task_id)
        schedule = self.model.schedule()
        scheduled = schedule.tasks.get(task_id) if schedule is not None else None
        if task is None or scheduled is None:
            return ""
        text = {
            "p50": self.tr(" · launch at P50 %1 (%2)"),
            "p80": self.tr(" · launch at P80 %1 (%2)"),
        }.get(self.model.launch_at, self.tr(" · launch %1 (%2)"))
        return text.replace("%1", format_date(scheduled.finish)).replace("%2", task.name)

    def _show_problem(self, message: str) -> None:
        self.caption.setText(message)
        set_tone(self.caption, "color: $negative;")
        self.caption.setProperty("problem", True)

    # -- lines -------------------------------------------------------------------------
    def _show_line(self, line_id: int | None) -> None:
        if line_id is not None and line_id not in self.document.data.pnl_lines:
            line_id = None
        self._current_line = line_id
        result = self.model.sheet.line(line_id) if line_id is not None else None
        self.line_editor.show_line(line_id, result.note if result is not None else "")
        lines = ordered_lines(self.document.data)
        editable = not self.document.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and line_id is not None)
        same = [
            line.id
            for line in lines
            if line_id is not None
            and section_of(line) == section_of(self.document.data.pnl_lines[line_id])
        ]
        self.up_button.setEnabled(editable and bool(same) and same[0] != line_id)
        self.down_button.setEnabled(editable and bool(same) and same[-1] != line_id)

    def _restore_current_line(self) -> None:
        if self._current_line is not None:
            self.sheet.select_line(self._current_line)

    def _current_section(self) -> str:
        index = self.sheet.labels.selectionModel().currentIndex()
        if index.isValid():
            row = self.model.rows[index.row()]
            if row.section:
                return row.section
        return "revenue"

    def add_line(self, section: str | None = None) -> int:
        """A new fixed line at the end of ``section`` (default: the selected row's)."""
        data = self.document.data
        section = section or self._current_section()
        position = (
            max(
                (line.position for line in data.pnl_lines.values() if section_of(line) == section),
                default=-1,
            )
            + 1
        )
        line = PnlLine(
            id=data.new_id(PnlLine),
            name=self.tr("New line"),
            section=section,
            kind="fixed",
            position=position,
            parameters={"amount": 0.0},
        )
        self._current_line = line.id
        self.document.add_entities([line], self.tr("Add P&L line"))
        self.sheet.select_line(line.id)
        self.line_editor.name.setFocus()
        self.line_editor.name.selectAll()
        return line.id

    def remove_line(self) -> None:
        line_id = self._current_line
        line = self.document.data.pnl_lines.get(line_id) if line_id is not None else None
        if line is None:
            return
        self.document.remove_entities(
            [(PnlLine, line.id)], self.tr("Remove P&L line %1").replace("%1", line.name)
        )

    def move_line(self, step: int) -> None:
        """Move the selected line up (-1) or down (+1) within its section (one undo step)."""
        line_id = self._current_line
        data = self.document.data
        if line_id not in data.pnl_lines:
            return
        section = section_of(data.pnl_lines[line_id])
        order = [line.id for line in ordered_lines(data) if section_of(line) == section]
        at = order.index(line_id)
        if not 0 <= at + step < len(order):
            return
        order[at], order[at + step] = order[at + step], order[at]
        text = self.tr("Move %1 up") if step < 0 else self.tr("Move %1 down")
        with self.document.macro(text.replace("%1", data.pnl_lines[line_id].name)):
            for position, other in enumerate(order):
                if data.pnl_lines[other].position != position:
                    self.document.set_fields(
                        PnlLine, other, self.tr("Move line"), position=position
                    )
        self.sheet.select_line(line_id)

    # -- chart and export --------------------------------------------------------------
    def show_chart(self, visible: bool) -> None:
        self.chart.setVisible(visible)
        if self.chart_button.isChecked() != visible:
            self.chart_button.setChecked(visible)

    def export_csv(self, path: str) -> None:
        from pmdesk.core.finance.export import write_csv

        write_csv(self.model.sheet, path, self.document.data.plan.currency)

    def _export_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export P&L as CSV"), "pnl.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            self.export_csv(path)
        except PmdeskError as exc:
            QMessageBox.warning(self, self.tr("Export P&L"), str(exc))

    # -- what the main window asks of a tab --------------------------------------------
    def selection_count(self) -> int:
        return self.sheet.selection_count()

    def copy(self) -> None:
        self.sheet.copy()

    def paste(self) -> None:
        self.sheet.paste()

    def delete(self) -> None:
        self.sheet.clear_selected_overrides()

    def zoom(self, steps: int) -> None:
        self._zoom = 0 if steps == 0 else max(-6, min(10, self._zoom + steps))
        self.sheet.set_zoom(1.15**self._zoom)

    def save_state(self) -> dict[str, object]:
        return {"scenario": self.model.scenario_id, "chart": self.chart_button.isChecked()}

    def restore_state(self, state: dict[str, object]) -> None:
        scenario = state.get("scenario")
        if isinstance(scenario, int) and scenario in self.document.data.pnl_scenarios:
            self.set_scenario(scenario)
        chart = state.get("chart")
        if isinstance(chart, bool):
            self.show_chart(chart)
