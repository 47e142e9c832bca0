"""A conflict sentence leads to its task, whatever quotes its name holds."""

from pmdesk.core.entities import Task
from pmdesk.core.plandata import PlanData
from pmdesk.operations.conflicts import conflict_task, conflicts_by_task


def plan():
    data = PlanData()
    data.load(
        [Task(1, "Build"), Task(2, 'Bob\'s "big" task', position=1), Task(3, "Build", position=2)]
    )
    return data


def test_names_with_quotes_are_found():
    data = plan()
    for task in data.tasks.values():
        sentence = f"The task {task.name!r} finishes on Mon, after its deadline Fri."
        assert data.tasks[conflict_task(data, sentence)].name == task.name


def test_the_first_task_of_a_name_in_outline_order_wins():
    data = plan()
    sentence = "The task 'Build' should start no later than Mon but its predecessors push it."
    assert conflict_task(data, sentence, order=[3, 2, 1]) == 3
    assert conflicts_by_task(data, [sentence, "Something else."], order=[1, 2, 3]) == {
        1: [sentence]
    }


def test_a_sentence_without_a_task_names_none():
    assert conflict_task(plan(), "The calendar has no working time.") is None
