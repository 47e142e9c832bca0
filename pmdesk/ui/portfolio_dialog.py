"""File > Portfolio...: the plans on a server with finish, slip against baseline 0 and NPV, and
the people they share with their load across plans. Double-click a plan to open it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.models.taskcolumns import format_date
from pmdesk.theme import colour

if TYPE_CHECKING:
    from pmdesk.core.portfolio import PlanSummary, PooledResource


def _table(parent: QWidget, headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item ``_table`` put in every cell (an empty one should it be missing)."""
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem()
        table.setItem(row, column, item)
    return item


class PortfolioDialog(QDialog):
    openPlan = Signal(str)  # the plan's name

    def __init__(
        self,
        where: str,
        lines: list[PlanSummary],
        pool: list[PooledResource],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Portfolio: %1").replace("%1", where))
        locale = QLocale()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Plans (double-click to open):"), self))
        rows = []
        for line in lines:
            slip = "" if line.slip_days is None else self.tr("%n days", "", line.slip_days)
            npv = (
                ""
                if line.npv is None
                else f"{locale.toString(float(line.npv), 'f', 0)} {line.currency}"
            )
            finish = format_date(line.finish) if line.finish is not None else (line.problem or "")
            rows.append([line.name, locale.toString(line.tasks), finish, slip, npv])
        self.plans = _table(
            self,
            [self.tr("Plan"), self.tr("Tasks"), self.tr("Finish"), self.tr("Slip"), self.tr("NPV")],
            rows,
        )
        for r, line in enumerate(lines):
            if line.slip_days is not None and line.slip_days > 0:
                _cell(self.plans, r, 3).setForeground(colour("error_text"))
        self.plans.cellDoubleClicked.connect(
            lambda row, _column: self.openPlan.emit(_cell(self.plans, row, 0).text())
        )
        layout.addWidget(self.plans)
        layout.addWidget(QLabel(self.tr("People in several plans (by name):"), self))
        rows = []
        for entry in pool:
            over = self.tr("%n days", "", len(entry.over_days)) if entry.over_days else ""
            first = format_date(entry.over_days[0]) if entry.over_days else ""
            rows.append(
                [
                    entry.name,
                    ", ".join(entry.plans),
                    f"{locale.toString(entry.peak_units() * 100, 'f', 0)} %",
                    over,
                    first,
                ]
            )
        self.pool = _table(
            self,
            [
                self.tr("Resource"),
                self.tr("Plans"),
                self.tr("Peak load"),
                self.tr("Over-allocated"),
                self.tr("From"),
            ],
            rows,
        )
        for r, entry in enumerate(pool):
            if entry.over_days:
                for c in (2, 3):
                    _cell(self.pool, r, c).setForeground(colour("error_text"))
        layout.addWidget(self.pool)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 520)
        self.plans.setFocus(Qt.FocusReason.OtherFocusReason)
