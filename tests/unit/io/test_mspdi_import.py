"""MSPDI import of files written by Microsoft Project and ProjectLibre (shared fixtures)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta

import pytest

from pmdesk.core.entities import ConstraintType, LagKind, LinkType
from pmdesk.core.scheduling.recurrence import occurrence_dates
from pmdesk.io.formats import import_file
from pmdesk.io.result import InteropError

NS = "{http://schemas.microsoft.com/project}"
MS_PROJECT_FILES = (
    "mspdirelations.xml",
    "task-links-project2019-mspdi.xml",
    "baselines.xml",
    "calendar-recurring-exceptions-project2016-mspdi.xml",
    "calendar-calendars-project2019-mspdi.xml",
)


def test_new_product_counts(interop_dir):
    result = import_file(interop_dir / "NewProduct-projectlibre.xml")
    data = result.data
    assert len(data.tasks) == 43
    assert len(data.resources) == 8
    assert len(data.links) == 37
    # 45 assignment records, 17 of them to ResourceUID -65535 ("no resource").
    assert len(data.assignments) == 28
    assert all(a.resource_id in data.resources for a in data.assignments.values())
    # ProjectLibre writes no UID 0 summary: its level-0 task is a real (summary) task.
    top = data.get(type(data.tasks[1]), 1)
    assert top.name == "Product #23 Development" and top.parent_id is None
    assert {t.parent_id for t in data.tasks.values()} >= {1}
    assert data.tasks[5].parent_id == 3  # "Test prototype" under "Design Phase"
    # What pmdesk cannot keep is reported, not dropped silently.
    assert any("ExtendedAttributes" in w for w in result.warnings)
    assert any("time-phased" in w for w in result.warnings)


def test_project_summary_task_is_not_a_task(interop_dir):
    data = import_file(interop_dir / "mspdirelations.xml").data
    assert 0 not in data.tasks
    assert len(data.tasks) == 5
    assert data.plan.start == datetime(2006, 9, 21, 8, 0)
    assert data.plan.currency == "GBP"


def test_all_four_link_types_and_a_one_day_lag(interop_dir):
    data = import_file(interop_dir / "mspdirelations.xml").data
    types = sorted(link.type.value for link in data.links.values())
    assert types == sorted(["FS", "SS", "FF", "SF"])
    lags = {link.type: link.lag for link in data.links.values()}
    assert lags[LinkType.SS] == 480  # LinkLag 4800 tenths of a minute = one 8-hour day
    assert lags[LinkType.FS] == lags[LinkType.FF] == lags[LinkType.SF] == 0
    assert all(link.lag_kind == LagKind.WORKING for link in data.links.values())


def test_lags_in_days_and_weeks(interop_dir):
    data = import_file(interop_dir / "task-links-project2019-mspdi.xml").data
    by_successor = {link.successor_id: link for link in data.links.values()}
    assert by_successor[2].lag == 0 and by_successor[2].type == LinkType.FS
    assert by_successor[4].lag == 480
    assert by_successor[6].lag == 960
    assert by_successor[8].lag == 2400  # LagFormat 9: one week, still working minutes
    assert by_successor[10].lag == 4800
    assert by_successor[12].type == LinkType.SF
    assert by_successor[14].type == LinkType.SS
    assert by_successor[16].type == LinkType.FF
    assert all(task.manual for task in data.tasks.values())
    assert data.tasks[4].manual_start == datetime(2018, 10, 22, 8, 0)


def test_baselines_one_to_ten_and_minutes_per_day(interop_dir):
    result = import_file(interop_dir / "baselines.xml")
    data = result.data
    assert sorted(b.number for b in data.baselines.values()) == list(range(1, 11))
    numbers = {b.id: b.number for b in data.baselines.values()}
    rows = {numbers[b.baseline_id]: b for b in data.baseline_tasks.values()}
    assert rows[1].start == datetime(2001, 1, 1, 9, 0)
    assert rows[1].duration == 450 and rows[1].work == 60 and rows[1].cost == 100
    assert rows[10].duration == 4500 and rows[10].cost == 1000
    assert all(c.minutes_per_day == 450 for c in data.calendars.values())
    assert data.tasks[1].duration == 450
    # the only assignment names the "no resource" placeholder: it is not an assignment
    assert len(data.assignments) == 0
    # resource-level baselines have no place in pmdesk: a warning says so
    assert any("Baseline (10)" in w for w in result.warnings)


def test_base_and_derived_calendars(interop_dir):
    data = import_file(interop_dir / "calendar-calendars-project2019-mspdi.xml").data
    by_name = {c.name: c for c in data.calendars.values()}
    assert set(by_name) >= {"Standard", "Calendar1", "Calendar2", "Resource One", "Resource Two"}
    standard = by_name["Standard"]
    assert standard.base_id is None
    assert standard.week[0] == [(480, 720), (780, 1020)] and standard.week[6] == []
    assert by_name["Resource One"].base_id == standard.id
    assert by_name["Resource One"].week == {}  # inherits every day
    resources = {r.name: r for r in data.resources.values()}
    assert resources["Resource One"].calendar_id == by_name["Resource One"].id
    assert data.plan.default_calendar_id == standard.id


def _legacy_dates(path) -> set[date]:
    dates = set()
    for day in ET.parse(path).getroot().iter(NS + "WeekDay"):
        if day.findtext(NS + "DayType") == "0":
            period = day.find(NS + "TimePeriod")
            first = datetime.fromisoformat(period.findtext(NS + "FromDate")).date()
            last = datetime.fromisoformat(period.findtext(NS + "ToDate")).date()
            while first <= last:
                dates.add(first)
                first += timedelta(days=1)
    return dates


def test_recurring_exceptions_cover_the_dates_ms_project_lists(interop_dir):
    path = interop_dir / "calendar-recurring-exceptions-project2016-mspdi.xml"
    result = import_file(path)
    covered = set()
    for item in result.data.calendar_exceptions.values():
        span = (item.finish - item.start).days
        for first in occurrence_dates(item):
            covered.update(first + timedelta(days=offset) for offset in range(span + 1))
    # Project 2016 also lists every occurrence as a dated DayType 0 week day: they agree.
    assert covered == _legacy_dates(path)
    working = [e for e in result.data.calendar_exceptions.values() if e.intervals]
    assert working and all(e.intervals == [(540, 780), (840, 1020)] for e in working)
    # Kept as rules, not expanded into dated exceptions.
    kinds = {e.recurrence for e in result.data.calendar_exceptions.values()}
    assert {"daily", "weekly", "monthly", "yearly"} <= kinds
    sunday = next(
        e for e in result.data.calendar_exceptions.values() if e.name == "Weekly 7 Sunday"
    )
    assert (sunday.recurrence, sunday.period, sunday.weekdays, sunday.occurrences) == (
        "weekly",
        7,
        [6],
        9,
    )
    assert not result.warnings


@pytest.mark.parametrize("name", MS_PROJECT_FILES)
def test_without_the_namespace_the_same_plan_is_read(interop_dir, tmp_path, name):
    text = (interop_dir / name).read_text(encoding="utf-8")
    bare = tmp_path / name
    bare.write_text(text.replace(' xmlns="http://schemas.microsoft.com/project"', ""), "utf-8")
    with_ns = import_file(interop_dir / name).data
    without = import_file(bare).data
    assert "xmlns" not in bare.read_text(encoding="utf-8")[:300]
    assert without.tasks == with_ns.tasks
    assert without.links == with_ns.links
    assert without.calendars == with_ns.calendars
    assert without.calendar_exceptions == with_ns.calendar_exceptions
    assert without.baseline_tasks == with_ns.baseline_tasks


def test_constraints_and_deadlines(tmp_path):
    path = tmp_path / "c.xml"
    path.write_text(
        "<Project><Name>c</Name><StartDate>2025-03-03T08:00:00</StartDate><Tasks>"
        "<Task><UID>1</UID><Name>A</Name><OutlineLevel>1</OutlineLevel><Duration>PT16H0M0S</Duration>"
        "<ConstraintType>4</ConstraintType><ConstraintDate>2025-03-05T08:00:00</ConstraintDate>"
        "<Deadline>2025-03-20T17:00:00</Deadline><Priority>700</Priority>"
        "<PercentComplete>40</PercentComplete><ActualStart>2025-03-05T08:00:00</ActualStart>"
        "<Notes>check &amp; go</Notes><HyperlinkAddress>http://x</HyperlinkAddress></Task>"
        "<Task><UID>2</UID><Name>B</Name><OutlineLevel>2</OutlineLevel><Duration>PT48H0M0S</Duration>"
        "<DurationFormat>8</DurationFormat><ConstraintType>7</ConstraintType>"
        "<ConstraintDate>2025-04-01T17:00:00</ConstraintDate><Milestone>1</Milestone>"
        "<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>3</Type>"
        "<LinkLag>25</LinkLag><LagFormat>19</LagFormat></PredecessorLink></Task>"
        "<Task><UID>3</UID><Name>C</Name><OutlineLevel>1</OutlineLevel>"
        "<PredecessorLink><PredecessorUID>2</PredecessorUID><Type>0</Type>"
        "<LinkLag>14400</LinkLag><LagFormat>8</LagFormat></PredecessorLink></Task>"
        "</Tasks></Project>",
        "utf-8",
    )
    result = import_file(path)
    first, second = result.data.tasks[1], result.data.tasks[2]
    assert first.constraint_type == ConstraintType.SNET
    assert first.constraint_date == datetime(2025, 3, 5, 8, 0)
    assert first.deadline == datetime(2025, 3, 20, 17, 0)
    assert (first.priority, first.percent_complete, first.notes) == (700, 40, "check & go")
    assert first.actual_start == datetime(2025, 3, 5, 8, 0)
    assert second.parent_id == 1 and second.milestone
    assert second.duration == 2880 and second.duration_elapsed
    assert second.constraint_type == ConstraintType.FNLT
    # B's link from its own summary A is one MS Project refuses to make (and pmdesk's engine
    # to schedule): it is left out and named (the percent lag is tested on siblings below).
    (elapsed,) = result.data.links.values()
    assert any("own summary task (1)" in w for w in result.warnings)
    # LagFormat 8 = elapsed days: 14400 tenths of a minute = 24 wall-clock hours
    assert (elapsed.type, elapsed.lag, elapsed.lag_kind) == (LinkType.FF, 1440, LagKind.ELAPSED)
    assert any("HyperlinkAddress (1)" in w for w in result.warnings)


def test_a_percent_lag_is_read_in_whole_percent(tmp_path):
    """LagFormat 19: LinkLag in whole percent (MPXJ's reader and writer; see mspdi.py)."""
    path = tmp_path / "p.xml"
    path.write_text(
        f'<Project xmlns="{NS[1:-1]}"><Tasks>'
        "<Task><UID>1</UID><Name>A</Name><Duration>PT8H0M0S</Duration></Task>"
        "<Task><UID>2</UID><Name>B</Name><PredecessorLink><PredecessorUID>1</PredecessorUID>"
        "<Type>3</Type><LinkLag>25</LinkLag><LagFormat>19</LagFormat></PredecessorLink></Task>"
        "</Tasks></Project>",
        "utf-8",
    )
    (link,) = import_file(path).data.links.values()
    assert (link.type, link.lag, link.lag_kind) == (LinkType.SS, 25, LagKind.PERCENT)


def test_a_broken_file_is_a_user_error(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_text("<Project><Tasks><Task><UID>1</UID>", "utf-8")
    with pytest.raises(InteropError, match="damaged|not complete"):
        import_file(path)
    other = tmp_path / "other.xml"
    other.write_text("<html/>", "utf-8")
    with pytest.raises(InteropError, match="not an MS Project"):
        import_file(other)


@pytest.mark.parametrize("name", [*MS_PROJECT_FILES, "NewProduct-projectlibre.xml"])
def test_batched_and_element_by_element_reading_agree(interop_dir, name):
    from pmdesk.io.mspdi import _Reader

    fast = _Reader(str(interop_dir / name)).read(fast=True)
    slow = _Reader(str(interop_dir / name)).read(fast=False)
    assert fast.data.plan == slow.data.plan
    for table in (
        "tasks",
        "links",
        "resources",
        "assignments",
        "calendars",
        "calendar_exceptions",
        "baselines",
        "baseline_tasks",
    ):
        assert getattr(fast.data, table) == getattr(slow.data, table), table
    assert fast.warnings == slow.warnings


TRICKY = """<?xml version="1.0" encoding="UTF-8"?>
<ms:Project xmlns:ms="http://schemas.microsoft.com/project"><ms:Name>p</ms:Name>
<ms:Tasks>
<ms:Task><ms:UID>1</ms:UID><ms:Name>A</ms:Name><ms:OutlineLevel>1</ms:OutlineLevel>
<ms:EarlyStart>2025-01-01T08:00:00</ms:EarlyStart><ms:Notes><![CDATA[see </ms:Task> here]]></ms:Notes></ms:Task>
<ms:Task><ms:UID>2</ms:UID><ms:Name>B</ms:Name><ms:OutlineLevel>2</ms:OutlineLevel></ms:Task>
</ms:Tasks></ms:Project>"""


def test_prefixed_namespace_and_cdata_holding_a_closing_tag(tmp_path):
    path = tmp_path / "tricky.xml"
    path.write_text(TRICKY, "utf-8")
    data = import_file(path).data
    assert data.tasks[1].notes == "see </ms:Task> here"
    assert data.tasks[2].parent_id == 1


def test_latin1_file(tmp_path):
    path = tmp_path / "latin.xml"
    path.write_bytes(
        '<?xml version="1.0" encoding="ISO-8859-1"?><Project><Tasks><Task><UID>1</UID>'
        "<Name>Café</Name><OutlineLevel>1</OutlineLevel></Task></Tasks></Project>".encode("latin-1")
    )
    assert import_file(path).data.tasks[1].name == "Café"


def test_warnings_count_only_what_holds_something(interop_dir):
    for name in (*MS_PROJECT_FILES, "NewProduct-projectlibre.xml"):
        for warning in import_file(interop_dir / name).warnings:
            assert "(0)" not in warning, warning
