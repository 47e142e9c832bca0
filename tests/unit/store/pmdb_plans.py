"""Plans shared by the store tests: one with every entity kind, and a plan comparison."""

from __future__ import annotations

from datetime import date, datetime

from pmdesk.core import entities as en
from pmdesk.core.plandata import PlanData


def every_kind_plan(tasks: int = 6) -> PlanData:
    """A small plan holding at least one entity of every kind, with non-default values."""
    data = PlanData(
        en.Plan(
            name="Every kind",
            currency="SEK",
            start=datetime(2026, 3, 2, 9, 30),
            finish=datetime(2026, 12, 18, 17, 0),
            schedule_from=en.ScheduleFrom.FINISH,
            status_date=datetime(2026, 4, 1, 12, 0),
            default_calendar_id=1,
            created=datetime(2026, 2, 1, 10, 0),
            settings={"pnl": {"periods": 8, "rate": 0.07}, "flags": [1, "two", None]},
        )
    )
    items: list = [
        en.Calendar(id=1, name="Standard", week={d: [(480, 720), (780, 1020)] for d in range(5)}),
        en.Calendar(id=2, name="Night", base_id=1, week={5: [(1200, 1440)]}, minutes_per_day=420),
        en.CalendarException(
            id=1,
            calendar_id=1,
            start=date(2026, 12, 24),
            finish=date(2026, 12, 26),
            name="Christmas",
            recurrence="yearly",
            until=date(2030, 1, 1),
        ),
        en.CalendarException(
            id=2,
            calendar_id=2,
            start=date(2026, 5, 1),
            finish=date(2026, 5, 1),
            intervals=[(600, 660)],
        ),
        en.Resource(
            id=1,
            name="Ana Núñez",
            initials="AN",
            group="Dev",
            max_units=0.5,
            standard_rate=88.5,
            overtime_rate=120.0,
            cost_per_use=10.0,
            calendar_id=2,
            email="ana@example.org",
        ),
        en.Resource(id=2, name="Concrete", type=en.ResourceType.MATERIAL, material_label="m3"),
        en.Baseline(id=1, number=1, name="Plan of record", created=datetime(2026, 2, 2, 8, 0)),
        en.RoadmapLane(id=1, name="Platform", color="#112233", position=1),
        en.RoadmapItem(
            id=1,
            title="Offline mode",
            description="Works on a plane ✈",
            lane_id=1,
            horizon=en.Horizon.NEXT,
            position=2,
            target_start=date(2026, 6, 1),
            target_end=date(2026, 9, 30),
            status="at_risk",
            tags=["sync", "mobile"],
            linked_task_id=2,
            framework="WSJF",
            score_inputs={"value": 8, "size": 2.5},
        ),
        en.RoadmapItem(id=2, title="Dark theme"),
        en.RoadmapDependency(id=1, item_id=1, blocker_id=2),
        en.ScoringModel(
            id=1,
            name="Ours",
            formula="reach * impact / effort",
            criteria=["reach", "impact", "effort"],
            settings={"scale": 10},
        ),
        en.CanvasOffering(id=1, name="Us", own=True, position=1),
        en.CanvasFactor(id=1, name="Price", errc="reduce", notes="cheaper than X"),
        en.CanvasValue(id=1, factor_id=1, offering_id=1, level=7.5),
        en.CanvasNote(
            id=1, canvas="lean", block="problem", text="Too many spreadsheets", color="#ff0"
        ),
        en.PnlScenario(id=1, name="Bull", parameters={"volume_factor": 1.2}),
        en.PnlLine(
            id=1,
            name="Licences",
            section="revenue",
            kind="units",
            parameters={"units": 100, "price": 49.0, "growth": 0.05},
            anchor_task_id=2,
        ),
        en.PnlOverride(id=1, line_id=1, scenario_id=None, period=3, value=-1250.25),
        en.Risk(
            id=1,
            name="Supplier late",
            probability=35.5,
            impact=960,
            task_ids=[2, 5],
            mitigated=True,
            notes="second source",
            impact_as=en.RiskImpact.TASK_AFTER,
        ),
    ]
    for n in range(1, tasks + 1):
        items.append(
            en.Task(
                id=n,
                name=f"Task {n}",
                parent_id=None if n == 1 else 1,
                position=n,
                notes="line one\nline two" if n == 2 else "",
                duration=480 * n,
                duration_elapsed=n == 3,
                milestone=n == tasks,
                manual=n == 4,
                manual_start=datetime(2026, 3, 3, 8, 0) if n == 4 else None,
                manual_finish=datetime(2026, 3, 5, 17, 0) if n == 4 else None,
                constraint_type=en.ConstraintType.SNET if n == 5 else en.ConstraintType.ASAP,
                constraint_date=datetime(2026, 4, 6, 8, 0) if n == 5 else None,
                deadline=datetime(2026, 5, 29, 17, 0) if n == 2 else None,
                calendar_id=2 if n == 3 else None,
                priority=500 + n,
                percent_complete=12.5 * (n % 4),
                actual_start=datetime(2026, 3, 2, 9, 30) if n == 2 else None,
                fixed_cost=100.25 * n,
                color="#abcdef" if n == 2 else None,
                duration_optimistic=240 * n if n == 2 else None,
                duration_most_likely=480 * n if n == 2 else None,
                duration_pessimistic=960 * n if n == 2 else None,
                distribution=en.Distribution.PERT if n == 2 else en.Distribution.TRIANGULAR,
                task_type=list(en.TaskType)[n % 3],
                effort_driven=n % 2 == 0,
                fixed_cost_accrual=list(en.CostAccrual)[n % 3],
                leveling_delay=2880 if n == 6 else 0,
                leveling_can_split=n != 4,
                level_assignments=n != 5,
            )
        )
    for n in range(2, tasks):
        items.append(
            en.Link(
                id=n - 1,
                predecessor_id=n,
                successor_id=n + 1,
                type=list(en.LinkType)[n % 4],
                lag=-60 if n == 2 else 25.5,
                lag_kind=en.LagKind.PERCENT if n == 3 else en.LagKind.WORKING,
            )
        )
        items.append(
            en.Assignment(
                id=n - 1,
                task_id=n,
                resource_id=1,
                units=0.75,
                work=None if n == 2 else 600,
                actual_work=120 if n == 3 else None,
                overtime_work=60 * n,
                delay=30 if n == 4 else 0,
                cost=12.5 if n == 5 else None,
                leveling_delay=120 if n == 3 else 0,
            )
        )
        items.append(
            en.BaselineTask(
                id=n - 1,
                baseline_id=1,
                task_id=n,
                start=datetime(2026, 3, 2, 8),
                finish=datetime(2026, 3, 9, 17),
                duration=2400,
                work=1200,
                cost=99.5,
            )
        )
    data.load(items)
    return data


def assert_same_plan(left: PlanData, right: PlanData) -> None:
    assert left.plan == right.plan
    for kind in en.ENTITY_KINDS:
        assert left.table(kind) == right.table(kind), kind.__name__
