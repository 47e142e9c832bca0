"""The chart paints only what is on screen, draws every shape kind, and follows the table."""

from datetime import datetime, timedelta

import pytest
from gantt_plans import big_plan, colour_count
from PySide6.QtGui import QColor, QImage, QPainter

from pmdesk.core.entities import ConstraintType, LinkType
from pmdesk.gantt.barpainter import BarItem, BarPainter
from pmdesk.gantt.chartrenderer import ChartRenderer
from pmdesk.gantt.editor import GanttEditor
from pmdesk.gantt.timegrid import TimeGrid

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_frame_asks_only_for_the_rows_on_screen(qtbot, make_document):
    document = make_document(big_plan(2000))
    editor = GanttEditor(document)
    qtbot.addWidget(editor)
    editor.resize(1200, 700)
    editor.show()
    qtbot.waitExposed(editor)
    bar = editor.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    editor.items.invalidate()
    editor.chart.viewport().grab()  # paints the viewport now, as the screen would
    on_screen = editor.chart.viewport().height() // editor.rows.row_height + 2
    built = len(editor.items._cache)
    assert 0 < built <= on_screen + 40  # + link ends just off screen
    assert editor.chart.last_painted_links > 0
    first, last = editor.rows.visible_range(editor.table.viewport().height())
    assert set(editor.items._cache) >= set(editor.rows.rows[first:last])


def test_collapsing_a_summary_hides_its_rows_in_the_chart(qtbot, document):
    editor = GanttEditor(document)
    qtbot.addWidget(editor)
    assert editor.rows.rows == [1, 2, 3, 4, 5, 6]
    editor.table.collapse(editor.model.index_for_task(1))
    assert editor.rows.rows == [1, 6]
    assert editor.chart.bar_rect(6).top() < editor.rows.row_height * 2
    editor.table.expand(editor.model.index_for_task(1))
    assert editor.rows.rows == [1, 2, 3, 4, 5, 6]


def test_painter_draws_bars_critical_milestones_and_summaries_on_an_image():
    grid = TimeGrid(datetime(2026, 1, 5), day_width=20)
    painter_obj = BarPainter()
    image = QImage(400, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    start = datetime(2026, 1, 6, 8)
    items = [
        BarItem(1, start, start + timedelta(days=5), name="Summary", summary=True),
        BarItem(2, start, start + timedelta(days=3), name="Plain", percent_complete=50),
        BarItem(
            3,
            start,
            start + timedelta(days=3),
            name="Late",
            critical=True,
            constraint_type=ConstraintType.SNET,
            constraint_date=start,
        ),
        BarItem(
            4, start + timedelta(days=4), start + timedelta(days=4), name="Done", milestone=True
        ),
    ]
    for row, item in enumerate(items):
        painter_obj.paint_item(painter, item, grid, row * 24, 24)
    painter.end()
    style = painter_obj.style
    assert colour_count(image, style.task) > 20
    assert colour_count(image, style.critical) > 20
    assert colour_count(image, style.summary) > 10
    assert colour_count(image, style.milestone) > 5
    painter_obj.show_critical = False
    image2 = QImage(400, 120, QImage.Format.Format_ARGB32)
    image2.fill(QColor("white"))
    painter = QPainter(image2)
    painter_obj.paint_item(painter, items[2], grid, 0, 24)
    painter.end()
    assert colour_count(image2, style.critical) == 0  # the critical-path toggle


def test_renderer_shades_weekends():
    renderer = ChartRenderer()
    renderer.set_working_intervals(lambda day: [] if day.weekday() >= 5 else [(480, 1020)])
    grid = TimeGrid(datetime(2026, 1, 5), day_width=20)  # Monday at x = 0
    image = QImage(140, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    renderer.paint_background(painter, grid, image.rect().toRectF())
    painter.end()
    saturday = image.pixelColor(5 * 20 + 10, 20)
    tuesday = image.pixelColor(1 * 20 + 10, 20)
    assert saturday == renderer.nonworking_colour
    assert tuesday == QColor("white")


def test_scrolling_moves_pixels_and_paints_only_the_rows_that_came_in(qtbot, make_document):
    """The chart follows the table by moving its pixels (QWidget.scroll, which Qt does only
    for an opaque widget) and painting the new strip; the result must equal a full repaint."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QGuiApplication

    document = make_document(big_plan(400))
    editor = GanttEditor(document)
    qtbot.addWidget(editor)
    editor.resize(1200, 600)
    editor.show()
    qtbot.waitExposed(editor)
    QGuiApplication.processEvents()  # the first full paint
    chart = editor.chart
    painted = []
    paint = chart.paintEvent

    def record(event):
        painted.append(event.rect().height())
        paint(event)

    chart.paintEvent = record
    bar = editor.table.verticalScrollBar()
    step = 3 * editor.rows.row_height
    for _ in range(5):
        bar.setValue(bar.value() + step)
        QGuiApplication.processEvents()
    assert painted and max(painted) <= step + 2 < chart.viewport().height()
    viewport = chart.viewport()
    on_screen = QGuiApplication.primaryScreen().grabWindow(editor.winId()).toImage()
    top_left = viewport.mapTo(editor, QPoint(0, 0))
    shown = on_screen.copy(QRect(top_left, viewport.size()))
    fresh = viewport.grab().toImage().convertToFormat(shown.format())
    differing = sum(
        shown.pixel(x, y) != fresh.pixel(x, y)
        for x in range(0, shown.width(), 2)
        for y in range(0, shown.height(), 2)
    )
    assert differing <= 20  # antialiased edges on a strip's border may differ by a shade


def test_links_cross_summary_brackets_but_go_round_task_bars():
    from pmdesk.gantt.linkrouter import route_candidates

    renderer = ChartRenderer()
    grid = TimeGrid(datetime(2026, 1, 5), day_width=20)
    start = datetime(2026, 1, 5, 8)
    items = {
        1: BarItem(1, start, start + timedelta(days=2), name="Pred"),
        2: BarItem(2, start, start + timedelta(days=20), name="Group", summary=True),
        3: BarItem(3, start + timedelta(days=5), start + timedelta(days=6), name="Succ"),
    }
    rows = [1, 2, 3]
    half = renderer.bars.bar_height(24) / 2
    ends = {t: renderer._ends(items[t], grid, row, 24) for row, t in enumerate(rows)}
    route = renderer._route_around_bars(
        LinkType.FS, ends[1], ends[3], half, grid, rows, 24, items.get
    )
    assert route == route_candidates(LinkType.FS, ends[1], ends[3], half)[0]  # straight drop
    items[2] = BarItem(2, start, start + timedelta(days=20), name="Long task")  # now a bar
    route = renderer._route_around_bars(
        LinkType.FS, ends[1], ends[3], half, grid, rows, 24, items.get
    )
    assert route != route_candidates(LinkType.FS, ends[1], ends[3], half)[0]


def test_links_take_the_colours_of_the_style_painted_with():
    # The painter keeps a pen per link colour: a new style (a palette change) must show.
    from pmdesk.gantt.barpainter import BarStyle

    bars = BarPainter()
    route = [(10.0, 10.5), (60.5, 10.5), (60.5, 30.5), (90.0, 30.5)]  # on pixel centres

    def link_pixels(critical: bool) -> tuple[QColor, QColor]:
        image = QImage(120, 50, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        bars.paint_link(painter, route, critical)
        painter.end()
        return image.pixelColor(35, 10), image.pixelColor(60, 20)  # across, down

    light = BarStyle()
    assert link_pixels(False) == (light.link, light.link)
    assert link_pixels(True) == (light.critical_link, light.critical_link)
    bars.style = BarStyle.for_dark()
    assert bars.style.link != light.link
    assert link_pixels(False) == (bars.style.link, bars.style.link)
    assert link_pixels(True) == (bars.style.critical_link, bars.style.critical_link)


def test_each_link_is_drawn_between_its_own_two_bars():
    # paint_links works a bar's ends out once per paint for all of its links.
    from pmdesk.core.entities import Link
    from pmdesk.gantt.linkrouter import BarEnds, route_candidates

    grid = TimeGrid(datetime(2026, 1, 5), day_width=20)
    renderer = ChartRenderer()
    row_height = 24.0
    day = timedelta(days=1)
    start = datetime(2026, 1, 5, 8)
    # A chain 1 -> 2 -> 3 -> 4, and 1 -> 4 and 2 -> 4 besides: bars shared by several links.
    items = {
        n: BarItem(n, start + (n - 1) * 2 * day, start + (n - 1) * 2 * day + day)
        for n in (1, 2, 3, 4)
    }
    row_of = {1: 0, 2: 1, 3: 2, 4: 3}
    pairs = [(1, 2), (2, 3), (3, 4), (1, 4), (2, 4)]
    kinds = [LinkType.FS, LinkType.SS, LinkType.FF, LinkType.FS, LinkType.SF]
    links = [
        (min(row_of[p], row_of[s]), max(row_of[p], row_of[s]), Link(n, p, s, kind))
        for n, ((p, s), kind) in enumerate(zip(pairs, kinds, strict=True), start=1)
    ]
    drawn = []
    renderer.bars.paint_link = lambda _painter, points, _critical: drawn.append(points)
    image = QImage(400, 120, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    count = renderer.paint_links(painter, grid, links, row_of, 0, 3, row_height, items.get, 0, 400)
    painter.end()
    half = renderer.bars.bar_height(row_height) / 2

    def ends(task_id):
        rect = renderer.bars.bar_rect(
            items[task_id], grid, row_of[task_id] * row_height, row_height
        )
        return BarEnds(rect.left(), rect.right(), row_of[task_id] * row_height, row_height)

    expected = [
        route_candidates(link.type, ends(p), ends(s), half)[0]
        for (p, s), (_l, _h, link) in zip(pairs, links, strict=True)
    ]
    assert count == len(links)
    assert drawn == expected


def paint_label(bars, item, top, row_height, reference=False):
    """The bar's label on grey (where its light backing shows), by the painter or as
    drawText centres it in the row."""
    from PySide6.QtCore import QRectF, Qt

    from pmdesk.gantt.barpainter import LABEL_GAP

    grid = TimeGrid(datetime(2026, 1, 5), day_width=20)
    rect = bars.bar_rect(item, grid, top, row_height)
    image = QImage(360, 160, QImage.Format.Format_ARGB32)
    image.fill(QColor("#808080"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if reference:
        text = bars.label_text(item)
        x, width = rect.right() + LABEL_GAP, bars.metrics.horizontalAdvance(text) + 4
        height = bars.metrics.height()
        backing = QRectF(x - 1, top + (row_height - height) / 2, width + 1, height)
        painter.fillRect(backing, bars.style.label_backing)
        painter.setFont(bars.font)
        painter.setPen(bars.style.label)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(x, top, width, row_height), int(flags), text)
    else:
        bars._paint_label(painter, item, rect, top, row_height)
    painter.end()
    return image


def test_bar_labels_are_laid_out_once_and_look_as_drawtext_draws_them():
    from PySide6.QtGui import QFont, QFontMetricsF

    item = BarItem(1, datetime(2026, 1, 5, 8), datetime(2026, 1, 7, 17), name="Review Ågÿ 12")
    for font in (QFont(), QFont("DejaVu Serif", 11)):
        for pixels in (0, 13):  # printing sizes its fonts in pixels
            if pixels:
                font.setPixelSize(pixels)
            bars = BarPainter(font=font)
            for row_height, top in ((20.0, 0.0), (25.0, 13.0), (31.0, 100.5)):
                reference = paint_label(bars, item, top, row_height, reference=True)
                assert paint_label(bars, item, top, row_height) == reference
    # A renamed task, a new font: the label follows (the layouts are kept per text and font).
    bars = BarPainter()
    before = paint_label(bars, item, 0.0, 24.0)
    item.name = "Review Ågÿ 12 and sign-off"
    renamed = paint_label(bars, item, 0.0, 24.0)
    assert renamed != before and renamed == paint_label(bars, item, 0.0, 24.0, reference=True)
    bars.font = QFont("DejaVu Sans", 14)
    bars.metrics = QFontMetricsF(bars.font)
    assert paint_label(bars, item, 0.0, 24.0) == paint_label(bars, item, 0.0, 24.0, reference=True)
    for name in ("Two\nlines", "A\ttab"):  # drawText's own layout of breaks and tabs
        item.name = name
        assert paint_label(bars, item, 0.0, 24.0) == paint_label(
            bars, item, 0.0, 24.0, reference=True
        )


def test_a_link_is_one_path_on_paper_and_lines_on_screen(qapp, tmp_path):
    """On screen (Qt's raster engine) a route is drawn as lines, quicker than an antialiased
    polyline; on paper (PDF, SVG, a printer) as one path: two segments per link in the
    file made a 10,000-task PDF 4 % bigger and slower to write."""
    from PySide6.QtGui import QPdfWriter

    class Spy(QPainter):
        def __init__(self, device, calls):
            super().__init__(device)
            self.calls = calls

        def drawLines(self, *args):
            self.calls.append("lines")
            super().drawLines(*args)

        def drawPolyline(self, *args):
            self.calls.append("polyline")
            super().drawPolyline(*args)

    route = [(10.0, 10.0), (30.0, 10.0), (30.0, 40.0), (60.0, 40.0)]
    image = QImage(100, 100, QImage.Format.Format_ARGB32_Premultiplied)
    pdf = QPdfWriter(str(tmp_path / "link.pdf"))
    for device, expected in ((image, ["lines"]), (pdf, ["polyline"])):
        calls: list[str] = []
        painter = Spy(device, calls)
        BarPainter().paint_link(painter, route, critical=False)
        painter.end()
        assert calls == expected
