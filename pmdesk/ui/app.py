"""Starting the GUI: the QApplication, the first document (a file, the demo, or empty),
the main window, the recovery offer and macOS's "open this file" events.

PMDESK_STARTUP_PROBE=1 makes the program print the wall-clock time (seconds since the epoch)
of its first paint and quit at once: benchmarks/bench_startup.py measures start-up with it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from pmdesk import __version__
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData
from pmdesk.document import Document

PROBE_ENV = "PMDESK_STARTUP_PROBE"


class PmdeskApplication(QApplication):
    """Handles macOS's QFileOpenEvent (double-click in Finder, drop on the Dock icon); a file
    named before the main window exists is kept until a handler is set."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self._pending_files: list[str] = []
        self._open_file: Callable[[str], object] | None = None

    def set_file_open_handler(self, handler: Callable[[str], object]) -> None:
        self._open_file = handler
        pending, self._pending_files = self._pending_files, []
        for path in pending:
            handler(path)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()
            if path:
                if self._open_file is not None:
                    self._open_file(path)
                else:
                    self._pending_files.append(path)
            return True
        return super().event(event)


def application() -> QApplication:
    """The running QApplication, created (as PmdeskApplication) when there is none."""
    app = QApplication.instance()
    if app is None:
        app = PmdeskApplication(sys.argv[:1])
        app.setApplicationName("pmdesk")
        app.setOrganizationName("pmdesk")
        app.setApplicationVersion(__version__)
    return app


def demo_document() -> Document:
    """A fresh copy of the demo plan in a new temporary .pmdb (untitled if there is no store)."""
    from pmdesk.core.demo import build_demo_plan

    data = build_demo_plan()
    try:
        from pmdesk.store.pmdb import save_plan
    except ImportError:
        return Document(data)
    folder = tempfile.mkdtemp(prefix="pmdesk-demo-")
    path = os.path.join(folder, "Demo plan.pmdb")
    save_plan(data, path)
    return Document.open(path)


class _FirstPaintProbe(QObject):
    """Prints the time of the first paint of ``widget`` and quits the application."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # After this paint event has been handled: the frame is drawn.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        QApplication.instance().exit(0)


def run_gui(path: str | None, demo: bool = False) -> int:
    """Show the main window with ``path`` (or the demo plan, or an empty plan); run until quit."""
    from pmdesk.ui.mainwindow import MainWindow

    app = application()
    probing = os.environ.get(PROBE_ENV) == "1"
    document = None
    if demo:
        try:
            document = demo_document()
        except PmdeskError as exc:  # e.g. no space left for the temporary copy
            print(f"pmdesk: {exc}", file=sys.stderr)
            return 1
    window = MainWindow(document if document is not None else Document(PlanData()))
    if path and not demo:
        window.files.open_path(path)
    if isinstance(app, PmdeskApplication):
        app.set_file_open_handler(window.files.open_path)
    if probing:
        _FirstPaintProbe(window.workspace.current_view())
    window.show()
    if not probing:
        QTimer.singleShot(0, window.files.offer_recovery)
    return app.exec()
