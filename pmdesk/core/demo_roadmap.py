"""The demo plan's roadmap: four lanes of items with their scores, targets and blockers,
the delivered ones linked to the tasks that deliver them."""

from __future__ import annotations

from datetime import date

from pmdesk.core.entities import (
    Horizon,
    RoadmapDependency,
    RoadmapItem,
    RoadmapLane,
    Task,
)
from pmdesk.core.plandata import PlanData

LANES = [
    ("Planning experience", "#4e79a7"),
    ("Collaboration", "#59a14f"),
    ("Platform and reliability", "#f28e2b"),
    ("Growth", "#b07aa1"),
]

# title, lane, horizon, status, framework, inputs, tags, linked task, target start/end
RoadmapRow = tuple[
    str, int, str, str, str, dict[str, float], list[str], str | None, date | None, date | None
]
ROADMAP: list[RoadmapRow] = [
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


def add_roadmap(data: PlanData, tasks: dict[str, Task]) -> None:
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
    for number, (blocked, blocker) in enumerate(ROADMAP_BLOCKERS, start=1):
        data.add(
            RoadmapDependency(
                id=number, item_id=by_title[blocked].id, blocker_id=by_title[blocker].id
            )
        )
