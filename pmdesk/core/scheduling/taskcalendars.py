"""Which working time a task is scheduled on: its own calendar, its resources' calendar, or
the time both have in common.

MS Project's rule (Microsoft Support, "Change the calendar for a task": "If the task has both a
task calendar and a resource calendar, the task is scheduled in the working time common to
both, unless you select the Scheduling ignores resource calendars check box"):

- a task with a calendar of its own and work resources that share a calendar of their own
  (another one) is scheduled where both calendars are working;
- with "Scheduling ignores resource calendars" (``Task.ignore_resource_calendars``) it keeps to
  its own calendar; without a calendar of its own it then keeps to the plan's default calendar
  (MS Project greys the box out there; pmdesk lets it mean the same thing: no resource
  calendar moves the task);
- a task without a calendar whose work resources share one calendar is scheduled on it.
Resources on different calendars leave the task on its own (or the default) calendar: one
intersection per task is all the engine keeps.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pmdesk.core.entities import ResourceType
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import WorkingCalendar
from pmdesk.core.scheduling.errors import SchedulingError

CalendarKey = int | tuple[int, int]  # a calendar id, or (task calendar, resource calendar)


def task_calendar_keys(data: PlanData, check: bool = True) -> dict[int, CalendarKey]:
    """Task id -> the calendar key of each task off the plan's default calendar.

    ``check``: raise SchedulingError for a resource whose calendar does not exist (the engine
    does; views that only spread work over days skip such a resource).
    """
    found: dict[int, CalendarKey] = {}
    own = {tid: t.calendar_id for tid, t in data.tasks.items() if t.calendar_id is not None}
    shared: dict[int, set[int | None]] = {}
    resources = data.resources
    for assignment in data.assignments.values():
        resource = resources.get(assignment.resource_id)
        if resource is None or resource.type != ResourceType.WORK:
            continue
        if resource.calendar_id is not None and resource.calendar_id not in data.calendars:
            if check:
                raise SchedulingError(
                    f"The resource {resource.name!r} uses a calendar that does not exist."
                )
            continue
        shared.setdefault(assignment.task_id, set()).add(resource.calendar_id)
    found.update(own)
    for tid, ids in shared.items():
        task = data.tasks.get(tid)
        if task is None or task.ignore_resource_calendars or len(ids) != 1:
            continue
        (resource_calendar,) = ids
        if resource_calendar is None:
            continue  # the resources work the plan's default hours: nothing to combine
        task_calendar = own.get(tid)
        if task_calendar is None:
            found[tid] = resource_calendar
        elif task_calendar != resource_calendar:
            found[tid] = (task_calendar, resource_calendar)
    return found


class CommonCalendar(WorkingCalendar):
    """The working time two compiled calendars have in common, day by day."""

    def __init__(self, first: WorkingCalendar, second: WorkingCalendar, origin: int) -> None:
        self._first = first
        self._second = second
        name = f"{first.name} + {second.name}"
        week = {
            day: _common(first.intervals_on(day + 1), second.intervals_on(day + 1))
            for day in range(7)
        }  # ordinals 1..7 are Monday..Sunday of the year 1
        days = set(first.exception_days()) | set(second.exception_days())
        dated = {ordinal: self.intervals_on(ordinal) for ordinal in days}
        if not any(week.values()) and not any(dated.values()):
            raise SchedulingError(
                f"The calendars {first.name!r} and {second.name!r} have no working time in "
                "common; let the task ignore resource calendars or give it another calendar."
            )
        super().__init__(
            name,
            week,
            dated,
            minutes_per_day=first.minutes_per_day,
            minutes_per_week=first.minutes_per_week,
            days_per_month=first.days_per_month,
            origin=origin,
        )

    def intervals_on(self, ordinal: int) -> tuple[tuple[int, int], ...]:
        return _common(self._first.intervals_on(ordinal), self._second.intervals_on(ordinal))


def _common(
    a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]
) -> tuple[tuple[int, int], ...]:
    """The intersection of two sorted, non-overlapping interval lists."""
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if hi > lo:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return tuple(out)


def compile_key(
    key: CalendarKey, compile_id: Callable[[int], WorkingCalendar], origin: int
) -> WorkingCalendar:
    """The compiled calendar for a key; ``compile_id`` compiles one calendar by id."""
    if isinstance(key, tuple):
        first, second = (compile_id(cid) for cid in key)
        return CommonCalendar(first, second, origin)
    return compile_id(key)
