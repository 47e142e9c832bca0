"""Working-copy databases: SQLite images in memory, opened from untrusted bytes or made new.

A .pmdb file is read once into memory, checked byte for byte (fileformat.py), and only then
handed to SQLite with ``deserialize``: SQLite never opens the user's file, so no -journal or
lock is ever created beside it on a shared or synced folder, and the bytes SQLite reads are
exactly the bytes whose checksums were verified (no window in which another program's save
could slip in between the check and the read). The in-memory database is the working copy.

The SQLite-specific SQL of the store (PRAGMAs, ``typeof``, ``sqlite_master``) lives here and
in fileformat.py only; mapping.py stays portable.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Column, Engine, create_engine
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.pool import StaticPool
from sqlalchemy.schema import CreateTable
from sqlalchemy.sql import sqltypes
from sqlalchemy.util import LRUCache

from pmdesk.core.entities import Plan
from pmdesk.core.plandata import Change, PlanData
from pmdesk.store import mapping, migrations
from pmdesk.store.errors import (
    DamagedError,
    NewerVersionError,
    PmdbError,
    UnsafeContentError,
    sqlite_code,
)
from pmdesk.store.fileformat import (
    Header,
    PageStamps,
    blank_image,
    check_image,
    stamp_checksums,
)
from pmdesk.store.identity import APPLICATION_ID, SCHEMA_VERSION
from pmdesk.store.schema import TABLES

OPEN_DEADLINE = 30.0  # seconds; a plan of 10,000 tasks opens in well under one
MAX_VALUE_BYTES = 16 << 20  # the longest text or blob a plan may hold

# SQLite's limits, lowered for files from the outside world (sqlite.org/security.html).
_LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: MAX_VALUE_BYTES,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 1 << 20,
    sqlite3.SQLITE_LIMIT_COLUMN: 200,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 100,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 10,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 8,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 100,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 1,
}


def _connect() -> sqlite3.Connection:
    """An in-memory connection with the settings recommended for untrusted databases."""
    # check_same_thread=False: the GUI may autosave from a timer; use one thread at a time.
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    for limit, value in _LIMITS.items():
        conn.setlimit(limit, value)
    setconfig = getattr(conn, "setconfig", None)  # Python >= 3.12
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:
        setconfig(defensive, True)
    if hasattr(conn, "enable_load_extension"):
        conn.enable_load_extension(False)
    conn.execute("PRAGMA trusted_schema=OFF")
    return conn


def _apply_session_pragmas(conn: sqlite3.Connection) -> None:
    # Per-connection settings that deserialize resets or that belong to the open database.
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    conn.execute("PRAGMA foreign_keys=OFF")


_shared: dict[str, Any] = {}


def engine_for(conn: sqlite3.Connection) -> Engine:
    """A SQLAlchemy engine that always hands out this one working-copy connection.

    All working copies share one dialect and one compiled-statement cache: SQLAlchemy keys its
    cache on the dialect object, and compiling the ~20 selects of a load anew for every file
    costs more than reading a small plan. Sharing the dialect also skips its on-connect hook,
    which would register Python functions (regexp, floor) in a database we do not trust.
    """
    if not _shared:
        base = create_engine("sqlite://", poolclass=StaticPool)
        with base.connect():
            pass  # initializes the dialect once (SQLite version, features)
        _shared["dialect"], _shared["url"] = base.dialect, base.url
        _shared["cache"] = LRUCache(2000)
    # sqlite3.Connection is a PEP 249 connection; SQLAlchemy's DBAPIConnection protocol also
    # asks for __getattr__/__setattr__, which typeshed's sqlite3 stub does not declare.
    engine = Engine(StaticPool(lambda: conn), _shared["dialect"], _shared["url"])  # type: ignore[arg-type]
    return engine.execution_options(compiled_cache=_shared["cache"])


# -- the expected schema ----------------------------------------------------------------
def _normal_sql(sql: str) -> str:
    sql = re.sub(r"\s+", " ", sql.replace('"', "").replace("`", "")).strip().lower()
    return re.sub(r" ?([(),]) ?", r"\1", sql)


_CREATE_SQL = {
    table.name: str(CreateTable(table).compile(dialect=sqlite_dialect.dialect())).strip()
    for table in TABLES
}
_EXPECTED_SQL = {name: _normal_sql(sql) for name, sql in _CREATE_SQL.items()}


def _value_check(column: Column[Any]) -> str:
    """An SQL condition true when the column's stored value fits the column's type."""
    name = f'"{column.name}"'
    kind = column.type
    if isinstance(kind, sqltypes.Boolean):
        test = f"typeof({name})='integer' AND {name} IN (0,1)"
    elif isinstance(kind, sqltypes.Integer):
        test = f"typeof({name})='integer'"
    elif isinstance(kind, sqltypes.Float):
        test = f"typeof({name}) IN ('real','integer')"
    else:  # strings, JSON text, DATETIME and DATE text
        test = f"typeof({name})='text'"
    return f"({name} IS NULL OR ({test}))" if column.nullable else f"({test})"


_VALUE_QUERIES = {
    table.name: f'SELECT count(*) FROM "{table.name}" WHERE NOT ('
    + " AND ".join(_value_check(c) for c in table.columns)
    + ")"
    for table in TABLES
}


def _check_schema(conn: sqlite3.Connection, version: int, name: str) -> None:
    entries = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    foreign = sorted(n for kind, n, _ in entries if kind in ("trigger", "view"))
    if foreign:
        raise UnsafeContentError(
            f"{name} contains triggers or views that pmdesk never writes ({', '.join(foreign[:3])}); "
            "another program changed it, so it is not opened."
        )
    tables = {n: sql or "" for kind, n, sql in entries if kind == "table"}
    for table_name, sql in tables.items():
        if not _normal_sql(sql).startswith("create table"):
            raise UnsafeContentError(
                f"{name} contains a table pmdesk never writes ({table_name}); "
                "another program changed it, so it is not opened."
            )
    if version < SCHEMA_VERSION:
        return  # an older format: the migration steps know its tables; checked after them
    missing = sorted(set(_EXPECTED_SQL) - set(tables))
    if missing:
        raise DamagedError(f"{name} is damaged: it has no {missing[0]} table.")
    if version > SCHEMA_VERSION:
        # A newer pmdesk may have added tables and columns; ours must still be there as we
        # know them.
        for table in TABLES:
            have = {row[1] for row in conn.execute(f'PRAGMA table_xinfo("{table.name}")')}
            if not set(table.columns.keys()) <= have:
                raise NewerVersionError(
                    f"{name} was saved by a newer pmdesk in a format this version cannot read "
                    f"(format {version}, this pmdesk reads up to {SCHEMA_VERSION}); update pmdesk."
                )
        return
    extra = sorted(set(tables) - set(_EXPECTED_SQL)) + sorted(
        n for kind, n, _ in entries if kind == "index"
    )
    if extra:
        raise UnsafeContentError(
            f"{name} contains tables or indexes pmdesk never writes ({', '.join(extra[:3])}); "
            "another program changed it, so it is not opened."
        )
    for table_name, expected in _EXPECTED_SQL.items():
        found = tables[table_name]
        # SQLite keeps the CREATE statement as sent: the text we send matches it exactly.
        if found.strip() != _CREATE_SQL[table_name] and _normal_sql(found) != expected:
            raise UnsafeContentError(
                f"{name} has a changed {table_name} table; another program changed it, "
                "so it is not opened."
            )


def _check_values(conn: sqlite3.Connection, name: str) -> None:
    for table_name, query in _VALUE_QUERIES.items():
        if conn.execute(query).fetchone()[0]:
            raise DamagedError(
                f"{name} is damaged: table {table_name} holds values of the wrong type."
            )


# -- opening, creating, dumping -----------------------------------------------------------
def open_image(image: bytes, name: str) -> tuple[sqlite3.Connection, Header]:
    """Check the bytes of a .pmdb file and open them as an in-memory database.

    Returns the connection and the header; a newer file (header.user_version above ours) is
    checked only as far as this version can read it. Raises PmdbError subclasses.
    """
    header = check_image(image, name)
    conn = _connect()
    try:
        _load_checked(conn, image, header.user_version, name)
    except sqlite3.Error as exc:
        conn.close()
        raise sqlite_error(exc, name) from None
    except UnicodeDecodeError:
        conn.close()
        raise DamagedError(f"{name} is damaged: it holds text that is not valid UTF-8.") from None
    except BaseException:
        conn.close()
        raise
    return conn, header


def _load_checked(conn: sqlite3.Connection, image: bytes, version: int, name: str) -> None:
    deadline = time.monotonic() + OPEN_DEADLINE
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 100)
    try:
        conn.deserialize(image)
        _apply_session_pragmas(conn)
        result = conn.execute("PRAGMA quick_check(5)").fetchall()
        if result != [("ok",)]:
            raise DamagedError(f"{name} is damaged (SQLite's check: {_detail(str(result[0][0]))}).")
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise DamagedError(f"{name} is damaged: its database header is not valid.")
        if version < SCHEMA_VERSION:
            _check_schema(conn, version, name)
            migrations.migrate(conn, version, SCHEMA_VERSION)
            version = SCHEMA_VERSION
        _check_schema(conn, version, name)
        _check_values(conn, name)  # our columns, also in a newer file
    finally:
        conn.set_progress_handler(None, 0)


def sqlite_error(exc: sqlite3.Error, name: str) -> PmdbError:
    """A PmdbError for an SQLite error met while reading an untrusted plan."""
    text = str(exc)
    code = sqlite_code(exc)
    if code == sqlite3.SQLITE_INTERRUPT:  # the progress handler's deadline
        return DamagedError(f"{name} took too long to read; it is damaged or not a pmdesk plan.")
    if code == sqlite3.SQLITE_TOOBIG:
        return DamagedError(
            f"{name} holds a value larger than {MAX_VALUE_BYTES >> 20} MB, "
            "which pmdesk never writes; it is damaged or was changed by another program."
        )
    if code in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_NOMEM):  # the image is in memory
        return PmdbError(f"There is not enough memory to open {name}.")
    if code is None and "UTF-8" in text:
        # the sqlite3 module's own error (it has no SQLite code) for text it cannot decode
        return DamagedError(f"{name} is damaged: it holds text that is not valid UTF-8.")
    return DamagedError(f"{name} is damaged ({_detail(text)}).")


def _detail(text: str) -> str:
    """Another library's words, fit into our one-sentence message: one line, short."""
    return " ".join(text.replace("*** in database main ***", "").split())[:80].rstrip(".")


def read_data(conn: sqlite3.Connection, name: str) -> PlanData:
    """Every entity of an opened image (see open_image) as a PlanData."""
    engine = engine_for(conn)
    deadline = time.monotonic() + OPEN_DEADLINE  # millions of rows: a clear error, not a hang
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 100)
    try:
        with engine.connect() as sa_conn:
            return mapping.read_plan_data(sa_conn)
    except (ValueError, TypeError, KeyError, OverflowError, RecursionError) as exc:
        raise DamagedError(
            f"{name} is damaged: a stored value cannot be read ({_detail(str(exc))})."
        ) from None
    except sqlite3.Error as exc:
        raise sqlite_error(exc, name) from None
    except Exception as exc:  # SQLAlchemy wraps driver errors
        orig = getattr(exc, "orig", None)
        if isinstance(orig, sqlite3.Error):
            raise sqlite_error(orig, name) from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


def new_image(data: PlanData | None = None, plan: Plan | None = None) -> sqlite3.Connection:
    """A fresh working copy with the current schema, holding ``data`` when given.

    ``plan`` replaces ``data.plan`` in the stored row (a save time stamped on a copy).
    """
    conn = _connect()
    conn.deserialize(blank_image())
    _apply_session_pragmas(conn)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    engine = engine_for(conn)
    with engine.begin() as sa_conn:
        for table in TABLES:
            table.create(sa_conn)
        if data is not None:
            mapping.write_plan_data(sa_conn, data, plan)
    return conn


def write_changes(engine: Engine, changes: Iterable[Change]) -> None:
    """Write PlanData changes through to a working copy in one transaction."""
    with engine.begin() as sa_conn:
        mapping.write_changes(sa_conn, changes)


def dump_image(conn: sqlite3.Connection, stamps: PageStamps | None = None) -> bytearray:
    """The working copy as file bytes, checksums stamped: what Save and autosave write.
    ``stamps`` (the working copy's) re-hashes only the pages changed since its last image,
    and the image returned is its buffer, kept as it is until its next image."""
    free, total = (
        conn.execute("PRAGMA freelist_count").fetchone()[0],
        conn.execute("PRAGMA page_count").fetchone()[0],
    )
    if free >= 16 and free * 4 > total:
        # Many deletions: do not carry a quarter of empty pages around. VACUUM works through
        # an attached temporary database, so the limit of 0 attachments is lifted meanwhile.
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 1)
        try:
            conn.execute("VACUUM")
        finally:
            conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    if stamps is not None:
        return stamps.stamped(conn.serialize(), page_size)
    image = bytearray(conn.serialize())
    stamp_checksums(image, page_size)
    return image
