"""What the per-task readers (parameters, progress, summary clocks) see of the compiled network.

``network.py`` builds the network and calls these readers; they must not import it back (an
import cycle, checked by import-linter). They are typed against this protocol instead, which
names only the parts of ``Network`` they read or fill in.
"""

from __future__ import annotations

from typing import Protocol

from pmdesk.core.entities import Assignment, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import WorkingCalendar
from pmdesk.core.scheduling.taskcalendars import CalendarKey
from pmdesk.core.scheduling.wbs import WbsTree


class Spec(Protocol):
    """How a leaf the plain CPM rule does not place is placed (progress.py, assigned.py):
    its (start, finish) keys from the bounds its links give it, forward and backward, and a
    sentence when it overrode one of them."""

    task: Task  # the task it places

    def forward(self, s: int, f: int) -> tuple[int, int]: ...

    def backward(self, ls: int, lf: int, es: int, ef: int) -> tuple[int, int]: ...

    def conflict(self, s: int, f: int, es: int, ef: int) -> str | None: ...


class NetworkView(Protocol):
    """The network's per-node arrays (indexed by node number) and its lookups."""

    data: PlanData
    tree: WbsTree
    options: dict[str, bool]
    honor_constraints: bool
    status_minutes: int | None
    calendars: list[WorkingCalendar]
    task_calendar: dict[int, CalendarKey]
    contoured: dict[int, list[Assignment]]
    node_in: dict[int, int]
    node_out: dict[int, int]
    node_cal: list[int]
    entry_needed: set[int]
    exit_needed: set[int]
    clock_exits: set[int]
    # per node: duration in working minutes, scheduling spec, ALAP flag, constraint bounds
    dur: list[int]
    spec: list[Spec | None]
    alap: list[bool]
    alap_nodes: set[int]
    c_s: list[int]
    c_f: list[int]
    c_ls: list[int]
    c_lf: list[int]
    delay: dict[int, int]
    finish_walls: dict[int, tuple[int, int]]
    checked: set[int]
    before_start: set[int]
    checked_summaries: set[int]

    def _cal(self, v: int) -> WorkingCalendar: ...

    def cal_index_of(self, tid: int) -> int: ...

    def resource_calendar(self, resource_id: int) -> WorkingCalendar: ...
