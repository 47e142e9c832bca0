"""File format versions: the released version-1 fixture, the migration chain, identity stamps."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

import pytest

from pmdesk.core.entities import Task
from pmdesk.store import image, mapping, migrations
from pmdesk.store.fileformat import RESERVED_BYTES, Header
from pmdesk.store.identity import APPLICATION_ID, SCHEMA_VERSION
from pmdesk.store.pmdb import WorkingCopy, load_plan
from tests.unit.store.pmdb_badfiles import tampered
from tests.unit.store.pmdb_plans import assert_same_plan, every_kind_plan

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("version", [1, 2, 3])
def test_released_files_still_open(version):
    """plan-vN.pmdb was written by pmdesk 0.1.0 in schema N (every_kind_plan() of its day).
    Every later migration must keep this test passing: never regenerate a fixture."""
    fixture = FIXTURES / f"plan-v{version}.pmdb"
    header = Header.parse(fixture.read_bytes()[:100])
    assert header.user_version == version and header.application_id == APPLICATION_ID
    loaded = load_plan(fixture)
    expected = as_written_in(fixture, every_kind_plan())
    expected.plan.modified = loaded.plan.modified
    expected.plan.app_version = loaded.plan.app_version
    assert loaded.plan.app_version == "0.1.0"
    assert_same_plan(loaded, expected)


def as_written_in(fixture, data):
    """The plan as an old fixture holds it: fields and kinds added since then at their
    defaults (the generic migration fills them so); read from the fixture's own tables."""
    import dataclasses

    from pmdesk.core import entities as en
    from pmdesk.store import mapping

    conn = sqlite3.connect(fixture)
    try:
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {t: {row[1] for row in conn.execute(f'PRAGMA table_info("{t}")')} for t in tables}
    finally:
        conn.close()
    for kind in en.ENTITY_KINDS:
        name = mapping.map_of(kind).table.name
        table = data.table(kind)
        if name not in tables:
            table.clear()
            continue
        for entity_id, entity in list(table.items()):
            defaults = {
                f.name: f.default if f.default is not dataclasses.MISSING else f.default_factory()
                for f in dataclasses.fields(kind)
                if f.name not in columns[name] and f.name != "id"
            }
            table[entity_id] = dataclasses.replace(entity, **defaults)
    return data


def test_files_carry_pmdesk_identity(plan_file):
    conn = sqlite3.connect(plan_file)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    header = Header.parse(plan_file.read_bytes()[:100])
    assert (header.write_version, header.read_version) == (1, 1)  # rollback journal, never WAL
    assert header.reserved == RESERVED_BYTES
    assert APPLICATION_ID.to_bytes(4, "big") == b"PMDB"


def test_migrate_runs_the_chain_in_order_and_stamps_the_version():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t(a)")
    conn.commit()
    ran = []
    steps = {
        1: lambda c: (ran.append(1), c.execute("ALTER TABLE t ADD COLUMN b")),
        2: lambda c: (ran.append(2), c.execute("UPDATE t SET b = 2")),
    }
    migrations.migrate(conn, 1, target=3, steps=steps)
    assert ran == [1, 2]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    migrations.migrate(conn, 3, target=3, steps={})  # nothing to do
    with pytest.raises(KeyError):  # a schema change without its step is our bug
        migrations.migrate(conn, 3, target=4, steps={})


def test_failed_migration_changes_nothing():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t(a)")
    conn.commit()

    def broken(c):
        c.execute("ALTER TABLE t ADD COLUMN b")
        raise RuntimeError("bug in a step")

    with pytest.raises(RuntimeError):
        migrations.migrate(conn, 1, target=2, steps={1: broken})
    assert [row[1] for row in conn.execute("PRAGMA table_info(t)")] == ["a"]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0


def test_older_file_is_migrated_in_the_working_copy_only(plan_file, tmp_path):
    """A schema-1 file whose canvas_note lacks a column added later opens migrated by the real
    chain, and the file on disk stays as it was until saved."""
    old = tampered(
        plan_file,
        tmp_path / "old.pmdb",
        "ALTER TABLE canvas_note DROP COLUMN color",
        "PRAGMA user_version=1",
    )
    before = old.read_bytes()
    copy = WorkingCopy.open(old)
    try:
        assert not copy.read_only
        assert copy.data.canvas_notes[1].text == "Too many spreadsheets"
        assert copy.data.canvas_notes[1].color is None  # the new column's value for old rows
        assert old.read_bytes() == before
        copy.save()
        assert struct.unpack_from(">i", old.read_bytes(), 60)[0] == SCHEMA_VERSION
        assert load_plan(old).canvas_notes[1].text == "Too many spreadsheets"
    finally:
        copy.close()


def test_additive_step_fills_a_new_column_with_the_field_default_and_creates_new_tables():
    """Version 2 only adds columns and tables: the generic step copies old rows and fills the
    new column from the entity's default (Task.priority = 500 here), then the schema is exact."""
    conn = sqlite3.connect(":memory:")
    for sql in image._CREATE_SQL.values():
        conn.execute(sql)
    # Every column the task table has by now (other fields are added the same way).
    row = mapping.map_of(Task).encode(Task(id=7, name="Dig", priority=900))
    conn.execute(
        f"INSERT INTO task ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )
    conn.execute("ALTER TABLE task DROP COLUMN priority")  # as if priority were new in v2
    conn.execute("DROP TABLE baseline")  # as if baseline were a new table
    conn.commit()
    migrations.migrate(conn, 1, target=2, steps={1: migrations.add_columns_and_tables})
    assert conn.execute("SELECT id, name, priority FROM task").fetchall() == [(7, "Dig", 500)]
    image._check_schema(conn, SCHEMA_VERSION, "x.pmdb")  # exact CREATE statements again
    assert conn.execute("SELECT count(*) FROM baseline").fetchone() == (0,)
