"""Schema migrations: a chain of steps keyed on ``PRAGMA user_version``.

``STEPS[n]`` turns a working copy of schema version n into version n + 1. Steps run on the
in-memory working copy only: the file on disk is untouched until the user saves. Version 1 is
the first released format; its fixture (tests/unit/store/fixtures/plan-v1.pmdb) must keep
opening after every change.

Versions 2, 3 and 4 only add: new columns on existing tables and new tables. Such a change needs no
hand-written step: ``add_columns_and_tables`` rebuilds each table whose columns differ from
schema.py, copying every old column and filling each new one with its entity field's default
(so a new field needs a default in entities.py). A later change that renames, drops or
reinterprets a column writes its own step.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateTable

from pmdesk.core import entities as en
from pmdesk.store import mapping
from pmdesk.store.identity import SCHEMA_VERSION
from pmdesk.store.schema import TABLES

Step = Callable[[sqlite3.Connection], None]


def _default_of(kind: type, name: str) -> Any:
    for f in dataclasses.fields(kind):
        if f.name == name:
            if f.default is not dataclasses.MISSING:
                return f.default
            if f.default_factory is not dataclasses.MISSING:
                return f.default_factory()
            break
    # A new column must have a default to fill old rows with: our bug if not.
    raise RuntimeError(f"{kind.__name__}.{name} was added without a default")


def add_columns_and_tables(conn: sqlite3.Connection) -> None:
    """Bring every table to schema.py's shape: create missing tables, rebuild changed ones."""
    dialect = sqlite_dialect.dialect()
    maps = {
        mapping.map_of(kind).table.name: mapping.map_of(kind)
        for kind in (en.Plan, *en.ENTITY_KINDS)
    }
    present = {
        name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    for table in TABLES:
        create = str(CreateTable(table).compile(dialect=dialect)).strip()
        if table.name not in present:
            conn.execute(create)
            continue
        old_columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')]
        new_columns = list(table.columns.keys())
        if old_columns == new_columns:
            continue
        kept = [c for c in new_columns if c in old_columns]
        added = [c for c in new_columns if c not in old_columns]
        kind_map = maps[table.name]
        fills = []
        for name in added:
            value = _default_of(kind_map.kind, name)
            encode = kind_map.encoders.get(name)
            if encode is not None:
                value = encode(value)
            process = table.c[name].type._cached_bind_processor(dialect)
            if process is not None and value is not None:
                value = process(value)
            fills.append(value)
        old_name = f"{table.name}__v_old"
        conn.execute(f'ALTER TABLE "{table.name}" RENAME TO "{old_name}"')
        conn.execute(create)
        columns = ", ".join(f'"{c}"' for c in kept + added)
        selected = ", ".join([f'"{c}"' for c in kept] + ["?"] * len(added))
        conn.execute(
            f'INSERT INTO "{table.name}" ({columns}) SELECT {selected} FROM "{old_name}"', fills
        )
        conn.execute(f'DROP TABLE "{old_name}"')


STEPS: dict[int, Step] = {
    1: add_columns_and_tables,
    2: add_columns_and_tables,
    3: add_columns_and_tables,  # 4: Leveling Can Split and Level Assignments on tasks
}


def migrate(
    conn: sqlite3.Connection,
    version: int,
    target: int = SCHEMA_VERSION,
    steps: Mapping[int, Step] | None = None,
) -> None:
    """Run the steps from ``version`` up to ``target`` in one transaction; stamp user_version.

    A missing step is our bug (a schema change without its migration) and raises KeyError.
    """
    steps = STEPS if steps is None else steps
    if version >= target:
        return
    conn.execute("BEGIN")
    try:
        for current in range(version, target):
            steps[current](conn)
        conn.execute(f"PRAGMA user_version={int(target)}")
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
