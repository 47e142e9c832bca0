"""Issue 14: scheduling rules where pmdesk departed from MS Project, each with the example's
dates as MS Project computes them (the project starts Monday 2026-01-05 08:00)."""

from pmdesk.core.entities import ConstraintType as C
from pmdesk.core.scheduling import schedule_plan

from scheduling_plans import DAY, at, plan, task


def test_alap_task_goes_to_its_late_dates_and_its_successor_follows():
    # A 10d; X 2d ALAP -> Y 2d (FS). MS Project: X 01-13..01-14, Y 01-15..01-16.
    data = plan(task(1, 10), task(2, 2, constraint_type=C.ALAP), task(3, 2), links=((2, 3),))
    schedule = schedule_plan(data)
    x, y = schedule.tasks[2], schedule.tasks[3]
    assert (x.start, x.finish) == (at(13), at(14, 17))
    assert (y.start, y.finish) == (at(15), at(16, 17))
    # Y follows X: its early dates are X's scheduled ones, so it has no slack left.
    assert (y.early_start, y.total_float) == (at(15), 0) and y.critical
    assert x.early_start == at(5) and x.free_float == 0


def test_alap_task_respects_a_deadline_of_its_successor():
    # With a deadline on Y of Tuesday 01-13 17:00, X can go only to 01-08..01-09.
    data = plan(task(1, 10), task(2, 2, constraint_type=C.ALAP),
                task(3, 2, deadline=at(13, 17)), links=((2, 3),))  # fmt: skip
    result = schedule_plan(data).tasks
    assert (result[2].start, result[2].finish) == (at(8), at(9, 17))
    assert (result[3].start, result[3].finish) == (at(12), at(13, 17))
    assert result[3].total_float == 0 and DAY == 480
