"""The calendars of a compiled network: the plan's default calendar first, then one compiled
calendar per other calendar key a task (or a resource) is scheduled on."""

from __future__ import annotations

from pmdesk.core.entities import Calendar, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import WorkingCalendar, compiled_calendar, standard_calendar
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.taskcalendars import CalendarKey, compile_key, task_calendar_keys


class NetworkCalendars:
    """Mixed into Network: ``calendars[i]`` is a compiled calendar, ``calendar_index`` maps a
    calendar key (None: the plan's default) to its index, ``task_calendar`` maps the tasks
    off the default calendar to their key."""

    data: PlanData
    calendars: list[WorkingCalendar]
    calendar_index: dict[CalendarKey | None, int]
    task_calendar: dict[int, CalendarKey]
    node_cal: list[int]

    def _compile_calendars(self) -> None:
        data = self.data
        origin = data.plan.start.toordinal()
        default_id = data.plan.default_calendar_id
        if default_id is not None and default_id not in data.calendars:
            raise SchedulingError("The plan's default calendar does not exist.")
        exceptions = list(data.calendar_exceptions.values())
        self.calendars = []
        self.calendar_index = {}
        default: Calendar = (
            data.calendars[default_id] if default_id is not None else standard_calendar()
        )
        self.calendars.append(compiled_calendar(default, exceptions, data.calendars, origin=origin))
        self.calendar_index[None] = 0
        if default_id is not None:
            self.calendar_index[default_id] = 0
        # task id -> calendar key, for tasks not on the plan's default calendar.
        self.task_calendar = task_calendar_keys(data)

        def compile_id(cid: int) -> WorkingCalendar:
            return compiled_calendar(data.calendars[cid], exceptions, data.calendars, origin=origin)

        for tid, key in self.task_calendar.items():
            if key in self.calendar_index:
                continue
            if any(
                cid not in data.calendars for cid in (key if isinstance(key, tuple) else (key,))
            ):
                raise SchedulingError(
                    f"The task {data.tasks[tid].name!r} uses a calendar that does not exist."
                )
            self.calendar_index[key] = len(self.calendars)
            self.calendars.append(compile_key(key, compile_id, origin))

    def resource_calendar(self, resource_id: int) -> WorkingCalendar:
        """A resource's compiled calendar (the plan's default when it has none)."""
        resource = self.data.resources.get(resource_id)
        cid = resource.calendar_id if resource is not None else None
        found = self.calendar_index.get(cid)
        if found is None:
            calendar = self.data.calendars.get(cid) if cid is not None else None
            if calendar is None:
                return self.default_calendar
            found = self.calendar_index[cid] = len(self.calendars)
            self.calendars.append(compiled_calendar(
                calendar, list(self.data.calendar_exceptions.values()), self.data.calendars,
                origin=self.data.plan.start.toordinal(),
            ))  # fmt: skip
        return self.calendars[found]

    def cal_index_of(self, tid: int) -> int:
        """Index in ``calendars`` of the calendar a task is scheduled on."""
        return self.calendar_index[self.task_calendar.get(tid)]

    @property
    def default_calendar(self) -> WorkingCalendar:
        return self.calendars[0]

    def calendar_of(self, task: Task) -> WorkingCalendar:
        return self.calendars[self.cal_index_of(task.id)]

    def _cal(self, v: int) -> WorkingCalendar:
        """The calendar node v is scheduled on."""
        return self.calendars[self.node_cal[v]]
