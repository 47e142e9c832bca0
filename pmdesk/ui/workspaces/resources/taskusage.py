"""The Task Usage pane (MS Project's Task Usage view): each task with its assignments under
it, work or cost per day, week, month or quarter across (the same zoom as the Resource Usage
grid), over-allocated assignments in red. A "Details" switch picks work or cost, as MS
Project's Format > Details does. The table only asks the model for the cells it paints.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.models.taskusage import FIXED_COLUMNS, TaskUsageModel

NAME_WIDTH = 220


class TaskUsagePane(QWidget):
    """A details switch over a table of tasks and assignments by period."""

    taskActivated = Signal(int)

    def __init__(self, model: TaskUsageModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.period_width = 46
        self.details = QComboBox(self)
        self.details.setObjectName("taskUsageDetails")
        self.details.addItem(self.tr("Work"), "work")
        self.details.addItem(self.tr("Cost"), "cost")
        self.details.setToolTip(self.tr("Show work or cost per period"))
        self.details.currentIndexChanged.connect(self._on_details)
        label = QLabel(self.tr("&Details:"), self)
        label.setBuddy(self.details)
        caption = QLabel(
            self.tr(
                "Each task with its assignments; red where the resource is "
                "over-allocated while the assignment works"
            ),
            self,
        )
        caption.setStyleSheet("QLabel { color: #606060; }")
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(label)
        bar.addWidget(self.details)
        bar.addSpacing(12)
        bar.addWidget(caption, 1)

        self.table = QTableView(self)
        self.table.setObjectName("taskUsageTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Fixed widths: a ResizeToContents header would ask every row of every column.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(self._on_double_click)
        model.modelReset.connect(self._fit_columns)
        model.headerDataChanged.connect(lambda *_: self._fit_columns())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._fit_columns()

    def set_period(self, period: str, width: int) -> None:
        """Show ``period`` columns ``width`` pixels wide (following the workspace's zoom)."""
        self.period_width = max(18, int(width))
        self.model.set_period(period)
        self._fit_columns()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        # Money and hours need more room than the Resource Usage bars.
        wide = max(self.period_width, self.fontMetrics().horizontalAdvance("000,000.00") + 10)
        header.setDefaultSectionSize(wide)
        header.resizeSection(0, NAME_WIDTH)
        if self.model.columnCount() > 1:
            header.resizeSection(1, wide + 10)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def _on_details(self, index: int) -> None:
        self.model.set_details(self.details.itemData(index))

    def _on_double_click(self, index) -> None:
        if index.isValid() and 0 <= index.row() < len(self.model.rows):
            self.taskActivated.emit(self.model.rows[index.row()][0])

    def first_period_column(self) -> int:
        return FIXED_COLUMNS

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_columns()
