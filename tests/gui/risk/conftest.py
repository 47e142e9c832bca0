"""Fixtures of the Risk view tests: a Document over the demo plan and the view on screen."""

import pytest

from pmdesk.core.demo import build_demo_plan


@pytest.fixture
def document(qtbot):
    from pmdesk.document import Document

    doc = Document(build_demo_plan())
    yield doc
    doc.close()


@pytest.fixture
def view(qtbot, document):
    from pmdesk.ui.workspaces.risk.workspace import RiskWorkspace

    widget = RiskWorkspace(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    widget.iterations.setValue(300)
    return widget
