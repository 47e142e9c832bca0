"""A legend of colour swatches with their meaning (roadmap statuses, usage colours), flowed
across the legend strip like the Gantt's (gantt_legend.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from pmdesk.printing.units import page_font

SWATCH = 22.0
ENTRY_HEIGHT = 18.0
SPACING = 14.0


@dataclass(frozen=True, slots=True)
class Swatch:
    text: str
    fill: QColor | None
    edge: QColor | None = None
    dashed: bool = False  # a dashed line instead of a box


class SwatchLegend:
    def __init__(self, swatches: list[Swatch], font: QFont | None = None) -> None:
        self.swatches = swatches
        self.font = font or page_font(point_size=8)
        self.title = QFont(self.font)
        self.title.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.heading = QCoreApplication.translate("Printing", "Legend")

    def _rows(self, width: float) -> list[list[tuple[Swatch, float]]]:
        rows: list[list[tuple[Swatch, float]]] = [[]]
        x = QFontMetricsF(self.title).horizontalAdvance(self.heading) + SPACING
        for swatch in self.swatches:
            entry = SWATCH + 6 + self.metrics.horizontalAdvance(swatch.text)
            if rows[-1] and x + entry > width:
                rows.append([])
                x = 0.0
            rows[-1].append((swatch, x))
            x += entry + SPACING
        return rows

    def height(self, width: float) -> float:
        return len(self._rows(width - 12)) * ENTRY_HEIGHT + 6

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(QColor(190, 194, 200), 0.75))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0.375, 0.375, -0.375, -0.375))
        top = rect.top() + 3
        painter.setFont(self.title)
        painter.setPen(QColor(30, 30, 30))
        painter.drawText(
            QRectF(rect.left() + 6, top, rect.width(), ENTRY_HEIGHT),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.heading,
        )
        painter.setFont(self.font)
        for number, row in enumerate(self._rows(rect.width() - 12)):
            y = top + number * ENTRY_HEIGHT
            for swatch, x in row:
                left = rect.left() + 6 + x
                box = QRectF(left, y + 4, SWATCH, ENTRY_HEIGHT - 8)
                if swatch.dashed:
                    painter.setPen(
                        QPen(swatch.edge or QColor("#555555"), 1.2, Qt.PenStyle.DashLine)
                    )
                    painter.drawLine(
                        QPointF(box.left(), box.center().y()),
                        QPointF(box.right(), box.center().y()),
                    )
                else:
                    painter.setPen(QPen(swatch.edge, 0.75) if swatch.edge else Qt.PenStyle.NoPen)
                    painter.setBrush(swatch.fill or Qt.GlobalColor.transparent)
                    painter.drawRect(box)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QColor(30, 30, 30))
                painter.drawText(
                    QRectF(left + SWATCH + 6, y, rect.width(), ENTRY_HEIGHT),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    swatch.text,
                )
