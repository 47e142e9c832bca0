"""Page sources shared by the views: a paginated table (rows never cut, the header and the
first column repeated, wide tables continued across), a picture tiled across and down (a
board, a timeline, a canvas, a usage grid), and a stack of sources printed one after another."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from pmdesk.printing.printout import PagePlace, PageSource
from pmdesk.printing.swatches import SwatchLegend
from pmdesk.printing.tiling import Band, row_bands, strips
from pmdesk.printing.units import page_font

PAD = 5.0
GRID = QColor(210, 214, 219)
TEXT = QColor(30, 30, 30)
HEADER_FILL = QColor(238, 242, 247)
TITLE_HEIGHT = 26.0


@dataclass
class TableRow:
    cells: Sequence[str]
    bold: bool = False
    fill: QColor | None = None
    colours: dict[int, QColor] = field(default_factory=dict)  # column -> text colour


class TablePages:
    """A table on pages: ``headers`` over ``rows``; columns flagged ``numeric`` align right.

    The first column (the row names) repeats on every page across; the header row on every
    page down. A title line heads the first page.
    """

    def __init__(
        self,
        title: str,
        headers: Sequence[str],
        rows: Sequence[TableRow],
        numeric: Sequence[bool],
        font: QFont | None = None,
    ) -> None:
        self.title = title
        self.headers = list(headers)
        self.rows = list(rows)
        self.numeric = list(numeric)
        self.font = font or page_font(point_size=8)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.title_font = page_font(point_size=11, bold=True)
        metrics = QFontMetricsF(self.bold)
        self.row_height = metrics.height() + 6
        self.widths = [
            max(
                [metrics.horizontalAdvance(h)]
                + [metrics.horizontalAdvance(r.cells[c]) for r in self.rows if c < len(r.cells)]
            )
            + 2 * PAD
            for c, h in enumerate(self.headers)
        ]
        self.bands: list[Band] = []
        self.column_sets: list[list[int]] = []

    def lay_out(self, body: QSizeF) -> list[PagePlace]:
        first = self.widths[0] if self.widths else 0.0
        self.widths[0] = min(first, body.width() * 0.4)
        # A long text (a note) is cut at the page's width rather than running off it.
        self.widths[1:] = [min(w, body.width() - self.widths[0]) for w in self.widths[1:]]
        self.column_sets = []
        current: list[int] = []
        used = self.widths[0]
        for column in range(1, len(self.headers)):
            if current and used + self.widths[column] > body.width():
                self.column_sets.append(current)
                current, used = [], self.widths[0]
            current.append(column)
            used += self.widths[column]
        self.column_sets.append(current)
        room = body.height() - TITLE_HEIGHT - self.row_height
        self.bands = row_bands([self.row_height] * len(self.rows), room)
        return [
            PagePlace(r + 1, c + 1)
            for r in range(len(self.bands))
            for c in range(len(self.column_sets))
        ]

    def used_height(self, index: int) -> float:
        return (
            TITLE_HEIGHT + (self.bands[index // len(self.column_sets)].count + 1) * self.row_height
        )

    def paint_page(self, painter: QPainter, index: int, body: QRectF) -> None:
        band = self.bands[index // len(self.column_sets)]
        columns = [0, *self.column_sets[index % len(self.column_sets)]]
        painter.setFont(self.title_font)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(0, 0, body.width(), TITLE_HEIGHT - 6),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.title,
        )
        y = TITLE_HEIGHT
        width = sum(self.widths[c] for c in columns)
        painter.fillRect(QRectF(0, y, width, self.row_height), HEADER_FILL)
        self._paint_cells(painter, y, columns, self.headers, True, None, {}, header=True)
        for row in range(band.first, band.last + 1):
            y += self.row_height
            line = self.rows[row]
            if line.fill is not None:
                painter.fillRect(QRectF(0, y, width, self.row_height), line.fill)
            self._paint_cells(painter, y, columns, line.cells, line.bold, line.fill, line.colours)
        painter.setPen(QPen(GRID, 0.5))
        bottom = y + self.row_height
        for top in range(band.count + 2):
            painter.drawLine(
                QPointF(0, TITLE_HEIGHT + top * self.row_height),
                QPointF(width, TITLE_HEIGHT + top * self.row_height),
            )
        x = 0.0
        for column in columns:
            painter.drawLine(QPointF(x, TITLE_HEIGHT), QPointF(x, bottom))
            x += self.widths[column]
        painter.drawLine(QPointF(x, TITLE_HEIGHT), QPointF(x, bottom))

    def _paint_cells(
        self,
        painter: QPainter,
        y: float,
        columns: Sequence[int],
        cells: Sequence[str],
        bold: bool,
        _fill: QColor | None,
        colours: dict[int, QColor],
        header: bool = False,
    ) -> None:
        painter.setFont(self.bold if bold else self.font)
        metrics = QFontMetricsF(self.bold if bold else self.font)
        x = 0.0
        for column in columns:
            width = self.widths[column]
            text = cells[column] if column < len(cells) else ""
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 2 * PAD)
            painter.setPen(colours.get(column, TEXT))
            align = (
                Qt.AlignmentFlag.AlignRight
                if self.numeric[column] and not header
                else Qt.AlignmentFlag.AlignLeft
            )
            painter.drawText(
                QRectF(x + PAD, y, width - 2 * PAD, self.row_height),
                int(align | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            x += width

    def legend_height(self, _width: float) -> float:
        return 0.0

    def paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        pass


Render = Callable[[QPainter, QRectF], None]


class PicturePages:
    """A picture of ``size`` units painted by ``render(painter, clip)``, scaled to fit
    ``pages_wide`` pages across (never enlarged) and continued down; ``pages_tall`` caps the
    pages down by shrinking further; ``legend`` (a SwatchLegend) explains its colours. ``breaks`` are y positions where a page may end (rows
    of a grid); without them pages end anywhere. The top ``repeat_top`` units (a header row)
    are painted again at the top of every page down."""

    def __init__(
        self,
        title: str,
        size: QSizeF,
        render: Render,
        pages_wide: int | None = None,
        pages_tall: int | None = None,
        breaks: Sequence[float] = (),
        legend: SwatchLegend | None = None,
        repeat_top: float = 0.0,
    ) -> None:
        self.title = title
        self.size = QSizeF(max(size.width(), 1.0), max(size.height(), 1.0))
        self.render = render
        self.pages_wide = pages_wide or 1
        self.pages_tall = pages_tall
        self.breaks = sorted(b for b in breaks if 0 < b < self.size.height())
        self.legend = legend
        self.repeat_top = max(0.0, min(repeat_top, self.size.height() / 2))
        self.title_font = page_font(point_size=11, bold=True)
        self.scale = 1.0
        self.columns: list[tuple[float, float]] = []
        self.slices: list[tuple[float, float]] = []

    def lay_out(self, body: QSizeF) -> list[PagePlace]:
        room = body.height() - TITLE_HEIGHT
        self.scale = min(1.0, self.pages_wide * body.width() / self.size.width())
        while True:
            self.columns = strips(
                self.size.width(), body.width() / self.scale, body.width() / self.scale
            )
            self.slices = self._slices(room / self.scale - self.repeat_top)
            if self.pages_tall is None or len(self.slices) <= self.pages_tall or self.scale < 0.05:
                break
            self.scale *= 0.93
        return [
            PagePlace(r + 1, c + 1)
            for r in range(len(self.slices))
            for c in range(len(self.columns))
        ]

    def _slices(self, room: float) -> list[tuple[float, float]]:
        result: list[tuple[float, float]] = []
        top, height = self.repeat_top, self.size.height()
        room = max(room, 20.0)
        while top < height - 0.5 or not result:
            end = min(top + room, height)
            if end < height:
                fitting = [b for b in self.breaks if top < b <= end]
                if fitting and fitting[-1] - top > room * 0.3:
                    end = fitting[-1]
            result.append((top, end))
            top = end
        return result

    def used_height(self, index: int) -> float:
        y0, y1 = self.slices[index // len(self.columns)]
        return TITLE_HEIGHT + (self.repeat_top + y1 - y0) * self.scale

    def paint_page(self, painter: QPainter, index: int, body: QRectF) -> None:
        y0, y1 = self.slices[index // len(self.columns)]
        x0, x1 = self.columns[index % len(self.columns)]
        painter.setFont(self.title_font)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(0, 0, body.width(), TITLE_HEIGHT - 6),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.title,
        )
        painter.translate(0, TITLE_HEIGHT)
        painter.scale(self.scale, self.scale)
        right = min(x1, self.size.width())
        if self.repeat_top:
            painter.save()
            header = QRectF(x0, 0, right - x0, self.repeat_top)
            painter.translate(-x0, 0)
            painter.setClipRect(header, Qt.ClipOperation.IntersectClip)
            self.render(painter, header)
            painter.restore()
            painter.translate(0, self.repeat_top)
        clip = QRectF(x0, y0, right - x0, y1 - y0)
        painter.translate(-x0, -y0)
        painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
        self.render(painter, clip)

    def legend_height(self, width: float) -> float:
        return self.legend.height(width) if self.legend else 0.0

    def paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        if self.legend:
            self.legend.paint(painter, rect)


class StackedPages:
    """Sources printed one after another (a sheet, then its chart); pages keep their own
    row/column places within their part."""

    def __init__(self, *sources: PageSource | None) -> None:
        self.sources = [s for s in sources if s is not None]
        self._index: list[tuple[PageSource, int]] = []

    def lay_out(self, body: QSizeF) -> list[PagePlace]:
        places: list[PagePlace] = []
        self._index = []
        for source in self.sources:
            for number, place in enumerate(source.lay_out(body)):
                places.append(place)
                self._index.append((source, number))
        return places

    def used_height(self, index: int) -> float:
        source, number = self._index[index]
        return source.used_height(number)

    def paint_page(self, painter: QPainter, index: int, body: QRectF) -> None:
        source, number = self._index[index]
        source.paint_page(painter, number, body)

    def legend_height(self, width: float) -> float:
        return max((s.legend_height(width) for s in self.sources), default=0.0)

    def paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        for source in self.sources:
            if source.legend_height(rect.width()):
                source.paint_legend(painter, rect)
                return
