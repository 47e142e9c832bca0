"""The resource usage grid: one row per resource, weeks across, each cell a small histogram bar
of the week's peak daily load against the resource's maximum units (a dashed line), red where
the resource is over-allocated. Under the selected resource its tasks show their hours per
week (MS Project's Resource Usage view). Paints only the visible cells; the names column
stays put when scrolling sideways.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from pmdesk.core.entities import ResourceType
from pmdesk.core.periods import period_starts
from pmdesk.core.translation import english_plural
from pmdesk.models.resources import ResourceSheetModel, format_hours, format_percent
from pmdesk.ui.workspaces.resources import usagecell
from pmdesk.ui.workspaces.resources.usagecell import NAME_WIDTH, WeekLoad, paint_week_cell
from pmdesk.ui.workspaces.resources.usagecost import UsageCosts, money_text, paint_cost
from pmdesk.ui.workspaces.resources.usagedays import ResourceDays, paint_time_off
from pmdesk.ui.workspaces.resources.usageheader import paint_header
from pmdesk.ui.workspaces.resources.usagetips import tooltip_text

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
        self._tops: list[int] = [0]  # y of each row's top, and the total height last
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
        self._offset = QPoint(0, 0)
        model.loadChanged.connect(self._mark_stale)
        model.modelReset.connect(self._mark_stale)
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
        self.ensure_current()
        return QSize(NAME_WIDTH + self.week_count * self.week_width,
                     self.header_height + self._tops[-1])

    def sizeHint(self) -> QSize:
        return QSize(900, self.header_height + self._tops[-1] + 20)

    def legend_swatches(self) -> list:
        """What the grid's colours mean, for the printed legend."""
        from pmdesk.printing.swatches import Swatch
        from pmdesk.ui.workspaces.resources import usagecell

        return [Swatch(self.tr("Load within max. units"), usagecell.BAR, usagecell.BAR_EDGE),
                Swatch(self.tr("Over-allocated (red figures)"), usagecell.OVER_BAR, usagecell.OVER_EDGE),
                Swatch(self.tr("Max. units"), None, usagecell.MAX_LINE, dashed=True)]

    def row_tops(self) -> list[int]:
        """The y of each row's top below the header (where a printed page may end)."""
        self.ensure_current()
        return list(self._tops)

    def _mark_stale(self) -> None:
        """The load changed: lay out again when next painted or asked (not while hidden)."""
        self._stale = True
        self._load_days = None
        self._cells = {}
        self.days.clear()
        self.costs.clear()
        if self.isVisible():
            self.viewport().update()

    def ensure_current(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Recompute the span of weeks from the schedule and the load, then repaint."""
        self._stale = False
        schedule = self.model.document.schedule
        if self._load_days is None:  # the load's first and last days, once per schedule
            self._load_days = [d for a in self.model.allocations.values()
                               for d in (a.first_and_last_day() or ())]
        days = self._load_days
        starts = [d for d in (min(days, default=None),
                              schedule.project_start.date() if schedule and
                              schedule.project_start else None) if d is not None]
        finishes = [d for d in (max(days, default=None),
                                schedule.project_finish.date() if schedule and
                                schedule.project_finish else None) if d is not None]
        first = min(starts, default=self.model.document.data.plan.start.date())
        last = max(finishes, default=first)
        self.starts = period_starts(self.period, first, last)  # a free period after the end
        self.first_week = self.starts[0]
        self.week_count = len(self.starts) - 1
        self._cells = {}
        self._layout_rows()

    def _layout_rows(self) -> None:
        rows: list[tuple[int, int | None]] = []
        for rid in self.model.ids:
            rows.append((rid, None))
            if rid == self.selected_id and self.show_tasks:
                allocation = self.model.allocations.get(rid)
                if allocation is not None:
                    by_start = sorted(allocation.by_task.items(),
                                      key=lambda item: (min(item[1], default=date.max), item[0]))
                    rows.extend((rid, tid) for tid, _days in by_start)
        self.rows = rows
        tops = [0]
        for _rid, tid in rows:
            tops.append(tops[-1] + (self.row_height if tid is None else self.task_row_height))
        self._tops = tops
        self._cells = {}
        self._update_scrollbars()
        self.viewport().update()

    def _update_scrollbars(self) -> None:
        view = self.viewport().size()
        width = self.week_count * self.week_width
        self.horizontalScrollBar().setRange(0, max(0, width - (view.width() - NAME_WIDTH)))
        self.horizontalScrollBar().setPageStep(max(1, view.width() - NAME_WIDTH))
        self.horizontalScrollBar().setSingleStep(self.week_width)
        height = self._tops[-1]
        self.verticalScrollBar().setRange(0, max(0, height - (view.height() - self.header_height)))
        self.verticalScrollBar().setPageStep(max(1, view.height() - self.header_height))
        self.verticalScrollBar().setSingleStep(self.task_row_height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()

    def changeEvent(self, event) -> None:
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

    def _money(self, amount: float) -> str:
        return money_text(amount, self.model.document.data.plan.currency, self.week_width - 6,
                          QFontMetrics(self._paint_font()))

    def set_week_width(self, width: int) -> None:
        self.week_width = max(MIN_WEEK, min(MAX_WEEK, int(width)))
        self._update_scrollbars()
        self.viewport().update()

    def set_selected(self, resource_id: int | None) -> None:
        if resource_id == self.selected_id:
            return
        self.selected_id = resource_id
        if self._stale:
            self.refresh()
        else:
            self._layout_rows()
        row = self.rows.index((resource_id, None)) if (resource_id, None) in self.rows else -1
        if row >= 0:  # keep the selected resource and its tasks in sight
            top, bottom = self._tops[row], self._tops[row + 1]
            end = row + 1
            while end < len(self.rows) and self.rows[end][1] is not None:
                end += 1
            bottom = self._tops[end]
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
            allocation = self.model.allocations.get(resource_id)
            self._cells[key] = WeekLoad(allocation, self.week_start(week),
                                        self.period_days(week)) \
                if allocation is not None else None
        return self._cells[key]

    def nonworking_days(self, resource_id: int, week_start: date) -> list[int]:
        """Days of the column's week (0 = Monday) the resource does not work and the plan
        does; for a day column, [0] when that day is one; none for months and quarters."""
        if self.period == "week":
            return self.days.time_off(resource_id, week_start)
        if self.period == "day":
            monday = week_start - timedelta(days=week_start.weekday())
            return [0] if week_start.weekday() in self.days.time_off(resource_id, monday) \
                else []
        return []

    def task_minutes(self, resource_id: int, task_id: int, week: int) -> float:
        self.ensure_current()
        allocation = self.model.allocations.get(resource_id)
        days = allocation.by_task.get(task_id, {}) if allocation is not None else {}
        start = self.week_start(week)
        return sum(days.get(start + timedelta(days=offset), 0.0)
                   for offset in range(self.period_days(week)))

    def _row_at(self, y: int) -> int:
        """Index in ``rows`` of the row at content height y, or -1."""
        if y < 0 or y >= self._tops[-1]:
            return -1
        return bisect_right(self._tops, y) - 1

    def _hit(self, pos: QPoint) -> tuple[int, int]:
        """(row index, week) under a viewport position; -1 where there is none."""
        self.ensure_current()
        y = pos.y() - self.header_height
        row = self._row_at(y + self.verticalScrollBar().value()) if y >= 0 else -1
        x = pos.x() - NAME_WIDTH
        week = (x + self.horizontalScrollBar().value()) // self.week_width if x >= 0 else -1
        if week >= self.week_count:
            week = -1
        return row, week

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
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
        self._offset = offset
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        base = self._paint_font()
        small = QFont(base)
        small.setPixelSize(max(7, round(base.pixelSize() * 0.85)))
        bold_small = QFont(small)
        bold_small.setBold(True)
        hh, ww = self.header_height, self.week_width
        xoff, yoff = offset.x(), offset.y()
        width, height = area.width(), area.height()
        first_week = max(0, xoff // ww)
        last_week = min(self.week_count - 1, (xoff + width - NAME_WIDTH) // ww + 1)
        first_row = max(0, self._row_at(yoff))
        last_row = self._row_at(yoff + height - hh)
        last_row = len(self.rows) - 1 if last_row < 0 else last_row
        data = self.model.document.data
        # Cells first, then the names column over them (it stays in place when scrolling).
        painter.save()
        painter.setClipRect(QRect(NAME_WIDTH, hh, width - NAME_WIDTH, height - hh))
        for row in range(first_row, last_row + 1):
            rid, tid = self.rows[row]
            top = hh + self._tops[row] - yoff
            rh = self._tops[row + 1] - self._tops[row]
            if rid == self.selected_id:
                painter.fillRect(QRect(NAME_WIDTH, top, width, rh), usagecell.SELECTED)
            resource = data.resources.get(rid)
            max_units = resource.max_units if resource is not None else 1.0
            if tid is None:
                scale = self._row_scale(rid, max_units)
                for week in range(first_week, last_week + 1):
                    left = NAME_WIDTH + week * ww - xoff
                    paint_time_off(painter, QRect(left, top, ww, rh),
                                   self.nonworking_days(rid, self.week_start(week)),
                                   7 if self.period == "week" else 1)
                    load = self.cell(rid, week)
                    if self.details == "cost":
                        amount = self.period_cost(rid, None, week)
                        if amount:
                            over = load is not None and load.over
                            paint_cost(painter, QRect(left, top, ww, rh), self._money(amount),
                                       over, bold_small if over else small)
                    elif load is not None and load.work > 0:
                        paint_week_cell(painter, QRect(left, top, ww, rh), load, max_units,
                                         scale, small, bold_small)
            else:
                painter.setFont(small)
                for week in range(first_week, last_week + 1):
                    if self.details == "cost":
                        amount = self.period_cost(rid, tid, week)
                        if amount:
                            load = self.cell(rid, week)
                            paint_cost(painter, QRect(NAME_WIDTH + week * ww - xoff, top, ww, rh),
                                       self._money(amount), load is not None and load.over,
                                       small)
                        continue
                    minutes = self.task_minutes(rid, tid, week)
                    if minutes > 0:
                        left = NAME_WIDTH + week * ww - xoff
                        over = self.cell(rid, week).over
                        painter.setPen(usagecell.OVER_TEXT if over else usagecell.TEXT)
                        painter.drawText(QRect(left, top, ww - 5, rh),
                                         Qt.AlignmentFlag.AlignRight
                                         | Qt.AlignmentFlag.AlignVCenter,
                                         f"{minutes / 60:.3g}h")
            painter.setPen(usagecell.GRID)
            painter.drawLine(NAME_WIDTH, top + rh - 1, width, top + rh - 1)
        painter.setPen(usagecell.GRID)
        for week in range(first_week, last_week + 2):
            x = NAME_WIDTH + week * ww - xoff
            painter.drawLine(x, hh, x, height)
        painter.restore()
        self._paint_names(painter, area, first_row, last_row, small)
        self._paint_header(painter, area, first_week, last_week, small)

    def _paint_names(self, painter: QPainter, area: QRect, first_row: int, last_row: int,
                     small: QFont) -> None:
        hh, yoff = self.header_height, self._offset.y()
        data = self.model.document.data
        painter.save()
        painter.setClipRect(QRect(0, hh, NAME_WIDTH, area.height() - hh))
        painter.fillRect(QRect(0, hh, NAME_WIDTH, area.height() - hh), self.palette().base())
        for row in range(first_row, last_row + 1):
            rid, tid = self.rows[row]
            top = hh + self._tops[row] - yoff
            rh = self._tops[row + 1] - self._tops[row]
            resource = data.resources.get(rid)
            if resource is None:
                continue
            if rid == self.selected_id:
                painter.fillRect(QRect(0, top, NAME_WIDTH, rh), usagecell.SELECTED)
            if tid is not None:
                task = data.tasks.get(tid)
                painter.setFont(small)
                painter.setPen(usagecell.TEXT)
                rect = QRect(26, top, NAME_WIDTH - 32, rh)
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 QFontMetrics(small).elidedText(
                                     task.name if task else "", Qt.TextElideMode.ElideRight,
                                     rect.width()))
                painter.setPen(usagecell.GRID)
                painter.drawLine(26, top + rh - 1, NAME_WIDTH, top + rh - 1)
                continue
            over = self.model.is_overallocated(rid)
            font = self._paint_font()
            font.setBold(over)
            painter.setFont(font)
            painter.setPen(usagecell.OVER_TEXT if over else usagecell.TEXT)
            marker = ("\u25be " if rid == self.selected_id else "\u25b8 ") \
                if self.show_tasks else ""
            name_rect = QRect(10, top + 2, NAME_WIDTH - 16, rh // 2)
            painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             QFontMetrics(font).elidedText(marker + resource.name,
                                                           Qt.TextElideMode.ElideRight,
                                                           name_rect.width()))
            painter.setFont(small)
            painter.setPen(usagecell.MUTED)
            work, _cost, count = self.model.totals(rid)
            if resource.type == ResourceType.WORK:
                detail = english_plural(self.tr("max %1 · %2 · %n task(s)", "", count), count)
                detail = detail.replace("%1", format_percent(resource.max_units)).replace(
                    "%2", format_hours(work))
            else:
                detail = (self.tr("material resource") if resource.type == ResourceType.MATERIAL
                          else self.tr("cost resource"))
            indent = 24 if self.show_tasks else 10
            painter.drawText(QRect(indent, top + rh // 2 + 2, NAME_WIDTH - indent - 6, rh // 2 - 4),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, detail)
            painter.setPen(usagecell.GRID)
            painter.drawLine(0, top + rh - 1, NAME_WIDTH, top + rh - 1)
        painter.restore()
        painter.setPen(usagecell.HEADER_LINE)
        painter.drawLine(NAME_WIDTH - 1, 0, NAME_WIDTH - 1, area.height())

    def _paint_header(self, painter: QPainter, area: QRect, first_week: int, last_week: int,
                      small: QFont) -> None:
        words = {"day": self.tr("day"), "week": self.tr("week"), "month": self.tr("month"),
                 "quarter": self.tr("quarter")}
        subtitle = self.tr("peak units per %1").replace("%1", words[self.period]) \
            if self.details == "work" else \
            self.tr("cost per %1").replace("%1", words[self.period])
        paint_header(self, painter, area, first_week, last_week, small, subtitle)

    def _paint_font(self) -> QFont:
        """The widget's font sized in pixels: the same layout on screen and on a printer
        (whose painter is scaled from screen pixels, see printing.py)."""
        font = QFont(self.font())
        font.setPixelSize(QFontInfo(self.font()).pixelSize())
        return font

    def _row_scale(self, resource_id: int, max_units: float) -> float:
        """The units the full cell height stands for in this row: room for the max. line and
        the highest peak of the row (at least 150 % of max. units so the line sits low)."""
        top = max_units * 1.5
        allocation = self.model.allocations.get(resource_id)
        if allocation is not None and allocation.pieces:
            top = max(top, allocation.peak_units() * 1.05)
        return top or 1.0

    # -- mouse -------------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        row, _week = self._hit(event.position().toPoint())
        if row >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.resourceClicked.emit(self.rows[row][0])
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        row, _week = self._hit(event.position().toPoint())
        if row >= 0 and self.rows[row][1] is not None:
            self.taskActivated.emit(self.rows[row][1])
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
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

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y())
            event.accept()
            return
        super().wheelEvent(event)
