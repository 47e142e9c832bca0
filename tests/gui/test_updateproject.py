"""Project > Update Project... in the main window: both commands, one undo step, selected
tasks, and a refused date with OK disabled."""

from datetime import datetime

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from pmdesk.core.entities import Calendar, Link, LinkType, Task
from pmdesk.core.plandata import PlanData
from pmdesk.ui.updateproject import UpdateProjectDialog

WEEK = {d: [(480, 720), (780, 1020)] for d in range(5)}


@pytest.fixture
def document(qapp, monkeypatch):
    import pmdesk.document

    monkeypatch.setattr(pmdesk.document, "_store", lambda: None)
    data = PlanData()
    data.plan.start = datetime(2026, 3, 2, 8)
    data.plan.default_calendar_id = 1
    data.plan.status_date = datetime(2026, 3, 4, 17)
    data.load(
        [
            Calendar(1, "Standard", week=WEEK),
            Task(1, "A", position=0, duration=960),
            Task(2, "B", position=1, duration=1920),
            Link(1, 1, 2, LinkType.FS),
        ]
    )
    doc = pmdesk.document.Document(data)
    yield doc
    doc.close()


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_update_work_through_the_status_date_then_undo(qtbot, document):
    dialog = UpdateProjectDialog(document)
    qtbot.addWidget(dialog)
    assert dialog.date.date() == QDate(2026, 3, 4)  # the status date
    assert not dialog.selection.isEnabled()  # nothing selected
    _ok(dialog).click()
    assert document.data.tasks[1].percent_complete == 100.0
    assert document.data.tasks[2].percent_complete == 25.0
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.data.tasks[1].percent_complete == 0.0


def test_reschedule_selected_tasks(qtbot, document):
    dialog = UpdateProjectDialog(document, [2])
    qtbot.addWidget(dialog)
    assert dialog.selection.isChecked()
    dialog.reschedule.setChecked(True)
    assert not dialog.percent.isEnabled()
    dialog.date.setDate(QDate(2026, 3, 9))
    _ok(dialog).click()
    task_b = document.data.tasks[2]
    assert (task_b.constraint_type.value, task_b.constraint_date) == (
        "SNET",
        datetime(2026, 3, 9, 17),
    )
    assert document.data.tasks[1].constraint_type.value == "ASAP"  # not selected
    assert document.schedule.tasks[2].start == datetime(2026, 3, 10, 8)


def test_a_date_before_the_project_start_disables_ok(qtbot, document):
    dialog = UpdateProjectDialog(document)
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2026, 2, 27))
    assert dialog.problem.text() == "The date cannot be before the project start."
    assert not _ok(dialog).isEnabled()
    assert document.undo_stack.count() == 0
