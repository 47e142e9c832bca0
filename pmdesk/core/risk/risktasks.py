"""Risk events whose impact is a new task: the network the simulation runs with each such
risk's task inserted next to the tasks it is mapped to.

This is the "risk task" of schedule risk tools (Primavera Risk Analysis, Safran Risk): when
the risk occurs, a task of the impact's length runs after (or before) each chosen task and
what followed (or preceded) that task waits for it; when it does not occur the inserted task
lasts zero minutes and the network gives exactly the plan's own dates (a zero-length task
passes a finish on unchanged, as a milestone does).

- After a task T: T -> R (finish-to-start) and T's finish-driven links (FS, FF) leave from R
  instead; T's start-driven links (SS, SF) stay on T, which the risk does not move.
- Before a task T: R -> T (finish-to-start) and the links that drive T's start (FS, SS) end
  on R instead; links that drive T's finish (FF, SF) stay on T.

R is T's sibling in the outline (a summary over T also spans R, so a link from the summary
waits for it; a risk task that does not occur is left out of the summary's shown dates) and
uses T's calendar. R takes the bounds the summary sets its subtasks, so two rare cases
move dates even when the risk does not occur: a task whose own constraint overrides its
summary's bounds, and a task under a summary that bounds its subtasks' finish (a finish
constraint on the summary, or a finish-to-finish or start-to-finish link into it). A
percent lag moved onto R keeps the working minutes it has on the planned duration of T (a
lag cannot be a share of the risk's own duration). A risk before a task that has started, or
after a task that has finished, has passed: it adds no task; so does a risk before a manually
scheduled task, which keeps its dates whatever precedes it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from pmdesk.core.entities import (
    ENTITY_KINDS,
    LagKind,
    Link,
    LinkType,
    Risk,
    RiskImpact,
    Task,
)
from pmdesk.core.plandata import PlanData

_FINISH_DRIVEN = (LinkType.FS, LinkType.FF)  # links whose predecessor's finish counts
_START_BOUND = (LinkType.FS, LinkType.SS)  # links that bound the successor's start


@dataclass(frozen=True, slots=True)
class RiskTask:
    """A task inserted for a risk: its id in the simulated network, the risk's row among
    the simulated risks, and its length when the risk occurs (working minutes)."""

    task_id: int
    risk_row: int
    minutes: int


def is_new_task(risk: Risk) -> bool:
    return RiskImpact(risk.impact_as) != RiskImpact.LONGER


def _has_passed(task: Task, before: bool) -> bool:
    """A risk before a task that has started (or is manually scheduled: it keeps the dates
    it was given, whatever precedes it), or after one that has finished, delays nothing."""
    if before:
        return task.actual_start is not None or task.percent_complete > 0 or task.manual
    return task.actual_finish is not None or task.percent_complete >= 100


def with_risk_tasks(data: PlanData, risks: list[Risk]) -> tuple[PlanData, list[RiskTask]]:
    """The plan to simulate: ``data`` itself when no risk adds a task, else a copy (the plan
    is not changed) holding the inserted tasks and rewired links."""
    wanted = [
        (row, risk) for row, risk in enumerate(risks) if is_new_task(risk) and risk.probability > 0
    ]
    if not wanted:
        return data, []
    copy = PlanData(data.plan)
    for kind in ENTITY_KINDS:
        if kind not in (Task, Link):
            copy.table(kind).update(data.table(kind))
    copy.table(Task).update(data.tasks)
    links = {lid: dataclasses.replace(link) for lid, link in data.links.items()}
    next_task = max(data.tasks, default=0) + 1
    next_link = max(links, default=0) + 1
    inserted: list[RiskTask] = []
    parents = {t.parent_id for t in data.tasks.values() if t.parent_id is not None}
    for row, risk in wanted:
        before = RiskImpact(risk.impact_as) == RiskImpact.TASK_BEFORE
        for tid in risk.task_ids:
            task = data.tasks.get(tid)
            if task is None or tid in parents or _has_passed(task, before):
                continue
            rid = next_task
            next_task += 1
            copy.table(Task)[rid] = Task(
                id=rid,
                name=risk.name,
                parent_id=task.parent_id,
                position=task.position,
                duration=int(round(risk.impact)),
                calendar_id=task.calendar_id,
            )
            for link in links.values():
                if before and link.successor_id == tid and link.type in _START_BOUND:
                    link.successor_id = rid
                elif not before and link.predecessor_id == tid and link.type in _FINISH_DRIVEN:
                    _percent_in_minutes(link, data)
                    link.predecessor_id = rid
            pair = (rid, tid) if before else (tid, rid)
            links[next_link] = Link(id=next_link, predecessor_id=pair[0], successor_id=pair[1])
            next_link += 1
            inserted.append(RiskTask(rid, row, int(round(risk.impact))))
    copy.table(Link).update(links)
    return copy, inserted


def _percent_in_minutes(link: Link, data: PlanData) -> None:
    """A percent lag as the minutes the engine makes of it (network.py): that share of the
    predecessor's duration, on the wall clock when that duration is elapsed."""
    if link.lag_kind == LagKind.PERCENT:
        predecessor = data.tasks.get(link.predecessor_id)
        duration = predecessor.duration if predecessor is not None else 0
        link.lag = round(duration * link.lag / 100)
        elapsed = predecessor is not None and predecessor.duration_elapsed
        link.lag_kind = LagKind.ELAPSED if elapsed else LagKind.WORKING
