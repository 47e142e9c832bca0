"""The server's tables, derived from the .pmdb schema (schema.py), and their migration.

Every .pmdb table gets a twin in the PostgreSQL schema ``pmdesk`` with the same columns plus
``plan_id`` (which plan the row belongs to; the key is (plan_id, id)), ``row_version`` (bumped
by every write: the optimistic-concurrency guard), ``changed_by`` (who wrote it last, for the
conflict sentence) and ``changed_seq`` (the plan's change counter when it was written, so a
client fetches only what changed since it last looked). The tables are built from schema.TABLES
at import, so a column added to the .pmdb schema appears here with no code change, and
``setup.ensure_schema`` adds it to an existing server (filled with the entity field's default).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    text,
)
from sqlalchemy.types import TypeEngine

from pmdesk.core import entities as en
from pmdesk.store import mapping, schema

SCHEMA = "pmdesk"
BOOKKEEPING = ("plan_id", "row_version", "changed_by", "changed_seq")

metadata = MetaData(schema=SCHEMA)

plans = Table(
    "plans",
    metadata,
    Column("plan_id", BigInteger, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False, unique=True),
    # The plan's change counter: every write transaction bumps it first, which also
    # serialises writers of one plan, so counter order is commit order.
    Column("seq", BigInteger, nullable=False, server_default="0"),
    Column("created", DateTime, server_default=text("now()")),
)

# The next free id per plan and table: each editor reserves a range of new ids here (ids.py),
# so that two people adding a task at once never pick the same number.
id_blocks = Table(
    "id_blocks",
    metadata,
    Column("plan_id", BigInteger, nullable=False),
    Column("tbl", Text, nullable=False),
    Column("next_id", BigInteger, nullable=False),
    PrimaryKeyConstraint("plan_id", "tbl"),
)

tombstones = Table(
    "tombstones",
    metadata,
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
    "meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)


def _server_type(column_type: TypeEngine[Any]) -> TypeEngine[Any]:
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
        table.name,
        metadata,
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
