"""Starting the GUI: the QApplication, the first document (a file, the demo, or empty),
the main window, the recovery offer, macOS's "open this file" events and the hand-over of
files to a pmdesk that is already running (single_instance).

PMDESK_STARTUP_PROBE=1 makes the program print the wall-clock time (seconds since the epoch)
of its first paint and quit at once: benchmarks/bench_startup.py measures start-up with it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from pmdesk import __version__
from pmdesk.core.errors import PmdeskError
from pmdesk.core.gcpause import resume_collector
from pmdesk.document import Document
from pmdesk.ui.language import chosen_language, install_language
from pmdesk.ui.settings import app_settings, use_pmdesk_settings

if TYPE_CHECKING:
    from pmdesk.ui.mainwindow import MainWindow
    from pmdesk.ui.windowbase import MainWindowBase

PROBE_ENV = "PMDESK_STARTUP_PROBE"
# What qInstallMessageHandler takes and gives back.
MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], object]


class FileOpenFilter(QObject):
    """Turns macOS's QFileOpenEvent (double-click in Finder, drop on the Dock icon), sent to
    the application, into a call of ``handler(path)``. Paths that arrive before a handler is
    set (the event can come before the window exists) are kept until one is.

    A PmdeskApplication hands its FileOpen events to ``take``; on another QApplication (the
    tests', a host program's) this object watches them as an event filter."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.pending: list[str] = []
        self._handler: Callable[[str], object] | None = None
        if not isinstance(app, PmdeskApplication):
            app.installEventFilter(self)

    def set_handler(self, handler: Callable[[str], object]) -> None:
        self._handler = handler
        pending, self.pending = self.pending, []
        for path in pending:
            handler(path)

    def take(self, event: QFileOpenEvent) -> None:
        path = event.file()
        if path:
            if self._handler is not None:
                self._handler(path)
            else:
                self.pending.append(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and watched is self.parent():
            self.take(cast(QFileOpenEvent, event))
            return True
        return False


class PmdeskApplication(QApplication):
    """The application object pmdesk creates. It passes the FileOpen events sent to it to its
    FileOpenFilter from its own ``event``: an event filter on the application would be called
    by Qt for every event of every object (thousands before the first paint, each a call into
    Python that wraps the event; a tenth of the start-up time)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            opener = self.findChild(FileOpenFilter)
            if opener is not None:
                opener.take(cast(QFileOpenEvent, event))
                return True
        return super().event(event)


def app_icon_path() -> str | None:
    """resources/icons/pmdesk.svg beside the package (source tree or bundle), if present."""
    base = getattr(sys, "_MEIPASS", None) or Path(__file__).resolve().parents[2]
    path = Path(base) / "resources" / "icons" / "pmdesk.svg"
    return str(path) if path.is_file() else None


def application() -> QApplication:
    """The running QApplication (created when there is none) with its FileOpenFilter."""
    app = cast("QApplication | None", QApplication.instance())  # a QApplication, if any
    if app is None:
        app = PmdeskApplication(sys.argv[:1])
        app.setApplicationName("pmdesk")
        app.setOrganizationName("pmdesk")
        app.setApplicationVersion(__version__)
        icon = app_icon_path()
        if icon is not None:
            app.setWindowIcon(QIcon(icon))
    use_pmdesk_settings()
    if app.property("pmdesk_language") is None:  # once per application, before any widget
        language = chosen_language(app_settings())
        install_language(app, language)
        app.setProperty("pmdesk_language", language)
    if app.findChild(FileOpenFilter) is None:
        FileOpenFilter(app)  # installed early: macOS sends the event at launch
    return app


def demo_document(folder: str | None = None, language: str = "en") -> Document:
    """A fresh copy of the demo plan (in ``language``): unsaved (Save asks where) or, with
    ``folder``, saved there as "Demo plan.pmdb"."""
    from pmdesk.core.demo import build_demo_plan

    document = Document(build_demo_plan(language))
    if folder is not None:
        # Saving the fresh working copy (rather than writing a file and reading it back)
        # gives the same document, bound to its file, in half the time.
        document.save(os.path.join(folder, "Demo plan.pmdb"))
    return document


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once the first paint of ``widget`` has been handled."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, callback)  # after this paint event: the frame is drawn
        return False


# What the first paint does without: the big libraries, and pmdesk's own modules for what
# is done later (leveling, converting files through MPXJ in a child process, the edit rules
# of the task table's cells; hashlib loads OpenSSL, which start-up does not need).
_NOT_AT_START_UP = (
    "matplotlib",
    "numpy",
    "pandas",
    "sqlalchemy",
    "hashlib",
    "pmdesk.core.scheduling.leveling",
    "pmdesk.io.mpxj_route",
    "pmdesk.operations.taskcells",
    "pmdesk.operations.tasktypes",
)


def _report_first_paint() -> None:
    """The start-up probe (PMDESK_STARTUP_PROBE=1): print the time and heavy modules, quit."""
    heavy = ",".join(m for m in _NOT_AT_START_UP if m in sys.modules)
    print(f"first-paint {time.time():.6f} heavy={heavy or '-'}", flush=True)
    QApplication.exit(0)  # static: the running application's loop


def quiet_offscreen_notices() -> MessageHandler | None:
    """The offscreen platform warns that it cannot propagate size hints on every show();
    expected for screenshots and benchmarks, and only noise on the terminal. Returns the
    previous message handler."""
    previous = None

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    return previous


def _bring_forward(window: MainWindowBase, paths: list[str]) -> None:
    """Another ``pmdesk [FILE]`` was started: show this window and open its file here. (One
    plan per window: of several files, the last one stays open.)"""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    for path in paths:
        window.files.open_path(path)  # an already open plan is only raised, with a note


def start_gui(
    path: str | None, demo: bool = False, single_instance: bool = True
) -> tuple[QApplication, MainWindow] | None:
    """Build the application and main window for ``pmdesk [FILE]`` / ``pmdesk --demo``.

    Returns ``(app, window)``, or None when a pmdesk already running for this user took
    ``path`` (and raised its window): this process then has nothing to show.
    """
    from pmdesk.ui.file_controller import new_document
    from pmdesk.ui.mainwindow import MainWindow
    from pmdesk.ui.single_instance import InstanceServer, hand_over

    # --demo always gets a window of its own; a file or nothing goes to the running one.
    if single_instance and not demo and hand_over([path] if path else []):
        return None
    app = application()
    server = None
    if single_instance:
        # Listening before the (slower) window is built: files double-clicked meanwhile wait.
        server = InstanceServer(app)
        if not server.listen():
            server.deleteLater()
            server = None  # another instance won a race at start, or --demo beside one
    probing = os.environ.get(PROBE_ENV) == "1"
    document = None
    if demo:
        document = demo_document(language=app.property("pmdesk_language") or "en")
    window = MainWindow(document if document is not None else new_document())
    window.instance_server = None
    if path and not demo:
        window.files.open_path(path)
    opener = app.findChild(FileOpenFilter)
    if opener is not None:  # application() installed it
        opener.set_handler(window.files.open_path)
    if server is not None:
        server.set_handler(lambda paths: _bring_forward(window, paths))
        window.instance_server = server
        window.destroyed.connect(server.close)
    if probing:
        _AfterFirstPaint(window.workspace.current_view(), _report_first_paint)
    else:
        # The working copy of an in-memory plan (the demo) is made once the window shows it
        # (see Document.prepare_working_copy); then the recovery offer.
        def after_first_paint() -> None:
            try:
                window.document.prepare_working_copy()
            except PmdeskError as exc:  # tried again at the first edit or save
                window.statusBar().showMessage(str(exc), 10000)
            window.files.offer_recovery()

        _AfterFirstPaint(window.workspace.current_view(), after_first_paint)
    window.show()
    return app, window


def run_gui(path: str | None, demo: bool = False) -> int:
    """Show the main window with ``path`` (or the demo plan, or an empty plan); run until quit.
    When a pmdesk of this user is already running, hand ``path`` to it and return 0."""
    started = start_gui(path, demo)
    resume_collector()  # cli.main paused it while the window was built (some 30,000 objects)
    if started is None:
        if sys.stdout is not None:  # a windowed executable on Windows has no console
            from PySide6.QtCore import QCoreApplication

            print(
                QCoreApplication.translate(
                    "pmdesk", "pmdesk: handed over to the pmdesk already running."
                ),
                flush=True,
            )
        return 0
    app, _window = started
    return app.exec()
