"""The resource sheet as a Qt table model: one row per resource, MS Project's Resource Sheet
columns plus the work, cost and peak load the schedule gives each resource.

``setData`` reads what a person typed and pushes one ``Document.set_fields``; bad input emits
``errorOccurred`` with one sentence and changes nothing. Work, cost and over-allocation are
derived (allocation.py) and recomputed after every reschedule.
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from pmdesk.core.entities import Calendar, Resource, ResourceType
from pmdesk.core.errors import PmdeskError
from pmdesk.core.localeformat import (
    NumberInputError,
    currency_decimals,
    format_number,
    parse_number,
)
from pmdesk.core.resource_calendar import own_calendar
from pmdesk.core.scheduling.allocation import PlanCalendars, ResourceAllocation, allocate
from pmdesk.core.scheduling.costs import assignment_cost, assignment_work
from pmdesk.core.translation import english_plural
from pmdesk.models.columns import RIGHT, TableColumn, column_flags, column_header
from pmdesk.models.localdates import format_moment
from pmdesk.theme import brush, colour, dark_now

RESOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_CALENDAR_TEXT = QT_TRANSLATE_NOOP("ResourceSheet", "(plan default)")
TYPE_TITLES = {
    ResourceType.WORK: QT_TRANSLATE_NOOP("ResourceSheet", "Work"),
    ResourceType.MATERIAL: QT_TRANSLATE_NOOP("ResourceSheet", "Material"),
    ResourceType.COST: QT_TRANSLATE_NOOP("ResourceSheet", "Cost"),
}


def _sheet_tr(text: str) -> str:
    return QCoreApplication.translate("ResourceSheet", text)


_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class ResourceInputError(PmdeskError):
    """Text typed into the resource grid that cannot be used (one sentence)."""


# -- reading what was typed ------------------------------------------------------------------
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_amount(text: str, what: str) -> float:
    """A money amount: "85", "85.50", "1,200", "€85/h", "85 EUR/hr". Never negative."""
    cleaned = str(text).strip()
    cleaned = re.sub(r"\s*/\s*(h|hr|hour|u|unit|jam|satuan)$", "", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"^[^\d+\-.,]+|[^\d.,]+$", "", cleaned).replace(" ", "")
    try:
        # The locale's separators ("350.000" is three hundred fifty thousand in Indonesian);
        # a lone decimal comma or point is read as one in any language.
        value = parse_number(cleaned)
    except NumberInputError:
        raise ResourceInputError(
            f'"{str(text).strip()}" is not an amount; type the {what} as a number like 85 or 85.50.'
        ) from None
    if value < 0:
        raise ResourceInputError(f"The {what} cannot be negative.")
    return value


def parse_percent(text, what: str) -> float:
    """Units typed as a percentage ("150%", "150"; MS Project reads a bare number as percent)
    -> 1.5. Must be more than 0."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        value = float(text) * 100
    else:
        cleaned = str(text).strip().rstrip("%").strip()
        if not _NUMBER.match(cleaned):
            raise ResourceInputError(
                f'"{str(text).strip()}" is not a percentage; type the {what} like 100% or 50%.'
            )
        value = float(cleaned.replace(",", "."))
    if value <= 0:
        raise ResourceInputError(f"The {what} must be more than 0%.")
    if value > 100000:
        raise ResourceInputError(f"The {what} cannot be more than 100000%.")
    return value / 100


def format_percent(units: float) -> str:
    return (
        f"{units * 100:.0f}%"
        if abs(units * 100 - round(units * 100)) < 1e-6
        else f"{units * 100:.1f}%"
    )


def format_money(value: float, currency: str | None = None) -> str:
    """An amount in the locale's separators, with the currency's decimals (IDR none; two
    when no currency is named): "2,000.00" (en), "350.000" (IDR in Indonesian)."""
    return format_number(value, currency_decimals(currency) if currency else 2)


def format_hours(minutes: float) -> str:
    """Work in hours: "2,888.0 h" (en), "2.888,0 j" (id: jam)."""
    return QCoreApplication.translate("ResourceSheet", "%1 h").replace(
        "%1", format_number(minutes / 60, 1)
    )


# -- columns -----------------------------------------------------------------------------------
COLUMNS = (
    TableColumn("name", QT_TRANSLATE_NOOP("TableColumns", "Name"), editable=True),
    TableColumn("initials", QT_TRANSLATE_NOOP("TableColumns", "Initials"), editable=True),
    TableColumn("group", QT_TRANSLATE_NOOP("TableColumns", "Group"), editable=True),
    TableColumn(
        "type",
        QT_TRANSLATE_NOOP("TableColumns", "Type"),
        editable=True,
        tooltip=QT_TRANSLATE_NOOP("TableColumns", "work, material or cost"),
    ),
    TableColumn(
        "material_label",
        QT_TRANSLATE_NOOP("TableColumns", "Material label"),
        editable=True,
        tooltip=QT_TRANSLATE_NOOP(
            "TableColumns", "A material resource's unit of measure, e.g. t, m3 or boxes"
        ),
    ),
    TableColumn(
        "max_units",
        QT_TRANSLATE_NOOP("TableColumns", "Max. units"),
        editable=True,
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP(
            "TableColumns", "How much of the resource's working time it can give, e.g. 100% or 50%"
        ),
    ),
    TableColumn(
        "standard_rate",
        QT_TRANSLATE_NOOP("TableColumns", "Std. rate"),
        editable=True,
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP("TableColumns", "Per hour of work"),
    ),
    TableColumn(
        "overtime_rate",
        QT_TRANSLATE_NOOP("TableColumns", "Ovt. rate"),
        editable=True,
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP("TableColumns", "Per hour of overtime"),
    ),
    TableColumn(
        "cost_per_use", QT_TRANSLATE_NOOP("TableColumns", "Cost/use"), editable=True, numeric=True
    ),
    TableColumn("calendar", QT_TRANSLATE_NOOP("TableColumns", "Base calendar"), editable=True),
    TableColumn(
        "work",
        QT_TRANSLATE_NOOP("TableColumns", "Work"),
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP("TableColumns", "Work of all the resource's assignments"),
    ),
    TableColumn(
        "cost",
        QT_TRANSLATE_NOOP("TableColumns", "Cost"),
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP("TableColumns", "Cost of all the resource's assignments"),
    ),
    TableColumn(
        "peak",
        QT_TRANSLATE_NOOP("TableColumns", "Peak"),
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP(
            "TableColumns", "Highest load at any minute; red when above max. units"
        ),
    ),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
_TYPE_NAMES = {t.value: t for t in ResourceType}


class ResourceSheetModel(QAbstractTableModel):
    """Resources in ID order. ``allocations`` holds each work resource's time-phased load."""

    errorOccurred = Signal(str)
    loadChanged = Signal()  # allocations were recomputed (after each reschedule)

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.ids: list[int] = []
        self._allocations: dict[int, ResourceAllocation] = {}
        self._stale = True  # derived values are recomputed when next asked for
        self._totals: dict[int, tuple[float, float, int]] = {}  # work, cost, assignments
        self._bold = QFont()
        self._bold.setBold(True)
        self._over_icon: tuple[bool, QIcon] | None = None
        self._blank_icon: QIcon | None = None
        self._load_rows()
        document.changed.connect(self._on_changed)
        document.rescheduled.connect(self._on_rescheduled)

    # -- derived values ----------------------------------------------------------------------
    # Computed on demand, not after every reschedule: a plan of 10,000 tasks takes ~0.1 s to
    # allocate, which an edit in the Gantt tab should not pay while this tab is hidden.
    @property
    def allocations(self) -> dict[int, ResourceAllocation]:
        """Resource id -> time-phased load of each work resource under the current schedule."""
        if self._stale:
            self._recompute()
        return self._allocations

    def _load_rows(self) -> None:
        self.ids = sorted(self.document.data.resources)

    def _recompute(self) -> None:
        self._stale = False
        data = self.document.data
        try:
            self._allocations = allocate(data, self.document.schedule, PlanCalendars(data))
        except PmdeskError:  # a calendar the engine refused: the plan shows its own error
            self._allocations = {}
        totals: dict[int, list] = {rid: [0.0, 0.0, 0] for rid in data.resources}
        for assignment in data.assignments.values():
            task = data.tasks.get(assignment.task_id)
            resource = data.resources.get(assignment.resource_id)
            if task is None or resource is None:
                continue
            entry = totals[resource.id]
            if resource.type == ResourceType.WORK:
                entry[0] += assignment_work(assignment, task)
            entry[1] += assignment_cost(assignment, task, resource)
            entry[2] += 1
        self._totals = {rid: tuple(v) for rid, v in totals.items()}

    def totals(self, resource_id: int) -> tuple[float, float, int]:
        """(work minutes, cost, number of assignments) of a resource."""
        if self._stale:
            self._recompute()
        return self._totals.get(resource_id, (0.0, 0.0, 0))

    def is_overallocated(self, resource_id: int) -> bool:
        allocation = self.allocations.get(resource_id)
        return allocation is not None and allocation.overallocated

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
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Vertical:
            # The ID is the row header, as in MS Project's Resource Sheet.
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.ids):
                return str(self.ids[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _CENTER
            return None
        return column_header(COLUMNS, section, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return column_flags(COLUMNS, index, self.document.read_only)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        resource = self.resource_at(index.row())
        if resource is None or index.column() >= len(COLUMNS):
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(resource, key)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(resource, key)
        if role == RESOURCE_ID_ROLE:
            return resource.id
        over = self.is_overallocated(resource.id)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if COLUMNS[index.column()].numeric else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return brush("negative") if over and key in ("name", "peak") else None
        if role == Qt.ItemDataRole.FontRole and over and key in ("name", "peak"):
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and key == "name":
            return self._indicator() if over else self._no_indicator()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(resource, over)
        return None

    def _indicator(self) -> QIcon:
        """MS Project's over-allocation indicator: a red disc with a "!"."""
        if self._over_icon is None or self._over_icon[0] != dark_now():
            self._over_icon = (dark_now(), _disc_icon(colour("negative"), "!"))
        return self._over_icon[1]

    def _no_indicator(self) -> QIcon:
        if self._blank_icon is None:  # keeps names aligned whether flagged or not
            self._blank_icon = _disc_icon(None, "")
        return self._blank_icon

    def _display(self, resource: Resource, key: str) -> str:
        if key in ("name", "initials", "group"):
            return getattr(resource, key)
        if key == "type":
            return _sheet_tr(TYPE_TITLES[ResourceType(resource.type)])
        if key == "material_label":
            return resource.material_label if resource.type == ResourceType.MATERIAL else ""
        if key == "max_units":
            return format_percent(resource.max_units) if resource.type == ResourceType.WORK else ""
        if key in ("standard_rate", "overtime_rate"):
            # Material has a price per unit and no overtime; a cost resource has no rate.
            if resource.type == ResourceType.WORK:
                return f"{format_money(getattr(resource, key), self._currency())}/h"
            if resource.type == ResourceType.MATERIAL and key == "standard_rate":
                return f"{format_money(resource.standard_rate, self._currency())}/unit"
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
            allocation = self.allocations.get(resource.id)
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
            return _sheet_tr(DEFAULT_CALENDAR_TEXT)
        calendar = self.document.data.calendars.get(calendar_id)
        return calendar.name if calendar is not None else f"(missing calendar {calendar_id})"

    def calendar_names(self) -> list[str]:
        """What the calendar column offers: the plan default, then the plan's calendars."""
        names = sorted(c.name for c in self.document.data.calendars.values())
        return [_sheet_tr(DEFAULT_CALENDAR_TEXT), *names]

    def _tooltip(self, resource: Resource, over: bool) -> str | None:
        if not over:
            return None
        allocation = self.allocations[resource.id]
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
        value,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        resource = self.resource_at(index.row())
        if resource is None:
            return False
        key = COLUMNS[index.column()].key
        try:
            field, parsed = self.parse(resource, key, value)
            text = (
                f"Change {COLUMNS[index.column()].title.lower()} of {resource.name or 'resource'}"
            )
            own = own_calendar(self.document.data, resource) if key == "calendar" else None
            if own is not None:  # its own calendar keeps its vacations; its base changes
                base = parsed if parsed is not None else self.document.data.plan.default_calendar_id
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

    def parse(self, resource: Resource, key: str, value) -> tuple[str, object]:
        """(field, value) for text typed into column ``key``; raises ResourceInputError."""
        text = "" if value is None else str(value)
        data = self.document.data
        if key == "name":
            name = text.strip()
            if not name:
                raise ResourceInputError("A resource needs a name.")
            if "," in name or "[" in name:
                raise ResourceInputError(
                    "A resource name cannot contain a comma or a bracket (the Gantt's "
                    "Resources column uses them)."
                )
            for other in data.resources.values():
                if other.id != resource.id and other.name.casefold() == name.casefold():
                    raise ResourceInputError(f"Another resource is already called {name!r}.")
            return "name", name
        if key in ("initials", "group"):
            return key, text.strip()
        if key == "material_label":
            if resource.type != ResourceType.MATERIAL:
                raise ResourceInputError("Only a material resource has a material label.")
            if len(text.strip()) > 100:
                raise ResourceInputError("A material label can be at most 100 characters.")
            return key, text.strip()
        if key == "type":
            typed = text.strip().casefold()
            found = _TYPE_NAMES.get(typed) or next(
                (
                    kind
                    for kind, title in TYPE_TITLES.items()
                    if typed == _sheet_tr(title).casefold()
                ),
                None,
            )
            if found is None:
                raise ResourceInputError("A resource's type is work, material or cost.")
            return "type", found
        if key == "max_units":
            return "max_units", parse_percent(value, "max. units")
        if key in ("standard_rate", "overtime_rate", "cost_per_use"):
            what = {
                "standard_rate": "standard rate",
                "overtime_rate": "overtime rate",
                "cost_per_use": "cost per use",
            }[key]
            return key, parse_amount(text, what)
        if key == "calendar":
            name = text.strip()
            if not name or name in (DEFAULT_CALENDAR_TEXT, _sheet_tr(DEFAULT_CALENDAR_TEXT)):
                return "calendar_id", None
            for calendar in data.calendars.values():
                if calendar.name.casefold() == name.casefold():
                    return "calendar_id", calendar.id
            raise ResourceInputError(f"There is no calendar called {name!r}.")
        raise ResourceInputError("This column is calculated and cannot be typed into.")

    # -- keeping up with the document ------------------------------------------------------------
    def _on_changed(self, changes: list) -> None:
        if any(c.kind is Resource and c.action != "update" for c in changes):
            self.beginResetModel()
            self._load_rows()
            self._stale = True
            self.endResetModel()
        elif any(c.kind in (Resource, Calendar) for c in changes) and self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))

    def _on_rescheduled(self) -> None:
        self._stale = True
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))
        self.loadChanged.emit()


def _disc_icon(color: QColor | None, mark: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if color is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(1, 1, size - 2, size - 2)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(size - 4)
        painter.setFont(font)
        painter.setPen(colour("on_accent"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, mark)
        painter.end()
    return QIcon(pixmap)


__all__ = [
    "COLUMNS",
    "COLUMN_INDEX",
    "RESOURCE_ID_ROLE",
    "ResourceInputError",
    "ResourceSheetModel",
    "parse_amount",
    "parse_percent",
]
