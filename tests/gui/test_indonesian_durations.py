"""Durations in Bahasa Indonesia wherever they are shown: the task table's every duration
field, the other views' tables, the status report; each unit Indonesian ("118 hari", "2 minggu",
"5 ehari", "1,5 hari"), and each text read back unchanged when a cell is edited and committed.
English stays as MS Project writes it ("118 d", "2 wks", "5 edays")."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from pmdesk.core.demo import build_demo_plan
from pmdesk.core.durationtext import days_text, duration_text, hours_text
from pmdesk.core.durationunits import UNITS, format_delay, format_in_unit, read_duration
from pmdesk.core.entities import Task
from pmdesk.core.scheduling.durations import parse_duration
from pmdesk.document import Document
from pmdesk.models.taskcolumns import COLUMN_INDEX, COLUMNS
from pmdesk.models.tasktree import TaskTreeModel

# A number followed by one of MS Project's English units: "118 d", "2 wks", "5 edays", "8h".
ENGLISH_UNIT = re.compile(
    r"(?<![\w.,])[+-]?\d+(?:[.,]\d+)?\s?e?(?:mins?|hrs?|days?|wks?|mons?|mo|m|h|d|w)(?!\w)"
)


def test_the_formatters_speak_indonesian(speak):
    speak("en")
    assert duration_text(118 * 480) == "118 d"
    assert format_in_unit(2 * 2400, "w") == "2 wks"
    assert format_delay(3 * 1440) == "3 edays"
    speak("id")
    assert duration_text(118 * 480) == "118 hari"
    assert duration_text(720) == "1,5 hari"
    assert duration_text(240) == "4 jam"
    assert duration_text(30) == "30 mnt"
    assert duration_text(2880, elapsed=True) == "2 ehari"
    assert duration_text(720, decimal=".") == "1.5 hari"
    assert format_in_unit(2 * 2400, "w") == "2 minggu"
    assert format_in_unit(5 * 1440, "d", elapsed=True) == "5 ehari"
    assert format_in_unit(3 * 480, "d", estimated=True) == "3 hari?"
    assert format_in_unit(90, "h") == "1,5 jam"
    assert format_delay(3 * 1440) == "3 ehari"
    assert days_text(5, signed=True) == "+5 hari" and days_text(0, signed=True) == "0 hari"
    assert hours_text(750) == "12,5j" and hours_text(1_200_000) == "20.000j"


@pytest.mark.parametrize("elapsed", [False, True])
@pytest.mark.parametrize("unit", UNITS)
def test_what_indonesian_shows_reads_back(speak, unit, elapsed):
    """'hr' would be read as an hour: every Indonesian unit shown must read back as itself."""
    speak("id")
    for count in (0, 1, 1.5, 2, 7, 118):
        for estimated in (False, True):
            shown = format_in_unit(count * _per(unit, elapsed), unit, elapsed, estimated)
            typed = read_duration(shown)
            assert (typed.minutes, typed.elapsed, typed.estimated) == (
                round(count * _per(unit, elapsed)),
                elapsed,
                estimated,
            ), shown
            assert not count or typed.unit == unit, shown
        short = duration_text(count * _per(unit, elapsed), elapsed, unit=unit)
        assert parse_duration(short) == (round(count * _per(unit, elapsed)), elapsed), short


def _per(unit: str, elapsed: bool) -> int:
    from pmdesk.core.durationunits import unit_minutes

    return unit_minutes(unit, elapsed)


@pytest.fixture
def demo_document(monkeypatch):
    """The demo plan as a Document without a working copy, closed after the test."""
    import pmdesk.document

    monkeypatch.setattr(pmdesk.document, "_store", lambda: None)
    document = Document(build_demo_plan())
    yield document
    document.close()


@pytest.fixture
def table(qtbot, demo_document):
    """The demo's task table with every kind of duration: typed units, elapsed, estimated,
    a fraction, a lag and a leveling delay (the demo has a baseline to compare with)."""
    document = demo_document
    model = TaskTreeModel(document)
    leaves = [
        t.id
        for t in document.data.tasks.values()
        if not any(o.parent_id == t.id for o in document.data.tasks.values())
    ]
    for task_id, typed in zip(leaves, ("2w", "5ed", "3d?", "1.5d", "6h", "30m", "1mo")):
        assert model.setData(model.index_for_task(task_id, COLUMN_INDEX["duration"]), typed)
    predecessor = model.index_for_task(leaves[0], COLUMN_INDEX["id"]).data()
    cell = model.index_for_task(leaves[9], COLUMN_INDEX["predecessors"])
    assert model.setData(cell, f"{predecessor}FS+1.5ed")
    document.set_fields(Task, leaves[10], "delay", leveling_delay=2 * 1440)
    return model, leaves


def _cells(model: TaskTreeModel, task_ids) -> list[tuple[str, str]]:
    return [
        (f"task {task_id} {column.key}", model.index_for_task(task_id, number).data() or "")
        for task_id in task_ids
        for number, column in enumerate(COLUMNS)
    ]


def _english_units(cells) -> list[str]:
    return [f"{where}: {text}" for where, text in cells if ENGLISH_UNIT.search(text)]


def test_every_duration_of_the_task_table_in_indonesian(speak, table):
    model, _leaves = table
    tasks = list(model.document.data.tasks)
    english = _english_units(_cells(model, tasks))
    assert len(english) > 200  # the walk sees English units: it can fail
    speak("id")
    cells = _cells(TaskTreeModel(model.document), tasks)  # a table opened in Indonesian
    assert not _english_units(cells), "\n".join(_english_units(cells))
    shown = {text for _where, text in cells}
    assert {"2 minggu", "5 ehari", "3 hari?", "1,5 hari", "6 jam", "30 menit", "1 bulan"} <= shown
    assert "2 ehari" in shown  # the leveling delay
    assert "+42 hari" in shown  # a finish variance
    assert any(re.fullmatch(r"\d+,\d+ jam", text) for text in shown)  # work, a decimal comma
    assert any(re.fullmatch(r"\d+FS\+1\.5ehari", text) for text in shown)


def test_an_indonesian_duration_committed_unchanged_keeps_its_value(speak, table):
    english, leaves = table
    speak("id")
    document = english.document
    model = TaskTreeModel(document)
    before = {
        t.id: (t.duration, t.duration_elapsed, t.duration_estimated)
        for t in document.data.tasks.values()
    }
    links = {link.id: (link.lag, link.lag_kind) for link in document.data.links.values()}
    for task_id in leaves[:12]:
        for key in ("duration", "predecessors"):
            index = model.index_for_task(task_id, COLUMN_INDEX[key])
            model.setData(index, index.data(Qt.ItemDataRole.EditRole))
    after = {
        t.id: (t.duration, t.duration_elapsed, t.duration_estimated)
        for t in document.data.tasks.values()
    }
    assert after == before
    assert {link.id: (link.lag, link.lag_kind) for link in document.data.links.values()} == links


def test_the_other_views_tables_in_indonesian(qtbot, speak):
    """Every table of every view (each mode) of the window: no English unit left."""
    from PySide6.QtWidgets import QAbstractItemView

    from pmdesk.ui import workspaces
    from pmdesk.ui.mainwindow import MainWindow
    from tests.gui.test_mainwindow import _discard_changes

    def walk() -> list[tuple[str, str]]:
        window = MainWindow(Document(build_demo_plan()))
        qtbot.addWidget(window, before_close_func=_discard_changes)
        found = []
        for key in workspaces.WIDGETS:
            view = window.workspace.view(key)
            window.workspace.set_current(key)
            for mode in getattr(view, "modes", None) or (None,):
                if mode is not None:
                    view.set_mode(mode)
                for table in view.findChildren(QAbstractItemView):
                    model = table.model()
                    if model is None:
                        continue
                    for row in range(min(model.rowCount(), 80)):
                        for column in range(model.columnCount()):
                            text = model.index(row, column).data()
                            if isinstance(text, str):
                                found.append((f"{key} {mode} {type(model).__name__}", text))
        return found

    assert len(_english_units(walk())) > 50
    speak("id")
    left = _english_units(walk())
    assert not left, "\n".join(left[:40])
