"""Acceptance: a 50-row tab-separated block with outline levels and predecessors pastes as one
undo step; a bad row takes nothing; copy + paste of the same rows round-trips."""

import pytest
from PySide6.QtWidgets import QApplication

from pmdesk.core.entities import Task
from pmdesk.gantt.editor import GanttEditor

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

UNITS = ("2d", "1w", "6h", "3ed", "4d?")


def block() -> str:
    """5 phases of 9 tasks (two with 2 sub-tasks each = 50 rows); each task follows the one
    before it in its phase, some with lags; every 7th row has a resource."""
    lines = ["Outline Level\tName\tDuration\tPredecessors\tResource names"]
    row = 0

    def add(level, name, duration="", preds="", resources=""):
        nonlocal row
        row += 1
        lines.append(f"{level}\t{name}\t{duration}\t{preds}\t{resources}")
        return row

    for phase in range(1, 6):
        add(1, f"Phase {phase}")
        previous = None
        for step in range(1, 8):
            preds = (
                f"{previous}FS+1d"
                if previous and step % 3 == 0
                else (str(previous) if previous else "")
            )
            if step == 4:
                head = add(2, f"P{phase} group")
                first = add(3, f"P{phase} part a", "1d", preds)
                add(3, f"P{phase} part b", "2d", f"{first}")
                previous = head
                continue
            previous = add(
                2,
                f"P{phase} step {step}",
                UNITS[step % len(UNITS)],
                preds,
                "Crew[50%]" if row % 7 == 0 else "",
            )
    assert row == 50
    return "\n".join(lines) + "\n"


@pytest.fixture
def editor(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shape(document, ids):
    data = document.data
    order = []

    def walk(parent, depth):
        for task in data.children(parent):
            if task.id in ids:
                order.append(
                    (depth, task.name, task.duration, task.duration_unit, task.duration_estimated)
                )
            walk(task.id, depth + 1)

    walk(None, 0)
    return order


def test_a_50_row_block_pastes_as_one_step(editor, document):
    before = set(document.data.tasks)
    editor.table.setCurrentIndex(editor.model.index(editor.model.rowCount() - 1, 3))  # a blank row
    QApplication.clipboard().setText(block())
    editor.paste()
    assert editor.message.isHidden() or not editor.message.text()
    new = set(document.data.tasks) - before
    assert len(new) == 50 and document.undo_stack.count() == 1
    data = document.data
    phases = [t for t in data.children(None) if t.id in new]
    assert [t.name for t in phases] == [f"Phase {n}" for n in range(1, 6)]
    assert all(len(data.children(p.id)) == 7 for p in phases)
    group = next(t for t in data.tasks.values() if t.name == "P2 group")
    assert [t.name for t in data.children(group.id)] == ["P2 part a", "P2 part b"]
    step3 = next(t for t in data.tasks.values() if t.name == "P1 step 3")
    step2 = next(t for t in data.tasks.values() if t.name == "P1 step 2")
    link = next(l for l in data.links.values() if l.successor_id == step3.id)
    assert (link.predecessor_id, link.lag) == (step2.id, 480)
    assert (step3.duration_unit, step3.duration_elapsed, step3.duration) == ("d", True, 3 * 1440)
    schedule = document.schedule
    assert schedule.tasks[step3.id].start >= schedule.tasks[step2.id].finish
    assert any(a.units == 0.5 for a in data.assignments.values())
    document.undo_stack.undo()
    assert set(document.data.tasks) == before


def test_a_bad_row_in_a_block_takes_nothing(editor, document):
    text = block().replace("P3 step 5\t", "P3 step 5\tsoon", 1)
    QApplication.clipboard().setText(text)
    editor.paste()
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if "P3 step 5" in row)
    assert editor.message.text().startswith(f"Row {line} of the pasted text")
    assert len(document.data.tasks) == 6 and document.undo_stack.count() == 0


def test_copy_and_paste_round_trips(editor, document):
    before = set(document.data.tasks)
    QApplication.clipboard().setText(block())
    editor.paste()
    first = set(document.data.tasks) - before
    selection = editor.table.selectionModel()
    selection.clearSelection()
    for task_id in first:
        index = editor.model.index_for_task(task_id)
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    editor.copy()
    copied = QApplication.clipboard().text()
    assert copied.splitlines()[0].startswith("Outline Level\tName\tDuration\tPredecessors")
    editor.table.setCurrentIndex(editor.model.index(editor.model.rowCount() - 1, 3))
    editor.paste()
    second = set(document.data.tasks) - before - first
    assert len(second) == 50
    assert shape(document, second) == shape(document, first)

    def links(ids):
        order = [t for t in editor.model.order if t in ids]
        rank = {t: n for n, t in enumerate(order)}
        return sorted(
            (rank[l.predecessor_id], rank[l.successor_id], l.type, l.lag)
            for l in document.data.links.values()
            if l.successor_id in ids
        )

    assert links(second) == links(first)
    assert len(links(first)) > 30
    # The second copy reads back the same text (minus nothing): a true round trip.
    selection.clearSelection()
    for task_id in second:
        selection.select(
            editor.model.index_for_task(task_id),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
    editor.copy()
    assert QApplication.clipboard().text() == copied
    assert all(isinstance(document.data.tasks[t], Task) for t in second)
