"""The assignments of one resource as a Qt table model (the resource grid's lower pane): the
tasks, units, work contour, work, cost and scheduled dates, in start order. Units are typed
and the contour chosen here; each change goes through ``Document.set_fields`` as one undo
step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pmdesk.core.durationunits import format_delay
from pmdesk.core.entities import Assignment, Resource, ResourceType, Task, WorkContour
from pmdesk.core.errors import PmdeskError
from pmdesk.core.scheduling.costs import (
    actual_work,
    assignment_cost,
    assignment_work,
    remaining_work,
)
from pmdesk.core.translation import QT_TRANSLATE_NOOP
from pmdesk.models.columns import RIGHT, ColumnTableModel, TableColumn
from pmdesk.models.resourcetext import format_hours, format_money, format_percent
from pmdesk.models.taskcolumns import format_date
from pmdesk.operations.assignmentcells import apply_assignment_cell
from pmdesk.theme import brush

if TYPE_CHECKING:
    from pmdesk.core.plandata import PlanData
    from pmdesk.document import Document

ASSIGNMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 3
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 4  # the values a drop-down offers for the cell

# MS Project's Work Contour field: the eight contours it offers, in its order, with its names.
# "Contoured" is not offered: MS Project sets it itself when time-phased work is edited.
CONTOUR_NAMES = {
    WorkContour.FLAT: QT_TRANSLATE_NOOP("WorkContour", "Flat"),
    WorkContour.BACK_LOADED: QT_TRANSLATE_NOOP("WorkContour", "Back Loaded"),
    WorkContour.FRONT_LOADED: QT_TRANSLATE_NOOP("WorkContour", "Front Loaded"),
    WorkContour.DOUBLE_PEAK: QT_TRANSLATE_NOOP("WorkContour", "Double Peak"),
    WorkContour.EARLY_PEAK: QT_TRANSLATE_NOOP("WorkContour", "Early Peak"),
    WorkContour.LATE_PEAK: QT_TRANSLATE_NOOP("WorkContour", "Late Peak"),
    WorkContour.BELL: QT_TRANSLATE_NOOP("WorkContour", "Bell"),
    WorkContour.TURTLE: QT_TRANSLATE_NOOP("WorkContour", "Turtle"),
    WorkContour.CONTOURED: QT_TRANSLATE_NOOP("WorkContour", "Contoured"),
}
OFFERED_CONTOURS = tuple(c for c in CONTOUR_NAMES if c != WorkContour.CONTOURED)


def _leveled_tasks(data: PlanData) -> dict[int, int]:
    # leveling.py (its passes and reports) is imported when a model first asks, not at
    # start-up: the Gantt's first paint does not need it.
    from pmdesk.core.scheduling.leveling import leveled_tasks

    return leveled_tasks(data)


def contour_name(contour: WorkContour) -> str:
    return QCoreApplication.translate("WorkContour", CONTOUR_NAMES[contour])


COLUMNS = (
    TableColumn("wbs", QT_TRANSLATE_NOOP("TableColumns", "WBS")),
    TableColumn("task", QT_TRANSLATE_NOOP("TableColumns", "Task")),
    TableColumn(
        "units",
        QT_TRANSLATE_NOOP("TableColumns", "Units"),
        editable=True,
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP("TableColumns", "Type a percentage, e.g. 50%"),
    ),
    TableColumn(
        "contour",
        QT_TRANSLATE_NOOP("TableColumns", "Contour"),
        editable=True,
        tooltip=QT_TRANSLATE_NOOP(
            "TableColumns", "How the work is spread over the task (MS Project's work contours)"
        ),
    ),
    TableColumn(
        "work",
        QT_TRANSLATE_NOOP("TableColumns", "Work"),
        editable=True,
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP(
            "TableColumns", "Type hours (40h) or days (5d); the task's type says what follows"
        ),
    ),
    TableColumn(
        "actual_work",
        QT_TRANSLATE_NOOP("TableColumns", "Act. work"),
        editable=True,
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP(
            "TableColumns", "Work done; empty: the task's % complete of the work"
        ),
    ),
    TableColumn(
        "remaining_work",
        QT_TRANSLATE_NOOP("TableColumns", "Rem. work"),
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP("TableColumns", "Work - actual work"),
    ),
    TableColumn(
        "overtime_work",
        QT_TRANSLATE_NOOP("TableColumns", "Ovt. work"),
        editable=True,
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP(
            "TableColumns", "Part of the work done as overtime, at the overtime rate"
        ),
    ),
    TableColumn(
        "delay",
        QT_TRANSLATE_NOOP("TableColumns", "Delay"),
        editable=True,
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP(
            "TableColumns", "How long after the task's start this resource begins"
        ),
    ),
    TableColumn(
        "cost",
        QT_TRANSLATE_NOOP("TableColumns", "Cost"),
        editable=True,
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP(
            "TableColumns", "A cost resource's amount is typed here; others come from rates"
        ),
    ),
    TableColumn("start", QT_TRANSLATE_NOOP("TableColumns", "Start")),
    TableColumn("finish", QT_TRANSLATE_NOOP("TableColumns", "Finish")),
    TableColumn(
        "leveling",
        QT_TRANSLATE_NOOP("TableColumns", "Leveling"),
        tooltip=QT_TRANSLATE_NOOP(
            "TableColumns",
            "Leveling Delay: how long leveling delays the task after its "
            "early start (Clear leveling removes it)",
        ),
    ),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}


class AssignmentsModel(ColumnTableModel):
    """Assignments of ``resource_id`` (None: no rows), ordered by the tasks' scheduled start."""

    columns = COLUMNS
    errorOccurred = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(document, parent)
        self.resource_id: int | None = None
        self._leveled: dict[int, int] = {}
        document.changed.connect(self._on_changed)
        document.rescheduled.connect(self._on_rescheduled)

    def set_resource(self, resource_id: int | None) -> None:
        if resource_id == self.resource_id:
            return
        self.beginResetModel()
        self.resource_id = resource_id
        self._load()
        self.endResetModel()

    def _scheduled(self, task_id: int) -> Any:
        schedule = self.document.schedule
        return schedule.tasks.get(task_id) if schedule is not None else None

    def _load(self) -> None:
        data = self.document.data
        self._leveled = _leveled_tasks(data)
        if self.resource_id is None:
            self.ids = []
            return
        rows = [
            a
            for a in data.assignments.values()
            if a.resource_id == self.resource_id and a.task_id in data.tasks
        ]

        def key(assignment: Assignment) -> tuple[str, int]:
            scheduled = self._scheduled(assignment.task_id)
            return (scheduled.start.isoformat() if scheduled is not None else "", assignment.id)

        self.ids = [a.id for a in sorted(rows, key=key)]

    def assignment_at(self, row: int) -> Assignment | None:
        if 0 <= row < len(self.ids):
            return self.document.data.assignments.get(self.ids[row])
        return None

    # -- Qt model interface --------------------------------------------------------------------
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        key = self.column_key(index)
        assignment = self.assignment_at(index.row()) if key is not None else None
        if key is None or assignment is None:
            return None
        data = self.document.data
        task: Task | None = data.tasks.get(assignment.task_id)
        resource: Resource | None = data.resources.get(assignment.resource_id)
        if task is None or resource is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.cached_text(
                assignment.id, key, lambda: self._text(assignment, task, resource, key)
            )
        if role == ASSIGNMENT_ID_ROLE:
            return assignment.id
        if role == TASK_ID_ROLE:
            return task.id
        if role == CHOICES_ROLE and key == "contour":
            return [contour_name(c) for c in OFFERED_CONTOURS]
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and key == "contour"
            and assignment.contour != WorkContour.FLAT
        ):
            return QCoreApplication.translate(
                "AssignmentsModel",
                "The work is not spread evenly: the task takes longer than "
                "with a flat contour at the same units.",
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()].numeric:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "wbs":
                return brush("muted_text")
            if key == "leveling":
                return brush("amber_text")
        return None

    def _text(self, assignment: Assignment, task: Task, resource: Resource, key: str) -> str:
        scheduled = self._scheduled(task.id)
        if key == "wbs":
            return scheduled.wbs if scheduled is not None else ""
        if key == "task":
            return task.name
        if key == "units":
            if resource.type == ResourceType.MATERIAL:
                return f"{assignment.units:g} {resource.material_label}".strip()
            if resource.type == ResourceType.COST:
                return ""
            return format_percent(assignment.units)
        if key == "contour":
            return contour_name(assignment.contour)
        is_work = resource.type == ResourceType.WORK
        if key == "work":
            return format_hours(assignment_work(assignment, task)) if is_work else ""
        if key == "actual_work":
            return format_hours(actual_work(assignment, task)) if is_work else ""
        if key == "remaining_work":
            return format_hours(remaining_work(assignment, task)) if is_work else ""
        if key == "overtime_work":
            return format_hours(assignment.overtime_work) if is_work else ""
        if key == "delay":
            return format_hours(assignment.delay) if is_work and assignment.delay else ""
        if key == "cost":
            return format_money(
                assignment_cost(assignment, task, resource), self.document.data.plan.currency
            )
        if key in ("start", "finish"):
            return format_date(getattr(scheduled, key)) if scheduled is not None else ""
        if key == "leveling":
            delay = self._leveled.get(task.id, 0) + (assignment.leveling_delay or 0)
            return format_delay(delay) if delay else ""
        return ""

    # -- editing -------------------------------------------------------------------------------
    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        assignment = self.assignment_at(index.row()) if self.is_editable(index, role) else None
        if assignment is None:
            return False
        data = self.document.data
        resource = data.resources.get(assignment.resource_id)
        task = data.tasks.get(assignment.task_id)
        key = COLUMNS[index.column()].key
        if key == "contour":
            return self._set_contour(assignment, resource, task, value)
        try:
            # Units and work follow the task's type (operations/tasktypes.py).
            apply_assignment_cell(self.document, assignment, key, value)
        except PmdeskError as exc:
            self.errorOccurred.emit(str(exc))
            return False
        return True

    def _set_contour(
        self, assignment: Assignment, resource: Resource | None, task: Task | None, value: Any
    ) -> bool:
        """Choose a contour by its name (as the drop-down shows it) or its stored value."""
        text = str(value).strip()
        chosen = next(
            (
                c
                for c in OFFERED_CONTOURS
                if text.casefold()
                in (c.value, contour_name(c).casefold(), CONTOUR_NAMES[c].casefold())
            ),
            None,
        )
        if chosen is None:
            names = ", ".join(contour_name(c) for c in OFFERED_CONTOURS)
            self.errorOccurred.emit(
                QCoreApplication.translate(
                    "AssignmentsModel", '"%1" is not a work contour; choose one of %2.'
                )
                .replace("%1", text[:40])
                .replace("%2", names)
            )
            return False
        if chosen == assignment.contour:
            return True
        self.document.set_fields(
            Assignment,
            assignment.id,
            QCoreApplication.translate("AssignmentsModel", "Change contour of %1 on %2")
            .replace("%1", resource.name if resource else "resource")
            .replace("%2", task.name if task else "task"),
            contour=chosen,
        )
        return True

    # -- keeping up with the document ------------------------------------------------------------
    def _on_changed(self, changes: list[Any]) -> None:
        if any(
            c.kind in (Assignment, Task, Resource) and c.action != "update" or c.kind is Assignment
            for c in changes
        ):
            self.beginResetModel()
            if (
                self.resource_id is not None
                and self.resource_id not in self.document.data.resources
            ):
                self.resource_id = None
            self._load()
            self.endResetModel()

    def _on_rescheduled(self) -> None:
        self._leveled = _leveled_tasks(self.document.data)
        self.emit_all_changed()
