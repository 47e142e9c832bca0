"""Fixtures for the roadmap GUI tests: a Document over the demo plan and a board on screen."""

import pytest

from pmdesk.core.demo import build_demo_plan


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
