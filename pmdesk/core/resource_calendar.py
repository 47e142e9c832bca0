"""A resource's own calendar, as MS Project gives every work resource one: a calendar derived
from a base calendar (Standard, Night Shift...) that only this resource uses, holding its
vacations and part-time weeks. The resource sheet's "Base calendar" column shows and sets
that calendar's base."""

from __future__ import annotations

from pmdesk.core.entities import Calendar, Resource
from pmdesk.core.plandata import PlanData


def own_calendar(data: PlanData, resource: Resource) -> Calendar | None:
    """The resource's calendar when it is its own (derived, used by nothing else), else None."""
    calendar = data.calendars.get(resource.calendar_id) if resource.calendar_id else None
    if calendar is None or calendar.base_id is None or calendar.id == data.plan.default_calendar_id:
        return None
    if any(t.calendar_id == calendar.id for t in data.tasks.values()):
        return None
    if any(r.id != resource.id and r.calendar_id == calendar.id for r in data.resources.values()):
        return None
    if any(c.base_id == calendar.id for c in data.calendars.values()):
        return None
    return calendar
