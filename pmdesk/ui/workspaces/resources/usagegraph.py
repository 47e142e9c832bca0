"""The resource graph under the usage grid (MS Project's Resource Graph): the selected
resource's peak units per column as a histogram, the part above its maximum units in red,
aligned with the grid's days, weeks, months or quarters and scrolled with it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pmdesk.core.entities import ResourceType
from pmdesk.models.resourcetext import format_percent
from pmdesk.ui.workspaces.resources import usagecell
from pmdesk.ui.workspaces.resources.usage import UsageGrid
from pmdesk.ui.workspaces.resources.usagecell import NAME_WIDTH


class ResourceGraph(QWidget):
    """Paints the grid's selected resource; repaints when the grid scrolls or changes."""

    def __init__(self, grid: UsageGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.setObjectName("resourceGraph")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(max(90, self.fontMetrics().height() * 6))
        grid.horizontalScrollBar().valueChanged.connect(self.update)
        grid.periodChanged.connect(self.update)
        grid.model.loadChanged.connect(self.update)
        grid.model.modelReset.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(900, self.height())

    def bars(self) -> list[tuple[int, float, bool]]:
        """(column, peak units, over-allocated) of each column with work, for the selected
        resource (empty when none is selected or it is not a work resource)."""
        rid = self.grid.selected_id
        if rid is None:  # no resource selected
            return []
        resource = self.grid.model.document.data.resources.get(rid)
        if resource is None or resource.type != ResourceType.WORK:
            return []
        found = []
        for column in range(self.grid.week_count):
            load = self.grid.cell(rid, column)
            if load is not None and load.work > 0:
                found.append((column, load.peak, load.over))
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        grid = self.grid
        grid.ensure_current()
        width, height = self.width(), self.height()
        painter.fillRect(self.rect(), self.palette().base())
        font = QFont(self.font())
        font.setPixelSize(max(8, round(QFontInfo(self.font()).pixelSize() * 0.85)))
        painter.setFont(font)
        line = QFontMetrics(font).height()
        rid = grid.selected_id
        data = grid.model.document.data
        resource = data.resources.get(rid) if rid is not None else None
        painter.setPen(usagecell.MUTED)
        if resource is None or resource.type != ResourceType.WORK:
            painter.drawText(
                QRect(10, 0, width - 20, height),
                Qt.AlignmentFlag.AlignVCenter,
                self.tr("Select a work resource to see its graph."),
            )
            return
        painter.setPen(usagecell.TEXT)
        painter.drawText(
            QRect(10, 4, NAME_WIDTH - 16, line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(font).elidedText(
                resource.name, Qt.TextElideMode.ElideRight, NAME_WIDTH - 16
            ),
        )
        painter.setPen(usagecell.MUTED)
        painter.drawText(
            QRect(10, 4 + line, NAME_WIDTH - 16, line),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("peak units; max. %1").replace("%1", format_percent(resource.max_units)),
        )
        bars = self.bars()
        top_units: float = max(
            [resource.max_units * 1.25] + [p for _c, p, _o in bars if p != float("inf")]
        )
        bottom, usable = height - 4, height - 8 - line
        ww, xoff = grid.week_width, grid.horizontalScrollBar().value()

        def y_of(units: float) -> int:
            return bottom - round(usable * min(1.0, units / top_units))

        painter.save()
        painter.setClipRect(QRect(NAME_WIDTH, 0, width - NAME_WIDTH, height))
        for column, peak, over in bars:
            left = NAME_WIDTH + column * ww - xoff
            if left > width or left + ww < NAME_WIDTH:
                continue
            x0, x1 = left + 2, left + ww - 2
            top = y_of(peak)
            limit = y_of(resource.max_units)
            painter.fillRect(QRect(x0, top, x1 - x0, bottom - top), usagecell.BAR)
            if over:  # the part above the maximum in red
                painter.fillRect(QRect(x0, top, x1 - x0, max(0, limit - top)), usagecell.OVER_BAR)
            painter.setPen(usagecell.OVER_EDGE if over else usagecell.BAR_EDGE)
            painter.drawLine(x0, top, x1 - 1, top)
        painter.setPen(QPen(usagecell.MAX_LINE, 1, Qt.PenStyle.DashLine))
        limit = y_of(resource.max_units)
        painter.drawLine(NAME_WIDTH, limit, width, limit)
        painter.setPen(usagecell.GRID)
        painter.drawLine(NAME_WIDTH, bottom, width, bottom)
        painter.restore()
        painter.setPen(usagecell.GRID)
        painter.drawLine(0, 0, width, 0)
        painter.drawLine(NAME_WIDTH - 1, 0, NAME_WIDTH - 1, height)
