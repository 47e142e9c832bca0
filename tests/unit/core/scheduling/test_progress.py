"""Progress: completed work stays where it happened; with MS Project's option "Move start of
remaining parts before status date forward to status date", remaining work of a started task
goes from the status date on (January 2026, the plan starts Monday the 5th)."""

from scheduling_plans import DAY, at, dates, plan, task

from pmdesk.core.scheduling import schedule_plan

FORWARD = {"move_remaining_starts_forward": True}


def test_remaining_work_moves_to_the_status_date():
    # 4 days started Monday, 50 % done (Monday-Tuesday); status date Thursday 08:00:
    # the remaining 2 days run Thursday-Friday.
    started = task(1, 4, actual_start=at(5), percent_complete=50)
    data = plan(started, task(2, 1), links=((1, 2),), status_date=at(8), settings=FORWARD)
    result = dates(data)
    assert result[1] == (at(5), at(9, 17))
    assert result[2] == (at(12), at(12, 17))


def test_without_status_date_the_task_runs_on():
    data = plan(task(1, 4, actual_start=at(5), percent_complete=50))
    assert dates(data)[1] == (at(5), at(8, 17))


def test_work_ahead_of_the_status_date_is_not_delayed():
    data = plan(task(1, 4, actual_start=at(5), percent_complete=75), status_date=at(6, 13),
                settings=FORWARD)  # fmt: skip
    assert dates(data)[1] == (at(5), at(8, 17))


def test_actual_start_overrides_the_links():
    data = plan(task(1, 3), task(2, 2, actual_start=at(6), percent_complete=25), links=((1, 2),))
    result = dates(data)
    assert result[2] == (at(6), at(7, 17))
    assert not schedule_plan(data).conflicts  # actuals are facts, not a conflict


def test_finished_task_keeps_its_actual_dates():
    done = task(1, 1, actual_start=at(6), actual_finish=at(6, 12), percent_complete=100)
    data = plan(done, task(2, 1), links=((1, 2),))
    result = dates(data)
    assert result[1] == (at(6), at(6, 12))
    assert result[2] == (at(6, 13), at(7, 12))


def test_percent_complete_without_actual_start_starts_as_scheduled():
    data = plan(task(9, 1), task(1, 2, percent_complete=50), links=((9, 1),), status_date=at(9),
                settings=FORWARD)  # fmt: skip
    schedule = schedule_plan(data)
    t1 = schedule.tasks[1]
    assert (t1.start, t1.finish) == (at(6), at(9, 17))  # Tuesday done, Friday remains
    assert t1.percent_complete == 50 and t1.duration == 2 * DAY
