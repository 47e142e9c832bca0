"""The Monte Carlo simulation against closed forms, the deterministic engine and itself."""

from __future__ import annotations

import math
from datetime import date, datetime

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmdesk.core.entities import (
    Assignment,
    Calendar,
    CalendarException,
    Distribution,
    Link,
    LinkType,
    Plan,
    Resource,
    Risk,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.risk import RiskInputError, simulate
from pmdesk.core.risk.estimates import mean_and_variance
from pmdesk.core.scheduling import SchedulingError, schedule_plan
from pmdesk.core.scheduling.calendar import from_minutes, to_minutes
from pmdesk.core.scheduling.leveling import LevelingOptions, level_plan
from tests.unit.core.scheduling.test_properties import plans as engine_plans

START = datetime(2026, 1, 5, 0, 0)
DAY = 1440  # a day of the round-the-clock calendar: no gaps in working time


def round_the_clock(*tasks: Task, links=()) -> PlanData:
    data = PlanData(Plan(start=START, default_calendar_id=1))
    data.add(
        Calendar(
            id=1,
            name="24/7",
            week={d: [(0, 1440)] for d in range(7)},
            minutes_per_day=1440,
            minutes_per_week=7 * 1440,
        )
    )
    for task in tasks:
        data.add(task)
    for i, (a, b) in enumerate(links, 1):
        data.add(Link(id=i, predecessor_id=a, successor_id=b))
    return data


def estimated(tid, o, m, p, distribution=Distribution.TRIANGULAR, **fields) -> Task:
    return Task(
        id=tid,
        name=f"T{tid}",
        position=tid,
        duration=round(m * DAY),
        duration_optimistic=round(o * DAY),
        duration_most_likely=round(m * DAY),
        duration_pessimistic=round(p * DAY),
        distribution=distribution,
        **fields,
    )


def finish_days(samples) -> np.ndarray:
    return (samples.finish - to_minutes(START)) / DAY


# -- closed forms ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "distribution", [Distribution.TRIANGULAR, Distribution.UNIFORM, Distribution.PERT]
)
def test_chain_mean_and_variance_are_the_sums(distribution):
    points = [(2, 3, 7), (1, 1, 4), (5, 8, 9), (3, 4, 6), (0.5, 2, 2.5)]
    tasks = [estimated(i, *p, distribution) for i, p in enumerate(points, 1)]
    data = round_the_clock(*tasks, links=[(i, i + 1) for i in range(1, len(points))])
    n = 6000
    days = finish_days(simulate(data, n, seed=11))
    mean = sum(mean_and_variance(distribution, *p)[0] for p in points)
    variance = sum(mean_and_variance(distribution, *p)[1] for p in points)
    # standard errors of the sample mean and of the sample variance (a sum of five
    # independent terms is close enough to normal for the latter's 2/(n-1) form)
    assert abs(days.mean() - mean) < 3 * math.sqrt(variance / n)
    assert abs(days.var(ddof=1) - variance) < 3 * variance * math.sqrt(2 / (n - 1)) * 1.2
    assert days.min() >= sum(p[0] for p in points) - 1e-9
    assert days.max() <= sum(p[2] for p in points) + 1e-9


def test_two_parallel_tasks_finish_at_their_maximum():
    a = estimated(1, 2, 4, 9)
    b = estimated(2, 3, 5, 6, Distribution.UNIFORM)
    n = 5000
    samples = simulate(round_the_clock(a, b), n, seed=5)
    rows = {tid: samples.durations[i] for i, tid in enumerate(samples.varying)}
    # each iteration: the project finishes with the longer of the two
    assert np.array_equal(samples.finish - to_minutes(START), np.maximum(rows[1], rows[2]))
    days = finish_days(samples)

    def tri_cdf(x, o=2, m=4, p=9):
        if x <= m:
            return (x - o) ** 2 / ((p - o) * (m - o)) if x > o else 0.0
        return 1 - (p - x) ** 2 / ((p - o) * (p - m)) if x < p else 1.0

    def uni_cdf(x, o=3, p=6):
        return min(1.0, max(0.0, (x - o) / (p - o)))

    for x in (3.5, 4.5, 5.0, 5.5, 6.5, 8.0):
        expected = tri_cdf(x) * uni_cdf(x)  # P(max <= x) = F1(x) F2(x)
        error = math.sqrt(max(expected * (1 - expected), 1e-4) / n)
        assert abs((days <= x).mean() - expected) < 3 * error + 1e-9, x


def test_textbook_pert_example():
    """Hillier & Lieberman, Introduction to Operations Research (McGraw-Hill), chapter
    "Project Management with PERT/CPM": the Reliable Construction Co. project. PERT's
    three-estimate approach gives the mean critical path A-B-C-E-F-J-L-N 44 weeks with
    variance 9, so P(finish <= 47 weeks) = Phi(1) = 0.84. Simulated alone, that path gives
    both within sampling error; the whole network finishes a little later on average, as
    PERT's critical-path-only approximation is known to understate (merge bias)."""
    activities = {  # name: (optimistic, most likely, pessimistic) weeks, predecessors
        "A": (1, 2, 3, ""), "B": (2, 3.5, 8, "A"), "C": (6, 9, 18, "B"),
        "D": (4, 5.5, 10, "C"), "E": (1, 4.5, 5, "C"), "F": (4, 4, 10, "E"),
        "G": (5, 6.5, 11, "D"), "H": (5, 8, 17, "EG"), "I": (3, 7.5, 9, "C"),
        "J": (3, 9, 9, "FI"), "K": (4, 4, 4, "J"), "L": (1, 5.5, 7, "J"),
        "M": (1, 2, 3, "H"), "N": (5, 5.5, 9, "KL"),
    }  # fmt: skip
    ids = {name: i for i, name in enumerate(activities, 1)}
    week = 7  # days of the round-the-clock calendar

    def network(names):
        tasks = [
            estimated(ids[n], *(w * week for w in activities[n][:3]), Distribution.PERT)
            for n in names
        ]
        links = [(ids[p], ids[n]) for n in names for p in activities[n][3] if p in names]
        return round_the_clock(*tasks, links=links)

    n = 8000
    path = finish_days(simulate(network("ABCEFJLN"), n, seed=3)) / week
    assert abs(path.mean() - 44) < 3 * math.sqrt(9 / n)
    assert abs(path.var(ddof=1) - 9) < 3 * 9 * math.sqrt(2 / (n - 1)) * 1.2
    on_time = (path <= 47).mean()
    # sampling error, plus the normal approximation PERT makes of a sum of eight betas
    assert abs(on_time - 0.8413) < 3 * math.sqrt(0.84 * 0.16 / n) + 0.01
    whole = finish_days(simulate(network(list(activities)), n, seed=3)) / week
    assert 44 < whole.mean() < 45.5
    assert (whole <= 47).mean() <= on_time


# -- the deterministic engine ---------------------------------------------------------------


@st.composite
def varied_plans(draw):
    """The engine's random plans (links of all four types with lags, constraints, manual and
    started tasks, a status date, holidays), on one of two calendars, some with elapsed
    durations and leveling delays, with estimates whose most likely duration is the planned
    one."""
    data = draw(engine_plans(max_tasks=14, fixed=True))
    if draw(st.booleans()):
        data.add(
            Calendar(
                id=2,
                name="Four days",
                week={d: [(420, 720), (750, 1080)] for d in range(4)},
                minutes_per_day=630,
            )
        )
        data.add(
            CalendarException(
                id=99, calendar_id=2, start=date(2026, 1, 14), finish=date(2026, 1, 16)
            )
        )
        for task in data.tasks.values():
            if draw(st.booleans()):
                task.calendar_id = 2
    for task in data.tasks.values():
        if task.duration and draw(st.integers(0, 5)) == 0:
            task.duration_elapsed = True
        if draw(st.booleans()):
            task.duration_most_likely = task.duration
            task.duration_optimistic = task.duration
            task.duration_pessimistic = task.duration
            task.distribution = draw(st.sampled_from(list(Distribution)))
        if draw(st.integers(0, 4)) == 0:  # as leveling leaves it (elapsed minutes)
            task.leveling_delay = draw(st.sampled_from([90, 480, 1440, 2880]))
    return data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=varied_plans(), seed=st.integers(0, 2**32))
def test_zero_spread_is_the_deterministic_schedule(data, seed):
    try:
        schedule = schedule_plan(data)
    except SchedulingError:
        return
    samples = simulate(data, 3, seed=seed, track=set(data.tasks))
    assert {from_minutes(int(x)) for x in samples.finish} == {schedule.project_finish}
    for tid, finishes in samples.task_finish.items():
        assert {from_minutes(int(x)) for x in finishes} == {schedule.tasks[tid].finish}, tid
    critical = set(schedule.critical_path)
    for tid, count in samples.critical.items():
        assert count == (3 if tid in critical else 0), tid


def test_a_leveled_plan_keeps_its_leveling_delays_in_every_iteration():
    # Two 2-day tasks on one person: leveling delays one of them by two days.
    data = PlanData(Plan(start=datetime(2026, 1, 5, 8, 0)))
    data.add(Resource(1, "Ann"))
    for tid in (1, 2):
        data.add(Task(tid, f"T{tid}", position=tid, duration=960, duration_optimistic=960,
                      duration_most_likely=960, duration_pessimistic=960))  # fmt: skip
        data.add(Assignment(tid, tid, 1, 1.0))
    data.add(Task(3, "After", position=3, duration=480))
    data.add(Link(1, 2, 3))
    result = level_plan(data, LevelingOptions(order="id"))
    for change in result.changes:
        data.update(change.kind, change.id, **change.values)
    assert data.tasks[2].leveling_delay > 0
    schedule = schedule_plan(data)
    assert schedule.project_finish == datetime(2026, 1, 9, 17, 0)
    samples = simulate(data, 5, seed=7, track={1, 2, 3})
    assert {from_minutes(int(x)) for x in samples.finish} == {schedule.project_finish}
    for tid in (1, 2, 3):
        finishes = {from_minutes(int(x)) for x in samples.task_finish[tid]}
        assert finishes == {schedule.tasks[tid].finish}, tid
    # The leveled chain is critical (its slack went to the delay), as in the engine.
    assert samples.critical == {tid: 5 * schedule.tasks[tid].critical for tid in (1, 2, 3)}


def test_a_certain_risk_adds_its_impact_and_a_mitigated_one_nothing():
    data = round_the_clock(estimated(1, 2, 2, 2), estimated(2, 3, 3, 3), links=[(1, 2)])
    base = finish_days(simulate(data, 50, seed=1))
    assert set(base) == {5.0}
    data.add(Risk(id=1, name="Rain", probability=100, impact=DAY, task_ids=[1, 2]))
    assert set(finish_days(simulate(data, 50, seed=1))) == {7.0}
    data.update(Risk, 1, mitigated=True)
    assert set(finish_days(simulate(data, 50, seed=1))) == {5.0}
    data.update(Risk, 1, mitigated=False, probability=30)
    hits = finish_days(simulate(data, 4000, seed=2))
    assert set(hits) == {5.0, 7.0}
    assert abs((hits == 7.0).mean() - 0.3) < 3 * math.sqrt(0.21 / 4000)


# -- repeatable ------------------------------------------------------------------------------
def test_seeded_runs_repeat_exactly_whatever_the_chunk_size():
    tasks = [
        estimated(1, 1, 2, 5),
        estimated(2, 1, 3, 4, Distribution.PERT),
        estimated(3, 2, 2, 3, Distribution.UNIFORM),
    ]
    data = round_the_clock(*tasks, links=[(1, 3)])
    data.add(Risk(id=1, name="Late parts", probability=40, impact=DAY, task_ids=[2]))
    first = simulate(data, 500, seed=42)
    again = simulate(data, 500, seed=42)
    chunked = simulate(data, 500, seed=42, chunk=7)
    assert np.array_equal(first.finish, again.finish)
    assert np.array_equal(first.finish, chunked.finish)
    assert np.array_equal(first.durations, chunked.durations)
    assert not np.array_equal(first.finish, simulate(data, 500, seed=43).finish)


# -- bad input --------------------------------------------------------------------------------
@pytest.mark.parametrize("fields, message", [
    ({"duration_optimistic": 900, "duration_most_likely": 480}, "optimistic duration cannot be longer"),
    ({"duration_most_likely": 960, "duration_pessimistic": 480}, "most likely duration cannot be longer"),
    ({"duration_optimistic": -5}, "cannot be negative"),
    ({"duration_pessimistic": float("inf")}, "finite number"),
    ({"duration_optimistic": float("nan")}, "finite number"),
])  # fmt: skip
def test_bad_estimates_are_one_sentence_and_leave_the_plan(fields, message):
    data = round_the_clock(Task(id=1, name="Dig", **fields))
    before = repr(data.tasks)
    with pytest.raises(RiskInputError, match=message) as caught:
        simulate(data, 10)
    assert str(caught.value).startswith("Task 'Dig': ") and str(caught.value).endswith(".")
    assert repr(data.tasks) == before


@pytest.mark.parametrize("probability, impact, message", [
    (101, 480, "between 0 % and 100 %"), (-1, 480, "between 0 % and 100 %"),
    (float("nan"), 480, "finite number"), (50, -480, "cannot be negative"),
    (50, float("inf"), "finite number"),
])  # fmt: skip
def test_bad_risks_are_refused(probability, impact, message):
    data = round_the_clock(Task(id=1, name="Dig"))
    data.add(Risk(id=1, name="Flood", probability=probability, impact=impact, task_ids=[1]))
    with pytest.raises(RiskInputError, match=message):
        simulate(data, 10)


@pytest.mark.parametrize("iterations", [0, -3, 10**9, 2.5, True])
def test_iterations_out_of_range_are_refused(iterations):
    with pytest.raises(RiskInputError, match="iterations must"):
        simulate(round_the_clock(Task(id=1)), iterations)


def test_a_cycle_is_the_engines_sentence():
    data = round_the_clock(Task(id=1, name="A"), Task(id=2, name="B"), links=[(1, 2), (2, 1)])
    with pytest.raises(RiskInputError, match="loop"):
        simulate(data, 10)


def test_a_percent_lag_follows_the_sampled_predecessor():
    """MS Project: a percent lag is that share of the predecessor's duration, so it grows
    and shrinks with the duration each iteration samples."""
    from pmdesk.core.entities import LagKind

    data = round_the_clock(estimated(1, 2, 4, 10), estimated(2, 1, 1, 1))
    data.add(
        Link(
            id=1,
            predecessor_id=1,
            successor_id=2,
            type=LinkType.SS,
            lag=50,
            lag_kind=LagKind.PERCENT,
        )
    )
    samples = simulate(data, 400, seed=8, track={2})
    first = samples.durations[samples.varying.index(1)]
    start_of_2 = np.rint(first * 0.5).astype(np.int64)  # SS + 50 % of task 1
    expected = np.maximum(first, start_of_2 + DAY)  # the project ends with the later task
    assert np.array_equal(samples.finish - to_minutes(START), expected)
    assert np.array_equal(samples.task_finish[2] - to_minutes(START), start_of_2 + DAY)
