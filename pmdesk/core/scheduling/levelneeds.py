"""What one leveling pass books and returns: each task's work assignments as needs on its
resources' load profiles, and the pass's result (delays, splits, what stays over-allocated)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pmdesk.core.entities import Assignment
from pmdesk.core.scheduling.loadprofile import LoadProfile
from pmdesk.core.scheduling.workpieces import Piece


@dataclass(slots=True)
class Need:
    """One work assignment of a task: its resource's profile and capacity, and (when the
    resource works on the task's calendar) its stretches relative to the task's start."""

    resource_id: int
    profile: LoadProfile  # the resource's load in the current pass (set by run)
    cap: float
    assignment: Assignment
    relative: list[Piece] | None  # [(from, to, units)] working minutes after the start, or None


@dataclass(slots=True)
class PassResult:
    delays: dict[int, int] = field(default_factory=dict)  # task id -> elapsed minutes
    reasons: dict[int, str] = field(default_factory=dict)  # task id -> why it stays
    finish: int = 0  # latest early finish, wall minutes
    ES: list[int] = field(default_factory=list)  # early start keys the pass gave each node
    profiles: dict[int, LoadProfile] = field(default_factory=dict)  # resource -> its load
    # resource -> task -> pieces
    booked: dict[int, dict[int, list[Piece]]] = field(default_factory=dict)
    off: dict[int, dict[int, tuple[int, int]]] = field(default_factory=dict)  # work off time
    assignment_delays: dict[int, int] = field(default_factory=dict)  # assignment -> minutes
    splits: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # task -> pauses


def merged_needs(needs: list[Need]) -> list[Need]:
    """One need per resource where a resource is assigned twice to one task: their
    stretches add up (checked one by one, each would fit where both do not)."""
    by_resource: dict[int, list[Need]] = {}
    for need in needs:
        by_resource.setdefault(need.resource_id, []).append(need)
    out = []
    for items in by_resource.values():
        relatives = [n.relative for n in items if n.relative is not None]
        if len(items) == 1 or len(relatives) != len(items):
            out.extend(items)
            continue
        total = LoadProfile()
        for relative in relatives:
            for a, b, r in relative:
                total.add(a, b, r)
        first = items[0]
        out.append(
            Need(first.resource_id, first.profile, first.cap, first.assignment, total.steps())
        )
    return out
