"""The server's tables, derived from the .pmdb schema (schema.py), and their migration.

Every .pmdb table gets a twin in the PostgreSQL schema ``pmdesk`` with the same columns plus
``plan_id`` (which plan the row belongs to; the key is (plan_id, id)), ``row_version`` (bumped
by every write: the optimistic-concurrency guard), ``changed_by`` (who wrote it last, for the
conflict sentence) and ``changed_seq`` (the plan's change counter when it was written, so a
client fetches only what changed since it last looked). The tables are built from schema.TABLES
at import, so a column added to the .pmdb schema appears here with no code change, and
``ensure_schema`` adds it to an existing server (filled with the entity field's default).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    inspect,
    text,
)
from sqlalchemy.schema import CreateSchema

from pmdesk.core import entities as en
from pmdesk.store import mapping, schema
from pmdesk.store.identity import SCHEMA_VERSION
from pmdesk.store.migrations import _default_of

SCHEMA = "pmdesk"
BOOKKEEPING = ("plan_id", "row_version", "changed_by", "changed_seq")

metadata = MetaData(schema=SCHEMA)

plans = Table(
    "plans", metadata,
    Column("plan_id", BigInteger, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False, unique=True),
    # The plan's change counter: every write transaction bumps it first, which also
    # serialises writers of one plan, so counter order is commit order.
    Column("seq", BigInteger, nullable=False, server_default="0"),
    Column("created", DateTime, server_default=text("now()")),
)

tombstones = Table(
    "tombstones", metadata,
    Column("plan_id", BigInteger, nullable=False),
    Column("tbl", Text, nullable=False),
    Column("id", BigInteger, nullable=False),
    Column("changed_seq", BigInteger, nullable=False),
    Column("changed_by", Text, nullable=False),
    # The deleted row's version: a row added again with that id continues from it, so no
    # client can take the new row for one it already has.
    Column("row_version", BigInteger, nullable=False, server_default="0"),
    PrimaryKeyConstraint("plan_id", "tbl", "id"),
)

meta = Table(
    "meta", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)


def _server_type(column_type):
    # SQLite integers are 64-bit; PostgreSQL's INTEGER is 32: keep the file's range.
    if isinstance(column_type, Integer):
        return BigInteger()
    return column_type


def _twin(table: Table) -> Table:
    names = set(table.columns.keys())
    clash = names & set(BOOKKEEPING)
    if clash:  # an entity field took a bookkeeping name: our bug
        raise RuntimeError(f"table {table.name} has reserved columns {sorted(clash)}")
    columns = [Column(c.name, _server_type(c.type), nullable=c.nullable) for c in table.columns]
    twin = Table(
        table.name, metadata,
        Column("plan_id", BigInteger, nullable=False),
        *columns,
        Column("row_version", BigInteger, nullable=False),
        Column("changed_by", Text, nullable=False),
        Column("changed_seq", BigInteger, nullable=False),
        PrimaryKeyConstraint("plan_id", "id"),
    )
    Index(f"{table.name}_changes", twin.c.plan_id, twin.c.changed_seq)
    return twin


TWINS: dict[str, Table] = {table.name: _twin(table) for table in schema.TABLES}
"""Server table by .pmdb table name."""

KIND_OF_TABLE: dict[str, type] = {
    mapping.map_of(kind).table.name: kind for kind in (en.Plan, *en.ENTITY_KINDS)
}


def twin_of(kind: type) -> Table:
    return TWINS[mapping.map_of(kind).table.name]


def ensure_schema(conn: Connection) -> int:
    """Create or bring up to date pmdesk's tables on this database; return the schema version
    the server holds (greater than ours: a newer pmdesk wrote it; leave it alone).

    Runs under a transaction-level advisory lock so that clients starting at once do not race.
    Only DDL that is needed runs, so a role that may not create tables can open an up-to-date
    server.
    """
    from pmdesk.store.server import access  # its table belongs to the same metadata

    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('pmdesk schema'))"))
    inspector = inspect(conn)
    if SCHEMA not in inspector.get_schema_names():
        conn.execute(CreateSchema(SCHEMA))
    present = set(inspector.get_table_names(schema=SCHEMA))
    if meta.name in present:
        row = conn.execute(meta.select().where(meta.c.key == "schema_version")).first()
        version = int(row.value) if row else 0
        if version > SCHEMA_VERSION:
            return version
    metadata.create_all(conn, checkfirst=True)
    for name, twin in TWINS.items():
        if name not in present:
            continue
        have = {c["name"] for c in inspector.get_columns(name, schema=SCHEMA)}
        for column in twin.columns:
            if column.name not in have:
                _add_column(conn, name, column)
    if not access.policies_installed(conn):
        access.install_policies(conn)
    stored = conn.execute(meta.select().where(meta.c.key == "schema_version")).first()
    if stored is None:
        conn.execute(meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
    elif int(stored.value) < SCHEMA_VERSION:
        conn.execute(meta.update().where(meta.c.key == "schema_version")
                     .values(value=str(SCHEMA_VERSION)))
    return SCHEMA_VERSION


def _add_column(conn: Connection, table_name: str, column: Column) -> None:
    """A field added to an entity: add its column and fill the rows there with its default."""
    kind_map = mapping.map_of(KIND_OF_TABLE[table_name])
    value = _default_of(kind_map.kind, column.name)
    encode = kind_map.encoders.get(column.name)
    if encode is not None:
        value = encode(value)
    type_sql = column.type.compile(dialect=conn.dialect)
    conn.execute(text(f'ALTER TABLE {SCHEMA}."{table_name}" ADD COLUMN "{column.name}" {type_sql}'))
    if value is not None:
        twin = TWINS[table_name]
        conn.execute(twin.update().values({column.name: value}))
    if not column.nullable:
        conn.execute(text(
            f'ALTER TABLE {SCHEMA}."{table_name}" ALTER COLUMN "{column.name}" SET NOT NULL'))
