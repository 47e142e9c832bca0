"""The Sync conflicts dialog: each field changed on both sides (or a row deleted on one side
and changed on the other), with this copy's value, the server's, and which to keep."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.ui.dialogparts import ok_cancel

if TYPE_CHECKING:
    from pmdesk.store.server.offline import FieldConflict


def _shown(value: object) -> str:
    if value is None:
        return "\u2014"
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "..."


class SyncConflictsDialog(QDialog):
    def __init__(self, conflicts: list[FieldConflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync: decide the conflicts"))
        self.conflicts = conflicts
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "These were changed both in this copy and on the server. Choose which value to "
                    "keep; everything else is merged both ways."
                ),
                self,
            )
        )
        self.table = QTableWidget(len(conflicts), 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs"), self.tr("Keep")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.choosers: list[QComboBox] = []
        for row, conflict in enumerate(conflicts):
            table, row_id, field = conflict.key.split(":", 2)
            whole = field == "(row)"
            field_text = self.tr("whole row") if whole else field.replace("_", " ")
            mine, theirs = (self._cell(value, whole) for value in (conflict.mine, conflict.theirs))
            title = conflict.title
            row_text = f"{table} {row_id}" + (f" \u201c{title}\u201d" if title else "")
            for column, text in enumerate((row_text, field_text, mine, theirs)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            chooser = QComboBox(self.table)
            chooser.addItem(self.tr("Theirs"), "theirs")
            chooser.addItem(self.tr("Mine"), "mine")
            self.table.setCellWidget(row, 4, chooser)
            self.choosers.append(chooser)
        layout.addWidget(self.table)
        layout.addWidget(ok_cancel(self))
        self.resize(760, 360)

    def _cell(self, value: object, whole_row: bool) -> str:
        if whole_row:
            return self.tr("(deleted)") if value is None else self.tr("(changed)")
        return _shown(value)

    def choices(self) -> dict[str, str]:
        return {
            conflict.key: chooser.currentData()
            for conflict, chooser in zip(self.conflicts, self.choosers)
        }
