"""Acceptance (issue 11): a 30-task, 3-level plan typed with keys only on the real table:
durations in four units, predecessors with lags, resources and a constraint date; then the plan
data and the schedule are checked."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pmdesk.core.entities import Calendar, ConstraintType, LinkType
from pmdesk.core.plandata import PlanData
from pmdesk.gantt.editor import GanttEditor
from pmdesk.models.taskcolumns import COLUMN_INDEX

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

Key, Mod = Qt.Key, Qt.KeyboardModifier
UNITS = ("3d", "1w", "16h", "2ed")
MINUTES = {"3d": 1440, "1w": 2400, "16h": 960, "2ed": 2880}


def rows():
    """(level, name, duration, predecessors, resources, start) for the 30 rows, by ID."""
    out = []
    for p, phase in enumerate("ABC"):
        base = 10 * p
        out.append((1, f"Phase {phase}", "", "", "", ""))
        for g in (1, 2):
            out.append((2, f"Group {phase}{g}", "", "", "", ""))
            first = len(out) + 1
            for t in (1, 2, 3):
                number = len(out) + 1
                duration = UNITS[(number - 1) % 4]
                if t == 1 and g == 1:
                    preds = f"{base}FS+1w" if p else ""  # after the previous phase's milestone
                elif t == 1:
                    preds = f"{first - 2}SS+4h"  # group 2 starts 4 h after group 1's last task
                elif t == 2:
                    preds = f"{number - 1}"
                else:
                    preds = f"{number - 1}FS+1d"
                resources = {1: "Designer", 2: "Tester[50%]", 3: ""}[t]
                start = "2026-04-06" if (phase, g, t) == ("B", 2, 1) else ""
                out.append((3, f"{phase}{g} task {t}", duration, preds, resources, start))
        out.append((2, f"{phase} done", "0", f"{base + 9}", "", ""))
    assert len(out) == 30
    return out


def type_text(text: str) -> None:
    for char in text:
        QTest.keyClicks(QApplication.focusWidget(), char)


def key(k, mods=Mod.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), k, mods)


@pytest.fixture
def editor(qtbot, make_document):
    data = PlanData()
    data.plan.start = datetime(2026, 3, 2, 8, 0)  # a Monday
    data.plan.default_calendar_id = 1
    data.load([Calendar(1, "Standard", week={d: [(480, 720), (780, 1020)] for d in range(5)})])
    widget = GanttEditor(make_document(data))
    qtbot.addWidget(widget)
    widget.resize(1500, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.table.setFocus()
    return widget


def test_a_plan_typed_with_keys_only(editor):
    document = editor.document
    plan = rows()
    # Type every row: Name, Tab, Duration, Tab x3 (past Start/Finish, or Start then Finish),
    # Predecessors, Tab, Resource names, Enter (back to the next row's Name, as in Excel).
    for level, name, duration, preds, resources, start in plan:
        type_text(name)
        key(Key.Key_Tab)
        if duration:
            type_text(duration)
        key(Key.Key_Tab)
        if start:
            type_text(start)
        key(Key.Key_Tab)
        key(Key.Key_Tab)
        if preds:
            type_text(preds)
        key(Key.Key_Tab)
        if resources:
            type_text(resources)
        key(Key.Key_Return)
    assert len(document.data.tasks) == 30, editor.message.text()
    # Outline with the keyboard: up to the first row, then indent each row to its level.
    for _ in range(30):
        key(Key.Key_Up)
    for level, *_rest in plan:
        for _ in range(level - 1):
            key(Key.Key_Right, Mod.AltModifier | Mod.ShiftModifier)
        key(Key.Key_Down)
    assert not editor.message.text() or editor.message.isHidden(), editor.message.text()

    data = document.data
    model = editor.model
    by_number = {model.number_of(t): data.tasks[t] for t in model.order}
    assert len(by_number) == 30
    for number, (level, name, duration, preds, resources, start) in enumerate(plan, start=1):
        task = by_number[number]
        assert task.name == name
        assert model.depth_of(task.id) == level - 1, name
        if duration and duration != "0":
            assert task.duration == MINUTES[duration], name
            assert task.duration_unit == duration[-1] and task.duration_elapsed == (
                duration == "2ed"
            )
    assert by_number[10].milestone and by_number[20].milestone
    # Shown in their units.
    shown = {"3d": "3 days", "1w": "1 wk", "16h": "16 hrs", "2ed": "2 edays"}
    for number in (3, 4, 5, 7, 8):
        typed = plan[number - 1][2]
        assert (
            model.index_for_task(by_number[number].id, COLUMN_INDEX["duration"]).data()
            == shown[typed]
        )
    links = {
        (model.number_of(l.predecessor_id), model.number_of(l.successor_id)): l
        for l in data.links.values()
    }
    assert len(links) == 3 * 6 + 2  # per phase 4 in groups, 1 between, 1 milestone; 2 phases
    assert (links[(10, 13)].type, links[(10, 13)].lag) == (LinkType.FS, 2400)
    assert (links[(5, 7)].type, links[(5, 7)].lag) == (LinkType.SS, 240)
    assert links[(4, 5)].lag == 480
    names = {r.name: r for r in data.resources.values()}
    assert set(names) == {"Designer", "Tester"}
    units = sorted(a.units for a in data.assignments.values())
    assert units == [0.5] * 6 + [1.0] * 6
    constrained = by_number[17]
    assert constrained.name == "B2 task 1"
    assert constrained.constraint_type is ConstraintType.SNET
    assert constrained.constraint_date == datetime(2026, 4, 6, 8, 0)

    schedule = document.schedule
    assert schedule is not None and document.schedule_error is None
    for (pred, succ), link in links.items():
        before = schedule.tasks[by_number[pred].id]
        after = schedule.tasks[by_number[succ].id]
        if link.type is LinkType.FS:
            assert after.start >= before.finish, (pred, succ)
        else:
            assert after.start >= before.start, (pred, succ)
    assert schedule.tasks[constrained.id].start >= datetime(2026, 4, 6, 8, 0)
    phases = [by_number[n] for n in (1, 11, 21)]
    assert all(model.is_summary(t.id) for t in phases)
    assert schedule.project_finish == max(s.finish for s in schedule.tasks.values())
    assert schedule.tasks[phases[2].id].start > schedule.tasks[phases[1].id].finish
