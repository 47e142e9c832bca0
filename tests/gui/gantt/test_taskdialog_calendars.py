"""The task dialog's calendar picker and "Scheduling ignores resource calendars", driven
through the widgets: each changes where the task is scheduled, as one undo step."""

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from pmdesk.core.entities import Assignment, Calendar
from pmdesk.gantt.taskdialog import TaskDialog
from pmdesk.models.tasktree import TaskTreeModel

HOURS = [(480, 720), (780, 1020)]
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def add_calendars(document) -> None:
    # Mon-Wed and Tue-Fri; the Designer works Tue-Fri and is put on Design (task 2, 3 days).
    document.data.load(
        [
            Calendar(2, "Mon-Wed", week={d: list(HOURS) for d in range(3)}),
            Calendar(3, "Tue-Fri", week={d: list(HOURS) for d in range(1, 5)}),
            Assignment(1, 2, 1),
        ]
    )
    document.data.resources[1].calendar_id = 3
    document._scheduler.invalidate()
    document._reschedule()


def open_dialog(qtbot, document, task_id):
    model = TaskTreeModel(document)
    dialog = TaskDialog(document, model, task_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(3)  # Advanced
    return dialog


def test_calendar_picker_and_ignore_resource_calendars(qtbot, document):
    add_calendars(document)
    # Without a task calendar the Designer's Tue-Fri week applies: Tue 3 to Thu 5 March.
    assert document.schedule.tasks[2].start == datetime(2026, 3, 3, 8, 0)
    dialog = open_dialog(qtbot, document, 2)
    assert dialog.calendar.currentText() == "Plan calendar"
    dialog.calendar.setCurrentIndex(dialog.calendar.findText("Mon-Wed"))
    dialog.accept()
    task = document.data.tasks[2]
    assert task.calendar_id == 2
    # Mon-Wed with Tue-Fri in common: Tue 3, Wed 4, Tue 10.
    assert document.schedule.tasks[2].finish == datetime(2026, 3, 10, 17, 0)

    dialog = open_dialog(qtbot, document, 2)
    box = dialog.ignore_resource_calendars
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    dialog.accept()
    assert task.ignore_resource_calendars
    # The task calendar alone: Mon 2 to Wed 4.
    assert document.schedule.tasks[2].start == datetime(2026, 3, 2, 8, 0)
    assert document.schedule.tasks[2].finish == datetime(2026, 3, 4, 17, 0)
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert not task.ignore_resource_calendars
    assert document.schedule.tasks[2].finish == datetime(2026, 3, 10, 17, 0)
    document.undo_stack.undo()
    assert task.calendar_id is None
    assert document.schedule.tasks[2].start == datetime(2026, 3, 3, 8, 0)
