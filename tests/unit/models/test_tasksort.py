"""Sorting the task table for viewing: siblings by a column's value, empties last, ties in
outline order; each task's value read once."""

from collections import Counter
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core.entities import Task
from pmdesk.core.plandata import PlanData
from pmdesk.models.tasksort import view_order
from pmdesk.operations.outline import ROOT, Outline


@st.composite
def trees(draw):
    count = draw(st.integers(1, 25))
    data = PlanData()
    for task_id in range(1, count + 1):
        parent = draw(st.none() | st.integers(1, task_id - 1)) if task_id > 1 else None
        data.add(Task(id=task_id, name=f"T{task_id}", parent_id=parent, position=task_id))
    values = draw(st.lists(st.none() | st.integers(0, 4), min_size=count, max_size=count))
    return data, dict(zip(range(1, count + 1), values, strict=True))


@given(trees(), st.booleans())
def test_siblings_sorted_by_value_empties_last_ties_in_outline_order(tree, descending):
    data, values = tree
    outline = Outline(data)
    reads: Counter[int] = Counter()

    def value(task_id: int) -> object:
        reads[task_id] += 1
        return values[task_id]

    children, row, order = view_order(outline, value, descending)
    assert max(reads.values()) == 1  # one read per task
    for parent, kids in outline.children.items():
        shown = children[parent]
        assert sorted(shown) == sorted(kids)
        present = [k for k in shown if values[k] is not None]
        assert shown == present + [k for k in kids if values[k] is None]
        sign = -1 if descending else 1
        keys = [(sign * values[k], kids.index(k)) for k in present]
        assert keys == sorted(keys)
        assert [row[k] for k in shown] == list(range(len(shown)))
    assert sorted(order) == sorted(data.tasks)
    assert order[: len(children[ROOT])] != [] and order[0] == children[ROOT][0]


def test_dates_sort_and_missing_dates_go_last():
    data = PlanData()
    for task_id in (1, 2, 3):
        data.add(Task(id=task_id, name=f"T{task_id}", position=task_id))
    starts = {1: datetime(2026, 3, 1), 2: None, 3: datetime(2026, 1, 1)}
    children, _, order = view_order(Outline(data), starts.get, descending=False)
    assert order == [3, 1, 2]
