"""Loads worked out resource by resource (models/resourceloads.py) are the loads allocating the
whole plan at once gives, to the last bit, whatever order the views ask in; so are the sheet's
totals and over-allocated count, and the usage grid's columns once every load is known."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from pmdesk.core.entities import (
    Assignment,
    Calendar,
    Link,
    Plan,
    Resource,
    ResourceType,
    Task,
    WorkContour,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.allocation import PlanCalendars, ResourceAllocation, allocate
from pmdesk.core.scheduling.costs import assignment_cost, assignment_work
from pmdesk.models.resourceloads import ResourceLoads

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


@st.composite
def loaded_plans(draw) -> PlanData:
    """Up to 8 resources (some material or cost, on three calendars) on up to 14 tasks,
    several per task, with contours, delays, typed work, leveling delays and links."""
    data = PlanData(Plan(name="Loads", start=MON))
    data.add(Calendar(1, "Standard", week={d: [(480, 720), (780, 1020)] for d in range(5)}))
    data.add(Calendar(2, "Mornings", week={d: [(480, 720)] for d in range(5)}))
    data.add(Calendar(3, "Six days", week={d: [(420, 900)] for d in range(6)}))
    data.plan.default_calendar_id = 1
    resource_count = draw(st.integers(1, 8))
    for rid in range(1, resource_count + 1):
        kind = draw(
            st.sampled_from([ResourceType.WORK] * 4 + [ResourceType.MATERIAL, ResourceType.COST])
        )
        data.add(
            Resource(
                rid,
                f"R{rid}",
                type=kind,
                max_units=draw(st.sampled_from([0.5, 1.0, 1.5])),
                standard_rate=draw(st.sampled_from([0.0, 40.0, 55.5])),
                cost_per_use=draw(st.sampled_from([0.0, 10.0])),
                calendar_id=draw(st.sampled_from([None, 1, 2, 3])),
            )
        )
    task_count = draw(st.integers(1, 14))
    for tid in range(1, task_count + 1):
        data.add(
            Task(
                tid,
                f"T{tid}",
                position=tid,
                duration=draw(st.sampled_from([0, DAY // 2, DAY, 2 * DAY, 5 * DAY])),
                duration_elapsed=draw(st.booleans()) and draw(st.booleans()),
            )
        )
    link_id = 0
    for tid in range(2, task_count + 1):
        if draw(st.booleans()):
            link_id += 1
            data.add(Link(link_id, draw(st.integers(1, tid - 1)), tid))
    pairs = draw(
        st.lists(
            st.tuples(st.integers(1, task_count), st.integers(1, resource_count)),
            unique=True,
            max_size=24,
        )
    )
    for aid, (tid, rid) in enumerate(pairs, start=1):
        data.add(
            Assignment(
                aid,
                tid,
                rid,
                units=draw(st.sampled_from([0.25, 0.5, 1.0, 2.0])),
                work=draw(st.none() | st.sampled_from([DAY, 3 * DAY])),
                contour=draw(st.sampled_from([WorkContour.FLAT] * 3 + list(WorkContour))),
                delay=draw(st.sampled_from([0, 0, DAY // 2])),
                leveling_delay=draw(st.sampled_from([0, 0, 600])),
            )
        )
    return data


def _same(lazy: ResourceAllocation | None, eager: ResourceAllocation | None) -> None:
    assert (lazy is None) == (eager is None)
    if lazy is None or eager is None:
        return
    assert lazy.pieces == eager.pieces
    assert lazy.profile.times == eager.profile.times
    assert lazy.profile.levels == eager.profile.levels
    assert lazy.off_days == eager.off_days
    assert lazy.work == eager.work
    assert lazy.by_task == eager.by_task
    assert lazy.over_peaks() == eager.over_peaks()
    assert lazy.overallocated == eager.overallocated
    assert lazy.peak_units() == eager.peak_units()
    assert lazy.first_and_last_day() == eager.first_and_last_day()


def _eager_totals(data: PlanData, resource_id: int) -> tuple[float, float, int]:
    """The sheet's totals as it summed them before loads were made per resource."""
    resource = data.resources[resource_id]
    work = cost = 0.0
    count = 0
    for assignment in data.assignments.values():
        task = data.tasks.get(assignment.task_id)
        if assignment.resource_id != resource_id or task is None:
            continue
        if resource.type == ResourceType.WORK:
            work += assignment_work(assignment, task)
        cost += assignment_cost(assignment, task, resource)
        count += 1
    return (work, cost, count)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=loaded_plans(),
    order=st.randoms(use_true_random=False),
    batch=st.sampled_from([1, 2, 3, 16]),
)
def test_loads_asked_in_any_order_are_the_whole_plans_allocation(make_document, data, order, batch):
    import pmdesk.models.resourceloads as module

    document = make_document(data)
    eager = allocate(document.data, document.schedule, PlanCalendars(document.data))
    loads = ResourceLoads(document)
    ids = sorted(document.data.resources)
    order.shuffle(ids)
    kept, module.BATCH = module.BATCH, batch  # small batches: a slice of the plan each
    try:
        for rid in ids:
            _same(loads.allocation(rid), eager.get(rid))
            assert loads.totals(rid) == _eager_totals(document.data, rid)
    finally:
        module.BATCH = kept
    assert not loads.pending()
    assert loads.all().keys() == eager.keys()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=loaded_plans())
def test_the_loads_worked_out_in_slices_are_the_eager_ones(make_document, data):
    document = make_document(data)
    eager = allocate(document.data, document.schedule, PlanCalendars(document.data))
    loads = ResourceLoads(document)
    ticks = iter(range(10**6))
    # A clock that runs out at once: each slice works out one batch, never nothing.
    slices = 0
    while not loads.compute_pending(0.0, clock=lambda: next(ticks)):
        slices += 1
        assert slices < 100
    for rid, allocation in eager.items():
        assert loads.is_computed(rid)
        _same(loads.allocation(rid), allocation)


def test_a_resource_is_worked_out_with_the_next_ones_and_only_once(make_document, monkeypatch):
    import pmdesk.models.resourceloads as module

    data = PlanData(Plan(name="Many", start=MON))
    data.add(Calendar(1, "Standard", week={d: [(480, 720), (780, 1020)] for d in range(5)}))
    data.plan.default_calendar_id = 1
    for rid in range(1, 41):
        data.add(Resource(rid, f"R{rid}"))
        data.add(Task(rid, f"T{rid}", position=rid, duration=DAY))
        data.add(Assignment(rid, rid, rid, 1.0))
    document = make_document(data)
    calls = []
    real = module.allocate
    monkeypatch.setattr(
        module, "allocate", lambda *a, **k: calls.append(list(k["resource_ids"])) or real(*a, **k)
    )
    loads = ResourceLoads(document)
    loads.allocation(5)
    assert calls == [list(range(5, 5 + module.BATCH))]
    loads.allocation(6)
    loads.allocation(3)
    assert calls[1][0] == 3 and 5 not in calls[1]  # what is known is not worked out again
    loads.all()
    done = [rid for batch in calls for rid in batch]
    assert sorted(done) == list(range(1, 41))  # each resource exactly once


def test_the_sheet_counts_over_allocation_only_once_every_load_is_known(qtbot, make_document):
    from pmdesk.models.resources import ResourceSheetModel

    document = make_document()  # conftest: Ann over-allocated, Bob not
    model = ResourceSheetModel(document)
    assert model.overallocated_count() is None
    with qtbot.waitSignal(model.loadsComplete, timeout=5000):
        model.complete_later()
    assert model.overallocated_count() == 1
    document.rescheduled.emit()  # a new schedule: known again only when worked out again
    assert model.overallocated_count() is None


def test_a_calendar_the_engine_refuses_leaves_only_its_resource_without_a_load(
    make_document, monkeypatch
):
    import pmdesk.models.resourceloads as module
    from pmdesk.core.errors import PmdeskError

    document = make_document()
    real = module.allocate

    def refusing(data, schedule, calendars, resource_ids):
        if 1 in resource_ids:
            raise PmdeskError("That calendar cannot be used.")
        return real(data, schedule, calendars, resource_ids=resource_ids)

    monkeypatch.setattr(module, "allocate", refusing)
    loads = ResourceLoads(document)
    assert loads.allocation(1) is None  # worked out with Bob (2): refused, then each alone
    assert loads.is_computed(2)
    assert loads.allocation(2) is not None


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=loaded_plans(), period=st.sampled_from(["day", "week", "month"]))
def test_the_usage_grid_spans_every_load_once_all_are_known(qtbot, make_document, data, period):
    from pmdesk.core.periods import period_starts
    from pmdesk.ui.workspaces.resources.workspace import ResourcesWorkspace

    document = make_document(data)
    workspace = ResourcesWorkspace(document)
    qtbot.addWidget(workspace)
    workspace.usage.set_period(period, 40)
    workspace.show()
    qtbot.waitUntil(lambda: not workspace.summary.pending)
    eager = allocate(document.data, document.schedule, PlanCalendars(document.data))
    days = [d for a in eager.values() for d in (a.first_and_last_day() or ())]
    schedule = document.schedule
    if schedule is not None and schedule.project_start:
        days += [schedule.project_start.date(), schedule.project_finish.date()]
    first = min(days, default=document.data.plan.start.date())
    assert workspace.usage.starts == period_starts(period, first, max(days, default=first))
    over = sum(1 for a in eager.values() if a.overallocated)
    assert (f"{over} over-allocated" in workspace.summary.text()) == (over > 0)
    workspace.close()


def _manual_task_plan() -> PlanData:
    """A manually scheduled one-day task whose resource works 5 days from its start: the load
    runs past the project's finish (the task keeps its typed dates)."""
    from datetime import timedelta

    data = PlanData(Plan(name="Manual", start=MON))
    data.add(Calendar(1, "Standard", week={d: [(480, 720), (780, 1020)] for d in range(5)}))
    data.add(Calendar(2, "Mornings", week={d: [(480, 720)] for d in range(5)}))
    data.plan.default_calendar_id = 1
    data.add(Resource(1, "Ann"))
    data.add(Resource(2, "Bob", calendar_id=2))
    data.add(
        Task(
            1,
            "T1",
            position=1,
            duration=DAY,
            manual=True,
            manual_start=MON,
            manual_finish=MON + timedelta(hours=9),
        )
    )
    data.add(Assignment(1, 1, 1, 1.0, work=5 * DAY))
    data.add(Assignment(2, 1, 2, 1.0, delay=DAY))
    return data


def test_the_grid_widens_to_the_loads_once_they_are_all_known(qtbot, make_document):
    from datetime import date

    from pmdesk.models.resources import ResourceSheetModel
    from pmdesk.ui.workspaces.resources.usage import UsageGrid

    document = make_document(_manual_task_plan())
    model = ResourceSheetModel(document)
    grid = UsageGrid(model)
    qtbot.addWidget(grid)
    grid.set_period("day", 40)
    assert document.schedule.project_finish.date() == date(2026, 1, 5)
    jan9 = date(2026, 1, 9)
    assert jan9 not in grid.starts  # no load known yet: the project's span
    with qtbot.waitSignal(grid.periodChanged, timeout=5000):
        with qtbot.waitSignal(model.loadsComplete, timeout=5000):
            model.complete_later()
    assert jan9 in grid.starts[:-1]  # Ann's last day of work
    document.rescheduled.emit()
    grid.ensure_current()
    assert jan9 not in grid.starts  # forgotten with the schedule...
    grid.content_size()
    assert jan9 in grid.starts[:-1]  # ...and what is printed spans every load


def test_fitting_the_sheets_columns_works_out_only_the_first_rows_loads(qtbot, make_document):
    from pmdesk.models.resourceloads import BATCH
    from pmdesk.models.resources import COLUMN_INDEX, ResourceSheetModel
    from pmdesk.ui.workspaces.resources.sheet import GridTable

    data = PlanData(Plan(name="Many", start=MON))
    data.add(Calendar(1, "Standard", week={d: [(480, 720), (780, 1020)] for d in range(5)}))
    data.plan.default_calendar_id = 1
    for rid in range(1, 61):
        data.add(Resource(rid, f"Resource with a long name {rid}"))
        data.add(Task(rid, f"T{rid}", position=rid, duration=DAY))
        data.add(Assignment(rid, rid, rid, 2.0))
    model = ResourceSheetModel(make_document(data))
    table = GridTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.show()
    table.fit_columns()
    computed = [rid for rid in model.ids if model.loads.is_computed(rid)]
    assert computed == list(range(1, BATCH + 1))  # the first row's indicator: one batch
    header = table.horizontalHeader()
    peak = model.headerData(COLUMN_INDEX["peak"], Qt.Orientation.Horizontal)
    assert header.sectionSize(COLUMN_INDEX["peak"]) >= table.fontMetrics().horizontalAdvance(
        "9999%"
    )
    assert header.sectionSize(COLUMN_INDEX["name"]) > table.fontMetrics().horizontalAdvance(
        "Resource with a long name 60"
    )
    assert peak == "Peak"
