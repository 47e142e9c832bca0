"""Task work and cost are computed for the tasks asked about only, and equal what adding up
every assignment of the subtree gives, in whatever order the tasks are read (issue 19)."""

from hypothesis import given, settings
from hypothesis import strategies as st
from scheduling_plans import plan, task

from pmdesk.core.entities import Assignment, Resource, ResourceType
from pmdesk.core.scheduling import schedule_plan, taskmoney
from pmdesk.core.scheduling.costs import assignment_cost, assignment_work


@st.composite
def costed_plans(draw):
    count = draw(st.integers(1, 12))
    tasks = []
    for tid in range(1, count + 1):
        parent = draw(st.one_of(st.none(), st.integers(1, tid - 1))) if tid > 1 else None
        tasks.append(task(tid, draw(st.integers(0, 5)), parent_id=parent,
                          fixed_cost=draw(st.integers(0, 500)),
                          percent_complete=draw(st.sampled_from([0, 50, 100]))))  # fmt: skip
    data = plan(*tasks)
    data.add(Resource(id=1, name="Dev", standard_rate=60, cost_per_use=100))
    data.add(Resource(id=2, name="Steel", type=ResourceType.MATERIAL, standard_rate=5))
    for number, (tid, rid) in enumerate(
        draw(st.lists(st.tuples(st.integers(1, count), st.integers(1, 2)), max_size=10)), 1
    ):
        data.add(Assignment(id=number, task_id=tid, resource_id=rid, units=1))
    return data


def _subtree(data, tid):
    found = [tid]
    for kid in (t.id for t in data.tasks.values() if t.parent_id == tid):
        found += _subtree(data, kid)
    return found


def _expected_cost(data, tid):
    total = 0.0
    for member in _subtree(data, tid):
        t = data.tasks[member]
        total += t.fixed_cost + sum(
            assignment_cost(a, t, data.resources[a.resource_id])
            for a in data.assignments.values()
            if a.task_id == member
        )
    return total


@settings(max_examples=60, deadline=None)
@given(costed_plans(), st.randoms())
def test_figures_are_the_subtree_sums_in_any_reading_order(data, rnd):
    reference = schedule_plan(data).tasks
    ids = list(data.tasks)
    rnd.shuffle(ids)
    tasks = schedule_plan(data).tasks  # read in another order: the same figures
    for tid in ids:
        assert (tasks[tid].work, tasks[tid].cost) == (reference[tid].work, reference[tid].cost)
        assert abs(tasks[tid].cost - _expected_cost(data, tid)) < 1e-6
        work = sum(
            assignment_work(a, data.tasks[a.task_id])
            for a in data.assignments.values()
            if a.task_id in _subtree(data, tid) and a.resource_id == 1
        )
        assert tasks[tid].work == int(work)


def test_reading_one_task_costs_only_its_own_assignments(monkeypatch):
    data = plan(*(task(tid) for tid in range(1, 101)))
    data.add(Resource(id=1, name="Dev", standard_rate=60))
    for tid in range(1, 101):
        data.add(Assignment(id=tid, task_id=tid, resource_id=1, units=1))
    calls = []

    def counted(assignment, t, resource):
        calls.append(assignment.id)
        return assignment_cost(assignment, t, resource)

    monkeypatch.setattr(taskmoney, "assignment_cost", counted)
    tasks = schedule_plan(data).tasks
    assert tasks[40].cost == 480
    assert calls == [40]
