"""CanvasValuesModel: the strategy canvas as a table, factors down, offerings across.

Columns are the factor's name, its ERRC action, then one level (0..10) per offering. Every
cell is editable; setData turns the edit into a Document command (never a direct mutation)
and the table follows the Document's ``changed`` signal like every other view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from pmdesk.core import canvas
from pmdesk.core.entities import CanvasFactor, CanvasOffering, CanvasValue
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import Change
from pmdesk.operations.editor import PlanEditor
from pmdesk.theme import brush

if TYPE_CHECKING:
    from pmdesk.document import Document

FACTOR_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OFFERING_ID_ROLE = Qt.ItemDataRole.UserRole + 2
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3  # the level as a float (None when unset)

NAME_COLUMN = 0
ERRC_COLUMN = 1
FIRST_OFFERING_COLUMN = 2

_KINDS = (CanvasFactor, CanvasOffering, CanvasValue)


class CanvasValuesModel(QAbstractTableModel):
    """Factors x offerings. ``error`` holds the last refused edit's sentence, also sent by
    ``errorRaised`` for the view to show."""

    errorRaised = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.error = ""
        self._load()
        document.changed.connect(self._on_changed)

    def _load(self) -> None:
        data = self.document.data
        self.factors = canvas.ordered_factors(data)
        self.offerings = canvas.ordered_offerings(data)
        self.values = canvas.value_index(data)

    def _on_changed(self, changes: list[Change]) -> None:
        relevant = [c for c in changes if c.kind in _KINDS]
        if not relevant:
            return
        # Rows or columns come, go or move (offering edits change the headers too): reset.
        structural = any(
            c.action != "update"
            or c.kind is CanvasOffering
            or (c.kind is CanvasFactor and "position" in (c.old or {}))
            for c in relevant
        )
        if structural:
            self.beginResetModel()
            self._load()
            self.endResetModel()
            return
        # Levels, names and actions changed in place: the shape is the same.
        self.values = canvas.value_index(self.document.data)
        self.dataChanged.emit(
            self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
        )

    # -- shape ---------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.factors)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else FIRST_OFFERING_COLUMN + len(self.offerings)

    def factor_at(self, row: int) -> CanvasFactor:
        return self.factors[row]

    def offering_at(self, column: int) -> CanvasOffering | None:
        index = column - FIRST_OFFERING_COLUMN
        return self.offerings[index] if 0 <= index < len(self.offerings) else None

    def row_of(self, factor_id: int) -> int | None:
        return next((n for n, f in enumerate(self.factors) if f.id == factor_id), None)

    def column_of(self, offering_id: int) -> int | None:
        return next(
            (
                n + FIRST_OFFERING_COLUMN
                for n, o in enumerate(self.offerings)
                if o.id == offering_id
            ),
            None,
        )

    # -- reading -------------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.factors):
                return str(section + 1)
            return None
        offering = self.offering_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == NAME_COLUMN:
                return self.tr("Factor")
            if section == ERRC_COLUMN:
                return self.tr("Action")
            if offering is not None:
                return (
                    self.tr("%1 (ours)").replace("%1", offering.name)
                    if offering.own
                    else offering.name
                )
        elif role == Qt.ItemDataRole.ToolTipRole:
            if section == ERRC_COLUMN:
                return self.tr("Eliminate, Reduce, Raise or Create (empty: not decided)")
            if offering is not None:
                return self.tr("%1: level 0 (none) to 10 (best in class) per factor").replace(
                    "%1", offering.name
                )
        elif role == Qt.ItemDataRole.DecorationRole and offering is not None:
            color = QColor(offering.color)
            return color if color.isValid() else None
        elif role == Qt.ItemDataRole.FontRole and offering is not None and offering.own:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            not index.isValid()
            or index.row() >= len(self.factors)
            or index.column() >= self.columnCount()
        ):
            return None
        factor = self.factors[index.row()]
        column = index.column()
        offering = self.offering_at(column)
        if role == FACTOR_ID_ROLE:
            return factor.id
        if role == OFFERING_ID_ROLE:
            return offering.id if offering is not None else None
        value = self.values.get((factor.id, offering.id)) if offering is not None else None
        if role == LEVEL_ROLE:
            return value.level if value is not None else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME_COLUMN:
                return factor.name
            if column == ERRC_COLUMN:
                return canvas.ERRC_LABELS.get(factor.errc or "", "")
            if value is None:
                return "" if role == Qt.ItemDataRole.DisplayRole else None
            return f"{value.level:g}" if role == Qt.ItemDataRole.DisplayRole else value.level
        if role == Qt.ItemDataRole.TextAlignmentRole and offering is not None:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and offering is not None and offering.own:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME_COLUMN and factor.notes:
            return factor.notes
        if role == Qt.ItemDataRole.ForegroundRole and column == ERRC_COLUMN and not factor.errc:
            return brush("muted_text")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing -------------------------------------------------------------------------------
    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.document.read_only:
            return False
        self.error = ""
        if self._apply_edit(index, value):
            return True
        if self.error:
            self.errorRaised.emit(self.error)
        return False

    def _apply_edit(self, index: QModelIndex | QPersistentModelIndex, value: Any) -> bool:
        factor = self.factors[index.row()]
        column = index.column()
        try:
            if column == NAME_COLUMN:
                name = str(value).strip()
                if not name:
                    self.error = "A factor needs a name."
                    return False
                self.document.set_fields(
                    CanvasFactor, factor.id, f"Rename factor to {name}", name=name
                )
            elif column == ERRC_COLUMN:
                action = canvas.parse_errc(str(value) if value is not None else "")
                label = canvas.ERRC_LABELS.get(action or "", self.tr("no action"))
                self.document.set_fields(
                    CanvasFactor, factor.id, f"Set {factor.name} to {label}", errc=action
                )
            else:
                offering = self.offering_at(column)
                if offering is None:
                    return False  # not an offering's column (flags() left it read-only)
                level = (
                    float(value)
                    if isinstance(value, (int, float))
                    else canvas.parse_level(str(value))
                )
                set_level(self.document, factor.id, offering.id, level)
        except ValueError as exc:
            self.error = str(exc) if str(exc)[:1].isupper() else "A level is a number from 0 to 10."
            return False
        except PmdeskError as exc:
            self.error = str(exc)
            return False
        return True


def set_level(document: PlanEditor, factor_id: int, offering_id: int, level: float) -> None:
    """Set one offering's level for one factor as one undo step (adding the value if missing)."""
    if not canvas.LEVEL_MIN <= level <= canvas.LEVEL_MAX:
        raise ValueError("A level is between 0 and 10.")
    data = document.data
    factor = data.canvas_factors[factor_id]
    offering = data.canvas_offerings[offering_id]
    text = f"Set {offering.name} on {factor.name} to {level:g}"
    existing = canvas.value_index(data).get((factor_id, offering_id))
    if existing is None:
        document.add_entities(
            [
                CanvasValue(
                    id=data.new_id(CanvasValue),
                    factor_id=factor_id,
                    offering_id=offering_id,
                    level=float(level),
                )
            ],
            text,
        )
    else:
        document.set_fields(CanvasValue, existing.id, text, level=float(level))
