"""MSPDI import and export of task types, effort-driven, fixed cost accrual, assignments'
actual/overtime/remaining work, delay and cost, and material and cost resources."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from pmdesk.core.entities import (
    Assignment,
    Calendar,
    CostAccrual,
    Resource,
    ResourceType,
    Task,
    TaskType,
)
from pmdesk.core.plandata import PlanData
from pmdesk.io.formats import export_file, import_file
from pmdesk.io.result import InteropError


def _plan() -> PlanData:
    data = PlanData()
    data.plan.start = datetime(2026, 3, 2, 8, 0)
    data.plan.default_calendar_id = 1
    data.load(
        [
            Calendar(1, "Standard", week={d: [(480, 720), (780, 1020)] for d in range(5)}),
            Task(
                1,
                "Fixed work",
                duration=2400,
                task_type=TaskType.FIXED_WORK,
                effort_driven=True,
                fixed_cost=250,
                fixed_cost_accrual=CostAccrual.END,
                percent_complete=50,
            ),
            Task(
                2,
                "Fixed duration",
                position=1,
                duration=960,
                task_type=TaskType.FIXED_DURATION,
                effort_driven=True,
                fixed_cost_accrual=CostAccrual.START,
            ),
            Resource(1, "Ana", standard_rate=60, overtime_rate=90, cost_per_use=10),
            Resource(
                2, "Concrete", type=ResourceType.MATERIAL, standard_rate=80, material_label="m3"
            ),
            Resource(3, "Travel", type=ResourceType.COST),
            Assignment(1, 1, 1, 1.0, actual_work=600, overtime_work=120, delay=240),
            Assignment(2, 1, 2, 12.5),
            Assignment(3, 2, 3, cost=1999.5),
        ]
    )
    return data


def test_export_writes_the_fields_ms_project_reads(tmp_path):
    path = tmp_path / "plan.xml"
    export_file(_plan(), path)
    text = path.read_text(encoding="utf-8")
    task1 = re.search(r"<Task><UID>1</UID>.*?</Task>", text, re.S).group(0)
    assert "<Type>2</Type>" in task1 and "<EffortDriven>1</EffortDriven>" in task1
    assert "<FixedCostAccrual>2</FixedCostAccrual>" in task1  # 2 = end
    assert "<MaterialLabel>m3</MaterialLabel>" in text
    assert re.search(r"<Name>Travel</Name><Type>2</Type>", text)
    assert re.search(r"<Name>Concrete</Name><Type>0</Type>", text)
    ana = re.search(
        r"<Assignment><UID>\d+</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID>"
        r".*?</Assignment>",
        text,
        re.S,
    ).group(0)
    assert "<ActualWork>PT10H0M0S</ActualWork>" in ana
    assert "<OvertimeWork>PT2H0M0S</OvertimeWork>" in ana
    assert "<RemainingWork>PT30H0M0S</RemainingWork>" in ana
    assert "<Delay>2400</Delay>" in ana  # tenths of a minute: 4 hours
    # Cost: 38 h regular x 60 + 2 h overtime x 90 + 10 per use.
    assert f"<Cost>{38 * 60 + 2 * 90 + 10}</Cost>" in ana
    travel = re.search(r"<ResourceUID>3</ResourceUID>.*?</Assignment>", text, re.S).group(0)
    assert "<Cost>1999.5</Cost>" in travel


def test_round_trip_keeps_every_field(tmp_path):
    path = tmp_path / "plan.xml"
    data = _plan()
    export_file(data, path)
    result = import_file(path)
    back = result.data
    for tid in (1, 2):
        for name in ("task_type", "effort_driven", "fixed_cost", "fixed_cost_accrual"):
            assert getattr(back.tasks[tid], name) == getattr(data.tasks[tid], name), name
    assert back.resources[2].material_label == "m3"
    assert back.resources[2].type == ResourceType.MATERIAL
    assert back.resources[3].type == ResourceType.COST
    by_resource = {a.resource_id: a for a in back.assignments.values()}
    ana = by_resource[1]
    assert (ana.actual_work, ana.overtime_work, ana.delay) == (600, 120, 240)
    assert by_resource[2].units == 12.5
    assert by_resource[3].cost == 1999.5
    assert not any(
        "OvertimeWork" in w or "Delay" in w or "EffortDriven" in w for w in result.warnings
    )


def test_effort_driven_tasks_of_ms_project_files(interop_dir):
    data = import_file(interop_dir / "mspdirelations.xml").data
    leaves = [
        t for t in data.tasks.values() if not any(o.parent_id == t.id for o in data.tasks.values())
    ]
    assert leaves and all(t.effort_driven for t in leaves)
    assert all(t.task_type == TaskType.FIXED_UNITS for t in leaves)
    assert all(t.fixed_cost_accrual == CostAccrual.PRORATED for t in data.tasks.values())
    new_product = import_file(interop_dir / "NewProduct-projectlibre.xml").data
    assert not any(t.effort_driven for t in new_product.tasks.values())
    assert all(
        a.delay == 0 and a.overtime_work == 0 and a.actual_work is None
        for a in new_product.assignments.values()
    )


def _file(tmp_path, task="", resource="", assignment=""):
    path = tmp_path / "bad.xml"
    path.write_text(
        '<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task><UID>1</UID>'
        f"<Name>A</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration>{task}"
        "</Task></Tasks><Resources><Resource><UID>1</UID><Name>R</Name>"
        f"{resource}</Resource></Resources><Assignments><Assignment><UID>1</UID>"
        f"<TaskUID>1</TaskUID><ResourceUID>1</ResourceUID>{assignment}</Assignment>"
        "</Assignments></Project>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "where,text",
    [
        ("task", "<Type>7</Type>"),
        ("task", "<FixedCostAccrual>9</FixedCostAccrual>"),
        ("task", "<FixedCost>NaN</FixedCost>"),
        ("assignment", "<Delay>-5</Delay>"),
        ("assignment", "<Delay>1e400</Delay>"),
        ("assignment", "<OvertimeWork>PT999999999999H0M0S</OvertimeWork>"),
        ("assignment", "<ActualWork>soon</ActualWork>"),
        ("assignment", "<Cost>inf</Cost>"),
        ("assignment", "<Units>-1</Units>"),
        ("resource", "<CostPerUse>-3</CostPerUse>"),
        ("resource", "<OvertimeRate>nan</OvertimeRate>"),
    ],
)
def test_bad_values_are_one_sentence(tmp_path, where, text):
    with pytest.raises(InteropError) as caught:
        import_file(_file(tmp_path, **{where: text}))
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")


@pytest.mark.parametrize(
    "text",
    [
        "<LevelingDelay>-5</LevelingDelay>",
        "<LevelingDelay>1e400</LevelingDelay>",
        "<LevelingDelay>later</LevelingDelay>",
    ],
)
def test_bad_assignment_leveling_delays_are_one_sentence(tmp_path, text):
    with pytest.raises(InteropError) as caught:
        import_file(_file(tmp_path, assignment=text))
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".") and "LevelingDelay" in message


def test_an_assignment_leveling_delay_round_trips(tmp_path):
    """MS Project writes an assignment's Leveling Delay after Delay and before OvertimeWork
    (../shared/fixtures/interop/task-links-project2019-mspdi.xml: ... Delay, Finish, ..., FixedMaterial, LevelingDelay,
    LevelingDelayFormat, LinkedFields, ..., OvertimeWork), in tenths of a minute."""
    data = _plan()
    data.assignments[1].leveling_delay = 2 * 1440  # two elapsed days
    data.assignments[2].leveling_delay = 600  # a material resource: not leveled, not written
    path = tmp_path / "plan.xml"
    export_file(data, path)
    text = path.read_text(encoding="utf-8")
    ana = re.search(r"<ResourceUID>1</ResourceUID>.*?</Assignment>", text, re.S).group(0)
    assert re.search(
        r"<Delay>2400</Delay><LevelingDelay>28800</LevelingDelay>"
        r"<LevelingDelayFormat>8</LevelingDelayFormat><OvertimeWork>",
        ana,
    )
    concrete = re.search(r"<ResourceUID>2</ResourceUID>.*?</Assignment>", text, re.S).group(0)
    assert "LevelingDelay" not in concrete
    result = import_file(path)
    by_resource = {a.resource_id: a for a in result.data.assignments.values()}
    assert by_resource[1].leveling_delay == 2 * 1440
    assert by_resource[2].leveling_delay == 0
    assert by_resource[1].delay == 240  # the start delay is a field of its own
    assert not any("LevelingDelay" in w for w in result.warnings)


def test_an_assignment_leveling_delay_is_tenths_of_a_minute_whatever_its_format(tmp_path):
    # Format 7 shows days; the value stays in tenths of a minute (as the task's LevelingDelay,
    # which MPXJ also reads as LevelingDelay / 10 minutes).
    path = _file(
        tmp_path,
        assignment="<Delay>0</Delay><LevelingDelay>4800</LevelingDelay>"
        "<LevelingDelayFormat>7</LevelingDelayFormat>",
    )
    result = import_file(path)
    (assignment,) = result.data.assignments.values()
    assert assignment.leveling_delay == 480 and assignment.delay == 0
    assert not any("LevelingDelay" in w for w in result.warnings)
