"""Resource leveling: delays the right tasks, keeps links, reports what it cannot resolve."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core.entities import (
    Assignment,
    ConstraintType,
    Link,
    Plan,
    Resource,
    ScheduleFrom,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import schedule_plan
from pmdesk.core.scheduling.allocation import allocate
from pmdesk.core.scheduling.leveling import (
    SETTINGS_KEY,
    LevelingError,
    clear_leveling,
    level_plan,
    leveled_tasks,
)

MON = datetime(2026, 1, 5, 8, 0)


def at(day: int, hour: int = 8) -> datetime:
    return datetime(2026, 1, day, hour, 0)


def build(tasks, assignments, links=(), resources=None) -> PlanData:
    """``tasks``: (id, days, fields); ``assignments``: (task, resource, units)."""
    data = PlanData(Plan(start=MON))
    for resource in resources or [Resource(1, "Ann")]:
        data.add(resource)
    for position, (tid, days, *fields) in enumerate(tasks):
        data.add(Task(tid, f"T{tid}", position=position, duration=int(days * 480),
                      **(fields[0] if fields else {})))
    for number, (tid, rid, units) in enumerate(assignments, 1):
        data.add(Assignment(number, tid, rid, units))
    for number, (pred, succ) in enumerate(links, 1):
        data.add(Link(number, pred, succ))
    return data


def apply(data: PlanData, changes) -> None:
    for change in changes:
        data.update(change.kind, change.id, **change.values)


def over_days(data: PlanData) -> set:
    allocations = allocate(data, schedule_plan(data))
    return {(rid, day) for rid, a in allocations.items() for day in a.overallocated_days()}


def test_the_task_with_more_float_waits_for_the_other():
    data = build([(1, 3), (2, 2)], [(1, 1, 1.0), (2, 1, 1.0)])
    assert over_days(data)
    result = level_plan(data)
    assert result.delayed == {2: datetime(2026, 1, 8)}  # T2 (1 d of float) goes after T1
    assert result.unresolved == []
    apply(data, result.changes)
    assert data.tasks[2].constraint_type == ConstraintType.SNET
    schedule = schedule_plan(data)
    assert schedule.tasks[2].start == at(8) and schedule.tasks[2].finish == at(9, 17)
    assert schedule.tasks[1].start == MON
    assert over_days(data) == set()
    assert leveled_tasks(data) == {2: datetime(2026, 1, 8)}


def test_higher_priority_stays_and_links_are_followed():
    data = build([(1, 3, {"priority": 400}), (2, 2), (3, 1)], [(1, 1, 1.0), (2, 1, 1.0)],
                 links=[(1, 3)])
    result = level_plan(data)
    assert set(result.delayed) == {1}
    apply(data, result.changes)
    schedule = schedule_plan(data)
    assert schedule.tasks[1].start == at(7)  # after T2's two days
    assert schedule.tasks[3].start >= schedule.tasks[1].finish  # its successor moved too
    assert schedule.tasks[3].start == at(12)


def test_tasks_the_user_fixed_are_not_moved_and_the_rest_is_reported():
    fixed = {"constraint_type": ConstraintType.MSO, "constraint_date": MON}
    data = build([(1, 2, fixed), (2, 2, {"priority": 1000}), (3, 1, {"manual": True,
                  "manual_start": MON, "manual_finish": at(5, 17)})],
                 [(1, 1, 1.0), (2, 1, 1.0), (3, 1, 1.0)])
    result = level_plan(data)
    assert result.delayed == {}
    assert [u.resource_id for u in result.unresolved] == [1]
    message = result.unresolved[0].message
    assert message.startswith("Ann stays over-allocated on 2 days from Mon 2026-01-05")
    assert "'T1' has a MSO constraint" in message
    assert "'T2' has priority 1000" in message
    assert "'T3' is manually scheduled" in message
    assert result.unresolved_days() == over_days(data)


def test_an_assignment_above_max_units_cannot_be_levelled():
    data = build([(1, 1)], [(1, 1, 1.5)])
    result = level_plan(data)
    assert result.delayed == {}
    assert "needs more than the resource's maximum units" in result.messages[0]


def test_clear_leveling_restores_asap_and_relevelling_is_stable():
    data = build([(1, 3), (2, 2), (3, 1)], [(1, 1, 1.0), (2, 1, 1.0), (3, 1, 1.0)])
    first = level_plan(data)
    apply(data, first.changes)
    again = level_plan(data)
    assert again.delayed == first.delayed
    assert all(c.kind is Plan for c in again.changes)  # same constraints: only the record
    apply(data, clear_leveling(data))
    assert all(t.constraint_type == ConstraintType.ASAP and t.constraint_date is None
               for t in data.tasks.values())
    assert SETTINGS_KEY not in data.plan.settings
    assert clear_leveling(data) == []


def test_clear_leveling_leaves_a_constraint_the_user_changed_afterwards():
    data = build([(1, 3), (2, 2)], [(1, 1, 1.0), (2, 1, 1.0)])
    apply(data, level_plan(data).changes)
    data.update(Task, 2, constraint_date=at(19))  # the user moved it by hand
    changes = clear_leveling(data)
    assert [c.kind for c in changes] == [Plan]
    apply(data, changes)
    assert data.tasks[2].constraint_type == ConstraintType.SNET


def test_a_plan_scheduled_from_its_finish_is_refused_with_a_sentence():
    data = build([(1, 1)], [(1, 1, 1.0)])
    data.plan.schedule_from = ScheduleFrom.FINISH
    data.plan.finish = at(30, 17)
    with pytest.raises(LevelingError, match="scheduled from their start"):
        level_plan(data)


def test_leveling_does_not_touch_the_plan_it_reads():
    data = build([(1, 3), (2, 2)], [(1, 1, 1.0), (2, 1, 1.0)])
    level_plan(data)
    assert data.tasks[2].constraint_type == ConstraintType.ASAP
    assert data.plan.settings == {}


@st.composite
def small_plans(draw):
    n = draw(st.integers(2, 7))
    people = draw(st.integers(1, 3))
    tasks = []
    for tid in range(1, n + 1):
        fields = {"priority": draw(st.sampled_from([300, 500, 700, 1000]))}
        if draw(st.integers(0, 5)) == 0:
            fields.update(constraint_type=ConstraintType.MSO,
                          constraint_date=at(draw(st.sampled_from([5, 6, 7, 8, 9, 12]))))
        tasks.append((tid, draw(st.sampled_from([0.5, 1, 2, 3])), fields))
    assignments = []
    for tid in range(1, n + 1):
        for rid in draw(st.sets(st.integers(1, people), max_size=2)):
            assignments.append((tid, rid, draw(st.sampled_from([0.5, 1.0]))))
    links = [(p, s) for p in range(1, n + 1) for s in range(p + 1, n + 1)
             if draw(st.integers(0, 4)) == 0]
    resources = [Resource(rid, f"R{rid}", max_units=draw(st.sampled_from([1.0, 1.5])))
                 for rid in range(1, people + 1)]
    return build(tasks, assignments, links, resources)


@settings(max_examples=60, deadline=None)
@given(small_plans())
def test_property_levelled_plans_respect_links_and_max_units_where_it_reported_success(data):
    before = {tid: (t.constraint_type, t.constraint_date) for tid, t in data.tasks.items()}
    unlevelled = schedule_plan(data)
    held = [link for link in data.links.values()  # a must-start-on date may override a link
            if unlevelled.tasks[link.successor_id].start
            >= unlevelled.tasks[link.predecessor_id].finish]
    result = level_plan(data)
    assert all(before[tid][0] == ConstraintType.ASAP for tid in result.delayed)
    apply(data, result.changes)
    schedule = schedule_plan(data)
    for link in held:  # FS: successor start >= predecessor finish, still
        assert schedule.tasks[link.successor_id].start >= schedule.tasks[link.predecessor_id].finish
    assert over_days(data) <= result.unresolved_days()
    # Whatever stays over-allocated is explained by tasks leveling was not allowed to move.
    for issue in result.unresolved:
        assert "gave up" not in issue.message
        assert any(before[tid][0] != ConstraintType.ASAP or data.tasks[tid].priority >= 1000
                   or "breaking a link" in issue.message or "maximum units" in issue.message
                   for tid in issue.task_ids)
    # Clearing restores the plan's own constraints exactly.
    apply(data, clear_leveling(data))
    assert {tid: (t.constraint_type, t.constraint_date) for tid, t in data.tasks.items()} == before


@settings(max_examples=40, deadline=None)
@given(small_plans())
def test_property_when_every_task_may_move_leveling_resolves_everything(data):
    for task in data.tasks.values():
        task.priority = 500
        task.constraint_type, task.constraint_date = ConstraintType.ASAP, None
    result = level_plan(data)
    assert result.unresolved == []
    apply(data, result.changes)
    assert over_days(data) == set()


def test_a_delay_that_would_break_a_link_into_a_fixed_task_is_taken_back():
    # T3 must start on Wednesday and follows T2: delaying T2 past Wednesday would break it,
    # so T1 (same priority, more float) waits instead.
    fixed = {"constraint_type": ConstraintType.MSO, "constraint_date": at(7)}
    data = build([(1, 2, {"priority": 500}), (2, 2, {"priority": 400}), (3, 1, fixed)],
                 [(1, 1, 1.0), (2, 1, 1.0)], links=[(2, 3)])
    result = level_plan(data)
    assert set(result.delayed) == {1}
    apply(data, result.changes)
    schedule = schedule_plan(data)
    assert schedule.tasks[3].start >= schedule.tasks[2].finish
    assert schedule.tasks[1].start == at(7)
    assert over_days(data) == set()


def test_the_link_check_reports_a_task_it_had_to_leave():
    fixed = {"constraint_type": ConstraintType.MSO, "constraint_date": at(7)}
    data = build([(1, 2, {"priority": 1000}), (2, 2), (3, 1, fixed)],
                 [(1, 1, 1.0), (2, 1, 1.0)], links=[(2, 3)])
    result = level_plan(data)
    assert result.delayed == {}
    assert "'T2' cannot move without breaking a link to a task with fixed dates" \
        in result.messages[0]


def test_a_predecessor_of_the_tasks_in_conflict_is_not_the_one_delayed():
    """Found by the property test: T1 (low priority) precedes T4 and T6, which overload Ann on
    Monday afternoon. Delaying T1 would push both along and move the conflict day after day
    (it ran to August and gave up); T6 is delayed instead."""
    mso = {"priority": 300, "constraint_type": ConstraintType.MSO, "constraint_date": at(5)}
    tasks = [(1, .5, {"priority": 300}), (2, .5, mso), (3, .5, {"priority": 300}),
             (4, .5, {"priority": 500}), (5, .5, {"priority": 300}), (6, .5, {"priority": 500})]
    links = [(1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (2, 3), (2, 4), (2, 5), (2, 6), (3, 5),
             (4, 5)]
    data = build(tasks, [(1, 1, .5), (4, 1, 1.0), (6, 1, 1.0)], links)
    result = level_plan(data)
    assert result.unresolved == [] and set(result.delayed) == {6}
    apply(data, result.changes)
    assert over_days(data) == set()
    assert schedule_plan(data).tasks[6].start == at(6)
