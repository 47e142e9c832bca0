"""Export and print through the same painters as the screen; the tab is registered."""

import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from pmdesk.ui.workspaces import widget_class
from pmdesk.ui.workspaces.canvas.export import ExportError
from pmdesk.ui.workspaces.canvas.workspace import CanvasWorkspace

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints"
)  # the offscreen platform says so on show


@pytest.mark.parametrize("mode", ["strategy", "errc", "bmc"])
def test_png_export_of_each_mode(workspace, tmp_path, mode):
    workspace.set_mode(mode)
    path = tmp_path / f"{mode}.png"
    workspace.export_picture(str(path))
    image = QImage(str(path))
    assert image.width() >= 2000 and image.height() >= 1000
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)
    }
    assert len(colours) > 20


def test_svg_shows_the_curves_and_names(workspace, tmp_path):
    path = tmp_path / "strategy.svg"
    workspace.export_picture(str(path))
    text = path.read_text(encoding="utf-8")
    assert "<svg" in text and "Works offline" in text and "pmdesk (ours)" in text
    assert "#e15759" in text.lower()  # our curve's colour


def test_pdf_export_and_a_bad_path(workspace, tmp_path):
    workspace.set_mode("bmc")
    path = tmp_path / "bmc.pdf"
    workspace.export_picture(str(path))
    assert path.read_bytes().startswith(b"%PDF")
    from pmdesk.ui.workspaces.canvas.export import EXPORT_SIZES, export_picture

    with pytest.raises(ExportError, match="choose .png, .pdf or .svg"):
        export_picture(workspace.bmc, tmp_path / "x.doc", EXPORT_SIZES["bmc"], "x")
    with pytest.raises(ExportError, match="does not exist"):
        export_picture(workspace.bmc, tmp_path / "nope" / "x.png", EXPORT_SIZES["bmc"], "x")


def test_print_to_a_pdf_printer(workspace, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    path = tmp_path / "print.pdf"
    printer.setOutputFileName(str(path))
    from pmdesk.printing.preview import paint_on

    assert paint_on(printer, workspace.document, "canvas", workspace) == 1
    assert path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 2000


def test_state_round_trip(workspace, document, qtbot):
    workspace.set_mode("errc")
    state = workspace.save_state()
    other = CanvasWorkspace(document)
    qtbot.addWidget(other)
    other.restore_state(state)
    assert other.mode == "errc"


def test_the_canvas_tab_is_this_workspace():
    assert widget_class("canvas") is CanvasWorkspace
