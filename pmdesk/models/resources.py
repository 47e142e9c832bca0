"""The resource sheet as a Qt table model: one row per resource, MS Project's Resource Sheet
columns plus the work, cost and peak load the schedule gives each resource.

``setData`` reads what a person typed (resourcecells.py) and pushes one
``Document.set_fields``; bad input emits ``errorOccurred`` with one sentence and changes
nothing. Work, cost and over-allocation are derived (resourceloads.py): each resource's when a
view first shows it, forgotten after every reschedule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from pmdesk.core.entities import Calendar, Resource, ResourceType
from pmdesk.core.errors import PmdeskError
from pmdesk.core.resource_calendar import own_calendar
from pmdesk.core.scheduling.allocation import ResourceAllocation
from pmdesk.core.translation import english_plural
from pmdesk.models.columns import RIGHT, ColumnTableModel
from pmdesk.models.localdates import format_moment
from pmdesk.models.overicon import OverallocationIcons
from pmdesk.models.resourcecells import (
    COLUMN_INDEX,
    COLUMNS,
    DEFAULT_CALENDAR_TEXT,
    TYPE_TITLES,
    parse_cell,
    sheet_tr,
)
from pmdesk.models.resourceloads import ResourceLoads, Totals
from pmdesk.models.resourcetext import (
    ResourceInputError,
    format_hours,
    format_money,
    format_percent,
)
from pmdesk.theme import brush

if TYPE_CHECKING:
    from pmdesk.document import Document

RESOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
# Loads still unknown after the first paint are worked out in slices this long, between
# paints, so that scrolling stays smooth while the over-allocated count is being made.
SLICE_SECONDS = 0.012
_FLAGGED = ("name", "peak")  # red and bold when the resource is over-allocated


class ResourceSheetModel(ColumnTableModel):
    """Resources in ID order; ``loads`` holds each resource's time-phased load and totals."""

    columns = COLUMNS
    errorOccurred = Signal(str)
    loadChanged = Signal()  # the schedule changed: loads are worked out again when asked for
    loadsComplete = Signal()  # every resource's load is known (see complete_later)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(document, parent)
        self.loads = ResourceLoads(document)
        self._bold = QFont()
        self._bold.setBold(True)
        self._icons = OverallocationIcons()
        self._completer = QTimer(self)
        self._completer.setSingleShot(True)
        self._completer.timeout.connect(self._complete_slice)
        self._load_rows()
        document.changed.connect(self._on_changed)
        document.rescheduled.connect(self._on_rescheduled)

    # -- derived values ----------------------------------------------------------------------
    # Computed on demand, resource by resource: a plan of 10,000 tasks takes ~0.15 s to
    # allocate, which neither an edit in the Gantt tab (while this tab is hidden) nor the
    # first paint of this tab (a dozen rows) should pay.
    def allocation(self, resource_id: int) -> ResourceAllocation | None:
        """The time-phased load of a work resource under the current schedule, or None."""
        return self.loads.allocation(resource_id)

    @property
    def allocations(self) -> dict[int, ResourceAllocation]:
        """Resource id -> load of every work resource (works out those not known yet)."""
        return self.loads.all()

    def totals(self, resource_id: int) -> Totals:
        """(work minutes, cost, number of assignments) of a resource."""
        return self.loads.totals(resource_id)

    def is_overallocated(self, resource_id: int) -> bool:
        allocation = self.loads.allocation(resource_id)
        return allocation is not None and allocation.overallocated

    def overallocated_count(self) -> int | None:
        """How many resources are over-allocated; None while some loads are not known yet
        (``complete_later`` works them out)."""
        if self.loads.pending():
            return None
        return sum(1 for rid in self.ids if self.is_overallocated(rid))

    def complete_later(self) -> None:
        """Work out the loads not known yet in short slices from the event loop, then emit
        ``loadsComplete`` (at once when all are known)."""
        if not self.loads.pending():
            self.loadsComplete.emit()
        elif not self._completer.isActive():
            self._completer.start(0)

    def _complete_slice(self) -> None:
        if self.loads.compute_pending(SLICE_SECONDS):
            self.loadsComplete.emit()
        else:
            self._completer.start(0)

    def _load_rows(self) -> None:
        self.ids = sorted(self.document.data.resources)

    def resource_at(self, row: int) -> Resource | None:
        if 0 <= row < len(self.ids):
            return self.document.data.resources.get(self.ids[row])
        return None

    def column_titles(self) -> list[str]:
        return [c.title for c in COLUMNS]

    def cell_text(self, row: int, column: int) -> str:
        return self.data(self.index(row, column)) or ""

    def row_of(self, resource_id: int) -> int:
        try:
            return self.ids.index(resource_id)
        except ValueError:
            return -1

    # -- Qt model interface --------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            # The ID is the row header, as in MS Project's Resource Sheet.
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.ids):
                return str(self.ids[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _CENTER
            return None
        return super().headerData(section, orientation, role)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        key = self.column_key(index)
        resource = self.resource_at(index.row()) if key is not None else None
        if key is None or resource is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cached_text(resource.id, key, lambda: self._display(resource, key))
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(resource, key)
        if role == RESOURCE_ID_ROLE:
            return resource.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if COLUMNS[index.column()].numeric else None
        # Only the roles that show over-allocation ask for the load (sizing a column does not).
        if role == Qt.ItemDataRole.ForegroundRole and key in _FLAGGED:
            return brush("negative") if self.is_overallocated(resource.id) else None
        if role == Qt.ItemDataRole.FontRole and key in _FLAGGED:
            return self._bold if self.is_overallocated(resource.id) else None
        if role == Qt.ItemDataRole.DecorationRole and key == "name":
            over = self.is_overallocated(resource.id)
            return self._icons.over() if over else self._icons.blank()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(resource)
        return None

    def _display(self, resource: Resource, key: str) -> str:
        if key in ("name", "initials", "group"):
            return str(getattr(resource, key))
        if key == "type":
            return sheet_tr(TYPE_TITLES[ResourceType(resource.type)])
        if key == "material_label":
            return resource.material_label if resource.type == ResourceType.MATERIAL else ""
        if key == "max_units":
            return format_percent(resource.max_units) if resource.type == ResourceType.WORK else ""
        if key in ("standard_rate", "overtime_rate"):
            # Material has a price per unit and no overtime; a cost resource has no rate.
            if resource.type == ResourceType.WORK:
                money = format_money(getattr(resource, key), self._currency())
                return QCoreApplication.translate("ResourceSheet", "%1/h").replace("%1", money)
            if resource.type == ResourceType.MATERIAL and key == "standard_rate":
                money = format_money(resource.standard_rate, self._currency())
                return QCoreApplication.translate("ResourceSheet", "%1/unit").replace("%1", money)
            return ""
        if key == "cost_per_use":
            return format_money(resource.cost_per_use, self._currency())
        if key == "calendar":
            own = own_calendar(self.document.data, resource)
            return self._calendar_name(own.base_id if own else resource.calendar_id)
        work, cost, _count = self.totals(resource.id)
        if key == "work":
            return format_hours(work) if resource.type == ResourceType.WORK else ""
        if key == "cost":
            return format_money(cost, self._currency())
        if key == "peak":
            allocation = self.allocation(resource.id)
            return (
                format_percent(allocation.peak_units())
                if allocation is not None and allocation.pieces
                else ""
            )
        return ""

    def _edit_text(self, resource: Resource, key: str) -> str:
        if key in ("standard_rate", "overtime_rate", "cost_per_use"):
            return f"{getattr(resource, key):.15g}"  # :g would write 1.23457e+06
        if key == "max_units":
            return format_percent(resource.max_units)
        if key == "type":
            return ResourceType(resource.type).value
        return self._display(resource, key)

    def _currency(self) -> str:
        return self.document.data.plan.currency

    def _calendar_name(self, calendar_id: int | None) -> str:
        if calendar_id is None:
            return sheet_tr(DEFAULT_CALENDAR_TEXT)
        calendar = self.document.data.calendars.get(calendar_id)
        return calendar.name if calendar is not None else f"(missing calendar {calendar_id})"

    def calendar_names(self) -> list[str]:
        """What the calendar column offers: the plan default, then the plan's calendars."""
        names = sorted(c.name for c in self.document.data.calendars.values())
        return [sheet_tr(DEFAULT_CALENDAR_TEXT), *names]

    def _tooltip(self, resource: Resource) -> str | None:
        allocation = self.allocation(resource.id)
        if allocation is None or not allocation.overallocated:
            return None
        days = allocation.overallocated_days()
        first = format_moment(days[0], "ddd yyyy-MM-dd")
        text = english_plural(
            self.tr("%1 is over-allocated on %n day(s) from %2: up to %3 of %4.", "", len(days)),
            len(days),
        )
        return (
            text.replace("%1", resource.name)
            .replace("%2", first)
            .replace("%3", format_percent(allocation.peak_units()))
            .replace("%4", format_percent(resource.max_units))
        )

    # -- editing -------------------------------------------------------------------------------
    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        resource = self.resource_at(index.row()) if self.is_editable(index, role) else None
        if resource is None:
            return False
        key = COLUMNS[index.column()].key
        data = self.document.data
        try:
            field, parsed = parse_cell(data, resource, key, value)
            text = (
                f"Change {COLUMNS[index.column()].title.lower()} of {resource.name or 'resource'}"
            )
            own = own_calendar(data, resource) if key == "calendar" else None
            if own is not None:  # its own calendar keeps its vacations; its base changes
                base = parsed if parsed is not None else data.plan.default_calendar_id
                if base == own.id:
                    raise ResourceInputError(
                        f"The calendar {own.name!r} cannot be based on itself."
                    )
                self.document.set_fields(Calendar, own.id, text, base_id=base)
            else:
                self.document.set_fields(Resource, resource.id, text, **{field: parsed})
        except PmdeskError as exc:
            self.errorOccurred.emit(str(exc))
            return False
        return True

    # -- keeping up with the document ------------------------------------------------------------
    def _on_changed(self, changes: list[Any]) -> None:
        if any(c.kind is Resource and c.action != "update" for c in changes):
            self.beginResetModel()
            self._load_rows()
            self.loads.clear()
            self._completer.stop()
            self.endResetModel()
        elif any(c.kind in (Resource, Calendar) for c in changes):
            self.emit_all_changed()

    def _on_rescheduled(self) -> None:
        self.loads.clear()
        self._completer.stop()  # a view that still wants every load asks again
        self.emit_all_changed()
        self.loadChanged.emit()


__all__ = [
    "COLUMNS",
    "COLUMN_INDEX",
    "RESOURCE_ID_ROLE",
    "ResourceSheetModel",
]
