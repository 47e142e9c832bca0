"""Tasks scheduled from their assignments: each resource works its share of the task on its
own calendar, at its units, to its contour; the task finishes with the last of them.

MS Project schedules a (fixed-units) task with several resources that way: a resource on a
four-hour-day calendar, or at 50 % with the same work, finishes later than the others, and so
does the task, whatever its Duration field said (issue 14; MPXJ's MicrosoftScheduler, checked
against files Project wrote, takes the latest assignment finish the same way:
getDateFromStartAndWork). A task with one resource keeps its Duration (and the resource's
calendar, see Network._task_calendars) unless the assignment is contoured (contours.py).
"""

from __future__ import annotations

from pmdesk.core.entities import Assignment, ResourceType, Task, WorkContour
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import WorkingCalendar
from pmdesk.core.scheduling.contours import contour_of, contoured_span
from pmdesk.core.scheduling.progress import late_dates


def assignment_span(task: Task, assignment: Assignment) -> int:
    """Working minutes from the task's start to the assignment's finish on its resource's
    calendar: its start delay (MS Project's Assignment Delay) and then its work at its units."""
    delay = max(0, int(getattr(assignment, "delay", 0) or 0))
    return delay + work_span(task, assignment, contour_of(assignment.contour))


def work_span(task: Task, assignment: Assignment, contour: WorkContour) -> int:
    """Working minutes of the assignment's work at its units under ``contour`` (its span
    without the start delay; the P&L's time-phasing asks for every assignment, with the
    contour it has already looked up)."""
    units = assignment.units if assignment.units > 0 else 1.0
    work = assignment.work if assignment.work is not None else task.duration * units
    return contoured_span(round(work / units), contour)


def assignments_to_schedule(data: PlanData) -> dict[int, list[Assignment]]:
    """task id -> the work assignments it is scheduled from: tasks with a contoured or
    delayed assignment, and tasks with several resources on different calendars or with work
    of their own (not duration x units)."""
    by_task: dict[int, list[Assignment]] = {}
    resources = data.resources
    for assignment in data.assignments.values():
        resource = resources.get(assignment.resource_id)
        if resource is not None and resource.type == ResourceType.WORK:
            by_task.setdefault(assignment.task_id, []).append(assignment)
    flat = (str(WorkContour.FLAT), str(WorkContour.CONTOURED))
    found = {}
    for tid, items in by_task.items():
        contoured = any(a.contour not in flat or a.delay > 0 for a in items)
        calendars = {resources[a.resource_id].calendar_id for a in items}
        several = len(items) > 1 and (len(calendars) > 1 or any(a.work is not None for a in items))
        # A resource leveling delayed on its own (Assignment.leveling_delay) starts later.
        delayed = any(a.leveling_delay for a in items)
        if contoured or several or delayed:
            found[tid] = items
    return found


class AssignmentSpec:
    """Forward rule of a task scheduled from several assignments (see the module)."""

    def __init__(
        self, task: Task, cal: WorkingCalendar, parts: list[tuple[WorkingCalendar, int, int]]
    ):
        self.task = task
        self.cal = cal
        self.parts = parts  # (resource calendar, working minutes on it, elapsed delay)

    def _finish(self, start: int) -> int:
        cal = self.cal
        wall_start = cal.wall(start)
        # Never shorter than the task's Duration on its own calendar: pmdesk keeps work
        # typed on an assignment when the Duration grows (MS Project would grow the work).
        latest = cal.end_of((start >> 1) + int(round(self.task.duration)))
        for rcal, span, delay in self.parts:
            latest = max(latest, rcal.end_of(rcal.w_at(wall_start + delay) + span))
        return cal.key_up(latest) & ~1 if latest > wall_start else start

    def forward(self, s: int, f: int) -> tuple[int, int]:
        start = s | 1
        finish = self._finish(start)
        if f > finish:  # a finish bound: move the whole task so that it is met
            start = ((f >> 1) - ((finish >> 1) - (start >> 1))) * 2 + 1
            finish = max(self._finish(start), f)
        return start, finish

    def backward(self, ls: int, lf: int, es: int, ef: int) -> tuple[int, int]:
        return late_dates(ls, lf, (ef >> 1) - (es >> 1))

    def conflict(self, s: int, f: int, es: int, ef: int) -> str | None:
        return None
