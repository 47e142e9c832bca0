"""The status report as a vector PDF (pmdesk report and Project > Status Report...): text
kept as text, the S-curve drawn as vectors, and what a stakeholder reads in it."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pmdesk.cli import main


def _text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_report_pdf_of_the_demo(qapp, tmp_path):
    plan = tmp_path / "demo.pmdb"
    assert main(["demo", "-o", str(plan)]) == 0
    out = tmp_path / "report.pdf"
    assert main(["report", str(plan), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/Subtype /Image" not in data  # vectors, no bitmap
    text = _text(out)
    for words in (
        "Aurora 2.0 launch: status report",
        "Thu 2026-11-26",
        "Earned value",
        "SPI",
        "Milestones",
        "at risk",
        "Tasks late or slipping most",
        "late",
        "Resource over-allocations",
        "Roadmap delivery",
        "NPV",
        "Page 1 of",
        "Finish P80 (risk)",
        "P80",
    ):
        assert words in text, words


def test_status_report_menu_writes_the_chosen_file(qtbot, tmp_path, monkeypatch):
    import pmdesk.document
    from pmdesk.core.demo import build_demo_plan
    from pmdesk.ui.statusreport import show_status_report

    monkeypatch.setattr(pmdesk.document, "_store", lambda: None)
    document = pmdesk.document.Document(build_demo_plan())
    target = tmp_path / "weekly.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert show_status_report(None, document) == str(target)
    assert "Aurora 2.0 launch: status report" in target.read_text(encoding="utf-8")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "weekly.txt"), "")
    )
    assert show_status_report(None, document) is None
    assert said == ["Choose a file ending in .pdf or .html for the report."]
    document.close()
