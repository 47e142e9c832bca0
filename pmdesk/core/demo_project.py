"""The demo plan's project: the work breakdown with its durations and people, the links,
the team and its rates, the progress at the status date, and the calendar with the team's
holidays (core/demo.py assembles the whole plan)."""

from __future__ import annotations

from datetime import date, datetime

from pmdesk.core.entities import (
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    LagKind,
    Link,
    LinkType,
    Resource,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import standard_calendar
from pmdesk.core.standard_time import MINUTES_PER_DAY

DAY = MINUTES_PER_DAY  # working minutes in a default 8-hour day

# The work breakdown: (summary, [(key, name, duration in days, resources)]). A duration of 0
# makes a milestone. Keys name tasks in LINKS below.
WBS = [
    (
        "Project management",
        [
            ("kickoff", "Kickoff", 0, []),
            ("charter", "Project charter and plan", 3, ["PJM", "PM"]),
            ("steering", "Steering and status reporting", 90, ["PJM[20%]"]),
            ("lessons", "Lessons learned", 2, ["PJM", "PM"]),
        ],
    ),
    (
        "Discovery",
        [
            ("interviews", "Customer interviews", 10, ["PM", "UX"]),
            ("competitors", "Competitive analysis", 5, ["PM[50%]"]),
            ("problem", "Problem definition", 3, ["PM"]),
            ("discovery_done", "Discovery complete", 0, []),
        ],
    ),
    (
        "Design",
        [
            ("synthesis", "UX research synthesis", 4, ["UX"]),
            ("wireframes", "Wireframes", 8, ["UX"]),
            ("visual", "Visual design", 10, ["UX"]),
            ("design_system", "Design system update", 6, ["UX[50%]", "FE[50%]"]),
            ("usability", "Usability testing", 5, ["UX", "PM[50%]"]),
            ("design_signoff", "Design sign-off", 0, []),
        ],
    ),
    (
        "Platform",
        [
            ("spike", "Architecture spike", 5, ["BE"]),
            ("datamodel", "Data model and migrations", 8, ["BE"]),
            ("api", "API v2 endpoints", 15, ["BE"]),
            ("auth", "Authentication and permissions", 10, ["BE[50%]"]),
            ("sync", "Sync engine", 20, ["BE"]),
            ("perf", "Performance tuning", 8, ["BE[50%]", "QA[50%]"]),
            ("platform_ready", "Platform ready", 0, []),
        ],
    ),
    (
        "Clients",
        [
            ("shell", "Web app shell", 10, ["FE"]),
            ("board", "Planning board UI", 15, ["FE"]),
            ("reports", "Reporting dashboard", 12, ["FE[50%]"]),
            ("mobile", "Mobile companion app", 20, ["FE[50%]"]),
            ("offline", "Offline mode", 10, ["FE", "BE[50%]"]),
            ("a11y", "Accessibility pass", 5, ["FE", "QA[50%]"]),
            ("feature_complete", "Feature complete", 0, []),
        ],
    ),
    (
        "Quality",
        [
            ("testplan", "Test plan", 3, ["QA"]),
            ("regression", "Automated regression suite", 15, ["QA"]),
            ("security", "Security review", 5, ["BE[50%]"]),
            ("load", "Load testing", 5, ["QA"]),
            ("beta", "Beta programme", 20, ["PM[25%]", "QA[50%]"]),
            ("bugbash", "Bug bash", 3, ["QA", "FE", "BE"]),
            ("rc", "Release candidate", 0, []),
        ],
    ),
    (
        "Go to market",
        [
            ("positioning", "Positioning and messaging", 5, ["MKT", "PM[50%]"]),
            ("pricing", "Pricing study", 8, ["PM[50%]", "MKT[50%]"]),
            ("website", "Website refresh", 10, ["MKT", "UX[50%]"]),
            ("content", "Launch content", 10, ["MKT", "TW[50%]"]),
            ("enablement", "Sales enablement", 5, ["MKT", "PM[50%]"]),
            ("press", "Press briefing", 2, ["MKT"]),
            ("webinars", "Partner webinars", 3, ["MKT", "PM[50%]"]),
            ("launch", "Launch event", 0, []),
        ],
    ),
    (
        "Operations",
        [
            ("playbook", "Support playbook", 5, ["TW[50%]", "PJM[50%]"]),
            ("docs", "Documentation and help centre", 10, ["TW"]),
            ("billing", "Billing integration", 8, ["BE"]),
            ("monitoring", "Monitoring and alerting", 5, ["BE[50%]"]),
            ("readiness", "Go-live readiness review", 1, ["PJM", "PM", "QA"]),
            ("ga", "General availability", 0, []),
            ("hypercare", "Hypercare support", 10, ["QA[50%]", "TW[50%]"]),
        ],
    ),
]

# (predecessor, successor, type, lag in days or "50%")
LINKS: list[tuple[str, str, str, int | str]] = [
    ("kickoff", "charter", "FS", 0),
    ("charter", "interviews", "FS", 0),
    ("interviews", "competitors", "SS", 2),
    ("interviews", "problem", "FS", 0),
    ("competitors", "problem", "FF", 0),
    ("problem", "discovery_done", "FS", 0),
    ("discovery_done", "synthesis", "FS", 0),
    ("synthesis", "wireframes", "FS", 0),
    ("wireframes", "visual", "SS", "50%"),
    ("visual", "design_system", "SS", 3),
    ("wireframes", "usability", "FS", 1),
    ("visual", "usability", "FF", 0),
    ("usability", "design_signoff", "FS", 0),
    ("discovery_done", "spike", "FS", 0),
    ("spike", "datamodel", "FS", 0),
    ("datamodel", "api", "FS", -2),
    ("datamodel", "auth", "SS", 3),
    ("api", "sync", "SS", 5),
    ("sync", "perf", "FF", 2),
    ("perf", "platform_ready", "FS", 0),
    ("auth", "platform_ready", "FS", 0),
    ("design_signoff", "shell", "FS", 0),
    ("api", "shell", "SS", 3),
    ("shell", "board", "FS", 0),
    ("board", "reports", "SS", 5),
    ("shell", "mobile", "FS", 5),
    ("sync", "offline", "FS", 0),
    ("board", "offline", "FS", 0),
    ("reports", "a11y", "FS", 0),
    ("offline", "a11y", "FF", 2),
    ("a11y", "feature_complete", "FS", 0),
    ("mobile", "feature_complete", "FS", 0),
    ("platform_ready", "feature_complete", "FS", 0),
    ("design_signoff", "testplan", "FS", 0),
    ("testplan", "regression", "FS", 0),
    ("platform_ready", "security", "FS", 0),
    ("platform_ready", "load", "FS", 0),
    ("feature_complete", "beta", "FS", 0),
    ("beta", "bugbash", "FF", -1),
    ("regression", "rc", "FS", 0),
    ("bugbash", "rc", "FS", 0),
    ("security", "rc", "FS", 0),
    ("load", "rc", "FS", 0),
    ("discovery_done", "positioning", "FS", 0),
    ("positioning", "pricing", "SS", 2),
    ("positioning", "website", "FS", 0),
    ("design_signoff", "website", "FS", 0),
    ("website", "content", "SS", 3),
    ("pricing", "enablement", "FS", 0),
    ("rc", "enablement", "FS", 0),
    ("launch", "press", "SF", 0),  # the press briefing must be over when the launch starts
    ("enablement", "webinars", "FS", 0),
    ("ga", "launch", "FS", 0),
    ("content", "launch", "FS", 0),
    ("feature_complete", "playbook", "FS", 0),
    ("feature_complete", "docs", "SS", -5),
    ("api", "billing", "FS", 0),
    ("platform_ready", "monitoring", "FS", 0),
    ("rc", "readiness", "FS", 0),
    ("playbook", "readiness", "FS", 0),
    ("docs", "readiness", "FS", 0),
    ("billing", "readiness", "FS", 0),
    ("monitoring", "readiness", "FS", 0),
    ("readiness", "ga", "FS", 0),
    ("ga", "hypercare", "FS", 0),
    ("hypercare", "lessons", "FS", 0),
]

RESOURCES = [
    # key, name, group, standard rate per hour, overtime rate
    ("PM", "Priya Nair (Product Manager)", "Product", 95.0, 95.0),
    ("PJM", "Tom Becker (Project Manager)", "PMO", 85.0, 85.0),
    ("UX", "Lena Horvat (UX Designer)", "Design", 75.0, 90.0),
    ("FE", "Marco Rossi (Frontend Developer)", "Engineering", 80.0, 100.0),
    ("BE", "Aiko Tanaka (Backend Developer)", "Engineering", 85.0, 105.0),
    ("QA", "Sam Okafor (QA Engineer)", "Engineering", 65.0, 80.0),
    ("MKT", "Julia Weiss (Marketing Lead)", "Marketing", 70.0, 70.0),
    ("TW", "Noah Fischer (Technical Writer)", "Operations", 55.0, 65.0),
]

# Work done by the status date, in percent, for tasks already under way. Whole days of
# remaining work keep the rescheduled remainders on day boundaries.
PROGRESS = {
    "kickoff": 100,
    "charter": 100,
    "interviews": 100,
    "competitors": 100,
    "problem": 100,
    "discovery_done": 100,
    "synthesis": 100,
    "wireframes": 50,
    "spike": 100,
    "datamodel": 50,
    "positioning": 80,
    "pricing": 25,
    "steering": 40,
    "visual": 10,
}


def _parse_assignment(text: str) -> tuple[str, float]:
    if "[" in text:
        key, units = text.rstrip("%]").split("[")
        return key, float(units) / 100
    return text, 1.0


# The team's public holidays in the plan's span (name, first day, last day, recurrence).
HOLIDAYS = [
    ("Christmas", date(2026, 12, 24), date(2026, 12, 26), "yearly"),
    ("New Year's Day", date(2027, 1, 1), date(2027, 1, 1), "yearly"),
    ("Good Friday", date(2027, 3, 26), date(2027, 3, 26), None),
    ("Easter Monday", date(2027, 3, 29), date(2027, 3, 29), None),
]


def add_holidays(
    data: PlanData, calendar_id: int, holidays: list[tuple[str, date, date, str | None]]
) -> None:
    """The holidays as non-working exceptions of the calendar, numbered from 1 (the English
    plan's and the Indonesian plan's lists)."""
    for number, (name, start, finish, recurrence) in enumerate(holidays, start=1):
        data.add(
            CalendarException(
                id=number,
                calendar_id=calendar_id,
                start=start,
                finish=finish,
                name=name,
                recurrence=recurrence,
            )
        )


def add_calendar(data: PlanData) -> Calendar:
    calendar = data.add(standard_calendar(1))
    add_holidays(data, calendar.id, HOLIDAYS)
    return calendar


def add_people(data: PlanData) -> dict[str, Resource]:
    """The team of RESOURCES, by key."""
    people = {}
    for number, (key, name, group, rate, overtime) in enumerate(RESOURCES, start=1):
        people[key] = data.add(
            Resource(
                id=number,
                name=name,
                initials=key,
                group=group,
                standard_rate=rate,
                overtime_rate=overtime,
            )
        )
    return people


def add_tasks(data: PlanData, people: dict[str, Resource]) -> dict[str, Task]:
    tasks: dict[str, Task] = {}
    next_id = 1
    for summary_position, (summary_name, children) in enumerate(WBS):
        summary = data.add(Task(id=next_id, name=summary_name, position=summary_position))
        next_id += 1
        for position, (key, name, days, staff) in enumerate(children):
            task = data.add(
                Task(
                    id=next_id,
                    name=name,
                    parent_id=summary.id,
                    position=position,
                    duration=days * DAY,
                    milestone=days == 0,
                    percent_complete=float(PROGRESS.get(key, 0)),
                )
            )
            next_id += 1
            tasks[key] = task
            for text in staff:
                resource_key, units = _parse_assignment(text)
                data.add(
                    Assignment(
                        id=data.new_id(Assignment),
                        task_id=task.id,
                        resource_id=people[resource_key].id,
                        units=units,
                    )
                )
    tasks["kickoff"].constraint_type = ConstraintType.MSO
    tasks["kickoff"].constraint_date = datetime(2026, 10, 5, 8, 0)
    tasks["launch"].deadline = datetime(2027, 4, 30, 17, 0)
    tasks[
        "steering"
    ].notes = "Fortnightly steering committee; weekly status report to stakeholders."
    tasks["security"].constraint_type = ConstraintType.SNET
    tasks["security"].constraint_date = datetime(2027, 2, 1, 8, 0)
    return tasks


def add_links(data: PlanData, tasks: dict[str, Task]) -> None:
    for number, (pred, succ, kind, lag) in enumerate(LINKS, start=1):
        if isinstance(lag, str):
            link = Link(
                id=number,
                predecessor_id=tasks[pred].id,
                successor_id=tasks[succ].id,
                type=LinkType(kind),
                lag=float(lag.rstrip("%")),
                lag_kind=LagKind.PERCENT,
            )
        else:
            link = Link(
                id=number,
                predecessor_id=tasks[pred].id,
                successor_id=tasks[succ].id,
                type=LinkType(kind),
                lag=lag * DAY,
            )
        data.add(link)
