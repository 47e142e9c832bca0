"""The task tree tells views what happened to which rows (issue 19): an insert, a delete and
an indent are row inserts, removals and moves, not layout changes, and a typed duration
repaints only the rows whose values changed, with the roles that did. The model tester stays
attached through every edit and checks each signal."""

import pytest
from PySide6.QtCore import Qt

from pmdesk.core.entities import Task
from pmdesk.models.taskcolumns import COLUMN_INDEX
from pmdesk.models.tasktree import TaskTreeModel
from pmdesk.operations import taskshape


class Recorder:
    """The structural and data signals of a model, in order, by task id."""

    def __init__(self, model):
        self.model = model
        self.signals = []
        model.layoutChanged.connect(lambda *_: self.signals.append(("layout",)))
        model.modelReset.connect(lambda: self.signals.append(("reset",)))
        model.rowsInserted.connect(
            lambda parent, first, last: self.signals.append(
                ("inserted", self._id(parent), first, last)
            )
        )
        model.rowsRemoved.connect(
            lambda parent, first, last: self.signals.append(
                ("removed", self._id(parent), first, last)
            )
        )
        model.rowsMoved.connect(
            lambda parent, first, last, to, row: self.signals.append(
                ("moved", self._id(parent), first, last, self._id(to), row)
            )
        )
        model.dataChanged.connect(self._data)

    def _id(self, index):
        return self.model.task_id(index) if index.isValid() else None

    def _data(self, top, bottom, roles=()):
        parent = top.parent()
        rows = [
            self.model.task_id(self.model.index(r, 0, parent))
            for r in range(top.row(), bottom.row() + 1)
        ]
        self.signals.append(("data", tuple(rows), tuple(sorted(roles))))

    def structural(self):
        return [s for s in self.signals if s[0] != "data"]

    def data_rows(self):
        return {row for s in self.signals if s[0] == "data" for row in s[1]}

    def clear(self):
        self.signals.clear()


@pytest.fixture
def watched(qtmodeltester, document):
    model = TaskTreeModel(document)
    qtmodeltester.check(model, force_py=True)  # stays attached: checks every later signal
    return model, Recorder(model)


def names(model, parent_id):
    return [model.document.data.tasks[t].name for t in model.child_ids(parent_id)]


def test_an_inserted_task_is_one_row_insert(watched, document):
    model, recorder = watched
    new = taskshape.insert_task(document, model.outline, 4)  # before Test, under Build
    assert recorder.structural() == [("inserted", 1, 2, 2)]
    assert model.index_for_task(new).row() == 2 and model.parent_of(new) == 1
    document.undo_stack.undo()
    assert recorder.structural()[-1] == ("removed", 1, 2, 2)
    assert names(model, 1) == ["Design", "Code", "Test", "Docs"]


def test_an_indent_is_one_row_move_and_keeps_the_selection(watched, document):
    from PySide6.QtCore import QPersistentModelIndex

    model, recorder = watched
    kept = QPersistentModelIndex(model.index_for_task(5, COLUMN_INDEX["name"]))
    taskshape.indent_tasks(document, model.outline, [5])  # Docs under Test
    assert recorder.structural() == [("moved", 1, 3, 3, 4, 0)]
    assert kept.isValid() and kept.data() == "Docs" and model.task_id(kept.parent()) == 4
    assert names(model, 1) == ["Design", "Code", "Test"]


def test_a_deleted_task_is_one_row_removal(watched, document):
    model, recorder = watched
    taskshape.delete_tasks(document, model.outline, [2, 3])
    assert recorder.structural() == [("removed", 1, 0, 1)]
    assert names(model, 1) == ["Test", "Docs"]
    document.undo_stack.undo()
    assert recorder.structural()[-1] == ("inserted", 1, 0, 1)


def test_a_drag_within_the_summary_is_one_row_move(watched, document):
    model, recorder = watched
    taskshape.move_tasks(document, model.outline, [5], -1)  # Docs above Test
    assert recorder.structural() == [("moved", 1, 3, 3, 1, 2)]
    assert names(model, 1) == ["Design", "Code", "Docs", "Test"]


def test_an_outdent_adopting_siblings_falls_back_to_one_layout_change(watched, document):
    model, recorder = watched
    taskshape.outdent_tasks(document, model.outline, [4])  # Test goes up, Docs becomes its
    assert recorder.structural() == [("layout",)]
    assert names(model, None) == ["Build", "Test", "Release"] and names(model, 4) == ["Docs"]


def test_a_typed_duration_repaints_only_the_rows_whose_values_changed(watched, document):
    model, recorder = watched
    assert model.setData(model.index_for_task(5, COLUMN_INDEX["duration"]), "2d")
    assert recorder.structural() == []
    assert 5 in recorder.data_rows()
    # Release, Design, Code and Test are scheduled as before: not repainted.
    assert recorder.data_rows().isdisjoint({2, 3, 4, 6})
    roles = {role for s in recorder.signals for role in s[2]}
    assert int(Qt.ItemDataRole.DisplayRole) in roles and int(Qt.ItemDataRole.FontRole) not in roles
    recorder.clear()
    # Design two days longer: Code and Test move after it, their summary finishes later.
    assert model.setData(model.index_for_task(2, COLUMN_INDEX["duration"]), "5d")
    assert {1, 2, 3, 4} <= recorder.data_rows()


def test_a_renamed_task_repaints_its_row(watched, document):
    model, recorder = watched
    document.set_fields(Task, 6, "Rename", name="Ship it")
    assert 6 in recorder.data_rows()
    assert model.index_for_task(6, COLUMN_INDEX["name"]).data() == "Ship it"


def test_the_chart_keeps_the_bars_a_reschedule_left_as_they_were(qtbot, document):
    from pmdesk.gantt.editor import GanttEditor

    editor = GanttEditor(document)
    qtbot.addWidget(editor)
    editor.resize(1200, 600)
    editor.show()
    qtbot.waitExposed(editor)
    editor.chart.viewport().grab()
    release, docs = editor.items(6), editor.items(5)
    assert editor.model.setData(editor.model.index_for_task(5, COLUMN_INDEX["duration"]), "2d")
    assert editor.items(6) is release  # scheduled as before: not made again
    assert editor.items(5) is not docs and editor.items(5).finish > docs.finish
    # A change that may touch any row (the plan's start) makes every bar again.
    from datetime import datetime

    from pmdesk.core.entities import Plan

    document.set_fields(Plan, 1, "Start", start=datetime(2026, 3, 9, 8, 0))
    assert editor.items(6) is not release
