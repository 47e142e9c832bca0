"""The user errors of the .pmdb store: one class per reason, each message one sentence.

pmdb.py re-exports these (``from pmdesk.store.pmdb import PmdbError``); they live here so that
lock.py and recovery.py can raise them without importing the document code.
"""

from __future__ import annotations

import errno
import os

from pmdesk.core.errors import PmdeskError


class PmdbError(PmdeskError):
    """A .pmdb file cannot be opened, checked or saved; the message says why, for a person."""


class NotAPlanError(PmdbError):
    """The file is not an SQLite database at all (text, image, archive, empty...)."""


class ForeignDatabaseError(PmdbError):
    """A sound SQLite database, but another program's (wrong application_id)."""


class DamagedError(PmdbError):
    """A pmdesk file that is truncated, corrupted, tampered with or fails its checks."""


class UnsafeContentError(DamagedError):
    """The file carries triggers, views or tables pmdesk never writes (possibly malicious)."""


class NewerVersionError(PmdbError):
    """Written by a newer pmdesk with a schema this version does not know."""


class FileAccessError(PmdbError):
    """The file or its folder cannot be read or written (missing, no permission, read-only)."""


class ReadOnlyError(FileAccessError):
    """The file, its folder or its medium is read-only."""


class VanishedError(FileAccessError):
    """The file or its folder is gone (moved, deleted, drive disconnected)."""


class DiskFullError(PmdbError):
    """No space left (or a file size limit hit) while writing."""


class ExternalChangeError(PmdbError):
    """The file on disk changed since it was opened or last saved: someone else saved it."""


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of an error from the sqlite3 module (SQLITE_TOOBIG,
    SQLITE_INTERRUPT...), or None for one the module raises itself (a text that is not
    UTF-8, a Python int too large for SQLite). Classifying by code, as qutebrowser's
    misc/sql.py does, keeps working when SQLite rewords its messages."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None  # extended codes keep it in the low byte


def os_error(exc: OSError, path: os.PathLike[str] | str, doing: str) -> PmdbError:
    """A PmdbError for an OSError met while ``doing`` ("read", "save") ``path``."""
    name = os.fspath(path)
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFullError(
            f"There is not enough space on the disk to {doing} {name}; "
            "free some space or save the plan somewhere else."
        )
    if code == errno.EROFS:
        return ReadOnlyError(
            f"{name} is on a read-only disk or medium; save the plan somewhere else."
        )
    if code in (errno.EACCES, errno.EPERM):
        return ReadOnlyError(
            f"pmdesk has no permission to {doing} {name}; "
            "check the file's and folder's permissions or use another folder."
        )
    if code == errno.ENOENT:
        return VanishedError(
            f"{name} or its folder no longer exists (moved, deleted or a drive disconnected); "
            "save the plan somewhere else."
            if doing == "save"
            else f"{name} does not exist (it may have been moved, renamed or deleted)."
        )
    if code == errno.EISDIR:
        return FileAccessError(f"{name} is a folder, not a plan file.")
    return FileAccessError(f"Could not {doing} {name}: {exc.strerror or exc}.")
