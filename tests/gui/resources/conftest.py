"""Fixtures for the resource grid tests: a small plan where Ann is booked twice at once."""

from datetime import datetime

import pytest

from pmdesk.core.entities import Assignment, Calendar, Link, Plan, Resource, Task
from pmdesk.core.plandata import PlanData

MON = datetime(2026, 1, 5, 8, 0)


def build_plan() -> PlanData:
    """Ann (50/h) on T1 (3 d) and T2 (2 d) at 100 % from Monday: 200 % on Mon and Tue.
    Bob (40/h) at 50 % on T3 (2 d), which follows T1."""
    data = PlanData(Plan(name="Resources test", start=MON))
    data.add(Calendar(1, "Standard", week={d: [(480, 720), (780, 1020)] for d in range(5)}))
    data.add(Calendar(2, "Mornings", week={d: [(480, 720)] for d in range(5)}))
    data.plan.default_calendar_id = 1
    data.add(Resource(1, "Ann", initials="A", group="Build", standard_rate=50.0))
    data.add(Resource(2, "Bob", initials="B", group="Test", standard_rate=40.0))
    data.add(Task(1, "T1", position=0, duration=3 * 480))
    data.add(Task(2, "T2", position=1, duration=2 * 480))
    data.add(Task(3, "T3", position=2, duration=2 * 480))
    data.add(Link(1, 1, 3))
    data.add(Assignment(1, 1, 1, 1.0))
    data.add(Assignment(2, 2, 1, 1.0))
    data.add(Assignment(3, 3, 2, 0.5))
    return data


@pytest.fixture
def plan_data() -> PlanData:
    """A fresh copy of the plan above, to change before a Document opens it."""
    return build_plan()


@pytest.fixture
def make_document(qtbot, monkeypatch):
    """Documents without a working copy: these tests are about the grid, not the store."""
    import pmdesk.document

    monkeypatch.setattr(pmdesk.document, "_store", lambda: None)
    made = []

    def make(data=None):
        doc = pmdesk.document.Document(data if data is not None else build_plan())
        made.append(doc)
        return doc

    yield make
    for doc in made:
        doc.close()


@pytest.fixture
def document(make_document):
    return make_document()


@pytest.fixture
def workspace(qtbot, document):
    from pmdesk.ui.workspaces.resources.workspace import ResourcesWorkspace

    widget = ResourcesWorkspace(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    # The summary's count is worked out after the first paint (summary.py): wait for it.
    qtbot.waitUntil(lambda: not widget.summary.pending)
    return widget
