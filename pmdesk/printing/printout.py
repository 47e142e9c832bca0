"""A printout: a view's pages (a PageSource) framed by header, footer and legend.

A PageSource lays its content out for a body size and paints one page of it; the printout
reserves the header, footer and legend strips around the body and fills in their fields.
Everything here is in page units (1/96 inch) on a painter already scaled to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from pmdesk.printing.fields import PlanFields, expand
from pmdesk.printing.setup import PageSetup, PrintError
from pmdesk.printing.units import page_font
from pmdesk.theme import paper

GAP = 8.0  # between the header, the body, the legend and the footer
MAX_PAGES = 5000  # more is a setup mistake (a daily timescale over years): say so, do not print
RULE = QColor(150, 155, 162)
HEADER_TEXT = QColor(25, 25, 25)
FOOTER_TEXT = QColor(80, 80, 80)


@dataclass(frozen=True, slots=True)
class PagePlace:
    """Where a page sits in the tiling: its row down and column across (both from 1)."""

    row: int
    column: int


class PageSource(Protocol):
    """What a view gives to be printed (see printing/gantt.py for the richest one)."""

    def lay_out(self, body: QSizeF) -> list[PagePlace]: ...

    def paint_page(self, painter: QPainter, index: int, body: QRectF) -> None: ...

    def legend_height(self, width: float) -> float: ...

    def paint_legend(self, painter: QPainter, rect: QRectF) -> None: ...

    def used_height(self, index: int) -> float: ...  # how far down page ``index`` is painted


def _rule_pen() -> QPen:
    pen = QPen(RULE, 0.75)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # a square cap would poke into the margin
    return pen


class Printout:
    """Lays out ``source`` on pages of ``setup`` and paints them one by one."""

    def __init__(self, source: PageSource, setup: PageSetup, fields: PlanFields) -> None:
        self.source = source
        self.setup = setup
        self.fields = fields
        self.header_font = page_font(point_size=9.5, bold=True)
        self.footer_font = page_font(point_size=8)
        self.places: list[PagePlace] = []
        self._page = QRectF()
        self._body = QRectF()
        self._legend = QRectF()

    @property
    def page_count(self) -> int:
        return len(self.places)

    def lay_out(self, page: QRectF) -> int:
        """Lay the source out for pages whose printable area is ``page``; returns the count."""
        self._page = QRectF(page)
        top, bottom = page.top(), page.bottom()
        if any(self.setup.header):
            top += QFontMetricsF(self.header_font).height() + GAP
        if any(self.setup.footer):
            bottom -= QFontMetricsF(self.footer_font).height() + GAP
        legend = self.source.legend_height(page.width()) if self.setup.legend != "none" else 0.0
        self._legend = QRectF()
        if legend > 0 and self.setup.legend == "last":
            # Only the last page carries it: lay out on whole bodies, and keep that when the
            # last page has room left under its content.
            self._body = QRectF(page.left(), top, page.width(), max(bottom - top, 20.0))
            self.places = self.source.lay_out(self._body.size()) or [PagePlace(1, 1)]
            used = self.source.used_height(len(self.places) - 1)
            if used + GAP + legend <= self._body.height():
                self._legend = QRectF(page.left(), bottom - legend, page.width(), legend)
                return len(self.places)
        if legend > 0:
            bottom -= legend + GAP
            self._legend = QRectF(page.left(), bottom + GAP, page.width(), legend)
        self._body = QRectF(page.left(), top, page.width(), max(bottom - top, 20.0))
        self.places = self.source.lay_out(self._body.size()) or [PagePlace(1, 1)]
        if len(self.places) > MAX_PAGES:
            raise PrintError(
                QCoreApplication.translate(
                    "Printing",
                    "This printout would take {count} pages; choose fewer pages across, a "
                    "coarser timescale or a shorter date range.",
                ).format(count=len(self.places))
            )
        return len(self.places)

    @property
    def body(self) -> QRectF:
        return QRectF(self._body)

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Paint page ``index`` (from 0): its body, then header, legend and footer over it,
        in paper's (light) colours whatever the screen's palette."""
        with paper():
            self._paint_page(painter, index)

    def _paint_page(self, painter: QPainter, index: int) -> None:
        painter.save()
        painter.translate(self._body.topLeft())
        painter.setClipRect(QRectF(QPointF(0, 0), self._body.size()))
        self.source.paint_page(painter, index, QRectF(QPointF(0, 0), self._body.size()))
        painter.restore()
        place = self.places[index]
        texts = [
            expand(t, self.fields, index + 1, len(self.places), place.row, place.column)
            for t in (*self.setup.header, *self.setup.footer)
        ]
        if any(self.setup.header):
            height = QFontMetricsF(self.header_font).height()
            self._paint_line(
                painter,
                QRectF(self._page.left(), self._page.top(), self._page.width(), height),
                texts[:3],
                self.header_font,
                HEADER_TEXT,
            )
            painter.setPen(_rule_pen())
            painter.drawLine(
                QPointF(self._page.left(), self._page.top() + height + GAP / 2),
                QPointF(self._page.right(), self._page.top() + height + GAP / 2),
            )
        last = index == len(self.places) - 1
        if not self._legend.isEmpty() and (self.setup.legend == "every" or last):
            painter.save()
            self.source.paint_legend(painter, self._legend)
            painter.restore()
        if any(self.setup.footer):
            height = QFontMetricsF(self.footer_font).height()
            top = self._page.bottom() - height
            painter.setPen(_rule_pen())
            painter.drawLine(
                QPointF(self._page.left(), top - GAP / 2),
                QPointF(self._page.right(), top - GAP / 2),
            )
            self._paint_line(
                painter,
                QRectF(self._page.left(), top, self._page.width(), height),
                texts[3:],
                self.footer_font,
                FOOTER_TEXT,
            )

    @staticmethod
    def _paint_line(
        painter: QPainter, rect: QRectF, texts: list[str], font: QFont, colour: QColor
    ) -> None:
        """Left, centre and right texts on one line; the centre one wins room over the sides."""
        painter.setFont(font)
        painter.setPen(colour)
        metrics = QFontMetricsF(font)
        centre = metrics.horizontalAdvance(texts[1])
        side = max((rect.width() - centre) / 2 - 12, 0)
        for text, align, box in (
            (
                texts[0],
                Qt.AlignmentFlag.AlignLeft,
                QRectF(rect.left(), rect.top(), side, rect.height()),
            ),
            (texts[1], Qt.AlignmentFlag.AlignHCenter, rect),
            (
                texts[2],
                Qt.AlignmentFlag.AlignRight,
                QRectF(rect.right() - side, rect.top(), side, rect.height()),
            ),
        ):
            if text:
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
                painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
