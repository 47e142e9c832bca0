"""One change set per command: which kinds changed and whether the engine ran. A command that
touches nothing the engine reads leaves the schedule as it was and does not reschedule."""

from datetime import date

import pytest
from test_document import small_plan

from pmdesk.core.changeset import SCHEDULE_INPUTS, ChangeSet
from pmdesk.core.entities import Baseline, PnlLine, RoadmapItem, Task
from pmdesk.document import Document


@pytest.fixture
def doc(qapp):
    document = Document(small_plan())
    runs = []
    engine = document._schedule_plan
    document._schedule_plan = lambda data: runs.append(1) or engine(data)
    document.runs = runs
    yield document
    document.close()


def listen(doc):
    sets, rescheduled = [], []
    doc.changeSet.connect(sets.append)
    doc.rescheduled.connect(lambda: rescheduled.append(1))
    return sets, rescheduled


def test_a_roadmap_edit_does_not_run_the_engine(doc):
    sets, rescheduled = listen(doc)
    before = doc.schedule
    doc.set_fields(RoadmapItem, 1, "Rename card", title="Beta 2")
    assert doc.runs == [] and rescheduled == []
    assert doc.schedule is before
    (change_set,) = sets
    assert isinstance(change_set, ChangeSet)
    assert change_set.kinds == {RoadmapItem} and not change_set.rescheduled
    assert change_set.touches(RoadmapItem, PnlLine) and not change_set.touches(Task)
    doc.undo_stack.undo()  # undo and redo say the same
    doc.undo_stack.redo()
    assert doc.runs == [] and rescheduled == []
    assert [s.rescheduled for s in sets] == [False, False, False]
    assert doc.data.roadmap_items[1].title == "Beta 2"


def test_a_task_edit_reschedules_and_says_so(doc):
    sets, rescheduled = listen(doc)
    doc.set_fields(Task, 2, "Change duration", duration=480)
    assert doc.runs == [1] and rescheduled == [1]
    assert sets[-1].rescheduled and sets[-1].kinds == {Task}
    assert doc.schedule.tasks[2].duration == 480


def test_a_macro_with_one_schedule_input_reschedules(doc):
    sets, rescheduled = listen(doc)
    with doc.macro("Card and task"):
        doc.set_fields(RoadmapItem, 1, "Card", target_start=date(2026, 3, 2))
        doc.set_fields(Task, 1, "Task", name="Discovery")
    assert rescheduled == [1]
    assert sets[-1].kinds == {RoadmapItem, Task} and sets[-1].rescheduled


def test_baselines_are_not_read_by_the_engine(doc):
    sets, rescheduled = listen(doc)
    doc.add_entities([Baseline(1, 0, "Baseline")], "Set baseline")
    assert rescheduled == [] and sets[-1].kinds == {Baseline}
    assert Baseline not in SCHEDULE_INPUTS and Task in SCHEDULE_INPUTS


def test_every_kind_the_scheduler_listens_to_is_a_schedule_input():
    # The Scheduler (core/scheduling/scheduler.py) reacts to these kinds; a change to one of
    # them must reach it through a run.
    from pmdesk.core.entities import Assignment, Calendar, CalendarException, Link, Plan, Resource

    assert {Plan, Task, Link, Calendar, CalendarException, Resource, Assignment} <= SCHEDULE_INPUTS
