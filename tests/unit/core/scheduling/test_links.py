"""Each link type with a positive, negative (lead) and percent lag, hand-worked.

A (2 days) runs Monday 5 January 08:00 to Tuesday 6 January 17:00 on the standard calendar
(08:00-12:00, 13:00-17:00); B lasts one day unless said otherwise.
"""

import pytest
from scheduling_plans import DAY, at, dates, plan, task

from pmdesk.core.entities import LagKind, LinkType
from pmdesk.core.scheduling import schedule_plan

FS, SS, FF, SF = LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF
PCT, ELAPSED = LagKind.PERCENT, LagKind.ELAPSED


@pytest.mark.parametrize(
    "link, start, finish",
    [
        # FS: B starts at the next working minute after A's finish + lag.
        ((1, 2, FS, 0), at(7), at(7, 17)),
        ((1, 2, FS, DAY), at(8), at(8, 17)),
        ((1, 2, FS, -DAY), at(6), at(6, 17)),  # a one-day lead: Tuesday 08:00
        ((1, 2, FS, 50, PCT), at(8), at(8, 17)),  # 50 % of 2 days = 1 day
        ((1, 2, FS, -50, PCT), at(6), at(6, 17)),
        ((1, 2, FS, 240), at(7, 13), at(8, 12)),  # half a day: Wednesday 12:00 -> 13:00
        # SS: B starts at A's start + lag.
        ((1, 2, SS, 0), at(5), at(5, 17)),
        ((1, 2, SS, DAY), at(6), at(6, 17)),  # Monday 17:00 -> next working minute
        ((1, 2, SS, 240), at(5, 13), at(6, 12)),
        ((1, 2, SS, 50, PCT), at(6), at(6, 17)),
        # FF: B finishes no earlier than A's finish + lag.
        ((1, 2, FF, 0), at(6), at(6, 17)),
        ((1, 2, FF, DAY), at(7), at(7, 17)),
        ((1, 2, FF, -DAY), at(5), at(5, 17)),
        ((1, 2, FF, 50, PCT), at(7), at(7, 17)),
        # SF: B finishes no earlier than A's start + lag.
        ((1, 2, SF, DAY), at(5), at(5, 17)),
        ((1, 2, SF, 2 * DAY), at(6), at(6, 17)),
        ((1, 2, SF, 100, PCT), at(6), at(6, 17)),
    ],
)
def test_link_types_and_lags(link, start, finish):
    pred, succ, kind, lag, *lag_kind = link
    data = plan(task(1, 2), task(2, 1), links=((pred, succ, kind, lag, *lag_kind),))
    result = dates(data)
    assert result[1] == (at(5), at(6, 17))
    assert result[2] == (start, finish)


def test_ss_lead_from_a_later_task():
    # X (2d) -> A (FS, Wednesday-Thursday); B SS -1d from A: Wednesday 08:00 - 1d = Tuesday 08:00.
    data = plan(task(9, 2), task(1, 2), task(2, 1), links=((9, 1), (1, 2, SS, -DAY)))
    assert dates(data)[2] == (at(6), at(6, 17))


def test_sf_ends_at_the_predecessor_start_like_ms_project():
    # A starts Wednesday 08:00 because its FS predecessor finishes Tuesday 17:00: MS Project
    # keeps that start as the finish it came from, so an SF successor finishes Tuesday 17:00
    # (issue 14). In mspdirelations.xml (Project 2007) the predecessor's start comes from an
    # SS link instead, and there the SF successor finishes at 08:00 (test_ms_project_dates).
    data = plan(task(9, 2), task(1, 2), task(2, 1), links=((9, 1), (1, 2, SF, 0)))
    assert dates(data)[2] == (at(6), at(6, 17))
    data = plan(task(9, 2), task(8, 2), task(1, 2), task(2, 1),
                links=((9, 8), (8, 1, SS, 0), (1, 2, SF, 0)))  # fmt: skip
    assert dates(data)[2] == (at(6), at(7, 8))


def test_sf_lead():
    # Tuesday 17:00 - 1 day = Monday 17:00: B finishes then, so it starts Monday 08:00.
    data = plan(task(9, 2), task(1, 2), task(2, 1), links=((9, 1), (1, 2, SF, -DAY)))
    assert dates(data)[2] == (at(5), at(5, 17))


def test_elapsed_lag_counts_wall_clock_time():
    # A ends Tuesday 17:00; +2 elapsed days = Thursday 17:00; B starts Friday 08:00.
    data = plan(task(1, 2), task(2, 1), links=((1, 2, FS, 2 * 1440, ELAPSED),))
    assert dates(data)[2] == (at(9), at(9, 17))
    # A 5d ends Friday 17:00; +1ed = Saturday 17:00; B starts Monday 12 08:00.
    data = plan(task(1, 5), task(2, 1), links=((1, 2, FS, 1440, ELAPSED),))
    assert dates(data)[2] == (at(12), at(12, 17))
    # A 4d ends Thursday 17:00; +12eh = Friday 05:00; B starts Friday 08:00.
    data = plan(task(1, 4), task(2, 1), links=((1, 2, FS, 720, ELAPSED),))
    assert dates(data)[2] == (at(9), at(9, 17))


def test_milestone_sits_at_its_predecessor_finish():
    data = plan(task(1, 2), task(2, 0), task(3, 1), links=((1, 2), (2, 3)))
    result = dates(data)
    assert result[2] == (at(6, 17), at(6, 17))
    assert result[3] == (at(7), at(7, 17))  # the next task starts the next working minute


def test_milestone_without_predecessor_is_at_the_project_start():
    assert dates(plan(task(1, 0)))[1] == (at(5), at(5))


def test_several_predecessors_take_the_latest():
    data = plan(task(1, 1), task(2, 3), task(3, 1), links=((1, 3), (2, 3)))
    assert dates(data)[3] == (at(8), at(8, 17))


def test_critical_path_and_floats():
    # A 2d -> C 1d; B 1d -> C. A and C are critical; B has 1 day of total and free float.
    data = plan(task(1, 2), task(2, 1), task(3, 1), links=((1, 3), (2, 3)))
    schedule = schedule_plan(data)
    assert schedule.critical_path == [1, 3]
    b = schedule.tasks[2]
    assert (b.total_float, b.free_float, b.critical) == (DAY, DAY, False)
    assert (b.late_start, b.late_finish) == (at(6), at(6, 17))
    assert schedule.project_finish == at(7, 17)
