"""Fixtures for the calendar editor tests: documents without a working copy over a small plan
that starts on Monday 1 March 2027 (Nyepi is Monday 8 March, Idul Fitri 10-11 March)."""

from datetime import datetime

import pytest

from pmdesk.core.entities import Assignment, Calendar, Plan, Resource, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import STANDARD_WEEK


def build_plan() -> PlanData:
    data = PlanData(Plan(name="Calendars", start=datetime(2027, 3, 1, 8), default_calendar_id=1))
    data.load([
        Calendar(1, "Standard", week={d: list(h) for d, h in STANDARD_WEEK.items()}),
        Task(1, "Survey", position=0, duration=10 * 480),
        Task(2, "Design", position=1, duration=5 * 480),
        Resource(1, "Ana", initials="A"),
        Assignment(1, 2, 1, 1.0),
    ])  # fmt: skip
    return data


@pytest.fixture
def make_document(qtbot, monkeypatch):
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
