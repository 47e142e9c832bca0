"""Light and dark colours follow the application's palette; paper stays light."""

from datetime import datetime

from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from pmdesk.gantt.chartrenderer import ChartRenderer
from pmdesk.gantt.timegrid import TimeGrid
from pmdesk.theme import DARK, LIGHT, dark_palette, is_dark, row_tint, screen_chart_colours


def painted_background(renderer: ChartRenderer) -> QColor:
    image = QImage(200, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    grid = TimeGrid(datetime(2026, 1, 5), day_width=24)
    renderer.paint_background(painter, grid, image.rect().toRectF())
    painter.end()
    return image.pixelColor(30, 20)  # Monday 5 January, a working day


def test_a_dark_palette_gives_the_dark_chart(qapp):
    assert not is_dark(QPalette(QColor("#f0f0f0")))
    assert is_dark(dark_palette())
    assert screen_chart_colours(dark_palette()) is DARK
    renderer = ChartRenderer()
    assert painted_background(renderer) == LIGHT.background  # paper's colours by default
    renderer.apply_colours(DARK)
    assert painted_background(renderer) == DARK.background
    assert renderer.bars.style.label.lightness() > 200  # labels readable on the dark chart


def test_row_tints_keep_light_text_readable_on_a_dark_palette(qapp):
    heading = QColor("#eef2f7")
    assert row_tint(heading, QPalette(QColor("#f0f0f0"))) == heading
    dark = dark_palette()
    tinted = row_tint(heading, dark)
    text = dark.color(QPalette.ColorRole.Text)
    assert tinted.lightness() < 90 < text.lightness()
    assert tinted != dark.color(QPalette.ColorRole.Base)  # still marks the row


def test_the_chart_view_follows_a_palette_change(qtbot):
    from pmdesk.core.demo import build_demo_plan
    from pmdesk.document import Document
    from pmdesk.gantt.editor import GanttEditor

    document = Document(build_demo_plan())
    editor = GanttEditor(document)
    qtbot.addWidget(editor)
    assert editor.chart.renderer.colours is LIGHT
    editor.chart.setPalette(dark_palette())
    assert editor.chart.renderer.colours is DARK
    editor.chart.setPalette(QPalette(QColor("#efefef")))
    assert editor.chart.renderer.colours is LIGHT


def test_darkness_is_remembered_per_palette_and_follows_every_change(qapp):
    # is_dark keeps its last answer by the palette's cacheKey (painters ask per colour).
    from pmdesk import theme

    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        assert is_dark() and theme.colour("card") == QColor(theme.ROLES["card"][1])
        changed = QPalette(dark_palette())
        changed.setColor(QPalette.ColorRole.Window, QColor("#f5f5f5"))  # same palette, lighter
        assert not is_dark(changed)
        assert is_dark()  # the application's palette is still the dark one
        qapp.setPalette(changed)
        assert not is_dark() and theme.colour("card") == QColor(theme.ROLES["card"][0])
        with theme.paper():
            qapp.setPalette(dark_palette())
            assert theme.colour("card") == QColor(theme.ROLES["card"][0])
        assert theme.colour("card") == QColor(theme.ROLES["card"][1])
    finally:
        qapp.setPalette(before)
    assert is_dark() == (before.color(QPalette.ColorRole.Window).lightness() < 128)
