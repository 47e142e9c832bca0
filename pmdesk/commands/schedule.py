"""`pmdesk schedule FILE [--json]`: recalculate a plan's schedule and print every task."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pmdesk.core.entities import Link
    from pmdesk.core.plandata import PlanData
    from pmdesk.core.scheduling.result import Schedule, ScheduledTask

NAME = "schedule"
HELP = QT_TRANSLATE_NOOP(
    "Commands", "recalculate the schedule of FILE and print dates, float and the critical path"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Commands", "the .pmdb plan to schedule")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Commands", "print the schedule as JSON")
    )


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None


def _numbers(data: PlanData) -> dict[int, int]:
    """Each task's ID as the window shows it (its row in outline order, MS Project's ID); the
    stored id is MS Project's Unique ID."""
    from pmdesk.operations.outline import Outline

    return Outline(data).number


def schedule_document(data: PlanData, schedule: Schedule) -> dict[str, Any]:
    """The --json document: project dates and one entry per task in WBS order; ``id`` is the
    ID the window shows, ``unique_id`` the one that never changes."""
    numbers = _numbers(data)
    predecessors: dict[int, list[dict[str, Any]]] = {}
    for link in sorted(data.links.values(), key=lambda link: link.id):
        predecessors.setdefault(link.successor_id, []).append(_predecessor(data, link, numbers))
    tasks = []
    for tid, scheduled in schedule.tasks.items():
        task = data.tasks[tid]
        tasks.append({
            "id": numbers.get(tid),
            "unique_id": tid,
            "wbs": scheduled.wbs,
            "name": task.name,
            "start": _iso(scheduled.start),
            "finish": _iso(scheduled.finish),
            "duration_minutes": scheduled.duration,
            "total_float_minutes": scheduled.total_float,
            "free_float_minutes": scheduled.free_float,
            "critical": scheduled.critical,
            "summary": scheduled.summary,
            "milestone": scheduled.milestone,
            "predecessors": predecessors.get(tid, []),
        })  # fmt: skip
    return {
        "project_start": _iso(schedule.project_start),
        "project_finish": _iso(schedule.project_finish),
        "tasks": tasks,
    }


def _predecessor(data: PlanData, link: Link, numbers: dict[int, int]) -> dict[str, Any]:
    from pmdesk.core.entities import LagKind

    lag = link.lag
    if link.lag_kind == LagKind.PERCENT:  # the lag in minutes of the predecessor's duration
        pred = data.tasks.get(link.predecessor_id)
        lag = round(pred.duration * link.lag / 100) if pred is not None else 0
    return {
        "id": numbers.get(link.predecessor_id),
        "unique_id": link.predecessor_id,
        "type": str(link.type),
        "lag_minutes": round(lag),
    }


def schedule_text(data: PlanData, schedule: Schedule) -> str:
    """A fixed-width table: ID (as the window shows it), unique ID, WBS, name, start, finish,
    duration, total/free float, critical."""
    from pmdesk.core.durationunits import UNITS, format_in_unit
    from pmdesk.core.scheduling.durations import format_duration
    from pmdesk.operations.taskcells import calendar_units

    units = calendar_units(data)

    # The plan's conversion factors, as the window writes durations with them.
    per_day, per_week, per_month = units

    def span(minutes: int, elapsed: bool = False) -> str:
        return format_duration(
            minutes,
            elapsed,
            minutes_per_day=per_day,
            minutes_per_week=per_week,
            days_per_month=per_month,
        )

    def duration(tid: int, scheduled: ScheduledTask) -> str:
        # As the window shows it: in the unit it was typed in ("2 wks", "5 edays", "3 days?").
        task = data.tasks[tid]
        if task.duration_unit in UNITS and not scheduled.summary:
            return format_in_unit(
                scheduled.duration,
                task.duration_unit,
                task.duration_elapsed,
                task.duration_estimated,
                *units,
            )
        return span(scheduled.duration, task.duration_elapsed)

    header = (
        "ID",
        translate("TaskColumns", "Unique ID"),
        "WBS",
        translate("TaskColumns", "Name"),
        translate("TaskColumns", "Start"),
        translate("TaskColumns", "Finish"),
        translate("TaskColumns", "Duration"),
        translate("TaskColumns", "Total float"),
        translate("TaskColumns", "Free float"),
        translate("TaskColumns", "Critical"),
    )
    yes = translate("Commands", "yes")
    numbers = _numbers(data)
    rows = [header]
    for tid, scheduled in schedule.tasks.items():
        depth = scheduled.wbs.count(".")
        rows.append((
            str(numbers.get(tid, "")),
            str(tid),
            scheduled.wbs,
            "  " * depth + data.tasks[tid].name,
            scheduled.start.strftime("%Y-%m-%d %H:%M"),
            scheduled.finish.strftime("%Y-%m-%d %H:%M"),
            duration(tid, scheduled),
            span(scheduled.total_float),
            span(scheduled.free_float),
            yes if scheduled.critical else "",
        ))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    right = {0, 1, 6, 7, 8}
    lines = []
    for row in rows:
        cells = [
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths))
        ]
        lines.append("  ".join(cells).rstrip())
    start = schedule.project_start.strftime("%Y-%m-%d %H:%M") if schedule.project_start else "-"
    finish = schedule.project_finish.strftime("%Y-%m-%d %H:%M") if schedule.project_finish else "-"
    lines.append("")
    lines.append(
        translate("Commands", "Project: %1 - %2").replace("%1", start).replace("%2", finish)
    )
    for conflict in schedule.conflicts:
        lines.append(translate("Commands", "Conflict: %1").replace("%1", str(conflict)))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    import json

    from pmdesk.core.scheduling import schedule_plan
    from pmdesk.store.pmdb import load_plan

    data = load_plan(args.file)
    schedule = schedule_plan(data)
    if args.json:
        print(json.dumps(schedule_document(data, schedule), indent=2, ensure_ascii=False))
    else:
        print(schedule_text(data, schedule))
    return 0
