"""Reading plan files whole and replacing them atomically: never a half-written target.

Save writes the new bytes to a temporary file in the target's folder (same file system, so
the final rename is atomic), fsyncs it, reads it back and checks it, makes sure the target was
not changed by someone else meanwhile, then ``os.replace``s it and fsyncs the folder. Whatever
fails (disk full, permissions, a vanished drive, a kill at any point) the target is either the
old complete file or the new one.
"""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import os
import secrets
import sqlite3
import stat
import sys
import threading
import time
from pathlib import Path

from pmdesk.core.regular_file import NotRegularFile, open_regular
from pmdesk.store.errors import (
    DamagedError,
    ExternalChangeError,
    NotAPlanError,
    PmdbError,
    ReadOnlyError,
    VanishedError,
    os_error,
)
from pmdesk.store.fileformat import HEADER_SIZE, MAX_FILE_SIZE, check_header, check_image
from pmdesk.store.identity import APPLICATION_ID


@dataclasses.dataclass(frozen=True, slots=True)
class Fingerprint:
    """What identifies one saved state of a file: a changed value means someone saved it."""

    size: int
    mtime_ns: int
    inode: int
    header: bytes  # the 100-byte header; its change counter moves with every commit
    digest: bytes = dataclasses.field(default=b"", compare=False)  # of the whole content


def content_digest(image: bytes | bytearray) -> bytes:
    return hashlib.blake2b(image, digest_size=16).digest()


def current_state(path: Path, base: Fingerprint | None) -> Fingerprint | None:
    """The file's fingerprint now, carrying ``base``'s digest when its content is unchanged.

    A sync client or backup tool may rewrite a file with the same bytes (new inode, new
    mtime); that is not someone else's save. Only when size and header still match is the
    whole file read to tell.
    """
    current = fingerprint(path)
    if current is None or base is None:
        return current
    if current == base:
        return dataclasses.replace(current, digest=base.digest)
    if base.digest and current.size == base.size and current.header == base.header:
        try:
            with open_regular(path) as handle:
                same = content_digest(handle.read(MAX_FILE_SIZE + 1)) == base.digest
        except OSError:
            return current
        if same:
            return dataclasses.replace(current, digest=base.digest)
    return current


def changed_since(path: Path, base: Fingerprint) -> bool:
    """True when the file at ``path`` is not (any more) what ``base`` describes."""
    current = current_state(path, base)
    if current is None:
        return True
    same_content = bool(base.digest) and current.digest == base.digest
    return not (current == base or same_content)


def fingerprint(path: Path) -> Fingerprint | None:
    """The file's fingerprint, or None when it does not exist (or cannot be read)."""
    try:
        with open_regular(path) as handle:
            info = os.fstat(handle.fileno())
            header = handle.read(HEADER_SIZE)
    except OSError:
        return None
    return Fingerprint(info.st_size, info.st_mtime_ns, info.st_ino, header)


def read_file(path: Path) -> tuple[bytes, Fingerprint]:
    """All bytes of a plan file and its fingerprint, or a PmdbError saying why not."""
    name = os.fspath(path)
    try:
        # Non-blocking open: a FIFO named x.pmdb must not hang pmdesk before any check.
        with open_regular(path) as handle:
            info = os.fstat(handle.fileno())
            if info.st_size > MAX_FILE_SIZE:
                raise DamagedError(
                    f"{name} is too large ({info.st_size:,} bytes) to be a pmdesk plan."
                )
            # The header says how big the database is: a gigabyte of zeros (a sparse file)
            # is refused from its first 100 bytes instead of being read whole.
            head = handle.read(HEADER_SIZE)
            check_header(head, info.st_size, name)
            image = head + handle.read(MAX_FILE_SIZE + 1 - len(head))
    except NotRegularFile as exc:
        if exc.folder:
            raise PmdbError(f"{name} is a folder, not a plan file.") from None
        raise NotAPlanError(f"{name} is not a regular file, so it is not a pmdesk plan.") from None
    except IsADirectoryError:
        raise PmdbError(f"{name} is a folder, not a plan file.") from None
    except OSError as exc:
        raise os_error(exc, path, "read") from None
    return image, Fingerprint(
        len(image), info.st_mtime_ns, info.st_ino, image[:HEADER_SIZE], content_digest(image)
    )


def write_refusal(path: Path) -> str | None:
    """Why the existing file at ``path`` must not be overwritten, or None.

    Saving replaces the file by renaming, which only the folder's permissions govern; a file
    marked read-only (no write bit, which binds root too) or one the user may not write is
    still left alone, as its owner meant.
    """
    try:
        info = os.stat(path)
    except OSError:
        return None
    name = os.fspath(path)
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return f"{name} is a read-only file"
    if not os.access(path, os.W_OK):
        return f"You have no permission to change {name}"
    return None


def _verify(image: bytes | bytearray, name: str) -> None:
    """The image opens and passes SQLite's quick_check as ours (its page checksums are
    ``check_image``'s part)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(image)
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise DamagedError(
                f"The saved copy of {name} did not pass its check; nothing was replaced."
            )
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise DamagedError(
                f"The saved copy of {name} did not pass its check; nothing was replaced."
            )
    except sqlite3.Error:
        raise DamagedError(
            f"The saved copy of {name} did not pass its check; nothing was replaced."
        ) from None
    finally:
        conn.close()


class _Verify(threading.Thread):
    """``_verify(image, name)`` in a thread of its own, started before the image is written.

    SQLite lets the GIL go while its quick_check walks the pages (most of a save's time), so
    the check runs beside the write, the read-back and the page checksums instead of after
    them. Checking ``image`` is checking the file: the bytes read back are compared equal to
    it. ``error`` is what the check raised, if anything.
    """

    def __init__(self, image: bytes | bytearray, name: str) -> None:
        super().__init__(name="pmdesk-save-check", daemon=True)
        self._image, self._name = image, name
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            _verify(self._image, self._name)
        except Exception as exc:  # handed to the saving thread, which raises it
            self.error = exc


def flush_to_disk(fd: int) -> None:
    """fsync; on macOS F_FULLFSYNC, since its fsync leaves the data in the drive's cache."""
    if sys.platform == "darwin":
        import fcntl

        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
        except OSError:
            pass  # not offered by this file system: plain fsync below
    os.fsync(fd)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable. Not offered on Windows (and some network file systems).
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


STALE_TEMP_AGE = 3600.0  # seconds; a save takes well under one


def temp_name(target: Path) -> Path:
    return target.parent / f".~{target.name}.{secrets.token_hex(4)}.tmp"


def remove_stale_temps(target: Path) -> list[Path]:
    """Remove temp files of ``target`` that saves killed midway left behind (an hour old).

    A fresh one may be another pmdesk's save in progress, so only old ones go.
    """
    removed = []
    cutoff = time.time() - STALE_TEMP_AGE
    for leftover in target.parent.glob(f".~{glob.escape(target.name)}.*.tmp"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
                removed.append(leftover)
        except OSError:
            pass
    return removed


class _Flush(threading.Thread):
    """``flush_to_disk(fd)`` and then ``content_digest(image)`` (hashlib lets the GIL go for
    large data too), in a thread of their own; ``error`` is the fsync's OSError, if any."""

    def __init__(self, fd: int, image: bytes | bytearray) -> None:
        super().__init__(name="pmdesk-save-fsync", daemon=True)
        self._fd, self._image = fd, image
        self.error: OSError | None = None
        self.digest = b""

    def run(self) -> None:
        try:
            flush_to_disk(self._fd)
        except OSError as exc:
            self.error = exc
            return
        self.digest = content_digest(self._image)


def _read_back_and_check(
    temp: Path, target: Path, image: bytes | bytearray, name: str
) -> DamagedError | None:
    """Give the temp file the target's permissions, read it back and check its page
    checksums: the DamagedError to raise once its fsync succeeded (an OSError is raised at
    once)."""
    try:
        mode = os.stat(target).st_mode
        os.chmod(temp, stat.S_IMODE(mode))  # keep the permissions the file had
    except OSError:
        pass
    with open(temp, "rb") as handle:
        written_back = handle.read()
    if written_back != image:
        return DamagedError(
            f"The saved copy of {name} reads back differently; nothing was replaced."
        )
    try:
        check_image(written_back, name)
    except DamagedError as exc:
        return exc
    return None


NO_CHECK = object()


def write_image(
    target: Path,
    image: bytes | bytearray,
    expected: Fingerprint | None | object = NO_CHECK,
) -> Fingerprint:
    """Atomically make ``target`` hold ``image``; returns the new fingerprint.

    ``expected``: the target's fingerprint at open/last save; when given and the target on
    disk differs (someone else saved), ExternalChangeError and nothing is written. A target
    that vanished meanwhile is simply written again.
    """
    name = os.fspath(target)
    # Through a symbolic link the file it points to is replaced; the link stays a link.
    target = Path(os.path.realpath(target))
    folder = target.parent
    if not folder.is_dir():
        raise VanishedError(
            f"The folder of {name} no longer exists (moved, deleted or a drive disconnected); "
            "save the plan somewhere else."
        )
    refusal = write_refusal(target)
    if refusal is not None:
        raise ReadOnlyError(f"{refusal}; save the plan under another name.")
    temp = temp_name(target)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise os_error(exc, target, "save") from None
    verifying = _Verify(image, name)
    verifying.start()
    try:
        try:
            with os.fdopen(fd, "wb") as handle:
                view = memoryview(image)
                while view:
                    written = handle.write(view)
                    view = view[written:]
                handle.flush()
                # The fsync waits on the disk without the GIL: it runs beside the read-back
                # and checks below, which see the very bytes they would after it (reads come
                # from the page cache either way). Nothing is replaced before it succeeded.
                flushing = _Flush(handle.fileno(), image)
                flushing.start()
                try:
                    checked = _read_back_and_check(temp, target, image, name)
                finally:
                    flushing.join()  # before the file is closed: the fsync uses it
                if flushing.error is not None:
                    raise flushing.error
        except OSError as exc:
            raise os_error(exc, target, "save") from None
        finally:
            verifying.join()
        if checked is not None:
            raise checked
        if verifying.error is not None:
            raise verifying.error
        if (
            isinstance(expected, Fingerprint)
            and fingerprint(target) is not None
            and changed_since(target, expected)
        ):
            raise ExternalChangeError(
                f"{name} was changed on disk since you opened it (someone else saved it); "
                "reload it, save yours as a copy, or overwrite theirs."
            )
        try:
            os.replace(temp, target)
        except OSError as exc:
            raise os_error(exc, target, "save") from None
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    _fsync_folder(folder)
    remove_stale_temps(target)
    new = fingerprint(target)
    if new is None:
        raise VanishedError(f"{name} vanished right after it was saved; save the plan again.")
    return dataclasses.replace(new, digest=flushing.digest)
