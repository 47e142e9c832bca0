"""The demo plan's business side: the strategy canvas against two alternatives, the
business model canvas notes, and the P&L lines and scenarios, revenue starting at general
availability."""

from __future__ import annotations

from pmdesk.core.entities import (
    CanvasFactor,
    CanvasNote,
    CanvasOffering,
    CanvasValue,
    PnlLine,
    PnlScenario,
    Task,
)
from pmdesk.core.plandata import PlanData

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


def add_canvas(data: PlanData) -> None:
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


def add_pnl(data: PlanData, tasks: dict[str, Task]) -> None:
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
