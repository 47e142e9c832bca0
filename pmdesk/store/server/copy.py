"""ServerCopy: an open plan that lives on a PostgreSQL server (the WorkingCopy of team plans).

The Document talks to it as to a .pmdb WorkingCopy: ``write_changes`` after every command,
``save``/``autosave``/``close``. Differences: each command is committed on the server at once
(guarded by row versions, writes.py), so Save has nothing left to write; a refused edit raises
ConflictError; others' edits are fetched with ``fetch_remote`` when the listening
connection's socket (``notify_fileno``) becomes readable. When the server cannot be reached,
edits wait in an outbox (``pending``) and ``retry`` sends them, each guarded by the versions
it was based on.
"""

from __future__ import annotations

import dataclasses
import os
import uuid
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from pmdesk.core.plandata import Change, PlanData
from pmdesk.store import pmdb
from pmdesk.store.identity import SCHEMA_VERSION
from pmdesk.store.server import access, ids, setup, transfer, writes
from pmdesk.store.server import tables as t
from pmdesk.store.server.address import Address, editor_name, parse_address
from pmdesk.store.server.connection import (
    engine_for,
    guarded,
    is_connection_problem,
    raw_connect,
    translate,
)
from pmdesk.store.server.errors import ConflictError, ServerError, ServerUnavailableError

if TYPE_CHECKING:
    from psycopg import Connection as PgConnection


@dataclasses.dataclass(frozen=True)
class RemoteEdit:
    """Rows others changed: entities to put in place (kind, entity) and ids to remove."""

    rows: list[tuple[type, Any]]
    removed: list[tuple[type, int]]
    editors: list[str]


def _presence_name(plan_id: int, editor: str) -> str:
    return f"pmdesk:{plan_id}:{editor}"[:63]


class ServerCopy:
    path = None
    lock = None
    unsent_copy: Path | None = None  # where close() kept edits the server never got

    def __init__(
        self,
        address: Address,
        plan_id: int,
        snapshot: transfer.Snapshot,
        editor: str,
        read_only_reason: str | None,
    ) -> None:
        self.address = address
        self.plan_id = plan_id
        self.data: PlanData = snapshot.data
        self.versions = snapshot.versions
        self.seq = snapshot.seq
        self.editor = editor
        self.read_only_reason = read_only_reason
        self.closed = False
        self.outbox: list[list[Change]] = []
        self.refusals: list[str] = []  # sentences for outbox edits refused on retry
        self.mine: transfer.Versions = {}  # the versions this copy wrote itself
        self.last_seq = 0  # the plan's change number of this copy's last stored edit
        self.session = uuid.uuid4().hex[:12]
        # What notifications said: change number -> tables it touched (None: ours).
        self._notified: dict[int, set[str] | None] = {}
        self._engine = engine_for(address, f"pmdesk:{editor}")
        self._conn: Connection | None = None
        self._listener: PgConnection[Any] | None = None
        if read_only_reason is None:
            self.data.id_source = ids.IdBlocks(self._reserve_ids)

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(
        cls, url: str, plan: str | None = None, editor: str | None = None, read_only: bool = False
    ) -> ServerCopy:
        address = parse_address(url, plan)
        if address.plan is None:
            raise ServerError("Say which plan to open: add ?plan=NAME to the server address.")
        name = address.plan
        editor = editor or editor_name()
        engine = engine_for(address, f"pmdesk:{editor}")

        def load() -> tuple[int, int, transfer.Snapshot, bool]:
            with engine.connect() as conn:
                with conn.begin():
                    version = setup.ensure_schema(conn)
                reader = conn.execution_options(isolation_level="REPEATABLE READ")
                with reader.begin():
                    plan_id = transfer.plan_id_of(reader, name, address.display)
                    snapshot = transfer.read_snapshot(reader, plan_id)
                    may_write = access.may_write(reader, plan_id)
            return version, plan_id, snapshot, may_write

        try:
            version, plan_id, snapshot, may_write = guarded(address, load)
        finally:
            engine.dispose()
        reason = None
        if version > SCHEMA_VERSION:
            reason = (
                f"The plans on {address.display} were written by a newer pmdesk (format "
                f"{version}); this plan is open read-only."
            )
        elif not may_write:
            reason = f"You may read but not change the plans on {address.display}."
        elif read_only:
            reason = "You opened this server plan read-only."
        copy = cls(address, plan_id, snapshot, editor, reason)
        try:
            copy._listen()
        except ServerError:
            copy.close()
            raise
        return copy

    @property
    def title(self) -> str:
        return f"{self.address.plan} \u2014 {self.address.display}"

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    # -- writing -----------------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Edits waiting for the server (it could not be reached)."""
        return len(self.outbox)

    def write_change(self, change: Change) -> None:
        self.write_changes((change,))

    def write_changes(self, changes: Iterable[Change], replay: bool = False) -> None:
        """Commit one command's changes on the server, all or nothing.

        ConflictError: someone else changed a row it read (nothing stored; the caller reverts
        it and calls fetch_remote). ServerUnavailableError: kept in the outbox, sent by retry.
        ``replay`` (an undo or redo) is also refused when someone else wrote one of its rows
        after this copy did: undoing would silently overwrite their edit.
        """
        if self.read_only:
            raise ServerError(self.read_only_reason)
        batch = list(changes)
        if not batch:
            return
        if replay:
            self._check_replay(batch)
        self.outbox.append(batch)
        self._flush(current=batch)

    def _check_replay(self, batch: list[Change]) -> None:
        keys = []
        for change in batch:
            row_id = (
                (change.old or {}).get("id", change.id) if change.action == "update" else change.id
            )
            keys.append((t.twin_of(change.kind).name, row_id))
        for change, key in zip(batch, keys):
            known = self.versions.get(key)
            if known is not None and self.mine.get(key) != known:
                raise ConflictError(
                    f"{known[1]} changed {writes.label_of(change)} after your edit; undoing "
                    "or redoing it now would overwrite theirs, so it was not done.",
                    tuple(dict.fromkeys(keys)),
                )

    def retry(self) -> bool:
        """Send the outbox; True when it is empty afterwards."""
        if self.outbox:
            try:
                self._flush(current=None)
            except ServerUnavailableError:
                return False
        return not self.outbox

    def _flush(self, current: list[Change] | None) -> None:
        while self.outbox:
            batch = self.outbox[0]
            try:
                self._commit(batch)
            except ConflictError as exc:
                self.outbox.pop(0)
                if batch is current:
                    raise
                self.refusals.append(str(exc))
                continue
            except ServerUnavailableError:
                raise
            self.outbox.pop(0)

    def _connection(self) -> Connection:
        if self._conn is None or self._conn.closed or self._conn.invalidated:
            try:
                self._conn = self._engine.connect()
            except Exception as exc:
                self._conn = None
                raise translate(exc, self.address) from None
        return self._conn

    def _commit(self, batch: list[Change]) -> None:
        # A connection idle for long may have been closed by the server or a firewall while
        # the server itself is fine: one fresh connection is tried before saying it is away.
        reused = self._conn is not None and not self._conn.closed
        try:
            self._commit_once(batch)
        except ServerUnavailableError:
            if not reused or not self.outbox or self.outbox[0] is not batch:
                raise
            self._commit_once(batch)

    def _commit_once(self, batch: list[Change]) -> None:
        try:
            conn = self._connection()
            try:
                with conn.begin():
                    written, self.last_seq = writes.write_batch(
                        conn, self.plan_id, batch, self.versions, self.editor, self.session
                    )
            except writes.Refused as refused:
                sentence = writes.refusal_sentence(conn, self.plan_id, refused)
                conn.rollback()
                raise ConflictError(sentence, (refused.key,)) from None
        except ConflictError:
            raise
        except Exception as exc:
            if self._conn is not None and is_connection_problem(exc):
                self._drop_connection()
            problem = translate(exc, self.address)
            if isinstance(problem, ServerUnavailableError):
                raise ServerUnavailableError(
                    f"{problem} Your edit is kept and will be sent when the server is back."
                ) from None
            self.outbox.remove(batch)
            raise problem from None
        for key, version in written.items():
            if version is None:
                self.versions.pop(key, None)
                self.mine.pop(key, None)
            else:
                self.versions[key] = version
                self.mine[key] = version

    def _reserve_ids(self, kind: type, floor: int) -> int:
        """A range of new ids of ``kind`` for this editor (ids.py); ServerError when the
        server cannot give one."""
        conn = self._connection()
        try:
            with conn.begin():
                return ids.reserve(conn, self.plan_id, kind, floor)
        except Exception as exc:
            if is_connection_problem(exc):
                self._drop_connection()
            raise translate(exc, self.address) from None

    def _drop_connection(self) -> None:
        if self._conn is not None:
            try:
                self._conn.invalidate()
                self._conn.close()
            except Exception:
                pass
        self._conn = None

    # -- others' edits -------------------------------------------------------------------
    def _listen(self) -> None:
        self._listener = raw_connect(
            self.address, _presence_name(self.plan_id, self.editor), autocommit=True
        )
        self._listener.execute(f'LISTEN "{writes.channel(self.plan_id)}"')

    def notify_fileno(self) -> int | None:
        """The socket that becomes readable when someone writes this plan (None: not
        listening, e.g. after the server went away; fetch_remote reconnects)."""
        if self._listener is None or self._listener.closed:
            return None
        return self._listener.fileno()

    def drain_notifications(self) -> bool:
        """Read what arrived on the listening connection; True when anything did."""
        if self._listener is None:
            return False
        try:
            found = list(self._listener.notifies(timeout=0))
        except Exception:
            self._close_listener()
            return True  # the connection broke: look for changes once it is back
        for notice in found:
            seq, session, tables = (notice.payload.split(" ") + ["", "", ""])[:3]
            if seq.isdigit():
                self._notified[int(seq)] = (
                    None if session == self.session else set(filter(None, tables.split(",")))
                )
        return bool(found)

    def _notified_window(self) -> tuple[int, set[str]] | None:
        """(last change number, tables touched) when the notifications cover every change
        after ours without a gap (writers of a plan commit in counter order, and a rolled
        back counter is taken again, so the committed numbers have no holes); else None."""
        if not self._notified:
            return None
        last = max(self._notified)
        if any(n not in self._notified for n in range(self.seq + 1, last + 1)):
            return None
        tables: set[str] = set()
        for n in range(self.seq + 1, last + 1):
            tables |= self._notified[n] or set()
        return last, tables

    def _close_listener(self) -> None:
        if self._listener is not None:
            try:
                self._listener.close()
            except Exception:
                pass
            self._listener = None

    def fetch_remote(self) -> RemoteEdit | None:
        """Rows others wrote since we last looked (None: nothing new). Rows this copy wrote
        itself come back with the version it already has and are skipped."""
        if self._listener is None:
            try:
                self._listen()
            except ServerError:
                return None

        # What arrived but was not read yet (the safety-net timer, or a refused edit, may
        # call before the socket notifier did): with it, only the tables touched are read.
        self.drain_notifications()
        window = self._notified_window()
        if window is not None and window[0] <= self.seq:
            self._notified.clear()
            return None
        if window is not None and not window[1]:
            self.seq = window[0]  # only our own edits since we last looked
            self._notified.clear()
            return None

        def read() -> (
            tuple[int, tuple[transfer.Rows, list[tuple[type, int, str]], transfer.Versions]] | None
        ):
            conn = self._connection()
            tables: set[str] | None
            # Each read in a transaction of its own (autocommit: no BEGIN and COMMIT round
            # trips, one per edit of anyone else). Every change up to ``upto`` is committed
            # (writers commit in counter order); a row changed again meanwhile has a later
            # number, is left out now and read with that later change.
            conn.execution_options(isolation_level="AUTOCOMMIT")
            try:
                if window is not None:
                    upto, tables = window
                else:
                    upto, tables = (
                        conn.execute(
                            select(t.plans.c.seq).where(t.plans.c.plan_id == self.plan_id)
                        ).scalar_one(),
                        None,
                    )
                if upto <= self.seq:
                    return None
                return upto, transfer.read_changes(conn, self.plan_id, self.seq, upto, tables)
            finally:
                try:
                    conn.rollback()  # ends SQLAlchemy's transaction (nothing to undo)
                    conn.execution_options(isolation_level=conn.default_isolation_level)
                except Exception:
                    self._drop_connection()  # never write through it in autocommit

        try:
            found = read()
        except Exception as exc:
            if is_connection_problem(exc):
                self._drop_connection()
                return None
            raise translate(exc, self.address) from None
        if found is None:
            return None
        upto, (rows, removed, versions) = found
        self.seq = upto
        self._notified = {n: v for n, v in self._notified.items() if n > upto}
        fresh_rows, gone, editors = [], [], set()
        for kind, entity in rows:
            key = (t.twin_of(kind).name, entity.id)
            if self.versions.get(key) == versions[key]:
                continue  # our own write
            self.versions[key] = versions[key]
            fresh_rows.append((kind, entity))
            editors.add(versions[key][1])
        fresh_keys = {(t.twin_of(kind).name, entity.id) for kind, entity in rows}
        for kind, row_id, by in removed:
            key = (t.twin_of(kind).name, row_id)
            if key in fresh_keys or key not in self.versions:
                continue  # re-added since, or never seen (ours or long gone)
            del self.versions[key]
            gone.append((kind, row_id))
            editors.add(by)
        if not fresh_rows and not gone:
            return None
        return RemoteEdit(fresh_rows, gone, sorted(editors))

    def fetch_rows(self, keys: Iterable[tuple[str, int]]) -> RemoteEdit | None:
        """The rows of ``keys`` as the server has them now (after a refused undo, whose
        command put back values that are nobody's)."""

        def read() -> tuple[transfer.Rows, list[tuple[type, int]], transfer.Versions]:
            conn = self._connection()
            with conn.begin():
                return transfer.read_rows(conn, self.plan_id, keys)

        try:
            rows, gone, versions = read()
        except Exception as exc:
            if is_connection_problem(exc):
                self._drop_connection()
                return None
            raise translate(exc, self.address) from None
        for kind, entity in rows:
            self.versions[(t.twin_of(kind).name, entity.id)] = versions[
                (t.twin_of(kind).name, entity.id)
            ]
        for kind, row_id in gone:
            self.versions.pop((t.twin_of(kind).name, row_id), None)
        return RemoteEdit(rows, gone, sorted({v[1] for v in versions.values()}))

    def others(self) -> list[str]:
        """Who else has this plan open (their pmdesk's listening connections)."""
        if self._listener is None:
            return []
        try:
            rows = self._listener.execute(
                "SELECT application_name FROM pg_stat_activity WHERE application_name LIKE %s "
                "AND pid <> pg_backend_pid()",
                (f"pmdesk:{self.plan_id}:%",),
            ).fetchall()
        except Exception:
            return []
        prefix = f"pmdesk:{self.plan_id}:"
        return sorted({name[len(prefix) :] for (name,) in rows})

    # -- the WorkingCopy interface -------------------------------------------------------
    def save(self, path: os.PathLike[str] | str | None = None, force: bool = False) -> None:
        """Nothing to save on the server (each edit is stored); with ``path``, a .pmdb copy."""
        if path is not None:
            self.save_copy(path)
            return
        if self.outbox and not self.retry():
            raise ServerUnavailableError(
                f"{self.pending} edits wait for the server at {self.address.display}; they "
                "are sent when it is back (Save As keeps a .pmdb copy meanwhile)."
            )

    def save_copy(self, path: os.PathLike[str] | str) -> None:
        pmdb.save_plan(self.data, path)

    def changed_on_disk(self) -> bool:
        return False

    def autosave(self) -> None:
        self.retry()

    def keep_unsent(self) -> Path | None:
        """Edits the server never got, kept as an offline copy in the user's data folder
        (open it and Sync once the server is back); None when there are none."""
        if not self.outbox:
            return None
        plan = self.address.plan
        if plan is None:  # open() refuses such an address, so a copy always has its plan
            raise ServerError("Say which plan to open: add ?plan=NAME to the server address.")
        from pmdesk.store import recovery
        from pmdesk.store.server.address import without_password
        from pmdesk.store.server.offline import copy_plan, mark_offline, revert

        base = copy_plan(self.data)
        revert(base, [change for batch in self.outbox for change in batch])
        data = mark_offline(
            copy_plan(self.data), without_password(self.address.conninfo), plan, base=base
        )
        folder = recovery.data_dir() / "unsent"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in plan)[:60]
        path = folder / f"{safe}-{stamp}-{self.session[:6]}.pmdb"
        pmdb.save_plan(data, path)
        return path

    def close(self) -> None:
        if self.closed:
            return
        try:
            sent = not self.outbox or self.retry()
        except ServerError:
            sent = False
        if not sent and self.outbox:
            self.unsent_copy = self.keep_unsent()
        self.closed = True
        self._close_listener()
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:
                pass
            self._conn = None
        self._engine.dispose()
