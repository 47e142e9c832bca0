"""What stays over-allocated after leveling, and why: one sentence per resource naming the
tasks leveling had to leave where they are (leveling.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.allocation import ResourceAllocation, days_between
from pmdesk.core.scheduling.calendar import DAY, WorkingCalendar
from pmdesk.core.scheduling.loadprofile import LoadProfile
from pmdesk.core.scheduling.network import Network
from pmdesk.core.scheduling.workpieces import Piece
from pmdesk.core.translation import translate

if TYPE_CHECKING:
    from pmdesk.core.scheduling.levelneeds import PassResult


@dataclass(slots=True)
class Unresolved:
    """Days a resource stays over-allocated after leveling, and why."""

    resource_id: int
    days: list[date]
    task_ids: list[int]
    message: str
    explained: bool = True  # every task in it has a reason it could not move


@dataclass(slots=True)
class _Load:
    """What the report reads of one resource's final load."""

    calendar: WorkingCalendar
    max_units: float
    profile: LoadProfile
    pieces: dict[int, list[Piece]]
    off: dict[int, tuple[int, int]]  # task -> (start, finish) wall minutes of work off time
    days: list[date]


def loads_of(allocations: dict[int, ResourceAllocation]) -> dict[int, _Load]:
    return {
        rid: _Load(
            a.calendar,
            a.max_units,
            a.profile,
            a.pieces,
            {tid: (0, 0) for tid in a.off_time},
            a.overallocated_days(),
        )
        for rid, a in allocations.items()
    }


def loads_of_pass(best: PassResult, net: Network) -> dict[int, _Load]:
    found = {}
    for rid, profile in best.profiles.items():
        resource = net.data.resources[rid]
        cal = net.resource_calendar(rid)
        days = set()
        for a, b, _level in profile.over_runs(resource.max_units):
            days.update(days_between(cal, a, b))
        off = best.off.get(rid, {})
        for start, finish in off.values():
            days.update(
                date.fromordinal(o)
                for o in range(start // DAY, max(start // DAY, (finish - 1) // DAY) + 1)
            )
        found[rid] = _Load(
            cal, resource.max_units, profile, best.booked.get(rid, {}), off, sorted(days)
        )
    return found


def report(data: PlanData, loads: dict[int, _Load], reasons: dict[int, str]) -> list[Unresolved]:
    """One entry per resource still over-allocated, naming the tasks that could not move."""
    result = []
    for rid in sorted(loads):
        load = loads[rid]
        days = load.days
        if not days:
            continue
        task_ids = set(load.off)
        runs = load.profile.over_runs(load.max_units)
        for tid, pieces in load.pieces.items():
            if any(a < y and x < b for a, b, _r in pieces for x, y, _l in runs):
                task_ids.add(tid)
        why = {tid: reasons[tid] for tid in task_ids if tid in reasons}
        resource = data.resources[rid]
        span = (
            _day_text(days[0])
            if len(days) == 1
            else (
                translate("Leveling", "%1 days from %2 to %3")
                .replace("%1", str(len(days)))
                .replace("%2", _day_text(days[0]))
                .replace("%3", _day_text(days[-1]))
            )
        )
        if why:
            text = "; ".join(
                f"{_task_name(data, tid)} {reason}" for tid, reason in sorted(why.items())
            )
        else:
            text = translate("Leveling", "leveling could not resolve it")
        name = resource.name or translate("Leveling", "Resource %1").replace("%1", str(rid))
        result.append(
            Unresolved(
                rid,
                days,
                sorted(task_ids),
                translate("Leveling", "%1 stays over-allocated on %2: %3.")
                .replace("%1", name)
                .replace("%2", span)
                .replace("%3", text),
                explained=bool(why),
            )
        )
    return result


def _task_name(data: PlanData, task_id: int) -> str:
    task = data.tasks.get(task_id)
    return repr(task.name) if task is not None and task.name else f"task {task_id}"


def _day_text(day: date) -> str:
    return day.strftime("%a %Y-%m-%d")
