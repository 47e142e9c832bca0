"""New tasks take the plan's default task type and effort-driven setting (MS Project's File >
Options > Schedule, "Default task type" and "New tasks are effort driven")."""

from __future__ import annotations

import pytest

from pmdesk.core.entities import Plan, TaskType
from pmdesk.core.taskdefaults import plan_effort_driven, plan_task_type
from pmdesk.operations.taskcells import new_task


def test_without_settings_new_tasks_are_fixed_units_and_not_effort_driven():
    task = new_task(1, "A", Plan())
    assert task.task_type == TaskType.FIXED_UNITS and task.effort_driven is False


@pytest.mark.parametrize(
    ("kind", "effort", "expected"),
    [
        ("fixed_duration", True, True),
        ("fixed_duration", False, False),
        ("fixed_work", False, True),  # fixed work is always effort driven
        ("fixed_units", True, True),
    ],
)
def test_new_tasks_follow_the_plans_defaults(kind, effort, expected):
    plan = Plan(settings={"default_task_type": kind, "new_tasks_effort_driven": effort})
    task = new_task(1, "A", plan)
    assert task.task_type == TaskType(kind) and task.effort_driven is expected


def test_a_field_given_wins_over_the_default():
    plan = Plan(settings={"default_task_type": "fixed_work"})
    task = new_task(1, "A", plan, task_type=TaskType.FIXED_DURATION)
    assert task.task_type == TaskType.FIXED_DURATION and task.effort_driven is False


@pytest.mark.parametrize(
    "settings",
    [
        {"default_task_type": "sideways"},
        {"default_task_type": 7},
        {"new_tasks_effort_driven": "yes"},
        {},
    ],
)
def test_odd_settings_read_as_ms_projects_defaults(settings):
    plan = Plan(settings=settings)
    assert plan_task_type(plan) == TaskType.FIXED_UNITS
    assert plan_effort_driven(plan) is False
