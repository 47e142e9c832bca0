"""The P&L tab inside the main window: built on first show, Edit menu, undo through the window."""

import pytest

from pmdesk.core.demo import build_demo_plan
from pmdesk.document import Document
from pmdesk.ui.mainwindow import MainWindow
from pmdesk.ui.workspaces.pnl.workspace import PnlWorkspace

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot):
    window = MainWindow(Document(build_demo_plan()))
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    return window


def test_pnl_tab_in_the_window(window):
    window.show_tab("pnl")
    view = window.workspace.current_view()
    assert isinstance(view, PnlWorkspace)
    edit = window.actions_.edit
    assert edit["copy"].isEnabled() and edit["paste"].isEnabled() and edit["delete"].isEnabled()
    model = view.model
    row = next(i for i, r in enumerate(model.rows) if r.label == "Support staff")
    model.setData(model.index(row, 5), "20000")
    assert window.document.modified
    edit_undo = window.actions_.undo
    assert "Override Support staff in Q4 2027" in edit_undo.text()
    edit_undo.trigger()
    assert not window.document.data.pnl_overrides
