"""The Task Usage pane (MS Project's Task Usage view): each task with its assignments under
it, work or cost per day, week, month or quarter across (the same zoom as the Resource Usage
grid), over-allocated assignments in red. A "Details" switch picks work or cost, as MS
Project's Format > Details does. The table only asks the model for the cells it paints.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.models.taskusage import TaskUsageModel
from pmdesk.theme.tones import set_tone

NAME_WIDTH = 220


class DetailsSwitch(QWidget):
    """ "Details: Work / Cost" for both usage views (MS Project's Format > Details)."""

    detailsChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("usageDetails")
        self.combo.addItem(self.tr("Work"), "work")
        self.combo.addItem(self.tr("Cost"), "cost")
        self.combo.setToolTip(self.tr("Show work or cost per period"))
        self.combo.currentIndexChanged.connect(
            lambda index: self.detailsChanged.emit(self.combo.itemData(index))
        )
        label = QLabel(self.tr("&Details:"), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(label)
        layout.addWidget(self.combo)

    @property
    def details(self) -> str:
        return str(self.combo.currentData())

    def set_details(self, details: str) -> None:
        index = self.combo.findData(details)
        if index >= 0:
            self.combo.setCurrentIndex(index)


class TaskUsagePane(QWidget):
    """A details switch over a table of tasks and assignments by period."""

    taskActivated = Signal(int)

    def __init__(self, model: TaskUsageModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.period_width = 46
        caption = QLabel(
            self.tr(
                "Each task with its assignments; red where the resource is "
                "over-allocated while the assignment works"
            ),
            self,
        )
        set_tone(
            caption, "QLabel { color: $caption; font-weight: bold; padding: 6px 8px 4px 8px; }"
        )

        self.table = QTableView(self)
        self.table.setObjectName("taskUsageTable")
        # The model is attached when the tab is first shown: laying out 10,000 tasks' rows is
        # not part of opening the Resources tab on its Resource Usage.
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
        self._attached = False
        model.modelReset.connect(self._fit_columns)
        model.headerDataChanged.connect(lambda *_: self._fit_columns())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        self._fit_columns()

    def set_period(self, period: str, width: int) -> None:
        """Show ``period`` columns ``width`` pixels wide (following the workspace's zoom)."""
        self.period_width = max(18, int(width))
        self.model.set_period(period)
        self._fit_columns()

    def _fit_columns(self) -> None:
        if not self._attached:
            return
        header = self.table.horizontalHeader()
        # Money and hours need more room than the Resource Usage bars.
        wide = max(self.period_width, self.fontMetrics().horizontalAdvance("000,000.00") + 10)
        header.setDefaultSectionSize(wide)
        # The names grow with the zoomed font: about 28 characters.
        header.resizeSection(0, max(NAME_WIDTH, self.fontMetrics().averageCharWidth() * 28))
        if self.model.columnCount() > 1:
            header.resizeSection(1, wide + 10)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid() and 0 <= index.row() < len(self.model.rows):
            self.taskActivated.emit(self.model.rows[index.row()][0])

    def showEvent(self, event: QShowEvent) -> None:
        self.attach()
        super().showEvent(event)

    def attach(self) -> None:
        """Give the table its model (done once, when first shown)."""
        if not self._attached:
            self._attached = True
            self.table.setModel(self.model)
            self.table.doubleClicked.connect(self._on_double_click)
            self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_columns()
