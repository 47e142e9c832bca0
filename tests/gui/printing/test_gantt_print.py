"""The Gantt on paper: the same page at every resolution, text kept as text, tiling across
and down with the table and timescale repeated, bars where the printed timescale says."""

from datetime import datetime

import pytest
from print_helpers import different, grey
from PySide6.QtGui import QImage

from pmdesk.printing.fields import PlanFields
from pmdesk.printing.gantt import ROW_HEIGHT, GanttPages, GanttPlan
from pmdesk.printing.output import write_printout
from pmdesk.printing.printout import Printout
from pmdesk.printing.setup import PageSetup, PrintError
from pmdesk.printing.units import UNITS_PER_MM


def printout(document, setup=PageSetup()):
    source = GanttPages(GanttPlan.of_document(document), setup)
    return Printout(source, setup, PlanFields.of(document, "Gantt"))


@pytest.mark.parametrize("setup", [PageSetup(), PageSetup(pages_wide=2, landscape=False)])
def test_the_same_pages_at_96_300_and_1200_dpi(demo, tmp_path, rasterise, setup):
    pages = {}
    for dpi in (96, 300, 1200):
        path = tmp_path / f"gantt-{dpi}.pdf"
        write_printout(printout(demo, setup), path, dpi=dpi)
        pages[dpi] = rasterise(path)
    assert len(pages[96]) == len(pages[300]) == len(pages[1200]) >= 2
    for low, high in zip(pages[96], pages[1200], strict=True):
        assert (low < 128).mean() > 0.003  # there is a picture to compare
        assert different(low, high) < 0.02
    for mid, high in zip(pages[300], pages[1200], strict=True):
        assert different(mid, high) < 0.02


def test_text_stays_text_with_every_task_header_and_page_numbers(demo, tmp_path, pdf_text):
    path = tmp_path / "gantt.pdf"
    out = printout(demo)
    write_printout(out, path, dpi=1200)
    text = pdf_text(path)
    for task in demo.data.tasks.values():
        assert task.name in text
    assert demo.data.plan.name in text
    pages = out.page_count
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text
    assert "Legend" in text


def test_two_pages_wide_a4_landscape_put_bars_on_their_dates(demo, tmp_path):
    setup = PageSetup(paper="A4", landscape=True, pages_wide=2)
    out = printout(demo, setup)
    dpi = 192
    files = write_printout(out, tmp_path / "gantt.png", dpi=dpi)
    source = out.source
    assert len(files) == out.page_count >= 2
    assert {place.column for place in out.places} == {1, 2}
    px = dpi / 96
    margin = setup.margins_mm[0] * UNITS_PER_MM
    body = out.body
    checked = 0
    columns = set()
    # Leave out bars a link arrow enters or leaves at their start.
    linked = {
        link.successor_id for link in demo.data.links.values() if link.type.name in ("FS", "SS")
    }
    linked |= {
        link.predecessor_id for link in demo.data.links.values() if link.type.name in ("SS", "SF")
    }
    for row, task_id in enumerate(source.plan.rows):
        item = source.plan.items(task_id)
        if item is None or item.summary or item.milestone or task_id in linked:
            continue
        x = source.grid.map_to_chart(item.start)
        index = next(
            i
            for i in range(out.page_count)
            if source.place_of(i)[0].first <= row <= source.place_of(i)[0].last
            and source.place_of(i)[1][0] + 8 <= x < source.place_of(i)[1][1] - 8
        )
        columns.add(source.places[index].column)
        image = grey(QImage(str(files[index])))
        expected = (margin + body.left() + source.x_of(item.start, index)) * px
        # Along the bar's top outline: a link arrow enters at mid-height, so there the first
        # ink may be the arrow's; on the outline it is the bar's.
        outline = source.renderer.bars.bar_rect(item, source.grid, 0, ROW_HEIGHT).top()
        y = round((margin + body.top() + source.row_top(row, index) + outline) * px)
        line = image[y]
        # Where the bar's run of ink starts (a link passing by is a line 1-2 px wide).
        dark = [
            x
            for x in range(round(expected) - 6, round(expected) + 7)
            if (line[x : x + 6] < 200).all()
        ]
        assert dark, (task_id, expected)
        # The outline (1 unit wide) is centred on the start date: its ink begins half a unit
        # before it. Compare the first inked pixel's centre with that.
        assert abs(dark[0] + 0.5 - (expected - 0.5 * px)) <= 1.0, (task_id, dark[0], expected)
        checked += 1
    assert checked >= 3 and columns == {1, 2}


def test_nothing_is_painted_outside_the_printable_area(demo, tmp_path):
    setup = PageSetup(pages_wide=2)
    files = write_printout(printout(demo, setup), tmp_path / "gantt.png", dpi=96)
    margin = round(setup.margins_mm[0] * UNITS_PER_MM) - 1
    for path in files:
        image = grey(QImage(str(path)))
        for strip in (image[:margin], image[-margin:], image[:, :margin], image[:, -margin:]):
            assert strip.min() == 255


def test_fit_to_pages_tall_shrinks_the_rows(demo):
    tall = printout(demo, PageSetup(landscape=False))
    tall.lay_out_for_test = None
    from PySide6.QtCore import QRectF

    assert tall.lay_out(QRectF(0, 0, 700, 500)) >= 2
    one = printout(demo, PageSetup(landscape=False, pages_tall=1))
    assert one.lay_out(QRectF(0, 0, 700, 500)) == 1
    assert one.source.scale < 1.0


def test_an_unknown_column_is_refused_with_a_sentence(demo):
    with pytest.raises(PrintError, match="no column “colour”"):
        printout(demo, PageSetup(columns=("id", "colour")))


def test_the_timescale_range_follows_the_setup(demo):
    from datetime import date

    from PySide6.QtCore import QRectF

    out = printout(demo, PageSetup(date_from=date(2026, 11, 2), date_to=date(2026, 12, 28)))
    out.lay_out(QRectF(0, 0, 1000, 700))
    grid = out.source.grid
    assert grid.origin == datetime(2026, 11, 2)
    chart = out.source.strips[-1][1]
    assert abs(grid.map_to_chart(datetime(2026, 12, 28)) - chart) < 1.0


def test_a_legend_on_the_last_page_only(demo, tmp_path, pdf_text):
    from PySide6.QtCore import QRectF

    every = printout(demo, PageSetup(legend="every"))
    last = printout(demo, PageSetup(legend="last"))
    page = QRectF(0, 0, 1050, 700)
    every.lay_out(page)
    last.lay_out(page)
    assert last.body.height() > every.body.height()  # the other pages keep the legend's room
    path = tmp_path / "last.pdf"
    write_printout(last, path, dpi=300)
    pages = pdf_text(path).split("\f")
    assert "Legend" in pages[last.page_count - 1]
    assert all("Legend" not in text for text in pages[: last.page_count - 1])


def test_the_table_on_the_first_column_of_pages_only(demo):
    from PySide6.QtCore import QRectF

    out = printout(demo, PageSetup(pages_wide=3, repeat_columns=False))
    out.lay_out(QRectF(0, 0, 1050, 700))
    source = out.source
    shows = [source.place_of(i)[2] for i in range(out.page_count)]
    columns = [p.column for p in out.places]
    assert shows == [column == 1 for column in columns] and max(columns) >= 3
    first, other = source.strips[0], source.strips[1]
    assert other[1] - other[0] > first[1] - first[0]  # pages without the table hold more chart


def test_svg_pages_keep_their_text(demo, tmp_path):
    files = write_printout(printout(demo, PageSetup(pages_wide=2)), tmp_path / "gantt.svg")
    assert [f.name for f in files[:3]] == ["gantt.svg", "gantt-2.svg", "gantt-3.svg"]
    text = files[0].read_text(encoding="utf-8")
    assert "Customer interviews" in text and "Page 1 of" in text


def test_a_wide_table_gives_way_to_the_chart(demo):
    from PySide6.QtCore import QRectF

    keys = ("id", "wbs", "name", "duration", "start", "finish", "predecessors", "resources")
    out = printout(demo, PageSetup(landscape=False, columns=keys))
    out.lay_out(QRectF(0, 0, 700, 1000))
    source = out.source
    assert sum(source.natural_widths) > 700 * 0.6
    assert abs(source.table_width - sum(source.widths)) < 1e-6
    assert abs(source.table_width - 700 * 0.6) < 1e-6
    names = source.widths[keys.index("name")]
    assert names >= 120  # the names keep room to be read
    assert all(w >= min(36, n) for w, n in zip(source.widths, source.natural_widths, strict=True))
    assert source.table_width < sum(source.natural_widths)
