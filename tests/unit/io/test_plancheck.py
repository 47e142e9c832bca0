"""Imports settle what the engine refuses: every settled plan schedules, and each rule warns."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core.entities import ConstraintType, Link, Plan, ScheduleFrom, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import schedule_plan
from pmdesk.core.scheduling.calendar import standard_calendar
from pmdesk.io.plancheck import MAX_CYCLES, TooManyCycles, settle


def _plan(tasks, links) -> PlanData:
    data = PlanData(Plan(start=datetime(2025, 3, 3, 8), default_calendar_id=1))
    data.add(standard_calendar(1))
    data.load([Task(id=i, name=f"T{i}", parent_id=p, position=i, duration=480) for i, p in tasks])
    data.load([Link(id=n, predecessor_id=a, successor_id=b) for n, (a, b) in enumerate(links, 1)])
    return data


def test_self_summary_and_circular_links_are_left_out_with_warnings():
    # 1 is the summary of 2; 3 and 4 are top-level.
    data = _plan(
        [(1, None), (2, 1), (3, None), (4, None)], [(2, 2), (1, 2), (3, 4), (4, 3), (3, 2)]
    )
    warnings: list[str] = []
    settle(data, warnings)
    kept = sorted((link.predecessor_id, link.successor_id) for link in data.links.values())
    assert kept == [(3, 2), (3, 4)]  # the newest link of the circle 3 -> 4 -> 3 went
    assert any("to itself (1)" in w for w in warnings)
    assert any("own summary task (1)" in w for w in warnings)
    assert any("circular dependency (1)" in w for w in warnings)
    schedule_plan(data)


def test_a_circle_through_a_summary_is_found():
    # 3 follows summary 1 (so all of 1's children), and 1's child 2 follows 3.
    data = _plan([(1, None), (2, 1), (3, None)], [(1, 3), (3, 2)])
    warnings: list[str] = []
    settle(data, warnings)
    assert len(data.links) == 1
    schedule_plan(data)


def test_dates_and_constraints_the_engine_refuses_are_settled():
    data = _plan([(1, None)], [])
    task = data.tasks[1]
    task.actual_start, task.actual_finish = datetime(2025, 3, 5, 8), datetime(2025, 3, 4, 8)
    task.manual, task.manual_start, task.manual_finish = (
        True,
        datetime(2025, 3, 5, 8),
        datetime(2025, 3, 1, 8),
    )
    task.constraint_type = ConstraintType.MSO
    data.plan.schedule_from, data.plan.finish = ScheduleFrom.FINISH, None
    warnings: list[str] = []
    settle(data, warnings)
    assert task.actual_finish is None and task.manual_finish == task.manual_start
    assert task.constraint_type == ConstraintType.ASAP
    assert data.plan.schedule_from == ScheduleFrom.START
    assert len(warnings) == 4
    schedule_plan(data)


def test_too_many_circles_is_an_error():
    count = 2 * (MAX_CYCLES + 1)
    pairs = [(i, i + 1) for i in range(1, count, 2)] + [(i + 1, i) for i in range(1, count, 2)]
    data = _plan([(i, None) for i in range(1, count + 1)], pairs)
    with pytest.raises(TooManyCycles):
        settle(data, [])


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_any_settled_plan_schedules(draw):
    count = draw.draw(st.integers(1, 12))
    tasks = [
        (i, draw.draw(st.none() | st.integers(1, i - 1)) if i > 1 else None)
        for i in range(1, count + 1)
    ]
    links = draw.draw(
        st.lists(st.tuples(st.integers(1, count), st.integers(1, count)), max_size=20)
    )
    data = _plan(tasks, links)
    settle(data, [])
    schedule_plan(data)
    again: list[str] = []
    settle(data, again)
    assert again == []  # settling is idempotent
