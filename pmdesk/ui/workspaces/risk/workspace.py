"""The Risk tab of the project workspace: a Monte Carlo simulation of the schedule with the
plan's three-point estimates and risk register, its percentile dates (project, milestones,
deadlines, roadmap deliveries), the drivers of the finish, and the register itself.

The simulation runs when the tab is shown and after each edit while it is visible (plans
that take longer than half a second wait for "Run" instead).
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.entities import Risk
from pmdesk.core.errors import PmdeskError
from pmdesk.core.risk import DEFAULT_ITERATIONS, analyse, simulate
from pmdesk.core.risk.estimates import MAX_ITERATIONS
from pmdesk.document import Document
from pmdesk.models.risk import RiskDatesModel, RiskDriversModel, RiskRegisterModel
from pmdesk.theme import hex_colour
from pmdesk.theme.tones import set_tone
from pmdesk.ui.workspaces.risk.charts import FinishChart, TornadoChart

if TYPE_CHECKING:
    from pmdesk.core.risk.report import RiskReport

AUTO_RUN_SECONDS = 0.5


def _table(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    view.setMinimumWidth(240)
    return view


class _ImpactAsDelegate(QStyledItemDelegate):
    """The register's "Impact as" cell is chosen from a list (the model also takes it typed)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QComboBox(parent)
        model = index.model()
        if isinstance(model, RiskRegisterModel):
            editor.addItems(model.impact_choices())
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(index.data())))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())


class RiskWorkspace(QWidget):
    reportChanged = Signal()
    taskActivated = Signal(int)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.report: RiskReport | None = None
        self._stale = True
        self._last_seconds = 0.0

        self.iterations = QSpinBox(self)
        self.iterations.setObjectName("riskIterations")
        self.iterations.setRange(1, MAX_ITERATIONS)
        self.iterations.setGroupSeparatorShown(True)
        self.iterations.setValue(DEFAULT_ITERATIONS)
        self.seed = QSpinBox(self)
        self.seed.setObjectName("riskSeed")
        self.seed.setRange(0, 2**31 - 1)
        self.run_button = QToolButton(self)
        self.run_button.setText(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Simulate the schedule again"))
        self.run_button.clicked.connect(self.run)
        self.caption = QLabel(self)
        self.caption.setObjectName("riskCaption")
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 0)
        bar.addWidget(QLabel(self.tr("Iterations:"), self))
        bar.addWidget(self.iterations)
        bar.addWidget(QLabel(self.tr("Seed:"), self))
        bar.addWidget(self.seed)
        bar.addWidget(self.run_button)
        bar.addSpacing(12)
        bar.addWidget(self.caption, 1)

        self.dates_model = RiskDatesModel(self)
        self.drivers_model = RiskDriversModel(self)
        self.register_model = RiskRegisterModel(document, self)
        self.register_model.errorOccurred.connect(self._show_register_error)
        self.tables = QTabWidget(self)
        self.tables.setDocumentMode(True)
        self.dates_view = _table(self.dates_model, self)
        self.drivers_view = _table(self.drivers_model, self)
        self.drivers_view.doubleClicked.connect(self._driver_activated)
        self.tables.addTab(self.dates_view, self.tr("Dates"))
        self.tables.addTab(self.drivers_view, self.tr("Drivers and criticality"))
        self.tables.addTab(self._register_pane(), self.tr("Risk register"))

        self.finish_chart = FinishChart(self, self)
        self.tornado_chart = TornadoChart(self, self)
        charts = QSplitter(Qt.Orientation.Vertical, self)
        charts.setObjectName("riskCharts")
        charts.addWidget(self.finish_chart)
        charts.addWidget(self.tornado_chart)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("riskSplit")
        split.addWidget(self.tables)
        split.addWidget(charts)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([760, 540])
        for chart in (self.finish_chart, self.tornado_chart):
            chart.setMinimumSize(320, 200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        document.rescheduled.connect(self._on_rescheduled)
        # the risk register is not read by the engine, but by the simulation
        document.changeSet.connect(
            lambda change_set: (
                None
                if change_set.rescheduled or not change_set.touches(Risk)
                else self._on_rescheduled()
            )
        )

    def _register_pane(self) -> QWidget:
        pane = QWidget(self)
        self.register_view = _table(self.register_model, pane)
        self.register_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        add = QToolButton(pane)
        add.setText(self.tr("Add risk"))
        add.clicked.connect(self.add_risk)
        remove = QToolButton(pane)
        remove.setText(self.tr("Remove"))
        remove.clicked.connect(self.remove_selected_risks)
        add.setEnabled(not self.document.read_only)
        remove.setEnabled(not self.document.read_only)
        self.register_error = QLabel(pane)
        self.register_error.setObjectName("riskRegisterError")
        set_tone(self.register_error, "color: $error_text;")
        self.register_error.setWordWrap(True)
        self.register_view.setItemDelegateForColumn(3, _ImpactAsDelegate(self.register_view))
        hint = QLabel(
            self.tr(
                "Impact: working days the risk costs when it occurs, as longer "
                "tasks or as a new task after or before each chosen task. "
                "Tasks: their IDs in the Gantt table, e.g. 12, 15. "
                "A mitigated risk stays listed but is not simulated."
            ),
            pane,
        )
        hint.setWordWrap(True)
        set_tone(hint, "color: $caption;")
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.register_view, 1)
        layout.addWidget(self.register_error)
        layout.addWidget(hint)
        return pane

    # -- running ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.run)

    def _on_rescheduled(self) -> None:
        self._stale = True
        if self.isVisible() and self._last_seconds <= AUTO_RUN_SECONDS:
            QTimer.singleShot(0, self.run)
        elif self.isVisible():
            self.caption.setText(self.tr("The plan changed: press Run to simulate it again."))

    def run(self) -> None:
        """Simulate the plan now and show the results (or the sentence saying why not)."""
        if not self._stale and self.report is not None and self.sender() is None:
            return
        data = self.document.data
        schedule = self.document.schedule
        if schedule is None:
            self._show_problem(
                self.document.schedule_error or self.tr("The plan has no schedule yet.")
            )
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        started = time.perf_counter()
        try:
            seed = self.seed.value()
            samples = simulate(data, self.iterations.value(), seed)
            self.report = analyse(data, samples, schedule, seed)
        except PmdeskError as exc:
            self._show_problem(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._last_seconds = time.perf_counter() - started
        self._stale = False
        self.dates_model.set_report(self.report)
        self.drivers_model.set_report(self.report, {tid: t.name for tid, t in data.tasks.items()})
        self.caption.setText(self._summary())
        self.reportChanged.emit()

    def _show_problem(self, text: str) -> None:
        self.report = None
        self.dates_model.set_report(None)
        self.drivers_model.set_report(None)
        self.caption.setText(
            f'<span style="color:{hex_colour("error_text")}">{_escape(text)}</span>'
        )
        self.reportChanged.emit()

    def _summary(self) -> str:
        report = self.report
        if report is None:
            return ""
        p = report.finish.percentiles()
        if report.varying == 0:
            return self.tr(
                "No task varies: give tasks three-point estimates (task dialog, "
                "Estimates) or add risks to the register."
            )
        chance = report.on_time
        text = self.tr(
            "Finish P50 <b>%1</b>, P80 <b>%2</b> (planned %3: %4 chance); %5 tasks vary."
        )
        locale = QLocale()  # weekdays and months in the interface language

        def day(moment: datetime | None, form: str = "ddd dd MMM yyyy") -> str:
            if moment is None:
                return "—"
            return locale.toString(QDate(moment.year, moment.month, moment.day), form)

        for key, value in (
            ("%1", day(p[50])),
            ("%2", day(p[80])),
            ("%3", day(report.planned_finish, "dd MMM")),
            ("%4", f"{(chance or 0) * 100:.0f} %"),
            ("%5", str(report.varying)),
        ):
            text = text.replace(key, value)
        return text

    # -- the register ----------------------------------------------------------------------
    def _show_register_error(self, text: str) -> None:
        self.register_error.setText(text)

    def add_risk(self) -> None:
        if self.document.read_only:
            return
        row = self.register_model.add_risk()
        self.register_error.clear()
        self.register_view.setCurrentIndex(self.register_model.index(row, 0))

    def remove_selected_risks(self) -> None:
        rows = [i.row() for i in self.register_view.selectionModel().selectedRows()]
        current = self.register_view.currentIndex()
        if not rows and current.isValid():  # a current cell without a selection
            rows = [current.row()]
        self.register_model.remove_rows_of(rows)

    def _driver_activated(self, index: QModelIndex) -> None:
        tid = self.drivers_model.data(index, Qt.ItemDataRole.UserRole)
        if tid is not None:
            self.taskActivated.emit(int(tid))

    # -- settings ---------------------------------------------------------------------------
    def save_state(self) -> dict[str, object]:
        return {
            "iterations": self.iterations.value(),
            "seed": self.seed.value(),
            "table": self.tables.currentIndex(),
        }

    def restore_state(self, state: dict[str, object]) -> None:
        iterations, seed = state.get("iterations"), state.get("seed")
        if isinstance(iterations, int):
            self.iterations.setValue(iterations)
        if isinstance(seed, int):
            self.seed.setValue(seed)
        table = state.get("table")
        if isinstance(table, int):
            self.tables.setCurrentIndex(table)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
