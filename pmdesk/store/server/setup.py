"""Creating and migrating pmdesk's tables on a server: the tables (tables.py) and their
row-level access policies (access.py), which need each other's tables, set up in one place."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Connection, inspect, text
from sqlalchemy.schema import CreateSchema

from pmdesk.store import mapping
from pmdesk.store.identity import SCHEMA_VERSION
from pmdesk.store.migrations import _default_of
from pmdesk.store.server import access
from pmdesk.store.server import tables as t


def ensure_schema(conn: Connection) -> int:
    """Create or bring up to date pmdesk's tables on this database; return the schema version
    the server holds (greater than ours: a newer pmdesk wrote it; leave it alone).

    Runs under a transaction-level advisory lock so that clients starting at once do not race.
    Only DDL that is needed runs, so a role that may not create tables can open an up-to-date
    server. An up-to-date server is seen with three queries and no lock: twenty editors
    opening at once queued on the lock, each reflecting every table inside it.
    """
    current = _up_to_date(conn)
    if current is not None:
        return current
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('pmdesk schema'))"))
    inspector = inspect(conn)
    if t.SCHEMA not in inspector.get_schema_names():
        conn.execute(CreateSchema(t.SCHEMA))
    present = set(inspector.get_table_names(schema=t.SCHEMA))
    if t.meta.name in present:
        row = conn.execute(t.meta.select().where(t.meta.c.key == "schema_version")).first()
        version = int(row.value) if row else 0
        if version > SCHEMA_VERSION:
            return version
    t.metadata.create_all(conn, checkfirst=True)
    for name, twin in t.TWINS.items():
        if name not in present:
            continue
        have = {c["name"] for c in inspector.get_columns(name, schema=t.SCHEMA)}
        for column in twin.columns:
            if column.name not in have:
                _add_column(conn, name, column)
    if not access.policies_installed(conn):
        access.install_policies(conn)
    stored = conn.execute(t.meta.select().where(t.meta.c.key == "schema_version")).first()
    if stored is None:
        conn.execute(t.meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
    elif int(stored.value) < SCHEMA_VERSION:
        conn.execute(
            t.meta.update()
            .where(t.meta.c.key == "schema_version")
            .values(value=str(SCHEMA_VERSION))
        )
    return SCHEMA_VERSION


def _up_to_date(conn: Connection) -> int | None:
    """The server's schema version when there is nothing to create or migrate, else None.
    The catalog, not information_schema: that one hides tables the role may not read."""
    have: dict[str, set[str]] = {}
    for table, column in conn.execute(
        text(
            "SELECT c.relname, a.attname FROM pg_attribute a "
            "JOIN pg_class c ON a.attrelid = c.oid "
            "JOIN pg_namespace n ON c.relnamespace = n.oid "
            "WHERE n.nspname = :schema AND c.relkind IN ('r', 'p') "
            "AND a.attnum > 0 AND NOT a.attisdropped"
        ),
        {"schema": t.SCHEMA},
    ):
        have.setdefault(table, set()).add(column)
    for table in t.metadata.tables.values():
        if not {column.name for column in table.columns} <= have.get(table.name, set()):
            return None
    stored = conn.execute(t.meta.select().where(t.meta.c.key == "schema_version")).first()
    if stored is None:
        return None
    version = int(stored.value)
    if version > SCHEMA_VERSION:
        return version
    if version < SCHEMA_VERSION or not access.policies_installed(conn):
        return None
    return version


def _add_column(conn: Connection, table_name: str, column: Column[Any]) -> None:
    """A field added to an entity: add its column and fill the rows there with its default."""
    kind_map = mapping.map_of(t.KIND_OF_TABLE[table_name])
    value = _default_of(kind_map.kind, column.name)
    encode = kind_map.encoders.get(column.name)
    if encode is not None:
        value = encode(value)
    type_sql = column.type.compile(dialect=conn.dialect)
    conn.execute(
        text(f'ALTER TABLE {t.SCHEMA}."{table_name}" ADD COLUMN "{column.name}" {type_sql}')
    )
    if value is not None:
        twin = t.TWINS[table_name]
        conn.execute(twin.update().values({column.name: value}))
    if not column.nullable:
        conn.execute(
            text(f'ALTER TABLE {t.SCHEMA}."{table_name}" ALTER COLUMN "{column.name}" SET NOT NULL')
        )
