"""The demo plan covers every part of pmdesk with realistic, consistent data."""

from collections import Counter

from pmdesk.core.demo import build_demo_plan
from pmdesk.core.entities import Horizon, LagKind, LinkType


def test_demo_plan_has_what_the_issue_asks_for():
    data = build_demo_plan()
    parents = {t.parent_id for t in data.tasks.values()}
    leaves = [t for t in data.tasks.values() if t.id not in parents]
    assert 50 <= len(data.tasks) <= 70
    assert sum(t.milestone for t in leaves) >= 6
    assert {link.type for link in data.links.values()} == set(LinkType)
    assert any(link.lag_kind is LagKind.PERCENT for link in data.links.values())
    assert any(link.lag < 0 for link in data.links.values())
    assert len(data.resources) == 8
    assert all(r.standard_rate > 0 for r in data.resources.values())
    assert {a.resource_id for a in data.assignments.values()} == set(data.resources)
    assert len(data.canvas_factors) >= 8 and len(data.canvas_offerings) == 3
    assert len(data.canvas_values) == len(data.canvas_factors) * 3
    assert data.plan.settings["pnl"]["periods"] * 3 >= 36  # quarters over 3 years
    horizons = Counter(item.horizon for item in data.roadmap_items.values())
    assert set(horizons) == set(Horizon)
    assert len({item.lane_id for item in data.roadmap_items.values()}) == len(data.roadmap_lanes)


def test_demo_references_are_consistent():
    data = build_demo_plan()
    for link in data.links.values():
        assert link.predecessor_id in data.tasks and link.successor_id in data.tasks
    for item in data.roadmap_items.values():
        assert item.linked_task_id is None or item.linked_task_id in data.tasks
    for line in data.pnl_lines.values():
        assert line.anchor_task_id is None or data.tasks[line.anchor_task_id].milestone
    for value in data.canvas_values.values():
        assert value.factor_id in data.canvas_factors and value.offering_id in data.canvas_offerings


def test_demo_is_reproducible():
    assert build_demo_plan().tasks == build_demo_plan().tasks
