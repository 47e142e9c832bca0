"""A small plan for the Gantt tests: one summary with four tasks, a milestone, two people."""

from datetime import datetime

import pytest

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


@pytest.fixture
def make_document(qtbot, monkeypatch):
    """Documents without a working copy: these tests are about the editor, not the store
    (which has its own tests), and plans with thousands of tasks open faster this way."""
    import pmdesk.document

    monkeypatch.setattr(pmdesk.document, "_store", lambda: None)
    made = []

    def make(data):
        doc = pmdesk.document.Document(data)
        made.append(doc)
        return doc

    yield make
    for doc in made:
        doc.close()


@pytest.fixture
def document(make_document):
    return make_document(small_plan())
