"""The Timeline tab: the executive timeline on screen, copied as a 16:9 image, exported."""

from PySide6.QtGui import QGuiApplication

from pmdesk.ui.workspaces import ROLES, widget_class


def test_the_tab_copies_a_slide_and_exports(qtbot, demo, tmp_path):
    assert "executive" in ROLES["project"][1]
    widget = widget_class("executive")(demo)
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    image = widget.canvas.grab().toImage()
    assert image.width() > 400
    widget.copy_image()
    copied = QGuiApplication.clipboard().image()
    assert abs(copied.width() / copied.height() - 16 / 9) < 0.01
    # The milestones' diamonds are painted: some dark slate pixels on the slide.
    dark = sum(
        1
        for x in range(0, copied.width(), 3)
        for y in range(0, copied.height(), 3)
        if copied.pixelColor(x, y).name() in ("#2d3e50", "#c0392b")
    )
    assert dark > 20
    for suffix in ("pdf", "svg", "png"):
        widget.export_picture(str(tmp_path / f"timeline.{suffix}"))
        assert (tmp_path / f"timeline.{suffix}").stat().st_size > 1000
    assert "Discovery complete" in (tmp_path / "timeline.svg").read_text(encoding="utf-8")
