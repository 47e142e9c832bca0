"""The two-tier timescale above the Gantt chart, scrolled with it (its own widget, so that the
rows scroll under it and a reschedule does not repaint it)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QScrollBar, QWidget

if TYPE_CHECKING:
    from pmdesk.document import Document
    from pmdesk.gantt.chartrenderer import ChartRenderer
    from pmdesk.gantt.timegrid import TimeGrid


class ScaledChart(Protocol):
    """What the header reads of its chart (chartview.GanttChartView, a QWidget)."""

    renderer: ChartRenderer
    grid: TimeGrid
    document: Document

    @property
    def today(self) -> datetime: ...

    def horizontalScrollBar(self) -> QScrollBar: ...


class TimeScaleHeader(QWidget):
    """The two-tier timescale above the chart, scrolled with it."""

    def __init__(self, chart: ScaledChart) -> None:
        super().__init__(chart)  # type: ignore[arg-type]  # the chart is a QWidget
        self.chart = chart

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        offset = self.chart.horizontalScrollBar().value()
        painter.translate(-offset, 0)
        self.chart.renderer.paint_timescale(
            painter, self.chart.grid, offset, offset + self.width(), self.height(), self.font()
        )
        self.chart.renderer.paint_date_marks(
            painter,
            self.chart.grid,
            offset,
            offset + self.width(),
            self.height(),
            self.font(),
            self.chart.today,
            self.chart.document.data.plan.status_date,
        )
        painter.setPen(QPen(self.chart.renderer.colours.header_line))
        painter.drawLine(offset, self.height() - 1, offset + self.width(), self.height() - 1)
