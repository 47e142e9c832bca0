"""The task table's choice fields in Bahasa Indonesia: flags say Ya/Tidak, task types, PERT
distributions, fixed cost accruals and earned value methods their Indonesian names; each cell
committed unchanged keeps its value, and MS Project's English typed in keeps working."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pmdesk.core.demo import build_demo_plan
from pmdesk.document import Document
from pmdesk.models.taskcolumns import COLUMN_INDEX
from pmdesk.models.tasktree import TaskTreeModel

CHOICES = (
    "critical",
    "effort_driven",
    "task_type",
    "distribution",
    "fixed_cost_accrual",
    "ev_method",
    "flag1",
)


@pytest.fixture
def document(monkeypatch):
    import pmdesk.document

    monkeypatch.setattr(pmdesk.document, "_store", lambda: None)
    made = Document(build_demo_plan())
    yield made
    made.close()


def shown(model: TaskTreeModel, task_id: int, key: str) -> str:
    return model.index_for_task(task_id, COLUMN_INDEX[key]).data() or ""


def leaf(document) -> int:
    tasks = document.data.tasks.values()
    return next(t.id for t in tasks if t.duration and not any(o.parent_id == t.id for o in tasks))


def test_choice_fields_speak_indonesian(speak, document):
    task_id = leaf(document)
    english = {key: shown(TaskTreeModel(document), task_id, key) for key in CHOICES}
    assert english["task_type"] == "Fixed Units" and english["flag1"] == "No"
    speak("id")
    model = TaskTreeModel(document)
    indonesian = {key: shown(model, task_id, key) for key in CHOICES}
    assert indonesian["task_type"] == "Unit Tetap"
    assert indonesian["flag1"] == "Tidak" and indonesian["ev_method"] == "% Selesai"
    assert indonesian["distribution"] in ("Segitiga", "PERT")
    assert indonesian["fixed_cost_accrual"] == "Prorata"
    left = {k for k in CHOICES if indonesian[k] == english[k] and indonesian[k] != "PERT"}
    assert not left, left


def test_indonesian_choices_read_back_and_english_still_works(speak, document):
    speak("id")
    model = TaskTreeModel(document)
    task_id = leaf(document)
    before = document.data.tasks[task_id]
    for key in ("effort_driven", "task_type", "distribution", "fixed_cost_accrual", "flag1"):
        index = model.index_for_task(task_id, COLUMN_INDEX[key])
        assert model.setData(index, index.data(Qt.ItemDataRole.EditRole)), key
    assert document.data.tasks[task_id] == before  # committed unchanged: nothing changed
    for key, typed, field, value in (
        ("task_type", "Durasi Tetap", "task_type", "fixed_duration"),
        ("task_type", "Fixed Work", "task_type", "fixed_work"),
        ("fixed_cost_accrual", "akhir", "fixed_cost_accrual", "end"),
        ("ev_method", "% Selesai Fisik", "ev_method", "physical"),
        ("distribution", "Seragam", "distribution", "uniform"),
    ):
        assert model.setData(model.index_for_task(task_id, COLUMN_INDEX[key]), typed), typed
        stored = getattr(document.data.tasks[task_id], field)
        assert getattr(stored, "value", stored) == value, typed  # an enum's value, or the text
    assert model.setData(model.index_for_task(task_id, COLUMN_INDEX["flag1"]), "Ya")
    assert document.data.tasks[task_id].custom_fields.get("flag1") is True
    assert shown(model, task_id, "flag1") == "Ya"
    assert not model.setData(model.index_for_task(task_id, COLUMN_INDEX["flag1"]), "mungkin")
