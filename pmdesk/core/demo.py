"""The demo plan: a realistic product launch touching every part of pmdesk, built by code.

`pmdesk demo -o FILE` and `pmdesk --demo` write it; tests and screenshots use it. Dates are
fixed (not relative to today) so screenshots and tests are reproducible.
"""

from __future__ import annotations

from datetime import date, datetime

from pmdesk.core.entities import (
    Assignment,
    Baseline,
    BaselineTask,
    Calendar,
    CalendarException,
    CanvasFactor,
    CanvasNote,
    CanvasOffering,
    CanvasValue,
    ConstraintType,
    Distribution,
    Horizon,
    LagKind,
    Link,
    LinkType,
    Plan,
    PnlLine,
    PnlScenario,
    Resource,
    Risk,
    RiskImpact,
    RoadmapDependency,
    RoadmapItem,
    RoadmapLane,
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
LINKS = [
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

# The estimates when the plan was baselined (Friday 2 October 2026); these tasks have grown
# since, so the plan now finishes after its baseline and some milestones slip.
BASELINE_DAYS = {"wireframes": 6, "datamodel": 6, "api": 12, "visual": 8, "auth": 8}
# Tasks that cost more than planned so far (actual cost = planned cost of the work done x
# this factor): the cost performance index is below 1.
OVERSPEND = {
    "interviews": 1.15,
    "wireframes": 1.3,
    "spike": 1.2,
    "datamodel": 1.35,
    "positioning": 1.1,
}

LANES = [
    ("Planning experience", "#4e79a7"),
    ("Collaboration", "#59a14f"),
    ("Platform and reliability", "#f28e2b"),
    ("Growth", "#b07aa1"),
]

# title, lane, horizon, status, framework, inputs, tags, linked task, target start/end
ROADMAP = [
    (
        "Planning board",
        0,
        "now",
        "in_progress",
        "RICE",
        {"reach": 4000, "impact": 2, "confidence": 0.8, "effort": 4},
        ["core"],
        "board",
        date(2027, 1, 4),
        date(2027, 2, 26),
    ),
    (
        "Offline planning",
        0,
        "now",
        "planned",
        "RICE",
        {"reach": 2500, "impact": 3, "confidence": 0.5, "effort": 5},
        ["core", "laptop"],
        "offline",
        date(2027, 2, 1),
        date(2027, 3, 12),
    ),
    (
        "Reporting dashboard",
        0,
        "next",
        "planned",
        "RICE",
        {"reach": 1800, "impact": 1, "confidence": 0.8, "effort": 3},
        ["reporting"],
        "reports",
        date(2027, 2, 15),
        date(2027, 3, 31),
    ),
    (
        "Portfolio view",
        0,
        "later",
        "idea",
        "RICE",
        {"reach": 900, "impact": 2, "confidence": 0.5},
        ["enterprise"],
        None,
        None,
        None,
    ),
    (
        "Shared plans with comments",
        1,
        "next",
        "planned",
        "WSJF",
        {"business_value": 8, "time_criticality": 5, "risk_reduction": 3, "job_size": 5},
        ["teams"],
        None,
        date(2027, 4, 1),
        date(2027, 6, 30),
    ),
    (
        "Mobile companion",
        1,
        "now",
        "in_progress",
        "WSJF",
        {"business_value": 6, "time_criticality": 3, "risk_reduction": 2, "job_size": 8},
        ["mobile"],
        "mobile",
        date(2027, 1, 18),
        date(2027, 3, 19),
    ),
    (
        "Live co-editing",
        1,
        "later",
        "idea",
        "WSJF",
        {"business_value": 9, "time_criticality": 2, "risk_reduction": 5, "job_size": 13},
        ["teams", "big bet"],
        None,
        None,
        None,
    ),
    (
        "Sync engine",
        2,
        "now",
        "in_progress",
        "WSJF",
        {"business_value": 7, "time_criticality": 9, "risk_reduction": 8, "job_size": 8},
        ["platform"],
        "sync",
        date(2026, 12, 14),
        date(2027, 2, 12),
    ),
    (
        "Security review",
        2,
        "next",
        "planned",
        "ICE",
        {"impact": 8, "confidence": 7, "ease": 6},
        ["compliance"],
        "security",
        date(2027, 1, 25),
        date(2027, 2, 3),
    ),
    (
        "Self-hosted server",
        2,
        "parked",
        "idea",
        "ICE",
        {"impact": 7, "confidence": 3, "ease": 2},
        ["enterprise"],
        None,
        None,
        None,
    ),
    (
        "Public launch",
        3,
        "now",
        "planned",
        "RICE",
        {"reach": 10000, "impact": 3, "confidence": 0.8, "effort": 6},
        ["launch"],
        "ga",
        date(2027, 3, 1),
        date(2027, 4, 16),
    ),
    (
        "Pricing and packaging",
        3,
        "now",
        "in_progress",
        "ICE",
        {"impact": 9, "confidence": 6, "ease": 7},
        ["revenue"],
        "pricing",
        date(2026, 11, 16),
        date(2026, 12, 18),
    ),
    (
        "Partner programme",
        3,
        "later",
        "idea",
        "RICE",
        {"reach": 300, "impact": 2, "confidence": 0.5, "effort": 3},
        ["channels"],
        None,
        date(2027, 7, 1),
        date(2027, 9, 30),
    ),
    (
        "Referral rewards",
        3,
        "parked",
        "idea",
        "RICE",
        {"reach": 1500, "impact": 0.5, "confidence": 0.5, "effort": 0},
        ["growth"],
        None,
        None,
        None,
    ),
]

ROADMAP_BLOCKERS = [
    ("Offline planning", "Sync engine"),
    ("Public launch", "Planning board"),
    ("Live co-editing", "Shared plans with comments"),
]

OFFERINGS = [
    ("pmdesk", "#e15759", True),
    ("Spreadsheet", "#76b7b2", False),
    ("Cloud PM suite", "#4e79a7", False),
]

# factor, ERRC action, levels for (pmdesk, spreadsheet, cloud suite)
FACTORS = [
    ("Price", "reduce", (3, 1, 8)),
    ("Setup effort", "eliminate", (2, 1, 7)),
    ("Works offline", "raise", (10, 9, 1)),
    ("Scheduling depth", "raise", (8, 1, 6)),
    ("Roadmap and strategy", "create", (8, 2, 5)),
    ("Real-time collaboration", "reduce", (3, 4, 9)),
    ("Reporting", None, (7, 5, 8)),
    ("Data ownership", "raise", (10, 8, 3)),
    ("Learning curve", "reduce", (4, 2, 7)),
]

BMC = {
    "key_partners": ["Sync-folder providers", "PM training firms"],
    "key_activities": ["Scheduling engine", "Desktop releases"],
    "key_resources": ["Open-source community", "File format"],
    "value_propositions": ["One plan for product and project", "Offline, your file"],
    "customer_relationships": ["Self-serve", "Community forum"],
    "channels": ["Website", "Package managers", "Partners"],
    "customer_segments": ["Product managers", "Project managers", "Small PMOs"],
    "cost_structure": ["Engineering", "Support"],
    "revenue_streams": ["Pro licence", "Support contracts"],
}


def _parse_assignment(text: str) -> tuple[str, float]:
    if "[" in text:
        key, units = text.rstrip("%]").split("[")
        return key, float(units) / 100
    return text, 1.0


def _add_calendar(data: PlanData) -> Calendar:
    calendar = data.add(standard_calendar(1))
    holidays = [
        ("Christmas", date(2026, 12, 24), date(2026, 12, 26), "yearly"),
        ("New Year's Day", date(2027, 1, 1), date(2027, 1, 1), "yearly"),
        ("Good Friday", date(2027, 3, 26), date(2027, 3, 26), None),
        ("Easter Monday", date(2027, 3, 29), date(2027, 3, 29), None),
    ]
    for number, (name, start, finish, recurrence) in enumerate(holidays, start=1):
        data.add(
            CalendarException(
                id=number,
                calendar_id=calendar.id,
                start=start,
                finish=finish,
                name=name,
                recurrence=recurrence,
            )
        )
    return calendar


def _add_tasks(data: PlanData, people: dict[str, Resource]) -> dict[str, Task]:
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


def _add_links(data: PlanData, tasks: dict[str, Task]) -> None:
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


def _add_roadmap(data: PlanData, tasks: dict[str, Task]) -> None:
    lanes = [
        data.add(RoadmapLane(id=n, name=name, color=color, position=n - 1))
        for n, (name, color) in enumerate(LANES, start=1)
    ]
    by_title: dict[str, RoadmapItem] = {}
    cell_positions: dict[tuple[int, str], int] = {}
    for number, (
        title,
        lane,
        horizon,
        status,
        framework,
        inputs,
        tags,
        task_key,
        start,
        end,
    ) in enumerate(ROADMAP, start=1):
        cell = (lane, horizon)
        position = cell_positions.get(cell, 0)
        cell_positions[cell] = position + 1
        item = data.add(
            RoadmapItem(
                id=number,
                title=title,
                lane_id=lanes[lane].id,
                horizon=Horizon(horizon),
                position=position,
                status=status,
                framework=framework,
                score_inputs={k: float(v) for k, v in inputs.items()},
                tags=list(tags),
                linked_task_id=tasks[task_key].id if task_key else None,
                target_start=start,
                target_end=end,
                description=f"{title}: see the linked work in the project workspace."
                if task_key
                else "",
            )
        )
        by_title[title] = item
    for number, (item, blocker) in enumerate(ROADMAP_BLOCKERS, start=1):
        data.add(
            RoadmapDependency(id=number, item_id=by_title[item].id, blocker_id=by_title[blocker].id)
        )


def _add_canvas(data: PlanData) -> None:
    offerings = [
        data.add(CanvasOffering(id=n, name=name, color=color, position=n - 1, own=own))
        for n, (name, color, own) in enumerate(OFFERINGS, start=1)
    ]
    value_id = 1
    for number, (name, errc, levels) in enumerate(FACTORS, start=1):
        data.add(CanvasFactor(id=number, name=name, position=number - 1, errc=errc))
        for offering, level in zip(offerings, levels):
            data.add(
                CanvasValue(
                    id=value_id, factor_id=number, offering_id=offering.id, level=float(level)
                )
            )
            value_id += 1
    note_id = 1
    for block, texts in BMC.items():
        for position, text in enumerate(texts):
            data.add(
                CanvasNote(id=note_id, canvas="bmc", block=block, text=text, position=position)
            )
            note_id += 1


def _add_pnl(data: PlanData, tasks: dict[str, Task]) -> None:
    for number, (name, factor) in enumerate(
        [("Base", 1.0), ("Optimistic", 1.3), ("Pessimistic", 0.7)], start=1
    ):
        data.add(
            PnlScenario(
                id=number, name=name, position=number - 1, parameters={"volume_factor": factor}
            )
        )
    ga = tasks["ga"].id
    lines = [
        (
            "Pro subscriptions",
            "revenue",
            "units",
            {"units": 150, "unit_growth": 0.16, "price": 210.0},
            ga,
        ),
        ("Support contracts", "revenue", "growth", {"amount": 6000.0, "growth": 0.08}, ga),
        ("Training workshops", "revenue", "fixed", {"amount": 4500.0}, ga),
        ("Hosting and sync relays", "cogs", "growth", {"amount": 1800.0, "growth": 0.10}, ga),
        ("Payment fees", "cogs", "units", {"units": 150, "unit_growth": 0.16, "price": 6.3}, ga),
        ("Delivery team (from resources)", "opex", "resource_cost", {}, None),
        ("Support staff", "opex", "fixed", {"amount": 18000.0}, ga),
        ("Marketing programmes", "opex", "fixed", {"amount": 12000.0}, None),
        ("Launch campaign", "opex", "one_off", {"amount": 40000.0, "period": 2}, None),
        ("Build servers and licences", "capex", "one_off", {"amount": 25000.0, "period": 0}, None),
    ]
    for number, (name, section, kind, parameters, anchor) in enumerate(lines, start=1):
        data.add(
            PnlLine(
                id=number,
                name=name,
                section=section,
                kind=kind,
                position=number - 1,
                parameters=parameters,
                anchor_task_id=anchor,
            )
        )


# Three-point estimates: pessimistic duration as a multiple of the planned one (the
# engineering unknowns stretch most); every other open task gets 0.8x / 1x / 1.3x.
PESSIMISM = {
    "sync": 2.0,
    "offline": 1.8,
    "api": 1.6,
    "perf": 1.7,
    "mobile": 1.6,
    "security": 1.5,
    "bugbash": 1.6,
    "beta": 1.4,
    "load": 1.5,
    "board": 1.4,
    "billing": 1.5,
    "datamodel": 1.4,
    "usability": 1.4,
}
RISKS = [  # name, probability %, impact in days, task keys, mitigated
    ("App store review rejects the mobile app", 30, 8, ["mobile"], False),
    ("Sync conflicts need a redesign", 20, 10, ["sync", "offline"], False),
    # when it occurs, fixing it is work of its own after the review (a risk task)
    ("Penetration test finds a critical issue", 25, 6, ["security"], False),
    ("Key designer unavailable in December", 40, 4, ["visual"], True),
]


def _add_estimates(data: PlanData, tasks: dict[str, Task]) -> None:
    for key, task in tasks.items():
        if task.milestone or task.percent_complete >= 100 or not task.duration:
            continue
        task.duration_most_likely = task.duration
        task.duration_optimistic = round(task.duration * 0.8)
        task.duration_pessimistic = round(task.duration * PESSIMISM.get(key, 1.3))
        task.distribution = Distribution.PERT if key in PESSIMISM else Distribution.TRIANGULAR
    for number, (name, chance, days, keys, mitigated) in enumerate(RISKS, start=1):
        impact_as = RiskImpact.TASK_AFTER if keys == ["security"] else RiskImpact.LONGER
        data.add(
            Risk(
                id=number,
                name=name,
                probability=chance,
                impact=days * DAY,
                task_ids=[tasks[k].id for k in keys],
                mitigated=mitigated,
                impact_as=impact_as,
            )
        )


def build_demo_plan(language: str = "en") -> PlanData:
    """A product launch plan: ~60 tasks, 8 people, a roadmap, a strategy canvas and a P&L;
    ``language`` "id" gives the Indonesian team's plan, in rupiah (``demo_id``)."""
    plan = Plan(
        name="Aurora 2.0 launch",
        currency="EUR",
        start=datetime(2026, 10, 5, 8, 0),
        status_date=datetime(2026, 11, 26, 17, 0),
        default_calendar_id=1,
        created=datetime(2026, 10, 1, 9, 0),
        settings={
            "pnl": {
                "period": "quarter",
                "periods": 13,
                "first_period": "2026-10-01",
                "discount_rate": 0.10,
            },
            "roadmap": {"fiscal_year_start_month": 1, "ice_mode": "product"},
            # A plan being tracked: work not done by the status date is rescheduled after it
            # (MS Project's "Move start of remaining parts before status date forward").
            "move_remaining_starts_forward": True,
        },
    )
    data = PlanData(plan)
    _add_calendar(data)
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
    tasks = _add_tasks(data, people)
    _add_links(data, tasks)
    _add_roadmap(data, tasks)
    _add_canvas(data)
    _add_pnl(data, tasks)
    _add_estimates(data, tasks)
    _add_tracking(data, tasks, people)
    if language == "id":
        from pmdesk.core.demo_id import to_indonesian

        to_indonesian(data)
    return data


def _add_tracking(data: PlanData, tasks: dict[str, Task], people: dict[str, Resource]) -> None:
    """Baseline 0 as the plan stood before work began (the estimates of BASELINE_DAYS, no
    progress), and the actual costs of OVERSPEND."""
    from pmdesk.core.scheduling import schedule_plan

    kept = {key: (task.duration, task.percent_complete) for key, task in tasks.items()}
    for key, task in tasks.items():
        task.percent_complete = 0.0
        task.duration = BASELINE_DAYS.get(key, task.duration // DAY) * DAY
    status, data.plan.status_date = data.plan.status_date, None
    try:
        planned = schedule_plan(data)
    finally:
        data.plan.status_date = status
        for key, (duration, percent) in kept.items():
            tasks[key].duration, tasks[key].percent_complete = duration, percent
    data.add(Baseline(id=1, number=0, name="Baseline", created=datetime(2026, 10, 2, 17, 0)))
    for number, (task_id, row) in enumerate(planned.tasks.items(), start=1):
        data.add(
            BaselineTask(
                id=number,
                baseline_id=1,
                task_id=task_id,
                start=row.start,
                finish=row.finish,
                duration=row.duration,
                work=row.work,
                cost=row.cost,
            )
        )
    rates = {resource.id: resource.standard_rate for resource in people.values()}
    for key, factor in OVERSPEND.items():
        task = tasks[key]
        hourly = sum(
            a.units * rates[a.resource_id]
            for a in data.assignments.values()
            if a.task_id == task.id
        )
        done = task.duration / 60 * hourly * task.percent_complete / 100
        task.actual_cost = round(done * factor, 2)
