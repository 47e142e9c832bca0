"""The Gantt on paper: the chosen table columns and the chart, tiled across and down.

Every page repeats the timescale (and, unless asked otherwise, the table); rows are never
cut and a summary row never ends a page alone (tiling.row_bands). The chart is one strip of
``total_width`` page units cut into page-wide slices; ``x_of`` tells where a date lands on a
page, so tests check a bar against the printed timescale. Painted through the same
ChartRenderer and BarPainter as the screen, with page fonts (units.page_font).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from pmdesk.gantt.barpainter import BarItem, BarPainter
from pmdesk.gantt.chartrenderer import ChartRenderer, WorkingIntervals
from pmdesk.gantt.timegrid import TimeGrid, day_start
from pmdesk.gantt.tracking import TrackingBarPainter, paint_progress_line, progress_points
from pmdesk.models.columntitles import display_title
from pmdesk.models.taskcolumns import COLUMN_INDEX, COLUMNS, DATE_COLUMNS, RIGHT_COLUMNS
from pmdesk.printing.gantt_legend import GanttLegend
from pmdesk.printing.printout import PagePlace
from pmdesk.printing.setup import PageSetup, PrintError, as_datetime
from pmdesk.printing.tiling import Band, row_bands, strips
from pmdesk.printing.units import page_font

if TYPE_CHECKING:
    from pmdesk.core.entities import Link
    from pmdesk.core.plandata import PlanData
    from pmdesk.core.scheduling.result import Schedule
    from pmdesk.document import Document

ROW_HEIGHT = 18.0
TIMESCALE_HEIGHT = 34.0
CELL_PAD = 4.0
INDENT = 10.0
_LEFT_CELL = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_CELL = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MAX_COLUMN_WIDTH = {"name": 250.0, "resources": 150.0, "predecessors": 110.0}
ZOOM_DAY_WIDTH = {"days": 24.0, "weeks": 7.0, "months": 1.6, "quarters": 0.55}
MIN_SCALE = 0.25
LABEL_ROOM = 160.0  # after the last bar, for its label, when the end date is ours
GRID = QColor(205, 209, 214)
FRAME = QColor(120, 126, 134)
CRITICAL_TEXT = QColor("#c0392b")
TABLE_TEXT = QColor(30, 30, 30)
HEADER_FILL = QColor(240, 242, 245)


def check_columns(keys: Sequence[str]) -> tuple[str, ...]:
    """The column keys if all are the table's; PrintError naming the first that is not."""
    for key in keys:
        if key not in COLUMN_INDEX:
            raise PrintError(
                QCoreApplication.translate(
                    "Printing", "There is no column “{key}”; the columns are {names}."
                ).format(key=key, names=", ".join(c.key for c in COLUMNS))
            )
    return tuple(keys)


class PrintedPlan(Protocol):
    """The open plan a printout reads (pmdesk.document.Document)."""

    @property
    def data(self) -> PlanData: ...

    @property
    def schedule(self) -> Schedule | None: ...


class TextRow(Protocol):
    """One row's display texts by column."""

    def __getitem__(self, column: int) -> str: ...


class GanttRows(Protocol):
    """The task table's texts and outline (models.tasktree.TaskTreeModel)."""

    def is_summary(self, task_id: int) -> bool: ...

    def is_critical(self, task_id: int) -> bool: ...

    def depth_of(self, task_id: int) -> int: ...

    def number_of(self, task_id: int) -> int | None: ...

    def row_texts(self, task_id: int) -> TextRow: ...


@dataclass(slots=True)
class GanttPlan:
    """What the Gantt gives to be printed: the rows shown and how to paint them."""

    document: PrintedPlan
    model: GanttRows
    rows: list[int]
    items: Callable[[int], BarItem | None]
    show_critical: bool = True
    show_baseline: bool = True
    working_intervals: WorkingIntervals | None = None
    tracking: bool = False  # the Tracking Gantt: bars over baselines, the progress line

    @classmethod
    def of_document(cls, document: Document, tracking: bool = False) -> GanttPlan:
        """Every task of the plan, expanded (the command line prints from a file)."""
        from pmdesk.gantt.baritems import BarItems
        from pmdesk.gantt.chartrenderer import plan_working_intervals
        from pmdesk.models.tasktree import TaskTreeModel

        model = TaskTreeModel(document)
        return cls(
            document,
            model,
            list(model.order),
            BarItems(document, model),
            working_intervals=plan_working_intervals(document.data),
            tracking=tracking,
        )


class GanttPages:
    """A PageSource (printout.py) for the Gantt: lay_out() then paint_page() per page."""

    view_title = "Gantt"

    def __init__(self, plan: GanttPlan, setup: PageSetup) -> None:
        self.plan = plan
        self.setup = setup
        self.columns = [COLUMN_INDEX[key] for key in check_columns(setup.columns)]
        self.font = page_font(point_size=8)
        self.bold = page_font(point_size=8, bold=True)
        self.scale_font = page_font(point_size=7.5)
        painter = TrackingBarPainter if plan.tracking else BarPainter
        self.renderer = ChartRenderer(painter(font=page_font(point_size=8.5)))
        self.renderer.bars.show_critical = plan.show_critical
        # The Tracking Gantt is the bars over their baselines: it always draws them.
        self.renderer.bars.show_baseline = plan.show_baseline or plan.tracking
        self.renderer.set_working_intervals(plan.working_intervals)
        self.legend = GanttLegend(self.renderer.bars, self.font)
        self.grid = TimeGrid()
        self.scale = 1.0  # page units per layout unit (< 1 when shrunk to fit pages tall)
        self.widths: list[float] = []
        self.natural_widths: list[float] = []
        self.table_width = 0.0
        self.bands: list[Band] = []
        self.strips: list[tuple[float, float]] = []
        self.places: list[PagePlace] = []
        self._row_of = {task_id: row for row, task_id in enumerate(plan.rows)}
        self._spans = self._link_spans()
        # a band's links, worked out for its first page (the pages across it share them)
        self._band_spans: dict[tuple[int, int], list[tuple[int, int, Link]]] = {}
        self._summary = [plan.model.is_summary(t) for t in plan.rows]

    # -- layout ----------------------------------------------------------------------------
    def _link_spans(self) -> list[tuple[int, int, Link]]:
        row_of = self._row_of
        spans = []
        for link in self.plan.document.data.links.values():
            a, b = row_of.get(link.predecessor_id), row_of.get(link.successor_id)
            if a is not None and b is not None:
                spans.append((min(a, b), max(a, b), link))
        return spans

    def _measure_columns(self) -> None:
        metrics = (QFontMetricsF(self.font), QFontMetricsF(self.bold))
        model = self.plan.model
        widths = []
        for column in self.columns:
            key = COLUMNS[column].key
            widest = metrics[1].horizontalAdvance(display_title(COLUMNS[column].title))
            cap = MAX_COLUMN_WIDTH.get(key, 130.0)
            for task_id in self.plan.rows:
                text = model.row_texts(task_id)[column]
                if not text:
                    continue
                extra = INDENT * model.depth_of(task_id) if key == "name" else 0.0
                widest = max(
                    widest,
                    metrics[1 if self._summary_of(task_id) else 0].horizontalAdvance(text) + extra,
                )
                if widest >= cap:
                    break
            widths.append(min(widest, cap) + 2 * CELL_PAD + 1)
        self.natural_widths = widths
        self.widths = list(widths)
        self.table_width = sum(widths)

    def _summary_of(self, task_id: int) -> bool:
        return self.plan.model.is_summary(task_id)

    def _time_range(self) -> tuple[datetime, datetime, bool]:
        """Start and finish of the printed timescale; True when the finish was chosen by us
        (then room is left for the labels right of the last bars)."""
        schedule = self.plan.document.schedule
        plan = self.plan.document.data.plan
        if schedule is not None:
            start, finish = schedule.project_start, schedule.project_finish
        else:
            start, finish = plan.start, plan.start + timedelta(days=30)
        chosen_end = self.setup.date_to is None
        start = as_datetime(self.setup.date_from) or day_start(start) - timedelta(days=2)
        finish = as_datetime(self.setup.date_to) or day_start(finish) + timedelta(days=3)
        if finish <= start:
            finish = start + timedelta(days=7)
        return start, finish, chosen_end

    def lay_out(self, body: QSizeF) -> list[PagePlace]:
        self._measure_columns()
        self.scale = 1.0
        tall = self.setup.pages_tall
        while True:
            self._lay_out_at(body.width() / self.scale, body.height() / self.scale)
            if tall is None or len(self.bands) <= tall or self.scale <= MIN_SCALE:
                break
            self.scale = max(MIN_SCALE, self.scale * 0.93)
        self.places = [
            PagePlace(r + 1, c + 1) for r in range(len(self.bands)) for c in range(len(self.strips))
        ]
        return self.places

    def _fit_table(self, width: float) -> None:
        """Keep the table to at most 60 % of the page so the chart keeps room: every column
        gives way in proportion to what it can spare (texts are then cut with an ellipsis),
        down to a floor that keeps it readable (names keep more)."""
        allowed = width * 0.6
        natural = self.natural_widths
        floors = [
            min(n, 120.0 if COLUMNS[c].key == "name" else 36.0)
            for n, c in zip(natural, self.columns, strict=True)
        ]
        excess = sum(natural) - allowed
        spare = sum(natural) - sum(floors)
        if excess <= 0:
            widths = list(natural)
        elif spare <= excess:
            widths = floors
        else:
            widths = [n - (n - f) * excess / spare for n, f in zip(natural, floors, strict=True)]
        self.widths = widths
        self.table_width = sum(widths)

    def _lay_out_at(self, width: float, height: float) -> None:
        self._fit_table(width)
        first_chart = max(width - self.table_width, 60.0)
        other_chart = first_chart if self.setup.repeat_columns else width
        start, finish, chosen_end = self._time_range()
        span_days = (finish - start).total_seconds() / 86400
        self.grid = TimeGrid(start)
        if self.setup.zoom is not None:
            self.grid.set_day_width(ZOOM_DAY_WIDTH[self.setup.zoom])
            # Room for the labels right of the last bars when we chose the end.
            total = self.grid.width_of(finish - start) + (LABEL_ROOM if chosen_end else 0.0)
        else:
            pages = self.setup.pages_wide or 1
            total = first_chart + (pages - 1) * other_chart
            # Leave a sixth for the labels right of the last bars when we chose the end.
            self.grid.set_day_width(total * (0.84 if chosen_end else 1.0) / span_days)
        self.strips = strips(total, first_chart, other_chart)
        room = height - TIMESCALE_HEIGHT
        self.bands = row_bands([ROW_HEIGHT] * len(self.plan.rows), room, self._summary)

    # -- geometry the tests read -------------------------------------------------------------
    def place_of(self, index: int) -> tuple[Band, tuple[float, float], bool]:
        """Page ``index``'s rows, chart x range and whether it shows the table."""
        band = self.bands[index // len(self.strips)]
        column = index % len(self.strips)
        return band, self.strips[column], column == 0 or self.setup.repeat_columns

    def chart_left(self, index: int) -> float:
        return self.table_width if self.place_of(index)[2] else 0.0

    def x_of(self, moment: datetime, index: int) -> float:
        """Where ``moment`` lands on page ``index``, in page units from the body's left."""
        _band, (x0, _x1), _table = self.place_of(index)
        return (self.chart_left(index) + self.grid.map_to_chart(moment) - x0) * self.scale

    def used_height(self, index: int) -> float:
        return (TIMESCALE_HEIGHT + self.place_of(index)[0].count * ROW_HEIGHT) * self.scale

    def row_top(self, row: int, index: int) -> float:
        band = self.place_of(index)[0]
        return (TIMESCALE_HEIGHT + (row - band.first) * ROW_HEIGHT) * self.scale

    # -- painting ----------------------------------------------------------------------------
    def paint_page(self, painter: QPainter, index: int, body: QRectF) -> None:
        band, (x0, x1), table = self.place_of(index)
        painter.scale(self.scale, self.scale)
        left = self.table_width if table else 0.0
        width = x1 - x0
        rows_height = band.count * ROW_HEIGHT
        if table:
            self._paint_table(painter, band)
        painter.save()
        painter.translate(left - x0, 0)
        painter.setClipRect(QRectF(x0, 0, width, TIMESCALE_HEIGHT + rows_height))
        status = self.plan.document.data.plan.status_date
        self.renderer.paint_timescale(
            painter, self.grid, x0, x1, TIMESCALE_HEIGHT, self.scale_font, whole_labels=True
        )
        self.renderer.paint_date_marks(
            painter, self.grid, x0, x1, TIMESCALE_HEIGHT, self.scale_font, None, status
        )
        painter.translate(0, TIMESCALE_HEIGHT - band.first * ROW_HEIGHT)
        area = QRectF(x0, band.first * ROW_HEIGHT, width, rows_height)
        if band.count:
            self.renderer.paint_background(painter, self.grid, area, None, status)
            painter.setClipRect(area)
            spans = self._spans_of(band)
            self.renderer.paint_links(
                painter,
                self.grid,
                spans,
                self._row_of,
                band.first,
                band.last,
                ROW_HEIGHT,
                self.plan.items,
                x0,
                x1,
                self.plan.rows,
            )
            self.renderer.paint_rows(
                painter,
                self.grid,
                self.plan.rows,
                band.first,
                band.last,
                ROW_HEIGHT,
                self.plan.items,
                x0,
                x1,
            )
            if self.plan.tracking and status is not None:  # as the screen's chartview does
                paint_progress_line(
                    painter,
                    progress_points(
                        self.plan.rows,
                        band.first,
                        band.last,
                        ROW_HEIGHT,
                        self.plan.items,
                        self.grid,
                        status,
                    ),
                )
        painter.restore()
        painter.setPen(QPen(FRAME, 0.75))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = 0.375  # half the pen: the frame stays inside the printable area
        painter.drawRect(
            QRectF(inset, inset, left + width - 2 * inset, TIMESCALE_HEIGHT + rows_height - inset)
        )
        painter.drawLine(QPointF(0, TIMESCALE_HEIGHT), QPointF(left + width, TIMESCALE_HEIGHT))
        if table:
            painter.drawLine(QPointF(left, 0), QPointF(left, TIMESCALE_HEIGHT + rows_height))

    def _spans_of(self, band: Band) -> list[tuple[int, int, Link]]:
        key = (band.first, band.last)
        found = self._band_spans.get(key)
        if found is None:
            first, last = band.first, band.last
            found = self._band_spans[key] = [
                s for s in self._spans if s[1] >= first and s[0] <= last
            ]
        return found

    def _paint_table(self, painter: QPainter, band: Band) -> None:
        model = self.plan.model
        painter.fillRect(QRectF(0, 0, self.table_width, TIMESCALE_HEIGHT), HEADER_FILL)
        painter.setFont(self.bold)
        painter.setPen(TABLE_TEXT)
        x = 0.0
        for column, width in zip(self.columns, self.widths, strict=True):
            painter.drawText(
                QRectF(x + CELL_PAD, 0, width - 2 * CELL_PAD, TIMESCALE_HEIGHT),
                int(
                    Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignBottom
                    | Qt.TextFlag.TextWordWrap
                ),
                display_title(COLUMNS[column].title),
            )
            x += width
        metrics = (QFontMetricsF(self.font), QFontMetricsF(self.bold))
        grid_pen = QPen(GRID, 0.5)
        # What each column needs, once per page rather than per cell (a 10,000-task printout
        # has some 120,000 cells): where it starts, its flags, whether it indents or may be red.
        cells = []
        x = 0.0
        for column, width in zip(self.columns, self.widths, strict=True):
            flags = _RIGHT_CELL if column in RIGHT_COLUMNS else _LEFT_CELL
            name = COLUMNS[column].key == "name"
            cells.append((column, x, width - 2 * CELL_PAD, flags, name, column in DATE_COLUMNS))
            x += width
        elide = Qt.TextElideMode.ElideRight
        show_critical = self.renderer.bars.show_critical
        for row in range(band.first, band.last + 1):
            task_id = self.plan.rows[row]
            top = TIMESCALE_HEIGHT + (row - band.first) * ROW_HEIGHT
            summary = self._summary[row]
            critical = show_critical and model.is_critical(task_id)
            texts = model.row_texts(task_id)
            painter.setFont(self.bold if summary else self.font)
            row_metrics = metrics[1 if summary else 0]
            pen = None
            for column, left, room, flags, name, dated in cells:
                text = texts[column]
                indent = INDENT * model.depth_of(task_id) if name else 0.0
                room -= indent
                if text and room > 0:
                    colour = CRITICAL_TEXT if critical and dated else TABLE_TEXT
                    if colour is not pen:
                        painter.setPen(colour)
                        pen = colour
                    painter.drawText(
                        QRectF(left + CELL_PAD + indent, top, room, ROW_HEIGHT),
                        flags,
                        row_metrics.elidedText(text, elide, room),
                    )
            painter.setPen(grid_pen)
            painter.drawLine(
                QPointF(0, top + ROW_HEIGHT), QPointF(self.table_width, top + ROW_HEIGHT)
            )
        x = 0.0
        bottom = TIMESCALE_HEIGHT + band.count * ROW_HEIGHT
        for width in self.widths[:-1]:
            x += width
            painter.drawLine(QPointF(x, 0), QPointF(x, bottom))

    # -- legend ------------------------------------------------------------------------------
    def legend_height(self, width: float) -> float:
        return self.legend.height(width)

    def paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        self.legend.paint(painter, rect)
