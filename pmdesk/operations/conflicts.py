"""Which task a schedule conflict is about. The engine writes each conflict as a sentence
naming the task ("The task 'Build' finishes on ..."); the conflicts panel and the indicators
column need the task itself."""

from __future__ import annotations

import ast
import re

from pmdesk.core.plandata import PlanData

# The engine quotes a task's name with repr(): 'Build', "Bob's task", 'a \'b\''.
_NAMED = re.compile(r"""task ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""")


def conflict_task(data: PlanData, sentence: str, order: list[int] | None = None) -> int | None:
    """The id of the task ``sentence`` is about (the first in ``order`` of that name), or None."""
    name = _name_in(sentence)
    if name is None:
        return None
    ids = order if order is not None else sorted(data.tasks)
    return next(
        (task_id for task_id in ids if task_id in data.tasks and data.tasks[task_id].name == name),
        None,
    )


def conflicts_by_task(
    data: PlanData, sentences: list[str], order: list[int] | None = None
) -> dict[int, list[str]]:
    """task id -> the conflict sentences about it (one pass over the tasks, not one per
    sentence: a plan of 10,000 tasks may have many conflicts)."""
    found: dict[int, list[str]] = {}
    if not sentences:
        return found
    first: dict[str, int] = {}
    for task_id in order if order is not None else sorted(data.tasks):
        task = data.tasks.get(task_id)
        if task is not None:
            first.setdefault(task.name, task_id)
    for sentence in sentences:
        name = _name_in(sentence)
        if name is not None and name in first:
            found.setdefault(first[name], []).append(sentence)
    return found


def _name_in(sentence: str) -> str | None:
    match = _NAMED.search(sentence)
    if match is None:
        return None
    try:
        name = ast.literal_eval(match.group(1))
        return name if isinstance(name, str) else None
    except (ValueError, SyntaxError):
        return None
