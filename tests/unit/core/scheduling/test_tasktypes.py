"""MS Project's task-type and effort-driven rules as a table of cases.

Sources (see core/scheduling/tasktypes.py): Microsoft's "Change the task type Project uses
to calculate task duration" table (fixed units / fixed work / fixed duration x revise units /
duration / work), "Change the effort driven setting for task types" (first assignment,
fixed-work tasks always effort-driven, fixed units shortens, fixed duration lowers units) and
the "Dig deeper into scheduling" course (two resources: 24 h each; one then a second:
12 h each, duration halved). Units are fractions, durations and work hours (x 60 minutes).
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core.entities import TaskType
from pmdesk.core.scheduling.tasktypes import (
    Part,
    TaskTypeError,
    Triangle,
    add_resources,
    edit_duration,
    edit_units,
    edit_work,
    remove_resources,
    scale_units,
)

FU, FD, FW = TaskType.FIXED_UNITS, TaskType.FIXED_DURATION, TaskType.FIXED_WORK
H = 60  # minutes per hour


def one(duration_h=40, units=1.0) -> Triangle:
    """A 5-day (40-hour) task with R1 at ``units``: work = duration x units."""
    return Triangle(duration_h * H, {1: Part(units, duration_h * units * H)})


def two(duration_h=40) -> Triangle:
    """The same task with R1 and R2 at 100 %: 40 h each, 80 h in all."""
    return Triangle(duration_h * H, {1: Part(1.0, duration_h * H), 2: Part(1.0, duration_h * H)})


def hours(tri: Triangle):
    """(duration h, {key: (units, work h)}) rounded for comparing."""
    return (
        round(tri.duration / H, 3),
        {k: (round(p.units, 4), round(p.work / H, 3)) for k, p in tri.parts.items()},
    )


# (case, result of the edit, expected (duration h, {resource: (units, work h)}))
CASES = [
    # -- revise duration (5 days -> 10 days) --------------------------------------------------
    (
        "fixed units, duration: work recalculated",
        lambda: edit_duration(one(), FU, 80 * H),
        (80, {1: (1.0, 80)}),
    ),
    (
        "fixed duration, duration: work recalculated",
        lambda: edit_duration(one(), FD, 80 * H),
        (80, {1: (1.0, 80)}),
    ),
    (
        "fixed work, duration: units recalculated",
        lambda: edit_duration(one(), FW, 80 * H),
        (80, {1: (0.5, 40)}),
    ),
    # -- revise work (40 h -> 80 h) -----------------------------------------------------------
    (
        "fixed units, work: duration recalculated",
        lambda: edit_work(one(), FU, 80 * H),
        (80, {1: (1.0, 80)}),
    ),
    (
        "fixed duration, work: units recalculated",
        lambda: edit_work(one(), FD, 80 * H),
        (40, {1: (2.0, 80)}),
    ),
    (
        "fixed work, work: duration recalculated",
        lambda: edit_work(one(), FW, 80 * H),
        (80, {1: (1.0, 80)}),
    ),
    # -- revise units (100 % -> 50 %) ---------------------------------------------------------
    (
        "fixed units, units: duration recalculated",
        lambda: edit_units(one(), FU, 1, 0.5),
        (80, {1: (0.5, 40)}),
    ),
    (
        "fixed duration, units: work recalculated",
        lambda: edit_units(one(), FD, 1, 0.5),
        (40, {1: (0.5, 20)}),
    ),
    (
        "fixed work, units: duration recalculated",
        lambda: edit_units(one(), FW, 1, 2.0),
        (20, {1: (2.0, 40)}),
    ),
    # -- add a resource (R2 at 100 % joins R1 at 100 %) ---------------------------------------
    (
        "fixed units, effort-driven, add: work kept, duration halved",
        lambda: add_resources(one(), FU, True, {2: 1.0}),
        (20, {1: (1.0, 20), 2: (1.0, 20)}),
    ),
    (
        "fixed units, not effort-driven, add: work added, duration kept",
        lambda: add_resources(one(), FU, False, {2: 1.0}),
        (40, {1: (1.0, 40), 2: (1.0, 40)}),
    ),
    (
        "fixed duration, effort-driven, add: work kept, units lowered",
        lambda: add_resources(one(), FD, True, {2: 1.0}),
        (40, {1: (0.5, 20), 2: (0.5, 20)}),
    ),
    (
        "fixed duration, not effort-driven, add: work added",
        lambda: add_resources(one(), FD, False, {2: 1.0}),
        (40, {1: (1.0, 40), 2: (1.0, 40)}),
    ),
    (
        "fixed work, effort-driven, add: duration halved",
        lambda: add_resources(one(), FW, True, {2: 1.0}),
        (20, {1: (1.0, 20), 2: (1.0, 20)}),
    ),
    (
        "fixed work, flag off, add: still effort-driven",
        lambda: add_resources(one(), FW, False, {2: 1.0}),
        (20, {1: (1.0, 20), 2: (1.0, 20)}),
    ),
    # -- remove a resource (R2 leaves R1; 40 h each) ------------------------------------------
    (
        "fixed units, effort-driven, remove: work kept, duration doubled",
        lambda: remove_resources(two(), FU, True, [2]),
        (80, {1: (1.0, 80)}),
    ),
    (
        "fixed units, not effort-driven, remove: its work goes",
        lambda: remove_resources(two(), FU, False, [2]),
        (40, {1: (1.0, 40)}),
    ),
    (
        "fixed duration, effort-driven, remove: units raised",
        lambda: remove_resources(two(), FD, True, [2]),
        (40, {1: (2.0, 80)}),
    ),
    (
        "fixed duration, not effort-driven, remove: its work goes",
        lambda: remove_resources(two(), FD, False, [2]),
        (40, {1: (1.0, 40)}),
    ),
    (
        "fixed work, effort-driven, remove: duration doubled",
        lambda: remove_resources(two(), FW, True, [2]),
        (80, {1: (1.0, 80)}),
    ),
    (
        "fixed work, flag off, remove: still effort-driven",
        lambda: remove_resources(two(), FW, False, [2]),
        (80, {1: (1.0, 80)}),
    ),
    # -- the first assignment is never effort-driven ------------------------------------------
    (
        "first assignment, effort-driven: duration x units",
        lambda: add_resources(Triangle(24 * H), FU, True, {1: 1.0}),
        (24, {1: (1.0, 24)}),
    ),
    (
        "two first assignments at once, effort-driven: 24 h each",
        lambda: add_resources(Triangle(24 * H), FU, True, {1: 1.0, 2: 1.0}),
        (24, {1: (1.0, 24), 2: (1.0, 24)}),
    ),
    (
        "first at 50 %, fixed duration: half the duration of work",
        lambda: add_resources(Triangle(40 * H), FD, True, {1: 0.5}),
        (40, {1: (0.5, 20)}),
    ),
    # -- Microsoft's course example: 24 h, one at 100 %, a second joins: 12 h each -----------
    (
        "course example: second resource halves the 24-hour task",
        lambda: add_resources(
            add_resources(Triangle(24 * H), FU, True, {1: 1.0}), FU, True, {2: 1.0}
        ),
        (12, {1: (1.0, 12), 2: (1.0, 12)}),
    ),
    # -- MS Project 98 help: two painters at 100 % on 4 days, two more join: 50 % each -------
    (
        "help example: four painters on a fixed-duration task at 50 %",
        lambda: add_resources(
            Triangle(32 * H, {1: Part(1.0, 32 * H), 2: Part(1.0, 32 * H)}),
            FD,
            True,
            {3: 1.0, 4: 1.0},
        ),
        (32, {1: (0.5, 16), 2: (0.5, 16), 3: (0.5, 16), 4: (0.5, 16)}),
    ),
    # -- ...then the duration halves: work recalculated (64 h -> 32 h) ------------------------
    (
        "help example: fixed-duration painters' duration halved, work halved",
        lambda: edit_duration(
            Triangle(32 * H, {k: Part(0.5, 16 * H) for k in range(1, 5)}), FD, 16 * H
        ),
        (16, {k: (0.5, 8) for k in range(1, 5)}),
    ),
    # -- several resources, units of one revised ---------------------------------------------
    (
        "fixed units, one of two at 50 %: the task takes as long as its longest assignment",
        lambda: edit_units(two(), FU, 2, 0.5),
        (80, {1: (1.0, 40), 2: (0.5, 40)}),
    ),
    (
        "fixed units, unequal units, effort-driven add: work shared by units",
        lambda: add_resources(one(), FU, True, {2: 0.5}),
        (26.667, {1: (1.0, 26.667), 2: (0.5, 13.333)}),
    ),
    (
        "total units typed: every assignment scaled",
        lambda: scale_units(two(), FU, 4.0),
        (20, {1: (2.0, 40), 2: (2.0, 40)}),
    ),
    (
        "remove the last resource: duration kept",
        lambda: remove_resources(one(), FU, True, [1]),
        (40, {}),
    ),
]


@pytest.mark.parametrize("name,edit,expected", CASES, ids=[c[0] for c in CASES])
def test_ms_project_task_type_rules(name, edit, expected):
    assert hours(edit()) == expected


@pytest.mark.parametrize(
    "edit",
    [
        lambda: edit_duration(one(), FW, 0),
        lambda: edit_work(Triangle(0, {1: Part(1.0, 0)}), FD, 60),
        lambda: edit_work(Triangle(480), FU, 60),
        lambda: edit_units(one(), FU, 1, 0),
        lambda: edit_units(one(), FU, 1, -0.5),
        lambda: edit_units(one(), FU, 1, math.nan),
        lambda: add_resources(one(), FU, True, {2: math.inf}),
    ],
)
def test_impossible_edits_say_why(edit):
    with pytest.raises(TaskTypeError) as caught:
        edit()
    assert str(caught.value).endswith(".")


units_st = st.floats(0.1, 4.0)
minutes_st = st.floats(60, 100_000)


@given(st.sampled_from(list(TaskType)), st.booleans(), minutes_st, units_st, units_st)
def test_add_then_remove_keeps_the_triangle(task_type, effort, duration, u1, u2):
    """After any add or remove each assignment's work = its span x units, the task lasts as
    long as its longest assignment, and effort-driven adds keep the total work."""
    start = Triangle(duration, {1: Part(u1, duration * u1)})
    added = add_resources(start, task_type, effort, {2: u2})
    for part in added.parts.values():
        assert part.work / part.units <= added.duration * (1 + 1e-9)
    if effort or task_type == FW:
        assert math.isclose(added.work, start.work)
        removed = remove_resources(added, task_type, effort, [2])
        assert math.isclose(removed.work, start.work)
        assert math.isclose(removed.duration, start.duration)
        assert math.isclose(removed.parts[1].units, u1)
    else:
        assert math.isclose(added.work, start.work + duration * u2)


@given(st.sampled_from(list(TaskType)), minutes_st, units_st, minutes_st)
def test_each_edit_keeps_what_its_type_fixes(task_type, duration, units, new):
    tri = Triangle(duration, {1: Part(units, duration * units)})
    after = edit_duration(tri, task_type, new)
    assert math.isclose(after.duration, new)
    if task_type == FW:
        assert math.isclose(after.work, tri.work)
    else:
        assert math.isclose(after.parts[1].units, units)
    assert math.isclose(after.parts[1].work, after.duration * after.parts[1].units)


def test_assignment_work_typed():
    from pmdesk.core.scheduling.tasktypes import edit_assignment_work

    # Fixed units: R2's 80 h at 100 % take 10 days, so does the task.
    assert hours(edit_assignment_work(two(), FU, 2, 80 * H)) == (80, {1: (1.0, 40), 2: (1.0, 80)})
    # Fixed duration: R2's units rise to do 80 h in 5 days.
    assert hours(edit_assignment_work(two(), FD, 2, 80 * H)) == (40, {1: (1.0, 40), 2: (2.0, 80)})
