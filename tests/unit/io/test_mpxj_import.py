"""Files pmdesk opens through MPXJ (tests/unit/io/mpxj_files: a .mpx Microsoft Project 98
wrote, .xer files Primavera P6 8.4 and 20.12 wrote, from MPXJ's public test data) hold the
tasks, links, resources, assignments and calendars MPXJ itself reads from them; rescheduled
by pmdesk, every task lands on the dates the file stores. And back: .mpx, .xer, PMXML and
Planner exports read again as the same plan. Skipped, with the reason, without the formats
extra or Java.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from mpxj_reference import FILES, mpxj_reads, needs_mpxj

from pmdesk.core.entities import LinkType
from pmdesk.core.scheduling import schedule_plan
from pmdesk.io.formats import export_file, import_file

pytestmark = needs_mpxj

MPX = FILES / "task-links-project98.mpx"
XER_PROGRESS = FILES / "percent-complete-8.4.xer"
XER_RESOURCES = FILES / "resource-rates-test.xer"
# Any real .mpp put beside them is checked the same way (none could be obtained: README.md).
REAL_FILES = (MPX, XER_PROGRESS, XER_RESOURCES, *sorted(FILES.glob("*.mpp")))


@pytest.fixture(scope="module")
def imported():
    return {path.name: import_file(path) for path in REAL_FILES}


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_tasks_are_those_mpxj_reads(imported, path):
    reference = mpxj_reads(path)["tasks"]
    data = imported[path.name].data
    assert {uid: task.name for uid, task in data.tasks.items()} == {
        uid: task["name"] for uid, task in reference.items()
    }
    for uid, task in reference.items():
        if not task["summary"]:  # a summary's duration is its children's span
            assert data.tasks[uid].duration == pytest.approx(task["minutes"]), uid


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_links_resources_assignments_and_calendars_are_those_mpxj_reads(imported, path):
    reference = mpxj_reads(path)
    data = imported[path.name].data
    links = {
        (link.predecessor_id, link.successor_id, LinkType(link.type).name, float(link.lag))
        for link in data.links.values()
    }
    assert links == reference["links"]
    assert {r.id: r.name for r in data.resources.values()} == reference["resources"]
    assert {(a.task_id, a.resource_id) for a in data.assignments.values()} == reference[
        "assignments"
    ]
    by_name = {c.name: c for c in data.calendars.values()}
    for name, calendar in reference["calendars"].items():
        ours = by_name[name]
        assert {day: [tuple(i) for i in ours.week.get(day, [])] for day in range(7)} == calendar[
            "week"
        ]
        assert (
            sum(1 for e in data.calendar_exceptions.values() if e.calendar_id == ours.id)
            == calendar["exceptions"]
        )


def test_the_project_98_file_has_every_link_type_with_its_lag(imported):
    data = imported[MPX.name].data
    kinds = {LinkType(link.type).name: link for link in data.links.values()}
    assert set(kinds) == {"FS", "SS", "FF", "SF"}
    assert sorted(link.lag for link in data.links.values()) == [
        0,
        480,
        960,
        960,
        960,
        960,
        2400,
        4800,
    ]  # 0, 1d, 2d (x4), 1w, 2w of 8-hour days


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_rescheduled_dates_equal_those_stored_in_the_file(imported, path):
    reference = mpxj_reads(path)["tasks"]
    data = imported[path.name].data
    schedule = schedule_plan(data)
    # .mpx stores days without a time of day (MPXJ reads them as midnight): compare days.
    exact = path.suffix != ".mpx"

    def key(moment: datetime):
        return moment if exact else moment.date()

    mismatches = {
        uid: (
            (task["start"], task["finish"]),
            (schedule.tasks[uid].start, schedule.tasks[uid].finish),
        )
        for uid, task in reference.items()
        if (key(task["start"]), key(task["finish"]))
        != (key(schedule.tasks[uid].start), key(schedule.tasks[uid].finish))
    }
    assert mismatches == {}


def test_p6_progress_is_kept(imported):
    data = imported[XER_PROGRESS.name].data
    by_name = {task.name: task for task in data.tasks.values()}
    # P6 "Duration 75%": 200 of 800 hours remain; the task started on 2015-02-24 08:00.
    assert by_name["Duration 75%"].actual_start == datetime(2015, 2, 24, 8, 0)
    assert by_name["Duration 0%"].actual_start is None


def test_warnings_name_what_the_source_had_that_pmdesk_does_not_keep(imported):
    warnings = imported[XER_RESOURCES.name].warnings
    # P6 assigns the resource to the activity five times (one per rate); MS Project XML keeps
    # one assignment per task and resource.
    assert (
        "resource-rates-test.xer holds 5 assignments; 1 came through MS Project XML into "
        "pmdesk (4 not imported)." in warnings
    )
    assert any("Rates (rate tables B-E, rate changes)" in w for w in warnings)


@pytest.mark.parametrize("extension", [".mpx", ".xer", ".pmxml", ".planner"])
def test_exports_through_mpxj_read_back_as_the_same_plan(imported, tmp_path, extension):
    original = imported[MPX.name].data
    target = tmp_path / f"plan{extension}"
    export_file(original, target)
    again = import_file(target).data
    assert sorted(t.name for t in again.tasks.values()) == sorted(
        t.name for t in original.tasks.values()
    )
    assert sorted(t.duration for t in again.tasks.values()) == sorted(
        t.duration for t in original.tasks.values()
    )

    def links(data):
        return sorted(
            (
                data.tasks[link.predecessor_id].name,
                data.tasks[link.successor_id].name,
                LinkType(link.type).name,
                link.lag,
            )
            for link in data.links.values()
        )

    if extension != ".planner":
        assert links(again) == links(original)
    else:  # Planner keeps FS/SS/FF/SF, but MPXJ's Planner writer keeps lags in whole days only
        assert [link[:3] for link in links(again)] == [link[:3] for link in links(original)]


def test_a_p6_xml_file_named_xml_is_read_through_mpxj(imported, tmp_path):
    """P6 exports its XML as .xml: not MSPDI, so pmdesk hands it to MPXJ."""
    from pmdesk.io.formats import uses_converter

    pmxml = tmp_path / "plan.pmxml"
    export_file(imported[MPX.name].data, pmxml)
    named_xml = tmp_path / "from-p6.xml"
    named_xml.write_bytes(pmxml.read_bytes())
    assert uses_converter(named_xml)
    again = import_file(named_xml).data
    assert len(again.tasks) == len(imported[MPX.name].data.tasks)
    assert len(again.links) == 8


def test_a_gnome_planner_plan(tmp_path):
    """kitchen.planner (GNOME Planner's example, from Debian's planner-doc): what MPXJ reads
    comes through, and each work task finishes where Planner scheduled it. (Planner writes a
    task that follows another as starting at the end of the previous working day, 17:00,
    where MS Project and pmdesk say 08:00 the next working day; and it put the Go/No-Go
    milestone on a Sunday, so milestones and summaries are left out of the date check.)"""
    path = FILES / "kitchen.planner"
    reference = mpxj_reads(path)
    result = import_file(path)
    data = result.data
    assert {uid: task.name for uid, task in data.tasks.items()} == {
        uid: task["name"] for uid, task in reference["tasks"].items()
    }
    links = {
        (link.predecessor_id, link.successor_id, LinkType(link.type).name, float(link.lag))
        for link in data.links.values()
    }
    assert links == reference["links"] and len(links) == 11
    assert {r.id: r.name for r in data.resources.values()} == reference["resources"]
    assert {(a.task_id, a.resource_id) for a in data.assignments.values()} == reference[
        "assignments"
    ]
    assert len(data.assignments) == 19
    # The "Off Hours" calendar has no working time: pmdesk says what it did with it.
    assert any("Off Hours" in warning for warning in result.warnings)
    schedule = schedule_plan(data)
    checked = 0
    for uid, task in reference["tasks"].items():
        if task["summary"] or task["minutes"] == 0:
            continue
        assert schedule.tasks[uid].finish == task["finish"], task["name"]
        checked += 1
    assert checked == 15
