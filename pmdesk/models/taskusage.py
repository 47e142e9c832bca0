"""TaskUsageModel: MS Project's Task Usage view as a table model. Rows are the tasks in WBS
order, each followed by its assignments; columns are the name, the total, then one column per
day, week, month or quarter (following the zoom, as the Resource Usage grid does). The
"details" switch shows work or cost, both from ``timephased.daily_costs`` -- the one rule the
P&L and the Resource Usage grid use too. An assignment's cell is over-allocated when its
resource is over-allocated (``allocation.over_peaks``) on a day of the period on which the
assignment has work: MS Project marks those assignments red in the Task Usage view.

Everything is computed lazily: the daily figures once per schedule, each row's per-period sums
when a cell of that row is first painted, so opening a 10,000-task plan by day costs only
the visible rows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from pmdesk.core.durationtext import hours_text
from pmdesk.core.entities import Assignment, Calendar, Resource, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.core.periods import period_starts
from pmdesk.core.scheduling.allocation import ResourceAllocation
from pmdesk.core.scheduling.timephased import DailyCosts, daily_costs
from pmdesk.core.scheduling.wbs import build_wbs
from pmdesk.models.localdates import format_moment
from pmdesk.models.periodlabels import describe
from pmdesk.models.resourcetext import format_money
from pmdesk.theme import brush

if TYPE_CHECKING:
    from pmdesk.document import Document

OVER_ROLE = Qt.ItemDataRole.UserRole + 1  # True where the cell is over-allocated
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the cell's number: minutes of work, or money
FIXED_COLUMNS = 2  # the name and the total; the periods follow
DETAILS = ("work", "cost")


class DaySeries:
    """Amounts per day (a row of a usage view), summed over any period by two bisections."""

    __slots__ = ("ordinals", "sums")

    def __init__(self, days: dict[date, float]) -> None:
        ordered = sorted(days.items())
        self.ordinals = [d.toordinal() for d, _v in ordered]
        sums, running = [0.0], 0.0
        for _d, value in ordered:
            running += value
            sums.append(running)
        self.sums = sums

    def between(self, first: date, end: date) -> float:
        """The amount from ``first`` up to (not including) ``end``."""
        a = bisect_left(self.ordinals, first.toordinal())
        b = bisect_left(self.ordinals, end.toordinal())
        return self.sums[b] - self.sums[a]

    @property
    def total(self) -> float:
        return self.sums[-1]


class TaskUsageModel(QAbstractTableModel):
    """Tasks and their assignments down, periods across; ``details`` is "work" or "cost"."""

    def __init__(
        self,
        document: Document,
        allocation_of: Callable[[int], ResourceAllocation | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``allocation_of``: resource id -> its ResourceAllocation (the resource sheet
        model's, so both views share one computation, made only for the resources whose
        assignments show); None: no over-allocation marks."""
        super().__init__(parent)
        self.document = document
        self._allocation_of = allocation_of
        self.details = "work"
        self.period = "week"
        self._starts: list[date] = []
        self._rows: list[tuple[int, int | None]] = []  # (task id, assignment id or None)
        self._depth: dict[int, int] = {}
        self._children: dict[int | None, list[int]] = {}
        self._assignments_of: dict[int, list[int]] = {}
        self._daily: DailyCosts | None = None
        self._series: dict[tuple[str, int, int | None], DaySeries] = {}
        self._over_days: dict[int, set[int]] = {}  # assignment -> over-allocated day ordinals
        self._bold = QFont()
        self._bold.setBold(True)
        self._loaded = False  # rows are laid out when first asked for (the tab may stay hidden)
        document.changed.connect(self._on_changed)
        document.rescheduled.connect(self._on_rescheduled)

    # -- structure -------------------------------------------------------------------------
    def _ensure(self) -> None:
        if not self._loaded:
            self._load()

    def _load(self) -> None:
        """Rows (WBS order, each task then its assignments in resource order) and columns."""
        self._loaded = True
        data = self.document.data
        try:
            tree = build_wbs(data.tasks)
            order, self._children = tree.order, tree.children
        except PmdeskError:  # a broken tree: the plan shows its own error; list by id
            order, self._children = sorted(data.tasks), {None: sorted(data.tasks)}
        by_task: dict[int, list[Assignment]] = {}
        for assignment in data.assignments.values():
            if assignment.resource_id in data.resources:
                by_task.setdefault(assignment.task_id, []).append(assignment)
        depth: dict[int, int] = {}
        rows: list[tuple[int, int | None]] = []
        for tid in order:
            parent = data.tasks[tid].parent_id
            depth[tid] = depth.get(parent, -1) + 1 if parent is not None else 0
            rows.append((tid, None))
            for assignment in sorted(by_task.get(tid, ()), key=lambda a: (a.resource_id, a.id)):
                rows.append((tid, assignment.id))
        self._rows, self._depth = rows, depth
        self._assignments_of = {tid: [a.id for a in found] for tid, found in by_task.items()}
        self._clear_figures()
        self._starts = self._period_starts()

    @property
    def rows(self) -> list[tuple[int, int | None]]:
        """(task id, assignment id or None) of each row."""
        self._ensure()
        return self._rows

    @property
    def starts(self) -> list[date]:
        """The first day of each period column, and the day after the last."""
        self._ensure()
        return self._starts

    def _period_starts(self) -> list[date]:
        schedule = self.document.schedule
        plan_start = self.document.data.plan.start.date()
        if schedule is None or not schedule.tasks:
            return period_starts(self.period, plan_start, plan_start)
        first = min(s.start for s in schedule.tasks.values()).date()
        last = max(s.finish for s in schedule.tasks.values()).date()
        return period_starts(self.period, min(first, plan_start), last)

    def _clear_figures(self) -> None:
        self._daily = None
        self._series = {}
        self._over_days = {}

    def set_period(self, period: str) -> None:
        """Show ``period`` columns: day, week, month or quarter."""
        if period == self.period:
            return
        if not self._loaded:
            self.period = period  # the columns are laid out on first use
            return
        self.beginResetModel()
        self.period = period
        self._starts = self._period_starts()
        self.endResetModel()

    def set_details(self, details: str) -> None:
        """Show "work" or "cost" (MS Project's Format > Details)."""
        if details not in DETAILS or details == self.details:
            return
        self.details = details
        self.dataChanged.emit(
            self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, 1)

    @property
    def period_count(self) -> int:
        return max(0, len(self.starts) - 1)

    def period_of_column(self, column: int) -> tuple[date, date] | None:
        """(first day, day after the last) of a period column; None for the fixed ones."""
        k = column - FIXED_COLUMNS
        if 0 <= k < self.period_count:
            return self.starts[k], self.starts[k + 1]
        return None

    # -- figures ---------------------------------------------------------------------------
    def daily(self) -> DailyCosts:
        if self._daily is None:
            try:
                self._daily = daily_costs(self.document.data, self.document.schedule)
            except PmdeskError:  # a calendar the engine refused: show nothing rather than fail
                self._daily = DailyCosts()
        return self._daily

    def series(self, task_id: int, assignment_id: int | None) -> DaySeries:
        """The row's daily amounts of the current details; a summary task sums its children."""
        key = (self.details, task_id, assignment_id)
        found = self._series.get(key)
        if found is not None:
            return found
        daily = self.daily()
        source = daily.work if self.details == "work" else daily.cost
        days: dict[date, float] = {}
        if assignment_id is not None:
            days = source.get(assignment_id, {})
        else:
            stack = [task_id]
            while stack:  # the task and every task under it
                tid = stack.pop()
                stack.extend(self._children.get(tid, ()))
                parts = [source.get(a, {}) for a in self._assignments_of.get(tid, ())]
                if self.details == "cost":
                    parts.append(daily.fixed.get(tid, {}))
                for part in parts:
                    for day, value in part.items():
                        days[day] = days.get(day, 0.0) + value
        found = self._series[key] = DaySeries(days)
        return found

    def over_days(self, assignment_id: int) -> set[int]:
        """Ordinals of the days the assignment works while its resource is over-allocated."""
        found = self._over_days.get(assignment_id)
        if found is None:
            found = set()
            assignment = self.document.data.assignments.get(assignment_id)
            allocation = (
                self._allocation_of(assignment.resource_id)
                if assignment is not None and self._allocation_of is not None
                else None
            )
            if allocation is not None:
                over = allocation.over_peaks()
                worked = self.daily().work.get(assignment_id, {})
                found = {d.toordinal() for d in worked if d in over}
            self._over_days[assignment_id] = found
        return found

    def is_over(self, row: int, column: int) -> bool:
        tid, aid = self.rows[row]
        if aid is None:
            return False
        days = self.over_days(aid)
        if not days:
            return False
        span = self.period_of_column(column)
        if span is None:
            return True  # the name and total: over-allocated somewhere
        first, end = span[0].toordinal(), span[1].toordinal()
        return any(first <= d < end for d in days)

    def value(self, row: int, column: int) -> float | None:
        """Minutes of work or money in a cell; None for the name column."""
        if column == 0:
            return None
        tid, aid = self.rows[row]
        series = self.series(tid, aid)
        span = self.period_of_column(column)
        return series.total if span is None else series.between(*span)

    def format_value(self, amount: float) -> str:
        if self.details == "cost":
            return format_money(amount, self.document.data.plan.currency)
        return hours_text(amount)

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else FIXED_COLUMNS + self.period_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section < 0 or section >= self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("TaskUsageModel", "Task Name")
            if section == 1:
                if self.details == "work":
                    return QCoreApplication.translate("TaskUsageModel", "Work")
                return QCoreApplication.translate("TaskUsageModel", "Cost")
            start = self.starts[section - FIXED_COLUMNS]
            return _header_label(self.period, start)
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIXED_COLUMNS:
            return describe(self.period, self.starts[section - FIXED_COLUMNS])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.rows)
            or not 0 <= index.column() < self.columnCount()
        ):
            return None
        row, column = index.row(), index.column()
        tid, aid = self.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._name(tid, aid)
            amount = self.value(row, column)
            return self.format_value(amount) if amount else ""
        if role == VALUE_ROLE:
            return self.value(row, column)
        if role == OVER_ROLE:
            return self.is_over(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            # read at paint time: the colour follows a light or dark palette
            return brush("negative") if self.is_over(row, column) else None
        if role == Qt.ItemDataRole.FontRole:
            if aid is None and tid in self._children:
                return self._bold  # a summary task
            return self._bold if self.is_over(row, column) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 0:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and aid is not None and self.is_over(row, column):
            return QCoreApplication.translate(
                "TaskUsageModel", "The resource is over-allocated while this assignment works."
            )
        return None

    def _name(self, task_id: int, assignment_id: int | None) -> str:
        data = self.document.data
        task = data.tasks.get(task_id)
        indent = "    " * self._depth.get(task_id, 0)
        if assignment_id is None:
            return indent + (task.name if task else "")
        assignment = data.assignments.get(assignment_id)
        resource = data.resources.get(assignment.resource_id) if assignment else None
        return indent + "    " + (resource.name if resource else "")

    # -- document ----------------------------------------------------------------------------
    def _on_changed(self, changes: list[Any]) -> None:
        if not self._loaded:
            return  # nothing shown yet: the first use lays out the current plan
        if any(
            c.kind in (Task, Assignment, Resource)
            and c.action != "update"
            or c.kind in (Task, Assignment)
            and c.old
            and {"parent_id", "position", "task_id", "resource_id"} & set(c.old)
            for c in changes
        ):
            self.beginResetModel()
            self._load()
            self.endResetModel()
        elif any(c.kind in (Task, Resource, Calendar, Assignment) for c in changes) and self.rows:
            self._clear_figures()
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def _on_rescheduled(self) -> None:
        if not self._loaded:
            return
        starts = self._period_starts()
        if starts != self._starts:
            self.beginResetModel()
            self._clear_figures()
            self._starts = starts
            self.endResetModel()
            return
        self._clear_figures()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )


def _header_label(period: str, start: date) -> str:
    """The column's title in the interface language ("Sen 05 Okt" in Indonesian)."""
    if period == "day":
        return format_moment(start, "ddd dd MMM")
    if period == "week":
        return format_moment(start, "dd MMM yy")
    if period == "month":
        return format_moment(start, "MMM yyyy")
    return describe(period, start)  # "Q4 2026" / "K4 2026"
