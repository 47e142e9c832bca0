"""The resource sheet's columns (MS Project's Resource Sheet, then the work, cost and peak
load the schedule gives each resource) and what text typed into one of them means."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmdesk.core.entities import Resource, ResourceType
from pmdesk.core.plandata import PlanData
from pmdesk.core.translation import QT_TRANSLATE_NOOP
from pmdesk.models.columns import TableColumn
from pmdesk.models.resourcetext import ResourceInputError, parse_amount, parse_percent

DEFAULT_CALENDAR_TEXT = QT_TRANSLATE_NOOP("ResourceSheet", "(plan default)")
TYPE_TITLES = {
    ResourceType.WORK: QT_TRANSLATE_NOOP("ResourceSheet", "Work"),
    ResourceType.MATERIAL: QT_TRANSLATE_NOOP("ResourceSheet", "Material"),
    ResourceType.COST: QT_TRANSLATE_NOOP("ResourceSheet", "Cost"),
}
_TYPE_NAMES = {t.value: t for t in ResourceType}


def sheet_tr(text: str) -> str:
    return QCoreApplication.translate("ResourceSheet", text)


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
        widest="9999%",
    ),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}


def parse_cell(data: PlanData, resource: Resource, key: str, value: object) -> tuple[str, object]:
    """(field, value) for text typed into column ``key``; raises ResourceInputError."""
    text = "" if value is None else str(value)
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
            (kind for kind, title in TYPE_TITLES.items() if typed == sheet_tr(title).casefold()),
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
        if not name or name in (DEFAULT_CALENDAR_TEXT, sheet_tr(DEFAULT_CALENDAR_TEXT)):
            return "calendar_id", None
        for calendar in data.calendars.values():
            if calendar.name.casefold() == name.casefold():
                return "calendar_id", calendar.id
        raise ResourceInputError(f"There is no calendar called {name!r}.")
    raise ResourceInputError("This column is calculated and cannot be typed into.")
