"""The editor's changes go through the Document into the working copy: saved and reopened,
every calendar, rule and resource calendar is the same."""

from __future__ import annotations

from datetime import date

import pytest

from pmdesk import cli
from pmdesk.core.entities import CalendarException, Resource
from pmdesk.document import Document
from pmdesk.store.pmdb import load_plan
from pmdesk.ui.calendar_editor.draft import CalendarDraft

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_editor_changes_survive_save_and_reopen(qtbot, tmp_path):
    path = tmp_path / "plan.pmdb"
    assert cli.main(["new", str(path), "--holidays", "ID"]) == 0
    document = Document.open(path)
    try:
        document.add_entities([Resource(id=1, name="Ana")], "Add Ana")
        draft = CalendarDraft(document.data)
        night = draft.new_calendar("Nights", "Night Shift")
        own = draft.resource_calendar(1)
        draft.add_exception(CalendarException(0, 0, date(2027, 3, 1), date(2027, 3, 1), "Audit",
                                              recurrence="monthly", nth=5, nth_weekday=4,
                                              until=date(2027, 12, 31)), night.id)  # fmt: skip
        draft.add_exception(CalendarException(0, 0, date(2027, 5, 3), date(2027, 5, 14),
                                              "Vacation"), own)  # fmt: skip
        assert draft.problem() is None
        draft.apply(document, "Change working time")
        document.save()
        expected = (dict(document.data.calendars), dict(document.data.calendar_exceptions),
                    document.data.resources[1].calendar_id)  # fmt: skip
    finally:
        document.close()
    reopened = load_plan(path)
    assert (reopened.calendars, reopened.calendar_exceptions,
            reopened.resources[1].calendar_id) == expected  # fmt: skip
    audit = next(e for e in reopened.calendar_exceptions.values() if e.name == "Audit")
    assert (audit.recurrence, audit.nth, audit.nth_weekday, audit.until) == (
        "monthly",
        5,
        4,
        date(2027, 12, 31),
    )
