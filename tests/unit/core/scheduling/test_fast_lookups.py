"""The shortcuts the P&L's recompute takes give what the plain forms give: contour_of by a
dict, cost_parts' tuples, ScheduledTasks.get."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core.demo import build_demo_plan
from pmdesk.core.entities import Assignment, Resource, ResourceType, Task, WorkContour
from pmdesk.core.scheduling import schedule_plan
from pmdesk.core.scheduling.contours import contour_of
from pmdesk.core.scheduling.costs import CostParts, cost_parts


@pytest.mark.parametrize("contour", list(WorkContour))
def test_a_contour_is_found_by_member_and_by_stored_text(contour):
    assert contour_of(contour) is contour
    assert contour_of(str(contour.value)) is contour


@given(st.one_of(st.text(max_size=12), st.none(), st.integers(), st.lists(st.text())))
def test_anything_else_is_flat_as_the_enum_says(value):
    try:
        expected = WorkContour(value)
    except (ValueError, TypeError):
        expected = WorkContour.FLAT
    assert contour_of(value) is expected


@pytest.mark.parametrize("kind", list(ResourceType))
def test_cost_parts_are_cost_parts(kind):
    task = Task(id=1, name="t", duration=960)
    resource = Resource(id=1, name="r", type=kind, standard_rate=30.0, cost_per_use=7.0)
    assignment = Assignment(id=1, task_id=1, resource_id=1, units=0.5, cost=12.0)
    parts = cost_parts(assignment, task, resource)
    assert type(parts) is CostParts
    assert parts.total == parts.per_use + parts.spread
    expected = {
        ResourceType.WORK: CostParts(7.0, 480 / 60 * 30.0),
        ResourceType.MATERIAL: CostParts(7.0, 0.5 * 30.0),
        ResourceType.COST: CostParts(0.0, 12.0),
    }[kind]
    assert parts == expected


def test_scheduled_tasks_get_is_the_mappings_get():
    schedule = schedule_plan(build_demo_plan())
    tasks = schedule.tasks
    for tid in list(tasks)[:5]:
        assert tasks.get(tid) is tasks[tid]
    unknown = max(tasks) + 1
    assert tasks.get(unknown) is None
    assert tasks.get(unknown, "none") == "none"
    assert unknown not in tasks
