"""GanttChartView: the chart beside the task table, painting only the rows on screen.

The view follows the table's vertical scroll bar (one row per table row, see RowController)
and has its own horizontal scroll bar over the time grid. Mouse presses on bars start
interaction objects (interactions.py); the view itself never writes to the plan.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from pmdesk.core.entities import Link
from pmdesk.gantt import chartdamage
from pmdesk.gantt.baritems import BarItems
from pmdesk.gantt.barpainter import BarItem, Zone
from pmdesk.gantt.chartrenderer import ChartRenderer
from pmdesk.gantt.linkspans import LinkSpans
from pmdesk.gantt.rowcontroller import RowController
from pmdesk.gantt.timegrid import TimeGrid
from pmdesk.gantt.timescaleheader import TimeScaleHeader
from pmdesk.theme import colour, screen_chart_colours

if TYPE_CHECKING:
    from pmdesk.core.plandata import Change
    from pmdesk.core.scheduling.calendar import WorkingCalendar
    from pmdesk.document import Document
    from pmdesk.gantt.interactions import Interaction

HEADER_HEIGHT = 44  # two timescale tiers; the table's header is given the same height
MARGIN_BEFORE = timedelta(days=7)
MARGIN_AFTER = timedelta(days=28)
MAX_PAINTED_PARTS = 12  # rectangles of a paint region painted one by one (see paintEvent)


class GanttChartView(QAbstractScrollArea):
    """Chart of the rows a RowController lists; emits what a person asked for, never edits."""

    errorOccurred = Signal(str)
    taskActivated = Signal(int)  # double-click on a bar
    linkActivated = Signal(int)  # double-click on a link line: the link id
    linkDrawn = Signal(int)  # a bar dragged onto another made this link
    zoomChanged = Signal(float)

    def __init__(
        self,
        document: Document,
        rows: RowController,
        items: BarItems,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.rows = rows
        self.items = items
        self.grid = TimeGrid(document.data.plan.start.replace(hour=0, minute=0), day_width=24)
        self.renderer = ChartRenderer()
        self.renderer.apply_colours(screen_chart_colours())  # light or dark, as the system
        self.tracking = False  # the Tracking Gantt: bars over baselines, the progress line
        self.selected: set[int] = set()
        self.highlighted: set[int] = set()  # a highlight filter's matches
        self.rubber_band: tuple[QPointF, QPointF] | None = None  # link drag, chart coordinates
        self.interaction: Interaction | None = None
        self.fixed_today: datetime | None = None  # tests and printouts may pin "today"
        self.last_painted_links = 0
        self.auto_fit = True  # fit the project to the width on every resize until a zoom
        self.header = TimeScaleHeader(self)
        self.setViewportMargins(0, HEADER_HEIGHT, 0, 0)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        # paint_background fills every pixel: saying so lets QWidget.scroll move the painted
        # pixels and paint only the rows that came in (Qt scrolls only opaque widgets that way).
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self._last_offset = rows.offset
        rows.view.verticalScrollBar().valueChanged.connect(self._on_vertical_scroll)
        rows.rowsChanged.connect(self._on_rows_changed)
        self.horizontalScrollBar().valueChanged.connect(self.header.update)
        document.rescheduled.connect(self._on_rescheduled)
        document.changed.connect(self._on_changed)
        self._compile_calendar()
        self._rebuild_link_spans()
        self._update_range()

    @property
    def today(self) -> datetime:
        """Where the today line is: now (read at each paint, so it moves past midnight)."""
        return self.fixed_today or datetime.now().replace(second=0, microsecond=0)

    @today.setter
    def today(self, moment: datetime | None) -> None:
        self.fixed_today = moment

    def _on_vertical_scroll(self, value: int) -> None:
        """Follow the table: move the painted pixels and paint only the rows that came in.

        Everything on the chart moves with the rows (the shading is vertical stripes), so a
        scroll by a few rows repaints a strip instead of the whole viewport.
        """
        dy = self._last_offset - value
        self._last_offset = value
        if dy and abs(dy) < self.viewport().height() and self.interaction is None:
            self.viewport().scroll(0, dy)
        else:
            self.viewport().update()

    # -- plan changes -------------------------------------------------------------------
    def _compile_calendar(self) -> None:
        from pmdesk.core.scheduling.calendar import WorkingCalendar, default_calendar

        data = self.document.data
        calendar = default_calendar(data)
        try:
            compiled = WorkingCalendar.compile(
                calendar, data.calendar_exceptions.values(), data.calendars
            )
        except Exception:  # an unusable calendar: the engine reports it; shade nothing
            self.calendar: WorkingCalendar | None = None
            self.renderer.set_working_intervals(None)
            return
        self.calendar = compiled
        self.renderer.set_working_intervals(compiled.day_intervals)

    def _on_changed(self, changes: list[Change]) -> None:
        from pmdesk.core.entities import Baseline, BaselineTask, Calendar, CalendarException, Plan

        kinds = {change.kind for change in changes}
        if kinds & {Calendar, CalendarException, Plan}:
            self._compile_calendar()
        if Link in kinds:
            self._rebuild_link_spans()
        if kinds & {Baseline, BaselineTask}:  # baseline bars; no reschedule follows
            self.items.invalidate()
            self.viewport().update()

    def _on_rescheduled(self) -> None:
        unchanged = self.items.model.unchanged_rows  # the model heard the reschedule first
        if unchanged is None or unchanged[0] is not self.document.schedule or self.tracking:
            # Any bar may have moved (or the progress line, which joins rows, may bend).
            self.items.invalidate()
            self._update_range()
            self.viewport().update()
            self.header.update()
            return
        kept = unchanged[1]
        painted = self.items.keep_only(kept)
        self._update_range()
        # Only the rows whose bars moved and the links that moved with them (chartdamage.py).
        viewport = self.viewport()
        first, last = self.rows.visible_range(viewport.height())
        chart = chartdamage.ChartState(
            self.renderer, self.grid, self.rows.rows, self.rows.row_of, self.rows.row_height
        )
        bands, rects = chartdamage.damage(
            chart,
            first,
            last,
            kept,
            painted,
            self.links_near(first, last),
            self.items.model.task_moved,
            self.items,
        )
        viewport.update(
            chartdamage.region(
                bands,
                rects,
                self.rows.row_height,
                self.horizontalScrollBar().value(),
                self.rows.offset,
                viewport.width(),
            )
        )

    def set_selected(self, task_ids: set[int]) -> None:
        """Highlight the bars of ``task_ids``, repainting only the rows whose look changed."""
        before, self.selected = self.selected, set(task_ids)
        changed = before ^ self.selected
        viewport = self.viewport()
        first, last = self.rows.visible_range(viewport.height())
        row_of = self.rows.row_of
        bands = [
            (row, row)
            for row in (row_of.get(task_id) for task_id in changed)
            if row is not None and first <= row <= last
        ]
        viewport.update(
            chartdamage.region(
                bands, [], self.rows.row_height, 0, self.rows.offset, viewport.width()
            )
        )

    def _on_rows_changed(self) -> None:
        self.items.invalidate()
        self._rebuild_link_spans()
        self.viewport().update()

    def _rebuild_link_spans(self) -> None:
        self.spans = LinkSpans(self.document.data.links.values(), self.rows.row_of)

    def links_near(self, first: int, last: int) -> list[tuple[int, int, Link]]:
        """The link spans that may cross rows first..last (see linkspans.py)."""
        return self.spans.near(first, last)

    # -- geometry -----------------------------------------------------------------------
    def project_span(self) -> tuple[datetime, datetime]:
        schedule = self.document.schedule
        start = self.document.data.plan.start
        project_start: datetime | None = getattr(schedule, "project_start", None)
        if schedule is not None and project_start is not None:
            start = min(start, project_start)
            finish = max(schedule.project_finish or start, start + timedelta(days=1))
        else:
            finish = start + timedelta(days=30)
        return start, finish

    def _update_range(self) -> None:
        start, finish = self.project_span()
        bar = self.horizontalScrollBar()
        low = int(self.grid.map_to_chart(start - MARGIN_BEFORE))
        high = int(self.grid.map_to_chart(finish + MARGIN_AFTER))
        bar.setRange(low, max(low, high - self.viewport().width()))
        bar.setPageStep(max(1, self.viewport().width()))
        bar.setSingleStep(max(1, int(self.grid.day_width)))

    def to_chart(self, pos: QPoint | QPointF) -> QPointF:
        """Viewport position -> chart coordinates (x on the time grid, y = row * height)."""
        return QPointF(pos.x() + self.horizontalScrollBar().value(), pos.y() + self.rows.offset)

    def bar_rect(self, task_id: int) -> QRectF | None:
        """The bar of ``task_id`` in viewport coordinates (None when not on a visible row)."""
        row = self.rows.row_of.get(task_id)
        item = self.items(task_id)
        if row is None or item is None:
            return None
        height = self.rows.row_height
        rect = self.renderer.bars.bar_rect(item, self.grid, row * height, height)
        return rect.translated(-self.horizontalScrollBar().value(), -self.rows.offset)

    def hit(self, pos: QPoint | QPointF) -> tuple[int, BarItem, Zone] | None:
        """The task bar under a viewport position and the drag zone hit, if any."""
        row = self.rows.row_at(pos.y())
        if row is None:
            return None
        task_id = self.rows.rows[row]
        item = self.items(task_id)
        rect = self.bar_rect(task_id)
        if item is None or rect is None:
            return None
        zone = self.renderer.bars.zone_at(item, rect, QPointF(pos))
        return None if zone is Zone.NONE else (task_id, item, zone)

    # -- zoom and scroll ----------------------------------------------------------------
    def set_day_width(self, day_width: float, anchor_x: float | None = None) -> None:
        """Zoom, keeping the moment under viewport ``anchor_x`` (default: the middle) in place."""
        self.auto_fit = False
        if anchor_x is None:
            anchor_x = self.viewport().width() / 2
        moment = self.grid.map_from_chart(anchor_x + self.horizontalScrollBar().value())
        self.grid.set_day_width(day_width)
        self._update_range()
        self.horizontalScrollBar().setValue(int(self.grid.map_to_chart(moment) - anchor_x))
        self.viewport().update()
        self.header.update()
        self.zoomChanged.emit(self.grid.day_width)

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        self.set_day_width(self.grid.day_width * factor, anchor_x)

    def zoom_to_project(self) -> None:
        start, finish = self.project_span()
        width = max(200, self.viewport().width() - 40)
        self.grid.fit(start, finish + timedelta(days=1), width)
        self.refresh_zoom(start)

    def refresh_zoom(self, start: datetime) -> None:
        """After the grid's zoom changed: the scroll range, ``start`` at the left, repaint."""
        self._update_range()
        self.horizontalScrollBar().setValue(int(self.grid.map_to_chart(start)) - 20)
        self.viewport().update()
        self.header.update()
        self.zoomChanged.emit(self.grid.day_width)

    def scroll_to_date(self, moment: datetime) -> None:
        self.horizontalScrollBar().setValue(int(self.grid.map_to_chart(moment)) - 40)

    def scroll_to_task(self, task_id: int) -> None:
        item = self.items(task_id)
        if item is not None:
            self.scroll_to_date(item.start)
        index = self.rows.model.index_for_task(task_id)
        if index.isValid():
            self.rows.view.scrollTo(index)

    # -- Qt events ----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rect = self.viewport().geometry()
        self.header.setGeometry(QRect(rect.left(), 0, rect.width(), HEADER_HEIGHT))
        self._update_range()
        if self.auto_fit and self.viewport().width() > 100:
            self.zoom_to_project()

    def sizeHint(self) -> QSize:
        return QSize(800, 400)

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark (or the application's palette changed).
        if event.type() == QEvent.Type.PaletteChange:
            self.renderer.apply_colours(screen_chart_colours(self.palette()))
            self.items.invalidate()
            self.viewport().update()
            self.header.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        # After a reschedule the region is a band of rows and a few link segments
        # (chartdamage.py): painting each part costs less than painting their bounding box,
        # which is often the whole view. Many small parts are painted as one.
        # QRegion iterates over its rectangles; PySide6's stub does not say so
        parts: list[QRect] = list(event.region())  # type: ignore[call-overload]
        if len(parts) > MAX_PAINTED_PARTS:
            parts = [event.rect()]
        for part in parts:
            painter.save()
            painter.setClipRect(part)
            self._paint_area(painter, QRectF(part))
            painter.restore()
        painter.end()

    def _paint_area(self, painter: QPainter, area: QRectF) -> None:
        """Paint the viewport rectangle ``area``."""
        x_offset = self.horizontalScrollBar().value()
        y_offset = self.rows.offset
        painter.translate(-x_offset, -y_offset)
        chart_rect = area.translated(x_offset, y_offset)
        height = self.rows.row_height
        first = max(0, int(chart_rect.top() // height))
        last = int(chart_rect.bottom() // height)
        plan = self.document.data.plan
        self.renderer.paint_background(painter, self.grid, chart_rect, self.today, plan.status_date)
        x0, x1 = chart_rect.left(), chart_rect.right()
        self.last_painted_links = self.renderer.paint_links(
            painter,
            self.grid,
            self.links_near(first, last),
            self.rows.row_of,
            first,
            last,
            height,
            self.items,
            x0,
            x1,
            self.rows.rows,
        )
        if self.highlighted:
            for row in range(first, min(last, len(self.rows.rows) - 1) + 1):
                if self.rows.rows[row] in self.highlighted:
                    painter.fillRect(
                        QRectF(x0, row * height, x1 - x0, height), colour("chart_highlight")
                    )
        self.renderer.paint_rows(
            painter,
            self.grid,
            self.rows.rows,
            first,
            last,
            height,
            self.items,
            x0,
            x1,
            self.selected,
        )
        if self.tracking and plan.status_date is not None:  # the Tracking Gantt's line
            from pmdesk.gantt.tracking import paint_progress_line, progress_points

            paint_progress_line(
                painter,
                progress_points(
                    self.rows.rows, first, last, height, self.items, self.grid, plan.status_date
                ),
                self.renderer.bars.style.progress_line,
            )
        if self.rubber_band is not None:
            painter.setPen(QPen(colour("link_highlight"), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(*self.rubber_band)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120
            if steps:
                self.zoom(1.25**steps, event.position().x())
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or delta.x():
            bar = self.horizontalScrollBar()
            amount = delta.x() or delta.y()
            bar.setValue(bar.value() - int(amount / 120 * bar.singleStep() * 3))
        else:
            bar = self.rows.view.verticalScrollBar()
            bar.setValue(bar.value() - int(delta.y() / 120 * 3 * self.rows.row_height))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        from pmdesk.gantt.interactions import start_interaction

        if event.button() != Qt.MouseButton.LeftButton:
            row = self.rows.row_at(event.position().y())
            if row is not None:  # a right-click acts on the row under the pointer
                self.rows.view.setCurrentIndex(self.rows.model.index_for_task(self.rows.rows[row]))
            return super().mousePressEvent(event)
        found = self.hit(event.position())
        if found is not None:
            row = self.rows.row_of[found[0]]
            index = self.rows.model.index_for_task(self.rows.rows[row])
            self.rows.view.setCurrentIndex(index)
        if found is None or self.document.read_only:
            row = self.rows.row_at(event.position().y())
            if row is not None:
                self.rows.view.setCurrentIndex(self.rows.model.index_for_task(self.rows.rows[row]))
            return
        self.interaction = start_interaction(self, found, event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.interaction is not None:
            self.interaction.move(event.position())
            self.viewport().update()
            return
        found = self.hit(event.position())
        cursor = Qt.CursorShape.ArrowCursor
        if found is not None:
            cursor = {
                Zone.END: Qt.CursorShape.SizeHorCursor,
                Zone.PROGRESS: Qt.CursorShape.PointingHandCursor,
                Zone.BODY: Qt.CursorShape.SizeAllCursor,
            }.get(found[2], Qt.CursorShape.ArrowCursor)
        self.viewport().setCursor(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.interaction is None:
            return super().mouseReleaseEvent(event)
        interaction, self.interaction = self.interaction, None
        interaction.release(event.position())
        self.viewport().update()

    def link_at(self, pos: QPoint | QPointF) -> Link | None:
        """The link line under ``pos`` (viewport coordinates), as painted."""
        point = self.to_chart(pos)
        height = self.rows.row_height
        row = int(point.y() // height)
        return self.renderer.link_at(
            point.x(),
            point.y(),
            self.grid,
            self.links_near(row - 1, row + 1),
            self.rows.row_of,
            height,
            self.items,
            self.rows.rows,
        )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A bar opens its task; a link line (MS Project) the link's dialog; a row its task.
        if self.hit(event.position()) is None:
            link = self.link_at(event.position())
            if link is not None:
                self.linkActivated.emit(link.id)
                return
        row = self.rows.row_at(event.position().y())
        if row is not None:
            self.taskActivated.emit(self.rows.rows[row])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.interaction is not None:
            self.interaction.cancel()
            self.interaction = None
            self.viewport().update()
            return
        super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == event.Type.ToolTip:
            help_event = cast(QHelpEvent, event)  # Qt sends a tool tip as a QHelpEvent
            found = self.hit(help_event.pos())
            if found is not None:
                QToolTip.showText(help_event.globalPos(), self.tooltip_for(found[0]), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_for(self, task_id: int) -> str:
        """The bar's tool tip: the task's name and its dates, duration, float and progress,
        titled as the table's columns are (in the interface language). Rich text: the name
        and values are escaped, so a task named "<b>" shows as typed."""
        from html import escape

        from pmdesk.models.columntitles import display_title
        from pmdesk.models.taskcolumns import COLUMN_INDEX, COLUMNS

        model = self.rows.model
        task = self.document.data.tasks[task_id]
        lines = [f"<b>{escape(task.name)}</b>"]
        for key in ("start", "finish", "duration", "float", "percent"):
            column = COLUMN_INDEX[key]
            text = model.index_for_task(task_id, column).data()
            if text:
                lines.append(f"{escape(display_title(COLUMNS[column].title))}: {escape(text)}")
        return "<br>".join(lines)
