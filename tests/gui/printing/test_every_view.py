"""Every view prints as vectors: the same picture at 96, 300 and 1200 dpi, text kept as text,
and a print preview that opens (without exec: nothing modal blocks the test)."""

import pytest
from print_helpers import different
from PySide6.QtPrintSupport import QPrintPreviewDialog

from pmdesk.printing.fields import PlanFields
from pmdesk.printing.output import write_printout
from pmdesk.printing.preview import make_preview, printout_for
from pmdesk.printing.printout import Printout
from pmdesk.printing.views import TAB_OF, default_setup, source_for, view_title
from pmdesk.ui.workspaces import widget_class

VIEWS = ("gantt", "resources", "roadmap", "timeline", "executive", "canvas", "pnl")
# Words each printed view must hold as text (a card, a resource, a factor, a P&L line...).
WORDS = {
    "gantt": "Customer interviews",
    "resources": "Priya Nair",
    "roadmap": "Planning experience",
    "timeline": "Planning board",
    "executive": "Discovery complete",
    "canvas": "Works offline",
    "pnl": "Total revenue",
}


@pytest.fixture
def widgets(qtbot, demo):
    made = {}

    def get(key):
        tab = TAB_OF[key]
        if tab not in made:
            widget = widget_class(tab)(demo)
            qtbot.addWidget(widget)
            widget.resize(1400, 900)
            made[tab] = widget
        widget = made[tab]
        if tab == "roadmap":
            widget.set_mode("timeline" if key == "timeline" else "board")
        return widget

    return get


@pytest.mark.parametrize("key", VIEWS)
def test_same_pages_at_every_resolution_with_text_as_text(
    key, demo, widgets, tmp_path, rasterise, pdf_text
):
    widget = widgets(key)
    setup = default_setup(key)
    pages = {}
    for dpi in (96, 300, 1200):
        printout = Printout(
            source_for(key, widget, setup), setup, PlanFields.of(demo, view_title(key))
        )
        path = tmp_path / f"{key}-{dpi}.pdf"
        write_printout(printout, path, dpi=dpi)
        pages[dpi] = rasterise(path, 40)
    assert len(pages[96]) == len(pages[300]) == len(pages[1200]) >= 1
    for low, mid, high in zip(pages[96], pages[300], pages[1200], strict=True):
        assert (high < 200).mean() > 0.002
        assert different(low, high) < 0.03
        assert different(mid, high) < 0.03
    text = pdf_text(tmp_path / f"{key}-1200.pdf")
    assert WORDS[key] in text and demo.data.plan.name in text
    count = len(pages[1200])
    assert f"Page {count} of {count}" in text


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so on show
@pytest.mark.parametrize("key", VIEWS)
def test_print_preview_opens_for_every_view(key, qtbot, demo, widgets):
    widget = widgets(key)
    dialog = make_preview(None, demo, TAB_OF[key], widget)
    qtbot.addWidget(dialog)
    painted = []
    dialog.paintRequested.connect(lambda printer: painted.append(printer))
    dialog.show()  # not exec(): the preview paints its pages when shown
    qtbot.waitUntil(lambda: bool(painted), timeout=5000)
    assert isinstance(dialog, QPrintPreviewDialog)
    assert view_title(key) in dialog.windowTitle()
    assert printout_for(demo, TAB_OF[key], widget).source is not None
    dialog.close()


def test_the_printer_gets_the_pages_the_pdf_gets(demo, widgets, tmp_path, rasterise):
    """Print (and so Print Preview, which paints on the same QPrinter) matches the PDF export."""
    from PySide6.QtPrintSupport import QPrinter

    from pmdesk.printing.preview import paint_on

    widget = widgets("gantt")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(printed))
    count = paint_on(printer, demo, "gantt", widget)
    exported = tmp_path / "export.pdf"
    write_printout(printout_for(demo, "gantt", widget), exported, dpi=300)
    a, b = rasterise(printed, 40), rasterise(exported, 40)
    assert len(a) == len(b) == count >= 2
    for left, right in zip(a, b, strict=True):
        assert different(left, right) < 0.01


@pytest.mark.parametrize("key", VIEWS)
def test_a_widget_without_what_printing_reads_is_named(key, widgets):
    """Printing reads each view through the shapes of printing/viewshapes.py; another view's
    widget (or none) fails with its class named, not deep inside a painter. (The Gantt and the
    executive timeline print from the plan of any view: only no plan at all is refused.)"""
    if key in ("gantt", "executive"):
        other = object()
    else:
        other = widgets("canvas" if key != "canvas" else "pnl")
    with pytest.raises(TypeError, match=type(other).__name__):
        source_for(key, other, default_setup(key))
