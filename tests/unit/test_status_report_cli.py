"""`pmdesk status` and `pmdesk report` on the demo plan (a baseline, late work, SPI and CPI
below 1), and their one-sentence refusals."""

from __future__ import annotations

import json
import os
import re

import pytest

from pmdesk.cli import main


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.pmdb"
    assert main(["demo", "-o", str(path)]) == 0
    return path


def test_status_json_has_the_earned_value_and_late_tasks(demo_file, capsys):
    capsys.readouterr()
    assert main(["status", str(demo_file), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    ev = record["earned_value"]
    assert record["status_date"] == "2026-11-26T17:00"
    assert ev["spi"] < 1 and ev["cpi"] < 1
    assert ev["sv"] == pytest.approx(ev["bcwp"] - ev["bcws"])
    assert ev["eac"] == pytest.approx(ev["acwp"] + (ev["bac"] - ev["bcwp"]) / ev["cpi"])
    assert record["finish_variance_days"] > 0  # the finish slips past the baseline
    assert record["late_count"] == len(record["late_tasks"]) > 0
    assert "Design system update" in {t["name"] for t in record["late_tasks"]}
    # issue 20: the seeded risk simulation's finish, later than the forecast at P80
    risk = record["risk"]
    assert risk["iterations"] == 1000 and risk["seed"] == 0 and risk["tasks_varying"] > 20
    assert record["finish"] <= risk["finish_p50"] <= risk["finish_p80"]
    assert 0 <= risk["chance_by_baseline_finish"] <= 1


def test_status_text_and_a_later_status_date(demo_file, capsys):
    capsys.readouterr()
    assert main(["status", str(demo_file), "--status-date", "2026-12-18"]) == 0
    out = capsys.readouterr().out
    assert "status at 2026-12-18 17:00 against baseline 0" in out
    assert re.search(r"SPI 0\.\d\d   CPI 0\.\d\d", out)
    assert "tasks late at the status date" in out


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["--status-date", "2020-01-01"], "is before the project start"),
        (["--status-date", "next week"], "must be a date such as"),
        (["--baseline", "4"], "has no baseline 4"),
        (["--baseline", "x"], "must be a number from 0 to 10"),
        (["--baseline", "11"], "must be a number from 0 to 10"),
    ],
)
def test_refusals_are_one_line(demo_file, capsys, args, sentence):
    capsys.readouterr()
    assert main(["status", str(demo_file), *args]) == 1
    err = capsys.readouterr().err.strip()
    assert sentence in err and "\n" not in err and "Traceback" not in err


def test_report_html_is_self_contained(demo_file, tmp_path):
    out = tmp_path / "report.html"
    assert main(["report", str(demo_file), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    for text in (
        "Aurora 2.0 launch: status report",
        "Milestones",
        "at risk",
        "late",
        "Earned value",
        "SPI",
        "Resource over-allocations",
        "Roadmap delivery",
        "NPV as planned now",
        "<svg",
        "Planned value (PV)",
        "Finish P80 (risk)",
        "simulated schedules (seed 0)",
        ">P80</th>",
    ):
        assert text in html, text
    assert len(re.findall(r"<th\b", html)) == html.count("</th>")
    # Nothing fetched: no scripts, links or remote images.
    assert not re.search(r"<(script|link)\b|src=\"http|href=\"http", html)


def test_report_refuses_other_formats_and_missing_files(demo_file, tmp_path, capsys):
    assert main(["report", str(demo_file), "-o", str(tmp_path / "r.docx")]) == 1
    assert main(["report", str(tmp_path / "none.pmdb"), "-o", str(tmp_path / "r.pdf")]) == 1
    assert main(["report", str(demo_file), "-o", str(tmp_path / "no" / "r.html")]) == 1
    assert not (tmp_path / "r.docx").exists()


def test_status_json_risk_is_repeatable(demo_file, capsys):
    """The report's P80 comes from a seeded run: the same plan gives the same dates."""
    records = []
    for _ in range(2):
        capsys.readouterr()
        assert main(["status", str(demo_file), "--json"]) == 0
        records.append(json.loads(capsys.readouterr().out)["risk"])
    assert records[0] == records[1]


def test_report_html_in_indonesian(demo_file, tmp_path):
    """`pmdesk --lang id report` writes the report's words, weekdays and numbers in
    Indonesian (the plan's own names stay as they are)."""
    from PySide6.QtCore import QCoreApplication

    from pmdesk.ui.language import install_language, translations_folder

    if not (translations_folder() / "pmdesk_id.qm").exists():
        pytest.skip("the .qm files are not built (make translations)")
    out = tmp_path / "laporan.html"
    try:
        assert main(["--lang", "id", "report", str(demo_file), "-o", str(out)]) == 0
    finally:
        os.environ.pop("PMDESK_LANG", None)
        app = QCoreApplication.instance()
        if app is not None:
            install_language(app, "en")
            app.setProperty("pmdesk_language", "en")
    html = out.read_text(encoding="utf-8")
    for text in (
        '<html lang="id"',
        "Aurora 2.0 launch: laporan status",
        "Tonggak",
        "Selesai P80 (risiko)",
        "Kam 2026-11-26",
        "terlambat",
        "Nilai hasil (EV)",
        ">Des<",
    ):  # the S-curve's months too
        assert text in html, text
    assert "<h2>Milestones</h2>" not in html and ": status report" not in html
    # Variances and slips in Indonesian days ("+28 hari"), not "+28 d".
    assert re.search(r">\+\d+ hari<", html) and not re.search(r">[+-]?\d+ d<", html)
