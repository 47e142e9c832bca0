"""Calendars with every kind of exception survive MSPDI export/import as rules with the same
working time, and .gan export/import as dates, saying what .gan cannot hold."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pmdesk.core.entities import Calendar, CalendarException, Plan, Resource, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.calendar import STANDARD_WEEK, WorkingCalendar
from pmdesk.io.formats import export_file, import_file

RULES = [
    dict(name="Holiday", start=date(2027, 3, 8), finish=date(2027, 3, 8)),
    dict(name="Works closed", start=date(2027, 8, 2), finish=date(2027, 8, 13)),
    dict(name="Short Friday", start=date(2027, 1, 1), finish=date(2027, 1, 1), recurrence="weekly",
         weekdays=[4], period=2, until=date(2027, 12, 31), intervals=[(480, 720)]),
    dict(name="Every 10 days", start=date(2027, 1, 4), finish=date(2027, 1, 4),
         recurrence="daily", period=10, occurrences=20),
    dict(name="Month end", start=date(2027, 1, 1), finish=date(2027, 1, 1), recurrence="monthly",
         month_day=31, occurrences=12),
    dict(name="Last Friday", start=date(2027, 1, 1), finish=date(2027, 1, 1),
         recurrence="monthly", nth=5, nth_weekday=4, until=date(2028, 6, 30)),
    dict(name="Thanksgiving", start=date(2027, 1, 1), finish=date(2027, 1, 1),
         recurrence="yearly", month=11, nth=4, nth_weekday=3, occurrences=5),
    dict(name="Christmas", start=date(2027, 12, 24), finish=date(2027, 12, 26),
         recurrence="yearly"),
]  # fmt: skip


def plan() -> PlanData:
    data = PlanData(Plan(start=datetime(2027, 1, 4, 8), default_calendar_id=1))
    part_time = Calendar(id=2, name="Ana", base_id=1, week={2: [], 4: []})
    data.load(
        [
            Calendar(id=1, name="Standard", week=dict(STANDARD_WEEK)),
            part_time,
            Resource(id=1, name="Ana", calendar_id=2),
            Task(id=1, name="Work", duration=4800),
        ]
    )
    data.load(
        [CalendarException(id=i + 1, calendar_id=1, **fields) for i, fields in enumerate(RULES)]
    )
    data.load([CalendarException(id=50, calendar_id=2, start=date(2027, 5, 3),
                                 finish=date(2027, 5, 14), name="Vacation")])  # fmt: skip
    return data


def minutes_by_day(data: PlanData, calendar_id: int) -> list[int]:
    cal = WorkingCalendar.compile(data.calendars[calendar_id], data.calendar_exceptions.values(),
                                  data.calendars)  # fmt: skip
    day, out = date(2027, 1, 1), []
    while day <= date(2031, 12, 31):
        out.append(cal.working_minutes_on(day))
        day += timedelta(days=1)
    return out


def test_mspdi_keeps_rules_as_rules_and_the_working_time(tmp_path):
    data = plan()
    path = tmp_path / "cal.xml"
    export_file(data, path)
    back = import_file(path)
    assert not [w for w in back.warnings if "calendar" in w.lower() or "exception" in w.lower()]
    for cid in (1, 2):
        assert minutes_by_day(back.data, cid) == minutes_by_day(data, cid)
    kinds = sorted((e.name, e.recurrence or "") for e in back.data.calendar_exceptions.values())
    assert kinds == sorted(
        [(r["name"], r.get("recurrence", "")) for r in RULES] + [("Vacation", "")]
    )
    by_name = {e.name: e for e in back.data.calendar_exceptions.values()}
    friday = by_name["Short Friday"]
    assert (friday.recurrence, friday.period, friday.weekdays, friday.until) == (
        "weekly",
        2,
        [4],
        date(2027, 12, 31),
    )
    turkey = by_name["Thanksgiving"]
    assert (turkey.month, turkey.nth, turkey.nth_weekday, turkey.occurrences) == (11, 4, 3, 5)
    assert by_name["Vacation"].calendar_id == back.data.resources[1].calendar_id


def test_gan_keeps_the_dates_and_says_what_it_drops(tmp_path):
    data = plan()
    path = tmp_path / "cal.gan"
    warnings = export_file(data, path)
    text = " ".join(warnings)
    assert "repeating exceptions (written as their dates) (5)" in text
    back = import_file(path).data
    # Whole days survive (GanttProject has no hours): the default calendar's non-working days.
    original = [m == 0 for m in minutes_by_day(data, 1)]
    default = back.plan.default_calendar_id
    assert [m == 0 for m in minutes_by_day(back, default)] == original
    vacation = [e for e in back.calendar_exceptions.values() if e.name == "Vacation"]
    assert [(e.start, e.finish) for e in vacation] == [(date(2027, 5, 3), date(2027, 5, 14))]


# -- any rule: MSPDI export then import keeps the working time, day for day -------------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

HOURS = st.sampled_from([[], [(480, 720)], [(480, 720), (780, 1020)], [(0, 1440)]])


@st.composite
def rules(draw, eid: int):
    start = date(2027, 1, 1) + timedelta(days=draw(st.integers(0, 400)))
    kind = draw(st.sampled_from([None, "daily", "weekly", "monthly", "yearly"]))
    exc = CalendarException(eid, 1, start, start + timedelta(days=draw(st.integers(0, 4))),
                            name=f"e{eid}", intervals=draw(HOURS), recurrence=kind)  # fmt: skip
    if kind is None:
        return exc
    exc.finish = start
    exc.period = draw(st.integers(1, 3)) if kind != "yearly" else 1
    if draw(st.booleans()):
        exc.occurrences = draw(st.integers(1, 20))
    else:
        exc.until = start + timedelta(days=draw(st.integers(0, 900)))
    if kind == "weekly":
        exc.weekdays = sorted(draw(st.sets(st.integers(0, 6), min_size=1, max_size=3)))
    if kind in ("monthly", "yearly"):
        if draw(st.booleans()):
            exc.nth, exc.nth_weekday = draw(st.integers(1, 5)), draw(st.integers(0, 6))
        elif kind == "monthly":
            exc.month_day = draw(st.integers(1, 31))
        if kind == "yearly" and exc.nth:
            exc.month = draw(st.integers(1, 12))
    return exc


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_rule_keeps_its_working_time_through_mspdi(tmp_path, data):
    plan_data = PlanData(Plan(start=datetime(2027, 1, 4, 8), default_calendar_id=1))
    plan_data.load([Calendar(id=1, name="Standard", week=dict(STANDARD_WEEK))])
    count = data.draw(st.integers(1, 4))
    plan_data.load([data.draw(rules(eid)) for eid in range(1, count + 1)])
    path = tmp_path / "rules.xml"
    export_file(plan_data, path)
    back = import_file(path)
    assert minutes_by_day(back.data, 1) == minutes_by_day(plan_data, 1)
