"""Reading a GanttProject file's people: its roles (built-in and its own), resources with their
daily rates, allocations to tasks, and vacations, which become non-working days of a calendar
of the resource's own. A part of the .gan reader (gan.py), as a mixin of its state."""

from __future__ import annotations

from collections import Counter
from xml.etree.ElementTree import Element

from pmdesk.core.entities import Assignment, Calendar, CalendarException, Resource, Task
from pmdesk.core.limits import MAX_MONEY, MAX_UNITS
from pmdesk.core.standard_time import MINUTES_PER_DAY
from pmdesk.io.gan_format import BUILT_IN_ROLES, gan_id, required_gan_day
from pmdesk.io.values import BadValue, number, shown


class GanPeopleReader:
    """What the reader knows that the people need: the tasks read, where it is (for the
    sentence of a bad value) and the counts of what is not imported."""

    tasks: dict[int, Task]
    where: str
    counts: Counter[str]

    def _roles(self, root: Element) -> dict[str, str]:
        roles = dict(BUILT_IN_ROLES)
        for holder in root.iterfind("roles"):
            roleset = holder.get("roleset-name")
            for role in holder.iterfind("role"):
                key = role.get("id")
                if key is None:
                    continue  # nothing can name a role without an id
                roles[key] = role.get("name") or ""
                if roleset:
                    roles[f"{roleset}:{key}"] = role.get("name") or ""
        return roles

    def _resources(self, root: Element) -> tuple[dict[int, Resource], dict[str, str]]:
        roles = self._roles(root)
        resources: dict[int, Resource] = {}
        holder = root.find("resources")
        for elem in holder.iterfind("resource") if holder is not None else ():
            self.where = "a resource without an id"
            resource_id = gan_id(elem, "id")
            self.where = f"resource id {resource_id - 1} ({shown(elem.get('name') or '')})"
            if resource_id in resources:
                self.counts["resources with the id of an earlier resource"] += 1
                continue
            rate = 0.0
            for item in elem.iterfind("rate"):
                if item.get("name") == "standard":
                    # GanttProject's rate is per day; pmdesk's per hour of work.
                    value = number(item.get("value"), "rate", low=0, high=MAX_MONEY, default=0.0)
                    rate = value / (MINUTES_PER_DAY / 60)
                else:
                    self.counts[f"resource rate '{item.get('name')}'"] += 1
            resources[resource_id] = Resource(
                id=resource_id,
                name=elem.get("name") or "",
                group=roles.get(elem.get("function") or "", ""),
                email=elem.get("contacts") or "",
                standard_rate=rate,
            )
            if elem.get("phone"):
                self.counts["resource phone numbers"] += 1
            if elem.find("custom-property") is not None:
                self.counts["resource custom properties"] += 1
        return resources, roles

    def _allocations(
        self, root: Element, resources: dict[int, Resource], roles: dict[str, str]
    ) -> list[Assignment]:
        assignments: list[Assignment] = []
        holder = root.find("allocations")
        for elem in holder.iterfind("allocation") if holder is not None else ():
            self.where = "an allocation"
            task_id = gan_id(elem, "task-id")
            resource_id = gan_id(elem, "resource-id")
            if task_id not in self.tasks or resource_id not in resources:
                self.counts["allocations of missing tasks or resources"] += 1
                continue
            assignments.append(
                Assignment(
                    id=len(assignments) + 1,
                    task_id=task_id,
                    resource_id=resource_id,
                    units=number(
                        elem.get("load"), "load", low=0, high=MAX_UNITS * 100, default=100.0
                    )
                    / 100,
                )
            )
            if elem.get("responsible") == "true":
                self.counts["task coordinator marks (responsible)"] += 1
            role = roles.get(elem.get("function") or "", "")
            if role and role != resources[resource_id].group:
                self.counts["roles on single allocations"] += 1
        return assignments

    def _vacations(
        self, root: Element, resources: dict[int, Resource], base: Calendar
    ) -> list[Calendar | CalendarException]:
        """Vacations become non-working days of a calendar of the resource's own."""
        entities: list[Calendar | CalendarException] = []
        holder = root.find("vacations")
        next_calendar = base.id + 1
        next_exception = getattr(self, "_next_exception", 1)
        calendars: dict[int, Calendar] = {}
        for elem in holder.iterfind("vacation") if holder is not None else ():
            self.where = "a vacation"
            resource = resources.get(gan_id(elem, "resourceid"))
            if resource is None:
                continue
            start = required_gan_day(elem.get("start"), "vacation start")
            finish = required_gan_day(elem.get("end"), "vacation end")
            if finish < start:
                raise BadValue(f"the vacation ends ({finish}) before it starts ({start})")
            if resource.id not in calendars:
                calendar = Calendar(id=next_calendar, name=resource.name, base_id=base.id)
                next_calendar += 1
                calendars[resource.id] = calendar
                resource.calendar_id = calendar.id
                entities.append(calendar)
            entities.append(
                CalendarException(
                    id=next_exception,
                    calendar_id=calendars[resource.id].id,
                    start=start,
                    finish=finish,
                    name="Vacation",
                )
            )
            next_exception += 1
        return entities
