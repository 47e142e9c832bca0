"""The status report on pages (vector PDF through printing/output.py, or the printer): the
summary and the S-curve on the first page, the tables after it. Text is laid out by Qt's rich
text engine from reports/html.py's sections; the S-curve is the matplotlib SVG drawn as
vectors by QSvgRenderer, so the PDF stays sharp and searchable."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from pmdesk.printing.fields import PlanFields
from pmdesk.printing.printout import PagePlace, Printout
from pmdesk.printing.setup import PageSetup
from pmdesk.printing.units import page_font

if TYPE_CHECKING:
    from pmdesk.core.statusreport import StatusReport

# Qt's rich text knows fewer styles than a browser: plain rules for tables and headings.
_QT_CSS = (
    "h1{font-size:17pt} h2{font-size:12pt; margin-top:14px} p.sub{color:#52606d}"
    "th{background-color:#eef2f7; font-weight:600} td, th{border-bottom:1px solid"
    " #e3e8ee} table{border-collapse:collapse} .kpi span{color:#52606d}"
)
CHART_SHARE = 0.5  # at most this share of the first page's body for the S-curve


def _document(html: str, width: float) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(page_font(point_size=9))
    document.setDefaultStyleSheet(_QT_CSS)
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setTextWidth(width)
    return document


class StatusReportPages:
    """A page source for Printout: page 1 = summary + S-curve, then the details paginated."""

    def __init__(self, report: StatusReport, chart_svg: str) -> None:
        from pmdesk.reports.html import details_html, summary_html

        self.summary_html = summary_html(report)
        self.details_html = details_html(report)
        self.chart = QSvgRenderer(QByteArray(chart_svg.encode("utf-8")))
        self.summary: QTextDocument | None = None
        self.details: QTextDocument | None = None
        self.chart_rect = QRectF()
        self.detail_pages = 0
        self._used: list[float] = []

    def lay_out(self, body: QSizeF) -> list[PagePlace]:
        width, height = body.width(), body.height()
        self.summary = _document(self.summary_html, width)
        top = self.summary.size().height() + 12
        room = max(80.0, min(height - top, height * CHART_SHARE))
        size = self.chart.defaultSize()
        aspect = size.height() / size.width() if size.width() > 0 else 0.42
        chart_w = min(width, room / aspect)
        self.chart_rect = QRectF(0, top, chart_w, chart_w * aspect)
        self.details = _document(self.details_html, width)
        self.details.setPageSize(QSizeF(width, height))
        self.detail_pages = self.details.pageCount()
        self._used = [self.chart_rect.bottom()] + [height] * self.detail_pages
        return [PagePlace(n + 1, 1) for n in range(1 + self.detail_pages)]

    def used_height(self, index: int) -> float:
        return self._used[index] if index < len(self._used) else 0.0

    def paint_page(self, painter: QPainter, index: int, body: QRectF) -> None:
        if self.summary is None or self.details is None:
            raise RuntimeError("A printout lays its pages out before it paints them.")
        if index == 0:
            self.summary.drawContents(painter, QRectF(0, 0, body.width(), body.height()))
            self.chart.render(painter, self.chart_rect)
            return
        page = index - 1
        height = self.details.pageSize().height()
        painter.save()
        painter.translate(0, -page * height)
        self.details.drawContents(painter, QRectF(0, page * height, body.width(), height))
        painter.restore()

    def legend_height(self, width: float) -> float:
        return 0.0

    def paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        pass


def report_setup() -> PageSetup:
    """A4 portrait, the plan and status date in the header, page numbers in the footer."""
    return PageSetup(
        paper="A4",
        landscape=False,
        margins_mm=(15.0, 12.0, 15.0, 12.0),
        header=(
            "{plan}",
            QCoreApplication.translate("StatusReport", "Status report"),
            "{status_date}",
        ),
        footer=("", QCoreApplication.translate("StatusReport", "Page {page} of {pages}"), "{date}"),
        legend="none",
    )


def report_printout(report: StatusReport, chart_svg: str, fields: PlanFields) -> Printout:
    return Printout(StatusReportPages(report, chart_svg), report_setup(), fields)


def write_report_pdf(
    report: StatusReport, path: str | os.PathLike[str], plan_fields: PlanFields | None = None
) -> list[Path]:
    """The report as a vector PDF at ``path``; PrintError with one sentence when it cannot."""
    from pmdesk.printing.output import write_printout
    from pmdesk.reports.statusreport import chart_svg

    view = QCoreApplication.translate("StatusReport", "Status report")
    fields = plan_fields or PlanFields(
        plan=report.plan_name, view=view, status_date=f"{report.status_date:%Y-%m-%d}"
    )
    printout = report_printout(report, chart_svg(report), fields)
    return write_printout(printout, path, dpi=1200, title=f"{report.plan_name}: status report")
