"""Plans the engine refuses, each with a sentence naming what is wrong."""

import pytest
from scheduling_plans import at, plan, task

from pmdesk.core.entities import Calendar, Link, LinkType, Task
from pmdesk.core.scheduling import Scheduler, SchedulingError, check_plan, schedule_plan


def test_cycle_names_the_tasks_on_it():
    data = plan(task(1, name="Design"), task(2, name="Build"), task(3, name="Test"),
                task(4, name="Ship"), links=((1, 2), (2, 3), (3, 1), (3, 4)))  # fmt: skip
    with pytest.raises(SchedulingError) as info:
        check_plan(data)
    message = str(info.value)
    assert "loop" in message
    assert all(name in message for name in ("'Design'", "'Build'", "'Test'"))
    assert "'Ship'" not in message


def test_cycle_through_a_summary():
    # Build is in Phase; Phase -> Other -> Build closes a loop through the summary.
    data = plan(task(1, name="Phase"), task(2, name="Build", parent_id=1), task(3, name="Other"),
                links=((1, 3), (3, 2)))  # fmt: skip
    with pytest.raises(SchedulingError, match="'Phase'.*'Other'|'Other'.*'Phase'"):
        check_plan(data)


@pytest.mark.parametrize(
    "tasks, links, message",
    [
        ([task(1, -1)], (), "negative duration"),
        ([task(1, manual=True, manual_start=at(7), manual_finish=at(6))], (), "manual finish"),
        ([task(1, actual_start=at(7), actual_finish=at(6))], (), "actual finish"),
        ([task(1, calendar_id=7)], (), "calendar that does not exist"),
        ([task(1)], ((1, 1),), "linked to itself"),
        ([task(1)], ((1, 9),), "does not exist"),
        ([task(1), task(2, parent_id=1)], ((2, 1),), "own summary task 'T1'"),
        ([task(1, parent_id=5)], (), "does not exist"),
        ([task(1, constraint_type="SNET")], (), "without a date"),
        ([task(1, percent_complete=120)], (), "outside 0-100"),
    ],
)
def test_refused_plans(tasks, links, message):
    with pytest.raises(SchedulingError, match=message):
        schedule_plan(plan(*tasks, links=links))


def test_unknown_default_calendar():
    data = plan(task(1), default_calendar_id=3)
    with pytest.raises(SchedulingError, match="default calendar"):
        check_plan(data)
    data.add(Calendar(id=3, name="Empty"))
    with pytest.raises(SchedulingError, match="'Empty' has no working time"):
        check_plan(data)


def test_outline_loop():
    data = plan(task(1, parent_id=2), task(2, parent_id=1))
    with pytest.raises(SchedulingError, match="loop in the outline"):
        check_plan(data)


def test_scheduler_recovers_after_a_refused_edit():
    data = plan(task(1), task(2), links=((1, 2),))
    scheduler = Scheduler(data)
    assert scheduler.schedule().tasks[2].start == at(6)
    data.add(Link(id=9, predecessor_id=2, successor_id=1, type=LinkType.FS))
    with pytest.raises(SchedulingError, match="loop"):
        scheduler.schedule()
    data.remove(Link, 9)  # the caller reverts the edit
    assert scheduler.schedule().tasks[2].start == at(6)
    data.update(Task, 1, duration=-5)
    with pytest.raises(SchedulingError, match="negative"):
        scheduler.schedule()
    data.update(Task, 1, duration=960)
    assert scheduler.schedule().tasks[2].start == at(7)
    scheduler.close()
