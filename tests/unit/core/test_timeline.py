"""The executive timeline's tasks: milestones and top-level summaries unless a task says."""

from datetime import datetime

from pmdesk.core.entities import Task
from pmdesk.core.timeline import shows_on_timeline, timeline_entries


def test_default_rule_and_the_flag():
    assert shows_on_timeline(Task(1, milestone=True, parent_id=5), summary=False)
    assert shows_on_timeline(Task(2), summary=True)
    assert not shows_on_timeline(Task(3, parent_id=2), summary=True)  # a nested summary
    assert not shows_on_timeline(Task(4), summary=False)
    assert shows_on_timeline(Task(5, show_on_timeline=True, parent_id=2), summary=False)
    assert not shows_on_timeline(Task(6, milestone=True, show_on_timeline=False), summary=False)


class _Scheduled:
    def __init__(self, start, finish, milestone=False):
        self.start, self.finish, self.milestone, self.critical = start, finish, milestone, False


def test_entries_come_from_the_schedule_in_date_order():
    from pmdesk.core.plandata import PlanData

    data = PlanData()
    data.load(
        [
            Task(1, "Phase"),
            Task(2, "Work", parent_id=1),
            Task(3, "Gate", parent_id=1, milestone=True),
            Task(4, "Unscheduled", milestone=True),
        ]
    )
    day = datetime(2026, 3, 2, 8)
    schedule = type(
        "S",
        (),
        {
            "tasks": {
                1: _Scheduled(day, day.replace(day=9)),
                2: _Scheduled(day, day.replace(day=9)),
                3: _Scheduled(day.replace(day=9), day.replace(day=9), True),
            }
        },
    )()
    entries = timeline_entries(data, schedule)
    assert [(e.name, e.milestone) for e in entries] == [("Phase", False), ("Gate", True)]
    assert timeline_entries(data, None) == []
