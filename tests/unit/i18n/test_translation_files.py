"""The translation sources: every message of every resources/translations/*.ts is translated
(finished, not empty, same placeholders and one mnemonic where the source has one), and no
string the code marks for translation is missing from them (pyside6-lupdate run afresh)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("*.ts"))
PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_0-9]*\}")
MNEMONIC = re.compile(r"&\S")
# Sources where & is the character itself (a print title), not a menu mnemonic.
LITERAL_AMPERSAND = {"P&L"}


def has_mnemonic(text: str) -> bool:
    # "P&L" inside a sentence (a label, a tooltip, an undo text) is the name, not a mnemonic.
    return bool(MNEMONIC.search(text.replace("&&", "").replace("P&L", "PL")))


def _lupdate() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


def problems(ts_path: Path) -> list[str]:
    """One sentence per message that is not translated properly."""
    found = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{name}: {source!r}"
            translation = message.find("translation")
            if translation is None:
                found.append(f"{where} has no translation")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                found.append(f"{where} is {kind}")
                continue
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if message.get("numerus") == "yes"
                else [translation.text or ""]
            )
            for text in forms:
                if not text.strip():
                    found.append(f"{where} is translated as nothing")
                elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                    found.append(f"{where}: {text!r} changes the placeholders")
                elif source not in LITERAL_AMPERSAND and has_mnemonic(source) != has_mnemonic(text):
                    found.append(f"{where}: {text!r} loses or adds the & mnemonic")
    return found


def test_there_is_an_indonesian_translation():
    assert ROOT / "resources" / "translations" / "pmdesk_id.ts" in TS_FILES


@pytest.mark.parametrize("ts_path", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(ts_path):
    assert problems(ts_path) == []


def test_the_check_sees_an_unfinished_and_a_broken_translation(tmp_path):
    ts = tmp_path / "pmdesk_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="xx"><context>'
        "<name>C</name>"
        '<message><source>&amp;Open</source><translation type="unfinished"></translation></message>'
        "<message><source>Finish %1</source><translation>Selesai</translation></message>"
        "<message><source>&amp;Save</source><translation>Simpan</translation></message>"
        "<message><source>Fine</source><translation>Baik</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert len(problems(ts)) == 3


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
@pytest.mark.parametrize(
    "ts_path", [p for p in TS_FILES if p.name.startswith("pmdesk_")], ids=lambda p: p.name
)
def test_no_marked_string_is_missing_from_the_ts_file(ts_path, tmp_path):
    """A tr()/translate() string added to the code without `make lupdate` and a translation
    shows up here as an unfinished message of the refreshed copy."""
    copy = tmp_path / ts_path.name
    shutil.copy(ts_path, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pmdesk").rglob("*.py"))
    subprocess.run(
        [_lupdate(), "-silent", "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    assert problems(copy) == []


def test_every_task_column_title_is_marked_for_translation():
    from pmdesk.models.columntitles import TITLES
    from pmdesk.models.taskcolumns import _BUILT_IN

    assert [c.title for c in _BUILT_IN if c.title not in TITLES] == []
