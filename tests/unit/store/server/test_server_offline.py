"""Take offline and Sync: three-way merge row by row and field by field, both ways, with the
true conflicts listed for the person (mine / theirs) and nothing lost on either side."""

from __future__ import annotations

import pytest

from pmdesk.core.entities import Task
from pmdesk.document import Document
from pmdesk.store import pmdb, server
from pmdesk.store.server.offline import ROW, offline_origin, sync_offline, take_offline
from tests.unit.store.server.test_document_server import team_plan


@pytest.fixture
def plan_url(pg_url):
    server.push(team_plan(), pg_url, "Launch")
    return pg_url + "?plan=Launch"


@pytest.fixture
def online(qapp, plan_url):
    document = Document.open_server(plan_url, editor="bob")
    yield document
    document.close()


def offline_file(plan_url, tmp_path):
    path = tmp_path / "laptop.pmdb"
    pmdb.save_plan(take_offline(plan_url), path)
    return path


def test_edits_on_both_sides_that_do_not_collide_are_merged_both_ways(plan_url, online, tmp_path):
    path = offline_file(plan_url, tmp_path)
    mine = pmdb.load_plan(path)
    assert offline_origin(mine)["plan"] == "Launch"
    mine.update(Task, 1, name="Design (offline)")
    mine.add(Task(10, "Written on the train", position=9))
    mine.remove(Task, 3)
    pmdb.save_plan(mine, path)
    online.set_fields(Task, 1, "Duration", duration=1440)  # same row, another field
    online.set_fields(Task, 2, "Rename", name="Build (server)")

    merged, result = sync_offline(pmdb.load_plan(path), editor="ana")
    assert result.conflicts == []
    theirs = server.pull(plan_url)
    for data in (theirs, merged):
        assert data.tasks[1].name == "Design (offline)" and data.tasks[1].duration == 1440
        assert data.tasks[2].name == "Build (server)"
        assert 10 in data.tasks and 3 not in data.tasks
    assert offline_origin(merged) is not None  # still an offline copy, with a new base
    again, second = sync_offline(merged, editor="ana")  # nothing new: nothing to do
    assert second.conflicts == [] and sorted(again.tasks) == sorted(merged.tasks)


def test_the_same_field_changed_on_both_sides_is_listed_and_decided(plan_url, online, tmp_path):
    path = offline_file(plan_url, tmp_path)
    mine = pmdb.load_plan(path)
    mine.update(Task, 1, name="Mine")
    mine.update(Task, 2, duration=999)  # no conflict: goes up with the decision
    online.set_fields(Task, 1, "Rename", name="Theirs")

    nothing, result = sync_offline(mine, editor="ana")
    assert nothing is None  # undecided: nothing written
    assert [(c.key, c.base, c.mine, c.theirs) for c in result.conflicts] == [
        ("task:1:name", "Design", "Mine", "Theirs")
    ]
    assert server.pull(plan_url).tasks[2].duration == 2400
    with pytest.raises(server.ServerError, match="Decide mine or theirs for: task:1:name"):
        sync_offline(mine, {}, editor="ana")

    merged, _ = sync_offline(mine, {"task:1:name": "mine"}, editor="ana")
    assert server.pull(plan_url).tasks[1].name == "Mine" == merged.tasks[1].name
    assert merged.tasks[2].duration == 999 == server.pull(plan_url).tasks[2].duration


def test_taking_theirs_brings_the_server_value_down(plan_url, online, tmp_path):
    mine = pmdb.load_plan(offline_file(plan_url, tmp_path))
    mine.update(Task, 1, name="Mine")
    online.set_fields(Task, 1, "Rename", name="Theirs")
    merged, _ = sync_offline(mine, {"task:1:name": "theirs"}, editor="ana")
    assert merged.tasks[1].name == "Theirs" == server.pull(plan_url).tasks[1].name


def test_deleted_offline_but_edited_on_the_server_is_a_row_conflict(plan_url, online, tmp_path):
    mine = pmdb.load_plan(offline_file(plan_url, tmp_path))
    mine.remove(Task, 3)
    online.set_fields(Task, 3, "Rename", name="Still needed")
    _, result = sync_offline(mine, editor="ana")
    [conflict] = result.conflicts
    assert conflict.field == ROW and conflict.mine is None
    assert conflict.theirs.name == "Still needed"
    merged, _ = sync_offline(mine, {conflict.key: "theirs"}, editor="ana")
    assert merged.tasks[3].name == "Still needed"
    merged, _ = sync_offline(merged, editor="ana")
    mine2 = merged
    mine2.remove(Task, 3)
    merged, _ = sync_offline(mine2, editor="ana")
    assert 3 not in server.pull(plan_url).tasks


def test_a_plan_that_was_never_on_a_server_cannot_sync(tmp_path):
    with pytest.raises(server.ServerError, match="not taken offline from a server"):
        sync_offline(team_plan())
