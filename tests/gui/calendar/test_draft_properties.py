"""Property: whatever the calendar editor's draft is turned into (new calendars, copies, week
and base changes, exceptions added, changed and removed, calendars deleted), OK makes the plan
hold exactly the draft in one undo step; Undo restores the plan exactly and Redo again."""

from __future__ import annotations

import copy
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmdesk.core.entities import CalendarException
from pmdesk.ui.calendar_editor.draft import CalendarDraft
from tests.gui.calendar.conftest import build_plan

STEPS = st.lists(st.tuples(st.sampled_from(["new", "copy", "week", "base", "add", "change",
                                            "remove", "delete"]),
                           st.integers(0, 50)), max_size=12)  # fmt: skip


def _state(data):
    return copy.deepcopy((data.calendars, data.calendar_exceptions,
                          {r.id: r.calendar_id for r in data.resources.values()}))  # fmt: skip


def _do(draft: CalendarDraft, step: str, n: int) -> None:
    ids = sorted(draft.calendars)
    cid = ids[n % len(ids)]
    if step == "new":
        draft.new_calendar(draft.unique_name("Cal"), ["Standard", "24 Hours", "Night Shift"][n % 3])
    elif step == "copy":
        draft.new_calendar(draft.unique_name("Copy"), copy_of=cid)
    elif step == "week":
        draft.calendars[cid].week[n % 5] = [(420 + n, 720), (780, 1000)]
    elif step == "base":
        other = ids[(n + 1) % len(ids)]
        draft.calendars[cid].base_id = other if other != cid else None
        if draft.problem() is not None:  # a cycle: the dialog would keep OK disabled
            draft.calendars[cid].base_id = None
    elif step == "add":
        start = date(2027, 1, 4) + timedelta(days=n * 7)
        kind = [None, "weekly", "monthly"][n % 3]
        draft.add_exception(CalendarException(
            0, 0, start, start + timedelta(days=n % 3 if kind is None else 0), f"E{n}",
            recurrence=kind, weekdays=[n % 7] if kind == "weekly" else [],
            occurrences=5 if kind else None), cid)  # fmt: skip
    elif step in ("change", "remove") and draft.exceptions:
        eid = sorted(draft.exceptions)[n % len(draft.exceptions)]
        if step == "change":
            draft.exceptions[eid].name = f"Renamed {n}"
            draft.exceptions[eid].intervals = [(480, 600)]
        else:
            del draft.exceptions[eid]
    elif step == "delete" and draft.delete_problem(cid) is None:
        draft.delete_calendar(cid)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(steps=STEPS, resource=st.booleans())
def test_ok_applies_the_draft_in_one_undo_step(make_document, steps, resource):
    data = build_plan()
    data.load([CalendarException(1, 1, date(2027, 3, 8), date(2027, 3, 8), "Nyepi"),
               CalendarException(2, 1, date(2027, 1, 1), date(2027, 1, 1), "Fridays",
                                 recurrence="weekly", weekdays=[4], occurrences=8)])  # fmt: skip
    document = make_document(data)
    before = _state(document.data)
    draft = CalendarDraft(document.data)
    if resource:
        draft.resource_calendar(1)
    for step, n in steps:
        _do(draft, step, n)
    if draft.problem() is not None or not draft.is_modified():
        return
    count = document.undo_stack.count()
    draft.apply(document, "Change working time")
    assert document.undo_stack.count() == count + 1
    after = _state(document.data)
    assert after[0] == draft.calendars and after[1] == draft.exceptions
    for rid, cid in draft.resource_calendars.items():
        assert after[2][rid] == cid
    document.undo_stack.undo()
    assert _state(document.data) == before
    document.undo_stack.redo()
    assert _state(document.data) == after
