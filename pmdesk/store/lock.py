"""Lock files beside open plans, so a second opener learns who has the plan open.

Like LibreOffice's ``.~lock.NAME#``: a small file beside ``NAME`` naming user, host, process
and time. It is advice, not enforcement (shared drives and sync folders offer no reliable
locking): a second pmdesk shows "opened by USER on HOST since TIME" and lets the person open
read-only, open a copy, or open anyway. A lock whose process is gone (same host) or that is
older than a day is stale and taken over.
"""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
import secrets
import socket
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from pmdesk import __version__
from pmdesk.core.regular_file import read_regular
from pmdesk.store.errors import PmdbError, os_error

STALE_AFTER = timedelta(days=1)
MAX_LOCK_BYTES = 4096  # ours are ~200 bytes


def lock_path(path: os.PathLike[str] | str) -> Path:
    """The lock file of the plan at ``path``."""
    path = Path(path)
    return path.with_name(f".~lock.{path.name}#")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (containers, services)
        return "unknown"


@dataclasses.dataclass(frozen=True, slots=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: datetime
    token: str = ""  # tells our own lock from a lock written by someone else
    app: str = ""

    def describe(self) -> str:
        return f"opened by {self.user} on {self.host} since {self.since:%Y-%m-%d %H:%M}"

    @property
    def is_this_process(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def is_stale(self, now: datetime | None = None) -> bool:
        now = now or datetime.now()
        if now - self.since > STALE_AFTER:
            return True
        return self.host == socket.gethostname() and not process_alive(self.pid)

    def to_json(self) -> str:
        values = dataclasses.asdict(self)
        values["since"] = self.since.isoformat(timespec="seconds")
        return json.dumps(values)

    @classmethod
    def from_json(cls, text: str) -> LockInfo:
        """The lock described by ``text``; ValueError unless it is one pmdesk could write."""
        try:
            values = json.loads(text)
        except RecursionError:  # "[[[[..." nested thousands deep
            raise ValueError("nested too deeply") from None
        if not isinstance(values, dict):
            raise ValueError("not a JSON object")
        texts = [values.get(key, "") for key in ("user", "host", "since", "token", "app")]
        if not all(isinstance(value, str) for value in texts):
            raise ValueError("a field is not text")
        pid = values["pid"]
        if isinstance(pid, bool) or not isinstance(pid, int) or not 0 < pid < 2**31:
            raise ValueError("not a process id")  # os.kill() overflows on a huge one
        since = datetime.fromisoformat(values["since"])
        if since.tzinfo is not None:  # written elsewhere with an offset: as local time
            since = since.astimezone().replace(tzinfo=None)
        return cls(
            user=values["user"],
            host=values["host"],
            pid=pid,
            since=since,
            token=values.get("token", ""),
            app=values.get("app", ""),
        )


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return True  # no cheap check without extra modules: the age rule applies
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it is someone else's
    except OSError:
        return True
    return True


class LockedError(PmdbError):
    """Someone else has the plan open; ``info`` says who, where and since when."""

    def __init__(self, path: os.PathLike[str] | str, info: LockInfo) -> None:
        who = (
            "you (in another pmdesk window or process)"
            if info.user == _user() and info.host == socket.gethostname()
            else info.user
        )
        super().__init__(
            f"{os.fspath(path)} is opened by {who} on {info.host} since "
            f"{info.since:%Y-%m-%d %H:%M}; open it read-only, open a copy, or open it anyway."
        )
        self.info = info
        self.user = info.user
        self.host = info.host
        self.since = info.since


def read_lock(path: os.PathLike[str] | str) -> LockInfo | None:
    """Who holds the lock of the plan at ``path``, or None (no lock, or an unreadable one)."""
    return read_lock_file(lock_path(path))


class Lock:
    """A held lock; ``release()`` removes the lock file if it is still ours."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path  # the lock file
        self.info = info
        self.released = False

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        current = read_lock_file(self.path)
        if current is not None and current.token == self.info.token:
            try:
                self.path.unlink()
            except OSError:
                pass  # a vanished folder or a read-only medium: nothing to clean up


def read_lock_file(path: Path) -> LockInfo | None:
    """The lock in the file at ``path``, or None when there is none or it is not one:
    a FIFO, a device (a link to /dev/zero), a folder or more than a few KB are not locks."""
    try:
        text = read_regular(path, MAX_LOCK_BYTES).decode("utf-8")
        return LockInfo.from_json(text)
    except (OSError, ValueError, KeyError, TypeError, OverflowError):
        return None


def _create_exclusive(target: Path, text: str) -> bool:
    """Create ``target`` holding ``text`` atomically; False when it exists already.

    Written to a temp file and hard-linked into place, so another opener never reads a
    half-written lock; where hard links are not offered, O_EXCL creation instead.
    """
    temp = target.with_name(f"{target.name}.{secrets.token_hex(4)}.tmp")
    temp.write_text(text, encoding="utf-8")
    try:
        os.link(temp, target)
        return True
    except FileExistsError:
        return False
    except OSError:
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        return True
    finally:
        try:
            temp.unlink()
        except OSError:
            pass


TAKEOVER_WAIT = 2.0  # seconds to wait for another pmdesk's takeover of the same lock
TAKEOVER_STALE = 10.0  # seconds after which a takeover marker is itself stale


def _take_over(target: Path, replaced: LockInfo | None, force: bool) -> None:
    """Remove the lock file that was read as ``replaced`` a moment ago (stale or unreadable),
    unless it has changed since; with ``force`` remove whatever lock is there.

    Two pmdesks may find the same stale lock at once. Takeovers are serialized by a marker
    file created with O_EXCL, and the lock is only removed while it is still the one that was
    found stale: so a lock another pmdesk created meanwhile is never removed, and creating
    the new lock stays an exclusive create (exactly one opener wins).
    """
    marker = target.with_name(f"{target.name}.takeover")
    deadline = time.monotonic() + TAKEOVER_WAIT
    while True:
        try:
            os.close(os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
            break
        except FileExistsError:
            try:
                if time.time() - marker.stat().st_mtime > TAKEOVER_STALE:
                    marker.unlink()  # left by a pmdesk that died in a takeover
                    continue
            except OSError:
                pass
            if time.monotonic() > deadline:
                return  # the caller reads the lock again and reports who holds it
            time.sleep(0.01)
    try:
        if force or read_lock_file(target) == replaced:
            try:
                target.unlink()
            except FileNotFoundError:
                pass
    finally:
        try:
            marker.unlink()
        except OSError:
            pass


def acquire_lock(path: os.PathLike[str] | str, force: bool = False) -> Lock:
    """Take the lock of the plan at ``path``.

    Raises LockedError when a live lock of someone else (or of another pmdesk process) is
    there, unless ``force`` ("open anyway": the lock is overwritten with ours). Stale locks
    are taken over. Raises a FileAccessError when the folder cannot be written.
    """
    target = lock_path(path)
    info = LockInfo(
        user=_user(),
        host=socket.gethostname(),
        pid=os.getpid(),
        since=datetime.now().replace(microsecond=0),
        token=secrets.token_hex(8),
        app=f"pmdesk {__version__}",
    )
    try:
        for _attempt in range(3):
            if _create_exclusive(target, info.to_json()):
                return Lock(target, info)
            holder = read_lock_file(target)
            if holder is not None and not force and not holder.is_stale():
                raise LockedError(path, holder)
            # Stale, unreadable, or "open anyway": replace it.
            _take_over(target, holder, force)
    except OSError as exc:
        raise os_error(exc, target, "write") from None
    holder = read_lock_file(target)
    if holder is not None:
        raise LockedError(path, holder)
    raise PmdbError(f"Could not create the lock file {target}.")
