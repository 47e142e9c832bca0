"""`pmdesk print`: pages on disk from the command line; a bad option is one sentence."""

import pytest
from PySide6.QtGui import QImage

from pmdesk.cli import main


def test_demo_gantt_two_pages_wide_on_a4_landscape(tmp_path, capsys):
    out = tmp_path / "gantt.png"
    assert (
        main(
            [
                "print",
                "--demo",
                "-o",
                str(out),
                "--view",
                "gantt",
                "--pages-wide",
                "2",
                "--paper",
                "A4",
                "--landscape",
                "--dpi",
                "96",
            ]
        )
        == 0
    )
    files = sorted(tmp_path.glob("gantt*.png"))
    assert len(files) >= 2
    image = QImage(str(files[0]))
    assert abs(image.width() - 1123) <= 1 and abs(image.height() - 794) <= 1  # A4 landscape, 96 dpi
    assert "Gantt" in capsys.readouterr().out


def test_columns_zoom_and_dates_reach_the_pdf(tmp_path, pdf_text):
    out = tmp_path / "plan.pdf"
    assert (
        main(
            [
                "print",
                "--demo",
                "-o",
                str(out),
                "--columns",
                "id,name,resources",
                "--zoom",
                "weeks",
                "--from",
                "2026-10-01",
                "--to",
                "2026-12-31",
            ]
        )
        == 0
    )
    text = pdf_text(out)
    assert "Resource names" in text and "Finish" not in text.split("\n")[2]


def test_notes_pages_follow_the_chart(tmp_path, pdf_text):
    out = tmp_path / "notes.pdf"
    assert main(["print", "--demo", "-o", str(out), "--notes"]) == 0
    pages = pdf_text(out).split("\f")
    assert "Fortnightly steering committee" in pages[-2] and "Notes" in pages[-2]
    assert "Fortnightly steering committee" not in pages[0]


@pytest.mark.parametrize(
    "argv, sentence",
    [
        (["--view", "map"], "There is no view “map”"),
        (["--paper", "A9"], "The paper must be one of"),
        (["--pages-wide", "0"], "--pages-wide must be between 1 and 50."),
        (["--pages-tall", "two"], "--pages-tall must be a whole number"),
        (["--from", "2026-13-01"], "--from must be a date"),
        (["--from", "2026-05-01", "--to", "2026-04-01"], "--to must be after --from."),
        (["--zoom", "hours"], "The zoom must be one of"),
        (["--columns", "id,colour"], "There is no column “colour”"),
        (["--dpi", "5"], "--dpi must be between 72 and 2400."),
        (["--bogus"], "Unrecognized arguments"),
        (["--from", "0001-01-01"], "Dates must lie between the years 1900 and 2200."),
        (
            ["--zoom", "days", "--from", "1900-01-01", "--to", "2200-01-01"],
            "This printout would take",
        ),
    ],
)
def test_a_bad_option_is_one_line_on_stderr(tmp_path, capsys, argv, sentence):
    assert main(["print", "--demo", "-o", str(tmp_path / "x.pdf"), *argv]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and sentence.lower() in err.lower()
    assert not (tmp_path / "x.pdf").exists()


def test_a_bad_output_is_one_line(tmp_path, capsys):
    assert main(["print", "--demo", "-o", str(tmp_path / "x.doc")]) == 1
    assert "choose .png, .pdf or .svg" in capsys.readouterr().err
    assert main(["print", str(tmp_path / "none.pmdb"), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "There is no file" in capsys.readouterr().err
