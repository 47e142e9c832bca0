"""Whole plans to and from the server: push a .pmdb up, read a plan down (pull, open).

Bulk reads and writes use SQLAlchemy Core over the tables of tables.py, each value through
the same codecs as the .pmdb (mapping.py), so a plan pulled back is the plan pushed up.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, text, update

from pmdesk.core import entities as en
from pmdesk.core.plandata import PlanData
from pmdesk.store import mapping
from pmdesk.store.server import tables as t
from pmdesk.store.server.errors import ServerError

Versions = dict[tuple[str, int], tuple[int, str]]
"""(table name, id) -> (row_version, changed_by) of every row as read."""
Rows = list[tuple[type, Any]]
"""(kind, entity) of rows read."""


@dataclasses.dataclass
class Snapshot:
    data: PlanData
    versions: Versions
    seq: int


def list_plans(conn: Connection) -> list[tuple[str, int]]:
    """(name, change count) of every plan this role may see, by name."""
    rows = conn.execute(select(t.plans.c.name, t.plans.c.seq).order_by(t.plans.c.name))
    return [(name, seq) for name, seq in rows]


def plan_id_of(conn: Connection, name: str, where: str) -> int:
    found = conn.execute(select(t.plans.c.plan_id).where(t.plans.c.name == name)).scalar()
    if found is None:
        raise ServerError(f"There is no plan named {name!r} on the server at {where}.")
    return int(found)


def _read_kind(
    conn: Connection,
    kind_map: mapping.KindMap,
    twin: Table,
    plan_id: int,
    versions: Versions,
    since: int | None = None,
    upto: int | None = None,
) -> list[Any]:
    columns = [twin.c[name] for name in kind_map.fields]
    query = select(*columns, twin.c.row_version, twin.c.changed_by).where(twin.c.plan_id == plan_id)
    if since is not None:
        query = query.where(twin.c.changed_seq > since, twin.c.changed_seq <= upto)
    rows = conn.execute(query.order_by(twin.c.id)).all()
    width = len(kind_map.fields)
    name = kind_map.table.name
    for row in rows:
        versions[(name, row[0])] = (row[width], row[width + 1])
    return kind_map.decode_rows(row[:width] for row in rows)


def read_snapshot(conn: Connection, plan_id: int) -> Snapshot:
    """Every row of one plan with its version (call inside one REPEATABLE READ transaction)."""
    seq = conn.execute(select(t.plans.c.seq).where(t.plans.c.plan_id == plan_id)).scalar_one()
    versions: Versions = {}
    plan_rows = _read_kind(conn, mapping.PLAN_MAP, t.twin_of(en.Plan), plan_id, versions)
    if len(plan_rows) != 1:
        raise ServerError(
            f"The plan on the server is damaged: it has {len(plan_rows)} plan rows instead of one."
        )
    data = PlanData(plan_rows[0])
    for kind, kind_map in mapping.KIND_MAPS.items():
        data.load(_read_kind(conn, kind_map, t.twin_of(kind), plan_id, versions))
    return Snapshot(data, versions, int(seq))


def read_changes(
    conn: Connection, plan_id: int, since: int, upto: int, tables: set[str] | None = None
) -> tuple[Rows, list[tuple[type, int, str]], Versions]:
    """Rows and deletions with since < changed_seq <= upto: ([(kind, entity)], [(kind, id, by)],
    versions of the rows). ``tables``: only these table names (None: all)."""
    versions: Versions = {}
    rows: Rows = []
    for kind in (en.Plan, *en.ENTITY_KINDS):
        kind_map = mapping.map_of(kind)
        if tables is not None and kind_map.table.name not in tables:
            continue
        for entity in _read_kind(conn, kind_map, t.twin_of(kind), plan_id, versions, since, upto):
            rows.append((kind, entity))
    if tables is not None and "tombstones" not in tables:
        return rows, [], versions
    gone = conn.execute(
        select(t.tombstones.c.tbl, t.tombstones.c.id, t.tombstones.c.changed_by).where(
            t.tombstones.c.plan_id == plan_id,
            t.tombstones.c.changed_seq > since,
            t.tombstones.c.changed_seq <= upto,
        )
    )
    removed = [
        (t.KIND_OF_TABLE[tbl], int(row_id), by)
        for tbl, row_id, by in gone
        if tbl in t.KIND_OF_TABLE
    ]
    return rows, removed, versions


def read_rows(
    conn: Connection, plan_id: int, keys: Iterable[tuple[str, int]]
) -> tuple[Rows, list[tuple[type, int]], Versions]:
    """The rows of ``keys`` ((table name, id) pairs) as they are now: ([(kind, entity)],
    [(kind, id)] of those that are gone, their versions)."""
    versions: Versions = {}
    rows: Rows = []
    gone: list[tuple[type, int]] = []
    for name, row_id in keys:
        kind = t.KIND_OF_TABLE[name]
        kind_map = mapping.map_of(kind)
        twin = t.TWINS[name]
        columns = [twin.c[f] for f in kind_map.fields]
        found = conn.execute(
            select(*columns, twin.c.row_version, twin.c.changed_by).where(
                twin.c.plan_id == plan_id, twin.c.id == row_id
            )
        ).first()
        if found is None:
            gone.append((kind, row_id))
            continue
        width = len(kind_map.fields)
        versions[(name, row_id)] = (found[width], found[width + 1])
        rows.append((kind, kind_map.decode_rows([tuple(found[:width])])[0]))
    return rows, gone, versions


def bump_seq(conn: Connection, plan_id: int) -> int:
    """Take the plan's next change number; holds the plan's row lock until commit, so
    writers of one plan commit in counter order."""
    return int(
        conn.execute(
            update(t.plans)
            .where(t.plans.c.plan_id == plan_id)
            .values(seq=t.plans.c.seq + 1)
            .returning(t.plans.c.seq)
        ).scalar_one()
    )


def _new_ids(data: PlanData, kind: type) -> list[int]:
    return [data.plan.id] if kind is en.Plan else list(data.table(kind))


def write_plan(
    conn: Connection, data: PlanData, name: str, editor: str, replace: bool = False
) -> int:
    """Store ``data`` as the plan ``name`` (``replace``: over the plan of that name)."""
    existing = conn.execute(select(t.plans.c.plan_id).where(t.plans.c.name == name)).scalar()
    if existing is not None and not replace:
        raise ServerError(
            f"The server already has a plan named {name!r}; choose another name or replace it."
        )
    if existing is None:
        plan_id = int(
            conn.execute(
                insert(t.plans).values(name=name).returning(t.plans.c.plan_id)
            ).scalar_one()
        )
    # Versions continue over a replace: a client that read version 3 must see 4, not 1
    # (which could equal a version it wrote itself and be taken for its own write).
    before: dict[str, dict[int, int]] = {}
    if existing is not None:
        plan_id = int(existing)
        for name, twin in t.TWINS.items():
            before[name] = dict(
                conn.execute(
                    select(twin.c.id, twin.c.row_version).where(twin.c.plan_id == plan_id)
                ).all()
            )
            conn.execute(delete(twin).where(twin.c.plan_id == plan_id))
        conn.execute(delete(t.tombstones).where(t.tombstones.c.plan_id == plan_id))
    seq = bump_seq(conn, plan_id)
    stamp = {"plan_id": plan_id, "row_version": 1, "changed_by": editor, "changed_seq": seq}
    # Rows a replaced plan had and the new one lacks: tombstones, so that open windows drop them.
    gone = [
        {
            "plan_id": plan_id,
            "tbl": name,
            "id": row_id,
            "changed_seq": seq,
            "changed_by": editor,
            "row_version": ids[row_id],
        }
        for name, ids in before.items()
        for row_id in set(ids) - set(_new_ids(data, t.KIND_OF_TABLE[name]))
    ]
    if gone:
        conn.execute(insert(t.tombstones), gone)
    plan_versions = before.get(mapping.PLAN_MAP.table.name, {})
    conn.execute(
        insert(t.twin_of(en.Plan)),
        [
            {
                **mapping.PLAN_MAP.encode(data.plan),
                **stamp,
                "row_version": plan_versions.get(data.plan.id, 0) + 1,
            }
        ],
    )
    for kind, kind_map in mapping.KIND_MAPS.items():
        entities: Collection[Any] = data.table(kind).values()
        versions = before.get(kind_map.table.name, {})
        if entities:
            conn.execute(
                insert(t.twin_of(kind)),
                [
                    {
                        **kind_map.encode(entity),
                        **stamp,
                        "row_version": versions.get(entity.id, 0) + 1,
                    }
                    for entity in entities
                ],
            )
    tables = ",".join([*t.TWINS, t.tombstones.name])
    conn.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": f"pmdesk_plan_{plan_id}", "payload": f"{seq} push {tables}"},
    )
    return plan_id
