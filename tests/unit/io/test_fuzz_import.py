"""Fuzzing the importers with broken MSPDI, .gan and CSV files (strategies in fuzzdocs.py).

For every file: `pmdesk import` exits 1 with one line on stderr and no traceback, or exits 0
with a plan that schedules, saves, loads back and exports to every format. The slow tests run
the importer in a subprocess under an address-space limit and a time limit.
"""

from __future__ import annotations

import contextlib
import io
import pathlib
import subprocess
import sys
import tempfile
import textwrap

import pytest
from fuzzdocs import csv_files, gan_files, mspdi_files
from hostile import assert_usable
from hypothesis import HealthCheck, given, settings

from pmdesk.cli import main
from pmdesk.store.pmdb import load_plan

FORMATS = {"mspdi": mspdi_files(), "gan": gan_files(), "csv": csv_files()}
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _import(folder: pathlib.Path, name: str, content: bytes) -> tuple[int, str]:
    source = folder / name
    source.write_bytes(content)
    target = folder / "imported.pmdb"
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["import", str(source), "-o", str(target), "--force", "-q"])
    return code, err.getvalue()


def _check(document) -> None:
    name, content = document
    with tempfile.TemporaryDirectory() as folder:
        folder = pathlib.Path(folder)
        code, err = _import(folder, name, content)
        if code == 0:
            assert err == ""
            assert_usable(load_plan(folder / "imported.pmdb"), folder)
        else:
            assert code == 1
            assert err.startswith("pmdesk: ") and err.count("\n") == 1, err


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_broken_files_give_one_line_or_a_usable_plan(kind):
    @FUZZ
    @given(FORMATS[kind])
    def run(document):
        _check(document)

    run()


CHILD = textwrap.dedent("""
    import resource, sys
    limit = {memory} * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from pmdesk.cli import main
    sys.exit(main(["import", sys.argv[1], "-o", sys.argv[2], "--force", "-q"]))
""")


def _bounded_import(name: str, content: bytes, memory_mb: int = 700, seconds: float = 60) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = pathlib.Path(folder) / name
        source.write_bytes(content)
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                CHILD.format(memory=memory_mb),
                str(source),
                str(pathlib.Path(folder) / "out.pmdb"),
            ],
            capture_output=True,
            text=True,
            timeout=seconds,
        )
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") <= 1, done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_broken_files_import_in_bounded_time_and_memory(kind):
    @settings(
        max_examples=4,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(FORMATS[kind])
    def run(document):
        _bounded_import(*document)

    run()


def _mspdi(tasks: str) -> bytes:
    from hostile import mspdi

    return mspdi([tasks]).encode("utf-8")


BIG_ATTACKS = {
    "many elements in one task": lambda: (
        "big.xml",
        _mspdi("<Task><UID>1</UID>" + "<X>1</X>" * 150_000 + "</Task>"),
    ),
    "60,000 unknown tags": lambda: (
        "tags.xml",
        _mspdi(
            "<Task><UID>1</UID>" + "".join(f"<Odd{i}>1</Odd{i}>" for i in range(60_000)) + "</Task>"
        ),
    ),
    "10,000-deep .gan": lambda: (
        "deep.gan",
        (
            '<project name="p"><tasks>'
            + '<task id="1" name="t" start="2025-03-03" duration="1">' * 10_000
            + "</task>" * 10_000
            + "</tasks></project>"
        ).encode(),
    ),
    "a 20 MB CSV field": lambda: ("field.csv", b"Name,Notes\r\nA," + b"x" * 20_000_000 + b"\r\n"),
}


@pytest.mark.slow
@pytest.mark.parametrize("attack", sorted(BIG_ATTACKS))
def test_big_attacks_stay_within_time_and_memory(attack):
    _bounded_import(*BIG_ATTACKS[attack](), memory_mb=900, seconds=90)
