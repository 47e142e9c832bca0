"""Fixtures for the roadmap GUI tests: a Document over the demo plan and a board on screen."""

import pytest

from pmdesk.core.demo import build_demo_plan
from pmdesk.ui.workspaces.roadmap import refcount_guard

# Before the first test paints anything (see refcount_guard: PySide6 6.12 on Python 3.11).
refcount_guard.apply()


@pytest.fixture
def document(qtbot):
    from pmdesk.document import Document

    doc = Document(build_demo_plan())
    yield doc
    doc.close()


@pytest.fixture
def board(qtbot, document):
    from pmdesk.ui.workspaces.roadmap.board import BoardView
    from pmdesk.ui.workspaces.roadmap.state import RoadmapState

    state = RoadmapState(document)
    view = BoardView(state)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return view
