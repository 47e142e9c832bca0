"""MSPDI carries the plan's calculation options (HonorConstraints and the four status-date
options) both ways, and a missing element means MS Project's default."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from pmdesk.core.entities import Plan, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.options import DEFAULTS, MSPDI_ELEMENTS
from pmdesk.io.formats import export_file, import_file

NS = "{http://schemas.microsoft.com/project}"


def _export(tmp_path, settings) -> tuple[ET.Element, PlanData]:
    data = PlanData(Plan(settings=dict(settings)))
    data.add(Task(id=1, name="A"))
    path = tmp_path / "options.xml"
    export_file(data, path)
    return ET.parse(path).getroot(), import_file(path).data


@pytest.mark.parametrize("key", sorted(DEFAULTS))
def test_each_option_goes_out_and_comes_back(tmp_path, key):
    flipped = not DEFAULTS[key]
    root, back = _export(tmp_path, {key: flipped})
    written = int(flipped) if key != "honor_constraints" else int(not flipped)  # see below
    assert root.findtext(NS + MSPDI_ELEMENTS[key]) == str(written)
    assert back.plan.settings[key] is flipped
    for other in DEFAULTS:
        if other != key:
            assert back.plan.settings[other] is DEFAULTS[other]


def test_defaults_are_written_and_a_missing_element_means_the_default(tmp_path):
    root, back = _export(tmp_path, {})
    assert root.findtext(NS + "HonorConstraints") == "0"  # on, as MS Project writes it
    assert root.findtext(NS + "MoveRemainingStartsForward") == "0"
    for tag in MSPDI_ELEMENTS.values():  # a file without the elements
        root.remove(root.find(NS + tag))
    path = tmp_path / "bare.xml"
    ET.ElementTree(root).write(path)
    settings = import_file(path).data.plan.settings
    assert all(settings.get(key, DEFAULTS[key]) is DEFAULTS[key] for key in DEFAULTS)


def test_a_percent_lag_is_written_and_read_in_whole_percent(tmp_path):
    from pmdesk.core.entities import LagKind, Link, LinkType

    data = PlanData(Plan())
    data.add(Task(id=1, name="A", duration=2400))
    data.add(Task(id=2, name="B"))
    data.add(Link(id=1, predecessor_id=1, successor_id=2, type=LinkType.FS, lag=25,
                  lag_kind=LagKind.PERCENT))  # fmt: skip
    path = tmp_path / "lag.xml"
    export_file(data, path)
    link = ET.parse(path).getroot().find(f".//{NS}PredecessorLink")
    assert (link.findtext(NS + "LinkLag"), link.findtext(NS + "LagFormat")) == ("25", "19")
    (back,) = import_file(path).data.links.values()
    assert (back.lag, back.lag_kind) == (25, LagKind.PERCENT)


def test_a_split_in_time_phased_work_becomes_a_task_split(tmp_path):
    # MS Project writes a split as a stretch of zero work between work stretches: 1 day of
    # work Monday, none Tuesday-Wednesday, 2 days Thursday-Friday.
    def record(day, hours):
        return (f"<TimephasedData><Type>1</Type><UID>1</UID><Start>2026-01-{day:02d}T08:00:00"
                f"</Start><Finish>2026-01-{day:02d}T17:00:00</Finish><Unit>2</Unit>"
                f"<Value>PT{hours}H0M0S</Value></TimephasedData>")  # fmt: skip

    path = tmp_path / "split.xml"
    path.write_text(
        '<Project xmlns="http://schemas.microsoft.com/project"><StartDate>2026-01-05T08:00:00'
        "</StartDate><Tasks><Task><UID>1</UID><Name>Split</Name><OutlineLevel>1</OutlineLevel>"
        "<Duration>PT24H0M0S</Duration></Task><Task><UID>2</UID><Name>Next</Name>"
        "<OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><PredecessorLink>"
        "<PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink></Task></Tasks>"
        "<Resources><Resource><UID>1</UID><Name>R</Name></Resource></Resources><Assignments>"
        "<Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID>"
        "<Start>2026-01-05T08:00:00</Start><Units>1</Units><Work>PT24H0M0S</Work>"
        + "".join(record(day, hours) for day, hours in ((5, 8), (6, 0), (7, 0), (8, 8), (9, 8)))
        + "</Assignment></Assignments></Project>",
        "utf-8",
    )
    from pmdesk.core.scheduling import schedule_plan

    data = import_file(path).data
    assert data.tasks[1].splits == [(480, 960)]
    schedule = schedule_plan(data)
    assert schedule.tasks[1].finish.day == 9 and schedule.tasks[2].start.day == 12


def test_exporting_a_split_task_writes_its_gaps_as_time_phased_work(tmp_path):
    from pmdesk.core.entities import Assignment, Resource

    data = PlanData(Plan())
    data.add(Task(id=1, name="A", duration=1440, splits=[(480, 960)]))
    data.add(Task(id=2, name="B", duration=960, splits=[(480, 480)]))  # nobody assigned
    data.add(Resource(id=1, name="R"))
    data.add(Assignment(id=1, task_id=1, resource_id=1))
    path = tmp_path / "split.xml"
    warnings = export_file(data, path)
    assert any("1 split tasks were written without their gaps" in w for w in warnings)
    values = [
        e.findtext(NS + "Value") for e in ET.parse(path).getroot().iter(NS + "TimephasedData")
    ]
    assert values == ["PT8H0M0S", "PT0H0M0S", "PT16H0M0S"]
    back = import_file(path).data
    assert back.tasks[1].splits == [(480, 960)] and back.tasks[2].splits == []


@pytest.mark.parametrize(
    "name",
    [
        "calendar-calendars-project2019-mspdi.xml",
        "calendar-recurring-exceptions-project2016-mspdi.xml",
        "task-links-project2019-mspdi.xml",
    ],
)
def test_files_ms_project_wrote_with_the_default_honor_their_constraints(interop_dir, name):
    # They carry HonorConstraints 0 with the option at its default, on (options.py).
    path = interop_dir / name
    assert "<HonorConstraints>0</HonorConstraints>" in path.read_text(encoding="utf-8")
    settings = import_file(path).data.plan.settings
    assert settings["honor_constraints"] is True


@pytest.mark.parametrize(
    ("text", "honored"),
    [("0", True), ("1", False), ("true", True), ("false", False), ("2", True), ("", True)],
)
def test_the_honor_element_as_written(tmp_path, text, honored):
    root, _back = _export(tmp_path, {})
    root.find(NS + "HonorConstraints").text = text
    path = tmp_path / "honor.xml"
    ET.ElementTree(root).write(path)
    settings = import_file(path).data.plan.settings
    assert settings.get("honor_constraints", DEFAULTS["honor_constraints"]) is honored


@pytest.mark.parametrize(("method", "baseline"), [("physical", 3), ("percent", 0)])
def test_earned_value_options_go_out_and_come_back(tmp_path, method, baseline):
    """Project > Project Information > Options' earned value options are MSPDI's
    EarnedValueMethod (0 % Complete, 1 Physical % Complete) and BaselineForEarnedValue."""
    root, back = _export(tmp_path, {"default_ev_method": method, "earned_value_baseline": baseline})
    assert root.findtext(NS + "EarnedValueMethod") == ("1" if method == "physical" else "0")
    assert root.findtext(NS + "BaselineForEarnedValue") == str(baseline)
    assert back.plan.settings["default_ev_method"] == method
    assert back.plan.settings["earned_value_baseline"] == baseline


@pytest.mark.parametrize("text", ["11", "-1", "2.5", "x", ""])
def test_a_baseline_for_earned_value_out_of_range_is_left_out(tmp_path, text):
    root, _back = _export(tmp_path, {})
    root.find(NS + "BaselineForEarnedValue").text = text
    path = tmp_path / "odd.xml"
    ET.ElementTree(root).write(path)
    assert "earned_value_baseline" not in import_file(path).data.plan.settings


@pytest.mark.parametrize(
    ("task_type", "code", "effort"),
    [("fixed_units", "0", False), ("fixed_duration", "1", True), ("fixed_work", "2", True)],
)
def test_new_task_defaults_go_out_and_come_back(tmp_path, task_type, code, effort):
    """MS Project's "Default task type" and "New tasks are effort driven" are the Project's
    DefaultTaskType (a task's Type codes) and NewTasksEffortDriven."""
    root, back = _export(
        tmp_path, {"default_task_type": task_type, "new_tasks_effort_driven": effort}
    )
    assert root.findtext(NS + "DefaultTaskType") == code
    assert root.findtext(NS + "NewTasksEffortDriven") == str(int(effort))
    assert back.plan.settings["default_task_type"] == task_type
    assert back.plan.settings["new_tasks_effort_driven"] is effort


@pytest.mark.parametrize("text", ["3", "-1", "x", ""])
def test_a_default_task_type_out_of_range_is_left_out(tmp_path, text):
    root, _back = _export(tmp_path, {})
    root.find(NS + "DefaultTaskType").text = text
    path = tmp_path / "odd.xml"
    ET.ElementTree(root).write(path)
    assert "default_task_type" not in import_file(path).data.plan.settings


@pytest.mark.parametrize(
    ("name", "effort"),
    [("mspdirelations.xml", True), ("calendar-calendars-project2019-mspdi.xml", False)],
)
def test_ms_project_files_new_task_defaults(interop_dir, name, effort):
    """Files MS Project wrote: DefaultTaskType 0, NewTasksEffortDriven 1 in one, 0 in another."""
    settings = import_file(interop_dir / name).data.plan.settings
    assert settings["default_task_type"] == "fixed_units"
    assert settings["new_tasks_effort_driven"] is effort
