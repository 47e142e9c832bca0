"""The Gantt editor inside the main window: View > Zoom, the status bar's selection count and
the remembered splitter (the view protocol in pmdesk/ui/workspaces/__init__.py)."""

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from pmdesk.gantt.editor import GanttEditor
from pmdesk.ui.mainwindow import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, document):
    window = MainWindow(document)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.resize(1400, 700)
    window.show_tab("gantt")
    window.show()
    qtbot.waitExposed(window)
    return window


def gantt(window) -> GanttEditor:
    editor = window.workspace.current_view()
    assert isinstance(editor, GanttEditor)
    return editor


def test_view_zoom_menu_zooms_the_chart(window):
    editor = gantt(window)
    chart = editor.chart
    fitted = chart.grid.day_width
    window.actions_.zoom_in.trigger()
    assert chart.grid.day_width == pytest.approx(fitted * 1.5)
    assert not chart.auto_fit
    window.actions_.zoom_out.trigger()
    window.actions_.zoom_out.trigger()
    assert chart.grid.day_width == pytest.approx(fitted / 1.5)
    window.actions_.zoom_reset.trigger()  # "Actual Size": fit the project again
    assert chart.auto_fit
    assert chart.grid.day_width == pytest.approx(fitted)


def test_zoom_in_shortcut_is_not_ambiguous(window, qtbot):
    """Ctrl++ pressed on the chart reaches View > Zoom In: the editor has no action of its own
    on the same keys (two would make Qt treat the shortcut as ambiguous and fire neither)."""
    editor = gantt(window)
    zoom_in = window.actions_.zoom_in.shortcut()
    assert not zoom_in.isEmpty()
    for action in editor.findChildren(QAction):
        assert zoom_in not in action.shortcuts(), action.text()
        assert window.actions_.zoom_out.shortcut() not in action.shortcuts(), action.text()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    viewport = editor.chart.viewport()
    viewport.setFocus()
    before = editor.chart.grid.day_width
    key = zoom_in[0]
    QTest.keyClick(viewport, key.key(), key.keyboardModifiers())
    assert editor.chart.grid.day_width == pytest.approx(before * 1.5)


def test_toolbar_zoom_buttons_still_zoom(window):
    editor = gantt(window)
    before = editor.chart.grid.day_width
    editor.zoom_in_action.trigger()
    assert editor.chart.grid.day_width == pytest.approx(before * 1.5)
    assert editor.zoom_in_action.shortcut() == QKeySequence()


def test_status_bar_counts_selected_tasks(window, qtbot):
    editor = gantt(window)
    counts = []
    editor.selectionCountChanged.connect(counts.append)
    editor.select_task(2)
    selection = editor.table.selectionModel()
    selection.select(
        editor.model.index_for_task(3),
        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
    )
    assert editor.selection_count() == 2
    assert counts[-1] == 2
    assert window.selection_label.text() == "2 selected"


def test_splitter_is_remembered_by_name(window, qtbot, make_document):
    editor = gantt(window)
    assert editor.splitter.objectName() == "ganttSplitter"
    editor.splitter.setSizes([300, 1100])
    state = window.workspace.save_state()
    assert "ganttSplitter" in state["gantt"]["_splitters"]

    from gantt_plans import small_plan

    again = MainWindow(make_document(small_plan()))
    qtbot.addWidget(again, before_close_func=lambda w: w.document.undo_stack.setClean())
    again.resize(1400, 700)
    again.workspace.restore_state(state)  # applied when the tab's view is built
    again.show_tab("gantt")
    again.show()
    qtbot.waitExposed(again)
    assert gantt(again).splitter.sizes()[0] == editor.splitter.sizes()[0] == 300
