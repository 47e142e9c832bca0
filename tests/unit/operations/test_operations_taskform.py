"""The Task Information form's rules without Qt: one step, dates landing on working edges,
refusals that change nothing."""

from datetime import datetime

import pytest
from plan_editor import DAY, RecordingEditor, small_plan

from pmdesk.core.entities import ConstraintType
from pmdesk.operations.outline import Outline
from pmdesk.operations.taskform import TaskForm, apply_task_form, changed_values
from pmdesk.operations.taskinput import TaskInputError


def form(task, **changes) -> TaskForm:
    fields = dict(
        name=task.name,
        duration=None,
        percent=task.percent_complete,
        constraint=task.constraint_type,
        constraint_date=task.constraint_date,
        deadline=task.deadline,
        calendar_id=task.calendar_id,
        ignore_resource_calendars=task.ignore_resource_calendars,
        manual=task.manual,
        show_on_timeline=task.show_on_timeline,
        notes=task.notes,
        predecessors="",
        resources="",
    )
    fields.update(changes)
    return TaskForm(**fields)


def test_an_unchanged_form_changes_nothing():
    data = small_plan()
    assert changed_values(data, data.tasks[2], form(data.tasks[2])) == {}


def test_every_tab_is_one_step_and_days_land_on_the_tasks_calendar():
    data = small_plan()
    editor = RecordingEditor(data)
    code = data.tasks[3]  # works nights, 20:00-24:00
    apply_task_form(
        editor,
        Outline(data),
        code,
        form(
            code,
            name="Coding",
            duration="2w",
            constraint=ConstraintType.MSO,
            constraint_date=datetime(2026, 3, 10),
            deadline=datetime(2026, 3, 20),
            predecessors="2FS+1d",
            resources="Dev[50%]",
            notes="Night shift",
        ),
    )
    assert editor.steps == ["Edit task Code"]
    assert (code.name, code.duration, code.duration_unit, code.notes) == (
        "Coding",
        2 * 2400,
        "w",
        "Night shift",
    )
    assert code.constraint_date == datetime(2026, 3, 10, 20, 0)  # first minute of a night
    assert code.deadline == datetime(2026, 3, 21, 0, 0)  # the night's end, midnight
    link = next(iter(data.links.values()))
    assert (link.predecessor_id, link.lag) == (2, DAY)
    assert [a.units for a in data.assignments.values()] == [0.5]


@pytest.mark.parametrize(
    "changes, says",
    [
        (dict(name="  "), "needs a name"),
        (
            dict(constraint=ConstraintType.SNET, constraint_date=None),
            "SNET constraint needs a date",
        ),
        (dict(deadline=datetime(1983, 12, 31)), "between 1984-01-01 and 2149-12-31"),
        (dict(percent=101), "between 0 and 100"),
        (dict(calendar_id=99), "no longer in the plan"),
    ],
)
def test_refusals_say_why(changes, says):
    data = small_plan()
    with pytest.raises(TaskInputError, match=says):
        changed_values(data, data.tasks[2], form(data.tasks[2], **changes))


def test_priority_is_a_field_of_the_form_and_out_of_range_is_refused():
    data = small_plan()
    task = data.tasks[2]
    assert changed_values(data, task, form(task, priority=1000)) == {"priority": 1000}
    assert changed_values(data, task, form(task, priority=task.priority)) == {}
    with pytest.raises(TaskInputError, match="from 0 to 1000"):
        changed_values(data, task, form(task, priority=1001))
