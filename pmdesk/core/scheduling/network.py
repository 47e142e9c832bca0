"""A plan compiled into the integer network the CPM passes walk.

Every leaf task is one node. A summary task is two nodes: its *entry* collects the links into
the summary and hands their bounds to every child (MS Project: a link on a summary applies to
its subtasks), its *exit* rolls the children up (start = earliest child start, finish =
latest child finish) and is where links out of the summary start. Nodes carry keys on their
own calendar (see calendar.py: ``2 * working_minute + form``); edges between calendars, and
elapsed lags, carry a conversion function instead of a plain lag.

Compiling checks the plan and raises SchedulingError for cycles (naming the tasks), negative
durations, finish-before-start dates, unknown tasks and unknown calendars.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmdesk.core.entities import ConstraintType, Link, ScheduleFrom
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.assigned import assignments_to_schedule
from pmdesk.core.scheduling.calendar import to_minutes
from pmdesk.core.scheduling.keys import NEG, POS
from pmdesk.core.scheduling.netcalendars import NetworkCalendars
from pmdesk.core.scheduling.netedges import (
    ENTRY,
    EXIT,
    FF_EDGE,
    LEAF,
    LINK_CODE,
    PREDECESSOR_ID,
    SS_EDGE,
    SUCCESSOR_ID,
    NetworkEdges,
)
from pmdesk.core.scheduling.netorder import positions, reverse_adjacency, topological_order
from pmdesk.core.scheduling.options import calculation_options
from pmdesk.core.scheduling.parameters import (
    LOWER_BOUNDS,
    UPPER_BOUNDS,
    NetworkShapeChanged,
    read_task,
)
from pmdesk.core.scheduling.summaryclock import wall_clock_exits
from pmdesk.core.scheduling.wbs import WbsTree, build_wbs

if TYPE_CHECKING:
    from pmdesk.core.scheduling.netview import Spec

# Re-exported: the passes, the scheduler and the risk simulation import them from here.
__all__ = [
    "ENTRY", "EXIT", "FF_EDGE", "LEAF", "LINK_CODE", "NEG", "POS", "PARAMETER_FIELDS", "SS_EDGE",
    "Network", "NetworkShapeChanged",
]  # fmt: skip

# Task fields whose change alters only the task's own parameters, not the network's shape.
PARAMETER_FIELDS = frozenset(
    {
        "name", "notes", "duration", "duration_elapsed", "milestone", "manual", "manual_start",
        "manual_finish", "constraint_type", "constraint_date", "deadline", "priority",
        "percent_complete", "actual_start", "actual_finish", "fixed_cost", "color", "splits",
        # How a duration was typed and the custom fields: display only (issue 11).
        "duration_unit", "duration_estimated", "custom_fields",
        # three-point estimates: read by the risk simulation only
        "duration_optimistic", "duration_most_likely", "duration_pessimistic", "distribution",
        "leveling_delay",
        # read by leveling only (levelpass.py)
        "leveling_can_split", "level_assignments",
    }
)  # fmt: skip


class Network(NetworkCalendars, NetworkEdges):
    """The compiled plan. ``refresh_task`` re-reads one task's parameters in place.

    Edge lists, per node (see cpm.py for how the passes read them):
    - ``fs_in[v]`` / ``fs_out[u]``: plain FS links without lag on one calendar (most links),
      as bare node numbers. Every edge list is None when empty (most are).
    - forward: ``s_in[v]`` holds (source list, u, lag) bounding v's start (the source list
      is ES or EF); SF and FF links, bounding its finish, are in ``form_in[v]`` as
      (u, code, lag), as the form of their source matters; ``p_in[v]`` is the parent entry whose bounds v
      inherits (-1: none); ``slow_in[v]`` holds (u, code, conv) edges needing a conversion.
    - backward: ``s_out[v]`` / ``f_out[v]`` hold (target list, x, lag) bounding v's start /
      finish (the target list is LS or LF); ``p_out[v]`` is the parent exit; ``slow_out[v]``.
    - a summary exit aggregates ``kids[exit]`` going forward, an entry going backward.
    Summary nodes nobody reads (no links or bounds on them or their ancestors) are left out.
    """

    # Set by scheduler._run_alap around its second forward pass (see cpm.forward's pinned).
    pinned_early: dict[int, tuple[int, int]]
    # The project finish keys of scheduler._run's last run (an incremental backward pass
    # needs the same finish); None scheduling from the finish. Unset before the first run.
    last_finish_keys: list[int] | None

    def __init__(self, data: PlanData) -> None:
        self.data = data
        self.tree: WbsTree = build_wbs(data.tasks)
        self._compile_calendars()
        self.pct_links: dict[int, list[Link]] = {}
        self.checked: set[int] = set()  # leaves with a constraint or deadline to report on
        self.before_start: set[int] = set()  # leaves whose SNET/FNET date is before the start
        self.checked_summaries: set[int] = set()  # summary task ids with an upper bound
        self._build_nodes()
        n = len(self.kind)
        self.ES = [NEG] * n
        self.EF = [NEG] * n
        self.LS = [POS] * n
        self.LF = [POS] * n
        self.overridden: dict[int, tuple[int, int, int]] = {}
        # node -> (key, wall-clock minute) of its elapsed-lag finish bound (see _noter)
        self.finish_walls: dict[int, tuple[int, int]] = {}
        self.dur = [0] * n
        self.spec: list[Spec | None] = [None] * n  # see parameters.py: how a leaf is placed
        self.alap = [False] * n
        self.alap_nodes: set[int] = set()  # leaves scheduled as late as possible
        self.delay: dict[int, int] = {}  # leaf -> leveling delay, elapsed minutes (cpm._delay)
        # leaf -> its late dates less its leveling delay, as its predecessors read them
        self.late_shift: dict[int, tuple[int, int]] = {}  # (see cpm.backward)
        self.c_s = [NEG] * n  # start lower bound (SNET), key
        self.c_f = [NEG] * n  # finish lower bound (FNET), key
        self.c_ls = [POS] * n  # start upper bound (SNLT, MSO), key
        self.c_lf = [POS] * n  # finish upper bound (FNLT, MFO, deadline), key
        self._build_edges()
        self._preds: list[list[int]] | None = None
        self.position: list[int] = []
        self.order = self._topological_order()
        self._read_options()
        self.contoured = assignments_to_schedule(self.data)  # see assigned.py
        # task id -> its assignments' ids, built by taskmoney.py when first needed and kept for
        # the network's life: adding, removing or moving an assignment recompiles it.
        self.assignment_ids: dict[int, list[int]] | None = None
        self._read_tasks()
        self.refresh_plan()

    # -- nodes and edges ---------------------------------------------------------------
    def _build_nodes(self) -> None:
        tasks = self.data.tasks
        tree = self.tree
        children = tree.children
        # Leaves first, in bulk and in outline order (conflicts are listed in node order).
        leaf_ids = [tid for tid in tree.order if tid not in children]
        count = len(leaf_ids)
        self.kind: list[int] = [LEAF] * count
        self.node_task: list[int] = leaf_ids
        if len(self.calendars) == 1:
            self.node_cal: list[int] = [0] * count
        else:
            self.node_cal = [self.cal_index_of(tid) for tid in leaf_ids]
        # task id -> node where its incoming bounds land / node its outgoing links read
        self.node_in: dict[int, int] = dict(zip(leaf_ids, range(count)))
        self.node_out: dict[int, int] = dict(self.node_in)
        self.leaves: list[int] = list(range(count))
        self.entry_needed: set[int] = set()  # summaries whose entry node is kept
        self.exit_needed: set[int] = set()
        if not children:
            return
        links = self.data.links.values()
        linked_out = set(map(PREDECESSOR_ID, links))  # loops in C
        linked_in = set(map(SUCCESSOR_ID, links))
        kind, node_task, node_cal = self.kind, self.node_task, self.node_cal
        for tid in tree.order:  # parents come before their children
            if tid not in children:
                continue
            task = tasks[tid]
            cal = self.cal_index_of(tid)
            parent = task.parent_id
            lower = task.constraint_date is not None and task.constraint_type in LOWER_BOUNDS
            upper = task.deadline is not None or (
                task.constraint_date is not None and task.constraint_type in UPPER_BOUNDS
            )
            if tid in linked_in or lower or parent in self.entry_needed:
                self.entry_needed.add(tid)
                self.node_in[tid] = len(kind)
                kind.append(ENTRY)
                node_task.append(tid)
                node_cal.append(cal)
            if tid in linked_out or upper or parent in self.exit_needed:
                self.exit_needed.add(tid)
                self.node_out[tid] = len(kind)
                kind.append(EXIT)
                node_task.append(tid)
                node_cal.append(cal)
        self.clock_exits = wall_clock_exits(self)

    def _topological_order(self) -> list[int]:
        tasks, node_task = self.data.tasks, self.node_task

        def name_of(node: int) -> str:
            return repr(tasks[node_task[node]].name or f"#{node_task[node]}")

        order = topological_order(self.adj, name_of)
        self.position = positions(order)
        return order

    def predecessors(self) -> list[list[int]]:
        """Reverse adjacency (built once, on first use by an incremental backward pass)."""
        if self._preds is None:
            self._preds = reverse_adjacency(self.adj)
        return self._preds

    # -- parameters --------------------------------------------------------------------
    def refresh_plan(self) -> None:
        plan = self.data.plan
        self.status_minutes = to_minutes(plan.status_date) if plan.status_date else None

    def _read_options(self) -> None:
        """The plan's calculation options (Plan.settings; a missing key means its default)."""
        plan = self.data.plan
        options = calculation_options(plan.settings)
        # Honoring applies when scheduling from the start; from the finish, the project
        # finish and the late dates already bound every task from above.
        self.honor_constraints = (
            options["honor_constraints"] and plan.schedule_from != ScheduleFrom.FINISH
        )
        self.options = options

    def _read_tasks(self) -> None:
        """Read every task's parameters; plain tasks (no constraint, progress...) in a tight
        loop, the others through refresh_task."""
        tasks = self.data.tasks
        node_in, dur = self.node_in, self.dur
        special = self.tree.children.keys() | self.contoured.keys()
        asap = ConstraintType.ASAP
        # (plain attribute reads: Python 3.11 specializes them; attrgetter measured slower)
        for tid, task in tasks.items():
            d = task.duration
            if (
                tid in special
                or d < 0
                or task.constraint_type != asap
                or task.deadline is not None
                or task.manual
                or task.duration_elapsed
                or task.percent_complete
                or task.actual_start is not None
                or task.actual_finish is not None
                or task.splits
                or task.leveling_delay
            ):
                self.refresh_task(tid)
            else:
                dur[node_in[tid]] = d if type(d) is int else int(round(d))

    def refresh_task(self, tid: int) -> None:
        """(Re)read the scheduling parameters of one task into its node(s)."""
        read_task(self, tid)

    def refresh_percent_links(self, tid: int) -> None:
        """Percent lags follow the predecessor's duration: a change of it reshapes edges."""
        if tid in self.pct_links:
            raise NetworkShapeChanged
