"""A pmdesk plan scheduled by MPXJ's MicrosoftScheduler (the optional ``differential`` extra:
the ``mpxj`` and ``jpype1`` packages and a Java runtime), for differential tests.

MicrosoftScheduler is MPXJ's reimplementation of MS Project's scheduling, checked against
files Project wrote; it is an oracle, not MS Project. ``departures`` lists, by rule, where it
is known to differ from Project (issue 14), so a test can set those tasks aside.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pmdesk.core.entities import ConstraintType, LagKind, LinkType
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import WorkingCalendar, from_minutes, to_minutes

_CONSTRAINTS = {
    ConstraintType.ASAP: "AS_SOON_AS_POSSIBLE",
    ConstraintType.ALAP: "AS_LATE_AS_POSSIBLE",
    ConstraintType.SNET: "START_NO_EARLIER_THAN",
    ConstraintType.SNLT: "START_NO_LATER_THAN",
    ConstraintType.FNET: "FINISH_NO_EARLIER_THAN",
    ConstraintType.FNLT: "FINISH_NO_LATER_THAN",
    ConstraintType.MSO: "MUST_START_ON",
    ConstraintType.MFO: "MUST_FINISH_ON",
}
_LINKS = {LinkType.FS: "FINISH_START", LinkType.SS: "START_START",
          LinkType.FF: "FINISH_FINISH", LinkType.SF: "START_FINISH"}  # fmt: skip
_DAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")


def start_jvm():
    """Start the JVM with MPXJ's jars (once per process); returns the Java names used."""
    import jpype
    import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)

    if not jpype.isJVMStarted():
        jpype.startJVM(convertStrings=True)
    # Imported to be returned through locals() below: the noqa keeps ruff from removing them.
    from java.lang import Double  # noqa: F401
    from java.time import DayOfWeek, LocalDate, LocalDateTime, LocalTime  # noqa: F401
    from org.mpxj import ConstraintType as JConstraint  # noqa: F401
    from org.mpxj import Duration, LocalTimeRange, ProjectFile, Relation, RelationType, TimeUnit  # noqa: F401, E501
    from org.mpxj.cpm import MicrosoftScheduler  # noqa: F401

    return {name: value for name, value in locals().items() if name[0].isupper()}


def _java_time(j, moment: datetime):
    return j["LocalDateTime"].of(moment.year, moment.month, moment.day, moment.hour,
                                 moment.minute)  # fmt: skip


def _py_time(value) -> datetime:
    return datetime(value.getYear(), value.getMonthValue(), value.getDayOfMonth(),
                    value.getHour(), value.getMinute())  # fmt: skip


def _calendar(j, project, calendar, exceptions):
    cal = project.addCalendar()
    cal.setName(calendar.name)
    for weekday, name in enumerate(_DAYS):
        day = getattr(j["DayOfWeek"], name)
        intervals = calendar.week.get(weekday, [])
        cal.setWorkingDay(day, bool(intervals))
        hours = cal.addCalendarHours(day)
        for a, b in intervals:
            hours.add(j["LocalTimeRange"](j["LocalTime"].of(a // 60, a % 60),
                                          j["LocalTime"].of(b // 60 % 24, b % 60)))  # fmt: skip
    for exc in exceptions:
        if exc.calendar_id == calendar.id and not exc.intervals:
            first, last = exc.start, exc.finish
            cal.addCalendarException(j["LocalDate"].of(first.year, first.month, first.day),
                                     j["LocalDate"].of(last.year, last.month, last.day))  # fmt: skip
    return cal


def mpxj_dates(j, data: PlanData) -> dict[int, tuple[datetime, datetime]]:
    """Schedule the plan with MicrosoftScheduler; task id -> (start, finish)."""
    project = j["ProjectFile"]()
    exceptions = list(data.calendar_exceptions.values())
    cals = {cid: _calendar(j, project, c, exceptions) for cid, c in data.calendars.items()}
    default = cals[data.plan.default_calendar_id]
    project.setDefaultCalendar(default)
    unit = j["TimeUnit"]
    jtasks = {}
    for tid in _outline(data):
        task = data.tasks[tid]
        parent = jtasks.get(task.parent_id)
        jt = parent.addTask() if parent is not None else project.addTask()
        jt.setName(task.name)
        elapsed = task.duration_elapsed
        minutes = unit.ELAPSED_MINUTES if elapsed else unit.MINUTES
        jt.setDuration(j["Duration"].getInstance(float(task.duration), minutes))
        done = round(task.duration * task.percent_complete / 100)
        jt.setActualDuration(j["Duration"].getInstance(float(done), minutes))
        jt.setRemainingDuration(j["Duration"].getInstance(float(task.duration - done), minutes))
        jt.setPercentageComplete(j["Double"](float(task.percent_complete)))
        if task.actual_start is not None:
            jt.setActualStart(_java_time(j, task.actual_start))
        if task.actual_finish is not None:
            jt.setActualFinish(_java_time(j, task.actual_finish))
        jt.setMilestone(task.duration == 0)
        jt.setConstraintType(getattr(j["JConstraint"], _CONSTRAINTS[task.constraint_type]))
        if task.constraint_date is not None:
            jt.setConstraintDate(_java_time(j, task.constraint_date))
        if task.deadline is not None:
            jt.setDeadline(_java_time(j, task.deadline))
        if task.calendar_id is not None:
            jt.setCalendar(cals[task.calendar_id])
        jtasks[tid] = jt
    for link in data.links.values():
        if link.lag_kind == LagKind.PERCENT:
            lag = j["Duration"].getInstance(float(link.lag), unit.PERCENT)
        elif link.lag_kind == LagKind.ELAPSED:
            lag = j["Duration"].getInstance(float(link.lag), unit.ELAPSED_MINUTES)
        else:
            lag = j["Duration"].getInstance(float(link.lag), unit.MINUTES)
        builder = (
            j["Relation"]
            .Builder()
            .predecessorTask(jtasks[link.predecessor_id])
            .type(getattr(j["RelationType"], _LINKS[LinkType(link.type)]))
            .lag(lag)
        )
        jtasks[link.successor_id].addPredecessor(builder)
    j["MicrosoftScheduler"]().schedule(project, _java_time(j, data.plan.start))
    return {tid: (_py_time(jt.getStart()), _py_time(jt.getFinish())) for tid, jt in jtasks.items()}


def _outline(data: PlanData) -> list[int]:
    children: dict[int | None, list[int]] = {}
    for task in sorted(data.tasks.values(), key=lambda t: (t.position, t.id)):
        children.setdefault(task.parent_id, []).append(task.id)
    order, stack = [], list(reversed(children.get(None, [])))
    while stack:
        tid = stack.pop()
        order.append(tid)
        stack.extend(reversed(children.get(tid, [])))
    return order


def departures(
    data: PlanData,
    oracle: dict,
    cals: dict[int, WorkingCalendar],
    finish: datetime | None = None,
    ours: dict[int, datetime] | None = None,
) -> set[int]:
    """Tasks where MicrosoftScheduler is known to depart from MS Project, with every task
    they drive (successors and subtasks, transitively). The rules (issue 14):
    - it lets links and leads pull a task before the project start (Project never does,
      KB Q103971 / KB 149814) - unless the task's own constraint date is before the start;
    - it starts a constrained task on a date in non-working time literally (for an
      elapsed task, 17:00 as well);
    - it ties a summary's SS/SF links to one child, and its other links to each child,
      so a percent lag from a summary is a share of each subtask's duration and a lag
      into a summary counts on each subtask's calendar;
    - it puts an ALAP task with negative total slack at its late dates, before its links
      allow (``ours`` maps tasks to pmdesk's early starts; Project keeps links unless a
      constraint or an actual date overrides them);
    - for FF and SF links it takes the successor's duration off before adding the lag,
      which with an elapsed lag can finish the successor before the predecessor's date
      plus the lag (set aside only where its successor does so);
    - it ignores the status date (tasks with progress in a plan with a status date; the
      actual start, actual and remaining durations are handed to it);
    - it leaves summary tasks out of its passes (``isTask``), so their constraints and
      deadlines bind nothing, where Project applies them to the subtasks.
    What those tasks change reaches others through late dates too: an ALAP task before a
    task set aside, and every ALAP task when the project finishes differ (``finish`` is
    pmdesk's).
    """
    start = data.plan.start
    seeds = set()
    children: dict[int, list[int]] = {}
    for task in data.tasks.values():
        if task.parent_id is not None:
            children.setdefault(task.parent_id, []).append(task.id)
    for tid, task in data.tasks.items():
        cal = cals[task.calendar_id if task.calendar_id is not None else 1]
        own_early = (
            task.constraint_date is not None
            and task.constraint_date < start
            and (task.constraint_type not in (ConstraintType.ASAP, ConstraintType.ALAP))
        )
        if oracle[tid][0] < start and not own_early and tid not in children:
            seeds.add(tid)
        if task.constraint_date is not None and task.constraint_type not in (
            ConstraintType.ASAP, ConstraintType.ALAP
        ) and not cal.is_working(task.constraint_date) and (
            cal.prev_working(task.constraint_date) != task.constraint_date
        ):  # fmt: skip
            seeds.add(tid)
        if (
            task.duration_elapsed
            and task.constraint_date is not None
            and (
                task.constraint_type in (ConstraintType.SNET, ConstraintType.MSO)
                and cal.next_working(task.constraint_date) != task.constraint_date
            )
        ):
            seeds.add(tid)  # an elapsed task from a 17:00 date: taken literally, see above
        if data.plan.status_date is not None and (
            task.percent_complete or task.actual_start or task.actual_finish
        ):
            seeds.add(tid)  # it ignores the status date
        if tid in children and (
            task.deadline is not None
            or task.constraint_type not in (ConstraintType.ASAP, ConstraintType.ALAP)
        ):
            seeds.add(tid)
    for link in data.links.values():
        if (
            LinkType(link.type) in (LinkType.FF, LinkType.SF)
            and (
                link.lag_kind == LagKind.ELAPSED
                or link.lag_kind == LagKind.PERCENT
                and data.tasks[link.predecessor_id].duration_elapsed
            )
            and _ends_before_its_link(data, oracle, cals, link)
        ):
            # it takes the successor's duration off before adding the lag (calculateEarly-
            # StartForFinishFinish / StartFinish), which can end the successor before the
            # predecessor's date plus the lag: Project keeps the link (keys.lag_shift_conv)
            seeds.add(link.successor_id)
        if link.lag_kind == LagKind.PERCENT and link.predecessor_id in children:
            seeds.add(link.successor_id)  # it takes the percent of each subtask's duration
        if link.lag and (link.successor_id in children or link.predecessor_id in children):
            seeds.add(link.successor_id)  # the lag on each subtask's calendar, see above
        if LinkType(link.type) in (LinkType.SS, LinkType.SF) and (
            link.predecessor_id in children or link.successor_id in children
        ):
            seeds.update((link.predecessor_id, link.successor_id))
    succ: dict[int, list[int]] = {}
    pred: dict[int, list[int]] = {}
    for link in data.links.values():
        succ.setdefault(link.predecessor_id, []).append(link.successor_id)
        pred.setdefault(link.successor_id, []).append(link.predecessor_id)
    alap = {tid for tid, t in data.tasks.items() if t.constraint_type == ConstraintType.ALAP}
    for tid in alap:
        if tid not in children and ours is not None and oracle[tid][0] < ours[tid]:
            seeds.add(tid)  # negative slack: it goes before what its predecessors allow
    upstream, stack = set(), list(seeds)
    while stack:  # tasks whose late dates a task set aside bounds
        tid = stack.pop()
        for other in pred.get(tid, []) + children.get(tid, []):
            if other not in upstream:
                upstream.add(other)
                stack.append(other)
        parent = data.tasks[tid].parent_id
        if parent is not None and parent not in upstream:
            upstream.add(parent)
            stack.append(parent)
    seeds |= upstream & alap
    if finish is not None and finish != max(f for _s, f in oracle.values()):
        seeds |= alap  # the project finish moved: every ALAP task's late dates with it
    found, stack = set(), list(seeds)
    while stack:
        tid = stack.pop()
        if tid in found:
            continue
        found.add(tid)
        stack.extend(succ.get(tid, ()))
        stack.extend(children.get(tid, ()))
        parent = data.tasks[tid].parent_id
        if parent is not None:
            stack.append(parent)  # the summary rolls the task up, and drives its successors
    return found


def _ends_before_its_link(data: PlanData, oracle: dict, cals: dict, link) -> bool:
    """MPXJ's successor of an FF/SF link with an elapsed lag finishes before the link's
    instant (the predecessor's date plus the lag) in working time."""
    pred, succ = oracle[link.predecessor_id], oracle[link.successor_id]
    lag = link.lag
    if link.lag_kind == LagKind.PERCENT:
        lag = round(data.tasks[link.predecessor_id].duration * lag / 100)
    source = pred[1] if LinkType(link.type) == LinkType.FF else pred[0]
    task = data.tasks[link.successor_id]
    cal = cals[task.calendar_id if task.calendar_id is not None else 1]
    instant = source + timedelta(minutes=lag)
    return cal.working_between(instant, succ[1]) < 0


def start_form(cal: WorkingCalendar, moment: datetime) -> datetime:
    """A start as shown at the next working minute (Friday 17:00 -> Monday 08:00)."""
    return from_minutes(cal.start_of(cal.w_at(to_minutes(moment))))


def finish_form(cal: WorkingCalendar, moment: datetime) -> datetime:
    """A finish as shown at the end of the working time before it (Monday 08:00 -> Friday
    17:00): finishes compare whichever form each engine keeps."""
    return from_minutes(cal.end_of(cal.w_at(to_minutes(moment))))
