"""Builders of small MSPDI, .gan and CSV documents for the hostile-input tests, and the check
that an imported plan is usable (it schedules, saves and exports in every format)."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from pmdesk.core.scheduling import schedule_plan
from pmdesk.io.formats import export_file
from pmdesk.store.pmdb import load_plan, save_plan

NS = "http://schemas.microsoft.com/project"
STANDARD_WEEK = "".join(
    f"<WeekDay><DayType>{day}</DayType><DayWorking>1</DayWorking><WorkingTimes>"
    "<WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>"
    "<WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime>"
    "</WorkingTimes></WeekDay>"
    for day in range(2, 7)
) + "".join(
    f"<WeekDay><DayType>{day}</DayType><DayWorking>0</DayWorking></WeekDay>" for day in (1, 7)
)


def element(tag: str, value) -> str:
    if value is None:
        return ""
    return f"<{tag}>{escape(str(value))}</{tag}>"


def mspdi_task(uid=1, name="Task", level=1, duration="PT8H0M0S", extra: str = "", **fields) -> str:
    parts = [
        element("UID", uid),
        element("ID", uid),
        element("Name", name),
        element("OutlineLevel", level),
        element("Duration", duration),
    ]
    parts += [element(tag, value) for tag, value in fields.items()]
    return f"<Task>{''.join(parts)}{extra}</Task>"


def mspdi(tasks=(), project: str = "", resources=(), assignments=(), calendars: str = "") -> str:
    """An MSPDI document; ``tasks`` etc. are already-rendered elements."""
    if not calendars:
        calendars = (
            "<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>"
            f"<WeekDays>{STANDARD_WEEK}</WeekDays></Calendar></Calendars>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}">'
        f"<Name>p</Name><StartDate>2025-03-03T08:00:00</StartDate><CalendarUID>1</CalendarUID>"
        f"{project}{calendars}<Tasks>{''.join(tasks)}</Tasks>"
        f"<Resources>{''.join(resources)}</Resources>"
        f"<Assignments>{''.join(assignments)}</Assignments></Project>"
    )


def gan_task(
    task_id, name="T", start="2025-03-03", duration="1", children: str = "", **attrs
) -> str:
    values = {
        "id": task_id,
        "name": name,
        "meeting": "false",
        "start": start,
        "duration": duration,
        "complete": "0",
        **attrs,
    }
    rendered = " ".join(
        f"{key}={quoteattr(str(value))}" for key, value in values.items() if value is not None
    )
    return f"<task {rendered}>{children}</task>"


def gan(tasks=(), extra: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><project name="p" version="3.3">'
        f"<tasks>{''.join(tasks)}</tasks>{extra}</project>"
    )


def assert_usable(data, folder) -> None:
    """The plan schedules, saves, loads back, and exports to every format pmdesk writes."""
    schedule_plan(data)
    target = folder / "usable.pmdb"
    save_plan(data, target)
    again = load_plan(target)
    assert len(again.tasks) == len(data.tasks)
    for extension in (".xml", ".gan", ".csv", ".xlsx"):
        exported = folder / f"usable{extension}"
        export_file(again, exported)
        assert exported.stat().st_size > 0
