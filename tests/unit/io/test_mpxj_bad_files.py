"""Bad input on the MPXJ route gives one sentence, never a traceback or a hang: truncated
and damaged .mpp and .xer files, XER tables broken in each way P6 never writes, a converter
that runs past its time limit, Cancel, and a machine without Java or the formats extra.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time

import pytest
from mpxj_reference import FILES, needs_mpxj

from pmdesk.io import mpxj_route
from pmdesk.io.formats import export_file, import_file
from pmdesk.io.result import InteropError
from pmdesk.io.xer_check import check_xer

XER = FILES / "percent-complete-8.4.xer"
MPX = FILES / "task-links-project98.mpx"
# The first bytes of every .mpp: an OLE2 compound file (Microsoft's Compound File Binary
# format, [MS-CFB] 2.2: signature D0 CF 11 E0 A1 B1 1A E1).
CFB_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")


def _one_sentence(error: Exception, name: str) -> str:
    text = str(error)
    assert name in text
    assert "\n" not in text and "Traceback" not in text
    assert text.endswith(".")
    return text


def _xer_lines() -> list[bytes]:
    return XER.read_bytes().split(b"\n")


def _task_table(lines: list[bytes]) -> int:
    return next(n for n, line in enumerate(lines) if line.rstrip(b"\r") == b"%T\tTASK")


# -- XER structure (no Java needed: checked before MPXJ runs) --------------------------------
def test_the_real_xer_files_pass_the_check():
    for path in FILES.glob("*.xer"):
        check_xer(path)  # raises on a damaged file


@pytest.mark.parametrize(
    "damage, expected",
    [
        ("fields", "in the TASK table, a row comes before the line naming the fields (%F)"),
        ("short", "in the TASK table, a row has 4 values for 60 fields"),
        ("long", "in the TASK table, a row has 61 values for 60 fields"),
        ("id", "in the TASK table, task_id is not a number"),
        ("truncated", "is truncated: a Primavera XER file ends with %E"),
        ("junk", "a line is neither a table, fields, a row nor the end"),
    ],
)
def test_a_broken_xer_table_is_one_sentence(tmp_path, damage, expected):
    lines = _xer_lines()
    task = _task_table(lines)
    row = task + 2
    if damage == "fields":
        del lines[task + 1]
    elif damage == "short":
        lines[row] = b"\t".join(lines[row].split(b"\t")[:5])
    elif damage == "long":
        lines[row] += b"\textra"
    elif damage == "id":
        lines[row] = lines[row].replace(b"101717", b"10x717", 1)
    elif damage == "truncated":
        lines = lines[: row + 3]
    elif damage == "junk":
        lines.insert(row, b"garbage line")
    path = tmp_path / "broken.xer"
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(InteropError) as caught:
        import_file(path)
    assert expected in _one_sentence(caught.value, "broken.xer")


def test_a_file_that_is_not_xer_at_all(tmp_path):
    path = tmp_path / "plan.xer"
    path.write_bytes(b"PK\x03\x04 a zip file renamed")
    with pytest.raises(InteropError, match="not a Primavera XER file"):
        import_file(path)


# -- what to install --------------------------------------------------------------------------
def test_without_the_extra_one_sentence_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(mpxj_route, "missing_modules", lambda: ["jpype", "mpxj"])
    path = tmp_path / "plan.mpp"
    path.write_bytes(CFB_SIGNATURE + bytes(504))
    with pytest.raises(InteropError) as caught:
        import_file(path)
    text = str(caught.value)
    assert "pip install 'pmdesk[formats]'" in text and "Java 11" in text
    assert "\n" not in text
    with pytest.raises(InteropError, match=r"pip install 'pmdesk\[formats\]'"):
        export_file(_small_plan(), tmp_path / "out.mpx")


def _small_plan():
    from pmdesk.store.pmdb import blank_plan

    return blank_plan()


def test_mpp_export_is_refused_with_the_reason(tmp_path):
    with pytest.raises(InteropError) as caught:
        export_file(_small_plan(), tmp_path / "plan.mpp")
    assert "only Microsoft Project writes them" in str(caught.value)
    assert not (tmp_path / "plan.mpp").exists()


def test_the_cli_refuses_mpp_export_in_one_line(tmp_path):
    from pmdesk.store.pmdb import save_plan

    plan = tmp_path / "p.pmdb"
    save_plan(_small_plan(), plan)
    done = subprocess.run(
        [sys.executable, "-m", "pmdesk", "export", str(plan), "-o", str(tmp_path / "p.mpp")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert done.stderr.count("\n") == 1 and "only Microsoft Project writes them" in done.stderr


# -- through the converter (Java) -------------------------------------------------------------
@needs_mpxj
def test_no_java_found_is_one_sentence_with_the_install_command(tmp_path, monkeypatch):
    monkeypatch.setenv("PMDESK_JVM_PATH", str(tmp_path / "no-such-libjvm.so"))
    with pytest.raises(InteropError) as caught:
        import_file(MPX)
    text = _one_sentence(caught.value, MPX.name)
    assert "needs a Java runtime" in text and "default-jre-headless" in text


@needs_mpxj
@pytest.mark.parametrize(
    "content",
    [
        CFB_SIGNATURE + bytes(504),  # a compound file header, cut after 512 bytes
        CFB_SIGNATURE + bytes(range(256)) * 40,  # a header followed by noise
        b"not a project file at all",
    ],
    ids=["truncated", "noise", "text"],
)
def test_a_damaged_mpp_is_one_sentence(tmp_path, content):
    path = tmp_path / "received.mpp"
    path.write_bytes(content)
    with pytest.raises(InteropError) as caught:
        import_file(path)
    text = _one_sentence(caught.value, "received.mpp")
    if content.startswith(CFB_SIGNATURE):
        assert "is damaged or truncated" in text
    else:
        assert "not a project file pmdesk can read" in text


@needs_mpxj
def test_the_time_limit_stops_the_converter(tmp_path):
    started = time.monotonic()
    with pytest.raises(InteropError) as caught:
        mpxj_route.read_with_mpxj(MPX, time_limit=0.2)
    assert time.monotonic() - started < 10
    assert "could not be converted within 0.2 seconds" in _one_sentence(caught.value, MPX.name)


@needs_mpxj
def test_cancel_ends_the_conversion():
    stages = []
    started = time.monotonic()
    with pytest.raises(mpxj_route.ConversionCancelled):
        import_file(MPX, progress=stages.append, cancelled=lambda: bool(stages))
    assert stages[:1] == ["java"]
    assert time.monotonic() - started < 10


@needs_mpxj
def test_fuzzed_xer_and_mpx_files_import_or_give_one_sentence(tmp_path):
    """Truncations and flipped bytes: each file imports or is refused with one sentence."""
    chance = random.Random(21)
    for source in (XER, MPX):
        original = source.read_bytes()
        for case in range(3):
            damaged = bytearray(original)
            if case == 0:
                damaged = damaged[: chance.randrange(len(damaged) // 3, len(damaged))]
            else:
                for _ in range(8):
                    damaged[chance.randrange(len(damaged))] = chance.randrange(256)
            path = tmp_path / f"fuzz{case}{source.suffix}"
            path.write_bytes(bytes(damaged))
            try:
                result = import_file(path)
            except InteropError as exc:
                _one_sentence(exc, path.name)
            else:
                assert result.data.tasks  # what was read is a plan pmdesk can schedule
                from pmdesk.core.scheduling import schedule_plan

                schedule_plan(result.data)
