"""The Tracking Gantt on paper (File > Print with View > Tracking Gantt on, and `pmdesk print
--view tracking`): bars over their baselines and the progress line through the status date,
where the printed timescale puts them."""

from __future__ import annotations

import numpy
from PySide6.QtGui import QImage

from pmdesk.cli import main
from pmdesk.gantt.tracking import PROGRESS_LINE, TrackingBarPainter
from pmdesk.printing.fields import PlanFields
from pmdesk.printing.gantt import ROW_HEIGHT, GanttPages, GanttPlan
from pmdesk.printing.output import write_printout
from pmdesk.printing.printout import Printout
from pmdesk.printing.setup import PageSetup
from pmdesk.printing.units import UNITS_PER_MM
from pmdesk.printing.views import print_key, source_for


def _colour_mask(path, colour, tolerance=40) -> numpy.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = numpy.frombuffer(image.constBits(), numpy.uint8, stride * height)
    rgb = data.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).astype(int)
    target = numpy.array([colour.red(), colour.green(), colour.blue()])
    return abs(rgb - target).sum(axis=2) < tolerance


def test_the_progress_line_bends_to_late_tasks_on_paper(demo, tmp_path):
    setup = PageSetup(paper="A3", landscape=True)
    source = GanttPages(GanttPlan.of_document(demo, tracking=True), setup)
    assert isinstance(source.renderer.bars, TrackingBarPainter)
    assert source.renderer.bars.show_baseline
    out = Printout(source, setup, PlanFields.of(demo, "Tracking Gantt"))
    dpi = 150
    files = write_printout(out, tmp_path / "tracking.png", dpi=dpi)
    px = dpi / 96
    margin = setup.margins_mm[0] * UNITS_PER_MM
    status = demo.data.plan.status_date
    mask = _colour_mask(files[0], PROGRESS_LINE)
    rows_checked = 0
    late = 0
    band = source.place_of(0)[0]
    for row in range(band.first, band.last + 1):
        item = source.plan.items(source.plan.rows[row])
        y = round((margin + out.body.top() + source.row_top(row, 0) + ROW_HEIGHT / 2) * px)
        if item is None or item.summary or item.milestone:
            moment = status  # the line stays on the status date there
        elif item.start < status and item.percent_complete < 100:
            x0, x1 = item.start, item.finish
            moment = x0 + (x1 - x0) * item.percent_complete / 100  # the task's progress point
            late += moment < status
        else:
            moment = status
        x = round((margin + out.body.left() + source.x_of(moment, 0)) * px)
        assert mask[y - 3 : y + 4, x - 3 : x + 4].any(), (row, source.plan.rows[row])
        rows_checked += 1
    assert rows_checked > 20 and late >= 3  # the demo has work behind its status date


def test_the_tracking_tab_prints_as_the_tracking_gantt(qtbot, demo):
    from pmdesk.gantt.editor import GanttEditor

    editor = GanttEditor(demo)
    qtbot.addWidget(editor)
    editor.resize(1200, 700)
    assert print_key("gantt", editor) == "gantt"
    editor.set_tracking(True)
    assert print_key("gantt", editor) == "tracking"
    source = source_for("tracking", editor, PageSetup())
    assert source.plan.tracking and isinstance(source.renderer.bars, TrackingBarPainter)
    editor.set_tracking(False)
    assert not source_for(print_key("gantt", editor), editor, PageSetup()).plan.tracking


def test_print_command_writes_the_tracking_gantt(qapp, tmp_path, pdf_text, capsys):
    plan = tmp_path / "demo.pmdb"
    assert main(["demo", "-o", str(plan)]) == 0
    out = tmp_path / "tracking.pdf"
    assert main(["print", str(plan), "--view", "tracking", "-o", str(out)]) == 0
    assert "Tracking Gantt" in capsys.readouterr().out
    text = pdf_text(out)
    for words in ("Tracking Gantt", "Progress line", "Remaining", "Done", "Baseline"):
        assert words in text, words
