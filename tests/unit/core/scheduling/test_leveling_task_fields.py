"""The task's own Leveling Can Split and Level Assignments fields: leveling splits a task, or
delays its assignments one by one, only where both the task and the Leveling Options allow it
(Microsoft's "Leveling Can Split task field" and "Level Assignments task field" pages)."""

from __future__ import annotations

import pytest

from pmdesk.core.entities import ConstraintType, Resource, TaskType
from pmdesk.core.scheduling.leveling import LevelingOptions, level_plan
from tests.unit.core.scheduling.test_leveling import MON, at, build

MSO = ConstraintType.MSO


def split_plan(**fields):
    """Ann must spend Tuesday on T1; T2 (2 days) can work Monday and Wednesday around it."""
    return build(
        [(1, 1, {"constraint_type": MSO, "constraint_date": at(6)}), (2, 2, fields)],
        [(1, 1, 1.0), (2, 1, 1.0)],
    )


@pytest.mark.parametrize(
    ("task_allows", "plan_allows", "split"),
    [(True, True, True), (False, True, False), (True, False, False), (False, False, False)],
)
def test_a_task_is_split_only_where_both_it_and_the_options_allow_it(
    task_allows, plan_allows, split
):
    data = split_plan(leveling_can_split=task_allows)
    result = level_plan(data, LevelingOptions(splits=plan_allows))
    if split:
        assert result.splits == {2: [(480, 480)]} and result.delays == {}
    else:  # it waits for a stretch long enough: Wednesday, two days after Monday
        assert result.splits == {} and result.delays == {2: 2 * 1440}


def assignments_plan(**fields):
    """Ann is taken Wednesday-Thursday and Bob Monday-Tuesday; T3 needs both for 2 days."""
    return build(
        [
            (1, 2, {"constraint_type": MSO, "constraint_date": at(7)}),
            (2, 2, {"constraint_type": MSO, "constraint_date": MON}),
            (3, 2, fields),
        ],
        [(1, 1, 1.0), (2, 2, 1.0), (3, 1, 1.0), (3, 2, 1.0)],
        resources=[Resource(1, "Ann"), Resource(2, "Bob")],
    )


@pytest.mark.parametrize(
    ("fields", "plan_allows", "one_by_one"),
    [
        ({}, True, True),
        ({"level_assignments": False}, True, False),
        ({}, False, False),
        # MS Project: a fixed-duration task's Level Assignments is No (and cannot be set).
        ({"task_type": TaskType.FIXED_DURATION}, True, False),
    ],
)
def test_assignments_are_delayed_one_by_one_only_where_the_task_and_options_allow_it(
    fields, plan_allows, one_by_one
):
    data = assignments_plan(**fields)
    result = level_plan(data, LevelingOptions(adjust_assignments=plan_allows, splits=False))
    if one_by_one:  # Ann Monday-Tuesday, Bob (assignment 4) Wednesday-Thursday
        assert result.delays == {} and result.assignment_delays == {4: 2 * 1440}
    else:  # together, from Friday
        assert result.delays == {3: 4 * 1440} and result.assignment_delays == {}
