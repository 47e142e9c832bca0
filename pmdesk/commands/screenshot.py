"""`pmdesk screenshot FILE --view VIEW -o OUT.png`: render the real main window offscreen."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    from pmdesk.ui.mainwindow import MainWindow

NAME = "screenshot"
HELP = QT_TRANSLATE_NOOP(
    "Commands", "save a PNG of the main window showing one view of a plan (offscreen)"
)
VIEWS = ("roadmap", "canvas", "pnl", "gantt", "resources", "executive", "risk")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1600x1000, not {text!r}") from None
    if not (200 <= width <= 8000 and 150 <= height <= 8000):
        raise argparse.ArgumentTypeError("size must be between 200x150 and 8000x8000")
    return width, height


def add_arguments(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", help=translate("Commands", "the .pmdb plan to show"))
    source.add_argument(
        "--demo",
        action="store_true",
        help=translate("Commands", "use a fresh copy of the demo plan"),
    )
    parser.add_argument(
        "--view", required=True, choices=VIEWS, help=translate("Commands", "the tab to show")
    )
    parser.add_argument(
        "--mode",
        help=translate(
            "Commands", "a mode of the view, e.g. timeline, table or chart for the roadmap"
        ),
    )
    parser.add_argument(
        "-o", "--output", required=True, help=translate("Commands", "the PNG file to write")
    )
    parser.add_argument(
        "--size",
        type=_size,
        default=(1440, 900),
        help=translate("Commands", "window size WIDTHxHEIGHT (default 1440x900)"),
    )
    parser.add_argument(
        "--palette",
        choices=("system", "dark"),
        default="system",
        help=translate("Commands", "the colours: the system's (default) or a dark desktop theme's"),
    )


def run(args: argparse.Namespace) -> int:
    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.file and not os.path.exists(args.file):
        raise PmdeskError(f"There is no file {args.file}.")

    from PySide6.QtCore import qInstallMessageHandler

    from pmdesk.ui.app import application, quiet_offscreen_notices

    app = application()
    if args.palette == "dark":  # as under a dark desktop theme (offscreen has none to ask)
        from pmdesk.theme import dark_palette

        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    previous_handler = quiet_offscreen_notices()
    try:
        return _shoot(app, args)
    finally:
        qInstallMessageHandler(previous_handler)


def _shoot(app: QApplication, args: argparse.Namespace) -> int:
    import tempfile

    from pmdesk.document import Document
    from pmdesk.printing.output import save_png
    from pmdesk.ui.app import demo_document
    from pmdesk.ui.mainwindow import MainWindow
    from pmdesk.ui.settings import app_settings, use_pmdesk_settings

    with tempfile.TemporaryDirectory(prefix="pmdesk-shot-") as folder:
        language = app.property("pmdesk_language") or "en"  # --lang id: the Indonesian demo
        document = (
            demo_document(folder, language)
            if args.demo
            else Document.open(args.file, read_only=True)
        )
        # Fresh settings: a screenshot must not depend on the user's remembered layout
        # (ours or any view's), so the settings folder is a temporary one meanwhile.
        saved_env = os.environ.get("PMDESK_CONFIG_DIR")
        os.environ["PMDESK_CONFIG_DIR"] = os.path.join(folder, "config")
        try:
            use_pmdesk_settings()
            window = MainWindow(document, app_settings())
            image = _grab(app, window, args)
        finally:
            if saved_env is None:
                os.environ.pop("PMDESK_CONFIG_DIR", None)
            else:
                os.environ["PMDESK_CONFIG_DIR"] = saved_env
            use_pmdesk_settings()
    if image.isNull() or not save_png(image, args.output):
        raise PmdeskError(f"Cannot write {args.output}.")
    print(f"{args.output}: {args.view}, {image.width()}x{image.height()}")
    return 0


def _set_mode(view: QWidget | None, args: argparse.Namespace) -> None:
    # Views with modes (the roadmap's board and timeline...) have ``modes`` and ``set_mode``.
    modes = getattr(view, "modes", None)
    set_mode = getattr(view, "set_mode", None)
    if set_mode is None or (modes is not None and args.mode not in modes):
        offered = f" (it has {', '.join(modes)})" if modes else ""
        raise PmdeskError(f"The {args.view} view has no mode {args.mode!r}{offered}.")
    set_mode(args.mode)


def _grab(app: QApplication, window: MainWindow, args: argparse.Namespace) -> QImage:
    window.resize(*args.size)
    window.show_tab(args.view)
    if args.mode:
        _set_mode(window.workspace.current_view(), args)
    window.show()
    window.statusBar().clearMessage()  # e.g. "opened read-only": not part of the view
    for _ in range(3):  # let layouts settle and lazy views build
        app.processEvents()
    image = window.grab().toImage()
    window.document.close()
    window.hide()
    window.deleteLater()
    app.processEvents()
    return image
