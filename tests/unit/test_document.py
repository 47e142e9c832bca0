"""Document: undo/redo through the one QUndoStack, "modified", engine refusal, save."""

from datetime import date

import pytest

from pmdesk.core.entities import Assignment, Link, Plan, Resource, RoadmapItem, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData
from pmdesk.document import Document


def small_plan() -> PlanData:
    data = PlanData(Plan(name="Launch"))
    data.load(
        [
            Task(1, "Design", duration=960),
            Task(2, "Build", duration=2400, position=1),
            Task(3, "Spec", parent_id=1),
            Link(1, 1, 2),
            Resource(1, "Ada", standard_rate=80.0),
            Assignment(1, 2, 1),
            RoadmapItem(1, "Beta", linked_task_id=2, target_start=date(2026, 2, 1)),
        ]
    )
    return data


@pytest.fixture
def doc(qapp):
    document = Document(small_plan())
    yield document
    document.close()


def test_set_fields_undo_redo_and_modified(doc):
    seen = []
    doc.changed.connect(seen.append)
    modified = []
    doc.modifiedChanged.connect(modified.append)

    doc.set_fields(Task, 1, "Rename task", name="Discovery")
    assert doc.data.tasks[1].name == "Discovery"
    assert doc.modified and modified == [True]
    assert doc.undo_stack.undoText() == "Rename task"
    assert [(c.action, c.id, c.old) for c in seen[-1]] == [("update", 1, {"name": "Design"})]

    doc.undo_stack.undo()
    assert doc.data.tasks[1].name == "Design"
    assert not doc.modified and modified == [True, False]
    assert seen[-1][0].old == {"name": "Discovery"}

    doc.undo_stack.redo()
    assert doc.data.tasks[1].name == "Discovery"
    assert len(seen) == 3


def test_setting_a_field_to_its_value_is_no_edit(doc):
    doc.set_fields(Task, 1, "Rename task", name="Design")
    assert doc.undo_stack.count() == 0 and not doc.modified


def test_plan_properties_are_editable(doc):
    doc.set_fields(Plan, 1, "Rename plan", name="Launch 2")
    assert doc.name == "Launch 2"
    doc.undo_stack.undo()
    assert doc.name == "Launch"


def test_add_and_remove_entities(doc):
    doc.add_entities([Task(10, "Test"), Task(11, "Ship")], "Add tasks")
    assert {10, 11} <= set(doc.data.tasks)
    doc.undo_stack.undo()
    assert 10 not in doc.data.tasks and 11 not in doc.data.tasks


def test_remove_task_takes_children_links_assignments_and_clears_references(doc):
    doc.remove_entities([(Task, 1)], "Delete task")
    assert 1 not in doc.data.tasks and 3 not in doc.data.tasks  # child went too
    assert not doc.data.links
    doc.remove_entities([(Task, 2)], "Delete task")
    assert not doc.data.assignments
    assert doc.data.roadmap_items[1].linked_task_id is None
    assert doc.undo_stack.count() == 2

    doc.undo_stack.undo()
    assert doc.data.assignments[1].task_id == 2
    assert doc.data.roadmap_items[1].linked_task_id == 2
    doc.undo_stack.undo()
    assert set(doc.data.tasks) == {1, 2, 3}
    assert doc.data.links[1].predecessor_id == 1


def test_macro_is_one_undo_step(doc):
    with doc.macro("Move tasks"):
        doc.set_fields(Task, 1, "Move", position=5)
        doc.set_fields(Task, 2, "Move", position=6)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Move tasks"
    doc.undo_stack.undo()
    assert (doc.data.tasks[1].position, doc.data.tasks[2].position) == (0, 1)


def test_macro_reverts_when_the_block_fails(doc):
    with pytest.raises(PmdeskError):
        with doc.macro("Edit"):
            doc.set_fields(Task, 1, "Rename", name="X")
            doc.set_fields(Task, 99, "Rename", name="Y")  # no such task
    assert doc.data.tasks[1].name == "Design"
    assert doc.undo_stack.count() == 0


def test_a_failed_add_changes_nothing(doc):
    with pytest.raises(PmdeskError):
        doc.add_entities([Task(20, "New"), Task(1, "Duplicate id")], "Add tasks")
    assert 20 not in doc.data.tasks
    assert doc.undo_stack.count() == 0


def test_engine_refusal_reverts_and_raises(doc, monkeypatch):
    def picky_engine(data):
        if any(t.duration < 0 for t in data.tasks.values()):
            raise PmdeskError("Task Design has a negative duration.")
        return {"tasks": len(data.tasks)}

    monkeypatch.setattr(doc, "_schedule_plan", picky_engine)
    events = []
    doc.changed.connect(events.append)
    with pytest.raises(PmdeskError, match="negative"):
        doc.set_fields(Task, 1, "Change duration", duration=-5)
    assert doc.data.tasks[1].duration == 960
    assert doc.undo_stack.count() == 0 and not events

    doc.set_fields(Task, 1, "Change duration", duration=480)
    assert doc.schedule == {"tasks": 3}


def test_rescheduled_after_undo(doc, monkeypatch):
    calls = []
    monkeypatch.setattr(doc, "_schedule_plan", lambda data: calls.append(1) or len(calls))
    fired = []
    doc.rescheduled.connect(lambda: fired.append(doc.schedule))
    doc.set_fields(Task, 1, "Rename task", name="A")
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    assert fired == [1, 2, 3]


def test_save_keeps_history_and_marks_clean(doc, tmp_path):
    doc.set_fields(Task, 1, "Rename task", name="Discovery")
    target = tmp_path / "plan.pmdb"
    doc.save(target)
    assert not doc.modified
    assert doc.path == str(target)
    assert doc.undo_stack.canUndo()
    doc.undo_stack.undo()
    assert doc.modified  # back before the saved state
    reopened = Document.open(target, read_only=True)
    try:
        assert reopened.data.tasks[1].name == "Discovery"
    finally:
        reopened.close()


def test_the_engine_refuses_a_cycle_and_nothing_changes(doc):
    assert doc.schedule is not None and doc.schedule_error is None
    finish = doc.schedule.project_finish
    with pytest.raises(PmdeskError):
        doc.add_entities([Link(2, 2, 1)], "Link tasks")  # Build -> Design closes a loop
    assert 2 not in doc.data.links and doc.undo_stack.count() == 0
    doc.set_fields(Task, 2, "Change duration", duration=4800)  # the engine still works
    assert doc.schedule.project_finish > finish
    doc.undo_stack.undo()
    assert doc.schedule.project_finish == finish


def test_a_change_the_working_copy_refuses_is_reverted(doc, monkeypatch):
    from pmdesk.store.errors import PmdbError

    def refuse(changes):
        raise PmdbError("A value is too large for a pmdesk plan; the change was not kept.")

    monkeypatch.setattr(doc.working_copy, "write_changes", refuse)
    with pytest.raises(PmdbError):
        doc.set_fields(Task, 1, "Edit notes", notes="x" * 100)
    assert doc.data.tasks[1].notes == "" and doc.undo_stack.count() == 0


def test_each_command_reaches_the_working_copy_in_one_batch(doc, monkeypatch):
    batches = []
    original = doc.working_copy.write_changes
    monkeypatch.setattr(
        doc.working_copy,
        "write_changes",
        lambda changes: batches.append(len(changes)) or original(changes),
    )
    doc.remove_entities([(Task, 1)], "Delete task")  # task, child, link: one batch
    doc.undo_stack.undo()
    assert batches == [3, 3]


def test_a_plan_built_in_memory_keeps_edits_made_before_its_working_copy(qapp, tmp_path):
    from pmdesk.store.pmdb import load_plan

    document = Document(small_plan())
    document.set_fields(Task, 2, "Rename task", name="Build it")  # makes the working copy
    document.set_fields(Task, 3, "Set duration", duration=1440)  # written through
    document.prepare_working_copy()  # a second call changes nothing
    document.save(tmp_path / "plan.pmdb")
    saved = load_plan(tmp_path / "plan.pmdb")
    assert (saved.tasks[2].name, saved.tasks[3].duration) == ("Build it", 1440)
    document.undo_stack.undo()
    document.save()
    assert load_plan(tmp_path / "plan.pmdb").tasks[3].duration == 480
    document.close()
