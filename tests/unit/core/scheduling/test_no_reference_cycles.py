"""The scheduling engine builds no reference cycles: what a run (or a replaced network) leaves
behind is freed by reference counting at once, not by the cyclic collector some time later
(a compiled 10,000-task network is tens of thousands of lists and tuples)."""

import gc

import pytest
from hypothesis import given, settings
from test_ms_project_properties import plans

from pmdesk.core.demo import build_demo_plan
from pmdesk.core.entities import Task
from pmdesk.core.scheduling import Scheduler, SchedulingError, schedule_plan


@pytest.fixture(autouse=True, scope="module")
def _earlier_tests_heap_frozen():
    # Deep in the full suite the heap holds everything earlier tests kept; each gc.collect()
    # below would walk all of it (the test took over its 120 s timeout on a loaded machine).
    # Frozen objects are left out of collections, so only what these tests create is walked.
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def cyclic_garbage_after(run) -> int:
    """Cyclic objects left by the second of two runs. The first may be the process's first
    use of a lazily imported module or a cache (an import leaves a few cycles behind once:
    deep in the full suite this test failed on one such object, alone it passed); what a run
    leaves every time, the second leaves too."""
    run()
    gc.collect()
    run()
    return gc.collect()


def materialize(schedule, data) -> None:
    for tid in data.tasks:
        schedule.tasks[tid]
    assert isinstance(schedule.conflicts, list)


def test_a_run_over_the_demo_plan_leaves_no_cycles():
    data = build_demo_plan()
    data = getattr(data, "data", data)
    assert cyclic_garbage_after(lambda: materialize(schedule_plan(data), data)) == 0


@settings(max_examples=60, deadline=None)
@given(plans())
def test_runs_and_reschedules_leave_no_cycles(data):
    def run():
        try:
            materialize(schedule_plan(data), data)
        except SchedulingError:
            return
        scheduler = Scheduler(data)
        scheduler.schedule()
        first = min(data.tasks)
        data.update(Task, first, duration=data.tasks[first].duration + 480)
        materialize(scheduler.schedule(), data)
        scheduler.close()

    assert cyclic_garbage_after(run) == 0
