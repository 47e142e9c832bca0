"""Exported MSPDI has the structure MS Project expects: namespace, element order, UID 0 summary."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime

import pytest

from pmdesk.core.entities import (
    Assignment,
    Baseline,
    BaselineTask,
    Calendar,
    CalendarException,
    ConstraintType,
    LagKind,
    Link,
    LinkType,
    Plan,
    Resource,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.io.formats import export_file, import_file

NS = "{http://schemas.microsoft.com/project}"
REFERENCES = (  # files MS Project wrote, and ProjectLibre's (it writes Notes and ConstraintDate)
    "NewProduct-projectlibre.xml",
    "task-links-project2019-mspdi.xml",
    "calendar-calendars-project2019-mspdi.xml",
    "calendar-recurring-exceptions-project2016-mspdi.xml",
    "baselines.xml",
    "mspdirelations.xml",
)
# Parents whose children's order the check compares, by the path to them.
REPEATABLE = {
    "PredecessorLink",
    "Baseline",
    "WeekDay",
    "Exception",
    "Calendar",
    "Task",
    "Resource",
    "Assignment",
    "WorkingTime",
    "ExtendedAttribute",
}
SCHEMA_PLACES = (  # (kind, element, follows, precedes)
    ("Task", "ActualStart", "PercentComplete", ("ActualFinish", "ConstraintType", "Notes")),
    ("Task", "ActualFinish", "PercentComplete", ("ConstraintType", "Notes")),
    ("Task", "Deadline", "CalendarUID", ("Notes", "PredecessorLink")),
    # ... Deadline, LevelAssignments, LevelingCanSplit, LevelingDelay, LevelingDelayFormat ...
    ("Task", "LevelAssignments", "Deadline", ("LevelingCanSplit", "LevelingDelay", "Notes")),
    ("Task", "LevelingCanSplit", "LevelAssignments", ("LevelingDelay", "Notes")),
    ("Task", "LevelingDelay", "Deadline", ("LevelingDelayFormat", "Notes", "PredecessorLink")),
    ("Task", "LevelingDelayFormat", "LevelingDelay", ("Notes", "PredecessorLink")),
    ("Resource", "EmailAddress", "Initials", ("MaxUnits", "StandardRate")),
)
KINDS = {
    "Project": ".",
    "Calendar": "Calendars/Calendar",
    "WeekDay": "Calendars/Calendar/WeekDays/WeekDay",
    "Exception": "Calendars/Calendar/Exceptions/Exception",
    "Task": "Tasks/Task",
    "PredecessorLink": "Tasks/Task/PredecessorLink",
    "Baseline": "Tasks/Task/Baseline",
    "Resource": "Resources/Resource",
    "Assignment": "Assignments/Assignment",
}


def _sample_plan() -> PlanData:
    data = PlanData(
        Plan(name="Launch & more", start=datetime(2025, 3, 3, 8, 0), default_calendar_id=1)
    )
    week = {d: [(480, 720), (780, 1020)] for d in range(5)} | {5: [], 6: []}
    data.load(
        [
            Calendar(id=1, name="Standard", week=week),
            Calendar(id=2, name="Night", base_id=1, week={0: [(1320, 1440)]}),
            CalendarException(
                id=1,
                calendar_id=1,
                start=date(2025, 4, 18),
                finish=date(2025, 4, 21),
                name="Easter",
            ),
            CalendarException(
                id=2,
                calendar_id=1,
                start=date(2025, 12, 25),
                finish=date(2025, 12, 25),
                name="Xmas",
                recurrence="yearly",
            ),
            Task(id=1, name="Phase"),
            Task(
                id=2,
                name="Build",
                parent_id=1,
                duration=960,
                notes="n",
                percent_complete=50,
                actual_cost=120.5,
                ev_method="physical",
                physical_percent_complete=40,
            ),
            Task(
                id=3,
                name="Ship",
                parent_id=1,
                position=1,
                duration=0,
                milestone=True,
                constraint_type=ConstraintType.SNET,
                constraint_date=datetime(2025, 3, 10, 8, 0),
                deadline=datetime(2025, 4, 1, 17, 0),
                calendar_id=2,
                leveling_delay=2880,
                leveling_can_split=False,
                level_assignments=False,
            ),
            Task(
                id=4,
                name="Manual",
                position=1,
                manual=True,
                manual_start=datetime(2025, 3, 4, 8, 0),
                manual_finish=datetime(2025, 3, 5, 17, 0),
                actual_start=datetime(2025, 3, 4, 8, 0),
            ),
            Link(id=1, predecessor_id=2, successor_id=3, type=LinkType.FS, lag=480),
            Link(
                id=2,
                predecessor_id=4,
                successor_id=3,
                type=LinkType.SS,
                lag=50,
                lag_kind=LagKind.PERCENT,
            ),
            Resource(id=1, name="Ann", group="Dev", email="a@x", standard_rate=50, calendar_id=2),
            Assignment(id=1, task_id=2, resource_id=1, units=0.5, work=480),
            Baseline(id=1, number=0),
            BaselineTask(
                id=1, baseline_id=1, task_id=2, start=datetime(2025, 3, 3, 8, 0), duration=960
            ),
        ]
    )
    return data


def _qualified(path: str) -> str:
    return "/".join(NS + part for part in path.split("/"))


def _reference_orders(interop_dir) -> dict[str, list[list[str]]]:
    """For each parent kind, every child order MS Project wrote (one list per element)."""
    orders: dict[str, list[list[str]]] = {kind: [] for kind in KINDS}
    for name in REFERENCES:
        root = ET.parse(interop_dir / name).getroot()
        for kind, path in KINDS.items():
            parents = [root] if path == "." else root.iterfind(_qualified(path))
            for parent in parents:
                tags = []
                for child in parent:
                    tag = child.tag.replace(NS, "")
                    if not tags or tags[-1] != tag:
                        tags.append(tag)
                orders[kind].append(tags)
    return orders


@pytest.fixture
def exported(tmp_path):
    path = tmp_path / "out.xml"
    export_file(_sample_plan(), path)
    return ET.parse(path).getroot()


def test_namespace_and_uid_zero_summary(exported):
    assert exported.tag == NS + "Project"
    tasks = exported.findall(f"{NS}Tasks/{NS}Task")
    first = tasks[0]
    assert first.findtext(NS + "UID") == "0"
    assert first.findtext(NS + "OutlineLevel") == "0"
    assert first.findtext(NS + "Summary") == "1"
    assert [t.findtext(NS + "ID") for t in tasks] == [str(i) for i in range(len(tasks))]
    uids = {t.findtext(NS + "UID") for t in tasks}
    for link in exported.iter(NS + "PredecessorLink"):
        assert link.findtext(NS + "PredecessorUID") in uids
    # outline: Phase (1) holds Build and Ship at level 2
    levels = {t.findtext(NS + "Name"): t.findtext(NS + "OutlineLevel") for t in tasks}
    assert levels == {"Launch & more": "0", "Phase": "1", "Build": "2", "Ship": "2", "Manual": "1"}


def test_element_order_agrees_with_ms_project(exported, interop_dir):
    from pmdesk.io.mspdi_writer import PROJECT_ORDER

    orders = _reference_orders(interop_dir)
    seen_in_references = {kind: {t for tags in orders[kind] for t in tags} for kind in KINDS}
    for kind, path in KINDS.items():
        parents = [exported] if path == "." else list(exported.iterfind(_qualified(path)))
        assert parents, kind
        for parent in parents:
            tags = [child.tag.replace(NS, "") for child in parent]
            # every element we write is one MS Project writes in that place
            unknown = set(tags) - seen_in_references[kind]
            if kind == "Project":
                unknown -= set(PROJECT_ORDER)
            # Elements none of the reference files has, placed as mspdi_pj12.xsd says:
            # Task: ... PercentComplete ... ActualStart, ActualDuration, ActualFinish ...
            # ConstraintType, CalendarUID, ConstraintDate, Deadline ... Notes ...
            # PredecessorLink; Resource: ... Initials ... Group, WorkGroup, EmailAddress ...
            # MaxUnits.
            for place_kind, tag, after, before in SCHEMA_PLACES:
                if place_kind == kind and tag in tags:
                    unknown.discard(tag)
                    at = tags.index(tag)
                    assert tags.index(after) < at, (tag, tags)
                    assert all(tags.index(t) > at for t in before if t in tags), (tag, tags)
            assert not unknown, f"{kind}: {unknown}"
            # and any two of them come in the order MS Project writes them
            for reference in orders[kind]:
                common = [tag for tag in dict.fromkeys(tags) if tag in reference]
                assert common == sorted(common, key=reference.index), f"{kind}: {tags}"
            singles = [t for t in tags if t not in REPEATABLE]
            assert len(singles) == len(set(singles)), f"{kind} repeats an element: {tags}"


def test_export_then_import_gives_the_plan_back(tmp_path):
    data = _sample_plan()
    path = tmp_path / "out.xml"
    export_file(data, path)
    back = import_file(path).data
    assert back.tasks == data.tasks
    assert back.calendars == data.calendars
    assert sorted(
        (l.predecessor_id, l.successor_id, l.type, l.lag, l.lag_kind) for l in back.links.values()
    ) == sorted(
        (l.predecessor_id, l.successor_id, l.type, l.lag, l.lag_kind) for l in data.links.values()
    )
    assert back.resources == data.resources


def test_a_plan_without_calendars_gets_the_standard_one(tmp_path):
    data = PlanData(Plan(name="bare", start=datetime(2025, 3, 3, 8, 0)))
    data.load([Task(id=1, name="only", duration=480)])
    path = tmp_path / "bare.xml"
    export_file(data, path)
    root = ET.parse(path).getroot()
    assert root.findtext(NS + "CalendarUID") == "1"
    (calendar,) = root.iterfind(f"{NS}Calendars/{NS}Calendar")
    assert calendar.findtext(NS + "UID") == "1"
    back = import_file(path).data
    assert (
        back.calendars[1].week[0] == [(480, 720), (780, 1020)] and back.calendars[1].week[5] == []
    )


def test_unreadable_file_is_a_user_error(tmp_path):
    from pmdesk.io.result import InteropError

    folder = tmp_path / "plan.xml"
    folder.mkdir()
    with pytest.raises(InteropError):
        import_file(folder)


def test_tasks_in_a_parent_loop_are_still_written(tmp_path):
    data = PlanData(Plan(name="loop", start=datetime(2025, 3, 3, 8, 0)))
    data.load(
        [Task(id=1, name="a", parent_id=2), Task(id=2, name="b", parent_id=1), Task(id=3, name="c")]
    )
    path = tmp_path / "loop.xml"
    export_file(data, path)
    assert set(import_file(path).data.tasks) == {1, 2, 3}
