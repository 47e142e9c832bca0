"""The .pmdb document: open, check and save plan files, and the working copy of an open plan.

An open plan lives in two places: the core entities (PlanData, what views and engines read)
and an in-memory SQLite working copy that every change is written through to. Save and
autosave therefore only copy an up-to-date database; they never flush the whole plan. The
file itself is read once at open and replaced atomically at save (filesave.py); it is never
edited in place, because SQLite's locking and journals are not reliable on network drives and
sync folders.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from pmdesk import __version__
from pmdesk.core.entities import Plan
from pmdesk.core.plandata import Change, PlanData
from pmdesk.core.planinfo import compiled_default, first_working_start
from pmdesk.core.scheduling.calendar import standard_calendar
from pmdesk.store import recovery
from pmdesk.store.errors import (
    DamagedError,
    DiskFullError,
    ExternalChangeError,
    FileAccessError,
    ForeignDatabaseError,
    NewerVersionError,
    NotAPlanError,
    PmdbError,
    ReadOnlyError,
    UnsafeContentError,
    VanishedError,
    sqlite_code,
)
from pmdesk.store.fileformat import Header, PageStamps, WalModeError
from pmdesk.store.filesave import (
    NO_CHECK,
    Fingerprint,
    changed_since,
    current_state,
    read_file,
    write_image,
    write_refusal,
)
from pmdesk.store.identity import SCHEMA_VERSION
from pmdesk.store.image import (
    dump_image,
    engine_for,
    new_image,
    open_image,
    read_data,
    write_changes,
)
from pmdesk.store.lock import Lock, LockedError, acquire_lock, read_lock
from pmdesk.store.mapping import StoreValueError

__all__ = [
    # the store's user errors, re-exported so callers need one import
    "PmdbError",
    "DamagedError",
    "DiskFullError",
    "ExternalChangeError",
    "FileAccessError",
    "ForeignDatabaseError",
    "LockedError",
    "NewerVersionError",
    "NotAPlanError",
    "ReadOnlyError",
    "UnsafeContentError",
    "VanishedError",
    "WalModeError",
    # the API
    "load_plan",
    "save_plan",
    "check_pmdb",
    "blank_plan",
    "WorkingCopy",
]


def blank_plan(name: str = "Untitled plan", today: date | None = None) -> PlanData:
    """A new, empty plan: a Standard calendar (Mon-Fri 08:00-12:00, 13:00-17:00) as default,
    starting at the first working minute on or after ``today`` (never a weekend)."""
    now = datetime.now().replace(microsecond=0)
    data = PlanData(Plan(name=name, created=now, default_calendar_id=1))
    data.load([standard_calendar(1)])
    data.plan.start = first_working_start(compiled_default(data), today or now.date())
    return data


def _newer_message(name: str, version: int) -> str:
    return (
        f"{name} was saved by a newer pmdesk (file format {version}, this version knows up to "
        f"{SCHEMA_VERSION}); update pmdesk to edit it."
    )


def _read(path: os.PathLike[str] | str) -> tuple[sqlite3.Connection, Header, PlanData, Fingerprint]:
    """Read, check and decode a plan file; the caller closes the connection."""
    path = Path(path)
    name = os.fspath(path)
    image, print_ = read_file(path)
    conn, header = open_image(image, name)
    try:
        data = read_data(conn, name)
    except BaseException:
        conn.close()
        raise
    return conn, header, data, print_


def check_pmdb(path: os.PathLike[str] | str) -> None:
    """Raise a PmdbError saying what is wrong with the plan file at ``path``, if anything."""
    conn, header, _data, _print = _read(path)
    conn.close()
    if header.user_version > SCHEMA_VERSION:
        raise NewerVersionError(_newer_message(os.fspath(path), header.user_version))


def load_plan(path: os.PathLike[str] | str) -> PlanData:
    """Every entity of the plan file at ``path`` (for the CLI; the GUI uses WorkingCopy)."""
    conn, header, data, _print = _read(path)
    conn.close()
    if header.user_version > SCHEMA_VERSION:
        raise NewerVersionError(_newer_message(os.fspath(path), header.user_version))
    return data


def _saved_plan(plan: Plan) -> Plan:
    now = datetime.now().replace(microsecond=0)
    return dataclasses.replace(
        plan, modified=now, app_version=__version__, created=plan.created or now
    )


def _check_not_locked(path: Path) -> None:
    holder = read_lock(path)
    if holder is not None and not holder.is_stale() and not holder.is_this_process:
        raise LockedError(path, holder)


def save_plan(data: PlanData, path: os.PathLike[str] | str) -> None:
    """Write a whole plan to ``path`` atomically (for the CLI, import and the demo).

    Refuses (LockedError) when a pmdesk elsewhere has that file open.
    """
    path = Path(path)
    _check_not_locked(path)
    conn = _new_image(data, _saved_plan(data.plan))
    try:
        image = dump_image(conn)
    finally:
        conn.close()
    write_image(path, image)


def _value_problem(exc: BaseException) -> PmdbError | None:
    """A PmdbError for a value the database cannot hold, or None for anything else (a bug)."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig)
    if isinstance(orig, StoreValueError):
        return PmdbError(f"A value cannot be stored in a pmdesk plan ({text}); correct it to save.")
    code = sqlite_code(orig)
    if isinstance(orig, sqlite3.DataError) or code == sqlite3.SQLITE_TOOBIG:
        return PmdbError("A value is too large for a pmdesk plan (over 16 MB); shorten it to save.")
    if isinstance(orig, OverflowError) or "too large to convert" in text:
        return PmdbError("A number in the plan is too large to store; correct it to save.")
    if getattr(orig, "sqlite_errorcode", None) == sqlite3.SQLITE_CONSTRAINT_NOTNULL:
        column = text.rsplit(":", 1)[-1].strip()
        return PmdbError(
            f"A required value ({column}) is empty or not a number; correct it to save the plan."
        )
    return None


def _new_image(data: PlanData, plan: Plan | None = None) -> sqlite3.Connection:
    """new_image, with values the database cannot hold reported as one sentence."""
    try:
        return new_image(data, plan)
    except Exception as exc:
        problem = _value_problem(exc)
        if problem is not None:
            raise problem from None
        raise


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


class WorkingCopy:
    """An open plan's in-memory database, its file, lock and recovery copy.

    The owner (the Document) calls ``write_change`` for every PlanData Change. Use it from
    one thread at a time.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        data: PlanData,
        path: os.PathLike[str] | str | None = None,
        *,
        base: Fingerprint | None = None,
        lock: Lock | None = None,
        read_only_reason: str | None = None,
    ) -> None:
        self._conn = conn
        self._engine = engine_for(conn)
        self.data = data
        self.path: Path | None = Path(path) if path is not None else None
        self.read_only_reason: str | None = read_only_reason
        self.lock = lock
        self._base = base  # the file on disk as we last read or wrote it
        self._session = recovery.new_session_id()
        self._dirty = False  # changes since the last save or autosave
        self._recovered: recovery.Recovery | None = None
        self._out_of_sync = False  # a write-through failed: rebuild before saving
        self._stamps = PageStamps()  # page checksums of the images saved and autosaved
        self.closed = False

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: os.PathLike[str] | str, read_only: bool = False, override_lock: bool = False
    ) -> WorkingCopy:
        """Open the plan at ``path``.

        Raises LockedError when someone else has it open (``override_lock``: open anyway),
        and PmdbError for a file that cannot be read. A file that cannot be saved back
        (read-only file or folder, newer format) opens with ``read_only_reason`` set.
        """
        path = Path(path)
        name = os.fspath(path)
        lock = None
        if not read_only:
            try:
                lock = acquire_lock(path, force=override_lock)
            except LockedError:
                raise
            except PmdbError:
                lock = None  # a folder we cannot write in: read-only, said below
        try:
            conn, header, data, base = _read(path)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        reason = None
        if header.user_version > SCHEMA_VERSION:
            # Edit a working copy in this version's format; Save As writes that.
            conn.close()
            conn = new_image(data)
            reason = (
                f"{name} was saved by a newer pmdesk (file format {header.user_version}); it is "
                "open read-only, and Save As keeps only what this version knows."
            )
        elif read_only:
            reason = f"You opened {name} read-only; use Save As to keep changes."
        elif write_refusal(path) is not None:
            reason = f"{write_refusal(path)}; use Save As to keep changes."
        elif lock is None:
            reason = f"pmdesk cannot write in the folder of {name}; use Save As to keep changes."
        if reason is not None and lock is not None:
            lock.release()
            lock = None
        return cls(conn, data, path, base=base, lock=lock, read_only_reason=reason)

    @classmethod
    def new(cls, data: PlanData | None = None) -> WorkingCopy:
        """A working copy of a plan not saved yet (``data``, or a blank plan)."""
        if data is None:
            data = blank_plan()
        if data.plan.created is None:
            data.plan.created = datetime.now().replace(microsecond=0)
        return cls(_new_image(data), data)

    @classmethod
    def recover(cls, found: recovery.Recovery, override_lock: bool = False) -> WorkingCopy:
        """Reopen the unsaved work a crashed session left (see recovery.pending_recoveries).

        The result belongs to the original file (when there was one): Save writes there,
        and still notices if someone else saved that file after the crashed session read it.
        The recovery copy is discarded at the first save, autosave or close.
        """
        conn, _header, data, _print = _read(found.copy)
        lock = None
        if found.original is not None and found.original.parent.is_dir():
            try:
                lock = acquire_lock(found.original, force=override_lock)
            except LockedError:
                conn.close()
                raise
            except PmdbError:
                lock = None
        copy = cls(conn, data, found.original, base=found.base, lock=lock)
        copy._recovered = found
        copy._dirty = True
        return copy

    # -- editing -----------------------------------------------------------------------
    def write_change(self, change: Change) -> None:
        """Write one PlanData change through to the working copy."""
        self.write_changes((change,))

    def write_changes(self, changes: Iterable[Change]) -> None:
        """Write several changes in one transaction.

        A change the database refuses leaves the working copy behind PlanData; it is then
        rebuilt from PlanData before the next save or autosave (which fail with the same
        clear error while the bad value is still there), so a save never writes stale data.
        """
        self._check_open()
        self._dirty = True
        try:
            write_changes(self._engine, changes)
        except Exception as exc:
            self._out_of_sync = True
            problem = _value_problem(exc)
            if problem is not None:
                raise problem from None
            raise  # anything else is a bug: let it surface

    def _current_image(self) -> bytearray:
        """The working copy as file bytes, rebuilt from PlanData first if it fell behind."""
        self._sync()
        return dump_image(self._conn, self._stamps)

    def _sync(self) -> None:
        if self._out_of_sync:
            conn = _new_image(self.data)
            self._engine.dispose()
            self._conn.close()
            self._conn, self._engine = conn, engine_for(conn)
            self._out_of_sync = False

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    # -- saving ------------------------------------------------------------------------
    def save(self, path: os.PathLike[str] | str | None = None, force: bool = False) -> None:
        """Save to the plan's file, or to ``path`` (Save As: the copy then belongs there).

        Raises ExternalChangeError when the file changed on disk since it was opened or
        last saved (someone else saved it), unless ``force``; ReadOnlyError for a read-only
        plan saved to its own file; LockedError when Save As targets a file open elsewhere.
        """
        self._check_open()
        target = Path(path) if path is not None else self.path
        if target is None:
            raise PmdbError("This plan has no file yet; choose where to save it.")
        same = self.path is not None and _same_file(target, self.path)
        if same and self.read_only:
            raise ReadOnlyError(self.read_only_reason or f"{target} is read-only.")
        new_lock = None
        if not same:
            try:
                new_lock = acquire_lock(target)
            except LockedError:
                raise
            except PmdbError:
                new_lock = None  # the write below says what is wrong with the folder
        try:
            self._sync()  # first: a refusal must not stamp anything
            self._stamp_plan()
            image = dump_image(self._conn, self._stamps)
            expected = self._base if same and not force else NO_CHECK
            written = write_image(target, image, expected)
        except BaseException:
            if new_lock is not None:
                new_lock.release()
            raise
        if not same:
            if self.lock is not None:
                self.lock.release()
            self.lock = new_lock
            self.path = target
            self.read_only_reason = None
        self._base = written
        self._dirty = False
        self._drop_recovery()

    def save_copy(self, path: os.PathLike[str] | str) -> None:
        """Write the plan to another file and keep working on this one ("save a copy")."""
        self._check_open()
        target = Path(path)
        if self.path is not None and _same_file(target, self.path):
            raise PmdbError("A copy cannot replace the plan's own file; choose another name.")
        _check_not_locked(target)
        write_image(target, self._current_image())

    def _stamp_plan(self) -> None:
        # Save-time metadata, written straight to the working copy: no undo step, no event.
        plan = self.data.plan
        stamped = _saved_plan(plan)
        old = {"modified": plan.modified, "app_version": plan.app_version, "created": plan.created}
        plan.modified, plan.app_version, plan.created = (
            stamped.modified,
            stamped.app_version,
            stamped.created,
        )
        write_changes(self._engine, [Change("update", Plan, plan.id, entity=plan, old=old)])

    def changed_on_disk(self) -> bool:
        """True when the file differs from what this copy last read or wrote (or vanished)."""
        if self.path is None or self._base is None:
            return False
        if changed_since(self.path, self._base):
            return True
        # Same content, perhaps rewritten by a sync client: remember its new metadata so the
        # next poll does not read the whole file again.
        self._base = current_state(self.path, self._base) or self._base
        return False

    # -- recovery and closing ------------------------------------------------------------
    def autosave(self) -> recovery.Recovery | None:
        """Copy unsaved work to the local recovery folder (None when there is none)."""
        self._check_open()
        if not self._dirty:
            return None
        found = recovery.write_recovery(
            self._session, self._current_image(), self.path, self.data.plan.name, self._base
        )
        self._dirty = False
        if self._recovered is not None:
            recovery.discard(self._recovered)
            self._recovered = None
        return found

    def _drop_recovery(self) -> None:
        recovery.remove_recovery(self._session)
        if self._recovered is not None:
            recovery.discard(self._recovered)
            self._recovered = None

    def close(self) -> None:
        """Release the lock, remove the recovery copy and drop the working copy."""
        if self.closed:
            return
        self.closed = True
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self._drop_recovery()
        self._engine.dispose()
        self._conn.close()

    def _check_open(self) -> None:
        if self.closed:
            raise RuntimeError("this working copy is closed")

    def __enter__(self) -> WorkingCopy:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
