"""Small plan builders for the scheduling tests (dates: Monday 2026-01-05 is the start)."""

from __future__ import annotations

from datetime import datetime

from pmdesk.core.entities import Link, LinkType, Plan, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import schedule_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def at(day: int, hour: int = 8, minute: int = 0) -> datetime:
    """A moment in January 2026 (5 = Monday)."""
    return datetime(2026, 1, day, hour, minute)


def plan(*tasks: Task, links: tuple = (), **plan_fields) -> PlanData:
    data = PlanData(Plan(start=plan_fields.pop("start", MON), **plan_fields))
    for position, task in enumerate(tasks):
        if not task.position:
            task.position = position
        data.add(task)
    for number, link in enumerate(links, 1):
        if isinstance(link, tuple):
            pred, succ, *rest = link
            link = Link(id=number, predecessor_id=pred, successor_id=succ,
                        type=rest[0] if rest else LinkType.FS,
                        lag=rest[1] if len(rest) > 1 else 0)  # fmt: skip
            if len(rest) > 2:
                link.lag_kind = rest[2]
        data.add(link)
    return data


def task(tid: int, days: float = 1, **fields) -> Task:
    return Task(id=tid, name=fields.pop("name", f"T{tid}"), duration=round(days * DAY), **fields)


def dates(data: PlanData) -> dict[int, tuple[datetime, datetime]]:
    schedule = schedule_plan(data)
    return {tid: (t.start, t.finish) for tid, t in schedule.tasks.items()}
