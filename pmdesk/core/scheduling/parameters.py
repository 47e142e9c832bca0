"""Reading one task's scheduling parameters into the network: duration, constraint bounds,
deadline, and the spec for tasks the plain rule does not place (fixed, progress, elapsed)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pmdesk.core.entities import ConstraintType, Task
from pmdesk.core.scheduling.assigned import AssignmentSpec, assignment_span
from pmdesk.core.scheduling.calendar import to_minutes
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.keys import NEG, POS
from pmdesk.core.scheduling.progress import (
    ElapsedSpec,
    FixedSpec,
    HonoredSpec,
    ProgressSpec,
    fmt_moment,
)
from pmdesk.core.scheduling.splits import split_minutes

if TYPE_CHECKING:
    from pmdesk.core.scheduling.netview import NetworkView, Spec

# Constraints that bound a start/finish from below (forward pass) or above (backward pass).
LOWER_BOUNDS = (ConstraintType.SNET, ConstraintType.FNET, ConstraintType.MSO, ConstraintType.MFO)
UPPER_BOUNDS = (ConstraintType.SNLT, ConstraintType.FNLT, ConstraintType.MSO, ConstraintType.MFO)


class NetworkShapeChanged(Exception):
    """Raised by a refresh that needs a full recompile (the Scheduler catches it)."""


def read_task(net: NetworkView, tid: int) -> None:
    """(Re)read the scheduling parameters of one task into its node(s)."""
    task = net.data.tasks[tid]
    if task.duration < 0:
        raise SchedulingError(f"The task {task.name!r} has a negative duration.")
    if tid in net.tree.children:
        _read_summary(net, task)
        return
    v = net.node_in[tid]
    if task.duration_elapsed:  # its summaries' exits must hold wall-clock finishes
        parent = task.parent_id
        while parent is not None:
            if parent in net.exit_needed and parent not in net.clock_exits:
                raise NetworkShapeChanged()
            parent = net.data.tasks[parent].parent_id
    net.dur[v] = int(round(task.duration)) + split_minutes(task)
    delay = task.leveling_delay
    if delay and delay > 0:
        net.delay[v] = int(delay)
    else:
        net.delay.pop(v, None)
    from_assignments = None
    if tid in net.contoured and not task.duration_elapsed:
        from_assignments = assignment_spec(net, task, v)
        if from_assignments is None:
            net.dur[v] = max(net.dur[v], contour_duration(net, task))
    ctype = task.constraint_type
    if (
        ctype == ConstraintType.ASAP
        and from_assignments is None
        and not task.splits
        and task.deadline is None
        and not task.manual
        and not task.duration_elapsed
        and not task.percent_complete
        and task.actual_start is None
        and task.actual_finish is None
    ):  # the common case, kept quick for 10,000-task plans
        net.alap[v] = False
        net.alap_nodes.discard(v)
        net.spec[v] = None
        net.c_s[v], net.c_f[v], net.c_ls[v], net.c_lf[v] = NEG, NEG, POS, POS
        net.checked.discard(v)
        net.before_start.discard(v)
        return
    check_task(task)
    cal = net._cal(v)
    net.alap[v] = ctype == ConstraintType.ALAP
    if net.alap[v]:
        net.alap_nodes.add(v)
    else:
        net.alap_nodes.discard(v)
    c_s, c_f, c_ls, c_lf = NEG, NEG, POS, POS
    spec: Spec | None = from_assignments
    cdate = task.constraint_date
    if cdate is not None:
        t = to_minutes(cdate)
        if ctype == ConstraintType.SNET:
            c_s = cal.key_up(t)
        elif ctype == ConstraintType.FNET:
            # A finish no earlier than Wednesday 08:00 is met at Tuesday 17:00 (the same
            # working instant, in the form a finish is shown and links read it)
            c_f = cal.key_up(t) & ~1
        elif ctype == ConstraintType.SNLT:
            c_ls = cal.key_down(t)
        elif ctype == ConstraintType.FNLT:
            c_lf = cal.key_down(t)
        elif ctype == ConstraintType.MSO:
            c_ls = cal.key_down(t)
            spec = FixedSpec(task, cal, start=cal.key_up(t), reason="constraint")
        elif ctype == ConstraintType.MFO:
            c_lf = cal.key_down(t)
            spec = FixedSpec(task, cal, finish=cal.key_down(t), reason="constraint")
    if task.deadline is not None:
        c_lf = min(c_lf, cal.key_down(to_minutes(task.deadline)))
    if task.duration_elapsed and task.duration > 0:
        fixed: tuple[int | None, int | None] | None = (
            None  # an elapsed Must Start/Finish On task keeps its date on the wall clock
        )
        if cdate is not None and ctype == ConstraintType.MSO:
            fixed = (to_minutes(cdate), None)
        elif cdate is not None and ctype == ConstraintType.MFO:
            fixed = (None, to_minutes(cdate))
        floor = to_minutes(cdate) if cdate is not None and ctype == ConstraintType.FNET else None
        spec = ElapsedSpec(task, cal, fixed, floor, (net.finish_walls, v))
    if task.manual:
        start = cal.key_up(to_minutes(task.manual_start)) if task.manual_start else None
        finish = cal.key_down(to_minutes(task.manual_finish)) if task.manual_finish else None
        if start is not None or finish is not None:
            spec = FixedSpec(task, cal, start=start, finish=finish, reason="manual")
    if (
        task.duration_elapsed and task.duration > 0 and task.actual_start is not None
        and task.actual_finish is None
    ):  # fmt: skip
        # A started elapsed task runs on the wall clock from its actual start (1 ed from
        # Monday 08:00 ends Tuesday 08:00, not after eight working hours; MPXJ agrees).
        spec = ElapsedSpec(task, cal, (to_minutes(task.actual_start), None), None,
                           (net.finish_walls, v), fact=True)  # fmt: skip
    elif task.actual_start or task.actual_finish or task.percent_complete > 0:
        spec = ProgressSpec(task, cal, net)
    elif (
        ctype in (ConstraintType.SNLT, ConstraintType.FNLT)
        and cdate is not None
        and net.honor_constraints
        and (spec is None or isinstance(spec, ElapsedSpec))
    ):
        bound = cal.key_down(to_minutes(cdate))  # the constraint's own, not the deadline's
        if ctype == ConstraintType.SNLT:
            spec = HonoredSpec(task, cal, spec, bound, POS)
        else:
            spec = HonoredSpec(task, cal, spec, POS, bound)
    net.spec[v] = spec
    net.c_s[v], net.c_f[v], net.c_ls[v], net.c_lf[v] = c_s, c_f, c_ls, c_lf
    if (
        cdate is not None
        and ctype in (ConstraintType.SNET, ConstraintType.FNET)
        and (cdate < net.data.plan.start)
    ):  # its own date puts it before the project start (see cpm.forward)
        net.before_start.add(v)
    else:
        net.before_start.discard(v)
    if task.deadline is not None or ctype not in (ConstraintType.ASAP, ConstraintType.ALAP):
        net.checked.add(v)
    else:
        net.checked.discard(v)


def assignment_spec(net: NetworkView, task: Task, v: int) -> AssignmentSpec | None:
    """The spec of a task scheduled from several assignments (assigned.py); None when one
    assignment on the task's own calendar decides (its contour lengthens the duration)."""
    cal = net._cal(v)
    parts = [(net.resource_calendar(a.resource_id), assignment_span(task, a),
              max(0, int(a.leveling_delay or 0)))
             for a in net.contoured[task.id]]  # fmt: skip
    if len(parts) == 1 and parts[0][0] is cal and not parts[0][2]:
        return None
    return AssignmentSpec(task, cal, parts)


def contour_duration(net: NetworkView, task: Task) -> int:
    """The span of the longest contoured assignment of a task (see contours.py): MS Project
    stretches a fixed-units task whose resource works to a contour; a task whose contours were
    dropped finished days early (issue 14)."""
    longest = 0
    for assignment in net.contoured[task.id]:  # with its start delay (assigned.py)
        longest = max(longest, assignment_span(task, assignment))
    return longest


def _read_summary(net: NetworkView, task: Task) -> None:
    check_task(task)
    ctype, cdate = task.constraint_type, task.constraint_date
    lower = cdate is not None and ctype in LOWER_BOUNDS
    upper = task.deadline is not None or (cdate is not None and ctype in UPPER_BOUNDS)
    if (lower and task.id not in net.entry_needed) or (upper and task.id not in net.exit_needed):
        raise NetworkShapeChanged()
    cal = net.calendars[net.cal_index_of(task.id)]
    if task.id in net.exit_needed:  # its exit may be on a round-the-clock calendar
        out = net.calendars[net.node_cal[net.node_out[task.id]]]
    else:
        out = cal
    c_s = c_f = NEG
    c_ls = c_lf = POS
    if cdate is not None:
        t = to_minutes(cdate)
        # A constraint on a summary bounds all its subtasks (inflexible ones as both bounds).
        if ctype in (ConstraintType.SNET, ConstraintType.MSO):
            c_s = cal.key_up(t)
        if ctype in (ConstraintType.FNET, ConstraintType.MFO):
            c_f = cal.key_up(t)
        if ctype in (ConstraintType.SNLT, ConstraintType.MSO):
            c_ls = out.key_down(t)
        if ctype in (ConstraintType.FNLT, ConstraintType.MFO):
            c_lf = out.key_down(t)
    if task.deadline is not None:
        c_lf = min(c_lf, out.key_down(to_minutes(task.deadline)))
    if upper:
        net.checked_summaries.add(task.id)
    else:
        net.checked_summaries.discard(task.id)
    if task.id in net.entry_needed:
        entry = net.node_in[task.id]
        net.c_s[entry], net.c_f[entry] = c_s, c_f
    if task.id in net.exit_needed:
        exit_ = net.node_out[task.id]
        net.c_ls[exit_], net.c_lf[exit_] = c_ls, c_lf


def check_task(task: Task) -> None:
    if task.duration < 0:
        raise SchedulingError(f"The task {task.name!r} has a negative duration.")
    if not 0 <= task.percent_complete <= 100:
        raise SchedulingError(f"The task {task.name!r} has a % complete outside 0-100.")
    pairs: list[tuple[str, datetime | None, datetime | None]] = [
        ("manual", task.manual_start, task.manual_finish),
        ("actual", task.actual_start, task.actual_finish),
    ]
    for label, start, finish in pairs:
        if start is not None and finish is not None and finish < start:
            raise SchedulingError(
                f"The task {task.name!r} has its {label} finish ({fmt_moment(finish)}) "
                f"before its {label} start ({fmt_moment(start)})."
            )
    if task.constraint_type not in (ConstraintType.ASAP, ConstraintType.ALAP) and (
        task.constraint_date is None
    ):
        raise SchedulingError(
            f"The task {task.name!r} has a {ConstraintType(task.constraint_type).value} "
            "constraint without a date."
        )
