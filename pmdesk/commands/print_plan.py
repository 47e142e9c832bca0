"""`pmdesk print FILE -o OUT.{pdf,svg,png} --view VIEW [...]`: print a view of a plan to files,
tiled and framed as File > Print does (the same printing package), for scripted reports."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any, NoReturn

from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pmdesk.document import Document

NAME = "print"
HELP = QT_TRANSLATE_NOOP(
    "Commands",
    "print a view of a plan to PDF, SVG or PNG pages (tiled, with header, footer and legend)",
)
VIEWS = ("gantt", "tracking", "resources", "roadmap", "timeline", "executive", "canvas", "pnl")
PAPERS = ("A4", "A3", "Letter", "Legal", "Tabloid")
ZOOMS = ("days", "weeks", "months", "quarters")


def _fail(message: str) -> NoReturn:
    # argparse would print the usage and the error on two lines: one sentence is the rule.
    raise PmdeskError(f"{message[0].upper()}{message[1:]} (see pmdesk print --help).")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # One sentence instead of argparse's usage and error lines; argparse has no hook for that
    # but its documented error() method, which mypy sees as a method, not a slot.
    parser.error = _fail  # type: ignore[method-assign]
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", help=translate("Commands", "the .pmdb plan to print"))
    source.add_argument(
        "--demo",
        action="store_true",
        help=translate("Commands", "print a fresh copy of the demo plan"),
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        help=translate(
            "Commands",
            "OUT.pdf, OUT.svg or OUT.png (SVG and PNG: one file per page, OUT-2.png and so on)",
        ),
    )
    parser.add_argument(
        "--view", default="gantt", help=f"one of {', '.join(VIEWS)} (default gantt)"
    )
    parser.add_argument(
        "--paper", help=f"one of {', '.join(PAPERS)} (default: the view's page setup)"
    )
    orientation = parser.add_mutually_exclusive_group()
    orientation.add_argument(
        "--landscape", action="store_true", help=translate("Commands", "landscape pages")
    )
    orientation.add_argument(
        "--portrait", action="store_true", help=translate("Commands", "portrait pages")
    )
    parser.add_argument(
        "--pages-wide", help=translate("Commands", "fit the width to N pages across")
    )
    parser.add_argument(
        "--pages-tall", help=translate("Commands", "and the height to at most M pages down")
    )
    parser.add_argument(
        "--from",
        dest="date_from",
        help=translate("Commands", "first date of the timescale (YYYY-MM-DD)"),
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        help=translate("Commands", "last date of the timescale (YYYY-MM-DD)"),
    )
    parser.add_argument(
        "--zoom",
        help=translate(
            "Commands", "a fixed timescale instead of fitting: days, weeks, months or quarters"
        ),
    )
    parser.add_argument(
        "--columns",
        help=translate("Commands", "Gantt table columns, e.g. id,name,duration,start,finish"),
    )
    parser.add_argument(
        "--dpi", help=translate("Commands", "resolution (default 1200 for PDF, 150 for PNG)")
    )
    parser.add_argument(
        "--notes",
        action="store_true",
        help=translate("Commands", "Gantt: the tasks' notes on pages after the chart"),
    )


def _count(text: str | None, option: str) -> int | None:
    if text is None:
        return None
    try:
        value = int(text)
    except ValueError:
        raise PmdeskError(f"{option} must be a whole number of pages, not “{text}”.") from None
    if not 1 <= value <= 50:
        raise PmdeskError(f"{option} must be between 1 and 50.")
    return value


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise PmdeskError(f"{option} must be a date such as 2026-03-31, not “{text}”.") from None


def _checked(args: argparse.Namespace) -> dict[str, Any]:
    if args.view not in VIEWS:
        raise PmdeskError(f"There is no view “{args.view}”; choose one of {', '.join(VIEWS)}.")
    if args.paper is not None and args.paper not in PAPERS:
        raise PmdeskError(f"The paper must be one of {', '.join(PAPERS)}, not “{args.paper}”.")
    if args.zoom is not None and args.zoom not in ZOOMS:
        raise PmdeskError(f"The zoom must be one of {', '.join(ZOOMS)}, not “{args.zoom}”.")
    dpi = None
    if args.dpi is not None:
        try:
            dpi = int(args.dpi)
        except ValueError:
            raise PmdeskError(f"--dpi must be a whole number, not “{args.dpi}”.") from None
        if not 72 <= dpi <= 2400:
            raise PmdeskError("--dpi must be between 72 and 2400.")
    # PageSetup fields (for dataclasses.replace) and the dpi; PageSetup.checked() refuses a
    # combination that cannot print.
    values: dict[str, Any] = {
        "pages_wide": _count(args.pages_wide, "--pages-wide"),
        "pages_tall": _count(args.pages_tall, "--pages-tall"),
        "date_from": _day(args.date_from, "--from"),
        "date_to": _day(args.date_to, "--to"),
        "dpi": dpi,
    }
    if values["date_from"] and values["date_to"] and values["date_to"] <= values["date_from"]:
        raise PmdeskError("--to must be after --from.")
    if args.columns is not None:
        values["columns"] = tuple(c.strip() for c in args.columns.split(",") if c.strip())
        if not values["columns"]:
            raise PmdeskError("--columns needs at least one column, e.g. id,name.")
    return values


def run(args: argparse.Namespace) -> int:
    values = _checked(args)
    if args.file and not os.path.exists(args.file):
        raise PmdeskError(f"There is no file {args.file}.")
    from pmdesk.printing.output import output_kind

    kind = output_kind(args.output)
    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    from pmdesk.ui.app import application, quiet_offscreen_notices

    application()
    previous_handler = quiet_offscreen_notices()
    try:
        return _print(args, values, kind)
    finally:
        qInstallMessageHandler(previous_handler)


def _print(args: argparse.Namespace, values: dict[str, Any], kind: str) -> int:
    import tempfile

    from PySide6.QtCore import QCoreApplication

    from pmdesk.document import Document
    from pmdesk.printing.fields import PlanFields
    from pmdesk.printing.output import write_printout
    from pmdesk.printing.printout import Printout
    from pmdesk.printing.setup import stored_setup
    from pmdesk.printing.views import default_setup, source_for, view_title
    from pmdesk.ui.app import demo_document

    key = args.view
    with tempfile.TemporaryDirectory(prefix="pmdesk-print-") as folder:
        app = QCoreApplication.instance()  # run() made it
        language = (app.property("pmdesk_language") if app is not None else None) or "en"
        document = (
            demo_document(folder, language)
            if args.demo
            else Document.open(args.file, read_only=True)
        )
        try:
            setup = stored_setup(document.data.plan.settings, key, default_setup(key))
            changes = {k: v for k, v in values.items() if k != "dpi" and v is not None}
            if args.paper:
                changes["paper"] = args.paper
            if args.landscape or args.portrait:
                changes["landscape"] = bool(args.landscape)
            if args.notes:
                changes["notes_page"] = True
            if args.zoom:
                changes["zoom"] = args.zoom
                changes.setdefault("pages_wide", None)
            setup = replace(setup, **changes).checked()
            widget = _widget(key, document)
            printout = Printout(
                source_for(key, widget, setup), setup, PlanFields.of(document, view_title(key))
            )
            dpi = values["dpi"] or (150 if kind == "png" else 1200)
            written = write_printout(printout, args.output, dpi=dpi, title=document.data.plan.name)
        finally:
            document.close()
    pages = "page" if len(written) == 1 and printout.page_count == 1 else "pages"
    print(
        f"{args.output}: {view_title(key)}, {printout.page_count} {pages}"
        + (f" in {len(written)} files" if len(written) > 1 else "")
    )
    return 0


def _widget(key: str, document: Document) -> object:
    """The view's widget, built offscreen (its painters lay the view out); None for views
    printed from the plan alone."""
    if key in ("gantt", "tracking", "executive"):
        return _PlanOnly(document)
    from pmdesk.printing.views import TAB_OF
    from pmdesk.ui.workspaces import widget_class

    widget = widget_class(TAB_OF[key])(document)
    widget.resize(1400, 900)
    if key == "timeline":
        from pmdesk.ui.workspaces.roadmap.workspace import RoadmapWorkspace

        if isinstance(widget, RoadmapWorkspace):
            widget.set_mode("timeline")
    return widget


class _PlanOnly:
    """No widget: the Gantt (every task expanded) and the executive timeline print from the plan."""

    def __init__(self, document: Document) -> None:
        self.document = document
