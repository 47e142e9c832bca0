"""Recovery copies: the working copy autosaved to the local data folder, offered after a crash.

Each open plan (a "session") autosaves to ``<data dir>/recovery/<session>.pmdb`` with a
``<session>.json`` beside it saying which file it belongs to. A clean close removes both; so
copies whose pmdesk process is gone are what a crash left behind, and the next start lists
them with ``pending_recoveries()``. The data dir is ``$PMDESK_DATA_DIR`` or platformdirs'
user data dir for "pmdesk" (local, not roaming: recovery copies must not travel through sync).
"""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import socket
from datetime import datetime
from pathlib import Path
from typing import Any

from pmdesk.store.errors import os_error
from pmdesk.store.filesave import Fingerprint, flush_to_disk
from pmdesk.store.lock import process_alive


def data_dir() -> Path:
    override = os.environ.get("PMDESK_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("pmdesk", appauthor=False, roaming=False))


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def new_session_id() -> str:
    return f"{datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(4)}"


@dataclasses.dataclass(frozen=True, slots=True)
class Recovery:
    """One recovery copy: ``copy`` is a .pmdb holding the unsaved work of ``original``."""

    session: str
    copy: Path
    original: Path | None  # None for a plan that was never saved
    name: str  # the plan's name, for the dialog
    saved: datetime
    pid: int
    host: str
    base: Fingerprint | None = None  # the original file as the session last opened/saved it

    def describe(self) -> str:
        where = os.fspath(self.original) if self.original else "a plan never saved"
        return f"{self.name} ({where}), autosaved {self.saved:%Y-%m-%d %H:%M}"


def _write_atomically(target: Path, data: bytes) -> None:
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            flush_to_disk(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        try:
            temp.unlink()
        except OSError:
            pass
        raise


def _fingerprint_json(base: Fingerprint | None) -> dict[str, Any] | None:
    if base is None:
        return None
    return {
        "size": base.size,
        "mtime_ns": base.mtime_ns,
        "inode": base.inode,
        "header": base.header.hex(),
        "digest": base.digest.hex(),
    }


def _fingerprint_from(value: dict[str, Any] | None) -> Fingerprint | None:
    if not value:
        return None
    return Fingerprint(
        int(value["size"]),
        int(value["mtime_ns"]),
        int(value["inode"]),
        bytes.fromhex(value["header"]),
        bytes.fromhex(value.get("digest", "")),
    )


def write_recovery(
    session: str,
    image: bytes | bytearray,
    original: Path | None,
    name: str,
    base: Fingerprint | None = None,
) -> Recovery:
    """Store (or refresh) the recovery copy of one session; returns its description.

    ``base`` is the original file's fingerprint when the session opened or last saved it, so
    that saving the recovered plan still notices a save by someone else in between.
    """
    folder = recovery_dir()
    record = Recovery(
        session=session,
        copy=folder / f"{session}.pmdb",
        original=Path(original).resolve() if original else None,
        name=name,
        saved=datetime.now().replace(microsecond=0),
        pid=os.getpid(),
        host=socket.gethostname(),
        base=base,
    )
    meta = {
        "original": os.fspath(record.original) if record.original else None,
        "name": name,
        "saved": record.saved.isoformat(),
        "pid": record.pid,
        "host": record.host,
        "base": _fingerprint_json(base),
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # The copy first, then the note that makes it count: a crash in between leaves an
        # orphan copy, never a note pointing at half a copy.
        _write_atomically(record.copy, bytes(image))
        _write_atomically(folder / f"{session}.json", json.dumps(meta).encode("utf-8"))
    except OSError as exc:
        raise os_error(exc, folder, "write the recovery copy into") from None
    return record


def remove_recovery(session: str) -> None:
    """Remove a session's recovery copy (clean close, after Save, or after recovering)."""
    folder = recovery_dir()
    for suffix in (".json", ".pmdb"):
        try:
            (folder / f"{session}{suffix}").unlink()
        except OSError:
            pass


def _read_record(note: Path) -> Recovery | None:
    try:
        meta = json.loads(note.read_text(encoding="utf-8"))
        copy = note.with_suffix(".pmdb")
        if not copy.is_file():
            return None
        return Recovery(
            session=note.stem,
            copy=copy,
            original=Path(meta["original"]) if meta.get("original") else None,
            name=str(meta.get("name") or "Untitled plan"),
            saved=datetime.fromisoformat(meta["saved"]),
            pid=int(meta["pid"]),
            host=str(meta["host"]),
            base=_fingerprint_from(meta.get("base")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def pending_recoveries() -> list[Recovery]:
    """Recovery copies left by pmdesk processes that are gone (crashed), newest first."""
    folder = recovery_dir()
    try:
        notes = sorted(folder.glob("*.json"))
    except OSError:
        return []
    found = []
    here = socket.gethostname()
    for note in notes:
        record = _read_record(note)
        if record is None:
            continue
        if record.host == here and process_alive(record.pid):
            continue  # still open in a running pmdesk
        found.append(record)
    found.sort(key=lambda r: r.saved, reverse=True)
    return found


def discard(recovery: Recovery | str) -> None:
    """Delete a recovery copy the person chose not to recover (or has recovered)."""
    remove_recovery(recovery.session if isinstance(recovery, Recovery) else recovery)
