"""`pmdesk report FILE -o report.{pdf,html} [--status-date DATE] [--baseline N]`: the status
report for stakeholders (as Project > Status Report... makes it)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pmdesk.ui.app import MessageHandler

NAME = "report"
HELP = QT_TRANSLATE_NOOP(
    "Commands",
    "write the status report of FILE (finish vs baseline, milestones, earned value, S-curve) to "
    "PDF or HTML",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Commands", "the .pmdb plan to report on")
    )
    parser.add_argument(
        "-o", "--output", required=True, help=translate("Commands", "report.pdf or report.html")
    )
    parser.add_argument(
        "--status-date",
        metavar="DATE",
        help=translate(
            "Commands", "report at DATE (YYYY-MM-DD; default: the plan's status date, else now)"
        ),
    )
    parser.add_argument(
        "--baseline",
        metavar="N",
        help=translate("Commands", "compare with baseline N (0-10, default 0)"),
    )


def _qt_application() -> MessageHandler | None:
    """A QApplication with the chosen language installed (offscreen without a display);
    returns the message handler to put back."""
    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pmdesk.core.translation import LANGUAGE_ENV
    from pmdesk.ui.app import application, quiet_offscreen_notices
    from pmdesk.ui.language import install_language

    app = application()
    language = os.environ.get(LANGUAGE_ENV)
    if language and app.property("pmdesk_language") != language:  # an application made earlier
        install_language(app, language)
        app.setProperty("pmdesk_language", language)
    return quiet_offscreen_notices()


def run(args: argparse.Namespace) -> int:
    from pmdesk.commands import reportargs
    from pmdesk.core.translation import LANGUAGE_ENV
    from pmdesk.reports.statusreport import make_report, write_html

    kind = os.path.splitext(args.output)[1].lower()
    if kind not in (".pdf", ".html", ".htm"):
        raise PmdeskError(
            f"The report can be written as .pdf or .html, not “{kind or args.output}”."
        )
    status = reportargs.status_date(args.status_date)
    number = reportargs.baseline(args.baseline)
    data, schedule = reportargs.load_scheduled(args.file)
    if kind != ".pdf":
        if os.environ.get(LANGUAGE_ENV, "en") != "en":  # `pmdesk --lang id report ...`
            from PySide6.QtCore import qInstallMessageHandler

            qInstallMessageHandler(_qt_application())
        write_html(make_report(data, schedule, status, number), args.output)
        return 0
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

    from pmdesk.printing.fields import PlanFields
    from pmdesk.printing.statusreport import write_report_pdf

    previous_handler = _qt_application()
    try:
        from datetime import date

        report = make_report(data, schedule, status, number)
        fields = PlanFields(
            plan=report.plan_name,
            view=QCoreApplication.translate("StatusReport", "Status report"),
            file=os.path.basename(args.file),
            status_date=f"{report.status_date:%Y-%m-%d}",
            printed=f"{date.today():%Y-%m-%d}",
        )
        write_report_pdf(report, args.output, fields)
    finally:
        qInstallMessageHandler(previous_handler)
    return 0
