"""Sampling three-point estimates and risk events with numpy, repeatably from a seed (the
distributions are described in estimates.py)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pmdesk.core.entities import Distribution, Risk, RiskImpact, Task
from pmdesk.core.risk.estimates import has_spread, three_points


@dataclass(frozen=True, slots=True)
class Streams:
    """Independent random streams of one run: uniform draws for the triangular and uniform
    tasks, beta draws for the PERT tasks, draws for the risk events. Each is drawn
    iteration by iteration in the same order whatever the chunk size, so a seeded run is
    repeatable exactly."""

    uniform: np.random.Generator
    beta: np.random.Generator
    events: np.random.Generator

    @classmethod
    def seeded(cls, seed: int) -> Streams:
        a, b, c = np.random.SeedSequence(seed).spawn(3)
        return cls(np.random.default_rng(a), np.random.default_rng(b), np.random.default_rng(c))


class DurationSampler:
    """Samples the durations of the tasks that vary, ``count`` iterations at a time."""

    def __init__(self, tasks: list[Task], risks: list[Risk]):
        """``tasks``: the leaf tasks that vary, in a fixed order; ``risks``: the risks that
        are simulated (a risk's tasks outside ``tasks`` are not hit)."""
        self.tasks = tasks
        self.row = {task.id: i for i, task in enumerate(tasks)}
        points = np.array([three_points(t) for t in tasks], dtype=float).reshape(-1, 3)
        self.o, self.m, self.p = points[:, 0], points[:, 1], points[:, 2]
        kinds = [
            Distribution(t.distribution) if has_spread(t) else Distribution.FIXED for t in tasks
        ]
        self.tri = np.array([k == Distribution.TRIANGULAR for k in kinds], dtype=bool)
        self.uni = np.array([k == Distribution.UNIFORM for k in kinds], dtype=bool)
        self.pert = np.array([k == Distribution.PERT for k in kinds], dtype=bool)
        span = self.p - self.o
        with np.errstate(divide="ignore", invalid="ignore"):
            self.mode_share = np.where(span > 0, (self.m - self.o) / span, 0.0)
            self.alpha = np.where(span > 0, 1 + 4 * (self.m - self.o) / span, 1.0)
            self.beta_ = np.where(span > 0, 1 + 4 * (self.p - self.m) / span, 1.0)
        self.risks = risks
        # A risk whose impact is a new task lengthens none of its tasks (risktasks.py).
        self.risk_hits = [
            [self.row[tid] for tid in risk.task_ids if tid in self.row]
            if RiskImpact(risk.impact_as) == RiskImpact.LONGER
            else []
            for risk in risks
        ]

    def sample(self, streams: Streams, count: int) -> tuple[np.ndarray, np.ndarray]:
        """(durations as int64 minutes, shape (tasks, count); risk occurrences, bool shape
        (risks, count))."""
        n = len(self.tasks)
        values = np.repeat(self.m[:, None], count, axis=1)
        span = (self.p - self.o)[:, None]
        sliding = self.tri | self.uni
        if sliding.any():
            rows = np.flatnonzero(sliding)
            u = streams.uniform.random((count, len(rows))).T
            o, m, p = self.o[rows, None], self.m[rows, None], self.p[rows, None]
            width = span[rows]
            share = self.mode_share[rows, None]
            left = o + np.sqrt(u * width * (m - o))
            right = p - np.sqrt((1 - u) * width * (p - m))
            tri = np.where(u < share, left, right)
            uni = o + u * width
            values[rows] = np.where(self.tri[rows, None], tri, uni)
        if self.pert.any():
            rows = np.flatnonzero(self.pert)
            draws = streams.beta.beta(self.alpha[rows], self.beta_[rows], size=(count, len(rows)))
            values[rows] = self.o[rows, None] + draws.T * span[rows]
        durations = np.rint(values).astype(np.int64) if n else np.zeros((0, count), np.int64)
        occurs = np.zeros((len(self.risks), count), dtype=bool)
        if self.risks:
            chance = np.array([r.probability / 100 for r in self.risks])
            occurs = (streams.events.random((count, len(self.risks))) < chance).T
            for k, risk in enumerate(self.risks):
                for row in self.risk_hits[k]:
                    durations[row] += np.where(occurs[k], int(round(risk.impact)), 0)
        return durations, occurs
