"""A generic read-only table model over rows drawn from an open Document.

A view describes its table as a row source (a function of the Document returning row
objects) and columns (title + value function); the model refreshes itself when a Change
touches one of the entity kinds it shows, and repaints derived columns after rescheduling.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from pmdesk.document import Document

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value behind the displayed text


@dataclass(frozen=True)
class Column:
    """One column: ``value(row, document)`` gives the raw value; ``text`` may format it."""

    title: str
    value: Callable[[Any, Document], Any]
    text: Callable[[Any], str] | None = None
    numeric: bool = False
    tooltip: str = ""


def display_text(value: Any) -> str:
    """How a raw value reads in a cell: dates as ISO, enums by their value, lists joined."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, datetime):
        return value.strftime("%a %Y-%m-%d") if value.time() == datetime.min.time() else \
            value.strftime("%a %Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%a %Y-%m-%d")
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(display_text(v) for v in value)
    return str(value)


def _sort_value(value: Any) -> Any:
    if isinstance(value, (int, float, str)) or value is None:
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return display_text(value)


class EntityTableModel(QAbstractTableModel):
    """Read-only rows x columns. ``columns`` may be a callable of the Document (dynamic)."""

    def __init__(
        self,
        document: Document,
        rows: Callable[[Document], Iterable[Any]],
        columns: Sequence[Column] | Callable[[Document], Sequence[Column]],
        kinds: Iterable[type],
        uses_schedule: bool = False,
        emphasis: Callable[[Any], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``emphasis(row)`` True shows the row in bold (summary tasks, totals)."""
        super().__init__(parent)
        self._document = document
        self._row_source = rows
        self._column_source = columns
        self._kinds = frozenset(kinds)
        self._uses_schedule = uses_schedule
        self._emphasis = emphasis
        self._rows: list[Any] = []
        self._columns: list[Column] = []
        self._load()
        document.changed.connect(self._on_changed)
        if uses_schedule:
            document.rescheduled.connect(self._on_rescheduled)

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(self._rows[index.row()], self._document)
            return column.text(value) if column.text else display_text(value)
        if role == SORT_ROLE:
            return _sort_value(column.value(self._rows[index.row()], self._document))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._emphasis is not None \
                and self._emphasis(self._rows[index.row()]):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.ToolTipRole and self._columns[section].tooltip:
                return self._columns[section].tooltip
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -- our interface -----------------------------------------------------------------------
    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def column_titles(self) -> list[str]:
        return [c.title for c in self._columns]

    def cell_text(self, row: int, column: int) -> str:
        return self.data(self.index(row, column)) or ""

    # -- keeping up with the document --------------------------------------------------------
    def _load(self) -> None:
        self._rows = list(self._row_source(self._document))
        source = self._column_source
        self._columns = list(source(self._document) if callable(source) else source)

    def _on_changed(self, changes: list) -> None:
        if any(change.kind in self._kinds for change in changes):
            self.beginResetModel()
            self._load()
            self.endResetModel()

    def _on_rescheduled(self) -> None:
        if self._rows and self._columns:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))
