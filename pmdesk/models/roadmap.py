"""RoadmapItemsModel: the roadmap items as a sortable table of inputs, scores and forecasts.

Rows are the items the roadmap's filter shows. setData turns an edit into a Document command
(never a direct mutation). Sorting keeps unscored items (and empty values) last in either
direction, as the issue asks: an unscored item is "—", not 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pmdesk.core.entities import RoadmapItem
from pmdesk.core.errors import PmdeskError
from pmdesk.core.roadmap import HORIZON_LABELS, STATUS_LABELS
from pmdesk.core.scoring import (
    FRAMEWORK_LABELS,
    INPUT_LABELS,
    INPUTS,
    ScoreInputError,
    format_input,
    format_score,
    input_value,
    read_input,
)
from pmdesk.core.translation import QT_TRANSLATE_NOOP  # typed: returns the str it marks
from pmdesk.theme import brush

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from pmdesk.core.entities import RoadmapLane
    from pmdesk.core.roadmap import Forecast
    from pmdesk.core.scoring import ScoringConfig
    from pmdesk.document import Document


class RoadmapSource(Protocol):
    """What the table reads of the roadmap views' shared state (the workspace's RoadmapState):
    the items shown, their derived scores, forecasts and warnings."""

    @property
    def document(self) -> Document: ...

    @property
    def refreshed(self) -> SignalInstance: ...

    @property
    def config(self) -> ScoringConfig: ...

    @property
    def items(self) -> dict[int, RoadmapItem]: ...

    @property
    def visible(self) -> Sequence[RoadmapItem]: ...

    @property
    def scores(self) -> dict[int, float | None]: ...

    @property
    def warnings(self) -> dict[int, list[str]]: ...

    @property
    def changed_items(self) -> frozenset[int] | None: ...

    def forecast(self, item_id: int) -> Forecast: ...

    def lane_key(self, item: RoadmapItem) -> int | None: ...

    def lane_of(self, lane_id: int | None) -> RoadmapLane: ...


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2

BUILT_IN_INPUTS = tuple(dict.fromkeys(name for names in INPUTS.values() for name in names))
SHORT_LABELS = {
    "business_value": "BV",
    "time_criticality": "TC",
    "risk_reduction": "RR|OE",
    "job_size": QT_TRANSLATE_NOOP("RoadmapItemsModel", "Job size"),
}

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    kind: str  # text / input / score / date / percent / flag
    editable: bool = False


def _columns(custom_criteria: list[str]) -> list[Column]:
    columns = [
        Column("title", translate("RoadmapItemsModel", "Title"), "text", True),
        Column("lane", translate("RoadmapItemsModel", "Lane"), "text"),
        Column("horizon", translate("RoadmapItemsModel", "Horizon"), "text"),
        Column("status", translate("RoadmapItemsModel", "Status"), "text"),
        Column("framework", translate("RoadmapItemsModel", "Framework"), "text"),
        Column("score", translate("RoadmapItemsModel", "Score"), "score"),
    ]
    columns += [
        Column(
            f"input:{name}",
            translate("RoadmapItemsModel", SHORT_LABELS[name])
            if name in SHORT_LABELS
            else INPUT_LABELS.get(name) or name,
            "input",
            True,
        )
        for name in BUILT_IN_INPUTS
    ]
    columns += [
        Column(f"input:{name}", name, "input", True)
        for name in custom_criteria
        if name not in BUILT_IN_INPUTS
    ]
    columns += [
        Column("target_start", translate("RoadmapItemsModel", "Target start"), "date"),
        Column("target_end", translate("RoadmapItemsModel", "Target end"), "date"),
        Column("forecast", translate("RoadmapItemsModel", "Forecast finish"), "date"),
        Column("percent", translate("RoadmapItemsModel", "% complete"), "percent"),
        Column("slip", translate("RoadmapItemsModel", "Slip"), "flag"),
    ]
    return columns


class RoadmapItemsModel(QAbstractTableModel):
    errorRaised = Signal(str)  # one sentence for text typed into a cell that cannot be used

    def __init__(self, state: RoadmapSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.document = state.document
        self.columns = _columns(state.config.criteria)
        self._ids: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._load_rows()
        state.refreshed.connect(self._on_refreshed)

    # -- structure ---------------------------------------------------------------------------
    def _load_rows(self) -> None:
        self._ids = [item.id for item in self.state.visible]
        if self._sort is not None:
            self._apply_sort(*self._sort)

    def _on_refreshed(self) -> None:
        columns = _columns(self.state.config.criteria)
        new_ids = {item.id for item in self.state.visible}
        if columns != self.columns or new_ids != set(self._ids):
            self.beginResetModel()
            self.columns = columns
            self._load_rows()
            self.endResetModel()
        elif self._ids:
            old = list(self._ids)
            if self._sort is not None:
                self._apply_sort(*self._sort)
            changed = self.state.changed_items
            if self._ids == old and changed is not None:
                # Cards moved or edited without changing the rows' order (issue 19): only
                # their rows, not a layout change and every cell of every row.
                row_of = {item_id: row for row, item_id in enumerate(self._ids)}
                last = len(self.columns) - 1
                for row in sorted(row_of[i] for i in changed if i in row_of):
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
                return
            new, self._ids = self._ids, old  # the views hear of the new order before it is
            self.layoutAboutToBeChanged.emit()
            self._ids = new
            self._remap_persistent(old)
            self.layoutChanged.emit()
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    def _remap_persistent(self, old_ids: list[int]) -> None:
        row_of = {item_id: row for row, item_id in enumerate(self._ids)}
        for index in self.persistentIndexList():
            if index.row() < len(old_ids):
                new_row = row_of[old_ids[index.row()]]
                self.changePersistentIndex(index, self.index(new_row, index.column()))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def item_at(self, row: int) -> RoadmapItem:
        return self.state.items[self._ids[row]]

    def row_of(self, item_id: int) -> int | None:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].kind == "input":
                name = self.columns[section].key[6:]
                return INPUT_LABELS.get(name, name)
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].kind != "text":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            orientation == Qt.Orientation.Vertical
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._ids)
        ):
            return str(self._ids[section])
        return None

    # -- values ------------------------------------------------------------------------------
    def _uses_input(self, item: RoadmapItem, name: str) -> bool:
        return name in self.state.config.inputs_for(item.framework.upper())

    def raw_value(self, item: RoadmapItem, column: Column) -> Any:
        key = column.key
        if key == "title":
            return item.title
        if key == "lane":
            return self.state.lane_of(self.state.lane_key(item)).name
        if key == "horizon":
            return HORIZON_LABELS.get(item.horizon, str(item.horizon))
        if key == "status":
            return STATUS_LABELS.get(item.status, item.status)
        if key == "framework":
            return FRAMEWORK_LABELS.get(item.framework.upper(), item.framework)
        if key == "score":
            return self.state.scores.get(item.id)
        if key.startswith("input:"):
            return input_value(item.score_inputs, key[6:])
        if key in ("target_start", "target_end"):
            return getattr(item, key)
        forecast = self.state.forecast(item.id)
        if key == "forecast":
            return forecast.finish
        if key == "percent":
            return forecast.percent_complete
        return forecast.slip_days if forecast.slipping else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            not index.isValid()
            or index.row() >= len(self._ids)
            or index.column() >= len(self.columns)
        ):
            return None
        item = self.item_at(index.row())
        column = self.columns[index.column()]
        value = self.raw_value(item, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column, value)
        if role == Qt.ItemDataRole.EditRole:
            if column.key == "title":
                return item.title
            if column.kind == "input":
                return format_input(item.framework, column.key[6:], value)
            return None
        if role == SORT_ROLE:
            return value
        if role == ITEM_ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.kind == "input" and not self._uses_input(item, column.key[6:]):
                return brush("retired_text")
            if column.key == "slip" and value is not None:
                return brush("slip")
            if column.key == "score" and value is None:
                return brush("muted_text")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key == "score" and value is None:
                return "Unscored: an input is missing, or effort / job size is 0."
            if column.key == "title" and self.state.warnings.get(item.id):
                return "\n".join(self.state.warnings[item.id])
        return None

    def _display(self, item: RoadmapItem, column: Column, value: Any) -> str:
        if column.kind == "score":
            return format_score(value)
        if column.kind == "input":
            if value is None:
                return "—" if self._uses_input(item, column.key[6:]) else ""
            return format_input(item.framework, column.key[6:], value)
        if column.kind == "date":
            if value is None:
                return "—"
            return f"{value:%Y-%m-%d}"
        if column.kind == "percent":
            return "—" if value is None else f"{value:.0f}%"
        if column.kind == "flag":
            return "" if value is None else f"+{value} d"
        return "" if value is None else str(value)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if self.document.read_only or not column.editable:
            return base
        if column.kind == "input" and not self._uses_input(
            self.item_at(index.row()), column.key[6:]
        ):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        item = self.item_at(index.row())
        column = self.columns[index.column()]
        try:
            if column.key == "title":
                text = str(value).strip()
                if not text:
                    self.errorRaised.emit("A card needs a title; type one or press Escape.")
                    return False
                if text == item.title:
                    return False
                self.document.set_fields(RoadmapItem, item.id, "Rename card", title=text)
                return True
            name = column.key[6:]
            inputs = dict(item.score_inputs)
            try:
                number = read_input(item.framework, name, "" if value is None else str(value))
            except ScoreInputError as exc:
                self.errorRaised.emit(str(exc))
                return False
            if number is None:
                inputs.pop(name, None)
            else:
                inputs[name] = number
            if inputs == item.score_inputs:
                return False
            self.document.set_fields(
                RoadmapItem, item.id, f"Set {column.title}", score_inputs=inputs
            )
            return True
        except PmdeskError as exc:
            self.errorRaised.emit(str(exc))
            return False

    # -- sorting -----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = list(self._ids)
        self._sort = (column, order)
        self._apply_sort(column, order)
        self._remap_persistent(old)
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        if column >= len(self.columns):
            return
        spec = self.columns[column]
        descending = order == Qt.SortOrder.DescendingOrder
        items = self.state.items

        # (empty last, the column's value: text or a number, the id as a tie-break)
        def key(item_id: int) -> tuple[int, Any, int]:
            value = self.raw_value(items[item_id], spec)
            if value is None or value == "":
                return (1, 0, item_id)  # empty / unscored: last in both directions
            if isinstance(value, str):
                value = value.lower()
            elif isinstance(value, (date, datetime)):
                value = (
                    value.toordinal()
                    if isinstance(value, date) and not isinstance(value, datetime)
                    else value.timestamp()
                )
            if descending and not isinstance(value, str):
                return (0, -value, item_id)
            return (0, value, item_id)

        self._ids.sort(key=key)
        if descending and spec.kind == "text":
            present = [i for i in self._ids if key(i)[0] == 0]
            absent = [i for i in self._ids if key(i)[0] == 1]
            present.reverse()
            self._ids = present + absent
