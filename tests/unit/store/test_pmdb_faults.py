"""Faults during save: kills, a full disk, read-only media, vanished files, external saves."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pmdesk.core.entities import Plan, Task
from pmdesk.store.pmdb import (
    DiskFullError,
    ExternalChangeError,
    ReadOnlyError,
    VanishedError,
    WorkingCopy,
    check_pmdb,
    load_plan,
    save_plan,
)
from tests.unit.store.pmdb_plans import assert_same_plan, every_kind_plan

posix_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and signals")


def _temp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


# -- SIGKILL at random points of Save ---------------------------------------------------------
def _saver(path: Path, ready: int) -> None:
    """Child: open the plan and save new versions of it as fast as it can, until killed."""
    copy = WorkingCopy.open(path, override_lock=True)
    copy.data.subscribe(copy.write_change)
    os.write(ready, b"r")
    version = 0
    while True:
        version += 1
        tag = f"v{version}"
        # Two entities change together: a complete file has them equal.
        copy.data.update(Plan, 1, name=tag)
        copy.data.update(Task, 1, name=tag, notes=tag * 200)
        copy.save(force=True)
        os.write(ready, b"s")  # one more complete save: the parent may wait for some


@posix_only
def test_sigkill_during_save_leaves_old_or_new_complete_plan(tmp_path):
    path = tmp_path / "killed.pmdb"
    original = every_kind_plan(tasks=400)
    original.plan.name = original.tasks[1].name = "v0"
    save_plan(original, path)
    rng = random.Random(1126)
    seen = set()
    for _round in range(50):
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns into pytest
            code = 0
            try:
                os.close(ready_r)
                _saver(path, ready_w)
            except BaseException as exc:  # noqa: BLE001  (report, then leave)
                os.write(2, f"saver failed: {exc!r}\n".encode())
                code = 3
            os._exit(code)
        os.close(ready_w)
        assert os.read(ready_r, 1) == b"r"
        # Let a few saves complete first (counted, not timed, so that a slow, loaded machine
        # still sees several versions), then kill at a random moment of the next ones.
        for _save in range(rng.randrange(4)):
            assert os.read(ready_r, 1) == b"s"
        time.sleep(rng.uniform(0, 0.04))
        os.kill(pid, signal.SIGKILL)
        os.close(ready_r)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
        check_pmdb(path)
        loaded = load_plan(path)
        assert loaded.plan.name == loaded.tasks[1].name  # never half of a save
        assert loaded.tasks[1].notes == ("" if loaded.plan.name == "v0" else loaded.plan.name * 200)
        assert loaded.count(Task) == 400 and loaded.links == original.links
        seen.add(loaded.plan.name)
    # The kills landed at different points: several versions survived, and some kills came
    # between writing the temp file and replacing the target (their temp files are left).
    print(f"versions seen: {len(seen)}, temp files left: {len(_temp_files(tmp_path))}")
    assert len(seen) >= 3
    assert _temp_files(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "pmdesk", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


# -- a full disk --------------------------------------------------------------------------
@contextlib.contextmanager
def _tmpfs(folder: Path, size: str, read_only: bool = False):
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_save_to_a_full_disk_fails_cleanly(tmp_path):
    with _tmpfs(tmp_path / "small", "160k") as disk:
        path = disk / "plan.pmdb"
        save_plan(every_kind_plan(), path)
        before = path.read_bytes()
        copy = WorkingCopy.open(path)
        copy.data.subscribe(copy.write_change)
        for n in range(100, 1100):
            copy.data.add(Task(id=n, name=f"Task {n}", notes="x" * 200))
        with pytest.raises(DiskFullError, match="not enough space"):
            copy.save()
        assert path.read_bytes() == before
        check_pmdb(path)
        assert _temp_files(disk) == []
        # The work is still in the working copy: Save As elsewhere keeps it.
        copy.save(tmp_path / "elsewhere.pmdb")
        assert load_plan(tmp_path / "elsewhere.pmdb").count(Task) == 6 + 1000
        copy.close()


@posix_only
def test_save_beyond_the_file_size_limit_fails_cleanly(tmp_path):
    """The unprivileged variant: RLIMIT_FSIZE in a child process."""
    import resource

    path = tmp_path / "plan.pmdb"
    save_plan(every_kind_plan(), path)
    before = path.read_bytes()
    pid = os.fork()
    if pid == 0:
        code = 9
        try:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of dying
            resource.setrlimit(resource.RLIMIT_FSIZE, (len(before) + 8192, resource.RLIM_INFINITY))
            copy = WorkingCopy.open(path)
            copy.data.subscribe(copy.write_change)
            for n in range(100, 1100):
                copy.data.add(Task(id=n, name=f"Task {n}", notes="x" * 200))
            try:
                copy.save()
            except DiskFullError:
                code = 0
        except BaseException:  # noqa: BLE001
            code = 8
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status
    assert path.read_bytes() == before
    assert _temp_files(tmp_path) == []


def test_read_only_medium(tmp_path):
    with _tmpfs(tmp_path / "stick", "1m") as stick:
        path = stick / "plan.pmdb"
        save_plan(every_kind_plan(), path)
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        copy = WorkingCopy.open(path)
        assert copy.read_only and "Save As" in copy.read_only_reason
        with pytest.raises(ReadOnlyError):
            copy.save()
        with pytest.raises(ReadOnlyError, match="read-only disk"):
            copy.save(stick / "other.pmdb")
        copy.save(tmp_path / "rescued.pmdb")
        assert not copy.read_only
        copy.close()


# -- read-only files and folders, vanished files --------------------------------------------
def test_read_only_file_opens_read_only(plan_file, tmp_path):
    plan_file.chmod(0o444)
    copy = WorkingCopy.open(plan_file)
    assert copy.read_only and "read-only file" in copy.read_only_reason
    assert copy.lock is None
    with pytest.raises(ReadOnlyError):
        copy.save()
    copy.save(tmp_path / "copy.pmdb")
    copy.close()


def test_vanished_file_and_folder(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "plan.pmdb"
    save_plan(every_kind_plan(), path)
    copy = WorkingCopy.open(path)
    copy.data.subscribe(copy.write_change)
    copy.data.update(Task, 2, name="kept")
    path.unlink()
    assert copy.changed_on_disk()
    copy.save()  # a deleted file is simply written again
    assert load_plan(path).tasks[2].name == "kept"
    shutil.rmtree(folder)
    with pytest.raises(VanishedError, match="no longer exists"):
        copy.save()
    copy.save(tmp_path / "rescued.pmdb")
    assert load_plan(tmp_path / "rescued.pmdb").tasks[2].name == "kept"
    copy.close()


# -- someone else saved meanwhile --------------------------------------------------------------
def test_file_changed_on_disk_between_open_and_save(plan_file):
    copy = WorkingCopy.open(plan_file)
    copy.data.subscribe(copy.write_change)
    copy.data.update(Task, 2, name="mine")
    assert not copy.changed_on_disk()
    theirs = every_kind_plan()
    theirs.plan.name = "Their version"
    save_plan(theirs, plan_file)  # another pmdesk saved (same process here: lock is ours)
    assert copy.changed_on_disk()
    with pytest.raises(ExternalChangeError, match="changed on disk"):
        copy.save()
    assert load_plan(plan_file).plan.name == "Their version"
    copy.save(force=True)  # "Overwrite"
    assert load_plan(plan_file).tasks[2].name == "mine"
    assert not copy.changed_on_disk()
    copy.close()


def test_in_place_change_with_restored_mtime_is_noticed(plan_file):
    copy = WorkingCopy.open(plan_file)
    info = plan_file.stat()
    image = bytearray(plan_file.read_bytes())
    image[27] ^= 1  # the header's change counter, as an in-place SQLite write moves it
    plan_file.write_bytes(bytes(image))
    os.utime(plan_file, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert copy.changed_on_disk()
    with pytest.raises(ExternalChangeError):
        copy.save()
    copy.close()


def test_save_as_then_save_tracks_the_new_file(plan_file, tmp_path):
    copy = WorkingCopy.open(plan_file)
    copy.data.subscribe(copy.write_change)
    other = tmp_path / "renamed.pmdb"
    copy.save(other)
    assert copy.path == other and copy.lock is not None and copy.lock.path.parent == tmp_path
    assert not (tmp_path / ".~lock.plan.pmdb#").exists()
    copy.data.update(Task, 3, name="after save as")
    copy.save()
    assert load_plan(other).tasks[3].name == "after save as"
    assert load_plan(plan_file).tasks[3].name == "Task 3"
    copy.close()
    assert not (tmp_path / ".~lock.renamed.pmdb#").exists()
    assert_same_plan(load_plan(other), load_plan(other))


def test_save_removes_temp_files_that_killed_saves_left(plan_file):
    old = plan_file.parent / ".~plan.pmdb.0badf00d.tmp"
    fresh = plan_file.parent / ".~plan.pmdb.0000beef.tmp"  # maybe another save in progress
    unrelated = plan_file.parent / ".~other.pmdb.0badf00d.tmp"
    for leftover in (old, fresh, unrelated):
        leftover.write_bytes(b"half a plan")
    two_hours_ago = time.time() - 7200
    for leftover in (old, unrelated):
        os.utime(leftover, (two_hours_ago, two_hours_ago))
    save_plan(every_kind_plan(), plan_file)
    assert not old.exists() and fresh.exists() and unrelated.exists()


@posix_only
def test_folder_without_write_permission(tmp_path):
    """As a user who may read but not write the folder (root ignores permissions, so the
    child drops to "nobody")."""
    if os.geteuid() != 0:
        pytest.skip("needs root to switch to another user")
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="pmdesk-perm-", dir="/tmp"))
    try:
        base.chmod(0o755)
        shared = base / "shared"
        shared.mkdir()
        path = shared / "plan.pmdb"
        save_plan(every_kind_plan(), path)
        path.chmod(0o666)  # the file itself may be written: only the folder is in the way
        shared.chmod(0o555)
        before = path.read_bytes()
        pid = os.fork()
        if pid == 0:
            code = 20
            try:
                os.setgid(65534)
                os.setuid(65534)
                copy = WorkingCopy.open(path)
                code = 21
                if copy.read_only and "cannot write in the folder" in copy.read_only_reason:
                    code = 22
                    try:
                        copy.save(force=True)
                    except ReadOnlyError:
                        code = 23
                    try:
                        save_plan(copy.data, shared / "new.pmdb")
                    except ReadOnlyError as exc:
                        code = 0 if code == 23 and "no permission" in str(exc) else 24
            except BaseException:  # noqa: BLE001
                pass
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, os.WEXITSTATUS(status)
        assert path.read_bytes() == before
        assert sorted(p.name for p in shared.iterdir()) == ["plan.pmdb"]
    finally:
        shared.chmod(0o755)
        shutil.rmtree(base)


def test_same_bytes_rewritten_by_a_sync_client_is_not_a_change(plan_file):
    copy = WorkingCopy.open(plan_file)
    copy.data.subscribe(copy.write_change)
    same = plan_file.with_name("downloaded.tmp")
    same.write_bytes(plan_file.read_bytes())
    os.utime(same, (time.time() + 5, time.time() + 5))
    os.replace(same, plan_file)  # new inode, new mtime, same content
    assert not copy.changed_on_disk()
    copy.data.update(Task, 2, name="after the sync client")
    copy.save()  # no ExternalChangeError
    assert load_plan(plan_file).tasks[2].name == "after the sync client"
    again = plan_file.with_name("again.tmp")
    again.write_bytes(plan_file.read_bytes())
    os.replace(again, plan_file)
    copy.save()  # also after our own save: the digest of what we wrote is kept
    copy.close()


# -- the temp file's fsync runs beside its read-back and checks --------------------------------
def test_a_failed_fsync_replaces_nothing(plan_file, monkeypatch):
    import errno

    from pmdesk.store import filesave
    from pmdesk.store.pmdb import PmdbError

    def failing(fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    before = plan_file.read_bytes()
    copy = WorkingCopy.open(plan_file)
    copy.data.subscribe(copy.write_change)
    copy.data.update(Plan, 1, name="not saved")
    monkeypatch.setattr(filesave, "flush_to_disk", failing)
    with pytest.raises(PmdbError):
        copy.save()
    assert plan_file.read_bytes() == before
    assert _temp_files(plan_file.parent) == []
    monkeypatch.undo()
    copy.save()  # the failure left the copy able to save
    assert load_plan(plan_file).plan.name == "not saved"
    copy.close()


def test_a_failed_check_waits_for_the_fsync_and_replaces_nothing(plan_file, monkeypatch):
    from pmdesk.store import filesave
    from pmdesk.store.pmdb import DamagedError

    synced = []
    real_flush = filesave.flush_to_disk

    def slow_flush(fd: int) -> None:
        time.sleep(0.05)
        real_flush(fd)
        synced.append(fd)

    def failing_verify(image: bytes, name: str) -> None:
        raise DamagedError("bad")

    before = plan_file.read_bytes()
    copy = WorkingCopy.open(plan_file)
    copy.data.subscribe(copy.write_change)
    copy.data.update(Plan, 1, name="not saved")
    monkeypatch.setattr(filesave, "flush_to_disk", slow_flush)
    monkeypatch.setattr(filesave, "_verify", failing_verify)
    with pytest.raises(DamagedError, match="bad"):
        copy.save()
    assert len(synced) == 1  # joined before the temp file was closed and removed
    assert plan_file.read_bytes() == before
    assert _temp_files(plan_file.parent) == []
    copy.close()


def _broken_but_stamped(image: bytes) -> bytearray:
    """The image with one table page's b-tree header made nonsense, every checksum stamped
    again: only SQLite's own check can tell."""
    from pmdesk.store.fileformat import stamp_checksums

    page_size = int.from_bytes(image[16:18], "big")
    broken = bytearray(image)
    page = 1 * page_size  # page 2: the first table's root (page 1 is the schema)
    broken[page + 3 : page + 5] = (0xFFFF).to_bytes(2, "big")  # cell count far too big
    stamp_checksums(broken, page_size)
    return broken


@pytest.mark.parametrize("damage", ["checksum", "structure"])
def test_write_image_refuses_a_damaged_image_and_replaces_nothing(plan_file, damage):
    from pmdesk.store.filesave import write_image
    from pmdesk.store.pmdb import DamagedError

    before = plan_file.read_bytes()
    if damage == "checksum":
        image = bytearray(before)
        image[2 * 4096 + 200] ^= 0xFF  # a byte of page 3, its checksum left as it was
        expected = "does not match its checksum"
    else:
        image = _broken_but_stamped(before)
        expected = "did not pass its check"
    with pytest.raises(DamagedError, match=expected):
        write_image(plan_file, image)
    assert plan_file.read_bytes() == before
    assert _temp_files(plan_file.parent) == []
