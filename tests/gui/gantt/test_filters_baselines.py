"""Filters, search, baselines and copy/paste of rows in the Gantt editor."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmdesk.core.entities import Assignment, Baseline, BaselineTask, Task
from pmdesk.gantt import filters
from pmdesk.gantt.editor import GanttEditor

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def visible_table_rows(editor):
    model, table = editor.model, editor.table
    return [
        t
        for t in model.order
        if not table.isRowHidden(model.index_for_task(t).row(), model.index_for_task(t).parent())
        and all(table.isExpanded(model.index_for_task(p)) for p in ancestors(model, t))
    ]


def ancestors(model, task_id):
    parent = model.parent_of(task_id)
    while parent is not None:
        yield parent
        parent = model.parent_of(parent)


def test_milestone_filter_shows_matches_and_keeps_table_and_chart_aligned(editor):
    editor.set_filter(filters.MILESTONES)
    assert editor.rows.rows == [6]
    assert visible_table_rows(editor) == [6]
    rect = editor.table.visualRect(editor.model.index_for_task(6))
    assert rect.top() == 0 and editor.chart.bar_rect(6).top() >= 0
    editor.set_filter(filters.ALL)
    assert editor.rows.rows == [1, 2, 3, 4, 5, 6]


def test_critical_filter_and_search(editor, document):
    editor.set_filter(filters.CRITICAL)
    critical = {t for t, s in document.schedule.tasks.items() if s.critical and t != 1}
    assert set(editor.rows.rows) - {1} == critical and 3 in critical
    editor.set_filter(filters.ALL)
    editor.search.setText("co")
    assert editor.rows.rows == [1, 3]  # "Code" with its summary
    editor.search.clear()
    assert len(editor.rows.rows) == 6


def test_resource_filter(editor, document):
    document.add_entities([Assignment(1, 4, 2)], "Assign")
    editor.set_filter(filters.ALL, resource_id=2)
    assert editor.rows.rows == [1, 4]


def test_slipping_filter_uses_baseline_finish(editor, document):
    finish = document.schedule.tasks[3].finish
    document.add_entities(
        [
            Baseline(1, 0),
            BaselineTask(1, 1, 3, finish=finish - timedelta(days=2)),
            BaselineTask(2, 1, 4, finish=document.schedule.tasks[4].finish),
        ],
        "B",
    )
    editor.set_filter(filters.SLIPPING)
    assert editor.rows.rows == [1, 3]


def test_late_filter_and_indicator_at_the_status_date(editor, document):
    from pmdesk.core.entities import Plan
    from pmdesk.models.taskcolumns import COLUMN_INDEX, LATE_MARK

    # At Wednesday 17:00: Design (Mon-Wed) 1/3 done is behind, Docs (Monday) and the
    # milestone Release (Monday 08:00, no links) are not done; Code and Test are future.
    document.set_fields(Task, 2, "Progress", percent_complete=100 / 3)
    document.set_fields(Plan, 1, "Status date", status_date=datetime(2026, 3, 4, 17))
    editor.set_filter(filters.LATE)
    assert editor.rows.rows == [1, 2, 5, 6]
    index = editor.model.index_for_task(2, COLUMN_INDEX["indicators"])
    assert LATE_MARK in index.data()
    assert "Late: 33.3333% complete where 100% was planned" in editor.model.data(
        index, Qt.ItemDataRole.ToolTipRole
    )
    document.set_fields(Task, 2, "Done", percent_complete=100)
    assert editor.rows.rows == [1, 5, 6]  # the filter follows the progress: nothing left late
    assert LATE_MARK not in (editor.model.index_for_task(2, COLUMN_INDEX["indicators"]).data())


def test_filter_follows_edits(editor, document):
    editor.set_filter(filters.MILESTONES)
    document.set_fields(Task, 5, "Zero", duration=0, milestone=True)
    assert editor.rows.rows == [1, 5, 6]
    assert visible_table_rows(editor) == [1, 5, 6]


def test_set_and_clear_baseline_are_single_steps(editor, document):
    editor.baseline_number.setValue(2)
    editor.set_baseline()
    baseline = next(iter(document.data.baselines.values()))
    assert baseline.number == 2
    saved = {bt.task_id: bt for bt in document.data.baseline_tasks.values()}
    assert set(saved) == set(document.data.tasks)
    assert saved[3].finish == document.schedule.tasks[3].finish
    assert editor.items(3).baseline_finish == saved[3].finish  # the chart shows baseline 2
    editor.set_baseline()  # replaces, does not duplicate
    assert len(document.data.baselines) == 1 and len(document.data.baseline_tasks) == 6
    editor.clear_baseline()
    assert not document.data.baselines and not document.data.baseline_tasks
    assert document.undo_stack.count() == 3
    document.undo_stack.undo()
    assert len(document.data.baseline_tasks) == 6
    editor.baseline_number.setValue(3)
    editor.clear_baseline()
    assert editor.message.text() == "There is no baseline 3 to clear."


def test_paste_tab_separated_rows_creates_tasks(editor, document):
    editor.select_task(6)
    QApplication.clipboard().setText(
        "Name\tDuration\tResource names\nPlan launch\t3d\tDesigner[50%]\nAnnounce\t0\n"
    )
    editor.paste()
    top = [t.name for t in document.data.children(None)]
    assert top == ["Build", "Plan launch", "Announce", "Release"]
    launch = next(t for t in document.data.tasks.values() if t.name == "Plan launch")
    announce = next(t for t in document.data.tasks.values() if t.name == "Announce")
    assert launch.duration == 1440 and announce.milestone
    assert [(a.resource_id, a.units) for a in document.data.assignments.values()] == [(1, 0.5)]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert [t.name for t in document.data.children(None)] == ["Build", "Release"]


def test_bad_paste_changes_nothing(editor, document):
    QApplication.clipboard().setText("A\t2d\nB\tsoon\n")
    editor.paste()
    assert editor.message.text().startswith("Row 2 of the pasted text")
    assert len(document.data.tasks) == 6 and document.undo_stack.count() == 0


def test_copy_then_paste_round_trips(editor, document):
    editor.select_task(3)
    editor.copy()
    assert QApplication.clipboard().text() == (
        "Outline Level\tName\tDuration\tPredecessors\tResource names\t% complete\n"
        "1\tCode\t5 d\t\t\t0%\n"
    )
    editor.paste()
    copies = [t for t in document.data.tasks.values() if t.name == "Code"]
    assert len(copies) == 2 and {t.duration for t in copies} == {2400}
