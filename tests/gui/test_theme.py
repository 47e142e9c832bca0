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


def test_style_module_colours_follow_the_palette_and_paper(qapp):
    # role_attributes: style.TEXT is read from the theme at each read, not kept at import.
    from pmdesk import theme
    from pmdesk.ui.workspaces.canvas import style as canvas_style
    from pmdesk.ui.workspaces.resources import usagecell
    from pmdesk.ui.workspaces.roadmap import style as board_style

    before = qapp.palette()
    cases = ((board_style, "CARD_BACKGROUND", "card"), (canvas_style, "PANEL", "panel"))
    cases += ((usagecell, "OVER_BAR", "over_bar"),)
    try:
        for dark, index in ((True, 1), (False, 0)):
            qapp.setPalette(dark_palette() if dark else QPalette(QColor("#f5f5f5")))
            for module, name, role in cases:
                assert getattr(module, name) == QColor(theme.ROLES[role][index]), name
        qapp.setPalette(dark_palette())
        with theme.paper():
            assert QColor(theme.ROLES["card"][0]) == board_style.CARD_BACKGROUND
        read = board_style.TEXT
        read.setAlpha(10)  # a caller changing its copy changes nothing for the next reader
        assert board_style.TEXT.alpha() == 255
    finally:
        qapp.setPalette(before)
    for module in (board_style, canvas_style, usagecell):
        try:
            module.NO_SUCH_COLOUR  # noqa: B018 - the read itself is what is tested
        except AttributeError:
            continue
        raise AssertionError(f"{module.__name__} answered an unknown name")


def test_the_boards_colour_sets_follow_the_palette_and_paper(qapp):
    # style.now(): one shared set per theme for a card's ~17 colours, chosen at each call.
    from pmdesk import theme
    from pmdesk.ui.workspaces.roadmap import style

    before = qapp.palette()
    try:
        for dark in (True, False, True):
            qapp.setPalette(dark_palette() if dark else QPalette(QColor("#f5f5f5")))
            colours = style.now()
            assert colours.TEXT == style.TEXT == QColor(theme.ROLES["text"][int(dark)])
            assert colours.CARD_BACKGROUND == style.CARD_BACKGROUND
            assert colours.status("at_risk") == style.status_color("at_risk")
            assert colours.status("no such status") == style.status_color("no such status")
            with theme.paper():
                assert QColor(theme.ROLES["text"][0]) == style.now().TEXT
    finally:
        qapp.setPalette(before)
