"""Fixtures for the roadmap GUI tests: a Document over the demo plan and a board on screen."""

import ctypes
import sys

import pytest


def _make_singletons_immortal() -> None:
    """Work around PySide6 6.12 on Python 3.11: every void Qt method called from Python
    (QPainter.setPen, drawLine, save, QRectF.setWidth, ...) returns ``None`` without a new
    reference, so each call drops one reference to None; a few thousand painted cards later the
    interpreter aborts with "none_dealloc: deallocating None". Reproduce: compare
    ``sys.getrefcount(None)`` before and after 1,000 ``painter.setPen(color)``. Python 3.12
    makes None/True/False immortal; this gives them the same huge count on 3.11. The
    application needs the same fix at start-up (reported to the lead)."""
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < 1 << 40:
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_make_singletons_immortal()

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
