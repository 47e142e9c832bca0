"""A summary's Finish/Start No Later Than constraint under "Tasks will always honor their
constraint dates" (issue 14): its subtasks are held at the date as by their own constraint,
and the link they break is a conflict naming the summary. January 2026, start Monday 5th."""

from pmdesk.core.entities import ConstraintType as C
from pmdesk.core.entities import Task
from pmdesk.core.scheduling import Scheduler, schedule_plan

from scheduling_plans import at, plan, task

OFF = {"honor_constraints": False}


def _plan(**settings):
    # A 5d -> summary S (FNLT Wed 01-07 17:00) holding B 2d; C 1d follows B.
    return plan(task(1, 5), Task(id=2, name="S", constraint_type=C.FNLT,
                                 constraint_date=at(7, 17)),  # fmt: skip
                task(3, 2, parent_id=2, name="B"), task(4, 1),
                links=((1, 3), (3, 4)), settings=settings)


def test_a_finish_no_later_than_summary_holds_its_subtasks():
    schedule = schedule_plan(_plan())
    b = schedule.tasks[3]
    assert (b.start, b.finish) == (at(6), at(7, 17))
    assert (schedule.tasks[2].start, schedule.tasks[2].finish) == (at(6), at(7, 17))
    assert schedule.tasks[4].start == at(8)
    assert any("keeps its summary 'S''s constraint to finish no later than 2026-01-07 17:00"
               in message for message in schedule.conflicts)


def test_with_the_option_off_the_links_win_and_the_summary_reports_it():
    schedule = schedule_plan(_plan(**OFF))
    assert (schedule.tasks[3].start, schedule.tasks[3].finish) == (at(12), at(13, 17))
    assert any("'S' should finish no later than" in message for message in schedule.conflicts)


def test_a_start_no_later_than_summary_and_a_nested_subtask():
    data = plan(task(1, 5), Task(id=2, name="S", constraint_type=C.SNLT, constraint_date=at(6)),
                Task(id=5, name="Inner", parent_id=2), task(3, 2, parent_id=5, name="B"),
                links=((1, 3),))  # fmt: skip
    b = schedule_plan(data).tasks[3]
    assert (b.start, b.finish) == (at(6), at(7, 17))


def test_the_earlier_of_the_own_and_the_summary_date_holds():
    data = _plan()
    data.update(Task, 3, constraint_type=C.FNLT, constraint_date=at(6, 17))
    assert schedule_plan(data).tasks[3].finish == at(6, 17)
    data.update(Task, 3, constraint_date=at(9, 17))
    assert schedule_plan(data).tasks[3].finish == at(7, 17)


def test_editing_the_summary_constraint_reschedules_like_a_fresh_run():
    data = _plan()
    scheduler = Scheduler(data)
    assert scheduler.schedule().tasks[3].finish == at(7, 17)
    for change in ({"constraint_date": at(8, 17)}, {"constraint_type": C.ASAP,
                                                     "constraint_date": None},
                   {"constraint_type": C.FNLT, "constraint_date": at(6, 17)}):
        data.update(Task, 2, **change)
        fresh = schedule_plan(data)
        again = scheduler.schedule()
        assert {t: (x.start, x.finish) for t, x in again.tasks.items()} == {
            t: (x.start, x.finish) for t, x in fresh.tasks.items()}
        assert again.conflicts == fresh.conflicts
    assert scheduler.schedule().tasks[3].finish == at(6, 17)
    scheduler.close()
