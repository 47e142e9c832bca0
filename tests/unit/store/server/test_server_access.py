"""Access by PostgreSQL role: row-level security on the plan id, read-only roles get a
read-only Document, other plans stay invisible."""

from __future__ import annotations

import psycopg
import pytest

from pmdesk.cli import main
from pmdesk.core.entities import Task
from pmdesk.document import Document
from pmdesk.store import server
from pmdesk.store.server.ids import BLOCK
from tests.unit.store.server.test_document_server import team_plan


@pytest.fixture
def shared(pg_cluster, pg_url):
    server.push(team_plan(), pg_url, "Open plan")
    server.push(team_plan(), pg_url, "Secret plan")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for role in ("viewer", "editor"):
            conn.execute(f"DROP ROLE IF EXISTS {role}")  # roles are cluster-wide
            conn.execute(f"CREATE ROLE {role} LOGIN")
    assert main(["grant", pg_url, "--plan", "Open plan", "--role", "viewer", "--read-only"]) == 0
    assert main(["grant", pg_url, "--plan", "Open plan", "--role", "editor"]) == 0
    database = pg_url.rsplit("/", 1)[1]
    yield {role: pg_cluster.url(database, role) for role in ("viewer", "editor")}
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for role in ("viewer", "editor"):
            conn.execute(f"DROP OWNED BY {role}")


def test_each_role_sees_only_its_plans(shared):
    for url in shared.values():
        assert [name for name, _ in server.list_plans(url)] == ["Open plan"]
        with pytest.raises(server.ServerError, match="no plan named 'Secret plan'"):
            server.pull(url, "Secret plan")


def test_a_read_only_role_gets_a_read_only_document(qapp, shared):
    doc = Document.open_server(shared["viewer"] + "?plan=Open%20plan", editor="vic")
    try:
        assert doc.read_only
        assert doc.read_only_reason.startswith("You may read but not change")
        with pytest.raises(Exception, match="You may read but not change"):
            doc.set_fields(Task, 1, "Rename", name="Nope")
        assert doc.data.tasks[1].name == "Design" and doc.undo_stack.count() == 0
    finally:
        doc.close()
    # And the database itself refuses, whatever a client does.
    with psycopg.connect(shared["viewer"]) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE pmdesk.task SET name = 'x'")


def test_an_editor_edits_its_plan_but_cannot_touch_another(qapp, shared, pg_url):
    doc = Document.open_server(shared["editor"] + "?plan=Open%20plan", editor="eve")
    try:
        assert not doc.read_only
        doc.set_fields(Task, 1, "Rename", name="By the editor")
        added = doc.data.new_id(Task)  # from a range the role may reserve (ids.py)
        doc.add_entities([Task(added, "Added by the editor")], "Add")
    finally:
        doc.close()
    assert server.pull(pg_url, "Open plan").tasks[1].name == "By the editor"
    assert server.pull(pg_url, "Open plan").tasks[added].name == "Added by the editor"
    with psycopg.connect(pg_url) as conn:
        (reserved,) = conn.execute("SELECT next_id FROM pmdesk.id_blocks").fetchone()
        assert reserved == added + BLOCK
    with psycopg.connect(shared["editor"]) as conn:
        changed = conn.execute(
            "UPDATE pmdesk.task SET name = 'x' WHERE plan_id = "
            "(SELECT plan_id FROM pmdesk.plans WHERE name = 'Secret plan')"
        )
        assert changed.rowcount == 0
    assert server.pull(pg_url, "Secret plan").tasks[1].name == "Design"


def test_granting_to_an_unknown_role_is_one_sentence(pg_url, capsys):
    server.push(team_plan(), pg_url, "P")
    assert main(["grant", pg_url, "--plan", "P", "--role", "nobody_here"]) == 1
    assert "no role named 'nobody_here'" in capsys.readouterr().err
