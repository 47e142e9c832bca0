"""The command line in Bahasa Indonesia: `pmdesk --lang id schedule FILE` prints its table
headings, help and argparse's own words in Indonesian; without --lang it stays English."""

from __future__ import annotations

import argparse
import gettext
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from pmdesk import cli
from pmdesk.commands.argparsewords import speak_argparse
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
    # Durations and floats in Indonesian units, none in English ones.
    assert "118 hari" in out and "25 hari" in out
    assert not re.search(r"\d e?(d|h|m|w|mo|days?|hrs?|wks?)\b", out)


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


def _help_texts(modules) -> dict[str, str]:
    """Every help text a person reads in `pmdesk COMMAND --help`: the description and each
    argument's help, keyed by where it is (the same keys in every language)."""
    found = {}
    for name, module in modules.items():
        parser = argparse.ArgumentParser(
            prog=f"pmdesk {name}", description=translation.translate("Commands", module.HELP)
        )
        module.add_arguments(parser)
        found[f"{name} description"] = parser.description or ""
        for action in parser._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                found[f"{name} {'/'.join(action.option_strings) or action.dest}"] = action.help
    return found


def _sentence(text: str) -> bool:
    """A text with words in it (not a lone code, URL or file pattern such as OUT.pmdb)."""
    return len(text.split()) > 1 and "://" not in text.split()[0]


def test_every_command_helps_in_indonesian(indonesian_catalogue):
    modules = cli._command_modules()
    english = _help_texts(modules)
    assert len(english) > 100 and {"grant description", "level --order"} <= set(english)
    assert language.install_core_language("id")
    speak_argparse()  # as cli.main does once the language is chosen
    indonesian = _help_texts(modules)
    left = [
        f"{where}: {text}"
        for where, text in english.items()
        if _sentence(text) and indonesian[where] == text
    ]
    assert not left, "still English:\n" + "\n".join(left)


def test_new_plan_holidays_named_in_indonesian(indonesian_catalogue, tmp_path, capsys):
    from pmdesk.store.pmdb import load_plan

    english, indonesian = tmp_path / "en.pmdb", tmp_path / "id.pmdb"
    assert cli.main(["new", str(english), "--holidays", "ID", "--start", "2027-01-04"]) == 0
    assert cli.main(["--lang", "id", "new", str(indonesian), "--holidays", "ID"]) == 0
    named = {e.start: e.name for e in load_plan(indonesian).calendar_exceptions.values()}
    assert named[date(2027, 8, 17)] == "Hari Kemerdekaan Republik Indonesia"
    english_names = {e.name for e in load_plan(english).calendar_exceptions.values()}
    assert "Independence Day" in english_names and not english_names & set(named.values())
