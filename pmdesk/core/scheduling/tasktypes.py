"""MS Project's task types and effort-driven scheduling: what changes when a task's duration,
work or units is edited, and when a resource is added to or removed from it.

The triangle is work = duration x units, per assignment. Microsoft's "Change the task type
Project uses to calculate task duration" (support.microsoft.com; the same table is in
Project's help since Project 98, "Fixed-Duration Tasks") gives what is recalculated:

    task type        revise units        revise duration     revise work
    fixed units      duration            work                duration
    fixed work       duration            units               duration
    fixed duration   work                work                units

Microsoft's "Change the effort driven setting for task types" (support.office.com) and the
"Dig deeper into scheduling" course ("When is effort-driven scheduling applied") give the
rest: with effort-driven on, the task's total work stays when a resource is added or removed
and is shared among the resources in proportion to their units, so a fixed-units task gets
shorter (two people at 100 % on a 24-hour, 24-hour-work task: 12 hours each, duration 12
hours) and a fixed-duration task lowers every resource's units (two painters at 100 % on a
4-day fixed-duration task are set to 50 % each when two more join); fixed-work tasks are always
effort-driven; the first assignment of a task (all resources given at once) is never
effort-driven: each resource gets duration x units of work. With effort-driven off, a new
resource brings its own duration x units of work and a removed one takes its work away; the
duration and the others' assignments stay.

Everything here is plain arithmetic on a ``Triangle`` (the task's duration and its work
assignments' units and work); operations/tasktypes.py writes the result into the plan.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from pmdesk.core.entities import TaskType
from pmdesk.core.errors import PmdeskError


class TaskTypeError(PmdeskError):
    """An edit the task's type cannot make (one sentence for a person)."""


@dataclass(frozen=True, slots=True)
class Part:
    """One work assignment: units (1.0 == 100 %) and work in working minutes."""

    units: float
    work: float


@dataclass(frozen=True, slots=True)
class Triangle:
    """A task's duration (working minutes) and its work assignments by key."""

    duration: float
    parts: dict[int, Part] = field(default_factory=dict)

    @property
    def work(self) -> float:
        return sum(p.work for p in self.parts.values())

    @property
    def units(self) -> float:
        return sum(p.units for p in self.parts.values())


def _span(part: Part) -> float:
    """Working minutes an assignment takes at its units."""
    return part.work / part.units if part.units > 0 else 0.0


def _duration_of(parts: dict[int, Part], fallback: float) -> float:
    """The task lasts as long as its longest assignment (MS Project; see assigned.py); with no
    work left it keeps its duration rather than turning into a milestone."""
    longest = max((_span(p) for p in parts.values()), default=0.0)
    return longest if longest > 0 else fallback


def _check_units(units: float) -> None:
    if not math.isfinite(units) or units <= 0:
        raise TaskTypeError("Units must be more than 0 %.")


def _share(parts: dict[int, Part], total: float) -> dict[int, float]:
    """``total`` work shared in proportion to units (effort-driven rule)."""
    units = sum(p.units for p in parts.values())
    return {key: total * p.units / units for key, p in parts.items()}


def _is_effort_driven(task_type: TaskType, effort_driven: bool) -> bool:
    return effort_driven or task_type == TaskType.FIXED_WORK


def edit_duration(tri: Triangle, task_type: TaskType, duration: float) -> Triangle:
    """The task's duration is typed (or dragged): fixed work recalculates units, the others
    recalculate work."""
    if not tri.parts:
        return replace(tri, duration=duration)
    if task_type == TaskType.FIXED_WORK:
        if duration <= 0 and tri.work > 0:
            raise TaskTypeError(
                "A fixed-work task with work cannot last 0; change its type or its work first."
            )
        scale = tri.duration / duration if tri.duration > 0 else 1.0
        parts = {
            k: Part(p.units * scale if tri.duration > 0 else p.work / duration, p.work)
            for k, p in tri.parts.items()
        }
        return Triangle(duration, parts)
    old = tri.duration
    parts = {
        k: Part(p.units, p.work * duration / old if old > 0 else p.units * duration)
        for k, p in tri.parts.items()
    }
    return Triangle(duration, parts)


def edit_work(tri: Triangle, task_type: TaskType, work: float) -> Triangle:
    """The task's total work is typed: fixed duration recalculates units, the others the
    duration. The new work is shared in proportion to each assignment's present work (its
    units when there is none)."""
    if not tri.parts:
        raise TaskTypeError(
            "Assign a resource before typing work: work is the resources' time on the task."
        )
    old = tri.work
    if old > 0:
        shares = {k: work * p.work / old for k, p in tri.parts.items()}
    else:
        shares = _share(tri.parts, work)
    if task_type == TaskType.FIXED_DURATION:
        if tri.duration <= 0:
            if work > 0:
                raise TaskTypeError(
                    "A fixed-duration task of 0 days cannot take work; give it a duration first."
                )
            return tri
        parts = {
            k: Part(shares[k] / tri.duration if tri.duration else p.units, shares[k])
            for k, p in tri.parts.items()
        }
        return Triangle(tri.duration, parts)
    parts = {k: Part(p.units, shares[k]) for k, p in tri.parts.items()}
    return Triangle(_duration_of(parts, tri.duration), parts)


def edit_units(tri: Triangle, task_type: TaskType, key: int, units: float) -> Triangle:
    """One assignment's units are typed: fixed duration recalculates its work, the others
    the duration (the assignment keeps its work and takes longer or shorter)."""
    _check_units(units)
    part = tri.parts[key]
    parts = dict(tri.parts)
    if task_type == TaskType.FIXED_DURATION:
        old = part.units
        work = part.work * units / old if old > 0 else units * tri.duration
        parts[key] = Part(units, work)
        return Triangle(tri.duration, parts)
    parts[key] = Part(units, part.work)
    return Triangle(_duration_of(parts, tri.duration), parts)


def edit_assignment_work(tri: Triangle, task_type: TaskType, key: int, work: float) -> Triangle:
    """One assignment's work is typed: fixed duration recalculates its units, the others its
    span, and the task lasts as long as its longest assignment."""
    part = tri.parts[key]
    parts = dict(tri.parts)
    if task_type == TaskType.FIXED_DURATION:
        if tri.duration <= 0:
            if work > 0:
                raise TaskTypeError(
                    "A fixed-duration task of 0 days cannot take work; give it a duration first."
                )
            return tri
        parts[key] = Part(work / tri.duration, work)
        return Triangle(tri.duration, parts)
    parts[key] = Part(part.units, work)
    return Triangle(_duration_of(parts, tri.duration), parts)


def scale_units(tri: Triangle, task_type: TaskType, units: float) -> Triangle:
    """The task's total units are typed: every assignment's units scale alike, then the
    units rule applies to each."""
    _check_units(units)
    if not tri.parts:
        raise TaskTypeError("Assign a resource before typing units.")
    factor = units / tri.units
    for key, part in tri.parts.items():
        tri = edit_units(tri, task_type, key, part.units * factor)
    return tri


def add_resources(
    tri: Triangle, task_type: TaskType, effort_driven: bool, new: dict[int, float]
) -> Triangle:
    """Resources join the task at the given units (several at once: one assignment step)."""
    for units in new.values():
        _check_units(units)
    parts = dict(tri.parts)
    if not tri.parts or tri.work <= 0 or not _is_effort_driven(task_type, effort_driven):
        # The first assignment is never effort-driven, and without effort-driven scheduling
        # a new resource brings its own work: duration x units each.
        for key, units in new.items():
            parts[key] = Part(units, units * tri.duration)
        return Triangle(tri.duration, parts)
    # Effort-driven: the same total work, shared by units among the old and new resources.
    for key, units in new.items():
        parts[key] = Part(units, 0.0)
    return _reshare(tri, parts, task_type)


def remove_resources(
    tri: Triangle, task_type: TaskType, effort_driven: bool, keys: Iterable[int]
) -> Triangle:
    """Resources leave the task (the last one leaving keeps the task's duration)."""
    gone = set(keys)
    parts = {k: p for k, p in tri.parts.items() if k not in gone}
    if not parts or not _is_effort_driven(task_type, effort_driven):
        return Triangle(tri.duration, parts)
    return _reshare(tri, parts, task_type)


def _reshare(tri: Triangle, staffed: dict[int, Part], task_type: TaskType) -> Triangle:
    """The task's total work over a new set of resources (effort-driven): fixed duration
    keeps the duration and recalculates units, the others keep the units and recalculate the
    duration."""
    total = tri.work
    shares = _share(staffed, total)
    if task_type == TaskType.FIXED_DURATION and tri.duration > 0:
        parts = {k: Part(shares[k] / tri.duration, shares[k]) for k in staffed}
        return Triangle(tri.duration, parts)
    parts = {k: Part(p.units, shares[k]) for k, p in staffed.items()}
    return Triangle(_duration_of(parts, tri.duration), parts)
