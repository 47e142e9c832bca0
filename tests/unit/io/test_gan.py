"""GanttProject .gan import (HouseBuildingSample from GanttProject 3.3) and export details."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta

import pytest

from pmdesk.core.entities import (
    Baseline,
    BaselineTask,
    Calendar,
    ConstraintType,
    Link,
    LinkType,
    Plan,
    Resource,
    Task,
)
from pmdesk.core.plandata import PlanData
from pmdesk.io.formats import export_file, import_file
from pmdesk.io.result import InteropError


@pytest.fixture
def house(interop_dir):
    return import_file(interop_dir / "HouseBuildingSample.gan")


def test_house_building_counts(house):
    data = house.data
    assert len(data.tasks) == 20
    assert len(data.resources) == 7
    assert len(data.assignments) == 30
    assert len(data.links) == 17


def test_nested_tasks_and_dependencies_inside_the_predecessor(house):
    data = house.data
    names = {t.name.strip(): t for t in data.tasks.values()}
    design = names["Architectural design"]
    assert [t.name.strip() for t in data.children(design.id)] == [
        "Create draft of architecture",
        "Prepare construction documents",
        "Agreement on architectural plan",
    ]
    draft = names["Create draft of architecture"]
    successors = sorted(l.successor_id for l in data.links.values() if l.predecessor_id == draft.id)
    # <depend id="10"/> and <depend id="12"/> inside task 9: GanttProject ids + 1
    assert successors == [11, 13]
    assert all(l.type == LinkType.FS and l.lag == 0 for l in data.links.values())
    assert names["Agreement on architectural plan"].milestone
    assert names["Create draft of architecture"].duration == 10 * 480
    assert names["Prepare construction documents"].color == "#ff0066"
    assert names["Architectural design"].percent_complete == 85
    assert "washing machine" in names["Equipment planning"].notes
    # The "Rubber" dependency from the GanttProject 3.3 milestone is kept too.
    milestone = names["GanttProject 3.3"]
    assert any(l.predecessor_id == milestone.id for l in data.links.values())


def test_every_house_task_is_placed_by_a_dependency_or_the_start(house):
    data = house.data
    assert data.plan.start == datetime(2024, 5, 27, 8, 0)
    assert {t.constraint_type for t in data.tasks.values()} == {ConstraintType.ASAP}


GAN = """<?xml version="1.0" encoding="UTF-8"?><project name="p" version="3.3">
<tasks>
  <task id="0" name="A" meeting="false" start="2025-03-03" duration="2" complete="0">
    <depend id="1" type="2" difference="1" hardness="Strong"/>
  </task>
  <task id="1" name="B" meeting="false" start="2025-03-06" duration="1" complete="0"/>
  <task id="2" name="C" meeting="false" start="2025-03-10" duration="3" complete="0"/>
  <task id="3" name="D" meeting="false" start="2025-03-03" duration="1" complete="0"
        thirdDate="2025-03-04" thirdDate-constraint="1" priority="2"/>
</tasks></project>"""


def test_unlinked_tasks_keep_their_start(tmp_path):
    path = tmp_path / "p.gan"
    path.write_text(GAN, "utf-8")
    data = import_file(path).data
    a, b, c, d = (data.tasks[i] for i in (1, 2, 3, 4))
    assert data.plan.start == datetime(2025, 3, 3, 8, 0)
    assert a.constraint_type == ConstraintType.ASAP  # starts at the plan start
    assert b.constraint_type == ConstraintType.ASAP  # placed by A's dependency
    # GanttProject keeps C where the user put it: pmdesk must not pull it to the start.
    assert (c.constraint_type, c.constraint_date) == (
        ConstraintType.SNET,
        datetime(2025, 3, 10, 8, 0),
    )
    # GanttProject's own "earliest begin" constraint
    assert (d.constraint_type, d.constraint_date) == (
        ConstraintType.SNET,
        datetime(2025, 3, 4, 8, 0),
    )
    assert d.priority == 700  # "high"
    (link,) = data.links.values()
    assert (link.predecessor_id, link.successor_id, link.lag) == (1, 2, 480)


def test_calendar_holidays_vacations_rates_roles(house):
    data = house.data
    standard = data.calendars[data.plan.default_calendar_id]
    assert standard.week[5] == [] and standard.week[6] == []
    assert standard.week[0] == [(480, 720), (780, 1020)]
    holidays = [e for e in data.calendar_exceptions.values() if e.calendar_id == standard.id]
    assert [(h.start, h.intervals) for h in holidays] == [(date(2006, 2, 14), [])]
    jack = next(r for r in data.resources.values() if r.name == "Jack House")
    vacation = next(
        e for e in data.calendar_exceptions.values() if e.calendar_id == jack.calendar_id
    )
    assert (vacation.start, vacation.finish) == (date(2009, 2, 2), date(2009, 2, 9))
    assert data.calendars[jack.calendar_id].base_id == standard.id
    john = next(r for r in data.resources.values() if r.name == "John Black")
    assert john.standard_rate == 5.0  # 40 per day of 8 hours
    assert john.group == "Excavator operator"
    half = [a for a in data.assignments.values() if a.units == 0.5]
    assert len(half) == 4
    assert any("responsible" in w for w in house.warnings)
    assert any("Is done" in w for w in house.warnings)


def test_export_writes_dependencies_inside_the_predecessor(tmp_path):
    data = PlanData(Plan(name="P", start=datetime(2025, 3, 3, 8, 0), default_calendar_id=1))
    data.load(
        [
            Calendar(id=1, week={d: [(480, 720), (780, 1020)] for d in range(5)} | {5: [], 6: []}),
            Task(id=1, name="Phase"),
            Task(id=2, name="Dig", parent_id=1, duration=960),
            Task(id=3, name="Pour", parent_id=1, position=1, duration=480, milestone=True),
            Link(id=1, predecessor_id=2, successor_id=3, type=LinkType.SS, lag=960),
            Resource(id=1, name="Ann", group="Builder", standard_rate=10),
        ]
    )
    path = tmp_path / "p.gan"
    export_file(data, path)
    root = ET.parse(path).getroot()
    phase = root.find("tasks/task")
    assert phase.get("id") == "0" and phase.get("name") == "Phase"
    dig = phase.find("task[@name='Dig']")
    depend = dig.find("depend")
    assert (depend.get("id"), depend.get("type"), depend.get("difference")) == ("2", "1", "2")
    assert phase.find("task[@name='Pour']").get("meeting") == "true"
    assert dig.get("duration") == "2"
    assert root.find("resources/resource/rate").get("value") == "80"
    assert root.find("roles/role").get("name") == "Builder"


def test_baselines_round_trip_as_previous_states(tmp_path):
    # GanttProject's "previous states" are pmdesk's baselines. The reader once called its
    # baseline counter in place of the number() parser, so any file with one failed to import.
    data = PlanData(Plan(name="P", start=datetime(2025, 3, 3, 8, 0), default_calendar_id=1))
    data.load(
        [
            Calendar(id=1, week={d: [(480, 720), (780, 1020)] for d in range(5)} | {5: [], 6: []}),
            Task(id=1, name="Dig", duration=960),
            Task(id=2, name="Pour", position=1, duration=480),
            Baseline(id=1, number=1, name="Approved"),
            BaselineTask(
                id=1, baseline_id=1, task_id=1, start=datetime(2025, 3, 3, 8), duration=1440
            ),
            BaselineTask(
                id=2, baseline_id=1, task_id=2, start=datetime(2025, 3, 6, 8), duration=480
            ),
        ]
    )
    path = tmp_path / "p.gan"
    export_file(data, path)
    back = import_file(path).data
    (baseline,) = back.baselines.values()
    assert (baseline.number, baseline.name) == (1, "Approved")
    kept = sorted(
        (item.task_id, item.start, item.duration) for item in back.baseline_tasks.values()
    )
    assert kept == [(1, datetime(2025, 3, 3, 8), 1440), (2, datetime(2025, 3, 6, 8), 480)]


def test_custom_columns_are_named_in_a_warning_even_without_a_name(tmp_path):
    # A nameless column once made the warning's join fail, and with it the whole import.
    path = tmp_path / "p.gan"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><project name="p"><tasks>'
        '<taskproperties><taskproperty id="tpc0" type="custom" name="Cost centre"/>'
        '<taskproperty id="tpc1" type="custom"/><taskproperty id="tpd1" type="default"/>'
        "</taskproperties>"
        '<task id="0" name="A" start="2025-03-03" duration="1"/></tasks></project>',
        "utf-8",
    )
    result = import_file(path)
    assert [t.name for t in result.data.tasks.values()] == ["A"]
    assert "Custom task columns not imported: Cost centre, tpc1." in result.warnings


@pytest.mark.parametrize(
    ("hours", "warned"),
    [([(480, 720), (780, 1020)], False), ([(540, 1020)], True)],
)
def test_only_other_working_hours_than_the_standard_day_are_reported(tmp_path, hours, warned):
    # The standard day is a tuple and calendar weeks hold lists: compared as they were, every
    # export warned that the calendar's hours were lost, the standard ones included.
    data = PlanData(Plan(name="P", start=datetime(2025, 3, 3, 8, 0), default_calendar_id=1))
    data.load(
        [
            Calendar(id=1, week={d: list(hours) for d in range(5)} | {5: [], 6: []}),
            Task(id=1, name="Dig", duration=480),
        ]
    )
    warnings = export_file(data, tmp_path / "p.gan")
    assert any("working hours of the calendar" in w for w in warnings) == warned


def test_not_a_gan_file(tmp_path):
    path = tmp_path / "x.gan"
    path.write_text("<Project/>", "utf-8")
    with pytest.raises(InteropError, match="not a GanttProject file"):
        import_file(path)


def test_house_rescheduled_by_pmdesk_starts_where_ganttproject_put_it(interop_dir):
    scheduling = pytest.importorskip("pmdesk.core.scheduling")
    path = interop_dir / "HouseBuildingSample.gan"
    data = import_file(path).data
    schedule = scheduling.schedule_plan(data)
    standard = data.calendars[data.plan.default_calendar_id]
    for elem in ET.parse(path).getroot().iter("task"):
        task_id = int(elem.get("id")) + 1
        written = date.fromisoformat(elem.get("start"))
        start = schedule.tasks[task_id].start
        if start.date() == written:
            continue
        # GanttProject shows a milestone after its predecessor on the next working day;
        # pmdesk (as MS Project) at the predecessor's finish: the same working instant.
        assert data.tasks[task_id].milestone, elem.get("name")
        assert start.hour * 60 + start.minute == standard.week[start.weekday()][-1][1]
        following = start.date() + timedelta(days=1)
        while not standard.week[following.weekday()]:
            following += timedelta(days=1)
        assert following == written, elem.get("name")
