"""A dark system palette reaches every hand-painted view and chart; paper stays light."""

import pytest
from PySide6.QtGui import QColor, QImage

from pmdesk import theme
from pmdesk.core.demo import build_demo_plan
from pmdesk.theme.roles import ROLES

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints"
)  # the offscreen platform says so on show


@pytest.fixture
def document(qtbot):
    from pmdesk.document import Document

    doc = Document(build_demo_plan())
    yield doc
    doc.close()


@pytest.fixture
def dark(qapp):
    """The application under a dark desktop theme's palette, restored afterwards."""
    before = qapp.palette()
    qapp.setPalette(theme.dark_palette())
    yield
    qapp.setPalette(before)


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("side", [0, 1])
@pytest.mark.parametrize(
    "text, ground",
    [
        ("text", "background"),
        ("text", "panel"),
        ("text", "card"),
        ("muted_text", "card"),
        ("caption", "background"),
        ("text", "tile"),
        ("heading_text", "usage_header"),
        ("error_text", "background"),
        ("negative", "background"),
        ("tag_text", "tag_background"),
        ("chart_header_text", "chart_header"),
        ("timeline_axis_text", "timeline_axis"),
        ("bar_label", "background"),
        ("undated_text", "undated_band"),
        ("error_banner_text", "error_banner"),
        ("text", "selected_row"),
    ],
)
def test_text_roles_are_readable_on_their_grounds_in_both_themes(side, text, ground):
    ratio = contrast(QColor(ROLES[text][side]), QColor(ROLES[ground][side]))
    assert ratio >= 4.5, f"{text} on {ground}: {ratio:.1f}:1"  # WCAG AA for text


def test_grid_lines_show_on_both_backgrounds():
    for side in (0, 1):
        for line, ground in (
            ("grid", "panel"),
            ("grid_faint", "background"),
            ("usage_grid", "background"),
            ("chart_grid", "background"),
        ):
            assert contrast(QColor(ROLES[line][side]), QColor(ROLES[ground][side])) > 1.15, line


def test_a_dark_palette_switches_every_role_and_paper_stays_light(dark):
    assert theme.colour("background").lightness() < 60
    assert theme.colour("text").lightness() > 200
    with theme.paper():
        assert theme.colour("background") == QColor("#ffffff")
        assert theme.colour("text") == QColor(ROLES["text"][0])
    assert theme.colour("background").lightness() < 60  # paper() ends


def average_lightness(image: QImage, step: int = 7) -> float:
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    ]
    return sum(values) / len(values)


def grab(widget, qtbot) -> QImage:
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget.grab().toImage()


@pytest.mark.parametrize("mode", ["board", "timeline"])
def test_the_roadmap_paints_dark_and_follows_a_palette_change(qapp, qtbot, document, mode):
    from pmdesk.ui.workspaces.roadmap.workspace import RoadmapWorkspace

    workspace = RoadmapWorkspace(document)
    qtbot.addWidget(workspace)
    workspace.set_mode(mode)
    view = workspace.board if mode == "board" else workspace.timeline
    light = average_lightness(grab(view, qtbot))
    before = qapp.palette()
    qapp.setPalette(theme.dark_palette())
    try:
        dark = average_lightness(view.grab().toImage())  # cached cards are redrawn too
    finally:
        qapp.setPalette(before)
    assert light > 200 and dark < 80, (light, dark)


@pytest.mark.parametrize("make", ["canvas", "usage", "executive", "kpis"])
def test_views_paint_dark_under_a_dark_palette(dark, qtbot, document, make):
    if make == "canvas":
        from pmdesk.ui.workspaces.canvas.workspace import CanvasWorkspace

        widget = CanvasWorkspace(document)
    elif make == "usage":
        from pmdesk.ui.workspaces.resources.workspace import ResourcesWorkspace

        widget = ResourcesWorkspace(document).usage
    elif make == "executive":
        from pmdesk.ui.workspaces.executive.workspace import TimelineCanvas

        widget = TimelineCanvas(document)
    else:
        from pmdesk.ui.workspaces.pnl.kpis import KpiStrip

        widget = KpiStrip()
    qtbot.addWidget(widget)
    assert average_lightness(grab(widget, qtbot)) < 90


def test_the_slide_picture_stays_light_under_a_dark_palette(dark, qtbot, document):
    from pmdesk.ui.workspaces.executive.workspace import ExecutiveWorkspace

    workspace = ExecutiveWorkspace(document)
    qtbot.addWidget(workspace)
    assert average_lightness(workspace.slide_image(640)) > 200


def test_kpi_tiles_follow_a_palette_change(qapp, qtbot):
    from pmdesk.ui.workspaces.pnl.kpis import KpiStrip

    strip = KpiStrip()
    qtbot.addWidget(strip)
    assert "246, 248, 250" in strip.styleSheet()  # the light tile
    before = qapp.palette()
    qapp.setPalette(theme.dark_palette())
    try:
        dark_tile = QColor(ROLES["tile"][1])
        qtbot.waitUntil(  # Qt posts the palette change
            lambda: (
                f"{dark_tile.red()}, {dark_tile.green()}, {dark_tile.blue()}" in strip.styleSheet()
            )
        )
    finally:
        qapp.setPalette(before)
    qtbot.waitUntil(lambda: "246, 248, 250" in strip.styleSheet())


def test_charts_are_dressed_in_the_theme_and_redrawn_on_a_palette_change(qapp, qtbot):
    from matplotlib.colors import to_hex

    from pmdesk.charts.pnl import pnl_figure

    args = (["Q1", "Q2"], [10.0, 20.0], [5.0, 5.0], [5.0, 20.0])
    light = pnl_figure(*args)
    assert to_hex(light.get_facecolor()) == "#ffffff"
    before = qapp.palette()
    qapp.setPalette(theme.dark_palette())
    try:
        dark = pnl_figure(*args)
        axes = dark.axes[0]
        assert to_hex(dark.get_facecolor()) == ROLES["background"][1]
        assert to_hex(axes.get_facecolor()) == ROLES["background"][1]
        assert QColor(to_hex(axes.title.get_color())).lightness() > 200
        assert QColor(to_hex(axes.get_yticklabels()[0].get_color())).lightness() > 150
        with theme.paper():  # printing and reports
            assert to_hex(pnl_figure(*args).get_facecolor()) == "#ffffff"
    finally:
        qapp.setPalette(before)


def test_a_lazy_chart_redraws_when_the_palette_changes(qapp, qtbot):
    from PySide6.QtCore import QObject, Signal

    from pmdesk.charts.canvas import LazyChart
    from pmdesk.charts.pnl import pnl_figure

    class Source(QObject):
        changed = Signal()

    class Chart(LazyChart):
        drawn = 0

        def figure(self):
            Chart.drawn += 1
            return pnl_figure(["Q1"], [1.0], [1.0], [0.0])

    source = Source()
    chart = Chart(source.changed)
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.show()
    qtbot.waitExposed(chart)
    drawn = Chart.drawn
    before = qapp.palette()
    qapp.setPalette(theme.dark_palette())
    try:
        qtbot.waitUntil(lambda: Chart.drawn > drawn)
        facecolour = chart.figure_widget.figure.get_facecolor()
        assert QColor.fromRgbF(*facecolour[:3]).lightness() < 60
    finally:
        qapp.setPalette(before)


def test_exports_stay_light_under_a_dark_palette(dark, qtbot, document, tmp_path):
    from pmdesk.ui.workspaces.roadmap.export import export_picture
    from pmdesk.ui.workspaces.roadmap.workspace import RoadmapWorkspace

    workspace = RoadmapWorkspace(document)
    qtbot.addWidget(workspace)
    grab(workspace, qtbot)
    for view in (workspace.board, workspace.timeline):
        path = tmp_path / "roadmap.png"
        export_picture(view, path)
        assert average_lightness(QImage(str(path))) > 200
