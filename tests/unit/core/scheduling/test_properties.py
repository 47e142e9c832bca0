"""Properties of schedules of random plans (hypothesis): links hold, starts are in working
time, float is never negative without an upper-bound constraint or deadline, critical tasks
have early == late dates, and incremental rescheduling matches a fresh full run."""

from datetime import date, datetime, timedelta

from hypothesis import assume, event, given, note, settings
from hypothesis import strategies as st

from pmdesk.core.entities import (
    Calendar,
    CalendarException,
    ConstraintType,
    LagKind,
    Link,
    LinkType,
    Plan,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling import Scheduler, SchedulingError, schedule_plan
from pmdesk.core.scheduling.calendar import (
    STANDARD_WEEK,
    WorkingCalendar,
    from_minutes,
    to_minutes,
)

START = datetime(2026, 1, 5, 8, 0)
DURATIONS = [0, 30, 240, 480, 600, 960, 1440, 2400]
LAGS = [(0, LagKind.WORKING)] * 4 + [
    (240, LagKind.WORKING), (480, LagKind.WORKING), (-240, LagKind.WORKING),
    (-480, LagKind.WORKING), (50, LagKind.PERCENT), (-50, LagKind.PERCENT),
    (1440, LagKind.ELAPSED),
]  # fmt: skip


@st.composite
def plans(draw, max_tasks=18, fixed=False):
    n = draw(st.integers(2, max_tasks))
    data = PlanData(Plan(start=START, default_calendar_id=1))
    data.add(Calendar(id=1, week={k: list(v) for k, v in STANDARD_WEEK.items()}))
    for eid, offset in enumerate(draw(st.lists(st.integers(0, 60), max_size=5, unique=True)), 1):
        day = date(2026, 1, 5) + timedelta(days=offset)
        hours = draw(st.sampled_from([[], [], [(480, 720)], [(600, 900)]]))
        data.add(CalendarException(id=eid, calendar_id=1, start=day, finish=day, intervals=hours))
    for tid in range(1, n + 1):
        parent = draw(st.one_of(st.none(), st.integers(1, tid - 1))) if tid > 1 else None
        task = Task(id=tid, name=f"T{tid}", parent_id=parent, position=tid,
                    duration=draw(st.sampled_from(DURATIONS)))  # fmt: skip
        kinds = ["ASAP"] * 6 + ["SNET", "FNET", "ALAP"]
        if fixed:
            kinds += ["MSO", "MFO", "SNLT", "FNLT", "manual", "started", "done"]
        kind = draw(st.sampled_from(kinds))
        when = START + timedelta(hours=draw(st.integers(0, 24 * 20)))
        if kind == "manual":
            task.manual, task.manual_start = True, when
        elif kind == "started":
            task.actual_start, task.percent_complete = when, draw(st.sampled_from([0, 25, 50]))
        elif kind == "done":
            task.actual_start, task.percent_complete = when, 100
        else:
            task.constraint_type = ConstraintType(kind)
            if kind not in ("ASAP", "ALAP"):
                task.constraint_date = when
        data.add(task)
    if fixed and draw(st.booleans()):
        data.plan.status_date = START + timedelta(hours=draw(st.integers(0, 24 * 10)))

    def ancestors(tid):
        found = set()
        while data.tasks[tid].parent_id is not None:
            tid = data.tasks[tid].parent_id
            found.add(tid)
        return found

    pairs = draw(st.lists(st.tuples(st.integers(1, n), st.integers(1, n)), max_size=2 * n))
    for lid, (a, b) in enumerate(pairs, 1):
        a, b = min(a, b), max(a, b)
        if a == b or a in ancestors(b):
            continue
        lag, kind = draw(st.sampled_from(LAGS))
        data.add(Link(id=lid, predecessor_id=a, successor_id=b,
                      type=draw(st.sampled_from(list(LinkType))), lag=lag, lag_kind=kind))  # fmt: skip
    return data


def describe(data) -> str:
    lines = [f"{t.id} parent={t.parent_id} dur={t.duration} {t.constraint_type} {t.constraint_date}"
             f" manual={t.manual_start} actual={t.actual_start} {t.percent_complete}%"
             for t in data.tasks.values()]  # fmt: skip
    lines.append(f"status date {data.plan.status_date}")
    lines += [f"link {k.predecessor_id}->{k.successor_id} {k.type} {k.lag} {k.lag_kind}"
              for k in data.links.values()]  # fmt: skip
    lines += [f"exception {e.start} {e.intervals}" for e in data.calendar_exceptions.values()]
    return "\n".join(lines)


def schedule_or_skip(data):
    note(describe(data))
    try:
        return schedule_plan(data)
    except SchedulingError as exc:  # a loop through a summary: not what these tests are about
        assert "loop" in str(exc)
        assume(False)


def calendar_of(data):
    return WorkingCalendar.compile(
        data.calendars[1], data.calendar_exceptions.values(), data.calendars
    )


@settings(max_examples=100, deadline=None)
@given(plans())
def test_every_link_is_satisfied(data):
    schedule = schedule_or_skip(data)
    cal = calendar_of(data)
    for link in data.links.values():
        assert link_holds(data, schedule, cal, link), (link, describe(data))


def link_holds(data, schedule, cal, link) -> bool:
    pred, succ = schedule.tasks[link.predecessor_id], schedule.tasks[link.successor_id]
    kind = LinkType(link.type)
    source = pred.finish if kind in (LinkType.FS, LinkType.FF) else pred.start
    target = succ.start if kind in (LinkType.FS, LinkType.SS) else succ.finish
    if link.lag_kind == LagKind.ELAPSED:
        return cal.working_between(source + timedelta(minutes=link.lag), target) >= 0
    lag = link.lag
    if link.lag_kind == LagKind.PERCENT:
        lag = round(data.tasks[link.predecessor_id].duration * link.lag / 100)
    return cal.working_between(source, target) >= lag


@settings(max_examples=100, deadline=None)
@given(plans(fixed=True))
def test_a_broken_link_is_into_fixed_dates_and_reported(data):
    """With fixed dates (must start/finish on, manual, actual progress) a link may not hold;
    then its successor (or a subtask of it) has fixed dates, and unless those are actual
    progress, a conflict names it."""
    schedule = schedule_or_skip(data)
    cal = calendar_of(data)
    for link in data.links.values():
        if link_holds(data, schedule, cal, link):
            continue
        event("a link does not hold")
        family = [link.successor_id]
        for tid in family:
            family.extend(t.id for t in data.tasks.values() if t.parent_id == tid)
        fixed = [data.tasks[tid] for tid in family if _is_fixed(data.tasks[tid])]
        assert fixed, (link, describe(data))
        assert any(t.actual_start is not None or any(repr(t.name) in c for c in schedule.conflicts)
                   for t in fixed), (link, schedule.conflicts)  # fmt: skip


def _is_fixed(task) -> bool:
    # SNLT/FNLT too: "Tasks will always honor their constraint dates" is on by default.
    return (task.manual or task.actual_start is not None
            or task.constraint_type in (ConstraintType.MSO, ConstraintType.MFO,
                                        ConstraintType.SNLT, ConstraintType.FNLT))  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(plans())
def test_tasks_start_in_working_time_and_floats_are_sound(data):
    schedule = schedule_or_skip(data)
    cal = calendar_of(data)
    for tid, scheduled in schedule.tasks.items():
        assert scheduled.total_float >= 0 and scheduled.free_float >= 0
        if scheduled.summary:
            continue
        assert scheduled.free_float <= scheduled.total_float
        if not scheduled.milestone:
            assert cal.is_working(scheduled.start), (tid, scheduled.start)
        assert cal.working_between(scheduled.start, scheduled.finish) == scheduled.duration
        # Early and late may differ in form only (Monday 08:00 / Friday 17:00): compare in
        # working time.
        assert cal.working_between(scheduled.early_start, scheduled.late_start) >= 0
        if scheduled.critical:
            assert cal.working_between(scheduled.early_start, scheduled.late_start) == 0
            assert cal.working_between(scheduled.early_finish, scheduled.late_finish) == 0
        if data.tasks[tid].constraint_type != ConstraintType.ALAP:
            assert (scheduled.start, scheduled.finish) == (
                scheduled.early_start, scheduled.early_finish)  # fmt: skip
    assert schedule.project_start >= START


@settings(max_examples=100, deadline=None)
@given(plans())
def test_tasks_start_as_soon_as_their_bounds_allow(data):
    """A task's early start is exactly its latest bound: the project start, its constraint,
    or a link (from the predecessor's scheduled dates) into it or into one of its summaries, so
    lags and leads are not lost."""
    schedule = schedule_or_skip(data)
    cal = calendar_of(data)

    def w(moment):
        return cal.working_between(START, moment)

    incoming = {}
    for link in data.links.values():
        incoming.setdefault(link.successor_id, []).append(link)
    for tid, scheduled in schedule.tasks.items():
        task = data.tasks[tid]
        if scheduled.summary:
            continue
        # The project start bounds the task unless its own SNET/FNET date is before it.
        early = task.constraint_type in (ConstraintType.SNET, ConstraintType.FNET)
        starts = [] if early and task.constraint_date < START else [0]
        finishes = []
        chain = [task]
        while chain[-1].parent_id is not None:
            chain.append(data.tasks[chain[-1].parent_id])
        for holder in chain:
            if holder.constraint_type == ConstraintType.SNET:
                starts.append(w(holder.constraint_date))
            elif holder.constraint_type == ConstraintType.FNET:
                finishes.append(w(holder.constraint_date))
            for link in incoming.get(holder.id, ()):
                pred = schedule.tasks[link.predecessor_id]
                kind = LinkType(link.type)
                # From the predecessor's scheduled dates: an ALAP predecessor sits at its
                # late dates and its successors follow it (issue 14).
                source = pred.finish if kind in (LinkType.FS, LinkType.FF) else pred.start
                if link.lag_kind == LagKind.ELAPSED:
                    bound = w(source + timedelta(minutes=link.lag))
                    if kind in (LinkType.FF, LinkType.SF) and holder is task and task.duration:
                        # and the start: the duration taken back, then the lag on the wall
                        # clock (issue 14, keys.lag_shift_conv)
                        back = cal.start_of(cal.w_at(to_minutes(source)) - task.duration)
                        starts.append(w(from_minutes(back) + timedelta(minutes=link.lag)))
                elif link.lag_kind == LagKind.PERCENT:
                    pred_duration = data.tasks[link.predecessor_id].duration
                    bound = w(source) + round(pred_duration * link.lag / 100)
                else:
                    bound = w(source) + link.lag
                (starts if kind in (LinkType.FS, LinkType.SS) else finishes).append(bound)
        expected = max(
            max(starts, default=-(10**9)), max(finishes, default=-(10**9)) - task.duration
        )
        assert w(scheduled.early_start) == expected, (tid, scheduled.early_start)


EDITS = st.lists(
    st.tuples(st.integers(1, 18),
              st.sampled_from(["duration", "constraint", "link", "lag", "progress"]),
              st.integers(0, 10_000)),
    min_size=1, max_size=6,
)  # fmt: skip


def summary_of(schedule):
    return {
        tid: (t.start, t.finish, t.early_start, t.late_finish, t.total_float, t.free_float)
        for tid, t in schedule.tasks.items()
    }


@settings(max_examples=60, deadline=None)
@given(plans(fixed=True), EDITS)
def test_incremental_rescheduling_matches_a_full_run(data, edits):
    schedule_or_skip(data)
    scheduler = Scheduler(data)
    scheduler.schedule()
    for tid, what, number in edits:
        if tid not in data.tasks:
            continue
        if what == "duration":
            data.update(Task, tid, duration=DURATIONS[number % len(DURATIONS)])
        elif what == "constraint":
            data.update(Task, tid, constraint_type=ConstraintType.SNET,
                        constraint_date=START + timedelta(hours=number % 300))  # fmt: skip
        elif what == "progress":
            data.update(
                Task,
                tid,
                percent_complete=number % 3 * 50,
                actual_start=START + timedelta(hours=number % 50) if number % 2 else None,
            )
        elif what == "lag" and data.links:
            link = list(data.links.values())[number % len(data.links)]
            data.update(Link, link.id, lag=(number % 5 - 2) * 240, lag_kind=LagKind.WORKING)
        else:
            data.update(Task, tid, constraint_type=ConstraintType.ASAP, constraint_date=None)
        assert summary_of(scheduler.schedule()) == summary_of(schedule_plan(data))
    scheduler.close()


@settings(max_examples=60, deadline=None)
@given(plans())
def test_backward_scheduling_meets_the_finish_and_every_link(data):
    from pmdesk.core.entities import ScheduleFrom

    for task in data.tasks.values():
        task.constraint_type, task.constraint_date = ConstraintType.ASAP, None
    data.plan.schedule_from = ScheduleFrom.FINISH
    data.plan.finish = datetime(2026, 3, 6, 17, 0)
    schedule = schedule_or_skip(data)
    cal = calendar_of(data)
    assert schedule.project_finish <= data.plan.finish
    assert cal.working_between(schedule.project_finish, data.plan.finish) == 0
    for scheduled in schedule.tasks.values():
        assert scheduled.total_float >= 0 and scheduled.free_float >= 0
        assert scheduled.finish <= data.plan.finish
    for link in data.links.values():
        assert link_holds(data, schedule, cal, link), (link, describe(data))
