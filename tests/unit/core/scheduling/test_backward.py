"""Scheduling backward from a fixed project finish (Plan.schedule_from == FINISH)."""

import pytest
from scheduling_plans import DAY, at, plan, task

from pmdesk.core.entities import ConstraintType, ScheduleFrom
from pmdesk.core.scheduling import SchedulingError, schedule_plan


def test_tasks_end_at_the_project_finish():
    # Finish Friday 16 January 17:00: B (3d) Wed-Fri, A (2d) before it Mon-Tue, C (1d)
    # unlinked on the last day; the project starts Monday 12 08:00.
    data = plan(task(1, 2), task(2, 3), task(3, 1), links=((1, 2),),
                schedule_from=ScheduleFrom.FINISH, finish=at(16, 17))  # fmt: skip
    schedule = schedule_plan(data)
    t = schedule.tasks
    assert (t[2].start, t[2].finish) == (at(14), at(16, 17))
    assert (t[1].start, t[1].finish) == (at(12), at(13, 17))
    assert (t[3].start, t[3].finish) == (at(16), at(16, 17))
    assert schedule.project_start == at(12) and schedule.project_finish == at(16, 17)
    assert t[3].total_float == 4 * DAY and t[3].early_start == at(12)
    assert t[1].critical and t[2].critical and not t[3].critical


def test_snet_that_cannot_be_met_backward_is_a_conflict():
    data = plan(task(1, 2, constraint_type=ConstraintType.SNET, constraint_date=at(16)),
                schedule_from=ScheduleFrom.FINISH, finish=at(16, 17))  # fmt: skip
    schedule = schedule_plan(data)
    assert (schedule.tasks[1].start, schedule.tasks[1].finish) == (at(15), at(16, 17))
    assert any("should start no earlier than" in c for c in schedule.conflicts)


def test_finish_date_is_required():
    with pytest.raises(SchedulingError, match="finish date"):
        schedule_plan(plan(task(1), schedule_from=ScheduleFrom.FINISH))
