"""Column descriptions of the flat table models (resource sheet, assignments), the header and
flags they imply, and the table model over them, so each model states its columns and not the
Qt plumbing again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:
    from pmdesk.document import Document

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# headerData() role: a column's TableColumn.widest (None: measure its cells).
WIDEST_TEXT_ROLE = Qt.ItemDataRole.UserRole + 40


@dataclass(frozen=True)
class TableColumn:
    key: str
    title: str
    editable: bool = False
    numeric: bool = False  # right-aligned
    tooltip: str = ""
    # The widest text the column is sized for, when its cells are too costly to measure
    # before they are shown (the resource sheet's Peak needs each resource's load).
    widest: str = ""


def column_header(columns: tuple[TableColumn, ...], section: int, role: int) -> Any:
    """headerData() of a horizontal header over ``columns``."""
    if not 0 <= section < len(columns):
        return None
    column = columns[section]
    if role == WIDEST_TEXT_ROLE:
        return column.widest or None
    if role == Qt.ItemDataRole.DisplayRole:
        return QCoreApplication.translate("TableColumns", column.title)
    if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
        return QCoreApplication.translate("TableColumns", column.tooltip)
    if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
        return RIGHT
    return None


def column_flags(
    columns: tuple[TableColumn, ...], index: QModelIndex | QPersistentModelIndex, read_only: bool
) -> Qt.ItemFlag:
    """flags() of a flat table: selectable cells, editable where the column is (unless the
    plan is read-only)."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    flags = (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )
    if columns[index.column()].editable and not read_only:
        flags |= Qt.ItemFlag.ItemIsEditable
    return flags


class ColumnTableModel(QAbstractTableModel):
    """A flat table of a document's entities, one per row (``ids``), under ``columns``: the Qt
    plumbing the resource sheet and the assignments pane share, so each states only what its
    cells show and what typing into them means."""

    columns: tuple[TableColumn, ...] = ()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.ids: list[int] = []
        # Cell texts by (row id, column key) until the rows change: fitting the columns and
        # painting ask for the same cells, and locale number formatting is slow.
        self._texts: dict[tuple[int, str], str] = {}
        self.modelAboutToBeReset.connect(self.forget_texts)

    def cached_text(self, row_id: int, key: str, make: Callable[[], str]) -> str:
        """The text of a cell, made once until ``forget_texts``."""
        found = self._texts.get((row_id, key))
        if found is None:
            found = self._texts[(row_id, key)] = make()
        return found

    def forget_texts(self) -> None:
        self._texts = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        return column_header(self.columns, section, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return column_flags(self.columns, index, self.document.read_only)

    def column_key(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """The key of the index's column; None for an invalid index or a row out of range."""
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        return self.columns[index.column()].key

    def is_editable(self, index: QModelIndex | QPersistentModelIndex, role: int) -> bool:
        """True when ``setData`` may take a value typed into ``index``."""
        return (
            index.isValid()
            and role == Qt.ItemDataRole.EditRole
            and bool(self.flags(index) & Qt.ItemFlag.ItemIsEditable)
            and 0 <= index.row() < len(self.ids)
        )

    def emit_all_changed(self) -> None:
        """Every cell may show something else (the schedule or a setting changed)."""
        self.forget_texts()
        if self.ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.ids) - 1, len(self.columns) - 1)
            )
