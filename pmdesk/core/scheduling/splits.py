"""Split tasks: where a task's work stops and resumes, in working minutes of its calendar.

``Task.splits`` holds (offset, gap) pairs: after ``offset`` working minutes of the task's
work, a pause of ``gap`` working minutes (MS Project's "Split Task"; the Duration does not
count the pauses). The engine lengthens the bar by the pauses; the Gantt chart and the
printout draw the worked stretches as bar segments with a dotted line across each pause
(MS Project's split bar); MSPDI writes the pauses as stretches of zero time-phased work.
"""

from __future__ import annotations

from pmdesk.core.entities import Task


def gaps_of(task: Task) -> list[tuple[int, int]]:
    """The task's pauses that lie inside its work, by offset: (offset, gap) with
    0 < offset < Duration and gap > 0, one per offset (the first given wins)."""
    if not task.splits or task.duration_elapsed:
        return []
    duration = task.duration
    seen: set[int] = set()
    found = []
    for offset, gap in sorted(task.splits):
        offset, gap = int(offset), int(gap)
        if 0 < offset < duration and gap > 0 and offset not in seen:
            seen.add(offset)
            found.append((offset, gap))
    return found


def split_minutes(task: Task) -> int:
    """Working minutes a split task pauses: its bar spans its Duration plus its gaps (MS
    Project: "Split a task" keeps the Duration and moves the rest of the work later)."""
    return sum(gap for _offset, gap in gaps_of(task))


def pauses_within(task: Task, worked: int, include_end: bool) -> int:
    """Working minutes of pause inside the first ``worked`` minutes of the task's work
    (a pause exactly at ``worked`` counts only with ``include_end``)."""
    return sum(
        gap
        for offset, gap in gaps_of(task)
        if offset < worked or (include_end and offset == worked)
    )


def work_stretches(
    task: Task, done: int | None = None, resume: int | None = None
) -> list[tuple[int, int]]:
    """The worked stretches of a task as (from, to) working minutes after its start.

    Without progress (``done`` None) they follow from the pauses alone. For a task in
    progress, ``done`` minutes of its work are complete and the remaining work resumes
    ``resume`` minutes after the start (later than the completed part's end when the
    status-date options moved it, see progress.ProgressSpec): MS Project then draws the
    stretch between as a split too ("Split in-progress tasks", on by default).
    """
    duration = int(round(task.duration))
    pauses = gaps_of(task)
    stretches: list[tuple[int, int]] = []
    at = worked = 0

    def work(until: int) -> None:
        # Work from ``worked`` to ``until`` minutes of the task's work, pausing on the way.
        nonlocal at, worked
        for offset, gap in pauses:
            if worked <= offset < until:
                if offset > worked:
                    stretches.append((at, at + offset - worked))
                    at += offset - worked
                    worked = offset
                at += gap
        if until > worked:
            stretches.append((at, at + until - worked))
            at += until - worked
            worked = until

    if done is None or resume is None:
        work(duration)
    else:
        work(done)
        if resume > at:
            at = resume
        work(duration)
    merged: list[tuple[int, int]] = []
    for a, b in stretches:
        if merged and merged[-1][1] == a:
            merged[-1] = (merged[-1][0], b)
        elif b > a:
            merged.append((a, b))
    return merged
