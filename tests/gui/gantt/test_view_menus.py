"""View > Outline shows levels 1-9 or all; the Timescale presets and Zoom to selected change
the chart's zoom; none of them changes the plan."""

import pytest
from PySide6.QtCore import Qt

from pmdesk.core.entities import Task
from pmdesk.gantt import viewmenus
from pmdesk.gantt.editor import GanttEditor

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, document):
    # A third level: Docs gets a subtask.
    document.add_entities([Task(7, "Proofread", parent_id=5, position=0)], "Add")
    document.undo_stack.clear()
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(editor):
    return [editor.document.data.tasks[t].name for t in editor.rows.rows]


def action(menu, text):
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_outline_levels(editor, document):
    rebuilt = []
    editor.rows.rowsChanged.connect(lambda: rebuilt.append(1))
    action(editor.outline_menu, "Level 1").trigger()
    assert len(rebuilt) == 1  # one rebuild, not one per summary collapsed
    assert shown(editor) == ["Build", "Release"]
    action(editor.outline_menu, "Level 2").trigger()
    assert shown(editor) == ["Build", "Design", "Code", "Test", "Docs", "Release"]
    assert editor.table.isExpanded(editor.model.index_for_task(1))
    assert not editor.table.isExpanded(editor.model.index_for_task(5))
    action(editor.outline_menu, "All subtasks").trigger()
    assert "Proofread" in shown(editor)
    assert document.undo_stack.count() == 0
    # The table shows the same rows as the chart.
    assert editor.table.indexBelow(editor.model.index_for_task(5)) == editor.model.index_for_task(7)


def test_timescale_presets_and_zoom_to_selected(editor, document):
    widths = {}
    for title, _width in viewmenus.ZOOM_PRESETS:
        action(editor.zoom_menu, title).trigger()
        widths[title] = editor.chart.grid.day_width
    assert (
        widths["Days"] > widths["Weeks"] > widths["Months"] > widths["Quarters"] > widths["Years"]
    )
    editor.select_task(4)  # Test: two days
    action(editor.zoom_menu, "Zoom to selected tasks").trigger()
    item = editor.items(4)
    chart = editor.chart
    left = chart.grid.map_to_chart(item.start) - chart.horizontalScrollBar().value()
    right = chart.grid.map_to_chart(item.finish) - chart.horizontalScrollBar().value()
    assert 0 <= left < right <= chart.viewport().width()
    assert right - left > chart.viewport().width() / 2
    assert document.undo_stack.count() == 0


def test_the_main_windows_view_menu_shows_them_on_the_gantt(qtbot, document):
    from pmdesk.ui.mainwindow import MainWindow

    window = MainWindow(document)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show_tab("gantt")
    window.actions_.view_menu.aboutToShow.emit()
    titles = [a.text() for a in window.actions_.view_menu.actions()]
    assert "&Outline" in titles and "Time&scale" in titles
    window.show_tab("resources")
    window.actions_.view_menu.aboutToShow.emit()
    assert "&Outline" not in [a.text() for a in window.actions_.view_menu.actions()]


def test_sorting_for_viewing_keeps_ids_and_wbs(editor, document, qtmodeltester):
    from pmdesk.models.taskcolumns import COLUMN_INDEX

    model = editor.model
    qtmodeltester.check(model, force_py=True)
    editor.table.sort_rows(COLUMN_INDEX["duration"], Qt.SortOrder.DescendingOrder)
    assert shown(editor)[:6] == ["Build", "Code", "Design", "Test", "Docs", "Proofread"]
    assert model.number_of(3) == 3 and model.wbs_of(3) == "1.2"  # Code keeps its ID and WBS
    assert model.index_for_task(3, COLUMN_INDEX["id"]).data() == "3"
    assert [document.data.tasks[t].name for t in model.outline.order][:3] == [
        "Build",
        "Design",
        "Code",
    ]  # the plan's order is untouched
    editor.select_task(5)  # Docs, shown right under Code; indent acts on the plan's order
    editor.indent()
    assert document.data.tasks[5].parent_id == 4  # under Test, the task above it in the plan
    editor.table.sort_rows(COLUMN_INDEX["name"])
    assert shown(editor)[:2] == ["Build", "Code"]
    editor.table.sort_rows(-1)
    assert model.sort_column is None
    assert shown(editor)[:4] == ["Build", "Design", "Code", "Test"]
