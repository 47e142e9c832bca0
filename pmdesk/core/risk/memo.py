"""The last small risk forecast, remembered per plan state: the status report simulates the
plan (1,000 iterations, a fixed seed) each time it is made, and making it again for a plan
that has not changed (HTML then PDF, a second report, `pmdesk status` after `report`) would
give the same numbers, so the run is kept and reused.

The key is the plan's state itself, not a revision counter: a snapshot (pickle) of every
entity the simulation reads (the engine's inputs and the risk register), so a change made
any way at all, even by setting an attribute in place, is a different key. Taking it costs
about 1 ms for the demo plan and 75 ms for 10,000 tasks, against 50 ms and 3 s for the run.
Only what the report needs is kept (the finish per iteration and the tracked tasks'
finishes), a few kB, not the samples of every task.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass

import numpy as np

from pmdesk.core.changeset import SCHEDULE_INPUTS
from pmdesk.core.entities import Plan, Risk
from pmdesk.core.plandata import PlanData
from pmdesk.core.risk.simulation import RiskInputError, simulate

_READ = sorted((SCHEDULE_INPUTS | {Risk}) - {Plan}, key=lambda kind: kind.__name__)


@dataclass(frozen=True, slots=True)
class Forecast:
    """What one run leaves for the report (wall-clock minutes, see calendar.to_minutes)."""

    finish: np.ndarray  # the project finish per iteration
    task_finish: dict[int, np.ndarray]  # tracked task id -> its finish per iteration
    varying: int  # tasks whose duration varied between iterations
    problem: str = ""  # the simulation refused the plan (one sentence); nothing else is set


def plan_state(data: PlanData) -> bytes | None:
    """A digest of everything the simulation reads; None when it cannot be taken (an entity
    that does not pickle): then nothing is remembered."""
    try:
        snapshot = pickle.dumps(
            [data.plan, *(list(data.table(kind).values()) for kind in _READ)],
            protocol=pickle.HIGHEST_PROTOCOL,
        )
    except (pickle.PicklingError, TypeError, AttributeError):
        return None
    return hashlib.blake2b(snapshot, digest_size=32).digest()


_Key = tuple[bytes | None, int, int, frozenset[int]]
_last: tuple[_Key, Forecast] | None = None


def forecast(data: PlanData, iterations: int, seed: int, track: set[int]) -> Forecast:
    """simulate(data, iterations, seed, track=track) reduced to a Forecast, reused while the
    plan's state, the iterations, the seed and the tracked tasks are the same."""
    global _last
    state = plan_state(data)
    key: _Key = (state, iterations, seed, frozenset(track))
    if state is not None and _last is not None and _last[0] == key:
        return _last[1]
    try:
        samples = simulate(data, iterations, seed, track=track)
    except RiskInputError as error:
        result = Forecast(np.zeros(0, dtype=np.int64), {}, 0, str(error))
    else:
        varying = sum(1 for row in samples.durations if row.min() != row.max())
        for array in (samples.finish, *samples.task_finish.values()):
            array.setflags(write=False)  # shared by every report of this plan state
        result = Forecast(samples.finish, samples.task_finish, varying)
    if state is not None:
        _last = (key, result)
    return result
