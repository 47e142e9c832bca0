"""Project > Status Report...: choose where (PDF or HTML), and the report of the plan at its
status date against baseline 0 is written there (reports/statusreport.py; the PDF through
printing/statusreport.py). Anything that cannot be done is one sentence in a message box."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from pmdesk.core.errors import PmdeskError

if TYPE_CHECKING:
    from pmdesk.document import Document


def write_status_report(document: Document, path: str) -> Path:
    """Write the report of ``document`` to ``path`` (.pdf or .html); PmdeskError when not."""
    from pmdesk.printing.fields import PlanFields
    from pmdesk.printing.statusreport import write_report_pdf
    from pmdesk.reports.statusreport import make_report, write_html

    kind = os.path.splitext(path)[1].lower()
    if kind not in (".pdf", ".html", ".htm"):
        raise PmdeskError(
            QCoreApplication.translate(
                "StatusReport", "Choose a file ending in .pdf or .html for the report."
            )
        )
    schedule = document.schedule
    if schedule is None:
        raise PmdeskError(
            QCoreApplication.translate(
                "StatusReport",
                "The plan does not schedule; fix the problem the Gantt shows "
                "before making a report.",
            )
        )
    report = make_report(document.data, schedule)
    if kind != ".pdf":
        return write_html(report, path)
    view = QCoreApplication.translate("StatusReport", "Status report")
    fields = PlanFields.of(document, view, date.today())
    write_report_pdf(report, path, fields)
    return Path(path)


def show_status_report(window: QWidget, document: Document) -> str | None:
    """Ask for a file and write the report there; returns the path written, or None."""
    from pmdesk.ui import dialogs

    folder = os.path.dirname(document.path) if document.path else ""
    name = f"{document.data.plan.name or 'plan'} status report.pdf"
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("StatusReport", "Status Report"),
        os.path.join(folder, name),
        QCoreApplication.translate("StatusReport", "PDF (*.pdf);;Web page (*.html)"),
    )
    if not path:
        return None
    try:
        write_status_report(document, path)
    except PmdeskError as exc:
        title = QCoreApplication.translate("StatusReport", "Status Report")
        dialogs.show_error(window, title, str(exc))
        return None
    return path
