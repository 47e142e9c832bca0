"""Tasks the plain CPM rule does not place: fixed dates, progress, elapsed durations.

A *spec* replaces the forward rule "start at the latest bound, finish = start + duration" for
one task: ``forward(s, f)`` gets the start and finish lower bounds the links imposed (keys on
the task's calendar) and returns the task's (start, finish) keys; ``backward(ls, lf, es, ef)``
does the same for the late dates; ``conflict(s, f, es, ef)`` explains a bound it overrode.
"""

from __future__ import annotations

import weakref
from datetime import datetime
from typing import TYPE_CHECKING

from pmdesk.core.entities import Task
from pmdesk.core.scheduling.calendar import WorkingCalendar, from_minutes, to_minutes
from pmdesk.core.scheduling.keys import NEG as NEG_KEY
from pmdesk.core.scheduling.keys import POS as POS_KEY
from pmdesk.core.scheduling.splits import gaps_of, pauses_within, split_minutes, work_stretches

if TYPE_CHECKING:
    from pmdesk.core.scheduling.netview import NetworkView, Spec


def fmt_moment(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def late_dates(ls: int, lf: int, d: int) -> tuple[int, int]:
    """Late (start, finish) keys of a task of d working minutes under upper bounds ls, lf.

    The mirror of the forward rule: the late start is in start form; a start bound earlier
    than finish - duration wins and moves the finish.
    """
    if d == 0:
        v = ls if ls < lf else lf
        return v, v
    start = ((lf >> 1) - d) * 2 + 1
    if ls < start:
        start = ls | 1
        # The latest form of that finish (08:00 Monday rather than 17:00 Friday) unless
        # the finish bound itself is that working minute in finish form.
        finish = ((ls >> 1) + d) * 2 + 1
        lf = finish if finish < lf else lf
    return start, lf


class FixedSpec:
    """Dates the user fixed: a manually scheduled task, or a must-start/finish-on constraint."""

    def __init__(
        self,
        task: Task,
        cal: WorkingCalendar,
        start: int | None = None,
        finish: int | None = None,
        reason: str = "",
    ) -> None:
        self.task = task
        self.cal = cal
        self.start = start  # keys; at least one of them is set
        self.finish = finish
        self.reason = reason

    def forward(self, s: int, f: int) -> tuple[int, int]:
        d = int(round(self.task.duration)) + split_minutes(self.task)  # the bar spans pauses
        start, finish = self.start, self.finish
        if start is not None:
            if finish is not None:
                return start, max(start, finish)
            if d == 0:
                return start, start
            start |= 1
            return start, ((start >> 1) + d) * 2
        if finish is None:  # parameters.py never makes one: a bug, not a plan
            raise ValueError(f"The fixed dates of the task {self.task.name!r} are missing.")
        if d == 0:
            return finish, finish
        return ((finish >> 1) - d) * 2 + 1, finish

    def backward(self, ls: int, lf: int, es: int, ef: int) -> tuple[int, int]:
        return late_dates(ls, lf, (ef >> 1) - (es >> 1))

    def conflict(self, s: int, f: int, es: int, ef: int) -> str | None:
        name = self.task.name
        if s > es:
            allowed = fmt_moment(from_minutes(self.cal.wall(s)))
            if self.reason == "manual":
                return (
                    f"The manually scheduled task {name!r} starts before its predecessors allow "
                    f"(no earlier than {allowed})."
                )
            return (
                f"The task {name!r} must start on {fmt_moment(from_minutes(self.cal.wall(es)))} "
                f"but its predecessors let it start no earlier than {allowed}."
            )
        if f > ef:
            allowed = fmt_moment(from_minutes(self.cal.wall(f)))
            if self.reason == "manual":
                return (
                    f"The manually scheduled task {name!r} finishes before its predecessors allow "
                    f"(no earlier than {allowed})."
                )
            return (
                f"The task {name!r} must finish on {fmt_moment(from_minutes(self.cal.wall(ef)))} "
                f"but its predecessors let it finish no earlier than {allowed}."
            )
        return None


class ProgressSpec:
    """A started or finished task: completed work stays where it happened.

    The completed part runs from the actual start (or the scheduled start) for duration x
    % complete; the remaining part follows it. Against the status date, MS Project's four
    calculation options (File > Options > Advanced, "Calculation options for this project";
    all off by default, Plan.settings, see options.py) may move the parts:
    - "Move end of completed parts after status date back to status date" (and, with it,
      "...and move start of remaining parts back to status date");
    - "Move start of remaining parts before status date forward to status date" (and, with
      it, "...and move end of completed parts forward to status date").
    Evidence: Microsoft's support article "Update the project schedule with status date
    options" describes the four; issue 14's example from MS Project: 4 days 25 % complete,
    status date 2026-01-14, options off: it still finishes 01-08.
    """

    def __init__(self, task: Task, cal: WorkingCalendar, network: NetworkView) -> None:
        self.task = task
        self.cal = cal
        # weak: the network holds this spec, and a cycle would wait for a full collection
        self.network = weakref.proxy(network)

    def forward(self, s: int, f: int) -> tuple[int, int]:
        task, cal = self.task, self.cal
        d = int(round(task.duration))
        if task.actual_start is not None:
            start = cal.key_up(to_minutes(task.actual_start))
        elif s <= NEG_KEY:  # only a finish bound (a Finish No Earlier Than before the start)
            start = f if d == 0 else ((f >> 1) - d) * 2 + 1
        else:
            start = max(s, f) if d == 0 else s | 1
        if task.actual_finish is not None:
            finish = cal.key_down(to_minutes(task.actual_finish))
            if task.actual_start is None:
                start = finish if d == 0 else min(start, ((finish >> 1) - d) * 2 + 1)
            return start, max(start, finish)
        if d == 0:
            return start, start
        if d > 0 and start & 1 == 0:
            start |= 1
        start, completed_end, resume, remaining = self.parts(start)
        if remaining <= 0:
            return start, completed_end * 2
        return start, (resume + remaining) * 2

    def parts(self, start: int) -> tuple[int, int, int, int]:
        """(start key, completed part's end, remaining part's start, remaining span) in
        working minutes, pauses included, for a start key in start form.

        A split task keeps its pauses where they are in its work: a pause inside the
        completed work lies between the start and the completed end, a pause at or after it
        delays the remaining work. Evidence: MS Project writes a pause as a stretch of zero
        time-phased work (mspdi_splits.py), which progress fills in order, so % complete
        counts work, not the pause; its "Split in-progress tasks" option, on by default
        (PROJ_OPT_SPLIT_IN_PROGRESS, learn.microsoft.com gg221759; VBA Project.AutoSplitTasks:
        "splits tasks into parts for work complete and work remaining"), keeps the parts apart."""
        task, cal = self.task, self.cal
        d = int(round(task.duration))
        done = round(d * min(task.percent_complete, 100.0) / 100)
        before = pauses_within(task, done, include_end=False)
        completed_end = (start >> 1) + done + before
        remaining = d - done
        resume = completed_end
        status = self.network.status_minutes
        options = self.network.options
        if status is not None and remaining > 0:
            status_w = cal.key_up(status) >> 1
            if completed_end > status_w and options["move_completed_ends_back"] and done:
                # the completed part ends at the status date (planned work not done yet
                # cannot have been done after it); the start moves with it unless it is
                # an actual date
                if task.actual_start is None:
                    start = (status_w - done - before) * 2 + 1
                completed_end = max(status_w, (start >> 1) + done + before)
                if options["move_remaining_starts_back"]:
                    resume = completed_end
            elif resume < status_w and options["move_remaining_starts_forward"]:
                resume = status_w  # remaining work is scheduled from the status date onward
                if options["move_completed_ends_forward"] and done and task.actual_start is None:
                    start = (status_w - done - before) * 2 + 1  # the completed part ends there too
        if remaining > 0:
            remaining += split_minutes(task) - before
        return start, completed_end, resume, remaining

    def stretches(self, start: int) -> list[tuple[int, int]] | None:
        """The worked stretches (working minutes after the start) of the task scheduled at
        ``start``, or None when it has no pause (one bar)."""
        task = self.task
        if task.actual_finish is not None or task.duration <= 0:
            return None
        start, completed_end, resume, remaining = self.parts(start)
        if resume <= completed_end and not gaps_of(task):
            return None
        d = int(round(task.duration))
        done = round(d * min(task.percent_complete, 100.0) / 100)
        found = work_stretches(task, done, resume - (start >> 1))
        return found if len(found) > 1 else None

    def backward(self, ls: int, lf: int, es: int, ef: int) -> tuple[int, int]:
        task = self.task
        if task.actual_start is not None and task.actual_finish is None and task.duration > 0:
            # A started task hands its predecessors the late start of its remaining work:
            # its late finish less the remaining duration (MPXJ's MicrosoftScheduler,
            # calculateLateFinishForFinishStart with getDateFromFinishAndRemainingDuration,
            # checked against Project's files). Its own late start is shown as its actual
            # start (runresult), and its slack is the finish's.
            remaining = self.parts(es | 1)[3]
            if remaining > 0:
                return late_dates(ls, lf, remaining)
        return late_dates(ls, lf, (ef >> 1) - (es >> 1))

    def conflict(self, s: int, f: int, es: int, ef: int) -> str | None:
        return None  # actual dates are facts, not plans: links do not move them


class ElapsedSpec:
    """A task with an elapsed duration ("5ed"): it runs on wall-clock time once started.

    Its finish (and, when a finish bound pulls it, its start) may fall in non-working time:
    1 ed from Friday 08:00 ends Saturday 08:00. Keys cannot hold such instants, so the spec
    remembers the wall-clock minute of each key it produced (``walls``): the results show
    them, and an elapsed lag after the task counts from them (issue 14: adding the lag to the
    Monday the key rounds to made the successor late). Pulled by a finish bound, the task
    keeps its length: 1 ed finishing Tuesday 17:00 starts Monday 17:00, not Tuesday 08:00.
    A task wholly inside non-working time (4 eh from Sunday 00:00) has one key for its start
    and its finish: ``walls`` then holds the finish, ``start_walls`` the start.
    """

    def __init__(
        self, task: Task, cal: WorkingCalendar, fixed: tuple[int | None, int | None] | None = None,
        finish_floor: int | None = None,
        bounds: tuple[dict[int, tuple[int, int]], int] | None = None, fact: bool = False,
    ) -> None:  # fmt: skip
        self.task = task
        self.cal = cal
        self.walls: dict[int, int] = {}  # keys of the forward pass (early dates)
        self.start_walls: dict[int, int] = {}  # the same, of start keys only
        # keys of the backward pass (late dates): kept apart, or a late date sharing a key
        # with an early one would change the start shown (by the order of runs)
        self.late_walls: dict[int, int] = {}
        self.late_start_walls: dict[int, int] = {}
        # (wall start, wall finish) of a Must Start/Finish On date (one of them None)
        self.fixed = fixed
        # a Finish No Earlier Than date on the wall clock: 13:00 stays 13:00 (as a key it
        # is 12:00, the same working instant, but not the same instant for this task)
        self.finish_floor = finish_floor
        # (Network.finish_walls, node): the wall-clock instant of an elapsed-lag finish
        # bound (Saturday 17:00 rather than the Monday 08:00 its key rounds up to)
        self.bounds = bounds
        # ``fixed`` is an actual start: a fact, not a plan (no conflict when links disagree)
        self.fact = fact

    def forward(self, s: int, f: int) -> tuple[int, int]:
        cal, d = self.cal, int(round(self.task.duration))
        if self.fixed is not None:  # Must Start On / Must Finish On: the date wins
            fixed_start, fixed_finish = self.fixed
            if fixed_start is None:
                if fixed_finish is None:  # parameters.py never makes one: a bug, not a plan
                    raise ValueError(f"The fixed date of the task {self.task.name!r} is missing.")
                fixed_start = fixed_finish - d
            wall_finish = fixed_start + d
            start, finish = cal.key_up(fixed_start) | 1, cal.key_up(wall_finish)
            self.remember(start, fixed_start, finish, wall_finish)
            return start, finish
        if s <= NEG_KEY:  # only a finish bound (a Finish No Earlier Than before the start)
            start, finish = NEG_KEY, NEG_KEY
        else:
            start = s | 1
            wall_start = cal.wall(start)
            wall_finish = wall_start + d
            finish = cal.key_up(wall_finish)
        if f > finish:
            # Pulled by a link's finish bound, it starts at the working time from which it
            # meets it (not shortened, issue 14; not started in non-working time: MPXJ's
            # MicrosoftScheduler moves such a start to the next working time too).
            wall_f = cal.wall(f)
            if self.bounds is not None:
                found = self.bounds[0].get(self.bounds[1])
                if found is not None and found[0] == f:
                    wall_f = found[1]
            start = cal.key_up(wall_f - d) | 1
            wall_start = cal.wall(start)
            wall_finish = wall_start + d
            finish = cal.key_up(wall_finish)
        floor = self.finish_floor
        if floor is not None and wall_finish < floor:
            wall_finish = floor
            wall_start = floor - d
            start, finish = cal.key_up(wall_start) | 1, cal.key_up(floor)
        self.remember(start, wall_start, finish, wall_finish)
        return start, finish

    def remember(self, start: int, wall_start: int, finish: int, wall_finish: int) -> None:
        """The wall-clock minutes of early (or scheduled) start and finish keys."""
        self.start_walls[start] = wall_start
        self.walls[start] = wall_start
        self.walls[finish] = wall_finish  # after the start: the finish wins a shared key

    def wall(self, key: int) -> int:
        """The wall-clock minute of a key this task produced (else the key's own)."""
        found = self.walls.get(key)
        return found if found is not None else self.cal.wall(key)

    def start_wall(self, key: int) -> int:
        """The wall-clock minute of a start key this task produced (else as wall())."""
        found = self.start_walls.get(key)
        return found if found is not None else self.wall(key)

    def backward(self, ls: int, lf: int, es: int, ef: int) -> tuple[int, int]:
        cal, d = self.cal, int(round(self.task.duration))
        # The late finish at the end of the working time before it (12:00, not 13:00 after
        # lunch; MPXJ's getEquivalentPreviousWorkFinish), the start that long before it.
        finish = lf if lf >= POS_KEY else lf & ~1
        wall_finish = cal.wall(finish)
        wall_start = wall_finish - d
        start = cal.key_down(wall_start)
        if ls < start:
            # The latest finish the start bound allows, also moved back to the end of the
            # working time before it (Saturday 08:59 -> Friday 17:00), as MPXJ's backward
            # pass does with every late finish; the start that long before it.
            finish = cal.key_down(cal.wall(ls) + d) & ~1
            wall_finish = cal.wall(finish)
            wall_start = wall_finish - d
            start = cal.key_down(wall_start)
        # this run's: an earlier run may have left others
        self.late_start_walls[start] = wall_start
        self.late_walls[start] = wall_start
        self.late_walls[finish] = wall_finish
        return start, finish

    def late_wall(self, key: int) -> int:
        """The wall-clock minute of a late-date key this task produced (else as wall())."""
        found = self.late_walls.get(key)
        return found if found is not None else self.wall(key)

    def late_start_wall(self, key: int) -> int:
        """The wall-clock minute of a late start key this task produced (else as
        start_wall())."""
        found = self.late_start_walls.get(key)
        return found if found is not None else self.start_wall(key)

    def conflict(self, s: int, f: int, es: int, ef: int) -> str | None:
        if self.fixed is None or self.fact or (s <= es and f <= ef):
            return None
        kind = "start" if self.fixed[0] is not None else "finish"
        bound, which = (f, "finish") if f > ef else (s, "start")
        date = self.task.constraint_date  # the Must Start/Finish On date ``fixed`` holds
        return (
            f"The task {self.task.name!r} must {kind} on "
            f"{fmt_moment(date) if date else ''} but its predecessors let it {which} no "
            f"earlier than {fmt_moment(from_minutes(self.cal.wall(bound)))}."
        )


class HonoredSpec:
    """A Start/Finish No Later Than task under MS Project's default option "Tasks will always
    honor their constraint dates": the constraint date wins over its links, the task stays
    at it and the link it breaks is reported as a conflict.

    Evidence: Project's scheduling options ("Tasks will always honor their constraint dates",
    on by default; PublishedProject.HonorConstraints: "True if scheduling constraints take
    precedence over dependencies", learn.microsoft.com/previous-versions/office/jj232094);
    issue 14's example from MS Project: A 5d -> B 2d with SNLT Wed 2026-01-07, B starts
    01-07. ``inner`` is the spec of an elapsed task, or None for the plain rule.
    """

    def __init__(
        self, task: Task, cal: WorkingCalendar, inner: ElapsedSpec | None, ls: int, lf: int
    ) -> None:
        self.task = task
        self.cal = cal
        self.inner = inner
        self.ls = ls  # start upper bound key (POS: none)
        self.lf = lf  # finish upper bound key

    def forward(self, s: int, f: int) -> tuple[int, int]:
        d = int(round(self.task.duration)) + split_minutes(self.task)  # the bar spans pauses
        if self.inner is not None:
            a, b = self.inner.forward(s, f)
        elif d == 0:
            a = b = max(s, f)
        else:
            a = s | 1
            b = ((a >> 1) + d) * 2
            if f > b:
                b = f
                a = ((f >> 1) - d) * 2 + 1
        ls, lf = self.ls, self.lf
        if a > ls:  # start at the constraint date, 17:00 included (MPXJ agrees)
            a = ls
            b = a if d == 0 else self._finish(a, d)
        if b > lf:  # finish at the constraint date (in finish form: 17:00, not 08:00)
            b = lf if d == 0 else lf & ~1
            a = b if d == 0 else self._start(b, d)
        return a, b

    def _finish(self, a: int, d: int) -> int:
        if isinstance(self.inner, ElapsedSpec):
            wall = self.cal.wall(a)
            b = self.cal.key_up(wall + d)
            self.inner.remember(a, wall, b, wall + d)
            return b
        return ((a >> 1) + d) * 2

    def _start(self, b: int, d: int) -> int:
        if isinstance(self.inner, ElapsedSpec):
            wall = self.cal.wall(b)
            a = self.cal.key_up(wall - d) | 1
            self.inner.remember(a, wall - d, b, wall)
            return a
        return ((b >> 1) - d) * 2 + 1

    def wall(self, key: int) -> int:
        """See ElapsedSpec.wall (for an elapsed task; else the key's own)."""
        if isinstance(self.inner, ElapsedSpec):
            return self.inner.wall(key)
        return self.cal.wall(key)

    def backward(self, ls: int, lf: int, es: int, ef: int) -> tuple[int, int]:
        if self.inner is not None:
            return self.inner.backward(ls, lf, es, ef)
        return late_dates(ls, lf, (ef >> 1) - (es >> 1))

    def conflict(self, s: int, f: int, es: int, ef: int) -> str | None:
        name = self.task.name
        kind = "start" if self.ls < POS_KEY else "finish"
        date = fmt_moment(self.task.constraint_date) if self.task.constraint_date else ""
        pushed = s if kind == "start" else max(f, s)
        return (
            f"The task {name!r} keeps its constraint to {kind} no later than {date}, "
            f"although its predecessors would move it to "
            f"{fmt_moment(from_minutes(self.cal.wall(pushed)))}: a link is not met."
        )


def elapsed_spec(spec: Spec | None) -> ElapsedSpec | None:
    """The elapsed-duration spec of a task, also under an honored constraint."""
    if isinstance(spec, ElapsedSpec):
        return spec
    if isinstance(spec, HonoredSpec) and isinstance(spec.inner, ElapsedSpec):
        return spec.inner
    return None
