"""Roadmap logic: forecasts and slip flags from a schedule, warnings, filters, moves, periods."""

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core.entities import (
    ConstraintType,
    Horizon,
    RoadmapDependency,
    RoadmapItem,
    RoadmapLane,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.roadmap import (
    RECORD_FIELDS,
    RoadmapFilter,
    cells,
    delivery_tasks,
    dependency_warnings,
    fiscal_year,
    forecast_item,
    item_records,
    periods,
    plan_move,
)


@dataclass
class FakeScheduled:
    finish: datetime
    percent_complete: float


@dataclass
class FakeSchedule:
    tasks: dict


def test_forecast_and_slip():
    item = RoadmapItem(id=1, linked_task_id=7, target_end=date(2027, 3, 1))
    on_time = FakeSchedule({7: FakeScheduled(datetime(2027, 3, 1, 17), 40.0)})
    late = FakeSchedule({7: FakeScheduled(datetime(2027, 3, 10, 17), 40.0)})
    forecast = forecast_item(item, on_time)
    assert forecast.finish == datetime(2027, 3, 1, 17) and forecast.percent_complete == 40.0
    assert not forecast.slipping
    forecast = forecast_item(item, late)
    assert forecast.slipping and forecast.slip_days == 9


def test_unfinished_delivery_scheduled_before_the_status_date_is_overdue():
    item = RoadmapItem(id=1, linked_task_id=7, target_end=date(2027, 3, 1))
    status = datetime(2027, 3, 5, 17)
    schedule = FakeSchedule({7: FakeScheduled(datetime(2027, 3, 1, 17), 25.0)})
    assert forecast_item(item, schedule, status).overdue
    assert not forecast_item(item, schedule).overdue  # no status date: no judgement
    done = FakeSchedule({7: FakeScheduled(datetime(2027, 3, 1, 17), 100.0)})
    assert not forecast_item(item, done, status).overdue
    ahead = FakeSchedule({7: FakeScheduled(datetime(2027, 3, 8, 17), 25.0)})
    assert not forecast_item(item, ahead, status).overdue


def test_unlinked_or_dangling_link_has_no_forecast():
    schedule = FakeSchedule({7: FakeScheduled(datetime(2027, 3, 10), 0.0)})
    assert forecast_item(RoadmapItem(id=1), schedule).finish is None
    dangling = forecast_item(RoadmapItem(id=1, linked_task_id=99), schedule)
    assert dangling.finish is None and not dangling.slipping
    assert forecast_item(RoadmapItem(id=1, linked_task_id=7), None).finish is None


def test_no_target_end_never_slips():
    schedule = FakeSchedule({7: FakeScheduled(datetime(2030, 1, 1), 0.0)})
    assert not forecast_item(RoadmapItem(id=1, linked_task_id=7), schedule).slipping


def board() -> PlanData:
    data = PlanData()
    for lane in (1, 2):
        data.add(RoadmapLane(id=lane, name=f"Lane {lane}", position=lane))
    spec = [
        (1, 1, "now", 0),
        (2, 1, "now", 1),
        (3, 1, "now", 2),
        (4, 1, "next", 0),
        (5, 2, "later", 0),
    ]
    for item_id, lane, horizon, position in spec:
        data.add(
            RoadmapItem(
                id=item_id,
                title=f"Item {item_id}",
                lane_id=lane,
                horizon=Horizon(horizon),
                position=position,
            )
        )
    return data


def apply(data, changes):
    for item_id, values in changes.items():
        data.update(RoadmapItem, item_id, **values)


def ids(data, lane, horizon):
    return [it.id for it in cells(data.roadmap_items.values()).get((lane, Horizon(horizon)), [])]


def test_move_to_another_cell_renumbers_both():
    data = board()
    changes = plan_move(data, [2], 2, Horizon.LATER, 0)
    assert changes[2] == {"lane_id": 2, "horizon": Horizon.LATER, "position": 0}
    apply(data, changes)
    assert ids(data, 2, "later") == [2, 5]
    assert ids(data, 1, "now") == [1, 3]
    assert [data.roadmap_items[i].position for i in (1, 3)] == [0, 1]


def test_reorder_within_a_cell():
    data = board()
    apply(data, plan_move(data, [1], 1, Horizon.NOW, 3))
    assert ids(data, 1, "now") == [2, 3, 1]
    apply(data, plan_move(data, [1], 1, Horizon.NOW, 0))
    assert ids(data, 1, "now") == [1, 2, 3]


def test_move_to_same_place_changes_nothing():
    data = board()
    assert plan_move(data, [2], 1, Horizon.NOW, 1) == {}
    assert plan_move(data, [2], 1, Horizon.NOW, 2) == {}


def test_multi_move_keeps_the_given_order():
    data = board()
    apply(data, plan_move(data, [3, 1], 2, Horizon.PARKED, 0))
    assert ids(data, 2, "parked") == [3, 1]
    assert ids(data, 1, "now") == [2]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([1, 2, 3, 4, 5]),
            st.sampled_from([1, 2, None]),
            st.sampled_from(list(Horizon)),
            st.integers(0, 6),
        ),
        max_size=8,
    )
)
def test_moves_keep_every_card_once_and_positions_dense(moves):
    data = board()
    for item_id, lane, horizon, index in moves:
        apply(data, plan_move(data, [item_id], lane, horizon, index))
        grid = cells(data.roadmap_items.values())
        assert sum(len(c) for c in grid.values()) == 5
        assert data.roadmap_items[item_id].lane_id == lane
        for cell in grid.values():
            assert [it.position for it in cell] == list(range(len(cell)))


def test_dependency_warnings():
    data = board()
    data.update(RoadmapItem, 1, target_end=date(2027, 1, 31))
    data.update(RoadmapItem, 4, target_end=date(2027, 3, 31))
    data.add(RoadmapDependency(id=1, item_id=1, blocker_id=4))  # 1 (now) blocked by 4 (next)
    data.add(RoadmapDependency(id=2, item_id=5, blocker_id=4))  # 5 (later) blocked by 4: fine
    warnings = dependency_warnings(data)
    assert set(warnings) == {1}
    assert len(warnings[1]) == 2
    assert "blocked by “Item 4”" in warnings[1][0] and "before its blocker" in warnings[1][1]


def test_filters():
    data = board()
    data.update(RoadmapItem, 1, tags=["Core", "laptop"], status="done", description="sync offline")
    data.update(RoadmapItem, 2, linked_task_id=4)
    items = list(data.roadmap_items.values())
    assert [i.id for i in RoadmapFilter(tags={"core"}).apply(items)] == [1]
    assert [i.id for i in RoadmapFilter(statuses={"done"}).apply(items)] == [1]
    assert [i.id for i in RoadmapFilter(lanes={2}).apply(items)] == [5]
    assert [i.id for i in RoadmapFilter(linked=True).apply(items)] == [2]
    assert len(RoadmapFilter(linked=False).apply(items)) == 4
    assert [i.id for i in RoadmapFilter(text="OFFLINE sync").apply(items)] == [1]
    assert len(RoadmapFilter().apply(items)) == 5 and not RoadmapFilter().active
    # Dates are never a criterion: undated items pass every filter that matches them otherwise.
    assert all(i.target_start is None for i in RoadmapFilter(lanes={1}).apply(items))


def test_delivery_tasks():
    data = PlanData()
    data.add(Task(id=3, name="Existing", position=0))
    item = RoadmapItem(id=1, title="Offline mode", target_end=date(2027, 3, 12))
    summary, milestone = delivery_tasks(data, item)
    assert (summary.id, milestone.id) == (4, 5)
    assert summary.parent_id is None and summary.position == 1 and summary.name == "Offline mode"
    assert milestone.parent_id == 4 and milestone.milestone
    assert milestone.deadline == datetime(2027, 3, 12, 17, 0)
    assert milestone.constraint_type == ConstraintType.ASAP  # no target start: nothing to hold it
    dated = RoadmapItem(
        id=2, title="Sync", target_start=date(2027, 2, 1), target_end=date(2027, 3, 12)
    )
    _summary, milestone = delivery_tasks(data, dated)
    assert (milestone.constraint_type, milestone.constraint_date) == (
        ConstraintType.SNET,
        datetime(2027, 2, 1, 8),
    )


def test_month_and_fiscal_quarter_periods():
    months = periods(date(2026, 11, 15), date(2027, 2, 1))
    assert [p.label for p in months] == ["Nov 2026", "Dec 2026", "Jan 2027", "Feb 2027"]
    quarters = periods(date(2027, 1, 10), date(2027, 7, 1), "quarter")
    assert [p.label for p in quarters] == ["Q1 2027", "Q2 2027", "Q3 2027"]
    fiscal = periods(date(2027, 1, 10), date(2027, 7, 1), "quarter", fy_start_month=4)
    assert [(p.label, p.start) for p in fiscal] == [
        ("Q4 FY27", date(2027, 1, 1)),
        ("Q1 FY28", date(2027, 4, 1)),
        ("Q2 FY28", date(2027, 7, 1)),
    ]
    assert fiscal_year(date(2027, 3, 31), 4) == 2027 and fiscal_year(date(2027, 4, 1), 4) == 2028


@pytest.mark.parametrize("fy", [1, 2, 4, 7, 10, 12])
def test_quarters_tile_without_gaps(fy):
    result = periods(date(2026, 1, 1), date(2028, 12, 31), "quarter", fy)
    for a, b in zip(result, result[1:]):
        assert a.end == b.start
    assert all((p.start.month - fy) % 3 == 0 for p in result)


# -- `pmdesk roadmap FILE [--json]` -----------------------------------------------------------
# As the issue specifies them for `pmdesk roadmap FILE --json`.
JSON_FIELDS = {
    "id",
    "title",
    "lane",
    "horizon",
    "status",
    "framework",
    "score",
    "target_start",
    "target_end",
    "linked_task_id",
    "forecast_finish",
    "percent_complete",
    "slipping",
}


def test_record_fields_are_the_issue_fields():
    assert set(RECORD_FIELDS) == JSON_FIELDS


def test_item_records_fields_and_nulls():
    data = board()
    data.update(
        RoadmapItem,
        1,
        framework="RICE",
        target_end=date(2027, 3, 1),
        linked_task_id=7,
        score_inputs={"reach": 500, "impact": 2, "confidence": 0.8, "effort": 4},
    )
    schedule = FakeSchedule({7: FakeScheduled(datetime(2027, 3, 10, 17), 25.0)})
    rows = {row["id"]: row for row in item_records(data, schedule)}
    assert all(set(row) == JSON_FIELDS for row in rows.values())
    assert rows[1] | {} == {
        "id": 1,
        "title": "Item 1",
        "lane": "Lane 1",
        "horizon": "now",
        "status": "planned",
        "framework": "RICE",
        "score": 200.0,
        "target_start": None,
        "target_end": "2027-03-01",
        "linked_task_id": 7,
        "forecast_finish": "2027-03-10T17:00",
        "percent_complete": 25.0,
        "slipping": True,
    }
    unlinked = rows[2]
    assert unlinked["score"] is None
    assert (unlinked["forecast_finish"], unlinked["percent_complete"], unlinked["slipping"]) == (
        None,
        None,
        None,
    )
    assert [row["id"] for row in item_records(data, schedule)] == [1, 2, 3, 4, 5]


def test_roadmap_command_on_the_demo_plan(tmp_path, capsys):
    import json

    pmdb = pytest.importorskip("pmdesk.store.pmdb")
    scheduling = pytest.importorskip("pmdesk.core.scheduling")
    if not hasattr(pmdb, "save_plan") or not hasattr(scheduling, "schedule_plan"):
        pytest.skip("the store or the scheduling engine is not in this tree yet")
    from pmdesk.cli import main
    from pmdesk.core.demo import build_demo_plan

    path = tmp_path / "demo.pmdb"
    pmdb.save_plan(build_demo_plan(), path)
    assert main(["roadmap", str(path), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert len(items) == 14 and all(set(item) == JSON_FIELDS for item in items)
    board_item = next(item for item in items if item["title"] == "Planning board")
    assert board_item["score"] == pytest.approx(4000 * 2 * 0.8 / 4)
    assert board_item["forecast_finish"] is not None and isinstance(board_item["slipping"], bool)
    referral = next(item for item in items if item["title"] == "Referral rewards")
    assert referral["score"] is None and referral["forecast_finish"] is None
    assert main(["roadmap", str(path)]) == 0
    assert "Planning board" in capsys.readouterr().out
    assert main(["roadmap", str(tmp_path / "missing.pmdb")]) == 1
