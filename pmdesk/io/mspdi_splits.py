"""Split tasks in MSPDI: MS Project writes a split as time-phased assignment work with a
stretch of zero work inside it (a <TimephasedData> record of value PT0H0M0S between records
with work). pmdesk keeps such a gap as a Task.splits entry (working minutes after the start,
working minutes of pause) on the task's calendar, and writes it back the same way."""

from __future__ import annotations

from datetime import datetime

from pmdesk.core.entities import Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import (
    WorkingCalendar,
    from_minutes,
    standard_calendar,
    to_minutes,
)
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.splits import work_stretches

# Time-phased data types of an assignment's work: 1 remaining, 2 actual (MSPDI schema).
WORK_TYPES = frozenset({"1", "2"})


def gaps(records: list[tuple[datetime, datetime, float]]) -> list[tuple[datetime, datetime]]:
    """Stretches without work between stretches with work, from (start, finish, minutes)."""
    records = sorted(records)
    worked = [i for i, (_s, _f, minutes) in enumerate(records) if minutes > 0]
    if len(worked) < 2:
        return []
    found: list[tuple[datetime, datetime]] = []
    for a, b in zip(worked, worked[1:]):
        start, finish = records[a][1], records[b][0]
        if finish > start:
            found.append((start, finish))
    return found


def apply_splits(
    data: PlanData,
    by_task: dict[int, list[tuple[datetime, datetime, float]]],
    starts: dict[int, datetime],
    warnings: list[str],
) -> None:
    """Set Task.splits from the gaps found per task; name the tasks whose gaps cannot be
    placed (a calendar pmdesk cannot compile, a start missing from the file)."""
    calendars: dict[int | None, WorkingCalendar] = {}
    lost = []
    for tid, records in by_task.items():
        task = data.tasks.get(tid)
        found = gaps(records)
        if task is None or not found:
            continue
        start = starts.get(tid)
        cid = task.calendar_id if task.calendar_id is not None else data.plan.default_calendar_id
        try:
            cal = calendars.get(cid)
            if cal is None:  # no calendar in the file: MS Project's standard one
                calendar = (cid is not None and data.calendars.get(cid)) or standard_calendar()
                cal = calendars[cid] = WorkingCalendar.compile(
                    calendar, data.calendar_exceptions.values(), data.calendars
                )
        except SchedulingError:
            cal = None
        if cal is None or start is None:
            lost.append(task.name or f"#{tid}")
            continue
        splits = []
        for gap_start, gap_finish in found:
            offset = cal.working_between(start, gap_start)
            pause = cal.working_between(gap_start, gap_finish)
            if offset > 0 and pause > 0:
                splits.append((offset, pause))
        task.splits = splits
    if lost:
        shown = ", ".join(repr(name) for name in lost[:10]) + (", ..." if len(lost) > 10 else "")
        warnings.append(
            f"{len(lost)} split tasks were imported without their gaps ({shown}): pmdesk "
            "could not place the gaps on their calendars."
        )


def task_calendar(data: PlanData, task: Task) -> WorkingCalendar:
    """The compiled calendar a task's splits count on (its own, else the plan's)."""
    cid = task.calendar_id if task.calendar_id is not None else data.plan.default_calendar_id
    calendar = (cid is not None and data.calendars.get(cid)) or standard_calendar()
    return WorkingCalendar.compile(calendar, data.calendar_exceptions.values(), data.calendars)


def split_segments(
    task: Task, start: datetime, cal: WorkingCalendar
) -> list[tuple[datetime, datetime, float]]:
    """(start, finish, share of the work) of each stretch of a split task, pauses included
    with share 0, from its scheduled start on its calendar (the stretches are the engine's,
    core/scheduling/splits.py)."""
    duration = int(round(task.duration))
    w0 = cal.w_at(to_minutes(start))
    segments: list[tuple[int, int, float]] = []
    for a, b in work_stretches(task):
        if segments:
            segments.append((segments[-1][1], a, 0.0))
        segments.append((a, b, (b - a) / duration))
    return [
        (from_minutes(cal.start_of(w0 + a)), from_minutes(cal.end_of(w0 + b)), share)
        for a, b, share in segments
        if b > a
    ]
