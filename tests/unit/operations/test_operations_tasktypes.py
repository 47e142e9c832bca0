"""Typing duration, work, units and resources into a task's cells follows its type and its
effort-driven setting (core/scheduling/tasktypes.py), one undo step each, and the engine
schedules what was written: the task lasts as long as the triangle says."""

import copy
import math
from datetime import datetime

import pytest
from plan_editor import DAY, RecordingEditor, small_plan

from pmdesk.core.entities import Assignment, Resource, ResourceType, TaskType
from pmdesk.core.errors import PmdeskError
from pmdesk.core.scheduling.scheduler import schedule_plan
from pmdesk.operations import taskcells
from pmdesk.operations.outline import Outline


def staffed(task_type=TaskType.FIXED_UNITS, effort=False):
    """Design (3 days) with Ana at 100 %; Bo and a material resource in the pool."""
    data = small_plan()
    data.load(
        [
            Resource(1, "Ana"),
            Resource(2, "Bo"),
            Resource(3, "Sand", type=ResourceType.MATERIAL, material_label="t"),
            Assignment(1, 2, 1, 1.0),
        ]
    )
    data.update(type(data.tasks[2]), 2, task_type=task_type, effort_driven=effort)
    return data, RecordingEditor(data)


def cell(editor, task_id, key, value):
    data = editor.data
    taskcells.apply_cell(editor, Outline(data), data.tasks[task_id], key, value)


def work_of(data, task_id):
    task = data.tasks[task_id]
    return sum(
        a.work if a.work is not None else task.duration * a.units
        for a in data.assignments.values()
        if a.task_id == task_id and data.resources[a.resource_id].type == ResourceType.WORK
    )


def test_fixed_units_effort_driven_adding_a_person_halves_the_duration_in_the_engine():
    data, editor = staffed(effort=True)
    cell(editor, 2, "resources", "Ana, Bo")
    assert data.tasks[2].duration == 1.5 * DAY
    assert work_of(data, 2) == 3 * DAY
    assert editor.steps == ["Assign resources"]
    schedule = schedule_plan(data)
    assert schedule.tasks[2].work == 3 * DAY
    # A day and a half from Monday 08:00 on 8-12, 13-17: Tuesday 12:00.
    assert schedule.tasks[2].finish == datetime(2026, 3, 3, 12, 0)


def test_not_effort_driven_adding_a_person_adds_work():
    data, editor = staffed(effort=False)
    cell(editor, 2, "resources", "Ana, Bo")
    assert data.tasks[2].duration == 3 * DAY and work_of(data, 2) == 6 * DAY


def test_fixed_duration_effort_driven_lowers_units():
    data, editor = staffed(TaskType.FIXED_DURATION, True)
    cell(editor, 2, "resources", "Ana, Bo")
    units = sorted(a.units for a in data.assignments.values() if a.task_id == 2)
    assert units == [0.5, 0.5] and data.tasks[2].duration == 3 * DAY


def test_material_resources_leave_the_triangle_alone():
    data, editor = staffed(effort=True)
    cell(editor, 2, "resources", "Ana, Sand[500%]")
    assert data.tasks[2].duration == 3 * DAY and work_of(data, 2) == 3 * DAY


def test_typed_work_and_units_by_type():
    data, editor = staffed()
    cell(editor, 2, "work", "48")  # a bare number is hours: fixed units -> 6 days
    assert data.tasks[2].duration == 6 * DAY
    cell(editor, 2, "units", "200%")  # fixed units: the same work in 3 days
    assert data.tasks[2].duration == 3 * DAY and work_of(data, 2) == 6 * DAY
    cell(editor, 2, "task_type", "Fixed Duration")
    cell(editor, 2, "work", "12h")  # fixed duration: units fall to 50 %
    assert data.tasks[2].duration == 3 * DAY
    assert data.assignments[1].units == pytest.approx(0.5)
    cell(editor, 2, "task_type", "fixed work")
    assert data.tasks[2].effort_driven  # fixed work is always effort-driven
    cell(editor, 2, "duration", "6d")  # fixed work: units halve again, work stays
    assert work_of(data, 2) == 12 * 60
    assert data.assignments[1].units == pytest.approx(0.25)
    assert len(editor.steps) == 6


def test_typed_duration_on_fixed_units_changes_work_and_schedule():
    data, editor = staffed()
    cell(editor, 2, "duration", "5d")
    assert work_of(data, 2) == 5 * DAY
    assert schedule_plan(data).tasks[2].work == 5 * DAY


@pytest.mark.parametrize(
    "key,value,words",
    [
        ("work", "-5h", "not work"),
        ("work", "nan", "not work"),
        ("work", "1e12", "not work"),
        ("work", "9999999h", "at most"),
        ("units", "0%", "more than 0"),
        ("units", "-50", "more than 0"),
        ("units", "inf", "not a percentage"),
        ("units", "100000001%", "cannot be more"),
        ("task_type", "Fixed Cost", "not a task type"),
        ("effort_driven", "perhaps", "not Yes or No"),
        ("fixed_cost_accrual", "Later", "not a cost accrual"),
        ("fixed_cost", "nan", "between"),
        ("fixed_cost", "-3", "between"),
    ],
)
def test_bad_input_is_one_sentence_and_changes_nothing(key, value, words):
    data, editor = staffed()
    before = copy.deepcopy((data.tasks, dict(data.assignments)))
    with pytest.raises(PmdeskError) as caught:
        cell(editor, 2, key, value)
    assert words in str(caught.value) and str(caught.value).rstrip(")").endswith(".")
    assert (data.tasks, dict(data.assignments)) == before
    assert editor.steps == []


def test_units_on_a_task_without_resources_say_what_to_do():
    data, editor = staffed()
    with pytest.raises(PmdeskError, match="Assign a resource"):
        cell(editor, 4, "work", "8h")
    with pytest.raises(PmdeskError, match="Assign a resource"):
        cell(editor, 4, "units", "50%")


def test_fixed_work_refuses_the_effort_driven_flag_off():
    data, editor = staffed(TaskType.FIXED_WORK, True)
    with pytest.raises(PmdeskError, match="always effort-driven"):
        cell(editor, 2, "effort_driven", "No")


def test_accrual_typed():
    data, editor = staffed()
    cell(editor, 2, "fixed_cost_accrual", "End")
    assert data.tasks[2].fixed_cost_accrual == "end"
    assert math.isclose(data.tasks[2].fixed_cost, 0.0)


def test_tracking_that_changes_the_duration_follows_the_type():
    """An actual duration beyond the planned one lengthens the task: a fixed-units task's
    work grows with it, a fixed-work task's units fall."""
    data, editor = staffed()
    cell(editor, 2, "actual_duration", "4d")
    assert data.tasks[2].duration == 4 * DAY and work_of(data, 2) == 4 * DAY
    data, editor = staffed(TaskType.FIXED_WORK, True)
    cell(editor, 2, "actual_duration", "6d")
    assert work_of(data, 2) == 3 * DAY
    assert data.assignments[1].units == pytest.approx(0.5)
    assert len(editor.steps) == 1


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_EDITS = st.lists(
    st.one_of(
        st.tuples(st.just("duration"), st.sampled_from(["1d", "2d", "4d", "12h", "6d"])),
        st.tuples(st.just("work"), st.sampled_from(["8h", "20h", "48", "3d"])),
        st.tuples(st.just("units"), st.sampled_from(["50%", "100%", "150%", "300%"])),
        st.tuples(
            st.just("resources"),
            st.sampled_from(["Ana", "Ana, Bo", "Bo[50%]", "Ana[200%], Bo", "Ana, Bo, Sand[3]"]),
        ),
        st.tuples(
            st.just("task_type"), st.sampled_from(["Fixed Units", "Fixed Duration", "Fixed Work"])
        ),
        st.tuples(st.just("effort_driven"), st.sampled_from(["Yes", "No"])),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=60, deadline=None)
@given(_EDITS)
def test_any_sequence_of_edits_keeps_the_triangle_and_the_engine_agrees(edits):
    """Whatever is typed in whatever order: each assignment's work fits in the task (its
    span at its units is at most the duration), the longest one fills it, and the engine's
    work is the assignments' work; a refused edit changes nothing."""
    data, editor = staffed()
    for key, value in edits:
        before = copy.deepcopy((data.tasks[2], dict(data.assignments)))
        try:
            cell(editor, 2, key, value)
        except PmdeskError:  # refused before anything was written
            assert (data.tasks[2], dict(data.assignments)) == before
            continue
        task = data.tasks[2]
        spans = [
            (a.work if a.work is not None else task.duration * a.units) / a.units
            for a in data.assignments.values()
            if a.task_id == 2 and data.resources[a.resource_id].type == ResourceType.WORK
        ]
        if spans:
            assert max(spans) == pytest.approx(task.duration, abs=1)
        assert schedule_plan(data).tasks[2].work == pytest.approx(work_of(data, 2), abs=1)
