"""Summaries whose finish must be kept as a wall-clock instant: their exit node goes on a
round-the-clock calendar (see wall_clock_exits); and whether a summary's start is shown in
start form (start_shown)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    if not net.exit_needed:
        return set()
    tree, tasks = net.tree, net.data.tasks
    children, task_calendar = tree.children, net.task_calendar
    # Most leaves work on the plan's calendar (index 0): only the others are walked up to
    # their summaries. -1 marks an elapsed leaf (it may finish outside any working time).
    below: dict[int, set[int]] = {}  # summary -> marks of the other leaves under it
    for tid, task in tasks.items():
        if tid in children or task.parent_id is None:
            continue
        if task.duration_elapsed:
            mark = -1
        elif tid in task_calendar:
            mark = net.cal_index_of(tid)
            if mark == 0:
                continue
        else:
            continue
        parent: int | None = task.parent_id
        while parent is not None:
            below.setdefault(parent, set()).add(mark)
            parent = tasks[parent].parent_id

    def mixed(tid: int) -> bool:
        own = net.cal_index_of(tid)
        if own == 0:
            return bool(below.get(tid, set()) - {0})
        stack = list(children[tid])  # a summary on its own calendar: every leaf counts
        while stack:
            kid = stack.pop()
            if kid in children:
                stack.extend(children[kid])
            elif tasks[kid].duration_elapsed or net.cal_index_of(kid) != own:
                return True
        return False

    clock = None
    found: set[int] = set()
    for tid in net.exit_needed:
        if mixed(tid):
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


def start_shown(
    v: int,
    kind: Sequence[int],
    dur: Sequence[int],
    kids: Sequence[Sequence[tuple[int, Callable[[int], int] | None]] | None],
    ES: Sequence[int],
    leaf: int,
) -> bool:
    """Whether node v's early start is shown in start form: not a milestone's (``leaf`` is
    the kind of a task node, see network.py). A summary starts with its first children, and
    the backward pass hands a bound on its start only to them (cpm.backward, p_out): it is
    in start form unless they are all milestones.
    Taken as a start form anyway, a summary whose first child is a milestone at 12:00 got a
    late start at 11:59 and a float of -1 minute from an elapsed SS link (the bound's
    wall-clock 12:00 read back as the start of the minute before lunch; the property tests
    found it). A module function, not a closure calling itself: no reference cycle."""
    if kind[v] == leaf:
        return bool(dur[v] != 0)
    first = kids[v]
    if not first:
        return True
    es, matched = ES[v], False
    for x, conv in first:
        if (ES[x] if conv is None else conv(ES[x])) == es:
            if start_shown(x, kind, dur, kids, ES, leaf):
                return True
            matched = True
    return not matched
