"""Several Documents editing one plan on a real PostgreSQL: write-through, conflicts with their
sentence, live updates, the undo stack, the server going away."""

from __future__ import annotations

import pytest

from pmdesk.core.entities import Link, Plan, Task
from pmdesk.core.plandata import PlanData
from pmdesk.document import Document
from pmdesk.store import server
from pmdesk.store.server import ConflictError
from tests.unit.store.pmdb_plans import assert_same_plan


def team_plan() -> PlanData:
    data = PlanData(Plan(name="Launch"))
    data.load(
        [
            Task(1, "Design", duration=960),
            Task(2, "Build", duration=2400, position=1),
            Task(3, "Test", duration=480, position=2),
            Link(1, 1, 2),
        ]
    )
    return data


@pytest.fixture
def plan_url(pg_url):
    server.push(team_plan(), pg_url, "Launch")
    return pg_url + "?plan=Launch"


@pytest.fixture
def open_doc(qapp, plan_url):
    opened = []

    def make(editor: str, **kwargs) -> Document:
        document = Document.open_server(plan_url, editor=editor, **kwargs)
        opened.append(document)
        return document

    make.url = plan_url  # type: ignore[attr-defined]
    yield make
    for document in opened:
        document.close()


def test_open_edit_close_reopen(open_doc, plan_url):
    ana = open_doc("ana")
    assert ana.on_server and not ana.read_only and not ana.modified
    assert ana.schedule is not None
    ana.set_fields(Task, 2, "Rename", name="Build it")
    ana.add_entities([Task(4, "Ship", duration=0, milestone=True, position=3)], "Add")
    ana.remove_entities([(Task, 3)], "Delete")
    assert not ana.modified  # the server holds every edit: nothing to save
    ana.save()
    ana.close()
    again = open_doc("ana")
    assert again.data.tasks[2].name == "Build it"
    assert sorted(again.data.tasks) == [1, 2, 4]
    assert_same_plan(again.data, server.pull(plan_url))


def test_two_editors_on_different_tasks_both_succeed(open_doc, plan_url, qtbot):
    ana, bob = open_doc("ana"), open_doc("bob")
    ana.set_fields(Task, 1, "Rename", name="Design v2")
    bob.set_fields(Task, 2, "Duration", duration=3000)
    pulled = server.pull(plan_url)
    assert pulled.tasks[1].name == "Design v2" and pulled.tasks[2].duration == 3000
    qtbot.waitUntil(
        lambda: ana.data.tasks[2].duration == 3000 and bob.data.tasks[1].name == "Design v2",
        timeout=3000,
    )


def test_the_same_field_by_two_one_is_refused_with_who_and_what(open_doc, plan_url):
    ana, bob = open_doc("ana"), open_doc("bob")
    ana.follower.stop()
    bob.follower.stop()  # so that bob has not heard of ana's edit yet
    ana.set_fields(Task, 1, "Rename", name="Ana's name")
    seen = []
    bob.changed.connect(seen.append)
    with pytest.raises(ConflictError) as refused:
        bob.set_fields(Task, 1, "Rename", name="Bob's name")
    assert str(refused.value) == (
        "ana changed the name of task 1 \u201cDesign\u201d before your edit reached the "
        "server; your edit was not saved, and the plan now shows theirs."
    )
    assert bob.data.tasks[1].name == "Ana's name"  # the fresh row, shown at once
    assert any(c.kind is Task and c.id == 1 for batch in seen for c in batch)
    assert bob.undo_stack.count() == 0  # the refused edit is no undo step
    assert server.pull(plan_url).tasks[1].name == "Ana's name"
    bob.set_fields(Task, 1, "Rename", name="Bob's name")  # now based on the fresh row: fine
    assert server.pull(plan_url).tasks[1].name == "Bob's name"


def test_a_deleted_task_refuses_an_edit_naming_who_deleted_it(open_doc):
    ana, bob = open_doc("ana"), open_doc("bob")
    bob.follower.stop()
    ana.remove_entities([(Task, 3)], "Delete")
    with pytest.raises(ConflictError, match="ana deleted task 3 \u201cTest\u201d"):
        bob.set_fields(Task, 3, "Rename", name="Tests")
    assert 3 not in bob.data.tasks


def test_remote_edits_arrive_live_and_keep_the_undo_stack(open_doc, qtbot):
    ana, bob = open_doc("ana"), open_doc("bob")
    bob.set_fields(Task, 3, "Rename", name="QA")
    who = []
    bob.remoteChanged.connect(who.append)
    ana.set_fields(Task, 2, "Duration", duration=4800)
    ana.add_entities([Task(4, "Ship", position=3)], "Add")
    qtbot.waitUntil(
        lambda: 4 in bob.data.tasks and bob.data.tasks[2].duration == 4800, timeout=2000
    )
    assert ["ana"] in who
    assert bob.undo_stack.count() == 1 and bob.undo_stack.canUndo()
    bob.undo_stack.undo()
    assert bob.data.tasks[3].name == "Test"
    qtbot.waitUntil(lambda: ana.data.tasks[3].name == "Test", timeout=2000)


def test_undo_that_would_overwrite_someone_elses_later_edit_is_refused(open_doc, qtbot):
    ana, bob = open_doc("ana"), open_doc("bob")
    ana.set_fields(Task, 1, "Rename", name="Ana")
    qtbot.waitUntil(lambda: bob.data.tasks[1].name == "Ana", timeout=2000)
    bob.set_fields(Task, 1, "Rename", name="Bob")
    qtbot.waitUntil(lambda: ana.data.tasks[1].name == "Bob", timeout=2000)
    problems = []
    ana.storeProblem.connect(problems.append)
    ana.undo_stack.undo()
    assert problems and problems[0].startswith("bob changed task 1")
    assert ana.data.tasks[1].name == "Bob"
    assert ana.undo_stack.index() == 1  # still undoable later, nothing half-done


def test_presence_lists_the_others(open_doc, qtbot):
    ana, bob = open_doc("ana"), open_doc("bob")
    assert ana.working_copy.others() == ["bob"]
    bob.close()
    qtbot.waitUntil(lambda: ana.working_copy.others() == [], timeout=3000)


def test_two_people_adding_the_same_new_id_one_is_told_to_try_again(open_doc):
    ana, bob = open_doc("ana"), open_doc("bob")
    bob.follower.stop()
    ana.add_entities([Task(4, "Ana's task", position=3)], "Add")
    with pytest.raises(ConflictError, match="ana added a task with the same number"):
        bob.add_entities([Task(4, "Bob's task", position=3)], "Add")
    assert bob.data.tasks[4].name == "Ana's task"


def test_two_people_adding_a_task_at_once_both_succeed(open_doc, qtbot):
    ana, bob = open_doc("ana"), open_doc("bob")
    # Both take the next number before either has added: the same moment.
    ana_id, bob_id = ana.data.new_id(Task), bob.data.new_id(Task)
    assert ana_id != bob_id and min(ana_id, bob_id) > 3
    ana.add_entities([Task(ana_id, "Ana's task", position=3)], "Add")
    bob.add_entities([Task(bob_id, "Bob's task", position=4)], "Add")
    for document in (ana, bob):
        qtbot.waitUntil(lambda d=document: {ana_id, bob_id} <= set(d.data.tasks), timeout=3000)
    # Several at once from the range reserved: numbers that follow on, nobody else's.
    first = ana.data.new_id(Task)
    ana.add_entities([Task(first + n, f"Ana {n}", position=5 + n) for n in range(3)], "Add")
    assert bob.data.new_id(Task) not in {first, first + 1, first + 2}
    pulled = server.pull(open_doc.url)
    assert {ana_id, bob_id, first, first + 2} <= set(pulled.tasks)


def test_a_plan_replaced_by_push_updates_open_windows(open_doc, plan_url, qtbot):
    ana = open_doc("ana")
    replacement = team_plan()
    replacement.remove(Task, 3)
    replacement.update(Task, 1, name="Pushed over")
    server.push(replacement, plan_url.split("?")[0], "Launch", replace=True)
    qtbot.waitUntil(
        lambda: 3 not in ana.data.tasks and ana.data.tasks[1].name == "Pushed over", timeout=3000
    )
    ana.set_fields(Task, 2, "Rename", name="After the push")  # versions restarted: still fine
    assert server.pull(plan_url).tasks[2].name == "After the push"


def test_a_connection_the_server_dropped_while_idle_is_replaced_without_a_word(open_doc, plan_url):
    import psycopg

    ana = open_doc("ana")
    ana.set_fields(Task, 1, "Rename", name="First")
    with psycopg.connect(plan_url.split("?")[0], autocommit=True) as admin:
        killed = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = 'pmdesk:ana'"
        ).fetchall()
    assert killed  # the edit connection (the listener is named pmdesk:PLAN:ana)
    problems = []
    ana.storeProblem.connect(problems.append)
    ana.set_fields(Task, 1, "Rename", name="Second")
    assert problems == [] and ana.working_copy.pending == 0
    assert server.pull(plan_url).tasks[1].name == "Second"


def test_undoing_an_edit_of_a_task_someone_deleted_says_so_and_breaks_nothing(open_doc, qtbot):
    ana, bob = open_doc("ana"), open_doc("bob")
    bob.set_fields(Task, 3, "Rename", name="Bob's test")
    qtbot.waitUntil(lambda: ana.data.tasks[3].name == "Bob's test", timeout=2000)
    ana.remove_entities([(Task, 3)], "Delete")
    qtbot.waitUntil(lambda: 3 not in bob.data.tasks, timeout=2000)
    problems = []
    bob.storeProblem.connect(problems.append)
    bob.undo_stack.undo()
    assert problems and "can no longer be undone" in problems[0]
    assert 3 not in bob.data.tasks
    assert bob.undo_stack.index() == 1  # the step is where it was: nothing half-done
    bob.set_fields(Task, 1, "Rename", name="Still editing")  # the document still works
    assert bob.data.tasks[1].name == "Still editing"
