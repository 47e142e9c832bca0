"""Hostile files around plans: FIFOs, devices, sparse giants and crafted lock files never hang,
exhaust memory or raise a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import datetime

import pytest

from pmdesk.store.lock import acquire_lock, lock_path, read_lock

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")


def _run(code: str, memory_mb: int = 600, timeout: float = 30) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh Python with an address-space limit; a hang fails the test."""
    prelude = textwrap.dedent(f"""
        import resource
        limit = {memory_mb} * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    """)
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _cli(*args: str) -> str:
    return f"import sys; from pmdesk.cli import main; sys.exit(main({list(args)!r}))"


def test_check_on_a_fifo_named_pmdb_says_so(tmp_path):
    fifo = tmp_path / "x.pmdb"
    os.mkfifo(fifo)
    done = _run(_cli("check", str(fifo)))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "not a regular file" in done.stderr


def test_a_sparse_gigabyte_pmdb_is_refused_from_its_header(tmp_path):
    giant = tmp_path / "giant.pmdb"
    with open(giant, "wb") as handle:
        handle.truncate(1 << 30)
    done = _run(_cli("check", str(giant)), memory_mb=400)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


@pytest.mark.parametrize("kind", ["fifo", "zero", "folder"])
def test_lock_files_that_are_not_files_never_block_or_fill_memory(tmp_path, kind):
    plan = tmp_path / "p.pmdb"
    lock = lock_path(plan)
    if kind == "fifo":
        os.mkfifo(lock)
    elif kind == "zero":
        lock.symlink_to("/dev/zero")
    else:
        lock.mkdir()
    done = _run(
        f"""
        from pmdesk.store.lock import read_lock, acquire_lock
        assert read_lock({str(plan)!r}) is None
        try:
            acquire_lock({str(plan)!r}).release()
        except Exception as exc:
            from pmdesk.core.errors import PmdeskError
            assert isinstance(exc, PmdeskError), exc
            print(exc)
    """,
        memory_mb=400,
    )
    assert done.returncode == 0, done.stderr


def _lock(plan, **values):
    info = {
        "user": "eve",
        "host": "elsewhere",
        "pid": 4242,
        "since": datetime.now().isoformat(timespec="seconds"),
        "token": "t",
        "app": "x",
    }
    info.update(values)
    lock_path(plan).write_text(
        json.dumps(info) if not isinstance(values.get("raw"), str) else values["raw"],
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    "values",
    [
        {"raw": "[" * 3000 + "]" * 3000},
        {"raw": '{"user": ' * 2000},
        {"pid": 10**100},
        {"pid": -5},
        {"pid": "many"},
        {"user": ["a"]},
        {"since": "2025-01-01T10:00:00+05:00"},
        {"since": "9999-12-31T23:59:59"},
        {"raw": "x" * 100_000},
    ],
)
def test_crafted_lock_files_are_unreadable_or_sane(tmp_path, values):
    plan = tmp_path / "p.pmdb"
    plan.touch()
    _lock(plan, **values)
    holder = read_lock(plan)
    if holder is not None:
        assert holder.since.tzinfo is None
        assert 0 < holder.pid < 2**31
        holder.is_stale()
        holder.describe()
    acquire_lock(plan, force=True).release()


def test_a_timezone_aware_lock_time_is_read_as_local_time(tmp_path):
    plan = tmp_path / "p.pmdb"
    _lock(plan, since="2025-01-01T10:00:00+00:00", host="elsewhere")
    holder = read_lock(plan)
    assert holder is not None and holder.since.tzinfo is None
    assert holder.is_stale()  # older than a day


def test_saving_through_a_symlink_replaces_the_target_and_keeps_the_link(tmp_path):
    from pmdesk.store.pmdb import blank_plan, load_plan, save_plan

    real = tmp_path / "real.pmdb"
    save_plan(blank_plan("first"), real)
    link = tmp_path / "link.pmdb"
    link.symlink_to(real)
    save_plan(blank_plan("second"), link)
    assert link.is_symlink()
    assert load_plan(real).plan.name == "second"
