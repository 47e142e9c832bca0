"""Plans the Gantt tests build: one summary with four tasks, a milestone, two people.

A module of its own (not the conftest) so test files can import it: conftest modules of
different test folders share the name ``conftest`` under pytest's default import mode.
"""

from datetime import datetime

from pmdesk.core.entities import Calendar, Link, LinkType, Resource, Task
from pmdesk.core.plandata import PlanData

DAY = 480


def small_plan() -> PlanData:
    data = PlanData()
    data.plan.start = datetime(2026, 3, 2, 8, 0)  # a Monday
    data.plan.default_calendar_id = 1
    week = {d: [(480, 720), (780, 1020)] for d in range(5)}
    data.load([
        Calendar(1, "Standard", week=week),
        Task(1, "Build", position=0),
        Task(2, "Design", parent_id=1, position=0, duration=3 * DAY),
        Task(3, "Code", parent_id=1, position=1, duration=5 * DAY),
        Task(4, "Test", parent_id=1, position=2, duration=2 * DAY),
        Task(5, "Docs", parent_id=1, position=3, duration=DAY),
        Task(6, "Release", position=1, duration=0, milestone=True),
        Link(1, 2, 3, LinkType.FS),
        Link(2, 3, 4, LinkType.FS),
        Resource(1, "Designer"),
        Resource(2, "Tester"),
    ])
    return data
