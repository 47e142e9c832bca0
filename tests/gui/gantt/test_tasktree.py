"""TaskTreeModel: the WBS as a Qt tree; edits become undo commands; bad input changes nothing."""

from PySide6.QtCore import Qt

from pmdesk.core.entities import ConstraintType, LagKind, LinkType, Task
from pmdesk.models.taskcolumns import COLUMN_INDEX, COLUMNS
from pmdesk.models.tasktree import TaskTreeModel

C = COLUMN_INDEX


def cell(model, task_id, key):
    return model.index_for_task(task_id, C[key])


def test_model_passes_qtmodeltester(qtmodeltester, document):
    model = TaskTreeModel(document)
    qtmodeltester.check(model, force_py=True)


def test_tree_shape_ids_and_wbs(document):
    model = TaskTreeModel(document)
    assert model.rowCount() == 2
    build = model.index(0, 0)
    assert model.rowCount(build) == 4
    assert [model.index(r, C["name"], build).data() for r in range(4)] == [
        "Design",
        "Code",
        "Test",
        "Docs",
    ]
    assert cell(model, 4, "wbs").data() == "1.3"
    assert cell(model, 6, "id").data() == "6"
    assert cell(model, 6, "wbs").data() == "2"
    assert cell(model, 3, "predecessors").data() == "2"
    assert model.headerData(C["duration"], Qt.Orientation.Horizontal) == "Duration"
    assert len(COLUMNS) == model.columnCount()


def test_summary_rolled_up_cells_are_read_only(document):
    model = TaskTreeModel(document)
    assert not model.flags(cell(model, 1, "duration")) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(cell(model, 1, "name")) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(cell(model, 2, "duration")) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(cell(model, 2, "wbs")) & Qt.ItemFlag.ItemIsEditable


def test_duration_edits_accept_ms_project_forms(document):
    model = TaskTreeModel(document)
    task = document.data.tasks[2]
    for text, minutes, elapsed in [
        ("2w", 4800, False),
        ("4h", 240, False),
        ("1.5d", 720, False),
        ("5ed", 7200, True),
        ("3d", 1440, False),
    ]:
        assert model.setData(cell(model, 2, "duration"), text)
        assert (task.duration, task.duration_elapsed) == (minutes, elapsed)
    assert document.undo_stack.count() == 5
    document.undo_stack.undo()
    assert (task.duration, task.duration_elapsed) == (7200, True)


def test_zero_duration_makes_a_milestone_and_back(document):
    model = TaskTreeModel(document)
    task = document.data.tasks[5]
    assert model.setData(cell(model, 5, "duration"), "0")
    assert task.milestone and task.duration == 0
    assert model.setData(cell(model, 5, "duration"), "2d")
    assert not task.milestone and task.duration == 960


def test_bad_duration_gives_a_message_and_changes_nothing(qtbot, document):
    model = TaskTreeModel(document)
    before = document.data.tasks[2].duration
    with qtbot.waitSignal(model.errorOccurred) as blocker:
        assert not model.setData(cell(model, 2, "duration"), "three days")
    assert "is not a duration" in blocker.args[0]
    assert document.data.tasks[2].duration == before
    assert document.undo_stack.count() == 0


def test_predecessors_edit_is_one_undo_step(document):
    model = TaskTreeModel(document)
    index = cell(model, 5, "predecessors")
    assert model.setData(index, "2FS+2d, 3SS-1d, 4FF+50%")
    links = sorted(
        (l.predecessor_id, l.type, l.lag, l.lag_kind)
        for l in document.data.links.values()
        if l.successor_id == 5
    )
    assert links == [
        (2, LinkType.FS, 960, LagKind.WORKING),
        (3, LinkType.SS, -480, LagKind.WORKING),
        (4, LinkType.FF, 50, LagKind.PERCENT),
    ]
    assert index.data() == "2FS+2d, 3SS-1d, 4FF+50%"
    assert model.setData(index, "3")  # removes two, turns SS-1d into FS
    assert [
        (l.predecessor_id, l.type, l.lag)
        for l in document.data.links.values()
        if l.successor_id == 5
    ] == [(3, LinkType.FS, 0)]
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert index.data() == "2FS+2d, 3SS-1d, 4FF+50%"
    document.undo_stack.undo()
    assert index.data() == ""
    assert len(document.data.links) == 2


def test_bad_predecessor_changes_nothing(qtbot, document):
    model = TaskTreeModel(document)
    with qtbot.waitSignal(model.errorOccurred) as blocker:
        assert not model.setData(cell(model, 5, "predecessors"), "2, 42")
    assert blocker.args[0] == "There is no task with ID 42."
    assert len(document.data.links) == 2 and document.undo_stack.count() == 0


def test_resource_names_assign_and_create(document):
    model = TaskTreeModel(document)
    index = cell(model, 3, "resources")
    assert model.setData(index, "Designer[50%], Tester, Writer")
    assignments = {(a.resource_id, a.units) for a in document.data.assignments.values()}
    writer = next(r for r in document.data.resources.values() if r.name == "Writer")
    assert assignments == {(1, 0.5), (2, 1.0), (writer.id, 1.0)}
    assert index.data() == "Designer[50%], Tester, Writer"
    assert model.setData(index, "tester[200%]")
    assert [(a.resource_id, a.units) for a in document.data.assignments.values()] == [(2, 2.0)]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert not document.data.assignments and len(document.data.resources) == 2


def test_typing_a_start_sets_snet_at_the_working_day_start(document):
    from datetime import date, datetime

    model = TaskTreeModel(document)
    assert model.setData(cell(model, 4, "start"), date(2026, 3, 20))
    task = document.data.tasks[4]
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == datetime(2026, 3, 20, 8, 0)
    assert not model.setData(cell(model, 4, "start"), "the 20th")
    assert task.constraint_date == datetime(2026, 3, 20, 8, 0)


def test_percent_complete_is_checked(document):
    model = TaskTreeModel(document)
    assert model.setData(cell(model, 2, "percent"), "40%")
    assert document.data.tasks[2].percent_complete == 40
    assert not model.setData(cell(model, 2, "percent"), "140")
    assert document.data.tasks[2].percent_complete == 40


def test_structure_change_keeps_persistent_indexes(document):
    from PySide6.QtCore import QPersistentModelIndex

    model = TaskTreeModel(document)
    keep = QPersistentModelIndex(cell(model, 4, "name"))
    document.set_fields(Task, 2, "Move", position=9)  # Design goes to the end of Build
    assert keep.isValid() and keep.data() == "Test" and keep.row() == 1
    assert cell(model, 2, "wbs").data() == "1.4"
    gone = QPersistentModelIndex(cell(model, 5, "name"))
    document.remove_entities([(Task, 5)], "Delete")
    assert not gone.isValid()
    assert model.rowCount(model.index_for_task(1)) == 3


def test_model_stays_consistent_through_structure_edits(qtmodeltester, document):
    """The model tester stays attached and checks every signal of these edits and undos."""
    from pmdesk.operations import taskshape

    model = TaskTreeModel(document)
    qtmodeltester.check(model, force_py=True)
    taskshape.insert_task(document, model.outline, 4)
    taskshape.indent_tasks(document, model.outline, [5])
    taskshape.outdent_tasks(document, model.outline, [5])
    taskshape.move_tasks(document, model.outline, [6], -1)
    taskshape.delete_tasks(document, model.outline, [2])
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert [model.index(r, C["name"]).data() for r in range(model.rowCount())] == [
        "Build",
        "Release",
    ]
    assert model.rowCount(model.index(0, 0)) == 4


def test_bad_actuals_typed_in_the_table_are_one_sentence_and_change_nothing(qtbot, document):
    """Issue 15: what the engine refuses on import is refused when typed, with one sentence,
    the plan unchanged and no undo step."""
    from datetime import datetime

    from pmdesk.core.entities import Plan

    document.data.update(Plan, 1, status_date=datetime(2026, 3, 10, 17))
    model = TaskTreeModel(document)
    before = repr(document.data.tasks[2])
    for key, text, sentence in (
        ("percent", "150", "between 0 and 100"),
        ("remaining_duration", "-1d", "cannot be negative"),
        ("actual_start", "2026-12-01", "after the status date"),
    ):
        with qtbot.waitSignal(model.errorOccurred) as blocker:
            assert not model.setData(cell(model, 2, key), text)
        assert sentence in blocker.args[0] and blocker.args[0].endswith(".")
    assert repr(document.data.tasks[2]) == before and document.undo_stack.count() == 0
    assert model.setData(cell(model, 2, "actual_start"), "2026-03-02")
    with qtbot.waitSignal(model.errorOccurred) as blocker:
        assert not model.setData(cell(model, 2, "actual_finish"), "2026-02-20")
    assert "before the actual start" in blocker.args[0]
    assert document.undo_stack.count() == 1  # the good actual start only
    document.undo_stack.undo()
    assert repr(document.data.tasks[2]) == before
