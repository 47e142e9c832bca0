"""Qt table models of the Risk view: the risk register (editable: each typed cell is one
``Document.set_fields``), and the simulation's dates and drivers (read-only).

Bad input in the register (a probability outside 0-100 %, a negative or non-finite impact,
an unknown task) emits ``errorOccurred`` with one sentence and changes nothing.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pmdesk.core.entities import Risk, RiskImpact
from pmdesk.core.errors import PmdeskError
from pmdesk.core.risk.estimates import risk_problem
from pmdesk.core.risk.report import Driver, RiskReport
from pmdesk.core.scheduling.calendar import default_calendar
from pmdesk.core.scheduling.wbs import build_wbs
from pmdesk.core.translation import QT_TRANSLATE_NOOP  # str -> str; lupdate reads it by name
from pmdesk.theme import colour

if TYPE_CHECKING:
    from pmdesk.core.plandata import Change, PlanData
    from pmdesk.document import Document

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Index = QModelIndex | QPersistentModelIndex


def _day(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d") if moment is not None else "—"


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"


def _number(text: str, what: str) -> float:
    cleaned = str(text).strip().rstrip("%").strip().replace(",", ".")
    for suffix in ("days", "day", "d"):
        if cleaned.endswith(suffix):
            cleaned = cleaned[: -len(suffix)].strip()
            break
    try:
        value = float(cleaned)
    except ValueError:
        raise PmdeskError(
            f"{str(text).strip()!r} is not a number; type the {what} as a number."
        ) from None
    if not math.isfinite(value):
        raise PmdeskError(f"The {what} must be a finite number.")
    return value


class _RiskTable(QAbstractTableModel):
    """What the Risk view's tables share: a flat list of rows under translated headers.

    ``HEADERS`` are marked with QT_TRANSLATE_NOOP in each subclass's own context (``CONTEXT``,
    its class name) and translated here, so lupdate finds them and each table keeps the
    context its other strings use."""

    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def _count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None


# How a risk's impact lands (Risk.impact_as), as the register shows and accepts it.
IMPACT_AS = {
    RiskImpact.LONGER: QT_TRANSLATE_NOOP("RiskRegisterModel", "Longer tasks"),
    RiskImpact.TASK_AFTER: QT_TRANSLATE_NOOP("RiskRegisterModel", "New task after"),
    RiskImpact.TASK_BEFORE: QT_TRANSLATE_NOOP("RiskRegisterModel", "New task before"),
}
MITIGATED = 5  # the check box column


class RiskRegisterModel(_RiskTable):
    """One row per risk: name, probability %, impact (working days), how the impact lands
    (longer tasks, or a new task after / before them), tasks (Gantt row numbers), mitigated
    (a check box)."""

    errorOccurred = Signal(str)
    CONTEXT = "RiskRegisterModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RiskRegisterModel", "Risk"),
        QT_TRANSLATE_NOOP("RiskRegisterModel", "Probability"),
        QT_TRANSLATE_NOOP("RiskRegisterModel", "Impact (days)"),
        QT_TRANSLATE_NOOP("RiskRegisterModel", "Impact as"),
        QT_TRANSLATE_NOOP("RiskRegisterModel", "Tasks"),
        QT_TRANSLATE_NOOP("RiskRegisterModel", "Mitigated"),
    )

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._ids: list[int] = []
        self._reload()
        document.changed.connect(self._on_changed)

    @property
    def data_(self) -> PlanData:
        return self.document.data

    def _reload(self) -> None:
        self._ids = sorted(self.data_.risks)

    def _on_changed(self, changes: list[Change]) -> None:
        # Only a risk added or removed changes the rows; an edit (of a risk, or of the tasks
        # whose names and numbers the rows show) repaints them. A reset would also close the
        # cell editor that is committing the edit.
        if any(c.kind is Risk and c.action != "update" for c in changes):
            self.beginResetModel()
            self._reload()
            self.endResetModel()
        elif self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, MITIGATED))

    def risk_at(self, row: int) -> Risk:
        return self.data_.risks[self._ids[row]]

    def _day_minutes(self) -> int:
        return default_calendar(self.data_).minutes_per_day

    def _numbers(self) -> tuple[dict[int, int], list[int]]:
        order = build_wbs(self.data_.tasks).order
        return {tid: i for i, tid in enumerate(order, 1)}, order

    # -- Qt model ------------------------------------------------------------------------
    def _count(self) -> int:
        return len(self._ids)

    def impact_choices(self) -> list[str]:
        """The "Impact as" values in the order an editor offers them (translated)."""
        return [QCoreApplication.translate(self.CONTEXT, text) for text in IMPACT_AS.values()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.document.read_only:
            return base
        if index.column() == MITIGATED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        risk = self.risk_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == MITIGATED:
            return Qt.CheckState.Checked if risk.mitigated else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return self.tr(
                "When the risk occurs: each chosen task takes the impact longer, or "
                "a new task of that many days runs after (or before) each of them "
                "and what follows (or precedes) it waits."
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            names = [self.data_.tasks[t].name for t in risk.task_ids if t in self.data_.tasks]
            return ", ".join(names) or None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == 0:
            return risk.name
        if column == 1:
            return f"{risk.probability:g} %"
        if column == 2:
            return f"{risk.impact / self._day_minutes():g}"
        if column == 3:
            return QCoreApplication.translate(self.CONTEXT, IMPACT_AS[RiskImpact(risk.impact_as)])
        if column == 4:  # typed as Gantt IDs, shown with the task names
            numbers, _order = self._numbers()
            found = [t for t in risk.task_ids if t in numbers]
            if role == Qt.ItemDataRole.EditRole:
                return ", ".join(str(numbers[t]) for t in found)
            return ", ".join(f"{numbers[t]} {self.data_.tasks[t].name}" for t in found)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.document.read_only:
            return False
        risk = self.risk_at(index.row())
        column = index.column()
        fields: dict[str, Any]
        try:
            if column == MITIGATED and role == Qt.ItemDataRole.CheckStateRole:
                checked = Qt.CheckState(value) == Qt.CheckState.Checked
                fields = {"mitigated": checked}
            elif role != Qt.ItemDataRole.EditRole:
                return False
            elif column == 0:
                name = str(value).strip()
                if not name:
                    raise PmdeskError(self.tr("A risk needs a name."))
                fields = {"name": name}
            elif column == 1:
                probability = _number(value, "probability")
                problem = risk_problem(probability, risk.impact)
                if problem:
                    raise PmdeskError(problem)
                fields = {"probability": probability}
            elif column == 2:
                days = _number(value, "impact")
                minutes = days * self._day_minutes()
                problem = risk_problem(risk.probability, minutes)
                if problem:
                    raise PmdeskError(problem)
                fields = {"impact": int(round(minutes))}
            elif column == 3:
                fields = {"impact_as": self._impact_as(str(value))}
            elif column == 4:
                fields = {"task_ids": self._task_ids(str(value))}
            else:
                return False
        except PmdeskError as exc:
            self.errorOccurred.emit(str(exc))
            return False
        self.document.set_fields(Risk, risk.id, self.tr("Edit risk"), **fields)
        return True

    def _impact_as(self, text: str) -> RiskImpact:
        """A typed or chosen "Impact as" (the words in either language, or the stored code)."""
        typed = text.strip().casefold()
        for kind, words in IMPACT_AS.items():
            names = {
                words.casefold(),
                QCoreApplication.translate(self.CONTEXT, words).casefold(),
                kind.value,
            }
            if typed in names:
                return kind
        choices = ", ".join(self.impact_choices())
        raise PmdeskError(self.tr("The impact lands as one of: %1.").replace("%1", choices))

    def _task_ids(self, text: str) -> list[int]:
        _numbers, order = self._numbers()
        found: list[int] = []
        for part in text.replace(";", ",").split(","):
            part = part.strip()
            if not part:
                continue
            if not part.isdigit() or not 1 <= int(part) <= len(order):
                raise PmdeskError(f"There is no task with ID {part}.")
            tid = order[int(part) - 1]
            if any(t.parent_id == tid for t in self.data_.tasks.values()):
                name = self.data_.tasks[tid].name
                raise PmdeskError(
                    f"A risk delays tasks, not the summary task {name!r}; "
                    "give the IDs of its subtasks."
                )
            if tid not in found:
                found.append(tid)
        return found

    # -- adding and removing ---------------------------------------------------------------
    def add_risk(self) -> int:
        data = self.data_
        risk = Risk(
            id=data.new_id(Risk),
            name=self.tr("New risk"),
            probability=50.0,
            impact=self._day_minutes(),
            task_ids=[],
        )
        self.document.add_entities([risk], self.tr("Add risk"))
        return self._ids.index(risk.id)

    def remove_rows_of(self, rows: list[int]) -> None:
        ids = [self._ids[r] for r in sorted(set(rows)) if 0 <= r < len(self._ids)]
        if ids:
            self.document.remove_entities([(Risk, rid) for rid in ids], self.tr("Remove risk"))


class RiskDatesModel(_RiskTable):
    """Milestones, deadline tasks and roadmap deliveries with their percentile dates."""

    CONTEXT = "RiskDatesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RiskDatesModel", "Task or roadmap item"),
        QT_TRANSLATE_NOOP("RiskDatesModel", "Planned"),
        "P10",
        "P50",
        "P80",
        "P95",
        QT_TRANSLATE_NOOP("RiskDatesModel", "Deadline / target"),
        QT_TRANSLATE_NOOP("RiskDatesModel", "On time"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # (the row's texts by column, its share on time: None without a deadline or target)
        self._rows: list[tuple[tuple[str, ...], float | None]] = []

    def set_report(self, report: RiskReport | None) -> None:
        self.beginResetModel()
        rows: list[tuple[tuple[str, ...], float | None]] = []
        if report is not None:
            p = report.finish.percentiles()
            rows.append(
                (
                    (
                        self.tr("Project finish"),
                        _day(report.planned_finish),
                        *map(_day, p.values()),
                        "—",
                        _share(report.on_time),
                    ),
                    report.on_time,
                )
            )
            for t in report.tasks:
                p = t.spread.percentiles()
                rows.append(
                    (
                        (
                            t.name,
                            _day(t.planned),
                            *map(_day, p.values()),
                            _day(t.deadline),
                            _share(t.on_time),
                        ),
                        t.on_time,
                    )
                )
            for i in report.items:
                p = i.spread.percentiles()
                target = i.target.isoformat() if i.target else "—"
                rows.append(
                    (
                        (
                            self.tr("Roadmap: %1").replace("%1", i.title),
                            _day(i.planned),
                            *map(_day, p.values()),
                            target,
                            _share(i.on_time),
                        ),
                        i.on_time,
                    )
                )
        self._rows = rows
        self.endResetModel()

    def _count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        texts, on_time = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()]
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)  # the project's own finish
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 7 and on_time is not None:
            return (
                colour("error_text")
                if on_time < 0.5
                else (colour("caution") if on_time < 0.8 else colour("positive"))
            )
        return None


class RiskDriversModel(_RiskTable):
    """Tasks whose duration varies, by their correlation with the project finish; then the
    tasks that do not vary but are critical in some iterations (criticality index)."""

    CONTEXT = "RiskDriversModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RiskDriversModel", "Task"),
        QT_TRANSLATE_NOOP("RiskDriversModel", "Correlation with finish"),
        QT_TRANSLATE_NOOP("RiskDriversModel", "Critical in"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Driver] = []

    def set_report(self, report: RiskReport | None, names: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        rows: list[Driver] = list(report.drivers) if report is not None else []
        if report is not None and names is not None:
            varying = {d.task_id for d in rows}
            fixed = [
                Driver(tid, names.get(tid, ""), None, share)
                for tid, share in report.criticality.items()
                if share > 0 and tid not in varying
            ]
            fixed.sort(key=lambda d: -d.criticality)
            rows += fixed
        self._rows = rows
        self.endResetModel()

    def _count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        driver = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            correlation = "—" if driver.correlation is None else f"{driver.correlation:+.2f}"
            return (driver.name, correlation, f"{driver.criticality * 100:.0f} %")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return _RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return driver.task_id
        return None
