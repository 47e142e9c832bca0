"""File > Print, Print Preview and Page Setup for whichever view is current.

The preview and the printer paint through the same Printout (views.source_for), so the
preview shows exactly what prints. QtPrintSupport is imported here only, when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from pmdesk.printing.fields import PlanFields
from pmdesk.printing.output import print_printout
from pmdesk.printing.printout import Printout
from pmdesk.printing.setup import PageSetup, PrintError, stored_setup
from pmdesk.printing.views import default_setup, print_key, source_for, view_title

if TYPE_CHECKING:
    from pmdesk.document import Document


def setup_for(document: Document, key: str) -> PageSetup:
    """The page setup remembered for view ``key`` in the plan (or the view's default)."""
    return stored_setup(document.data.plan.settings, key, default_setup(key))


def printout_for(document: Document, tab: str, widget: object) -> Printout:
    key = print_key(tab, widget)
    setup = setup_for(document, key)
    return Printout(source_for(key, widget, setup), setup, PlanFields.of(document, view_title(key)))


def paint_on(printer: QPrinter, document: Document, tab: str, widget: object) -> int:
    """Paint the view's pages on ``printer``; returns the page count."""
    return print_printout(printout_for(document, tab, widget), printer)


def make_preview(
    parent: QWidget, document: Document, tab: str, widget: object
) -> QPrintPreviewDialog:
    """A print preview dialog for the view, not yet shown (tests open it without exec)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Print Preview — {view}").format(
            view=view_title(print_key(tab, widget))
        )
    )

    # The dialog does not own the printer: the slot, which the dialog's connection keeps as
    # long as the dialog lives, holds it.
    def paint(target: QPrinter, _kept: QPrinter = printer) -> None:
        _paint_or_say(dialog, target, document, tab, widget)

    dialog.paintRequested.connect(paint)
    return dialog


def _paint_or_say(
    parent: QWidget, printer: QPrinter, document: Document, tab: str, widget: object
) -> int:
    """Paint, or show in one sentence why the printout cannot be made (then nothing prints)."""
    try:
        return paint_on(printer, document, tab, widget)
    except PrintError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Printing", "Cannot print"), str(exc)
        )
        return 0


def preview(parent: QWidget, document: Document, tab: str, widget: object) -> None:
    make_preview(parent, document, tab, widget).exec()


def print_with_dialog(parent: QWidget, document: Document, tab: str, widget: object) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    if dialog.exec() == QDialog.DialogCode.Accepted:
        _paint_or_say(parent, printer, document, tab, widget)
