"""Where a printout goes: a printer (or preview), a PDF, SVG pages or PNG pages; and the
one-page picture export of a view (board, timeline, canvas) to PNG / PDF / SVG.

PDF and SVG keep text as text (searchable, selectable); PNG pages are drawn at the dpi asked.
A printout of several pages written as SVG or PNG gives one file per page: NAME.svg for the
first, then NAME-2.svg, NAME-3.svg...
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QImageWriter, QPageLayout, QPageSize, QPainter, QPdfWriter

from pmdesk.printing.printout import Printout
from pmdesk.printing.setup import PageSetup, PrintError
from pmdesk.printing.units import UNITS_PER_INCH, begin_page_units
from pmdesk.theme import paper

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

FORMATS = ("pdf", "svg", "png")
PAPER_SIZES = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
    "Tabloid": QPageSize.PageSizeId.Tabloid,
}
MAX_PNG_PIXELS = 60_000_000  # one page image; ~240 MB of ARGB
MAX_PDF_POINTS = 14_400.0  # the largest PDF page side (200 inches)

ExportError = PrintError  # the name the views' export code has always raised


def save_png(image: QImage, path: str) -> bool:
    """Write ``image`` to ``path`` as PNG (whatever the suffix); False when that failed.

    What QImage.save(path, "PNG") does inside, through QImageWriter: PySide6's stubs type
    save()'s format as bytes, which the binding refuses (it takes only a str there)."""
    if image.isNull():
        return False
    return QImageWriter(path, b"PNG").write(image)


def _cannot_write(path: Path) -> PrintError:
    return PrintError(
        QCoreApplication.translate(
            "Printing", "Could not write {path}: check the folder's permissions and free space."
        ).format(path=path)
    )


def output_kind(path: str | os.PathLike[str]) -> str:
    """The format a path asks for (pdf, svg or png); PrintError for another, or a missing folder."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "Cannot write “{suffix}”: choose .png, .pdf or .svg."
            ).format(suffix=path.suffix or path.name)
        )
    if not path.parent.is_dir():
        raise PrintError(
            QCoreApplication.translate("Printing", "The folder {folder} does not exist.").format(
                folder=path.parent
            )
        )
    return kind


def page_layout(setup: PageSetup) -> QPageLayout:
    size = QPageSize(PAPER_SIZES.get(setup.paper, QPageSize.PageSizeId.A4))
    left, top, right, bottom = setup.margins_mm
    orientation = (
        QPageLayout.Orientation.Landscape if setup.landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        size, orientation, QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter
    )


def _units(rect: QRectF) -> QRectF:
    """A rectangle in inches as page units."""
    return QRectF(
        rect.x() * UNITS_PER_INCH,
        rect.y() * UNITS_PER_INCH,
        rect.width() * UNITS_PER_INCH,
        rect.height() * UNITS_PER_INCH,
    )


def page_paths(path: Path, count: int) -> list[Path]:
    return [
        path if n == 0 else path.with_name(f"{path.stem}-{n + 1}{path.suffix}")
        for n in range(count)
    ]


def write_printout(
    printout: Printout, path: str | os.PathLike[str], dpi: int = 300, title: str = ""
) -> list[Path]:
    """Write every page to ``path`` (PDF: one file; SVG/PNG: one file per page). Returns the
    files written."""
    path = Path(path)
    kind = output_kind(path)
    layout = page_layout(printout.setup)
    paint = _units(layout.paintRect(QPageLayout.Unit.Inch))
    full = _units(layout.fullRect(QPageLayout.Unit.Inch))
    count = printout.lay_out(QRectF(0, 0, paint.width(), paint.height()))
    written = [path] if kind == "pdf" else page_paths(path, count)
    try:
        if kind == "pdf":
            _write_pdf(printout, path, layout, dpi, title, count)
        else:
            for index, target in enumerate(written):
                if kind == "png":
                    _write_png(printout, index, target, full, paint, dpi)
                else:
                    _write_svg(printout, index, target, full, paint, title)
    except BaseException:
        for target in written:  # never leave half a printout behind
            target.unlink(missing_ok=True)
        raise
    for target in written:
        if not target.exists() or target.stat().st_size == 0:
            raise _cannot_write(target)
    return written


def _write_pdf(
    printout: Printout, path: Path, layout: QPageLayout, dpi: int, title: str, count: int
) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(int(dpi))
    writer.setTitle(title)
    writer.setCreator("pmdesk")
    writer.setPageLayout(layout)
    painter = QPainter()
    if not painter.begin(writer):
        raise _cannot_write(path)
    try:
        begin_page_units(painter, writer.resolution())
        for index in range(count):
            if index and not writer.newPage():
                raise _cannot_write(path)
            printout.paint_page(painter, index)
    finally:
        painter.end()


def _write_png(
    printout: Printout, index: int, path: Path, full: QRectF, paint: QRectF, dpi: int
) -> None:
    scale = dpi / UNITS_PER_INCH
    width, height = round(full.width() * scale), round(full.height() * scale)
    if width * height > MAX_PNG_PIXELS:
        raise PrintError(
            QCoreApplication.translate(
                "Printing",
                "A PNG page at {dpi} dpi would be too large: ask for fewer dpi "
                "(600 or less for A3).",
            ).format(dpi=dpi)
        )
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    begin_page_units(painter, dpi)
    painter.translate(paint.topLeft())
    printout.paint_page(painter, index)
    painter.end()
    if not save_png(image, str(path)):
        raise _cannot_write(path)


def _write_svg(
    printout: Printout, index: int, path: Path, full: QRectF, paint: QRectF, title: str
) -> None:
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setResolution(round(UNITS_PER_INCH))
    size = QSize(round(full.width()), round(full.height()))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription("pmdesk")
    painter = QPainter()
    if not painter.begin(generator):
        raise _cannot_write(path)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), Qt.GlobalColor.white)
    begin_page_units(painter, UNITS_PER_INCH)
    painter.translate(paint.topLeft())
    printout.paint_page(painter, index)
    painter.end()


def print_printout(printout: Printout, printer: QPrinter) -> int:
    """Paint every page on a QPrinter (a real printer or a print preview); returns the count.

    The printer's own page layout is kept when the setup asks for "printer" paper.
    """
    if printout.setup.paper != "printer":
        printer.setPageLayout(page_layout(printout.setup))
    dpi = printer.resolution()
    paint = printer.pageLayout().paintRectPixels(dpi)
    scale = dpi / UNITS_PER_INCH
    count = printout.lay_out(QRectF(0, 0, paint.width() / scale, paint.height() / scale))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        begin_page_units(painter, dpi)
        for index in range(count):
            if index and not printer.newPage():
                break
            printout.paint_page(painter, index)
    finally:
        painter.end()
    return count


def export_picture(
    render: Callable[[QPainter, QRectF], None],
    size: QSizeF,
    path: str | os.PathLike[str],
    title: str,
    png_scale: float = 2.0,
) -> None:
    """Write one picture of ``size`` page units, painted by ``render(painter, rect)``, to a
    .png (at ``png_scale`` pixels per unit, less when huge), .pdf (one page of that size) or
    .svg. The render function must use pixel-sized fonts (units.page_font)."""
    path = Path(path)
    kind = output_kind(path)
    width, height = max(1, int(size.width())), max(1, int(size.height()))
    rect = QRectF(0, 0, width, height)
    painter = QPainter()
    if kind == "png":
        if width * height * png_scale**2 > MAX_PNG_PIXELS:
            png_scale = max(0.25, (MAX_PNG_PIXELS / (width * height)) ** 0.5)
        image = QImage(
            round(width * png_scale),
            round(height * png_scale),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.white)
        painter.begin(image)
        painter.scale(png_scale, png_scale)
        with paper():  # exports are pictures for paper and slides: light
            render(painter, rect)
        painter.end()
        if not save_png(image, str(path)):
            raise _cannot_write(path)
    elif kind == "pdf":
        points = QSizeF(width * 0.75, height * 0.75)
        shrink = min(1.0, MAX_PDF_POINTS / max(points.width(), points.height()))
        writer = QPdfWriter(str(path))
        writer.setResolution(round(UNITS_PER_INCH))
        writer.setTitle(title)
        writer.setCreator("pmdesk")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(points * shrink, QPageSize.Unit.Point),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        if not painter.begin(writer):
            raise _cannot_write(path)
        painter.scale(shrink, shrink)
        painter.fillRect(rect, Qt.GlobalColor.white)
        with paper():  # exports are pictures for paper and slides: light
            render(painter, rect)
        painter.end()
    else:
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setResolution(round(UNITS_PER_INCH))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle(title)
        generator.setDescription("Exported by pmdesk")
        if not painter.begin(generator):
            raise _cannot_write(path)
        painter.fillRect(rect, Qt.GlobalColor.white)
        with paper():  # exports are pictures for paper and slides: light
            render(painter, rect)
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise _cannot_write(path)
