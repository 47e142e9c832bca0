"""The Gantt legend: one sample of each shape (drawn by the chart's own BarPainter) with its
name, flowed across the legend strip at the foot of the page."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from pmdesk.gantt.barpainter import BarItem, BarPainter
from pmdesk.gantt.timegrid import TimeGrid
from pmdesk.gantt.tracking import TrackingBarPainter, paint_progress_line

SAMPLE_WIDTH = 34.0
ENTRY_HEIGHT = 18.0
SPACING = 14.0
_ORIGIN = datetime(2026, 1, 5)
_GRID = TimeGrid(_ORIGIN, day_width=SAMPLE_WIDTH / 5)
# A legend entry's picture: a bar drawn by the chart's painter, or the name of a mark
# ("deadline", "status", "progress") drawn here.
Sample = BarItem | str


def _item(**values: Any) -> BarItem:
    fields = {"start": _ORIGIN, "finish": _ORIGIN + timedelta(days=4), **values}
    return BarItem(task_id=0, **fields)


class GanttLegend:
    def __init__(self, bars: BarPainter, font: QFont) -> None:
        self.bars = bars
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.title = QFont(font)
        self.title.setBold(True)

    def entries(self) -> list[tuple[str, Sample]]:
        if isinstance(self.bars, TrackingBarPainter):
            return self._tracking_entries()
        # MS Project's printed legend lists "Split" right after "Task" too.
        split = _item(
            segments=(
                (_ORIGIN, _ORIGIN + timedelta(days=1, hours=12)),
                (_ORIGIN + timedelta(days=3), _ORIGIN + timedelta(days=4)),
            )
        )
        entries: list[tuple[str, Sample]] = [
            (QCoreApplication.translate("GanttLegend", "Task"), _item()),
            (QCoreApplication.translate("GanttLegend", "Split"), split),
            (QCoreApplication.translate("GanttLegend", "Progress"), _item(percent_complete=60)),
        ]
        if self.bars.show_critical:
            entries.append(
                (QCoreApplication.translate("GanttLegend", "Critical task"), _item(critical=True))
            )
        entries += [
            (QCoreApplication.translate("GanttLegend", "Manual task"), _item(manual=True)),
            (QCoreApplication.translate("GanttLegend", "Summary"), _item(summary=True)),
            (
                QCoreApplication.translate("GanttLegend", "Milestone"),
                _item(
                    milestone=True,
                    start=_ORIGIN + timedelta(days=2),
                    finish=_ORIGIN + timedelta(days=2),
                ),
            ),
        ]
        if self.bars.show_baseline:
            entries.append(
                (
                    QCoreApplication.translate("GanttLegend", "Baseline"),
                    _item(baseline_start=_ORIGIN, baseline_finish=_ORIGIN + timedelta(days=4)),
                )
            )
        entries += [
            (QCoreApplication.translate("GanttLegend", "Deadline"), "deadline"),
            (QCoreApplication.translate("GanttLegend", "Status date"), "status"),
        ]
        return entries

    def _tracking_entries(self) -> list[tuple[str, Sample]]:
        """The Tracking Gantt's shapes: done and remaining work, each over its baseline."""
        day = timedelta(days=1)
        entries: list[tuple[str, Sample]] = [
            (QCoreApplication.translate("GanttLegend", "Done"), _item(percent_complete=100)),
            (QCoreApplication.translate("GanttLegend", "Remaining"), _item()),
        ]
        if self.bars.show_critical:
            entries.append(
                (
                    QCoreApplication.translate("GanttLegend", "Critical remaining"),
                    _item(critical=True),
                )
            )
        entries += [
            (
                QCoreApplication.translate("GanttLegend", "Baseline (grey, under the bar)"),
                _item(
                    baseline_start=_ORIGIN, baseline_finish=_ORIGIN + 4 * day, percent_complete=50
                ),
            ),
            (
                QCoreApplication.translate("GanttLegend", "Slippage"),
                _item(
                    start=_ORIGIN + 2 * day,
                    finish=_ORIGIN + 4 * day,
                    baseline_start=_ORIGIN,
                    baseline_finish=_ORIGIN + 2 * day,
                ),
            ),
            (QCoreApplication.translate("GanttLegend", "Summary"), _item(summary=True)),
            (
                QCoreApplication.translate("GanttLegend", "Milestone"),
                _item(milestone=True, start=_ORIGIN + 2 * day, finish=_ORIGIN + 2 * day),
            ),
            (QCoreApplication.translate("GanttLegend", "Deadline"), "deadline"),
            (QCoreApplication.translate("GanttLegend", "Status date"), "status"),
            (QCoreApplication.translate("GanttLegend", "Progress line"), "progress"),
        ]
        return entries

    def _rows(self, width: float) -> list[list[tuple[str, Sample, float]]]:
        rows: list[list[tuple[str, Sample, float]]] = [[]]
        x = (
            QFontMetricsF(self.title).horizontalAdvance(
                QCoreApplication.translate("GanttLegend", "Legend")
            )
            + SPACING
        )
        for text, sample in self.entries():
            entry = SAMPLE_WIDTH + 6 + self.metrics.horizontalAdvance(text)
            if rows[-1] and x + entry > width:
                rows.append([])
                x = 0.0
            rows[-1].append((text, sample, x))
            x += entry + SPACING
        return rows

    def height(self, width: float) -> float:
        return len(self._rows(width)) * ENTRY_HEIGHT + 6

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(QColor(190, 194, 200), 0.75))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0.375, 0.375, -0.375, -0.375))
        painter.setFont(self.title)
        painter.setPen(QColor(30, 30, 30))
        top = rect.top() + 3
        painter.drawText(
            QRectF(rect.left() + 6, top, rect.width(), ENTRY_HEIGHT),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QCoreApplication.translate("GanttLegend", "Legend"),
        )
        for number, row in enumerate(self._rows(rect.width() - 12)):
            y = top + number * ENTRY_HEIGHT
            for text, sample, x in row:
                left = rect.left() + 6 + x
                self._paint_sample(painter, sample, left, y)
                painter.setFont(self.font)
                painter.setPen(QColor(30, 30, 30))
                painter.drawText(
                    QRectF(left + SAMPLE_WIDTH + 6, y, rect.width(), ENTRY_HEIGHT),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    text,
                )

    def _paint_sample(self, painter: QPainter, sample: Sample, left: float, top: float) -> None:
        painter.save()
        if sample == "deadline":
            style = self.bars.style
            x = left + SAMPLE_WIDTH / 2
            painter.setPen(QPen(style.deadline, 1))
            painter.setBrush(style.deadline)
            painter.drawPolygon(
                [QPointF(x - 4, top + 2), QPointF(x + 4, top + 2), QPointF(x, top + 8)]
            )
            painter.drawLine(QPointF(x, top + 8), QPointF(x, top + ENTRY_HEIGHT - 2))
        elif sample == "progress":  # a dent to the left: work behind the status date
            x = left + SAMPLE_WIDTH / 2
            points = [
                QPointF(x, top + 1),
                QPointF(x - 8, top + ENTRY_HEIGHT / 2),
                QPointF(x, top + ENTRY_HEIGHT - 1),
            ]
            paint_progress_line(painter, points)
        elif sample == "status":
            painter.setPen(QPen(QColor("#2980b9"), 1.5, Qt.PenStyle.DashLine))
            x = left + SAMPLE_WIDTH / 2
            painter.drawLine(QPointF(x, top + 1), QPointF(x, top + ENTRY_HEIGHT - 1))
        elif isinstance(sample, BarItem):
            painter.translate(left, 0)
            # No label beside the sample: the legend's own text names it.
            painter.setClipRect(QRectF(-6, top, SAMPLE_WIDTH + 12, ENTRY_HEIGHT))
            self.bars.paint_item(painter, replace(sample, name=""), _GRID, top, ENTRY_HEIGHT)
        painter.restore()
