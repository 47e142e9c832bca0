"""Export a canvas view (strategy curves, ERRC grid, business model canvas) to PNG, PDF or SVG
through the view's own painter, and print it on one page."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from pmdesk.core.errors import PmdeskError

PICTURE_FORMATS = ("png", "pdf", "svg")
EXPORT_SIZES = {"strategy": QSizeF(1500, 720), "errc": QSizeF(1300, 860), "bmc": QSizeF(1600, 1000)}


class ExportError(PmdeskError):
    """An export that could not be written (folder missing, unknown format, no permission)."""


def _cannot_write(path: Path) -> ExportError:
    return ExportError(f"Could not write {path}: check the folder's permissions and free space.")


def export_picture(view, path: str | os.PathLike, size: QSizeF, title: str) -> None:
    """Write ``view.render_content`` at ``size`` (logical pixels) to a .png, .pdf or .svg."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in PICTURE_FORMATS:
        raise ExportError(f"Cannot export to “{path.suffix or path.name}”: choose .png, .pdf or .svg.")
    if not path.parent.is_dir():
        raise ExportError(f"The folder {path.parent} does not exist.")
    width, height = int(size.width()), int(size.height())
    rect = QRectF(0, 0, width, height)
    painter = QPainter()
    if kind == "png":
        image = QImage(width * 2, height * 2, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        painter.begin(image)
        painter.scale(2, 2)  # sharp on high-density screens and in slides
        view.render_content(painter, rect)
        painter.end()
        if not image.save(str(path), "PNG"):
            raise _cannot_write(path)
    elif kind == "pdf":
        writer = QPdfWriter(str(path))
        writer.setResolution(96)
        writer.setTitle(title)
        writer.setCreator("pmdesk")
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(width * 0.75, height * 0.75), QPageSize.Unit.Point),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        if not painter.begin(writer):
            raise _cannot_write(path)
        view.render_content(painter, rect)
        painter.end()
    else:
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle(title)
        generator.setDescription("Exported by pmdesk")
        if not painter.begin(generator):
            raise _cannot_write(path)
        view.render_content(painter, rect)
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise _cannot_write(path)


def print_picture(view, printer, size: QSizeF) -> None:
    """Paint the view onto the printer's page at ``size``'s proportions, scaled to fit the page
    and centred across it (a strategy canvas stretched to a portrait page's height reads badly)."""
    painter = QPainter(printer)
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = min(page.width() / size.width(), page.height() / size.height())
    painter.translate((page.width() - size.width() * scale) / 2, 0)
    painter.scale(scale, scale)
    view.render_content(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
