"""Property: for random calendars (a base and a derived calendar, work weeks, dated and
recurring exceptions), the engine's working time between two instants equals a brute-force
count over the same rules, written here independently of recurrence.py."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core.entities import Calendar, CalendarException
from pmdesk.core.scheduling import SchedulingError
from pmdesk.core.scheduling.calendar import WorkingCalendar

FIRST = date(2027, 1, 1)
SPAN_DAYS = 120

slots = st.sampled_from([(0, 1440), (480, 720), (780, 1020), (1320, 1440), (60, 61)])
day_hours = st.lists(slots, max_size=3, unique=True).map(
    lambda spans: [
        s for s in sorted(spans) if all(not (s != o and s[0] < o[1] and o[0] < s[1]) for o in spans)
    ]
)
weeks = st.dictionaries(st.integers(0, 6), day_hours, max_size=7)
days = st.integers(0, SPAN_DAYS).map(lambda n: FIRST + timedelta(days=n))


@st.composite
def exceptions(draw, calendar_id: int, first_id: int):
    start = draw(days)
    kind = draw(st.sampled_from([None, "daily", "weekly", "monthly", "yearly"]))
    exc = CalendarException(
        id=first_id, calendar_id=calendar_id, start=start,
        finish=start + timedelta(days=draw(st.integers(0, 3 if kind is None else 1))),
        intervals=draw(day_hours), recurrence=kind, period=draw(st.integers(1, 3)),
    )  # fmt: skip
    if kind is None:
        return exc
    if draw(st.booleans()):
        exc.occurrences = draw(st.integers(1, 12))
    else:
        exc.until = start + timedelta(days=draw(st.integers(0, 400)))
    if kind == "weekly":
        exc.weekdays = draw(st.lists(st.integers(0, 6), min_size=1, max_size=3, unique=True))
    if kind in ("monthly", "yearly"):
        if draw(st.booleans()):
            exc.nth, exc.nth_weekday = draw(st.integers(1, 5)), draw(st.integers(0, 6))
        else:
            exc.month_day = draw(st.integers(0, 31))
        if kind == "yearly":
            exc.month = draw(st.integers(0, 12))
    return exc


# -- the brute force -------------------------------------------------------------------------
def _sunday(day: date) -> date:
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _month_target(exc, year, month) -> date | None:
    if exc.nth:
        same = [date(year, month, d) for d in range(1, 32) if _valid(year, month, d)
                and date(year, month, d).weekday() == exc.nth_weekday]  # fmt: skip
        return same[-1] if exc.nth == 5 else same[exc.nth - 1]
    wanted = exc.month_day or exc.start.day
    if exc.recurrence == "yearly":
        return date(year, month, wanted) if _valid(year, month, wanted) else None
    last = max(d for d in range(28, 32) if _valid(year, month, d))
    return date(year, month, min(wanted, last))


def _valid(y, m, d) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _pattern_day(exc, day: date) -> bool:
    """Does the pattern (ignoring its end) name ``day``?"""
    if day < exc.start:
        return False
    p = exc.period
    if exc.recurrence == "daily":
        return (day - exc.start).days % p == 0
    if exc.recurrence == "weekly":
        return (
            day.weekday() in exc.weekdays
            and ((_sunday(day) - _sunday(exc.start)).days // 7) % p == 0
        )
    if exc.recurrence == "monthly":
        months = (day.year - exc.start.year) * 12 + day.month - exc.start.month
        return months % p == 0 and _month_target(exc, day.year, day.month) == day
    month = exc.month or exc.start.month
    return ((day.year - exc.start.year) % p == 0 and day.month == month
            and _month_target(exc, day.year, month) == day)  # fmt: skip


def _occurs_on(exc, day: date) -> bool:
    if not _pattern_day(exc, day):
        return False
    if exc.until is not None and day > exc.until:
        return False
    if exc.occurrences is not None:
        count = sum(_pattern_day(exc, exc.start + timedelta(days=i))
                    for i in range((day - exc.start).days + 1))  # fmt: skip
        return count <= exc.occurrences
    return True


def _covers(exc, day: date) -> bool:
    span = (exc.finish - exc.start).days
    if exc.recurrence is None:
        return exc.start <= day <= exc.finish
    return any(_occurs_on(exc, day - timedelta(days=k)) for k in range(span + 1))


def brute_hours(day: date, chain: list[Calendar], exceptions: list) -> list[tuple[int, int]]:
    for cal in chain:  # nearest calendar first
        own = [e for e in exceptions if e.calendar_id == cal.id]
        for dated in (True, False):  # a dated exception beats a recurring one
            hits = [e for e in own if (e.recurrence is None) == dated and _covers(e, day)]
            if hits:
                return max(hits, key=lambda e: (e.start, e.id)).intervals
    for cal in chain:
        if day.weekday() in cal.week:
            return cal.week[day.weekday()]
    return []


def brute_minutes(a: datetime, b: datetime, chain, exceptions) -> int:
    total = 0
    day = a.date()
    while day <= b.date():
        midnight = datetime(day.year, day.month, day.day)
        lo = max(0, int((a - midnight).total_seconds() // 60))
        hi = min(1440, int((b - midnight).total_seconds() // 60))
        for s, e in brute_hours(day, chain, exceptions):
            total += max(0, min(e, hi) - max(s, lo))
        day += timedelta(days=1)
    return total


@settings(max_examples=150, deadline=None)
@given(
    base_week=weeks,
    own_week=weeks,
    derived=st.booleans(),
    base_exc=st.lists(st.integers(), max_size=4),
    data=st.data(),
    a=st.integers(0, (SPAN_DAYS + 200) * 1440),
    length=st.integers(0, 200 * 1440),
)
def test_working_time_matches_a_brute_force_count(
    base_week, own_week, derived, base_exc, data, a, length
):
    base = Calendar(id=1, name="Base", week=base_week or {0: [(480, 1020)]})
    own = Calendar(id=2, name="Own", base_id=1, week=own_week)
    chain = [own, base] if derived else [base]
    excs = [data.draw(exceptions(1, 10 + i)) for i in range(len(base_exc))]
    excs += data.draw(st.lists(st.integers(), max_size=4).map(len)) * [None]
    excs = [
        e if e is not None else data.draw(exceptions(chain[0].id, 100 + i))
        for i, e in enumerate(excs)
    ]
    calendars = {1: base, 2: own}
    week = [next((c.week[d] for c in chain if d in c.week), []) for d in range(7)]
    try:
        cal = WorkingCalendar.compile(chain[0], excs, calendars)
    except SchedulingError as exc:  # refused only when nothing is ever worked
        assert "no working time at all" in str(exc) and not any(week)
        return
    start = datetime(2027, 1, 1) + timedelta(minutes=a)
    end = start + timedelta(minutes=length)
    assert cal.working_between(start, end) == brute_minutes(start, end, chain, excs)
