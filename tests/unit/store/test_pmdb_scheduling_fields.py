"""Issue 14's additive fields (assignment contours, task splits) survive a save and a load."""

from __future__ import annotations

from pmdesk.core import entities as en
from pmdesk.store.pmdb import load_plan, save_plan
from tests.unit.store.pmdb_plans import assert_same_plan, every_kind_plan


def test_contours_and_splits_round_trip(tmp_path):
    data = every_kind_plan()
    for number, assignment in enumerate(data.assignments.values()):
        assignment.contour = list(en.WorkContour)[number % len(en.WorkContour)]
    task = next(iter(data.tasks.values()))
    task.splits = [(480, 960), (1200, 60)]
    path = tmp_path / "fields.pmdb"
    save_plan(data, path)
    loaded = load_plan(path)
    data.plan.modified, data.plan.app_version = loaded.plan.modified, loaded.plan.app_version
    assert_same_plan(loaded, data)
    assert loaded.tasks[task.id].splits == [(480, 960), (1200, 60)]
