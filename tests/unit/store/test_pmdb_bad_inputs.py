"""Bad files give their clear PmdbError (one sentence, exit 1 from `pmdesk check`), never a crash."""

from __future__ import annotations

import random
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from pmdesk import cli
from pmdesk.store import pmdb
from pmdesk.store.fileformat import WalModeError
from pmdesk.store.identity import SCHEMA_VERSION
from pmdesk.store.pmdb import (
    DamagedError,
    ForeignDatabaseError,
    NewerVersionError,
    NotAPlanError,
    PmdbError,
    UnsafeContentError,
    VanishedError,
    WorkingCopy,
    check_pmdb,
    load_plan,
)
from tests.unit.store.pmdb_badfiles import (
    foreign_sqlite,
    patched,
    png_bytes,
    restamped,
    tampered,
    zip_file,
)
from tests.unit.store.pmdb_plans import assert_same_plan, every_kind_plan


def check_fails(path: Path, error: type[PmdbError], capsys, words: str = "") -> str:
    """check_pmdb raises ``error``; `pmdesk check` exits 1 with one line on stderr."""
    with pytest.raises(error) as caught:
        check_pmdb(path)
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")
    assert words.lower() in message.lower()
    assert cli.main(["check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("pmdesk: ") and "Traceback" not in err
    return message


# -- not a database ---------------------------------------------------------------------
def test_zero_length_file(tmp_path, capsys):
    path = tmp_path / "empty.pmdb"
    path.write_bytes(b"")
    check_fails(path, NotAPlanError, capsys, "empty")


def test_fifty_byte_file(tmp_path, plan_file, capsys):
    path = tmp_path / "short.pmdb"
    path.write_bytes(plan_file.read_bytes()[:50])
    check_fails(path, NotAPlanError, capsys, "not a pmdesk plan")


@pytest.mark.parametrize(
    "content, words",
    [
        (b"Project plan\nTask 1, 3 days\n" * 20, "text file"),
        (png_bytes(), "PNG image"),
    ],
)
def test_other_files_renamed(tmp_path, capsys, content, words):
    path = tmp_path / "renamed.pmdb"
    path.write_bytes(content)
    check_fails(path, NotAPlanError, capsys, words)


def test_zip_renamed(tmp_path, capsys):
    check_fails(zip_file(tmp_path / "archive.pmdb"), NotAPlanError, capsys, "ZIP archive")


def test_another_programs_sqlite_file(tmp_path, capsys):
    check_fails(
        foreign_sqlite(tmp_path / "history.pmdb"), ForeignDatabaseError, capsys, "another program"
    )


def test_folder_and_missing_file(tmp_path, capsys):
    check_fails(tmp_path, PmdbError, capsys, "folder")
    check_fails(tmp_path / "nowhere.pmdb", VanishedError, capsys, "does not exist")


# -- truncated and damaged --------------------------------------------------------------
@pytest.mark.parametrize("cut", ["100", "4096", "half", "size-1"])
def test_truncated(tmp_path, plan_file, capsys, cut):
    image = plan_file.read_bytes()
    length = {"100": 100, "4096": 4096, "half": len(image) // 2, "size-1": len(image) - 1}[cut]
    path = tmp_path / "cut.pmdb"
    path.write_bytes(image[:length])
    check_fails(path, DamagedError, capsys, "incomplete")


@pytest.mark.parametrize(
    "offset, raw, error",
    [
        (0, b"SQLite format 4\x00", NotAPlanError),  # magic
        (16, b"\x03\x00", DamagedError),  # page size not a power of two
        (16, b"\x08\x00", DamagedError),  # page size 2048: page count x size != file size
        (20, b"\x00", DamagedError),  # reserved space (our checksums) gone
        (24, b"\x00\x00\x99\x99", DamagedError),  # change counter != version-valid-for
        (28, b"\x00\x00\x00\x02", DamagedError),  # page count
        (56, b"\x00\x00\x00\x02", DamagedError),  # UTF-16
        (60, b"\x00\x00\x00\x00", DamagedError),  # user_version 0
        (68, b"\x00\x00\x00\x00", ForeignDatabaseError),  # application_id
        (18, b"\x03\x03", DamagedError),  # unknown file format version
        (40, b"\x00\x00\x00\x07", DamagedError),  # schema cookie: caught by the checksum
    ],
)
def test_header_bytes_changed(tmp_path, plan_file, capsys, offset, raw, error):
    check_fails(patched(plan_file, tmp_path / "hdr.pmdb", offset, raw), error, capsys)


def test_a_random_byte_flipped_in_every_page(tmp_path, plan_file, capsys):
    """Seeded fuzz: >= 200 variants, each page hit several times; every one is reported."""
    image = plan_file.read_bytes()
    page_size = struct.unpack_from(">H", image, 16)[0]
    pages = len(image) // page_size
    rng = random.Random(20261126)
    variants = 0
    path = tmp_path / "flipped.pmdb"
    while variants < max(200, pages * 8):
        page = variants % pages
        offset = page * page_size + rng.randrange(page_size)
        flipped = bytearray(image)
        flipped[offset] ^= rng.randrange(1, 256)
        path.write_bytes(bytes(flipped))
        with pytest.raises(PmdbError) as caught:
            check_pmdb(path)
        assert "\n" not in str(caught.value)
        assert cli.main(["check", str(path)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("pmdesk: "), err
        variants += 1
    assert variants >= 200 and pages >= 20


def test_flips_behind_valid_checksums_never_crash(tmp_path, plan_file):
    """A byte changed and the checksums stamped again: SQLite's checks, the schema check and
    the value checks must turn every variant into a PmdbError or a readable plan."""
    image = plan_file.read_bytes()
    page_size = struct.unpack_from(">H", image, 16)[0]
    rng = random.Random(7)
    path = tmp_path / "restamped.pmdb"
    outcomes = {"error": 0, "loaded": 0}
    for _ in range(200):
        flipped = bytearray(image)
        offset = rng.randrange(100, len(image))
        if offset % page_size >= page_size - 8:
            continue
        flipped[offset] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(flipped))
        restamped(path)
        try:
            load_plan(path)
            outcomes["loaded"] += 1
        except PmdbError as exc:
            assert "\n" not in str(exc)
            outcomes["error"] += 1
    assert outcomes["error"] > 0 and sum(outcomes.values()) > 150


# -- schema tampering -------------------------------------------------------------------
def _raw_task_names(path: Path) -> dict:
    conn = sqlite3.connect(":memory:")
    conn.deserialize(path.read_bytes())
    try:
        return dict(conn.execute("SELECT id, name FROM task"))
    finally:
        conn.close()


def test_malicious_trigger_is_refused_and_changes_nothing(tmp_path, plan_file, capsys):
    path = tampered(
        plan_file,
        tmp_path / "trigger.pmdb",
        "CREATE TABLE loot(x)",
        "CREATE TRIGGER steal AFTER UPDATE ON task BEGIN DELETE FROM task; "
        "INSERT INTO loot SELECT name FROM resource; END",
        "CREATE TRIGGER wipe AFTER INSERT ON link BEGIN UPDATE plan SET name = 'pwned'; END",
    )
    before = path.read_bytes()
    names = _raw_task_names(path)
    check_fails(path, UnsafeContentError, capsys, "triggers")
    with pytest.raises(UnsafeContentError):
        WorkingCopy.open(path)
    assert path.read_bytes() == before
    assert _raw_task_names(path) == names and len(names) == 6


def test_view_shadowing_a_table_is_refused(tmp_path, plan_file, capsys):
    path = tampered(
        plan_file,
        tmp_path / "view.pmdb",
        "ALTER TABLE task RENAME TO task_real",
        "CREATE VIEW task AS SELECT * FROM task_real WHERE 0",
    )
    check_fails(path, UnsafeContentError, capsys, "views")


@pytest.mark.parametrize(
    "statements, error, words",
    [
        (["CREATE TABLE extra(x)"], UnsafeContentError, "tables"),
        (["CREATE INDEX i ON task(name)"], UnsafeContentError, "indexes"),
        (["DROP TABLE canvas_note"], DamagedError, "no canvas_note table"),
        (["ALTER TABLE task ADD COLUMN evil TEXT"], UnsafeContentError, "changed task table"),
        (["UPDATE task SET duration = 'three days' WHERE id = 2"], DamagedError, "wrong type"),
        (["UPDATE task SET milestone = 7 WHERE id = 2"], DamagedError, "wrong type"),
        (["UPDATE calendar SET week = '{\"0\": [[1, 2, 3]]}'"], DamagedError, "cannot be read"),
        (["UPDATE link SET type = 'XX'"], DamagedError, "cannot be read"),
        (["UPDATE task SET task_type = 7 WHERE id = 2"], DamagedError, "cannot be read"),
        (["UPDATE task SET custom_fields = '[]' WHERE id = 2"], DamagedError, "cannot be read"),
        (["UPDATE task SET splits = '{}' WHERE id = 2"], DamagedError, "cannot be read"),
        (["UPDATE task SET deadline = 'tomorrow' WHERE id = 2"], DamagedError, "cannot be read"),
        (["UPDATE plan SET settings = '" + "[" * 5000 + "'"], DamagedError, "cannot be read"),
        # A second plan row, whatever columns the plan table has by now.
        (
            [
                "CREATE TEMP TABLE second AS SELECT * FROM plan",
                "UPDATE second SET id = 2",
                "INSERT INTO plan SELECT * FROM second",
            ],
            DamagedError,
            "cannot be read",
        ),
    ],
)
def test_tampered_content(tmp_path, plan_file, capsys, statements, error, words):
    check_fails(tampered(plan_file, tmp_path / "t.pmdb", *statements), error, capsys, words)


def test_wal_mode_file(tmp_path, plan_file, capsys):
    path = tmp_path / "wal.pmdb"
    path.write_bytes(plan_file.read_bytes())
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    conn.close()
    check_fails(path, WalModeError, capsys, "write-ahead")


@pytest.mark.parametrize(
    "value", ["zeroblob(20971520)", "replace(hex(zeroblob(10485760)), '0', 'a')"]
)
def test_twenty_megabyte_value_in_a_text_column(tmp_path, plan_file, capsys, value):
    path = tampered(
        plan_file, tmp_path / "big.pmdb", f"UPDATE task SET notes = {value} WHERE id = 2"
    )
    assert path.stat().st_size > 20_000_000
    check_fails(path, DamagedError, capsys)


# -- versions ---------------------------------------------------------------------------
def test_newer_version_is_refused_by_check_and_opens_read_only(tmp_path, plan_file, capsys):
    path = patched(
        plan_file, tmp_path / "newer.pmdb", 60, struct.pack(">i", SCHEMA_VERSION + 1), restamp=True
    )
    check_fails(path, NewerVersionError, capsys, "newer pmdesk")
    copy = WorkingCopy.open(path)
    try:
        assert copy.read_only and "newer pmdesk" in copy.read_only_reason
        assert copy.lock is None
        assert_same_plan(copy.data, load_plan(plan_file))
        with pytest.raises(pmdb.ReadOnlyError):
            copy.save()
        copy.save(tmp_path / "as-v1.pmdb")  # Save As writes this version's format
        check_pmdb(tmp_path / "as-v1.pmdb")
    finally:
        copy.close()


def test_newer_version_without_our_columns(tmp_path, plan_file):
    path = tampered(
        plan_file,
        tmp_path / "newer2.pmdb",
        "ALTER TABLE task DROP COLUMN notes",
        f"PRAGMA user_version={SCHEMA_VERSION + 1}",
    )
    with pytest.raises(NewerVersionError, match="cannot read"):
        WorkingCopy.open(path)


# -- the CLI itself, in a real process, for a sample -------------------------------------
def test_pmdesk_check_in_a_subprocess(tmp_path, plan_file):
    image = plan_file.read_bytes()
    samples = {
        "empty.pmdb": b"",
        "image.pmdb": png_bytes(),
        "half.pmdb": image[: len(image) // 2],
    }
    for name, content in samples.items():
        (tmp_path / name).write_bytes(content)
    tampered(
        plan_file,
        tmp_path / "trigger.pmdb",
        "CREATE TRIGGER t AFTER DELETE ON task BEGIN SELECT 1; END",
    )
    for name in [*samples, "trigger.pmdb"]:
        result = subprocess.run(
            [sys.executable, "-m", "pmdesk", "check", str(tmp_path / name)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 1, name
        assert result.stdout == "" and result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith("pmdesk: ") and "Traceback" not in result.stderr
    sound = subprocess.run(
        [sys.executable, "-m", "pmdesk", "check", str(plan_file)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert sound.returncode == 0 and sound.stderr == ""


def test_sound_file_passes(plan_file, capsys):
    check_pmdb(plan_file)
    assert cli.main(["check", str(plan_file)]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")
    loaded, expected = load_plan(plan_file), every_kind_plan()
    expected.plan.modified, expected.plan.app_version = (
        loaded.plan.modified,
        loaded.plan.app_version,
    )
    assert_same_plan(loaded, expected)


def test_reading_past_the_deadline_is_a_clear_error(plan_file, monkeypatch, capsys):
    from pmdesk.store import image

    monkeypatch.setattr(image, "OPEN_DEADLINE", -1.0)  # every progress callback is late
    check_fails(plan_file, DamagedError, capsys, "took too long")


def test_gui_open_of_bad_files_raises_and_leaves_no_lock(tmp_path, plan_file):
    """WorkingCopy.open (the GUI's path) meets the same errors and cleans up its lock."""
    from pmdesk.store.lock import lock_path

    image = plan_file.read_bytes()
    cases = {
        "missing.pmdb": (None, VanishedError),
        "empty.pmdb": (b"", NotAPlanError),
        "half.pmdb": (image[: len(image) // 2], DamagedError),
        "foreign.pmdb": ("foreign", ForeignDatabaseError),
    }
    for name, (content, error) in cases.items():
        path = tmp_path / name
        if content == "foreign":
            foreign_sqlite(path)
        elif content is not None:
            path.write_bytes(content)
        with pytest.raises(error):
            WorkingCopy.open(path)
        assert not lock_path(path).exists(), name


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_devices_and_pipes_are_not_read(tmp_path, capsys):
    check_fails(Path("/dev/zero"), NotAPlanError, capsys, "not a regular file")


def test_reading_rows_past_the_deadline_is_a_clear_error(plan_file, monkeypatch):
    from pmdesk.store import image

    conn, _header = image.open_image(plan_file.read_bytes(), "plan.pmdb")
    monkeypatch.setattr(image, "OPEN_DEADLINE", -1.0)
    with pytest.raises(DamagedError, match="took too long"):
        image.read_data(conn, "plan.pmdb")
    conn.close()
