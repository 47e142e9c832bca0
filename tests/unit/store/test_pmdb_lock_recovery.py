"""Lock files beside open plans, and recovery copies after a crash."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta

import pytest

from pmdesk.core.entities import Task
from pmdesk.store import lock as lockmod
from pmdesk.store import recovery
from pmdesk.store.lock import LockedError, LockInfo, acquire_lock, lock_path, read_lock
from pmdesk.store.pmdb import WorkingCopy, load_plan, save_plan
from tests.unit.store.pmdb_plans import every_kind_plan

OPEN_IN_CHILD = textwrap.dedent(
    """
    import sys
    from pmdesk.store.pmdb import WorkingCopy
    from pmdesk.store.lock import LockedError
    try:
        copy = WorkingCopy.open(sys.argv[1])
    except LockedError as exc:
        print("LOCKED", exc.user, exc.host, exc.since.isoformat())
        print(exc)
    else:
        print("OPENED", copy.lock.info.pid)
        copy.close()
    """
)


def _open_in_child(path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", OPEN_IN_CHILD, str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_two_processes_see_the_lock(plan_file):
    mine = WorkingCopy.open(plan_file)
    try:
        first, message = _open_in_child(plan_file)
        kind, user, host, since = first.split(" ")
        assert kind == "LOCKED" and host == socket.gethostname() and user == mine.lock.info.user
        assert datetime.fromisoformat(since) == mine.lock.info.since
        assert "opened by" in message and "read-only" in message and "\n" not in message
    finally:
        mine.close()
    assert not lock_path(plan_file).exists()
    (line,) = _open_in_child(plan_file)
    assert line.startswith("OPENED ") and int(line.split()[1]) != os.getpid()
    assert not lock_path(plan_file).exists()  # the child released it on close


def test_lock_file_names_user_host_pid_time(plan_file):
    held = acquire_lock(plan_file)
    try:
        assert lock_path(plan_file).name == ".~lock.plan.pmdb#"
        info = read_lock(plan_file)
        assert info == held.info
        assert info.pid == os.getpid() and info.host == socket.gethostname()
        assert abs(datetime.now() - info.since) < timedelta(minutes=1)
        assert "opened by" in info.describe()
        with pytest.raises(LockedError):
            acquire_lock(plan_file)
    finally:
        held.release()
    assert read_lock(plan_file) is None


def _write_lock(path, **changes):
    values = dict(
        user="someone",
        host=socket.gethostname(),
        pid=os.getpid(),
        since=datetime.now().replace(microsecond=0),
        token="theirs",
    )
    values.update(changes)
    lock_path(path).write_text(LockInfo(**values).to_json(), encoding="utf-8")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.parametrize(
    "changes",
    [
        {"pid": "dead"},  # its process is gone (same host)
        {"host": "elsewhere", "since": datetime.now() - timedelta(days=2)},  # older than a day
    ],
)
def test_stale_locks_are_taken_over(plan_file, changes):
    if changes.get("pid") == "dead":
        changes = {"pid": _dead_pid()}
    _write_lock(plan_file, **changes)
    assert read_lock(plan_file).is_stale()
    copy = WorkingCopy.open(plan_file)
    assert read_lock(plan_file).token == copy.lock.info.token
    copy.close()
    assert read_lock(plan_file) is None


def test_live_lock_of_another_host_blocks_until_opened_anyway(plan_file):
    _write_lock(plan_file, host="laptop-of-kim", user="kim", pid=1)
    with pytest.raises(LockedError, match="opened by kim on laptop-of-kim since") as caught:
        WorkingCopy.open(plan_file)
    assert caught.value.user == "kim" and caught.value.host == "laptop-of-kim"
    viewer = WorkingCopy.open(plan_file, read_only=True)  # "open read-only" takes no lock
    assert viewer.read_only and read_lock(plan_file).user == "kim"
    viewer.close()
    assert read_lock(plan_file).user == "kim"
    forced = WorkingCopy.open(plan_file, override_lock=True)  # "open anyway"
    assert read_lock(plan_file).token == forced.lock.info.token
    forced.close()


def test_release_leaves_a_lock_that_is_no_longer_ours(plan_file):
    held = acquire_lock(plan_file)
    _write_lock(plan_file, user="kim", host="other", pid=1)  # someone opened anyway
    held.release()
    assert read_lock(plan_file).user == "kim"


def test_unreadable_lock_is_replaced(plan_file):
    lock_path(plan_file).write_text("garbage {", encoding="utf-8")
    held = acquire_lock(plan_file)
    assert read_lock(plan_file) == held.info
    held.release()


def test_save_plan_refuses_a_file_open_elsewhere(plan_file):
    _write_lock(plan_file, host="laptop-of-kim", user="kim", pid=1)
    with pytest.raises(LockedError):
        save_plan(every_kind_plan(), plan_file)


# -- recovery ----------------------------------------------------------------------------
def test_autosave_goes_to_the_data_dir_and_clean_close_removes_it(plan_file, tmp_path):
    assert recovery.data_dir() == recovery.data_dir()  # PMDESK_DATA_DIR set by conftest
    assert os.environ["PMDESK_DATA_DIR"] in str(recovery.recovery_dir())
    copy = WorkingCopy.open(plan_file)
    copy.data.subscribe(copy.write_change)
    assert copy.autosave() is None  # nothing unsaved yet
    copy.data.update(Task, 2, name="unsaved work")
    found = copy.autosave()
    assert found.copy.parent == recovery.recovery_dir() and found.copy.is_file()
    assert found.original == plan_file.resolve()
    assert load_plan(found.copy).tasks[2].name == "unsaved work"
    assert recovery.pending_recoveries() == []  # its pmdesk (this process) is alive
    copy.close()
    assert list(recovery.recovery_dir().iterdir()) == []


def test_save_removes_the_recovery_copy(plan_file):
    copy = WorkingCopy.open(plan_file)
    copy.data.subscribe(copy.write_change)
    copy.data.update(Task, 2, name="x")
    found = copy.autosave()
    copy.save()
    assert not found.copy.exists()
    copy.close()


def _crash(found: recovery.Recovery) -> None:
    """Make a recovery copy look like its pmdesk died: its note names a dead process."""
    note = found.copy.with_suffix(".json")
    meta = json.loads(note.read_text())
    meta["pid"] = _dead_pid()
    note.write_text(json.dumps(meta))


def test_recovery_after_a_crash(plan_file):
    copy = WorkingCopy.open(plan_file)
    copy.data.subscribe(copy.write_change)
    copy.data.update(Task, 2, name="work from before the crash")
    found = copy.autosave()
    copy.lock.release()  # the crash: no close, the lock file goes stale ...
    _crash(found)  # ... and the recovery note's process is gone
    (pending,) = recovery.pending_recoveries()
    assert pending.session == found.session and pending.name == "Every kind"
    assert "autosaved" in pending.describe()
    restored = WorkingCopy.recover(pending)
    assert restored.path == plan_file.resolve()
    assert restored.data.tasks[2].name == "work from before the crash"
    restored.save()
    assert load_plan(plan_file).tasks[2].name == "work from before the crash"
    assert recovery.pending_recoveries() == [] and not pending.copy.exists()
    restored.close()


def test_recovered_plan_still_notices_a_save_by_someone_else(plan_file):
    copy = WorkingCopy.open(plan_file)
    copy.data.subscribe(copy.write_change)
    copy.data.update(Task, 2, name="mine")
    found = copy.autosave()
    copy.lock.release()
    _crash(found)
    theirs = every_kind_plan()
    theirs.plan.name = "Theirs"
    save_plan(theirs, plan_file)
    (pending,) = recovery.pending_recoveries()
    restored = WorkingCopy.recover(pending)
    from pmdesk.store.pmdb import ExternalChangeError

    with pytest.raises(ExternalChangeError):
        restored.save()
    restored.close()


def test_discard_and_unsaved_new_plans(tmp_path):
    copy = WorkingCopy.new()
    copy.data.subscribe(copy.write_change)
    copy.data.add(Task(id=1, name="never saved"))
    found = copy.autosave()
    assert found.original is None
    _crash(found)
    (pending,) = recovery.pending_recoveries()
    assert "never saved" in pending.describe()
    restored = WorkingCopy.recover(pending)
    assert restored.path is None and restored.data.tasks[1].name == "never saved"
    restored.close()
    copy.close()
    assert recovery.pending_recoveries() == []
    # discard() removes a copy nobody wants
    other = WorkingCopy.new()
    other.data.subscribe(other.write_change)
    other.data.add(Task(id=1))
    _crash(other.autosave())
    (pending,) = recovery.pending_recoveries()
    recovery.discard(pending)
    assert recovery.pending_recoveries() == []
    other.close()


def test_data_dir_without_override_uses_platformdirs(monkeypatch):
    monkeypatch.delenv("PMDESK_DATA_DIR")
    path = recovery.data_dir()
    assert path.name == "pmdesk" and path.is_absolute()


def test_process_alive():
    assert lockmod.process_alive(os.getpid())
    assert not lockmod.process_alive(_dead_pid())


def test_taking_over_a_stale_lock_never_removes_a_fresh_one(plan_file):
    """The race of two pmdesks taking over the same stale lock: the slower one must not
    remove the lock the faster one just created."""
    stale = LockInfo(
        user="gone",
        host=socket.gethostname(),
        pid=_dead_pid(),
        since=datetime.now().replace(microsecond=0),
        token="stale",
    )
    _write_lock(plan_file, user="fast", token="fresh")  # the other pmdesk won meanwhile
    lockmod._take_over(lock_path(plan_file), stale, force=False)
    assert read_lock(plan_file).token == "fresh"
    assert sorted(p.name for p in plan_file.parent.iterdir()) == [".~lock.plan.pmdb#", "plan.pmdb"]
    _write_lock(plan_file, user="gone", pid=stale.pid, since=stale.since, token="stale")
    lockmod._take_over(lock_path(plan_file), read_lock(plan_file), force=False)
    assert read_lock(plan_file) is None  # the stale one itself does go


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_racing_openers_of_a_stale_lock_leave_exactly_one_holder(plan_file):
    import time

    for _round in range(3):
        _write_lock(plan_file, user="gone", pid=_dead_pid(), token="stale")
        go_r, go_w = os.pipe()  # one byte each: all start together
        hold_r, hold_w = os.pipe()  # EOF when the parent has looked: holders release
        children = []
        for _ in range(6):
            pid = os.fork()
            if pid == 0:
                code = 2
                try:
                    os.close(go_w)
                    os.close(hold_w)
                    os.read(go_r, 1)
                    held = acquire_lock(plan_file)
                    code = 0
                    os.read(hold_r, 1)
                    held.release()
                except LockedError:
                    code = 1
                except BaseException:  # noqa: BLE001
                    code = 3
                os._exit(code)
            children.append(pid)
        os.close(go_r)
        os.close(hold_r)
        os.write(go_w, b"g" * 6)
        time.sleep(0.3)
        holder = read_lock(plan_file)
        os.close(hold_w)
        os.close(go_w)
        codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children]
        assert sorted(codes) == [0, 1, 1, 1, 1, 1], codes
        assert holder is not None and holder.pid in children
        assert read_lock(plan_file) is None
