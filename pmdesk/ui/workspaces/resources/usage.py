"""The resource usage grid: one row per resource, weeks across, each cell a small histogram bar
of the week's peak daily load against the resource's maximum units (a dashed line), red where
the resource is over-allocated. Under the selected resource its tasks show their hours per
week (MS Project's Resource Usage view). Paints only the visible cells; the names column
stays put when scrolling sideways.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontInfo,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from pmdesk.core.periods import period_starts
from pmdesk.models.resources import ResourceSheetModel
from pmdesk.ui.workspaces.resources import usagecell
from pmdesk.ui.workspaces.resources.usagecell import NAME_WIDTH, WeekLoad
from pmdesk.ui.workspaces.resources.usagecost import UsageCosts, money_text
from pmdesk.ui.workspaces.resources.usagedays import ResourceDays
from pmdesk.ui.workspaces.resources.usagepaint import paint_grid
from pmdesk.ui.workspaces.resources.usagetips import tooltip_text

if TYPE_CHECKING:
    from pmdesk.printing.swatches import Swatch

WEEK_WIDTH = 46
MIN_WEEK, MAX_WEEK = 26, 120


class UsageGrid(QAbstractScrollArea):
    """Weeks across, resources down (in the sheet's order); click a row to select it."""

    resourceClicked = Signal(int)
    taskActivated = Signal(int)
    periodChanged = Signal()  # the columns changed (period or width)

    def __init__(self, model: ResourceSheetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.week_width = WEEK_WIDTH
        self.selected_id: int | None = None
        self.show_tasks = False  # the selected resource's tasks as rows under it
        self.first_week = date.today()
        self.week_count = 0
        self.period = "week"  # the columns: day, week, month or quarter (core/periods.py)
        self.starts: list[date] = [self.first_week]
        self.rows: list[tuple[int, int | None]] = []  # (resource id, task id or None)
        self.tops: list[int] = [0]  # y of each row's top, and the total height last
        self._cells: dict[tuple[int, int], WeekLoad | None] = {}
        self.days = ResourceDays(model.document)  # vacations, part-time days: shaded
        self.details = "work"  # or "cost": MS Project's Format > Details
        self.costs = UsageCosts(model.document)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setAutoFillBackground(True)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self._stale = False
        self._load_days: list[date] | None = None
        self.offset = QPoint(0, 0)  # the scroll offset of the last paint
        model.loadChanged.connect(self._mark_stale)
        model.modelReset.connect(self._mark_stale)
        model.loadsComplete.connect(self._on_loads_complete)
        self.refresh()

    # -- geometry --------------------------------------------------------------------------
    @property
    def row_height(self) -> int:
        """Height of a resource row (its histogram); task rows are one line high."""
        return max(42, self.fontMetrics().height() * 2 + 14)

    @property
    def task_row_height(self) -> int:
        return self.fontMetrics().height() + 8

    @property
    def header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 10

    def content_size(self) -> QSize:
        """The whole grid: every week and every row, with the names and the header."""
        self.ensure_current(exact=True)
        return QSize(
            NAME_WIDTH + self.week_count * self.week_width, self.header_height + self.tops[-1]
        )

    def sizeHint(self) -> QSize:
        return QSize(900, self.header_height + self.tops[-1] + 20)

    def legend_swatches(self) -> list[Swatch]:
        """What the grid's colours mean, for the printed legend."""
        from pmdesk.printing.swatches import Swatch

        return [
            Swatch(self.tr("Load within max. units"), usagecell.BAR, usagecell.BAR_EDGE),
            Swatch(
                self.tr("Over-allocated (red figures)"), usagecell.OVER_BAR, usagecell.OVER_EDGE
            ),
            Swatch(self.tr("Max. units"), None, usagecell.MAX_LINE, dashed=True),
        ]

    def row_tops(self) -> list[int]:
        """The y of each row's top below the header (where a printed page may end)."""
        self.ensure_current(exact=True)
        return list(self.tops)

    def _mark_stale(self) -> None:
        """The load changed: lay out again when next painted or asked (not while hidden)."""
        self._stale = True
        self._load_days = None
        self._cells = {}
        self.days.clear()
        self.costs.clear()
        if self.isVisible():
            self.viewport().update()

    def ensure_current(self, exact: bool = False) -> None:
        """Lay out again if the load changed; ``exact``: with every resource's load known
        (what is printed), not only the loads of the rows painted so far."""
        if exact and self._load_days is None:
            self.model.loads.all()
            self._stale = True
        if self._stale:
            self.refresh()

    def _on_loads_complete(self) -> None:
        """Every load is known now: the columns span them all (a task scheduled from its
        assignments may put work past the project's finish); laid out again only if that
        widens them."""
        if self._load_days is None and not self._stale:
            starts = self._period_starts()
            if starts != self.starts:
                self.refresh()
                self.periodChanged.emit()

    def _span_days(self) -> list[date]:
        """The first and last day of the loads known: all of them once each resource's
        load is worked out (kept until the schedule changes), before that the rows painted."""
        if self._load_days is not None:
            return self._load_days
        loads = self.model.loads
        days = [
            d
            for rid in self.model.ids
            if loads.is_computed(rid)
            for d in (self._first_and_last(rid) or ())
        ]
        if loads.loads_known():
            self._load_days = days
        return days

    def _first_and_last(self, resource_id: int) -> tuple[date, date] | None:
        allocation = self.model.allocation(resource_id)
        return allocation.first_and_last_day() if allocation is not None else None

    def _period_starts(self) -> list[date]:
        """The first day of each column, from the schedule's span and the load's."""
        schedule = self.model.document.schedule
        days = self._span_days()
        if schedule is not None and schedule.project_start:
            days = [*days, schedule.project_start.date()]
        if schedule is not None and schedule.project_finish:
            days = [*days, schedule.project_finish.date()]
        first = min(days, default=self.model.document.data.plan.start.date())
        last = max(days, default=first)
        return period_starts(self.period, first, last)  # a free period after the end

    def refresh(self) -> None:
        """Recompute the span of weeks from the schedule and the load, then repaint."""
        self._stale = False
        self.starts = self._period_starts()
        self.first_week = self.starts[0]
        self.week_count = len(self.starts) - 1
        self._cells = {}
        self._layout_rows()

    def _layout_rows(self) -> None:
        rows: list[tuple[int, int | None]] = []
        for rid in self.model.ids:
            rows.append((rid, None))
            if rid == self.selected_id and self.show_tasks:
                allocation = self.model.allocation(rid)
                if allocation is not None:
                    by_start = sorted(
                        allocation.by_task.items(),
                        key=lambda item: (min(item[1], default=date.max), item[0]),
                    )
                    rows.extend((rid, tid) for tid, _days in by_start)
        self.rows = rows
        tops = [0]
        for _rid, tid in rows:
            tops.append(tops[-1] + (self.row_height if tid is None else self.task_row_height))
        self.tops = tops
        self._cells = {}
        self._update_scrollbars()
        self.viewport().update()

    def _update_scrollbars(self) -> None:
        view = self.viewport().size()
        width = self.week_count * self.week_width
        self.horizontalScrollBar().setRange(0, max(0, width - (view.width() - NAME_WIDTH)))
        self.horizontalScrollBar().setPageStep(max(1, view.width() - NAME_WIDTH))
        self.horizontalScrollBar().setSingleStep(self.week_width)
        height = self.tops[-1]
        self.verticalScrollBar().setRange(0, max(0, height - (view.height() - self.header_height)))
        self.verticalScrollBar().setPageStep(max(1, view.height() - self.header_height))
        self.verticalScrollBar().setSingleStep(self.task_row_height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._layout_rows()

    def set_show_tasks(self, show: bool) -> None:
        self.show_tasks = bool(show)
        self.refresh()

    def set_details(self, details: str) -> None:
        """Show the load ("work": peak units and bars) or the cost of each period ("cost")."""
        if details in ("work", "cost") and details != self.details:
            self.details = details
            self.viewport().update()

    def period_cost(self, resource_id: int, task_id: int | None, week: int) -> float:
        """The cost of a resource (or of its assignment to a task) in column ``week``."""
        self.ensure_current()
        first = self.week_start(week)
        end = first + timedelta(days=self.period_days(week))
        if task_id is None:
            return self.costs.resource(resource_id, first, end)
        return self.costs.task(resource_id, task_id, first, end)

    def money_text(self, amount: float) -> str:
        return money_text(
            amount,
            self.model.document.data.plan.currency,
            self.week_width - 6,
            QFontMetrics(self.paint_font()),
        )

    def set_selected(self, resource_id: int | None) -> None:
        if resource_id == self.selected_id:
            return
        self.selected_id = resource_id
        if self._stale:
            self.refresh()
        else:
            self._layout_rows()
        key = (resource_id, None)
        row = self.rows.index(key) if resource_id is not None and key in self.rows else -1
        if row >= 0:  # keep the selected resource and its tasks in sight
            top, bottom = self.tops[row], self.tops[row + 1]
            end = row + 1
            while end < len(self.rows) and self.rows[end][1] is not None:
                end += 1
            bottom = self.tops[end]
            bar = self.verticalScrollBar()
            visible = self.viewport().height() - self.header_height
            if top < bar.value() or bottom - top > visible:
                bar.setValue(top)
            elif bottom > bar.value() + visible:
                bar.setValue(bottom - visible)

    def week_start(self, index: int) -> date:
        """The first day of column ``index`` (a day, week, month or quarter: ``period``)."""
        if 0 <= index < len(self.starts):
            return self.starts[index]
        return self.starts[-1]

    def period_days(self, index: int) -> int:
        if 0 <= index < len(self.starts) - 1:
            return (self.starts[index + 1] - self.starts[index]).days
        return 7

    def set_period(self, period: str, width: int) -> None:
        """Show ``period`` columns (day, week, month, quarter) ``width`` pixels wide."""
        self.week_width = max(MIN_WEEK, min(MAX_WEEK, int(width)))
        if period != self.period:
            self.period = period
            self.refresh()
        else:
            self._update_scrollbars()
            self.viewport().update()
        self.periodChanged.emit()

    def cell(self, resource_id: int, week: int) -> WeekLoad | None:
        self.ensure_current()
        key = (resource_id, week)
        if key not in self._cells:
            allocation = self.model.allocation(resource_id)
            self._cells[key] = (
                WeekLoad(allocation, self.week_start(week), self.period_days(week))
                if allocation is not None
                else None
            )
        return self._cells[key]

    def nonworking_days(self, resource_id: int, week_start: date) -> list[int]:
        """Days of the column's week (0 = Monday) the resource does not work and the plan
        does; for a day column, [0] when that day is one; none for months and quarters."""
        if self.period == "week":
            return self.days.time_off(resource_id, week_start)
        if self.period == "day":
            monday = week_start - timedelta(days=week_start.weekday())
            return [0] if week_start.weekday() in self.days.time_off(resource_id, monday) else []
        return []

    def task_minutes(self, resource_id: int, task_id: int, week: int) -> float:
        self.ensure_current()
        allocation = self.model.allocation(resource_id)
        days = allocation.by_task.get(task_id, {}) if allocation is not None else {}
        start = self.week_start(week)
        return sum(
            days.get(start + timedelta(days=offset), 0.0)
            for offset in range(self.period_days(week))
        )

    def row_at(self, y: int) -> int:
        """Index in ``rows`` of the row at content height y, or -1."""
        if y < 0 or y >= self.tops[-1]:
            return -1
        return bisect_right(self.tops, y) - 1

    def _hit(self, pos: QPoint) -> tuple[int, int]:
        """(row index, week) under a viewport position; -1 where there is none."""
        self.ensure_current()
        y = pos.y() - self.header_height
        row = self.row_at(y + self.verticalScrollBar().value()) if y >= 0 else -1
        x = pos.x() - NAME_WIDTH
        week = (x + self.horizontalScrollBar().value()) // self.week_width if x >= 0 else -1
        if week >= self.week_count:
            week = -1
        return row, week

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self.ensure_current()
        painter = QPainter(self.viewport())
        try:
            self.paint(painter, self.viewport().rect())
        finally:
            painter.end()

    def paint(self, painter: QPainter, area: QRect, offset: QPoint | None = None) -> None:
        """Paint the grid into ``area`` (origin at its top left) scrolled by ``offset`` (None:
        the scroll bars'). Screen and paper both come here (printing.py)."""
        if offset is None:
            offset = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        self.offset = offset  # the header reads it (usageheader.py)
        paint_grid(self, painter, area, offset)

    def paint_font(self) -> QFont:
        """The widget's font sized in pixels: the same layout on screen and on a printer
        (whose painter is scaled from screen pixels, see printing.py)."""
        font = QFont(self.font())
        font.setPixelSize(QFontInfo(self.font()).pixelSize())
        return font

    # -- mouse -------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        row, _week = self._hit(event.position().toPoint())
        if row >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.resourceClicked.emit(self.rows[row][0])
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        row, _week = self._hit(event.position().toPoint())
        if row >= 0 and self.rows[row][1] is not None:
            self.taskActivated.emit(self.rows[row][1])
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            row, week = self._hit(event.pos())
            text = self.tooltip_text(row, week)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_text(self, row: int, week: int) -> str:
        return tooltip_text(self, row, week)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y())
            event.accept()
            return
        super().wheelEvent(event)
