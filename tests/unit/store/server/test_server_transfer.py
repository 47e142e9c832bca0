"""Whole plans to and from a real PostgreSQL: push, pull, list, schema migration, addresses."""

from __future__ import annotations

import psycopg
import pytest

from pmdesk.core.demo import build_demo_plan
from pmdesk.store import pmdb, server
from pmdesk.store.server import tables
from pmdesk.store.server.address import parse_address
from tests.unit.store.pmdb_plans import assert_same_plan, every_kind_plan


def test_every_kind_of_row_survives_push_and_pull(pg_url):
    plan = every_kind_plan()
    server.push(plan, pg_url, "Every kind")
    assert_same_plan(plan, server.pull(pg_url, "Every kind"))


def test_plans_are_kept_apart_by_plan_id(pg_url):
    demo, every = build_demo_plan(), every_kind_plan()
    server.push(demo, pg_url + "?plan=Demo")
    server.push(every, pg_url, "Every")
    assert [name for name, _seq in server.list_plans(pg_url)] == ["Demo", "Every"]
    assert_same_plan(demo, server.pull(pg_url + "?plan=Demo"))
    assert_same_plan(every, server.pull(pg_url, "Every"))


def test_a_second_push_under_the_same_name_is_refused_unless_replacing(pg_url):
    server.push(every_kind_plan(), pg_url, "P")
    with pytest.raises(server.ServerError, match="already has a plan named 'P'"):
        server.push(build_demo_plan(), pg_url, "P")
    demo = build_demo_plan()
    server.push(demo, pg_url, "P", replace=True)
    assert_same_plan(demo, server.pull(pg_url, "P"))


def test_pulling_an_unknown_plan_says_so(pg_url):
    with pytest.raises(server.ServerError, match="no plan named 'Nope'"):
        server.pull(pg_url, "Nope")


def test_an_unreachable_server_is_one_sentence(pg_cluster):
    url = f"postgresql://x@127.0.0.1:{pg_cluster.port + 1 if pg_cluster.port < 65535 else 1}/db"
    with pytest.raises(server.ServerUnavailableError, match="cannot reach the server"):
        server.pull(url, "P")


def test_a_missing_database_is_named(pg_cluster):
    with pytest.raises(server.ServerError, match="no database named 'absent'"):
        server.pull(pg_cluster.url("absent"), "P")


def test_a_column_added_to_the_file_schema_is_added_to_an_older_server(pg_url):
    """Other work adds entity fields: the server twin gains the column with its default."""
    server.push(every_kind_plan(), pg_url, "P")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute('ALTER TABLE pmdesk.task DROP COLUMN "physical_percent_complete"')
    pulled = server.pull(pg_url, "P")  # opening migrates
    assert {t.physical_percent_complete for t in pulled.tasks.values()} == {0.0}


def test_every_file_table_has_a_server_twin_with_the_same_columns():
    from pmdesk.store import schema

    for table in schema.TABLES:
        twin = tables.TWINS[table.name]
        assert [c for c in twin.columns.keys() if c not in tables.BOOKKEEPING] == list(  # noqa: SIM118 (iterating a ColumnCollection gives columns, not names)
            table.columns.keys()
        )
        assert [c.name for c in twin.primary_key.columns] == ["plan_id", "id"]


def test_addresses_keep_libpq_options_and_take_the_plan_out():
    address = parse_address(
        "postgresql://ana@db.example:6543/team?plan=Web%20shop"
        "&sslmode=verify-full&sslrootcert=/etc/ca.pem"
    )
    assert address.plan == "Web shop"
    assert address.conninfo == (
        "postgresql://ana@db.example:6543/team?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem"
    )
    assert address.display == "db.example:6543/team"
    assert "Web+shop" in address.with_plan("Web shop")


@pytest.mark.parametrize(
    "bad, sentence",
    [
        ("http://x/db", "not a server address"),
        ("postgresql://host", "names no database"),
        ("postgresql://host/db?plan=", "plan name in the server address is empty"),
        ("postgresql://host:99999/db", "malformed"),
    ],
)
def test_bad_addresses_are_one_sentence(bad, sentence):
    with pytest.raises(server.ServerError, match=sentence):
        parse_address(bad)


def test_a_pulled_plan_passes_check(pg_url, tmp_path):
    server.push(build_demo_plan(), pg_url, "Demo")
    path = tmp_path / "demo.pmdb"
    pmdb.save_plan(server.pull(pg_url, "Demo"), path)
    pmdb.check_pmdb(path)


def test_passwords_come_from_the_keyring_under_pmdesk_and_user_at_host(monkeypatch):
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    from pmdesk.store.server.address import keyring_password

    class Memory(KeyringBackend):
        priority = 1
        stored = {("pmdesk", "ana@db.example:5432/team"): "s3cret"}

        def get_password(self, service, username):
            return self.stored.get((service, username))

        def set_password(self, service, username, password):
            raise NotImplementedError

        def delete_password(self, service, username):
            raise NotImplementedError

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        assert keyring_password(parse_address("postgresql://ana@db.example/team")) == "s3cret"
        assert keyring_password(parse_address("postgresql://bob@db.example/team")) is None
        # A password in the address itself wins; the keyring is not asked.
        assert keyring_password(parse_address("postgresql://ana:x@db.example/team")) is None
    finally:
        keyring.set_keyring(previous)


def test_an_older_server_without_the_id_ranges_table_gets_it_and_then_needs_no_lock(pg_url):
    from sqlalchemy import create_engine

    from pmdesk.store.identity import SCHEMA_VERSION
    from pmdesk.store.server import setup

    server.push(every_kind_plan(), pg_url, "P")
    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as conn:
            assert setup._up_to_date(conn) == SCHEMA_VERSION  # nothing to do: no lock taken
        with psycopg.connect(pg_url, autocommit=True) as raw:
            raw.execute("DROP TABLE pmdesk.id_blocks")
        with engine.begin() as conn:
            assert setup._up_to_date(conn) is None
        server.pull(pg_url, "P")  # opening migrates
        with engine.begin() as conn:
            assert setup._up_to_date(conn) == SCHEMA_VERSION
    finally:
        engine.dispose()
