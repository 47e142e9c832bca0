"""Hypothesis strategies for whole plans, and a comparable form of a plan's mapped fields.

``plans(gan=True)`` keeps to what a GanttProject file can say (whole days, one calendar
with standard hours, "earliest begin" as the only constraint, rates per day, no work), so
that a round trip through .gan is expected to keep every field it generates.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from pmdesk.core.entities import (
    Assignment,
    Baseline,
    BaselineTask,
    Calendar,
    CalendarException,
    ConstraintType,
    CostAccrual,
    LagKind,
    Link,
    LinkType,
    Plan,
    Resource,
    ResourceType,
    ScheduleFrom,
    Task,
    TaskType,
    WorkContour,
)
from pmdesk.core.plandata import PlanData
from pmdesk.core.planinfo import (
    CALCULATION_DEFAULTS,
    FISCAL_YEAR_KEY,
    calculation_option,
    fiscal_year_start,
)
from pmdesk.io.plancheck import settle

STANDARD = [(480, 720), (780, 1020)]
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=20,
)
NAME = TEXT.map(str.strip)
MOMENT = st.builds(
    lambda day, minute: (
        datetime.combine(date(2024, 1, 1) + timedelta(days=day), datetime.min.time())
        + timedelta(minutes=minute)
    ),
    st.integers(0, 700),
    st.integers(0, 1439),
)
DAY = st.integers(0, 700).map(lambda day: date(2024, 1, 1) + timedelta(days=day))
MONEY = st.integers(0, 10**7).map(lambda cents: cents / 100)


@st.composite
def _intervals(draw):
    points = sorted(draw(st.sets(st.integers(0, 96), max_size=6)))
    if len(points) % 2:
        points = points[:-1]
    return [(points[i] * 15, points[i + 1] * 15) for i in range(0, len(points), 2)]


@st.composite
def plans(draw, gan: bool = False) -> PlanData:
    monday = date(2024, 1, 1) + timedelta(weeks=draw(st.integers(0, 80)))
    start = datetime(monday.year, monday.month, monday.day, 8, 0) if gan else draw(MOMENT)
    plan = Plan(name=draw(NAME.filter(bool)), start=start, default_calendar_id=1)
    if not gan:
        plan.currency = draw(st.sampled_from(["EUR", "USD", "GBP", "CHF"]))
        plan.status_date = draw(st.none() | MOMENT)
        plan.created = draw(st.none() | MOMENT)
        plan.modified = draw(st.none() | MOMENT)
        if draw(st.booleans()):
            plan.schedule_from = ScheduleFrom.FINISH
            plan.finish = draw(MOMENT)
    per_day = 480 if gan else draw(st.sampled_from([480, 450, 420]))
    if not gan:
        plan.minutes_per_day, plan.minutes_per_week = per_day, per_day * 5
        plan.days_per_month = draw(st.integers(1, 31))
        plan.notes = draw(NAME)
        plan.settings = {key: draw(st.booleans()) for key in CALCULATION_DEFAULTS}
        plan.settings[FISCAL_YEAR_KEY] = draw(st.integers(1, 12))
    entities: list = []

    # Calendars: a base one, and (MSPDI) a derived one overriding some week days.
    if gan:
        week = {d: ([] if draw(st.booleans()) and d != 0 else list(STANDARD)) for d in range(7)}
    else:
        week = {d: draw(_intervals()) for d in range(7)}
        if not any(week.values()):
            # pmdesk's calendar checks refuse a week without working time, and the MSPDI
            # reader gives such a base calendar the Standard week: plans never hold one.
            week[0] = list(STANDARD)
    calendars = [Calendar(id=1, name=draw(NAME.filter(bool)), week=week, minutes_per_day=per_day)]
    if not gan and draw(st.booleans()):
        overrides = draw(st.sets(st.integers(0, 6), max_size=3))
        calendars.append(
            Calendar(
                id=2,
                name=draw(NAME.filter(bool)),
                base_id=1,
                week={d: draw(_intervals()) for d in overrides},
                minutes_per_day=per_day,
            )
        )
    for calendar in calendars:
        calendar.minutes_per_week = per_day * 5
    entities.extend(calendars)
    for number in range(draw(st.integers(0, 4))):
        calendar_id = draw(st.sampled_from([c.id for c in calendars])) if not gan else 1
        first = draw(DAY)
        yearly = draw(st.booleans()) and not (first.month == 2 and first.day == 29)
        if gan and (first.month, first.day) == (monday.month, monday.day):
            continue  # a holiday on the plan's first day would move every task
        if gan:
            # GanttProject's yearly holidays have no year: pmdesk reads them from 2000 on.
            first = first.replace(year=2000) if yearly else first
            intervals = list(STANDARD) if draw(st.booleans()) else []
            last = first
        else:
            intervals = draw(_intervals())
            last = first + timedelta(days=draw(st.integers(0, 5)))
            if yearly and (first.month == 2 or last.month == 2 or last.year != first.year):
                last = first  # a yearly run across February or New Year is not generated
        until = None
        if yearly and not gan and draw(st.booleans()):
            until = first.replace(year=first.year + draw(st.integers(0, 5)))
        entities.append(
            CalendarException(
                id=number + 1,
                calendar_id=calendar_id,
                start=first,
                finish=last,
                name=draw(NAME),
                intervals=intervals,
                recurrence="yearly" if yearly else None,
                until=until,
            )
        )

    # Tasks: a random tree, ids not necessarily contiguous.
    count = draw(st.integers(0, 10))
    ids = draw(st.lists(st.integers(1, 500), min_size=count, max_size=count, unique=True))
    tasks: list[Task] = []
    positions: dict = {}
    for index, task_id in enumerate(ids):
        parent = draw(st.none() | st.sampled_from(ids[:index])) if index else None
        position = positions.get(parent, 0)
        positions[parent] = position + 1
        task = Task(id=task_id, name=draw(NAME), parent_id=parent, position=position)
        task.notes = draw(NAME)
        task.milestone = draw(st.booleans())
        task.percent_complete = float(draw(st.integers(0, 100)))
        task.fixed_cost = draw(MONEY)
        if gan:
            task.duration = draw(st.integers(0, 20)) * per_day
            task.priority = draw(st.sampled_from([100, 300, 500, 700, 900]))
            task.color = draw(
                st.none() | st.text("0123456789abcdef", min_size=6, max_size=6).map("#".__add__)
            )
        else:
            task.duration = draw(st.integers(0, 20000))
            task.duration_elapsed = draw(st.booleans())
            task.priority = draw(st.integers(0, 1000))
            task.deadline = draw(st.none() | MOMENT)
            task.actual_start = draw(st.none() | MOMENT)
            task.actual_finish = draw(st.none() | MOMENT)
            task.calendar_id = draw(st.none() | st.sampled_from([c.id for c in calendars]))
            task.ignore_resource_calendars = draw(st.booleans())
            if draw(st.booleans()):
                task.manual = True
                task.manual_start = draw(MOMENT)
                task.manual_finish = draw(MOMENT)
        tasks.append(task)
    parents = {t.parent_id for t in tasks}
    for task in tasks:
        if not gan and task.id not in parents:  # MS Project's summaries are fixed duration
            task.task_type = draw(st.sampled_from(list(TaskType)))
            task.effort_driven = task.task_type == TaskType.FIXED_WORK or draw(st.booleans())
        if not gan:
            task.fixed_cost_accrual = draw(st.sampled_from(list(CostAccrual)))
        if gan:
            if task.id not in parents and draw(st.booleans()):
                task.constraint_type = ConstraintType.SNET
                day = draw(DAY)
                # A .gan file has no project start (the importer takes the earliest task's),
                # so a date before the plan start, which moves that task there (issue 14),
                # cannot come back: such dates are not drawn here.
                day = max(day, plan.start.date())
                task.constraint_date = datetime(day.year, day.month, day.day, 8, 0)
        else:
            task.constraint_type = draw(st.sampled_from(list(ConstraintType)))
            if task.constraint_type not in (ConstraintType.ASAP, ConstraintType.ALAP):
                task.constraint_date = draw(MOMENT)
    entities.extend(tasks)

    # Links between distinct tasks (those closing a cycle are settled away at the end).
    if len(tasks) >= 2:
        for number in range(draw(st.integers(0, 8))):
            pair = draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True))
            if gan:
                kind, lag = LagKind.WORKING, draw(st.integers(-5, 10)) * per_day
            else:
                kind = draw(st.sampled_from(list(LagKind)))
                lag = draw(st.integers(-5000, 5000))
                if kind == LagKind.PERCENT:  # MSPDI carries whole percent (see mspdi.py)
                    lag = draw(st.integers(-100, 200))
            entities.append(
                Link(
                    id=number + 1,
                    predecessor_id=pair[0],
                    successor_id=pair[1],
                    type=draw(st.sampled_from(list(LinkType))),
                    lag=lag,
                    lag_kind=kind,
                )
            )

    resources: list[Resource] = []
    for resource_id in range(1, draw(st.integers(0, 4)) + 1):
        resource = Resource(id=resource_id, name=draw(NAME), group=draw(NAME), email=draw(NAME))
        resource.standard_rate = draw(st.integers(0, 4000)) / 8
        if not gan:
            resource.initials = draw(NAME)
            resource.type = draw(st.sampled_from(list(ResourceType)))
            resource.max_units = draw(st.integers(0, 12)) / 4
            resource.overtime_rate = draw(MONEY)
            resource.cost_per_use = draw(MONEY)
            resource.calendar_id = draw(st.none() | st.sampled_from([c.id for c in calendars]))
            if resource.type == ResourceType.MATERIAL:
                resource.material_label = draw(NAME)
        resources.append(resource)
    entities.extend(resources)
    if tasks and resources:
        for number in range(draw(st.integers(0, 6))):
            item = Assignment(
                id=number + 1,
                task_id=draw(st.sampled_from(ids)),
                resource_id=draw(st.sampled_from([r.id for r in resources])),
                units=draw(st.integers(1, 300)) / 100,
                work=None if gan else draw(st.integers(0, 50000)),
            )
            if not gan:  # MSPDI carries WorkContour; a .gan file has no contours
                item.contour = draw(st.sampled_from(list(WorkContour)))
                item.actual_work = draw(st.none() | st.integers(0, 50000))
                item.overtime_work = draw(st.integers(0, 5000))
                item.delay = draw(st.integers(0, 5000))
                item.cost = draw(st.none() | MONEY)
            entities.append(item)

    if not gan and tasks:
        numbers = draw(st.sets(st.integers(0, 10), max_size=3))
        serial = 0
        for number in sorted(numbers):
            entities.append(
                Baseline(
                    id=number + 1,
                    number=number,
                    name="Baseline" if number == 0 else f"Baseline {number}",
                )
            )
            for task_id in draw(st.sets(st.sampled_from(ids), min_size=1, max_size=3)):
                serial += 1
                entities.append(
                    BaselineTask(
                        id=serial,
                        baseline_id=number + 1,
                        task_id=task_id,
                        start=draw(st.none() | MOMENT),
                        finish=draw(st.none() | MOMENT),
                        duration=draw(st.integers(0, 20000)),
                        work=draw(st.integers(0, 20000)),
                        cost=draw(MONEY),
                    )
                )
    data = PlanData(plan)
    data.load(entities)
    # Imports leave out what the engine cannot schedule (circular or summary links, finishes
    # before starts; pmdesk.io.plancheck): generate plans that are already so.
    settle(data, [])
    return data


def mapped_fields(data: PlanData, gan: bool = False) -> dict:
    """Everything a round trip must keep, with ids that files renumber left out."""
    plan = data.plan
    result: dict = {"plan": (plan.name, plan.default_calendar_id)}
    if not gan:
        result["plan"] += (
            plan.currency,
            plan.start,
            plan.finish,
            plan.schedule_from,
            plan.status_date,
            plan.created,
            plan.modified,
            plan.minutes_per_day,
            plan.minutes_per_week,
            plan.days_per_month,
            plan.notes,
            fiscal_year_start(plan),
            tuple(calculation_option(plan, key) for key in CALCULATION_DEFAULTS),
        )
    # A day a base calendar does not list is not worked: the same as listing it empty.
    result["calendars"] = {
        c.id: (
            c.name if not gan else None,
            c.base_id,
            {d: c.week.get(d, []) for d in range(7)} if c.base_id is None else c.week,
            c.minutes_per_day,
        )
        for c in data.calendars.values()
    }
    # Day by day: a run of days may come back as one exception or several (same meaning).
    result["exceptions"] = sorted(
        (
            e.calendar_id,
            e.start + timedelta(days=offset),
            e.name,
            e.intervals,
            e.recurrence or "",
            e.until + timedelta(days=offset) if e.until else date.min,
        )
        for e in data.calendar_exceptions.values()
        for offset in range((e.finish - e.start).days + 1)
    )
    result["tasks"] = {}
    for task in data.tasks.values():
        values = {
            name: getattr(task, name)
            for name in Task.__dataclass_fields__
            if not (name == "color" and not gan)
            # MS Project has no field for the distribution of the three-point estimates
            # (Duration1-3 carry the estimates); GanttProject carries neither.
            and name != "distribution"
            and not (gan and name.startswith("duration_") and name != "duration_elapsed")
        }
        result["tasks"][task.id] = values
    result["links"] = sorted(
        (l.predecessor_id, l.successor_id, l.type, l.lag, l.lag_kind) for l in data.links.values()
    )
    result["resources"] = {
        r.id: {name: getattr(r, name) for name in Resource.__dataclass_fields__}
        for r in data.resources.values()
    }

    def work(a):  # None means "duration x units" (work resources) and is written as such
        if a.work is not None:
            return a.work
        if data.resources[a.resource_id].type == ResourceType.WORK:
            return round(data.tasks[a.task_id].duration * a.units)
        return 0

    def tracked(a):  # what MSPDI carries of an assignment's actuals, overtime, delay, cost
        resource = data.resources[a.resource_id]
        if resource.type == ResourceType.COST:
            amount = a.cost if a.cost is not None else resource.cost_per_use
            return (None, 0, 0, amount)
        if resource.type != ResourceType.WORK:
            return (None, 0, 0, None)
        derived = work(a) * data.tasks[a.task_id].percent_complete / 100
        done = a.actual_work
        if done is not None and abs(done - derived) < 1:
            done = None  # the same as "from % complete"
        return (done, min(a.overtime_work, work(a)), a.delay, None)

    result["assignments"] = sorted(
        (
            (a.task_id, a.resource_id, a.units, work(a))
            + (() if gan else (str(a.contour),))
            + (() if gan else tracked(a))
            for a in data.assignments.values()
        ),
        key=repr,
    )
    numbers = {b.id: b.number for b in data.baselines.values()}
    result["baselines"] = sorted((b.number, b.name) for b in data.baselines.values())
    result["baseline_tasks"] = sorted(
        (
            numbers[b.baseline_id],
            b.task_id,
            b.start or datetime.min,
            b.finish or datetime.min,
            b.duration,
            b.work,
            b.cost,
        )
        for b in data.baseline_tasks.values()
    )
    return result
