"""The command line in Bahasa Indonesia: `pmdesk --lang id schedule FILE` prints its table
headings, help and argparse's own words in Indonesian; without --lang it stays English."""

from __future__ import annotations

import argparse
import gettext
import subprocess
import sys
from pathlib import Path

import pytest

from pmdesk import cli
from pmdesk.core import localeformat, translation
from pmdesk.core.demo import build_demo_plan
from pmdesk.store.pmdb import save_plan
from pmdesk.ui import language

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def indonesian_catalogue(tmp_path, monkeypatch):
    """pmdesk_id.qm built from the .ts for this test; English again afterwards."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = ROOT / "resources" / "translations" / "pmdesk_id.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(tmp_path / "pmdesk_id.qm")],
        check=True,
        timeout=120,
    )
    monkeypatch.setattr(language, "translations_folder", lambda: tmp_path)
    monkeypatch.delenv(cli.LANGUAGE_ENV, raising=False)
    yield
    translation.set_translator(None)
    localeformat.set_default_locale(None)
    argparse._ = gettext.gettext


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "demo.pmdb"
    save_plan(build_demo_plan(), path)
    return str(path)


def test_schedule_in_indonesian(indonesian_catalogue, plan_file, capsys):
    assert cli.main(["--lang", "id", "schedule", plan_file]) == 0
    out = capsys.readouterr().out
    heading = out.splitlines()[0].split()
    assert heading[:6] == ["ID", "ID", "unik", "WBS", "Nama", "Mulai"]
    assert "Kritis" in heading and "ya" in out and "Proyek: 2026-10-05 08:00" in out


def test_help_and_errors_in_indonesian(indonesian_catalogue, capsys):
    with pytest.raises(SystemExit):
        cli.main(["--lang", "id", "schedule", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("pemakaian: pmdesk schedule")
    assert "hitung ulang jadwal FILE" in out and "argumen posisi" in out
    with pytest.raises(SystemExit):
        cli.main(["--lang", "id", "schedule"])
    assert "galat: argumen berikut wajib diisi: FILE" in capsys.readouterr().err


def test_schedule_stays_english_without_lang(indonesian_catalogue, plan_file, capsys):
    assert cli.main(["schedule", plan_file]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:5] == ["ID", "Unique", "ID", "WBS", "Name"]
    assert "Project: 2026-10-05 08:00" in out
