"""Fixtures for the Gantt GUI tests: documents over the small plan in gantt_plans.py."""

import pytest
from gantt_plans import small_plan


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
