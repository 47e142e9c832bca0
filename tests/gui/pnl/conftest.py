"""Fixtures for the P&L sheet tests: a Document over the demo plan and the workspace on screen."""

import pytest

from pmdesk.core.demo import build_demo_plan


@pytest.fixture
def document(qtbot):
    from pmdesk.document import Document

    doc = Document(build_demo_plan())
    yield doc
    doc.close()


@pytest.fixture
def workspace(qtbot, document):
    from pmdesk.ui.workspaces.pnl.workspace import PnlWorkspace

    widget = PnlWorkspace(document)
    qtbot.addWidget(widget)
    widget.resize(1500, 900)
    return widget
