"""Resource > Leveling Options (MS Project's Resource Leveling dialog) and the dialog that
lists, after Level Now, what moved and by how much and what stays over-allocated and why."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.durationunits import format_delay
from pmdesk.core.scheduling.leveling import (
    ORDERS,
    LevelingOptions,
    LevelingResult,
)
from pmdesk.models.taskcolumns import format_date
from pmdesk.ui.dateedit import FormDateEdit
from pmdesk.ui.dialogparts import problem_label


class LevelingOptionsDialog(QDialog):
    """The plan's leveling options; ``level_requested`` is True when the user chose Level Now
    (the caller levels with ``options()``), False for OK (only keep the options)."""

    def __init__(
        self, options: LevelingOptions, plan_start: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leveling Options"))
        self.level_requested = False
        layout = QVBoxLayout(self)

        scope = QGroupBox(self.tr("Leveling range"), self)
        scope_layout = QVBoxLayout(scope)
        self.entire = QRadioButton(self.tr("Level &entire project"), scope)
        self.ranged = QRadioButton(self.tr("Level f&rom:"), scope)
        group = QButtonGroup(self)
        group.addButton(self.entire)
        group.addButton(self.ranged)
        row = QHBoxLayout()
        row.addWidget(self.ranged)
        first = options.level_from or plan_start
        last = options.level_to or plan_start
        self.level_from = FormDateEdit(QDate(first.year, first.month, first.day), scope)
        self.level_to = FormDateEdit(QDate(last.year, last.month, last.day), scope)
        for edit, name in ((self.level_from, "levelFrom"), (self.level_to, "levelTo")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setObjectName(name)
        row.addWidget(self.level_from)
        row.addWidget(QLabel(self.tr("To:"), scope))
        row.addWidget(self.level_to)
        scope_layout.addWidget(self.entire)
        scope_layout.addLayout(row)
        layout.addWidget(scope)

        resolving = QGroupBox(self.tr("Resolving overallocations"), self)
        form = QFormLayout(resolving)
        self.order = QComboBox(resolving)
        self.order.setObjectName("levelingOrder")
        names = {
            "id": self.tr("ID Only"),
            "standard": self.tr("Standard"),
            "priority": self.tr("Priority, Standard"),
        }
        for key in ORDERS:
            self.order.addItem(names[key], key)
        self.order.setCurrentIndex(ORDERS.index(options.order))
        form.addRow(self.tr("Leveling &order:"), self.order)
        self.within_slack = QCheckBox(self.tr("Level only within available &slack"), resolving)
        self.within_slack.setChecked(options.within_slack)
        self.clear_first = QCheckBox(self.tr("&Clear leveling values before leveling"), resolving)
        self.clear_first.setChecked(options.clear_first)
        self.adjust_assignments = QCheckBox(
            self.tr("Leveling can adjust individual &assignments on a task"), resolving
        )
        self.adjust_assignments.setChecked(options.adjust_assignments)
        self.splits = QCheckBox(self.tr("Leveling can create s&plits in remaining work"), resolving)
        self.splits.setChecked(options.splits)
        form.addRow(self.within_slack)
        form.addRow(self.adjust_assignments)
        form.addRow(self.splits)
        form.addRow(self.clear_first)
        layout.addWidget(resolving)

        self.problem = problem_label(self)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.level_button = self.buttons.addButton(
            self.tr("&Level Now"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.level_button.setObjectName("levelNowButton")
        self.level_button.setDefault(True)
        self.level_button.clicked.connect(self._level_now)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        (self.ranged if options.level_from is not None else self.entire).setChecked(True)
        for signal in (
            self.entire.toggled,
            self.ranged.toggled,
            self.level_from.dateChanged,
            self.level_to.dateChanged,
        ):
            signal.connect(self._check)
        self._check()

    def _level_now(self) -> None:
        self.level_requested = True
        self.accept()

    def options(self) -> LevelingOptions:
        """The options as the dialog shows them (a range from the first day's start to the
        last day's end)."""
        options = LevelingOptions(
            order=self.order.currentData(),
            within_slack=self.within_slack.isChecked(),
            clear_first=self.clear_first.isChecked(),
            adjust_assignments=self.adjust_assignments.isChecked(),
            splits=self.splits.isChecked(),
        )
        if self.ranged.isChecked():
            first, last = self.level_from.date(), self.level_to.date()
            options.level_from = datetime(first.year(), first.month(), first.day())
            options.level_to = datetime.combine(
                datetime(last.year(), last.month(), last.day()).date(), time(23, 59)
            )
        return options

    def _check(self) -> None:
        ranged = self.ranged.isChecked()
        self.level_from.setEnabled(ranged)
        self.level_to.setEnabled(ranged)
        problem = self.options().problem()
        self.problem.setText(
            self.tr("The end of the range to level is before its start.") if problem else ""
        )
        for button in (self.buttons.button(QDialogButtonBox.StandardButton.Ok), self.level_button):
            button.setEnabled(problem is None)


class LevelingResultsDialog(QDialog):
    """What Level Now did: the tasks that moved (start before and after, leveling delay) and
    each resource that stays over-allocated with the reason."""

    def __init__(self, result: LevelingResult, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leveling results"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        text = QLabel(summary, self)
        text.setWordWrap(True)
        text.setObjectName("summary")
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Tasks that moved:"), self))
        self.moved = QTableWidget(len(result.moved), 4, self)
        self.moved.setObjectName("movedTable")
        self.moved.setHorizontalHeaderLabels(
            [
                self.tr("Task"),
                self.tr("Start before"),
                self.tr("Start after"),
                self.tr("Leveling delay"),
            ]
        )
        self.moved.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.moved.verticalHeader().hide()
        for row, moved in enumerate(result.moved):
            cells = (
                moved.name,
                format_date(moved.before) if moved.before else "",
                format_date(moved.after) if moved.after else "",
                format_delay(moved.delay) if moved.delay else self.tr("(follows a link)"),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.moved.setItem(row, column, item)
        self.moved.setWordWrap(False)
        header = self.moved.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.moved.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        layout.addWidget(self.moved, 3)
        layout.addWidget(
            QLabel(
                self.tr("Still over-allocated:")
                if result.unresolved
                else self.tr("No resource stays over-allocated."),
                self,
            )
        )
        self.left = QListWidget(self)
        self.left.setObjectName("unresolvedList")
        self.left.setWordWrap(True)
        self.left.setSpacing(3)
        for issue in result.unresolved:
            self.left.addItem(issue.message)
        layout.addWidget(self.left, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
