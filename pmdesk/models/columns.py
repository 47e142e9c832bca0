"""Column descriptions of the flat table models (resource sheet, assignments) and the header
and flags they imply, so each model states its columns and not the Qt plumbing again."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class TableColumn:
    key: str
    title: str
    editable: bool = False
    numeric: bool = False  # right-aligned
    tooltip: str = ""


def column_header(columns: tuple[TableColumn, ...], section: int, role: int):
    """headerData() of a horizontal header over ``columns``."""
    if not 0 <= section < len(columns):
        return None
    column = columns[section]
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
