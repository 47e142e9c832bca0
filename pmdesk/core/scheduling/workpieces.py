"""Where an assignment's work falls, as stretches of its resource's working minutes.

The engine schedules a task on one calendar (taskcalendars.py): usually its resource's, so the
task's working span is one stretch of the resource's working time. A task scheduled from its
assignments (assigned.py) has each resource work from the task's start (plus the assignment's
leveling delay) for its own span on its own calendar. Pauses of a split task carry no work, and
a contour (contours.py) gives each tenth of the span its own level. The rate of a stretch is
the resource's units there: work per working minute.
"""

from __future__ import annotations

from pmdesk.core.entities import Assignment, Task, WorkContour
from pmdesk.core.scheduling.assigned import assignment_span
from pmdesk.core.scheduling.calendar import WorkingCalendar
from pmdesk.core.scheduling.contours import SEGMENTS, contour_of
from pmdesk.core.scheduling.splits import work_stretches

Piece = tuple[int, int, float]  # [from, to) working minutes of the resource, units
_FLAT = frozenset({WorkContour.FLAT, WorkContour.CONTOURED, "flat", "contoured"})


def assignment_total_work(task: Task, assignment: Assignment) -> float:
    """Working minutes of work of a work assignment: its own, else duration x units."""
    if assignment.work is not None:
        return float(assignment.work)
    return task.duration * assignment.units


def _spread(total: float, spans: list[tuple[int, int]], contour: str) -> list[Piece]:
    """``total`` work over the stretches ``spans``, flat or to a contour (tenths of the
    worked minutes, each at its share of the peak)."""
    length = sum(b - a for a, b in spans)
    if length <= 0 or total <= 0:
        return []
    levels = SEGMENTS.get(contour_of(contour))
    if levels is None or len(set(levels)) == 1:
        rate = total / length
        return [(a, b, rate) for a, b in spans if b > a]
    weight = sum(levels)
    pieces: list[Piece] = []
    # Boundaries of the tenths along the worked minutes, mapped onto the stretches.
    done = 0
    tenth = 0
    bounds = [round(length * k / 10) for k in range(11)]
    for a, b in spans:
        at = a
        while at < b and tenth < 10:
            end_in_tenth = bounds[tenth + 1] - done
            step = min(b - at, end_in_tenth)
            if step > 0:
                seg_len = bounds[tenth + 1] - bounds[tenth]
                rate = total * levels[tenth] / weight / seg_len if seg_len else 0.0
                pieces.append((at, at + step, rate))
                at += step
                done += step
            if done >= bounds[tenth + 1]:
                tenth += 1
    return pieces


def pieces_on_task_calendar(
    task: Task,
    assignment: Assignment,
    start: int,
    finish: int,
    task_cal: WorkingCalendar,
    res_cal: WorkingCalendar,
) -> tuple[list[Piece], float]:
    """Pieces of an assignment of a task scheduled on ``task_cal`` from wall minute ``start``
    to ``finish``, and the work that falls outside the resource's working time."""
    total = assignment.work if assignment.work is not None else task.duration * assignment.units
    if total <= 0 or finish <= start:
        return [], 0.0
    if (
        res_cal is task_cal
        and not task.splits
        and not task.duration_elapsed
        and assignment.contour in _FLAT
    ):
        # The common case, kept quick: one stretch of the resource's own working time.
        w0, w1 = task_cal.w_at(start), task_cal.w_at(finish)
        return ([(w0, w1, total / (w1 - w0))], 0.0) if w1 > w0 else ([], float(total))
    if task.duration_elapsed:
        stretches = [(start, finish)]  # wall-clock minutes, mapped below
        walls = stretches
    else:
        w0 = task_cal.w_at(start)
        walls = None
        stretches = (
            [(w0 + a, w0 + b) for a, b in work_stretches(task)]
            if task.splits
            else [(w0, task_cal.w_at(finish))]
        )
    if res_cal is task_cal and walls is None:
        spans = stretches
    else:
        if walls is None:
            walls = [(task_cal.start_of(a), task_cal.end_of(b)) for a, b in stretches if b > a]
        spans = [(res_cal.w_at(a), res_cal.w_at(b)) for a, b in walls]
    if sum(b - a for a, b in spans) <= 0:
        return [], total
    return _spread(total, spans, assignment.contour), 0.0


def pieces_from_assignment(
    task: Task, assignment: Assignment, start: int, res_cal: WorkingCalendar
) -> list[Piece]:
    """Pieces of an assignment of a task scheduled from its assignments (assigned.py)."""
    total = assignment_total_work(task, assignment)
    if total <= 0:
        return []
    w0 = res_cal.w_at(start + max(0, int(assignment.leveling_delay or 0)))
    # The span runs from the task's start; the work begins after the assignment's own start
    # delay (MS Project's Assignment Delay, working minutes on the resource's calendar).
    span = assignment_span(task, assignment)
    delay = min(span, max(0, int(getattr(assignment, "delay", 0) or 0)))
    return _spread(total, [(w0 + delay, w0 + span)], assignment.contour)
