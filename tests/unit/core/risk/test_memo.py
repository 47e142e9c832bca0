"""The status report's risk run is remembered per plan state (risk/memo.py): the same plan
gives the same forecast without simulating again; any change to what the simulation reads,
however it was made, simulates again and gives what a fresh run gives."""

from __future__ import annotations

import numpy as np
import pytest

from pmdesk.core.demo import build_demo_plan
from pmdesk.core.entities import Risk, Task
from pmdesk.core.risk import memo, simulate


@pytest.fixture
def runs(monkeypatch):
    """Counts the simulations memo.forecast starts."""
    calls: list[int] = []
    real = memo.simulate

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(memo, "simulate", counting)
    monkeypatch.setattr(memo, "_last", None)
    return calls


def _same_as_fresh(data, track: set[int]) -> None:
    got = memo.forecast(data, 300, 4, track)
    fresh = simulate(data, 300, 4, track=track)
    assert np.array_equal(got.finish, fresh.finish)
    assert got.task_finish.keys() == fresh.task_finish.keys()
    for tid, minutes in fresh.task_finish.items():
        assert np.array_equal(got.task_finish[tid], minutes)
    assert got.varying == sum(1 for row in fresh.durations if row.min() != row.max())


def _track(data) -> set[int]:
    return {t.id for t in data.tasks.values() if t.milestone}


def test_the_same_plan_is_simulated_once(runs):
    data = build_demo_plan()
    first = memo.forecast(data, 300, 4, _track(data))
    again = memo.forecast(data, 300, 4, _track(data))
    assert len(runs) == 1 and again is first
    _same_as_fresh(data, _track(data))
    assert not first.finish.flags.writeable  # shared: nobody may change it


def test_a_changed_estimate_set_in_place_simulates_again(runs):
    data = build_demo_plan()
    memo.forecast(data, 300, 4, _track(data))
    task = next(t for t in data.tasks.values() if t.duration_pessimistic)
    task.duration_pessimistic += 4800  # not through data.update: no change event at all
    _same_as_fresh(data, _track(data))
    assert len(runs) == 2


def test_a_changed_risk_link_or_option_simulates_again(runs):
    data = build_demo_plan()
    track = _track(data)
    memo.forecast(data, 300, 4, track)
    risk = next(iter(data.risks.values()))
    data.update(Risk, risk.id, probability=min(100.0, risk.probability + 30))
    memo.forecast(data, 300, 4, track)
    data.update(Task, next(iter(data.tasks)), name="renamed")  # any field of a read kind
    memo.forecast(data, 300, 4, track)
    memo.forecast(data, 300, 5, track)  # another seed
    memo.forecast(data, 200, 5, track)  # other iterations
    memo.forecast(data, 200, 5, set())  # other tracked tasks
    assert len(runs) == 6
    _same_as_fresh(data, track)


def test_a_refused_plan_keeps_its_sentence(runs):
    data = build_demo_plan()
    task = next(t for t in data.tasks.values() if t.duration > 0 and t.percent_complete == 0)
    task.duration_optimistic, task.duration_most_likely = task.duration * 2, task.duration
    first = memo.forecast(data, 300, 4, set())
    assert first.problem.startswith(f"Task {task.name!r}: ")
    assert memo.forecast(data, 300, 4, set()) is first and len(runs) == 1
