"""The Statistics tab of Project Information (as MS Project's Statistics button): current,
baseline, actual and remaining start, finish, duration, work and cost, the variances, and
counts of tasks, milestones and resources. Read-only."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.planinfo import compiled_default
from pmdesk.core.planstats import Figures, PlanStatistics, plan_statistics
from pmdesk.core.scheduling.durations import format_duration
from pmdesk.theme.tones import set_tone

if TYPE_CHECKING:
    from pmdesk.document import Document


class StatisticsTab(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        data = document.data
        calendar = compiled_default(data)
        self.stats: PlanStatistics = plan_statistics(data, document.schedule, calendar)
        self._calendar = calendar
        plan = data.plan
        self._units = (plan.minutes_per_day, plan.minutes_per_week, plan.days_per_month)
        self._currency = plan.currency
        self.table = QTableWidget(5, 5, self)
        self.table.setObjectName("statistics_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Start"),
                self.tr("Finish"),
                self.tr("Duration"),
                self.tr("Work"),
                self.tr("Cost"),
            ]
        )
        self.table.setVerticalHeaderLabels(
            [
                self.tr("Current"),
                self.tr("Baseline"),
                self.tr("Actual"),
                self.tr("Remaining"),
                self.tr("Variance"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in any form
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        stats = self.stats
        for row, figures in enumerate(
            (stats.current, stats.baseline, stats.actual, stats.remaining)
        ):
            self._fill_row(row, figures)
        self._fill_variance(4)
        counts = QLabel(
            self.tr(
                "Percent complete: {percent}    Tasks: {tasks}    Milestones: {milestones}    "
                "Summary tasks: {summaries}    Resources: {resources} ({work} work)"
            ).format(
                percent=f"{stats.percent_complete:.0f}%",
                tasks=stats.tasks,
                milestones=stats.milestones,
                summaries=stats.summaries,
                resources=stats.resources,
                work=stats.work_resources,
            )
        )
        counts.setObjectName("statistics_counts")
        counts.setWordWrap(True)
        note = QLabel(self.tr("NA: not available (no baseline saved, or no progress yet)."))
        set_tone(note, "color: $caption;")
        # As tall as its five rows: the counts sit right under the figures.
        rows = self.table.verticalHeader().defaultSectionSize() * self.table.rowCount()
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + rows + 2 * self.table.frameWidth()
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(counts)
        layout.addWidget(note)
        layout.addStretch(1)

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    # -- cells -------------------------------------------------------------------------
    def _set(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if column >= 2
            else Qt.AlignmentFlag.AlignVCenter
        )
        self.table.setItem(row, column, item)

    def _fill_row(self, row: int, figures: Figures) -> None:
        self._set(row, 0, self._date(figures.start))
        self._set(row, 1, self._date(figures.finish))
        self._set(row, 2, self._duration(figures.duration))
        self._set(row, 3, self._work(figures.work))
        self._set(row, 4, self._money(figures.cost))

    def _fill_variance(self, row: int) -> None:
        """Current minus baseline; start and finish variances in working time, as MS Project."""
        current, base = self.stats.current, self.stats.baseline
        for column, (now, then) in enumerate(
            ((current.start, base.start), (current.finish, base.finish))
        ):
            if now is None or then is None:
                self._set(row, column, self._na())
            else:
                self._set(row, column, self._duration(self._calendar.working_between(then, now)))
        for column, name in ((2, "duration"), (3, "work"), (4, "cost")):
            value = self.stats.variance(name)
            shown = {2: self._duration, 3: self._work, 4: self._money}[column](value)
            self._set(row, column, shown)

    def _na(self) -> str:
        return self.tr("NA")

    def _date(self, value: datetime | None) -> str:
        if value is None:
            return self._na()
        return f"{value:%a %Y-%m-%d %H:%M}"  # as the Gantt table shows dates

    def _duration(self, minutes: float | None) -> str:
        if minutes is None:
            return self._na()
        per_day, per_week, per_month = self._units
        return format_duration(minutes, False, per_day, per_week, per_month, unit="d")

    def _work(self, minutes: float | None) -> str:
        if minutes is None:
            return self._na()
        return self.tr("{hours} h").format(hours=f"{minutes / 60:,.1f}")

    def _money(self, value: float | None) -> str:
        if value is None:
            return self._na()
        return f"{value:,.2f} {self._currency}"  # as the task table and resource sheet
