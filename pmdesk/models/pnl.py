"""The P&L sheet as a Qt table model: column 0 names the row, then one column per period and
a total. Line cells are editable: a typed number becomes an override of that cell in the
current scenario (an undo step through the Document); clearing it restores the computed value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from pmdesk.core.changeset import ChangeSet
from pmdesk.core.entities import PnlLine, PnlOverride, PnlScenario, Risk
from pmdesk.core.errors import PmdeskError
from pmdesk.core.finance import evaluate_pnl
from pmdesk.core.finance.rows import (
    CUMULATIVE,
    HEADING,
    LINE,
    RATIO,
    RESULT,
    TOTAL,
    Row,
    sheet_rows,
)
from pmdesk.core.localeformat import NumberInputError, format_number, format_percent, parse_number
from pmdesk.document import Document
from pmdesk.models.riskpricing import RiskPricing
from pmdesk.theme import brush, light_colour, row_tint

if TYPE_CHECKING:
    from pmdesk.core.finance.sheet import PnlSheet
    from pmdesk.core.scheduling.result import Schedule

ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
OVERRIDDEN_ROLE = Qt.ItemDataRole.UserRole + 3
COMPUTED_ROLE = Qt.ItemDataRole.UserRole + 4
VALUE_ROLE = Qt.ItemDataRole.UserRole + 5  # the raw number of a cell (None when empty)

MINUS = "\u2212"  # a real minus sign: as wide as a digit, easier to see than a hyphen

_BACKGROUNDS = {
    HEADING: "pnl_heading",
    TOTAL: "pnl_total",
    RESULT: "pnl_result",
    CUMULATIVE: "pnl_result",
}


class NumberError(PmdeskError):
    """A typed cell value that is not a number."""


def parse_amount(text: str) -> float | None:
    """A typed amount: "1,234.5", "1 234", "-300", "(300)", "12k", "1.5m", "–" (zero, as the
    sheet shows it); "" is None. Separators are the locale's ("1.234,5" in Indonesian), and a
    lone decimal comma is read as one in any language."""
    cleaned = str(text).strip().replace("\u2212", "-").replace(" ", "")
    cleaned = cleaned.replace("\u00a0", "").replace("\u202f", "")
    if not cleaned:
        return None
    if cleaned in ("\u2013", "\u2014", "-"):  # the sheet shows a zero as a dash
        return 0.0
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    if negative:
        cleaned = cleaned[1:-1]
    match = re.fullmatch(r"([-+]?[\d.,]*\d[\d.,]*)([km]?)", cleaned, re.I)
    if match is None:
        raise NumberError(f"“{text}” is not an amount; type a number such as 12500 or 12.5k.")
    try:
        number = parse_number(match.group(1))
    except NumberInputError:
        raise NumberError(
            f"“{text}” is not an amount; type a number such as 12500 or 12.5k."
        ) from None
    value = number * {"": 1, "k": 1e3, "m": 1e6}[match.group(2).lower()]
    if not math.isfinite(value):
        raise NumberError(f"“{text}” is too large an amount.")
    return -value if negative else value


def format_amount(value: float | None) -> str:
    if value is None:
        return ""
    if round(value) == 0:
        return "\u2013"  # an en dash for nothing, as spreadsheets show zero in accounting format
    text = format_number(abs(value), 0)  # the locale's thousands separator
    return MINUS + text if value < 0 else text


class PnlSheetModel(QAbstractTableModel):
    """Rows of ``pmdesk.core.finance.rows.sheet_rows`` for the chosen scenario."""

    recomputed = Signal()  # the sheet (values, KPIs) is new
    editRefused = Signal(str)  # a typed value that is not an amount, or an edit refused

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._scenario_id: int | None = None
        self.launch_at = "planned"  # or "p50" / "p80": launch dates from the risk simulation
        self.risk = RiskPricing(document)
        self.rows: list[Row] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._compute()
        document.rescheduled.connect(self.refresh)
        document.changeSet.connect(self._on_change_set)

    # -- scenario and recomputing ------------------------------------------------------
    def _on_change_set(self, change_set: ChangeSet) -> None:
        # After the engine ran, `rescheduled` refreshes; a command that left the schedule
        # alone refreshes only when it touched what the sheet shows.
        if not change_set.rescheduled and change_set.touches(
            PnlLine, PnlScenario, PnlOverride, Risk
        ):
            self.refresh()

    @property
    def scenario_id(self) -> int | None:
        return self.sheet.scenario.id if self.sheet is not None and self.sheet.scenario else None

    def set_scenario(self, scenario_id: int | None) -> None:
        self._scenario_id = scenario_id
        self.refresh()

    def set_launch_at(self, choice: str) -> None:
        self.launch_at = choice
        self.refresh()

    def schedule(self) -> Schedule | None:
        """The schedule the sheet reads: the plan's, or its launches at P50/P80."""
        return self.risk.schedule_for(self.launch_at)

    def _compute(self) -> None:
        self.sheet: PnlSheet = evaluate_pnl(self.document.data, self.schedule(), self._scenario_id)
        self.rows = sheet_rows(self.sheet)

    @staticmethod
    def _shape(rows: list[Row], sheet: PnlSheet) -> tuple[tuple[object, ...], tuple[str, ...]]:
        return (
            tuple((r.kind, r.line.line.id if r.line else r.label) for r in rows),
            tuple(p.label for p in sheet.periods),
        )

    def refresh(self) -> None:
        old_shape = self._shape(self.rows, self.sheet)
        new_sheet = evaluate_pnl(self.document.data, self.schedule(), self._scenario_id)
        new_rows = sheet_rows(new_sheet)
        if self._shape(new_rows, new_sheet) != old_shape:
            self.beginResetModel()
            self.sheet, self.rows = new_sheet, new_rows
            self.endResetModel()
        else:
            self.sheet, self.rows = new_sheet, new_rows
            if self.rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
                )
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.recomputed.emit()

    # -- shape -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sheet.periods) + 2

    def period_of(self, column: int) -> int | None:
        """The period index of a column (None for the label and total columns)."""
        return column - 1 if 1 <= column <= len(self.sheet.periods) else None

    def row_for_line(self, line_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.line is not None and row.line.line.id == line_id:
                return number
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return f"{self.document.data.plan.currency}"
            if section == self.columnCount() - 1:
                return self.tr("Total")
            return self.sheet.periods[section - 1].label
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(
                (Qt.AlignmentFlag.AlignLeft if section == 0 else Qt.AlignmentFlag.AlignRight)
                | Qt.AlignmentFlag.AlignVCenter
            )
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= section < self.columnCount() - 1:
            period = self.sheet.periods[section - 1]
            return (
                self.tr("%1 to %2 (exclusive)")
                .replace("%1", f"{period.start:%Y-%m-%d}")
                .replace("%2", f"{period.end:%Y-%m-%d}")
            )
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if (
            row.kind == LINE
            and self.period_of(index.column()) is not None
            and not self.document.read_only
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- values ------------------------------------------------------------------------
    def value(self, row: Row, column: int) -> float | None:
        if column == 0 or not row.values:
            return None
        period = self.period_of(column)
        return row.total if period is None else row.values[period]

    def cell_text(self, row_number: int, column: int) -> str:
        row = self.rows[row_number]
        if column == 0:
            return row.label
        value = self.value(row, column)
        if row.kind == RATIO:
            return "" if value is None else format_percent(value, 1).replace("-", MINUS)
        return format_amount(value) if row.values else ""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        period = self.period_of(column)
        overridden = row.line is not None and period is not None and period in row.line.overridden
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.cell_text(index.row(), column)
            return ("    " + text) if column == 0 and row.kind in (LINE, RATIO) else text
        if role == Qt.ItemDataRole.EditRole:
            if row.kind == LINE and row.line is not None and period is not None:
                return f"{row.line.values[period]:.2f}".rstrip("0").rstrip(".")
            return self.cell_text(index.row(), column)
        if role == VALUE_ROLE:
            return self.value(row, column)
        if role == ROW_KIND_ROLE:
            return row.kind
        if role == LINE_ID_ROLE:
            return row.line.line.id if row.line is not None else None
        if role == OVERRIDDEN_ROLE:
            return overridden
        if role == COMPUTED_ROLE:
            return (
                row.line.computed[period] if row.line is not None and period is not None else None
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            if overridden:
                return self._italic
            if row.kind != LINE and row.kind != RATIO:
                return self._bold
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if overridden:
                return brush("override_text")
            value = self.value(row, column)
            if value is not None and round(value, 3 if row.kind == RATIO else 0) < 0:
                return brush("negative")
            if row.kind == RATIO or (value is not None and round(value) == 0):
                return brush("disabled_text")
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if overridden:
                return QBrush(row_tint(light_colour("override_background")))
            background = _BACKGROUNDS.get(row.kind)
            return QBrush(row_tint(light_colour(background))) if background is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, period, overridden)
        return None

    def _tooltip(self, row: Row, period: int | None, overridden: bool) -> str | None:
        if row.line is None:
            return None
        if overridden and period is not None:
            computed = format_amount(row.line.computed[period])
            return f"Typed over the computed {computed}. Delete restores it."
        if period is not None:
            return (
                row.line.note + "\n" if row.line.note else ""
            ) + "Type a number to override this cell."
        return row.line.note or None

    # -- editing (always through the Document) -----------------------------------------
    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self.rows[index.row()]
        period = self.period_of(index.column())
        if row.line is None or period is None:
            return False  # not a line's period (flags() left it read-only)
        # setData runs inside Qt's editor machinery: a user error is reported, never raised.
        try:
            amount = value if isinstance(value, (int, float)) else parse_amount(str(value))
            if amount is None:
                self.clear_overrides([index])
            else:
                self.set_override(row.line.line.id, period, float(amount))
        except PmdeskError as exc:
            self.editRefused.emit(str(exc))
            return False
        return True

    def set_override(self, line_id: int, period: int, amount: float) -> None:
        """Type ``amount`` over one cell of the current scenario (one undo step)."""
        data = self.document.data
        line = data.pnl_lines[line_id]
        scenario_id = self.scenario_id
        label = self.sheet.periods[period].label
        text = f"Override {line.name} in {label}"
        for override in data.pnl_overrides.values():
            if (override.line_id, override.period, override.scenario_id) == (
                line_id,
                period,
                scenario_id,
            ):
                self.document.set_fields(PnlOverride, override.id, text, value=amount)
                return
        self.document.add_entities(
            [
                PnlOverride(
                    id=data.new_id(PnlOverride),
                    line_id=line_id,
                    scenario_id=scenario_id,
                    period=period,
                    value=amount,
                )
            ],
            text,
        )

    def paste_grid(self, row: int, column: int, grid: list[list[str]]) -> int:
        """Type a block of amounts (rows of cells, e.g. from a spreadsheet) from (row, column)
        on as one undo step; cells that are not line periods are skipped, an empty cell clears
        its override. Nothing changes when any cell is not an amount (NumberError)."""
        edits = []
        for r, cells in enumerate(grid):
            for c, text in enumerate(cells):
                index = self.index(row + r, column + c)
                if not index.isValid() or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
                    continue
                edits.append((index, parse_amount(text)))  # all parsed before any change
        if not edits:
            return 0
        with self.document.macro(f"Paste {len(edits)} value{'s' if len(edits) != 1 else ''}"):
            for index, amount in edits:
                line = self.rows[index.row()].line
                period = self.period_of(index.column())
                if line is None or period is None:
                    continue  # not reached: only a line's periods are editable
                if amount is None:
                    self.clear_overrides([index])
                else:
                    self.set_override(line.line.id, period, amount)
        return len(edits)

    def clear_overrides(self, indexes: Iterable[QModelIndex | QPersistentModelIndex]) -> int:
        """Remove the overrides shown in ``indexes`` (one undo step); returns how many."""
        found = set()
        for index in indexes:
            row = self.rows[index.row()]
            period = self.period_of(index.column())
            if row.line is not None and period is not None and period in row.line.overridden:
                found.add(row.line.overridden[period])
        if found:
            text = "Clear override" if len(found) == 1 else f"Clear {len(found)} overrides"
            self.document.remove_entities([(PnlOverride, i) for i in sorted(found)], text)
        return len(found)
