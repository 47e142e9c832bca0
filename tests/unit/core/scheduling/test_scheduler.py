"""The Scheduler keeps its compiled network across edits of task fields and reruns only
what an edit reaches; structural edits recompile. Results equal a fresh run each time."""

from datetime import timedelta

from scheduling_plans import DAY, at, plan, task

from pmdesk.core.entities import Link, LinkType, Plan, Task
from pmdesk.core.scheduling import Scheduler, schedule_plan


def snapshot(schedule):
    return {tid: (t.start, t.finish, t.late_start, t.total_float, t.free_float)
            for tid, t in schedule.tasks.items()}  # fmt: skip


def test_field_edits_reuse_the_network_and_match_a_full_run():
    data = plan(task(1, 2), task(2, 1), task(3, 3), task(4, 1), task(5),
                task(6, 1, parent_id=5), links=((1, 2), (2, 4), (3, 4), (4, 6)))  # fmt: skip
    scheduler = Scheduler(data)
    first = scheduler.schedule()
    network = scheduler._net
    assert first.tasks[6].start == at(9)
    data.update(Task, 1, duration=5 * DAY)  # now the longest path
    second = scheduler.schedule()
    assert scheduler._net is network  # not recompiled
    assert second.tasks[4].start == at(13) and second.tasks[3].total_float == 3 * DAY
    assert snapshot(second) == snapshot(schedule_plan(data))
    assert first.tasks[4].start == at(8)  # an earlier result does not change
    data.update(Task, 3, percent_complete=50, actual_start=at(5))
    data.update(Plan, 1, status_date=at(12))
    assert snapshot(scheduler.schedule()) == snapshot(schedule_plan(data))
    data.update(Plan, 1, start=at(5) + timedelta(days=1))
    assert snapshot(scheduler.schedule()) == snapshot(schedule_plan(data))
    scheduler.close()


def test_structural_edits_recompile():
    data = plan(task(1, 2), task(2, 1))
    scheduler = Scheduler(data)
    scheduler.schedule()
    network = scheduler._net
    data.add(Link(id=1, predecessor_id=1, successor_id=2, type=LinkType.FS))
    assert scheduler.schedule().tasks[2].start == at(7)
    assert scheduler._net is not network
    data.update(Task, 2, parent_id=None, position=5)
    data.remove(Link, 1)
    assert scheduler.schedule().tasks[2].start == at(5)
    scheduler.close()
    data.update(Task, 1, duration=0)  # no longer listening: nothing breaks
