"""Sampling three-point estimates: every sample lies between the optimistic and pessimistic
durations, and checking estimates names what is wrong."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core.entities import Distribution, Risk, Task
from pmdesk.core.risk.estimates import estimate_problem, risk_problem
from pmdesk.core.risk.sampling import DurationSampler, Streams

MINUTES = st.integers(0, 480 * 200)


@given(
    points=st.lists(MINUTES, min_size=3, max_size=3).map(sorted),
    kind=st.sampled_from(list(Distribution)),
    seed=st.integers(0, 2**32),
)
def test_samples_stay_within_the_estimates(points, kind, seed):
    o, m, p = points
    task = Task(
        id=1,
        duration=m,
        duration_optimistic=o,
        duration_most_likely=m,
        duration_pessimistic=p,
        distribution=kind,
    )
    durations, _ = DurationSampler([task], []).sample(Streams.seeded(seed), 200)
    assert durations.shape == (1, 200)
    assert durations.min() >= o and durations.max() <= p
    if kind == Distribution.FIXED or o == p:
        assert np.all(durations == m)


@given(chance=st.floats(0, 100), impact=st.integers(0, 4800), seed=st.integers(0, 2**32))
def test_a_risk_adds_its_whole_impact_or_nothing(chance, impact, seed):
    task = Task(id=1, duration=480)
    risk = Risk(id=1, probability=chance, impact=impact, task_ids=[1, 99])
    durations, occurred = DurationSampler([task], [risk]).sample(Streams.seeded(seed), 100)
    assert np.array_equal(durations[0], np.where(occurred[0], 480 + impact, 480))
    if chance == 0:
        assert not occurred.any()
    if chance == 100:
        assert occurred.all()


def test_problems_are_sentences():
    assert estimate_problem(None, None, None) is None
    assert estimate_problem(480, None, 240) == (
        "The optimistic duration cannot be longer than the pessimistic duration."
    )
    assert estimate_problem(True, None, None) == "The optimistic duration must be a finite number."
    assert (
        estimate_problem(None, 10**12, None) == "The most likely duration is longer than a century."
    )
    assert risk_problem(50, 480) is None
    assert risk_problem(math.inf, 480) == "The probability must be a finite number."
