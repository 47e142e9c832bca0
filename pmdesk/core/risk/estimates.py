"""Three-point duration estimates and risk events: checking them, their closed forms
(sampling them is sampling.py's: this module stays free of numpy, which the task table
reads at start-up).

A task's estimate is (optimistic, most likely, pessimistic) working minutes and a
distribution; a missing point falls back to the most likely duration, which falls back to
the task's planned duration. The distributions on [o, p] with mode m:

- triangular: mean (o + m + p) / 3, variance (o² + m² + p² - om - op - mp) / 18;
- PERT-beta: o + (p - o) x Beta(1 + 4(m - o)/(p - o), 1 + 4(p - m)/(p - o)), the beta
  distribution of the Program Evaluation and Review Technique: mean (o + 4m + p) / 6;
- uniform: every value from o to p equally likely (m is not used);
- fixed: always m.
"""

from __future__ import annotations

import math

from pmdesk.core.entities import Distribution, Task

MAX_ITERATIONS = 100_000
MAX_MINUTES = 60 * 24 * 366 * 100  # a century: more is a typing slip, not an estimate


def estimate_problem(optimistic: object, most_likely: object, pessimistic: object) -> str | None:
    """A sentence saying what is wrong with three-point estimates (minutes; None: not set),
    or None when they can be used. The values may be anything a file or a cell held."""
    points = (
        ("optimistic", optimistic),
        ("most likely", most_likely),
        ("pessimistic", pessimistic),
    )
    given: list[tuple[str, float]] = []  # the points set, each checked
    for label, value in points:
        if value is None:
            continue
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
        ):
            return f"The {label} duration must be a finite number."
        if value < 0:
            return f"The {label} duration cannot be negative."
        if value > MAX_MINUTES:
            return f"The {label} duration is longer than a century."
        given.append((label, value))
    for (label_a, a), (label_b, b) in zip(given, given[1:]):
        if a > b:
            return f"The {label_a} duration cannot be longer than the {label_b} duration."
    return None


def risk_problem(probability: object, impact: object) -> str | None:
    """A sentence saying what is wrong with a risk's probability (percent) or impact
    (working minutes), whatever their type, or None."""
    if (
        isinstance(probability, bool)
        or not isinstance(probability, (int, float))
        or not math.isfinite(probability)
    ):
        return "The probability must be a finite number."
    if not 0 <= probability <= 100:
        return "The probability must be between 0 % and 100 %."
    if (
        isinstance(impact, bool)
        or not isinstance(impact, (int, float))
        or not math.isfinite(impact)
    ):
        return "The impact must be a finite number."
    if impact < 0:
        return "The impact cannot be negative."
    if impact > MAX_MINUTES:
        return "The impact is longer than a century."
    return None


def iterations_problem(iterations: object) -> str | None:
    if isinstance(iterations, bool) or not isinstance(iterations, int):
        return "The number of iterations must be a whole number."
    if not 1 <= iterations <= MAX_ITERATIONS:
        return f"The number of iterations must be between 1 and {MAX_ITERATIONS:,}."
    return None


def three_points(task: Task) -> tuple[float, float, float]:
    """(optimistic, most likely, pessimistic) minutes of a task, defaults filled in."""
    most_likely = task.duration_most_likely
    m = float(task.duration if most_likely is None else most_likely)
    o = m if task.duration_optimistic is None else float(task.duration_optimistic)
    p = m if task.duration_pessimistic is None else float(task.duration_pessimistic)
    if task.distribution == Distribution.FIXED:
        return m, m, m
    return o, m, p


def has_spread(task: Task) -> bool:
    o, m, p = three_points(task)
    return p > o


def mean_and_variance(
    distribution: Distribution, o: float, m: float, p: float
) -> tuple[float, float]:
    """The closed-form mean and variance of a distribution: the oracle the simulation's
    tests hold its sampled chains to."""
    if p <= o or distribution == Distribution.FIXED:
        return m, 0.0
    if distribution == Distribution.UNIFORM:
        return (o + p) / 2, (p - o) ** 2 / 12
    if distribution == Distribution.PERT:
        mean = (o + 4 * m + p) / 6
        a = 1 + 4 * (m - o) / (p - o)
        b = 1 + 4 * (p - m) / (p - o)
        return mean, (p - o) ** 2 * a * b / ((a + b) ** 2 * (a + b + 1))
    return (o + m + p) / 3, (o * o + m * m + p * p - o * m - o * p - m * p) / 18
