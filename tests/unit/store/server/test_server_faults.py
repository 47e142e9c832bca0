"""The server goes away in the middle of editing: the edit stays, nothing is lost when it is
back. Each test has its own cluster, since it stops it."""

from __future__ import annotations

import pytest

from pmdesk.core.entities import Task
from pmdesk.document import Document
from pmdesk.store import server
from tests import pgcluster
from tests.unit.store.server.test_document_server import team_plan


@pytest.fixture
def own_cluster(pg_cluster):  # pg_cluster: skips when PostgreSQL is absent
    cluster = pgcluster.Cluster()
    yield cluster
    cluster.remove()


def test_server_stopped_mid_edit_keeps_the_edit_and_sends_it_when_back(
    qapp, qtbot, own_cluster, tmp_path
):
    url = own_cluster.create_database("plans")
    server.push(team_plan(), url, "Launch")
    doc = Document.open_server(url + "?plan=Launch", editor="ana")
    try:
        doc.set_fields(Task, 1, "Rename", name="Before the outage")
        own_cluster.stop()
        problems = []
        doc.storeProblem.connect(problems.append)
        doc.set_fields(Task, 2, "Duration", duration=1234)  # no exception: kept
        doc.set_fields(Task, 3, "Rename", name="During the outage")
        assert doc.data.tasks[2].duration == 1234
        assert doc.working_copy.pending == 2 and doc.modified
        assert "cannot reach the server" in problems[0]
        assert "Your edit is kept and will be sent when the server is back" in problems[0]
        with pytest.raises(server.ServerUnavailableError, match="2 edits wait"):
            doc.save()
        doc.save(tmp_path / "meanwhile.pmdb")  # a .pmdb copy with the pending edits
        assert doc.working_copy.pending == 2
        own_cluster.start()
        qtbot.waitUntil(lambda: doc.working_copy.pending == 0, timeout=8000)
        assert not doc.modified
        pulled = server.pull(url, "Launch")
        assert pulled.tasks[1].name == "Before the outage"
        assert pulled.tasks[2].duration == 1234
        assert pulled.tasks[3].name == "During the outage"
        doc.set_fields(Task, 1, "Rename", name="After")  # the live link is back too
        assert server.pull(url, "Launch").tasks[1].name == "After"
    finally:
        doc.close()
    from pmdesk.store import pmdb

    assert pmdb.load_plan(tmp_path / "meanwhile.pmdb").tasks[3].name == "During the outage"


def test_closing_while_the_server_is_away_keeps_the_edits_as_an_offline_copy(qapp, own_cluster):
    from pmdesk.store import pmdb
    from pmdesk.store.server.offline import sync_offline

    url = own_cluster.create_database("plans")
    server.push(team_plan(), url, "Launch")
    doc = Document.open_server(url + "?plan=Launch", editor="ana")
    copy = doc.working_copy
    own_cluster.stop()
    doc.set_fields(Task, 1, "Rename", name="Written offline")
    doc.remove_entities([(Task, 3)], "Delete")
    doc.close()
    kept = copy.unsent_copy
    assert kept is not None and kept.exists()
    own_cluster.start()
    other = Document.open_server(url + "?plan=Launch", editor="bob")
    other.set_fields(Task, 2, "Rename", name="Bob meanwhile")
    other.close()
    merged, result = sync_offline(pmdb.load_plan(kept), editor="ana")
    assert result.conflicts == []
    pulled = server.pull(url, "Launch")
    for data in (merged, pulled):
        assert data.tasks[1].name == "Written offline"
        assert data.tasks[2].name == "Bob meanwhile"
        assert 3 not in data.tasks
