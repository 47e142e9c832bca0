"""`pmdesk --self-test`: prove that this installation works, without a screen or a user.

It goes through what a user's first minutes touch (the Qt platform, the demo plan, the
scheduler, every view, printing to PDF, MS Project XML both ways, saving and reopening a .pmdb)
and prints one line per check. Installers and CI run it on a freshly built bundle: a missing
Qt plugin, matplotlib backend or data file fails here instead of on a user's machine.

Settings, recovery copies and files go to a temporary folder; the user's own are not touched.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from pmdesk.core.plandata import PlanData
    from pmdesk.document import Document
    from pmdesk.ui.app import MessageHandler
    from pmdesk.ui.mainwindow import MainWindow

CONTEXT = "SelfTest"


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, text)


class CheckFailed(Exception):
    """A check saw something wrong; the message is the sentence printed after FAIL."""


@dataclass
class SelfTestRun:
    """What the checks share: the temporary folder, the application, the demo document."""

    folder: str
    app: QApplication | None = None
    document: Document | None = None
    window: MainWindow | None = None
    qt_messages: list[str] = field(default_factory=list)
    previous_handler: MessageHandler | None = None

    # The checks run in order: each accessor names what an earlier check failed to make, on
    # the FAIL line of every check that needed it.
    def the_app(self) -> QApplication:
        if self.app is None:
            raise RuntimeError("There is no QApplication (the Qt platform check failed).")
        return self.app

    def the_document(self) -> Document:
        if self.document is None:
            raise RuntimeError("There is no demo document (the demo plan check failed).")
        return self.document


def print_view_to_pdf(document: Document, tab: str, view: object, path: str) -> None:
    """Print ``view`` (the window's ``tab``) into the PDF file ``path`` as File > Print does:
    the same Printout the preview and the printer paint.

    The one call from here into printing: when printing changes, only this function follows.
    """
    from pmdesk.printing.output import write_printout
    from pmdesk.printing.preview import printout_for

    write_printout(printout_for(document, tab, view), path)


# -- the checks ---------------------------------------------------------------------------------
def check_qt(run: SelfTestRun) -> str:
    from PySide6.QtCore import qInstallMessageHandler, qVersion
    from PySide6.QtGui import QImage

    from pmdesk.printing.output import save_png
    from pmdesk.ui.app import application

    def keep(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        # The offscreen platform's size-hint notice is expected without a screen.
        if "propagateSizeHints" not in message:
            run.qt_messages.append(message)

    run.previous_handler = qInstallMessageHandler(keep)
    app = run.app = application()
    # PNG is what screenshots, exports and icons are written as: its plugin must be there.
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    image.fill(0xFF3366CC)
    png = os.path.join(run.folder, "probe.png")
    if not save_png(image, png) or QImage(png).pixel(3, 3) != 0xFF3366CC:
        raise CheckFailed(_tr("Qt cannot write and read back a PNG image."))
    return _tr("Qt {0} on the {1} platform").format(qVersion(), app.platformName())


def check_demo_plan(run: SelfTestRun) -> str:
    from pmdesk.core.demo import build_demo_plan
    from pmdesk.core.entities import Resource, RoadmapItem, Task
    from pmdesk.document import Document

    run.document = Document(build_demo_plan())
    data = run.document.data
    tasks, resources, items = data.count(Task), data.count(Resource), data.count(RoadmapItem)
    if not (tasks and resources and items):
        raise CheckFailed(_tr("The demo plan is missing tasks, resources or roadmap items."))
    return _tr("{0} tasks, {1} resources, {2} roadmap items").format(tasks, resources, items)


def check_schedule(run: SelfTestRun) -> str:
    from pmdesk.core.scheduling import schedule_plan

    data = run.the_document().data
    schedule = schedule_plan(data)
    backwards = [tid for tid, task in schedule.tasks.items() if task.finish < task.start]
    if len(schedule.tasks) != len(data.tasks) or backwards:
        raise CheckFailed(_tr("The schedule has missing tasks or tasks ending before they start."))
    critical = sum(1 for task in schedule.tasks.values() if task.critical)
    if not critical:
        raise CheckFailed(_tr("The schedule has no critical path."))
    finish = schedule.project_finish  # a plan with tasks has one (checked above)
    return _tr("finishes {0}, {1} critical tasks").format(
        f"{finish:%Y-%m-%d}" if finish is not None else "—", critical
    )


def _is_drawn(image: QImage) -> bool:
    """More than a few colours on a coarse grid: a painted view, not a blank rectangle."""
    step_x, step_y = max(1, image.width() // 60), max(1, image.height() // 40)
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), step_x)
        for y in range(0, image.height(), step_y)
    }
    return len(colours) > 4


def check_views(run: SelfTestRun) -> str:
    from PySide6.QtCore import Qt

    from pmdesk.ui import workspaces
    from pmdesk.ui.mainwindow import MainWindow
    from pmdesk.ui.settings import app_settings

    app = run.the_app()
    window = run.window = MainWindow(run.the_document(), app_settings())
    # Rendered, laid out and painted like a shown window, but never put on a screen: the
    # self-test must not flash windows on a desktop (nor need one).
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(1280, 800)
    window.show()
    shown = []
    for key in workspaces.WIDGETS:
        window.show_tab(key)
        view = window.workspace.current_view()
        modes: list[str | None] = list(getattr(view, "modes", None) or [None])
        set_mode = getattr(view, "set_mode", None)
        for mode in modes:
            if mode is not None:
                if set_mode is None:
                    raise RuntimeError(f"The {key} view has modes but no set_mode().")
                set_mode(mode)
            for _ in range(3):  # layouts settle, lazy parts (charts) build
                app.processEvents()
            if not _is_drawn(view.grab().toImage()):
                name = key if mode is None else f"{key} ({mode})"
                raise CheckFailed(_tr("The {0} view rendered blank.").format(name))
        named = [mode for mode in modes if mode is not None]
        shown.append(f"{key} ({', '.join(named)})" if named else key)
    return ", ".join(shown)


def check_pdf(run: SelfTestRun) -> str:
    if run.window is None:
        raise CheckFailed(_tr("There is no rendered view to print."))
    run.window.show_tab("gantt")
    run.the_app().processEvents()
    path = os.path.join(run.folder, "gantt.pdf")
    print_view_to_pdf(run.window.document, "gantt", run.window.workspace.current_view(), path)
    if not os.path.isfile(path):
        raise CheckFailed(_tr("Printing wrote no PDF file."))
    with open(path, "rb") as pdf:
        content = pdf.read()
    pages = len(re.findall(rb"/Type\s*/Page\b", content))
    if not content.startswith(b"%PDF-") or pages < 1 or len(content) < 2000:
        raise CheckFailed(_tr("The printed PDF is not a PDF with at least one drawn page."))
    return _tr("the Gantt chart on {0} page(s), {1} KB").format(pages, len(content) // 1024)


def _task_names(data: PlanData) -> list[str]:
    return sorted(task.name for task in data.tasks.values())


def check_mspdi(run: SelfTestRun) -> str:
    from pmdesk.io.formats import export_file, import_file

    data = run.the_document().data
    path = os.path.join(run.folder, "plan.xml")
    export_file(data, path)
    result = import_file(path)
    if _task_names(result.data) != _task_names(data):
        raise CheckFailed(_tr("The tasks read back from MS Project XML differ from those written."))
    if len(result.data.links) != len(data.links):
        raise CheckFailed(_tr("The links read back from MS Project XML differ from those written."))
    return _tr("{0} tasks and {1} links written and read back").format(
        len(result.data.tasks), len(result.data.links)
    )


def check_save_reopen(run: SelfTestRun) -> str:
    from pmdesk.document import Document
    from pmdesk.store.identity import APPLICATION_ID

    document = run.the_document()
    path = os.path.join(run.folder, "plan.pmdb")
    document.save(path)
    with open(path, "rb") as plan:
        header = plan.read(100)
    # What the desktop's MIME magic and `pmdesk check` recognise a plan by.
    if (
        header[:16] != b"SQLite format 3\x00"
        or int.from_bytes(header[68:72], "big") != APPLICATION_ID
    ):
        raise CheckFailed(_tr("The saved file lacks the SQLite header or pmdesk's application id."))
    reopened = Document.open(path, read_only=True)
    try:
        if (
            _task_names(reopened.data) != _task_names(document.data)
            or reopened.name != document.name
        ):
            raise CheckFailed(_tr("The reopened plan differs from the one saved."))
        count = len(reopened.data.tasks)
    finally:
        reopened.close()
    return _tr("{0} tasks, {1} KB").format(count, os.path.getsize(path) // 1024)


def check_currencies(run: SelfTestRun) -> str:
    from pmdesk.core.planinfo import all_currencies, currency_name

    # The ISO 4217 table the Project Information dialog offers (pycountry's data file).
    currencies = all_currencies()
    if len(currencies) < 100 or currency_name("EUR") is None:
        raise CheckFailed(_tr("The list of ISO 4217 currencies is missing or incomplete."))
    return _tr("{0} ISO 4217 currencies").format(len(currencies))


def check_holidays(run: SelfTestRun) -> str:
    from datetime import date

    from pmdesk.core.scheduling.holidays import national_holidays

    # Countries are imported by name and their English names come from translation files:
    # both are easy to leave out of a bundle.
    found = national_holidays("ID", [2027])
    first = found[0] if found else None
    if first is None or first.day != date(2027, 1, 1) or first.name != "New Year's Day":
        raise CheckFailed(_tr("National holidays are missing or not named in English."))
    return _tr("{0} public holidays in Indonesia in 2027, named in English").format(len(found))


def check_qt_messages(run: SelfTestRun) -> str:
    if run.qt_messages:
        raise CheckFailed(_tr("Qt reported: {0}").format(" | ".join(run.qt_messages[:3])))
    return _tr("no warnings")


CHECKS: tuple[tuple[str, Callable[[SelfTestRun], str]], ...] = (
    ("Qt platform", check_qt),
    ("demo plan", check_demo_plan),
    ("schedule", check_schedule),
    ("views", check_views),
    ("print to PDF", check_pdf),
    ("MS Project XML", check_mspdi),
    ("save and reopen", check_save_reopen),
    ("currencies", check_currencies),
    ("national holidays", check_holidays),
    ("Qt messages", check_qt_messages),
)


# -- running ------------------------------------------------------------------------------------
def _headless() -> None:
    """No display (a server, CI, an ssh session): Qt's offscreen platform instead of failing."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, CheckFailed):
        return str(exc)
    text = " ".join(str(exc).split())  # numpy's import error alone is twenty lines
    if len(text) > 300:
        text = text[:150] + " ... " + text[-140:]
    # Not a user error: a broken installation. Name where it broke, on one line.
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" ({os.path.basename(frame.filename)}:{frame.lineno})" if frame else ""
    return f"{type(exc).__name__}: {text}{where}"


def run_self_test(
    out: TextIO | None = None, checks: tuple[tuple[str, Callable[[SelfTestRun], str]], ...] = CHECKS
) -> int:
    """Run every check, print ``ok``/``FAIL`` lines on ``out``; 0 when all passed, else 1."""
    out = out if out is not None else sys.stdout
    _headless()
    saved = {key: os.environ.get(key) for key in ("PMDESK_CONFIG_DIR", "PMDESK_DATA_DIR")}
    failed = 0
    with tempfile.TemporaryDirectory(prefix="pmdesk-selftest-") as folder:
        os.environ["PMDESK_CONFIG_DIR"] = os.path.join(folder, "config")
        os.environ["PMDESK_DATA_DIR"] = os.path.join(folder, "data")
        run = SelfTestRun(folder)
        try:
            for name, check in checks:
                try:
                    detail = check(run)
                except Exception as exc:  # noqa: BLE001 - every failure is a reported line
                    failed += 1
                    print(f"FAIL  {name}: {_one_line(exc)}", file=out, flush=True)
                else:
                    print(f"ok    {name}: {detail}", file=out, flush=True)
        finally:
            _tear_down(run)
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    total = len(checks)
    if failed:
        print(_tr("self-test FAILED: {0} of {1} checks failed").format(failed, total), file=out)
        return 1
    print(_tr("self-test passed: {0} checks").format(total), file=out)
    return 0


def _tear_down(run: SelfTestRun) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    if run.window is not None:
        run.window.files.stop_timers()
        run.window.document.close()
        run.window.hide()
        run.window.deleteLater()
    elif run.document is not None:
        run.document.close()
    if run.app is not None:
        run.app.processEvents()
        qInstallMessageHandler(run.previous_handler)
        from pmdesk.ui.settings import use_pmdesk_settings

        use_pmdesk_settings()  # back to the user's (or the caller's) settings folder
