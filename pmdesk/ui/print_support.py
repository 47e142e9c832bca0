"""File > Print and Print Preview for whichever view is current.

A view that can lay itself out on paper offers ``print_to(printer)``; any other view is
rendered onto one page, scaled to fit, keeping its aspect ratio. QtPrintSupport is imported
here only, when the user first prints.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget


def render_view(view: QWidget, printer: QPrinter) -> None:
    """Print ``view`` with its own print_to(), or as it looks on screen, scaled to the page."""
    print_to = getattr(view, "print_to", None)
    if callable(print_to):
        print_to(printer)
        return
    painter = QPainter(printer)
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        size = view.size()
        scale = min(page.width() / max(1, size.width()), page.height() / max(1, size.height()))
        painter.scale(scale, scale)
        view.render(painter, QPoint(0, 0))
    finally:
        painter.end()


def preview(parent: QWidget, view: QWidget) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda p: render_view(view, p))
    dialog.exec()


def print_with_dialog(parent: QWidget, view: QWidget) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        render_view(view, printer)
