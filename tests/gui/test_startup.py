"""Start-up path and the screenshot command: the real window, no heavy imports."""

import gc
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from pmdesk.cli import main
from pmdesk.core.gcpause import resume_collector


@pytest.mark.parametrize(("role", "tab"), [("project", "gantt"), ("product", "roadmap")])
def test_start_up_paints_the_demo_without_heavy_modules(tmp_path, role, tab):
    config = tmp_path / "config"
    (config / "pmdesk").mkdir(parents=True)
    (config / "pmdesk" / "pmdesk.ini").write_text(f"[ui]\nrole={role}\ntab_{role}={tab}\n")
    env = dict(
        os.environ,
        PMDESK_STARTUP_PROBE="1",
        QT_QPA_PLATFORM="offscreen",
        PMDESK_CONFIG_DIR=str(config),
        PMDESK_DATA_DIR=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "pmdesk", "--demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("first-paint "))
    # matplotlib waits until a chart is shown, SQLAlchemy until the working copy is made, the
    # cells' edit rules (operations/taskcells.py and what it imports) until the first edit:
    # app._NOT_AT_START_UP lists what the probe looks for.
    assert line.endswith("heavy=-"), line


def test_what_the_window_build_made_goes_to_the_oldest_generation():
    was_enabled = gc.isenabled()
    gc.disable()  # as cli.main does while the window is built
    try:
        built = [[number] for number in range(5000)]
        resume_collector()
        gc.disable()  # no collection between the two: where the objects are is resume's doing
        assert gc.get_freeze_count() == 0  # nothing stays frozen
        oldest = {id(item) for item in gc.get_objects(generation=2)}
        assert all(id(item) in oldest for item in built)
    finally:
        if was_enabled:
            gc.enable()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_screenshot_renders_the_chosen_view(tmp_path, capsys):
    out = tmp_path / "canvas.png"
    assert (
        main(["screenshot", "--demo", "--view", "canvas", "-o", str(out), "--size", "900x600"]) == 0
    )
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 600, 7)}
    assert len(colours) > 5  # a drawn window, not a blank image
    assert "canvas, 900x600" in capsys.readouterr().out


def test_screenshot_refuses_a_missing_file(tmp_path, capsys):
    assert (
        main(
            [
                "screenshot",
                str(tmp_path / "nope.pmdb"),
                "--view",
                "gantt",
                "-o",
                str(tmp_path / "x.png"),
            ]
        )
        == 1
    )
    assert "There is no file" in capsys.readouterr().err


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_screenshot_mode_shows_the_roadmap_timeline(tmp_path, capsys):
    out = tmp_path / "timeline.png"
    assert (
        main(
            [
                "screenshot",
                "--demo",
                "--view",
                "roadmap",
                "--mode",
                "timeline",
                "-o",
                str(out),
                "--size",
                "900x600",
            ]
        )
        == 0
    )
    assert QImage(str(out)).width() == 900
    assert (
        main(["screenshot", "--demo", "--view", "roadmap", "--mode", "gallery", "-o", str(out)])
        == 1
    )
    assert "has no mode 'gallery' (it has board, timeline, table, chart)" in capsys.readouterr().err
