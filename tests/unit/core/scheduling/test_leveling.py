"""Resource leveling: Leveling Delay instead of constraints, the orders and options, and what
it cannot resolve (hand-worked examples), then property tests over generated plans."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core.entities import (
    Assignment,
    ConstraintType,
    LagKind,
    Link,
    LinkType,
    Plan,
    Resource,
    ScheduleFrom,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import schedule_plan
from pmdesk.core.scheduling.allocation import allocate
from pmdesk.core.scheduling.calendar import WorkingCalendar, standard_calendar, to_minutes
from pmdesk.core.scheduling.leveling import (
    LEGACY_KEY,
    LevelingError,
    LevelingOptions,
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
        data.add(
            Task(
                tid,
                f"T{tid}",
                position=position,
                duration=int(days * 480),
                **(fields[0] if fields else {}),
            )
        )
    for number, (tid, rid, units) in enumerate(assignments, 1):
        data.add(Assignment(number, tid, rid, units))
    for number, link in enumerate(links, 1):
        pred, succ, *rest = link
        data.add(Link(number, pred, succ, *rest))
    return data


def apply(data: PlanData, changes) -> None:
    for change in changes:
        data.update(change.kind, change.id, **change.values)


def over_days(data: PlanData) -> set:
    allocations = allocate(data, schedule_plan(data))
    return {(rid, day) for rid, a in allocations.items() for day in a.overallocated_days()}


def test_the_task_with_more_slack_waits_as_a_leveling_delay_not_a_constraint():
    data = build([(1, 3), (2, 2)], [(1, 1, 1.0), (2, 1, 1.0)])
    assert over_days(data)
    result = level_plan(data)
    assert result.delays == {2: 3 * 1440}  # T2 waits Mon 08:00 -> Thu 08:00: 3 elapsed days
    assert result.unresolved == []
    apply(data, result.changes)
    assert data.tasks[2].leveling_delay == 3 * 1440
    assert data.tasks[2].constraint_type == ConstraintType.ASAP
    schedule = schedule_plan(data)
    assert schedule.tasks[2].start == at(8) and schedule.tasks[2].finish == at(9, 17)
    assert schedule.tasks[1].start == MON
    assert over_days(data) == set()
    assert leveled_tasks(data) == {2: 3 * 1440}
    assert [(m.task_id, m.before, m.after) for m in result.moved] == [(2, MON, at(8))]


def test_the_engine_honours_a_leveling_delay_as_elapsed_time_from_the_early_start():
    # 2 elapsed days from Friday 08:00 is Sunday 08:00: the task starts Monday 08:00.
    data = build([(1, 4), (2, 1, {"leveling_delay": 2 * 1440})], [], links=[(1, 2)])
    schedule = schedule_plan(data)
    assert schedule.tasks[2].start == at(12)
    data.update(Task, 1, duration=480)  # the predecessor shortens: the delay follows it
    assert schedule_plan(data).tasks[2].start == at(8)


def test_priority_standard_keeps_the_higher_priority_and_links_are_followed():
    data = build(
        [(1, 3, {"priority": 400}), (2, 2), (3, 1)], [(1, 1, 1.0), (2, 1, 1.0)], links=[(1, 3)]
    )
    result = level_plan(data, LevelingOptions(order="priority"))
    assert set(result.delays) == {1}
    apply(data, result.changes)
    schedule = schedule_plan(data)
    assert schedule.tasks[1].start == at(7)  # after T2's two days
    assert schedule.tasks[3].start == at(12)  # its successor moved too


def test_id_only_keeps_the_lower_id_first():
    data = build([(1, 1), (2, 3)], [(1, 1, 1.0), (2, 1, 1.0)])
    assert set(level_plan(data, LevelingOptions(order="id")).delays) == {2}


def test_half_and_full_units_on_the_same_morning_are_150_percent_and_get_leveled():
    # T1: a morning at 100 % (4 h); T2: a day at 25 % (2 h). The day holds 6 h of 8, but
    # the morning runs at 125 %: MS Project's peak units flag it, and leveling moves T2.
    data = build([(1, 0.5), (2, 1)], [(1, 1, 1.0), (2, 1, 0.25)])
    ann = allocate(data, schedule_plan(data))[1]
    assert ann.peak_units() == pytest.approx(1.25)
    assert ann.overallocated_days() == [at(5).date()]
    assert ann.day(at(5).date()).units == pytest.approx(0.75)  # the day's average fits
    result = level_plan(data)
    apply(data, result.changes)
    assert over_days(data) == set()
    schedule = schedule_plan(data)
    assert schedule.tasks[2].start == at(5, 13)  # after T1's morning


def test_tasks_the_user_fixed_are_not_moved_and_the_rest_is_reported():
    fixed = {"constraint_type": ConstraintType.MSO, "constraint_date": MON}
    data = build(
        [
            (1, 2, fixed),
            (2, 2, {"priority": 1000}),
            (3, 1, {"manual": True, "manual_start": MON, "manual_finish": at(5, 17)}),
        ],
        [(1, 1, 1.0), (2, 1, 1.0), (3, 1, 1.0)],
    )
    result = level_plan(data)
    assert result.delays == {}
    assert [u.resource_id for u in result.unresolved] == [1]
    message = result.unresolved[0].message
    assert message.startswith("Ann stays over-allocated on 2 days from Mon 2026-01-05")
    assert "'T1' has a MSO constraint" in message
    assert "'T2' has priority 1000" in message
    assert "'T3' is manually scheduled" in message
    assert result.unresolved_days() == over_days(data)


def test_an_assignment_above_max_units_cannot_be_leveled():
    data = build([(1, 1)], [(1, 1, 1.5)])
    result = level_plan(data)
    assert result.delays == {}
    assert "needs more than the resource's maximum units" in result.messages[0]


def test_within_available_slack_keeps_the_finish():
    data = build([(1, 3), (2, 2), (3, 1)], [(1, 1, 1.0), (2, 1, 1.0)], links=[(1, 3)])
    finish = schedule_plan(data).project_finish
    result = level_plan(data, LevelingOptions(within_slack=True))
    apply(data, result.changes)
    assert schedule_plan(data).project_finish == finish
    assert over_days(data)  # T2 needs 2 days of T1's 4 days of slack... it has only 2
    assert all("slack" in m or "priority" in m for m in result.messages) or not result.messages


def test_a_date_range_levels_only_the_tasks_starting_in_it():
    data = build(
        [(1, 2), (2, 2), (3, 2), (4, 2)],
        [(t, 1, 1.0) for t in (1, 2, 3, 4)],
        links=[(1, 3), (2, 4)],
    )
    options = LevelingOptions(level_from=at(7), level_to=at(9, 17))
    result = level_plan(data, options)
    assert 2 not in result.delays  # starts Monday, before the range: left where it is
    assert "starts outside the leveling date range" in " ".join(result.messages)


def test_clear_leveling_restores_the_plan_and_relevelling_is_stable():
    data = build([(1, 3), (2, 2), (3, 1)], [(1, 1, 1.0), (2, 1, 1.0), (3, 1, 1.0)])
    before = {tid: t.leveling_delay for tid, t in data.tasks.items()}
    first = level_plan(data)
    apply(data, first.changes)
    again = level_plan(data)
    assert again.delays == first.delays and again.changes == []
    apply(data, clear_leveling(data))
    assert {tid: t.leveling_delay for tid, t in data.tasks.items()} == before
    assert clear_leveling(data) == []


def test_keeping_earlier_delays_adds_to_them():
    data = build([(1, 1), (2, 1, {"leveling_delay": 1440})], [(1, 1, 1.0), (2, 1, 1.0)])
    result = level_plan(data, LevelingOptions(clear_first=False))
    assert result.delays == {2: 1440}  # Tuesday: no conflict left, the delay stays
    assert level_plan(data).delays == {2: 1440}  # cleared first: the same answer here


def test_constraints_an_earlier_leveling_set_are_turned_into_delays():
    data = build(
        [(1, 3), (2, 2, {"constraint_type": ConstraintType.SNET, "constraint_date": at(8)})],
        [(1, 1, 1.0), (2, 1, 1.0)],
    )
    data.plan.settings = {LEGACY_KEY: {"tasks": {"2": at(8).isoformat()}}}
    result = level_plan(data)
    apply(data, result.changes)
    assert data.tasks[2].constraint_type == ConstraintType.ASAP
    assert data.tasks[2].leveling_delay == 3 * 1440
    assert LEGACY_KEY not in data.plan.settings


def test_a_plan_scheduled_from_its_finish_and_bad_options_are_refused_with_a_sentence():
    data = build([(1, 1)], [(1, 1, 1.0)])
    with pytest.raises(LevelingError, match="range to level is before"):
        level_plan(data, LevelingOptions(level_from=at(9), level_to=at(5)))
    with pytest.raises(LevelingError, match="leveling order"):
        level_plan(data, LevelingOptions(order="fastest"))
    data.plan.schedule_from = ScheduleFrom.FINISH
    data.plan.finish = at(30, 17)
    with pytest.raises(LevelingError, match="scheduled from their start"):
        level_plan(data)


def test_leveling_does_not_touch_the_plan_it_reads():
    data = build([(1, 3), (2, 2)], [(1, 1, 1.0), (2, 1, 1.0)])
    level_plan(data)
    assert data.tasks[2].leveling_delay == 0
    assert data.plan.settings == {}


def test_a_delay_that_would_break_a_link_into_a_fixed_task_is_not_made():
    # T3 must start on Wednesday and follows T2: T2 cannot wait past Monday, T1 waits.
    fixed = {"constraint_type": ConstraintType.MSO, "constraint_date": at(7)}
    data = build(
        [(1, 2, {"priority": 500}), (2, 2, {"priority": 400}), (3, 1, fixed)],
        [(1, 1, 1.0), (2, 1, 1.0)],
        links=[(2, 3)],
    )
    result = level_plan(data)
    assert set(result.delays) == {1}
    apply(data, result.changes)
    schedule = schedule_plan(data)
    assert schedule.tasks[3].start >= schedule.tasks[2].finish
    assert over_days(data) == set()


def test_options_round_trip_through_the_plan_settings():
    options = LevelingOptions(
        order="priority", level_from=at(5), level_to=at(9), within_slack=True, clear_first=False
    )
    again = LevelingOptions.from_settings({"leveling_options": options.to_settings()})
    assert again == options
    assert (
        LevelingOptions.from_settings({"leveling_options": {"order": 3, "from": "x"}})
        == LevelingOptions()
    )


# -- properties -------------------------------------------------------------------------------
@st.composite
def small_plans(draw):
    n = draw(st.integers(2, 8))
    people = draw(st.integers(1, 3))
    tasks = []
    for tid in range(1, n + 1):
        fields = {"priority": draw(st.sampled_from([300, 500, 700, 1000]))}
        roll = draw(st.integers(0, 9))
        if roll == 0:
            fields.update(
                constraint_type=ConstraintType.MSO,
                constraint_date=at(draw(st.sampled_from([5, 6, 7, 8, 9, 12]))),
            )
        elif roll == 1:
            fields.update(
                constraint_type=ConstraintType.SNET,
                constraint_date=at(draw(st.sampled_from([6, 7, 8])), 13),
            )
        elif roll == 2:
            fields.update(
                constraint_type=ConstraintType.FNLT,
                constraint_date=at(draw(st.sampled_from([9, 16, 23])), 17),
            )
        tasks.append((tid, draw(st.sampled_from([0.25, 0.5, 1, 2, 3])), fields))
    assignments = []
    for tid in range(1, n + 1):
        for rid in draw(st.sets(st.integers(1, people), max_size=2)):
            assignments.append((tid, rid, draw(st.sampled_from([0.25, 0.5, 1.0]))))
    links = []
    for p in range(1, n + 1):
        for s in range(p + 1, n + 1):
            if draw(st.integers(0, 4)) == 0:
                kind = draw(st.sampled_from(list(LinkType)))
                lag = draw(st.sampled_from([0, 0, 240, -120]))
                links.append((p, s, kind, lag))
    resources = [
        Resource(rid, f"R{rid}", max_units=draw(st.sampled_from([1.0, 1.5])))
        for rid in range(1, people + 1)
    ]
    return build(tasks, assignments, links, resources)


CALENDAR = WorkingCalendar.compile(standard_calendar())


def link_holds(link: Link, schedule) -> bool:
    """The link's rule on the scheduled dates (lags in working minutes, one calendar)."""
    pred, succ = schedule.tasks[link.predecessor_id], schedule.tasks[link.successor_id]
    source = pred.finish if link.type in (LinkType.FS, LinkType.FF) else pred.start
    target = succ.start if link.type in (LinkType.FS, LinkType.SS) else succ.finish
    bound = CALENDAR.add_working(source, int(link.lag)) if link.lag else source
    # Compared as working instants: Friday 17:00 and Monday 08:00 are the same one.
    return CALENDAR.w_at(to_minutes(target)) >= CALENDAR.w_at(to_minutes(bound))


def constraint_holds(task: Task, scheduled) -> bool:
    ctype, when = task.constraint_type, task.constraint_date
    if ctype == ConstraintType.SNET:
        return scheduled.start >= when
    if ctype == ConstraintType.MSO:
        return scheduled.start == when
    if ctype == ConstraintType.FNLT:
        return scheduled.finish <= when
    return True


@settings(max_examples=80, deadline=None)
@given(small_plans(), st.sampled_from(["id", "standard", "priority"]))
def test_property_leveled_plans_keep_links_constraints_and_max_units(data, order):
    before = {
        tid: (t.leveling_delay, t.constraint_type, t.constraint_date)
        for tid, t in data.tasks.items()
    }
    unleveled = schedule_plan(data)
    held = [link for link in data.links.values() if link_holds(link, unleveled)]
    kept = [tid for tid, t in data.tasks.items() if constraint_holds(t, unleveled.tasks[tid])]
    result = level_plan(data, LevelingOptions(order=order))
    apply(data, result.changes)
    schedule = schedule_plan(data)
    for link in held:
        assert link_holds(link, schedule)
    for tid in kept:
        assert constraint_holds(data.tasks[tid], schedule.tasks[tid])
    # No resource exceeds its maximum units at any minute, unless the report says why.
    assert over_days(data) == result.unresolved_days()
    for issue in result.unresolved:
        assert issue.explained, issue.message
    # Leveling twice gives the same plan.
    assert level_plan(data, LevelingOptions(order=order)).changes == []
    # Clearing restores the plan exactly.
    apply(data, clear_leveling(data))
    assert {
        tid: (t.leveling_delay, t.constraint_type, t.constraint_date)
        for tid, t in data.tasks.items()
    } == before
    cleared = schedule_plan(data)
    assert all(
        (cleared.tasks[t].start, cleared.tasks[t].finish)
        == (unleveled.tasks[t].start, unleveled.tasks[t].finish)
        for t in data.tasks
    )


@settings(max_examples=50, deadline=None)
@given(small_plans())
def test_property_when_every_task_may_move_leveling_resolves_everything(data):
    for task in data.tasks.values():
        task.priority = 500
        task.constraint_type, task.constraint_date = ConstraintType.ASAP, None
    result = level_plan(data)
    assert result.unresolved == [], result.messages
    apply(data, result.changes)
    assert over_days(data) == set()


def test_elapsed_lag_kind_is_accepted():
    data = build(
        [(1, 1), (2, 1)],
        [(1, 1, 1.0), (2, 1, 1.0)],
        links=[(1, 2, LinkType.SS, 60, LagKind.ELAPSED)],
    )
    result = level_plan(data)
    apply(data, result.changes)
    assert over_days(data) == set()


def test_leveling_can_adjust_individual_assignments_when_that_finishes_earlier():
    # Ann is taken Wednesday-Thursday and Bob Monday-Tuesday (fixed dates). Together they
    # would wait until Friday; Ann works Monday-Tuesday and Bob Wednesday-Thursday instead.
    mso = {"constraint_type": ConstraintType.MSO}
    data = build(
        [
            (1, 2, {**mso, "constraint_date": at(7)}),
            (2, 2, {**mso, "constraint_date": MON}),
            (3, 2),
        ],
        [(1, 1, 1.0), (2, 2, 1.0), (3, 1, 1.0), (3, 2, 1.0)],
        resources=[Resource(1, "Ann"), Resource(2, "Bob")],
    )
    result = level_plan(data)
    assert result.delays == {} and result.assignment_delays == {4: 2 * 1440}
    apply(data, result.changes)
    schedule = schedule_plan(data)
    assert (schedule.tasks[3].start, schedule.tasks[3].finish) == (MON, at(8, 17))
    assert over_days(data) == set()
    apply(data, clear_leveling(data))
    assert data.assignments[4].leveling_delay == 0
    together = level_plan(data, LevelingOptions(adjust_assignments=False))
    assert together.delays == {3: 4 * 1440} and together.assignment_delays == {}


def test_leveling_can_split_remaining_work_and_clear_leveling_removes_the_split():
    # Ann must spend Tuesday on T1: T2 (2 days) works Monday, pauses Tuesday, ends Wednesday
    # instead of waiting until Wednesday and ending Thursday.
    data = build(
        [(1, 1, {"constraint_type": ConstraintType.MSO, "constraint_date": at(6)}), (2, 2)],
        [(1, 1, 1.0), (2, 1, 1.0)],
    )
    result = level_plan(data)
    assert result.splits == {2: [(480, 480)]} and result.delays == {}
    apply(data, result.changes)
    assert data.tasks[2].splits == [(480, 480)]
    schedule = schedule_plan(data)
    assert (schedule.tasks[2].start, schedule.tasks[2].finish) == (MON, at(7, 17))
    assert over_days(data) == set()
    assert level_plan(data).changes == []
    apply(data, clear_leveling(data))
    assert data.tasks[2].splits == [] and data.plan.settings == {}
    whole = level_plan(data, LevelingOptions(splits=False))
    assert whole.splits == {} and whole.delays == {2: 2 * 1440}


def test_a_split_the_user_changed_afterwards_is_left_alone():
    data = build(
        [(1, 1, {"constraint_type": ConstraintType.MSO, "constraint_date": at(6)}), (2, 2)],
        [(1, 1, 1.0), (2, 1, 1.0)],
    )
    apply(data, level_plan(data).changes)
    data.update(Task, 2, splits=[(240, 480)])
    apply(data, clear_leveling(data))
    assert data.tasks[2].splits == [(240, 480)]
