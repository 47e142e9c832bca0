"""What typed three-point estimates mean for a task (the task dialog's Estimates tab): text
such as "3d" per point, empty for "the planned duration", checked in order."""

from __future__ import annotations

from typing import Any

from pmdesk.core.entities import Distribution, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.core.risk.estimates import estimate_problem
from pmdesk.core.scheduling import SchedulingError
from pmdesk.core.scheduling.durations import parse_duration
from pmdesk.core.translation import QT_TRANSLATE_NOOP
from pmdesk.operations.choicewords import read_choice

FIELDS = ("duration_optimistic", "duration_most_likely", "duration_pessimistic")
DISTRIBUTION_NAMES = {  # shown in the interface language (operations/choicewords.py)
    Distribution.TRIANGULAR: QT_TRANSLATE_NOOP("TaskFields", "Triangular"),
    Distribution.PERT: "PERT",
    Distribution.UNIFORM: QT_TRANSLATE_NOOP("TaskFields", "Uniform"),
    Distribution.FIXED: QT_TRANSLATE_NOOP("TaskFields", "Fixed"),
}
_DISTRIBUTIONS = {name.lower(): kind for kind, name in DISTRIBUTION_NAMES.items()} | {
    "beta": Distribution.PERT,
    "pert-beta": Distribution.PERT,
    "triangle": Distribution.TRIANGULAR,
}


def _minutes(text: str, units: tuple[int, int, int]) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        minutes, elapsed = parse_duration(text, *units)
    except SchedulingError as exc:
        raise PmdeskError(str(exc)) from None
    if elapsed:
        raise PmdeskError("An estimate is in working time; write it without 'e'.")
    return minutes


def estimate_values(
    task: Task, texts: tuple[str, str, str], distribution: Distribution, units: tuple[int, int, int]
) -> dict[str, Any]:
    """The fields of ``task`` the typed estimates change; PmdeskError with one sentence when
    they cannot be used (not a duration, negative, out of order)."""
    points = [_minutes(text, units) for text in texts]
    problem = estimate_problem(*points)
    if problem:
        raise PmdeskError(problem)
    values: dict[str, Any] = {
        name: value for name, value in zip(FIELDS, points) if value != getattr(task, name)
    }
    if distribution != task.distribution:
        values["distribution"] = Distribution(distribution)
    return values


def estimate_cell(
    task: Task, key: str, text: object, units: tuple[int, int, int]
) -> dict[str, Any]:
    """The fields a value typed into one estimate column (or the distribution column)
    changes; PmdeskError with one sentence when it cannot be used."""
    text = "" if text is None else str(text)
    if key == "distribution":
        kind = _DISTRIBUTIONS.get(text.strip().lower()) or read_choice(text, DISTRIBUTION_NAMES)
        if kind is None:
            raise PmdeskError(
                f"{text.strip()!r} is not a distribution; write Triangular, PERT, Uniform or Fixed."
            )
        return {"distribution": kind}
    points = [getattr(task, name) for name in FIELDS]
    points[FIELDS.index(key)] = _minutes(text, units)
    problem = estimate_problem(*points)
    if problem:
        raise PmdeskError(problem)
    return {key: points[FIELDS.index(key)]}
