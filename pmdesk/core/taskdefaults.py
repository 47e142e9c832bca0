"""The plan's defaults for new tasks' type and effort-driven setting: MS Project's File >
Options > Schedule > "Scheduling options for this project": "Default task type" (Fixed Units
unless changed) and "New tasks are effort driven" (off unless changed, since Project 2010),
written in MSPDI as the Project's DefaultTaskType (0 fixed units, 1 fixed duration, 2 fixed
work, the codes of a task's Type) and NewTasksEffortDriven (0/1). They apply to tasks created
afterwards; existing tasks keep their own. Kept in Plan.settings like the earned value method.
"""

from __future__ import annotations

from pmdesk.core.entities import Plan, TaskType

TASK_TYPE_KEY = "default_task_type"
EFFORT_DRIVEN_KEY = "new_tasks_effort_driven"


def plan_task_type(plan: Plan) -> TaskType:
    """The type new tasks get (Fixed Units when not set or not a task type)."""
    settings = plan.settings if isinstance(plan.settings, dict) else {}
    value = settings.get(TASK_TYPE_KEY)
    try:
        return TaskType(value) if isinstance(value, str) else TaskType.FIXED_UNITS
    except ValueError:
        return TaskType.FIXED_UNITS


def plan_effort_driven(plan: Plan) -> bool:
    """Whether new tasks are effort driven (off when not set). A fixed-work task is always
    effort driven whatever this says (core/scheduling/tasktypes.py)."""
    settings = plan.settings if isinstance(plan.settings, dict) else {}
    value = settings.get(EFFORT_DRIVEN_KEY, False)
    return value if isinstance(value, bool) else False
