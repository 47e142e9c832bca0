"""Fixtures for the canvas GUI tests: a Document over the demo plan (no working copy: the store
has its own tests) and the canvas workspace on screen."""

import pytest

from pmdesk.core.demo import build_demo_plan


@pytest.fixture
def document(qtbot, monkeypatch):
    import pmdesk.document

    monkeypatch.setattr(pmdesk.document, "_store", lambda: None)
    doc = pmdesk.document.Document(build_demo_plan())
    yield doc
    doc.close()


@pytest.fixture
def workspace(qtbot, document):
    from pmdesk.ui.workspaces.canvas.workspace import CanvasWorkspace

    widget = CanvasWorkspace(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
