"""`pmdesk --self-test`: every check runs, each prints one line, the exit code tells."""

import io
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QColor, QImage, QPainter

from pmdesk import selftest
from pmdesk.cli import main


def _lines(out: io.StringIO) -> list[str]:
    return out.getvalue().splitlines()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_self_test_passes_with_one_line_per_check(qapp):
    config = os.environ["PMDESK_CONFIG_DIR"]
    out = io.StringIO()
    assert selftest.run_self_test(out) == 0
    lines = _lines(out)
    names = [name for name, _check in selftest.CHECKS]
    assert [line.split(":")[0] for line in lines[:-1]] == [f"ok    {name}" for name in names]
    assert "roadmap (board, timeline, table, chart)" in lines[3]
    assert "pnl" in lines[3] and "gantt" in lines[3] and "resources" in lines[3]
    assert lines[-1] == f"self-test passed: {len(names)} checks"
    # It worked in a temporary folder and gave the caller's settings folder back.
    assert os.environ["PMDESK_CONFIG_DIR"] == config
    assert not os.path.exists(os.path.join(config, "pmdesk", "pmdesk.ini"))


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_failed_check_is_one_line_and_the_others_still_run(qapp, monkeypatch):
    def print_nothing(_document, _tab, _view, _path):
        pass  # a printing path that silently writes no file

    monkeypatch.setattr(selftest, "print_view_to_pdf", print_nothing)
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    lines = _lines(out)
    assert "FAIL  print to PDF: Printing wrote no PDF file." in lines
    assert any(line.startswith("ok    save and reopen:") for line in lines)  # ran after it
    assert lines[-1] == f"self-test FAILED: 1 of {len(selftest.CHECKS)} checks failed"


def test_an_unexpected_error_is_named_on_one_line_not_a_traceback(qapp):
    def broken(_run):
        return {}["missing"]

    out = io.StringIO()
    assert selftest.run_self_test(out, checks=(("broken", broken),)) == 1
    first = _lines(out)[0]
    assert first.startswith("FAIL  broken: KeyError: 'missing' (test_selftest.py:")
    assert "Traceback" not in out.getvalue()


def test_a_qt_warning_fails_the_messages_check(qapp):
    def warn(_run):
        qWarning("QFont: cannot find the font directory")
        return "warned"

    checks = (
        ("Qt platform", selftest.check_qt),
        ("warn", warn),
        ("Qt messages", selftest.check_qt_messages),
    )
    out = io.StringIO()
    assert selftest.run_self_test(out, checks=checks) == 1
    assert "FAIL  Qt messages: Qt reported: QFont: cannot find the font directory" in _lines(out)


def test_blank_and_drawn_images_are_told_apart():
    image = QImage(300, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    assert not selftest._is_drawn(image)
    painter = QPainter(image)
    for i, colour in enumerate(("red", "green", "blue", "black", "orange", "purple")):
        painter.fillRect(i * 50, 0, 25, 200, QColor(colour))
    painter.end()
    assert selftest._is_drawn(image)


def test_the_command_line_runs_it_headless_without_a_display(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "pmdesk", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "on the offscreen platform" in result.stdout
    assert result.stdout.splitlines()[-1] == f"self-test passed: {len(selftest.CHECKS)} checks"


def test_help_lists_the_self_test(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--self-test" in capsys.readouterr().out
