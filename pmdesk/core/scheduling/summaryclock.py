"""Summaries whose finish must be kept as a wall-clock instant: their exit node goes on a
round-the-clock calendar (see wall_clock_exits)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pmdesk.core.entities import Calendar
from pmdesk.core.scheduling.calendar import DAY, WorkingCalendar, compiled_calendar

if TYPE_CHECKING:
    from pmdesk.core.scheduling.netview import NetworkView


def wall_clock_exits(net: NetworkView) -> set[int]:
    """Put a summary's exit on a round-the-clock calendar when its subtasks work on other
    calendars: its finish is then the latest subtask finish as it is (18:00 on a long-day
    calendar), which a successor counts from, as MS Project does, instead of that finish
    moved to the summary's own working time (MPXJ's MicrosoftScheduler agrees)."""
    tree, tasks = net.tree, net.data.tasks
    mixed: dict[int, set[int]] = {}  # summary -> calendars of its leaves (-1: elapsed)
    for tid in reversed(tree.order):
        parent = tasks[tid].parent_id
        if parent is None:
            continue
        if tid in tree.children:
            below = mixed.get(tid, set())
        else:  # an elapsed subtask may finish outside any working time
            below = {-1 if tasks[tid].duration_elapsed else net.cal_index_of(tid)}
        mixed.setdefault(parent, set()).update(below)
    clock = None
    found: set[int] = set()
    for tid in net.exit_needed:
        if mixed.get(tid, set()) - {net.cal_index_of(tid)}:
            found.add(tid)
            if clock is None:
                clock = len(net.calendars)
                net.calendars.append(round_the_clock_calendar(net.data.plan.start))
            net.node_cal[net.node_out[tid]] = clock
    return found


def round_the_clock_calendar(start: date) -> WorkingCalendar:
    """Every minute is working time: keys on it are wall-clock instants."""
    week = {day: [(0, DAY)] for day in range(7)}
    return compiled_calendar(Calendar(id=-1, name="Round the clock", week=week), [], {},
                             origin=start.toordinal())  # fmt: skip
