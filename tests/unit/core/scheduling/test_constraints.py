"""Each constraint type, deadlines, ALAP, and the conflicts they report (hand-worked dates,
January 2026; the plan starts Monday the 5th at 08:00)."""

from scheduling_plans import DAY, at, dates, plan, task

from pmdesk.core.entities import ConstraintType as C
from pmdesk.core.scheduling import schedule_plan


def constrained(tid, days, ctype, when, **fields):
    return task(tid, days, constraint_type=ctype, constraint_date=when, **fields)


def test_snet_moves_the_start_and_rounds_to_working_time():
    assert dates(plan(constrained(1, 1, C.SNET, at(7))))[1] == (at(7), at(7, 17))
    assert dates(plan(constrained(1, 1, C.SNET, at(10, 9))))[1] == (at(12), at(12, 17))  # Saturday
    # An earlier date than the links allow changes nothing.
    data = plan(task(1, 2), constrained(2, 1, C.SNET, at(5)), links=((1, 2),))
    assert dates(data)[2] == (at(7), at(7, 17))


def test_fnet_moves_the_finish():
    assert dates(plan(constrained(1, 1, C.FNET, at(8, 17))))[1] == (at(8), at(8, 17))


def test_snlt_conflict_is_reported_with_negative_float():
    # A (3d) ends Wednesday 17:00, so B cannot start by Tuesday 08:00: with "Tasks will always
    # honor their constraint dates" off, links win, the conflict shows as 2 days of negative
    # float and a message. (With it on, MS Project's default, see test_ms_project_rules.)
    off = {"honor_constraints": False}
    data = plan(task(1, 3), constrained(2, 1, C.SNLT, at(6)), links=((1, 2),), settings=off)
    schedule = schedule_plan(data)
    b = schedule.tasks[2]
    assert (b.start, b.finish) == (at(8), at(8, 17))
    assert b.late_start == at(6) and b.total_float == -2 * DAY and b.critical
    assert schedule.tasks[1].total_float == -2 * DAY
    assert any("'T2' should start no later than 2026-01-06 08:00" in c for c in schedule.conflicts)


def test_fnlt_limits_late_dates_without_moving_the_task():
    data = plan(task(1, 10), constrained(2, 1, C.FNLT, at(9, 17)))
    t2 = schedule_plan(data).tasks[2]
    assert (t2.start, t2.finish) == (at(5), at(5, 17))
    assert t2.late_finish == at(9, 17) and t2.total_float == 4 * DAY


def test_fnlt_conflict():
    off = {"honor_constraints": False}  # links win over constraints
    data = plan(task(1, 5), constrained(2, 1, C.FNLT, at(8, 17)), links=((1, 2),), settings=off)
    schedule = schedule_plan(data)
    assert (schedule.tasks[2].start, schedule.tasks[2].finish) == (at(12), at(12, 17))
    assert schedule.tasks[2].total_float == -2 * DAY
    assert any("should finish no later than" in c for c in schedule.conflicts)


def test_mso_holds_its_date_and_reports_a_link_it_breaks():
    data = plan(constrained(1, 1, C.MSO, at(7)))
    assert dates(data)[1] == (at(7), at(7, 17))
    data = plan(task(2, 3), constrained(1, 1, C.MSO, at(7)), links=((2, 1),))
    schedule = schedule_plan(data)
    assert (schedule.tasks[1].start, schedule.tasks[1].finish) == (at(7), at(7, 17))
    assert schedule.tasks[1].critical
    assert schedule.tasks[2].total_float == -DAY  # A would have to finish by Tuesday 17:00
    assert any("must start on 2026-01-07 08:00" in c for c in schedule.conflicts)


def test_mfo_holds_its_finish():
    schedule = schedule_plan(plan(task(2, 5), constrained(1, 1, C.MFO, at(8, 17))))
    t1 = schedule.tasks[1]
    assert (t1.start, t1.finish) == (at(8), at(8, 17)) and t1.total_float == 0


def test_alap_goes_as_late_as_its_successors_allow():
    # B (3d) sets the project finish at Wednesday 17:00; A (1d, ALAP) goes there.
    schedule = schedule_plan(plan(task(1, 1, constraint_type=C.ALAP), task(2, 3)))
    a = schedule.tasks[1]
    assert (a.start, a.finish) == (at(7), at(7, 17))
    assert (a.early_start, a.total_float, a.free_float) == (at(5), 2 * DAY, 0)
    # A chain of ALAP tasks: C takes the last day, A the one before.
    data = plan(task(1, 1, constraint_type=C.ALAP), task(2, 3),
                task(3, 1, constraint_type=C.ALAP), links=((1, 3),))  # fmt: skip
    result = dates(data)
    assert result[3] == (at(7), at(7, 17)) and result[1] == (at(6), at(6, 17))
    # An ALAP task goes to its late dates and its ASAP successor follows it (issue 14).
    data = plan(task(1, 1, constraint_type=C.ALAP), task(2, 3), task(3, 1), links=((1, 3),))
    result = dates(data)
    assert result[1] == (at(6), at(6, 17)) and result[3] == (at(7), at(7, 17))


def test_deadline_limits_float_and_reports_a_miss():
    schedule = schedule_plan(plan(task(1, 10), task(2, 1, deadline=at(7, 17))))
    assert schedule.tasks[2].total_float == 2 * DAY and not schedule.conflicts
    schedule = schedule_plan(plan(task(1, 5), task(2, 1, deadline=at(8, 17)), links=((1, 2),)))
    assert schedule.tasks[2].total_float == -2 * DAY
    assert schedule.conflicts == [
        "The task 'T2' finishes on 2026-01-12 17:00, after its deadline 2026-01-08 17:00."
    ]


def test_manual_task_keeps_its_dates_and_reports_a_broken_link():
    data = plan(task(1, 3), task(2, 1, manual=True, manual_start=at(6), manual_finish=at(7, 12)),
                task(3, 1), links=((1, 2), (2, 3)))  # fmt: skip
    schedule = schedule_plan(data)
    t2 = schedule.tasks[2]
    assert (t2.start, t2.finish, t2.duration) == (at(6), at(7, 12), 480 + 240)
    assert (schedule.tasks[3].start, schedule.tasks[3].finish) == (at(7, 13), at(8, 12))
    assert any("manually scheduled task 'T2' starts before" in c for c in schedule.conflicts)
