"""WBS numbering, summary roll-up (dates, duration, % complete, work, cost) and links on
summary tasks (hand-worked, January 2026, the plan starts Monday the 5th)."""

import pytest
from scheduling_plans import DAY, at, dates, plan, task

from pmdesk.core.entities import Assignment, ConstraintType, LinkType, Resource, ResourceType
from pmdesk.core.scheduling import schedule_plan


def test_wbs_numbers_follow_the_outline():
    data = plan(task(1, name="Phase"), task(2, parent_id=1, position=2), task(3, parent_id=1, position=1),
                task(4), task(5, parent_id=4), task(6, parent_id=5))  # fmt: skip
    tasks = schedule_plan(data).tasks
    assert [(tid, tasks[tid].wbs) for tid in tasks] == [
        (1, "1"), (3, "1.1"), (2, "1.2"), (4, "2"), (5, "2.1"), (6, "2.1.1")
    ]  # fmt: skip
    assert tasks[1].summary and tasks[5].summary and not tasks[6].summary


def test_summary_rolls_up_dates_and_duration():
    data = plan(task(1), task(2, 2, parent_id=1), task(3, 1, parent_id=1), links=((2, 3),))
    s = schedule_plan(data).tasks[1]
    assert (s.start, s.finish, s.duration) == (at(5), at(7, 17), 3 * DAY)
    assert s.critical and not s.milestone


def test_link_into_a_summary_applies_to_its_subtasks():
    data = plan(task(1, 2), task(2), task(3, 1, parent_id=2), task(4, 1, parent_id=2),
                task(5, 1, parent_id=4), links=((1, 2),))  # fmt: skip
    result = dates(data)
    assert result[3] == (at(7), at(7, 17))
    assert result[5] == (at(7), at(7, 17))  # nested deeper: still after task 1
    assert result[2] == (at(7), at(7, 17))


def test_link_out_of_a_summary_waits_for_its_last_subtask():
    data = plan(task(1), task(2, 1, parent_id=1), task(3, 3, parent_id=1), task(4, 1),
                task(5, 1), links=((1, 4), (1, 5, LinkType.SS, DAY)))  # fmt: skip
    result = dates(data)
    assert result[4] == (at(8), at(8, 17))  # FS: after Wednesday 17:00
    assert result[5] == (at(6), at(6, 17))  # SS + 1d from the summary's start


def test_milestone_in_a_linked_summary_sits_at_the_predecessor_finish():
    # NewProduct-projectlibre.xml: a milestone first in a summary linked FS sits at 17:00.
    data = plan(task(1, 2), task(2), task(3, 0, parent_id=2), task(4, 1, parent_id=2),
                links=((1, 2), (3, 4)))  # fmt: skip
    result = dates(data)
    assert result[3] == (at(6, 17), at(6, 17))
    assert result[2] == (at(6, 17), at(7, 17))


def test_work_cost_and_percent_complete_roll_up():
    data = plan(task(1, fixed_cost=10), task(2, 2, parent_id=1, fixed_cost=50),
                task(3, 1, parent_id=1, percent_complete=100))  # fmt: skip
    data.add(Resource(id=1, name="Dev", standard_rate=60, cost_per_use=100))
    data.add(Resource(id=2, name="Steel", type=ResourceType.MATERIAL, standard_rate=5))
    data.add(Resource(id=3, name="Travel", type=ResourceType.COST, cost_per_use=250))
    data.add(Assignment(id=1, task_id=2, resource_id=1, units=0.5))  # 0.5 x 960 = 480 min
    data.add(Assignment(id=2, task_id=3, resource_id=1, work=120))
    data.add(Assignment(id=3, task_id=3, resource_id=2, units=4))
    data.add(Assignment(id=4, task_id=3, resource_id=3))
    tasks = schedule_plan(data).tasks
    assert (tasks[2].work, tasks[2].cost) == (480, pytest.approx(8 * 60 + 100 + 50))
    assert (tasks[3].work, tasks[3].cost) == (120, pytest.approx(2 * 60 + 100 + 4 * 5 + 250))
    assert tasks[1].work == 600
    assert tasks[1].cost == pytest.approx(630 + 490 + 10)
    # Duration-weighted: (0 x 2d + 100 x 1d) / 3d.
    assert tasks[1].percent_complete == pytest.approx(33.33)


def test_constraint_on_a_summary_bounds_its_subtasks():
    from pmdesk.core.entities import ConstraintType

    data = plan(task(1, constraint_type=ConstraintType.SNET, constraint_date=at(7)),
                task(2, 1, parent_id=1), task(3, 1, parent_id=1), task(4, 1))  # fmt: skip
    result = dates(data)
    assert result[2] == (at(7), at(7, 17)) and result[3] == (at(7), at(7, 17))
    assert result[4] == (at(5), at(5, 17))


def test_summary_deadline_and_fnlt_conflicts_are_reported():
    from pmdesk.core.entities import ConstraintType

    data = plan(task(1, deadline=at(6, 17)), task(2, 3, parent_id=1),
                task(3, constraint_type=ConstraintType.FNLT, constraint_date=at(5, 17)),
                task(4, 2, parent_id=3))  # fmt: skip
    schedule = schedule_plan(data)
    assert schedule.conflicts == [
        "The task 'T1' finishes on 2026-01-07 17:00, after its deadline 2026-01-06 17:00.",
        "The task 'T3' should finish no later than 2026-01-05 17:00 but its predecessors push "
        "its finish to 2026-01-06 17:00.",
    ]
    assert schedule.tasks[2].total_float == -DAY and schedule.tasks[1].total_float == -DAY
    assert schedule.tasks[4].total_float == -DAY


@pytest.mark.parametrize("elapsed", [False, True], ids=["working", "elapsed"])
def test_a_summary_start_bound_binds_only_the_subtasks_that_start_first(elapsed):
    """A 5d sets the finish (Friday 01-09 17:00); S -SS-> B 1d, so S may start no later than
    B's late start, Friday 08:00. Under S: X (1 day, or 1 ed: S's finish is then kept on
    the wall clock, its subtasks on another calendar than its own), ALAP, and a milestone
    M after X. S starts with X, so the bound is X's, not M's, which sits at X's finish: X
    stays at its late dates with or without M (an elapsed X moved a day earlier, to
    Wednesday 17:00, when M took the summary's start bound too). This is the case a risk
    task that does not occur (a zero-length task after X) met (core/risk/risktasks.py)."""

    def x_dates(with_milestone: bool):
        x = task(3, 1, parent_id=2, constraint_type=ConstraintType.ALAP)
        if elapsed:
            x.duration_elapsed, x.duration = True, 1440
        tasks, links = [task(1, 5), task(2, 0), x, task(4, 1)], [(2, 4, LinkType.SS)]
        if with_milestone:
            tasks.append(task(5, 0, parent_id=2))
            links.append((3, 5))
        found = schedule_plan(plan(*tasks, links=tuple(links))).tasks
        return found[3].start, found[3].finish, found[4].start

    late = (at(8, 17), at(9, 17)) if elapsed else (at(9), at(9, 17))
    assert x_dates(False) == x_dates(True) == (*late, at(9))
