"""CSV task tables (GanttProject's columns and pmdesk's own) and the XLSX task table."""

from __future__ import annotations

from datetime import datetime

import pytest

from pmdesk.core.entities import (
    Assignment,
    Calendar,
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
from pmdesk.io.result import InteropError

GANTTPROJECT_CSV = """\
ID,Name,Begin date,End date,Duration,Completion,Cost,Coordinator,Predecessors,Outline number,Resources,Assignments,Task color,Web Link,Notes
0,Design,5/27/24,6/28/24,25,85,0,,,1,,,#99ccff,,
9,Draft,5/27/24,6/7/24,10,100,0,Jack House,,1.1,Jack House;Michelangelo,,#99ccff,,first
10,Documents,6/10/24,6/28/24,15,75,0,,9,1.2,Michelangelo,,#ff0066,,
17,Agreement,7/1/24,7/1/24,0,0,0,,10,1.3,,,#000000,,
11,Interior,7/8/24,7/19/24,10,33,0,,,2,,,#99ccff,,

ID,Name,Default role,e-mail,Phone,Standard rate,Total cost,Total load
1,Jack House,Project manager,jack@example.com,0044,0,0,0
2,Michelangelo,Architect,,078,1000,0,0
"""


def _plan() -> PlanData:
    data = PlanData(Plan(name="P", start=datetime(2025, 3, 3, 8, 0), default_calendar_id=1))
    week = {d: [(480, 720), (780, 1020)] for d in range(5)} | {5: [], 6: []}
    data.load(
        [
            Calendar(id=1, week=week),
            Task(id=1, name="Phase, with comma"),
            Task(id=2, name="Build", parent_id=1, duration=960, notes='say "hi"'),
            Task(
                id=3,
                name="Ship",
                parent_id=1,
                position=1,
                duration=0,
                milestone=True,
                constraint_type=ConstraintType.SNET,
                constraint_date=datetime(2025, 3, 10, 8, 0),
            ),
            Link(id=1, predecessor_id=2, successor_id=3, type=LinkType.SS, lag=480),
            Link(
                id=2,
                predecessor_id=2,
                successor_id=3,
                type=LinkType.FF,
                lag=-25,
                lag_kind=LagKind.PERCENT,
            ),
            Resource(id=1, name="Ann"),
            Assignment(id=1, task_id=2, resource_id=1, units=0.5),
        ]
    )
    return data


def test_ganttproject_csv(tmp_path):
    path = tmp_path / "gp.csv"
    path.write_text(GANTTPROJECT_CSV, "utf-8")
    result = import_file(path)
    data = result.data
    assert len(data.tasks) == 5
    # GanttProject ids start at 0: every id (and predecessor) moves up by one.
    draft, documents = data.tasks[10], data.tasks[11]
    assert draft.parent_id == 1 and documents.parent_id == 1 and data.tasks[12].parent_id is None
    assert draft.duration == 4800 and draft.percent_complete == 100 and draft.notes == "first"
    assert data.tasks[18].milestone
    (first, second) = sorted(data.links.values(), key=lambda l: l.successor_id)
    assert (first.predecessor_id, first.successor_id, first.type) == (10, 11, LinkType.FS)
    assert data.plan.start == datetime(2024, 5, 27, 8, 0)
    # Interior is placed by nothing but its start date
    assert data.tasks[12].constraint_type == ConstraintType.SNET
    assert data.tasks[12].constraint_date == datetime(2024, 7, 8, 8, 0)
    resources = {r.name: r for r in data.resources.values()}
    assert resources["Michelangelo"].standard_rate == 125  # 1000 per 8-hour day
    assert resources["Jack House"].email == "jack@example.com"
    assert len(data.assignments) == 3


def test_pmdesk_csv_round_trip(tmp_path):
    data = _plan()
    path = tmp_path / "tasks.csv"
    export_file(data, path)
    back = import_file(path).data
    assert {t.id: t.name for t in back.tasks.values()} == {
        t.id: t.name for t in data.tasks.values()
    }
    assert back.tasks[2].parent_id == 1 and back.tasks[2].notes == 'say "hi"'
    assert back.tasks[2].duration == 960 and back.tasks[3].milestone
    assert back.tasks[3].constraint_type == ConstraintType.SNET
    assert back.tasks[3].constraint_date == datetime(2025, 3, 10, 8, 0)
    links = sorted((l.type, l.lag, l.lag_kind) for l in back.links.values())
    assert links == sorted(
        [(LinkType.SS, 480, LagKind.WORKING), (LinkType.FF, -25, LagKind.PERCENT)]
    )
    (item,) = back.assignments.values()
    assert back.resources[item.resource_id].name == "Ann" and item.units == 0.5


def test_csv_without_a_name_column(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", "utf-8")
    with pytest.raises(InteropError, match="no task name column"):
        import_file(path)


def test_xlsx_task_table(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "tasks.xlsx"
    export_file(_plan(), path)
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    assert header[:4] == ["ID", "Outline number", "Outline level", "Name"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert [row[3] for row in rows] == ["Phase, with comma", "Build", "Ship"]
    assert [row[1] for row in rows] == ["1", "1.1", "1.2"]
    assert isinstance(rows[1][header.index("Start")], datetime)
    assert rows[2][header.index("Predecessors")] == "2SS+1d;2FF-25%"
    assert rows[1][header.index("Resources")] == "Ann[50%]"
    assert sheet.row_dimensions[3].outline_level == 1


def test_unknown_extensions_are_user_errors(tmp_path):
    # (.mpp is no longer unknown: it is read through MPXJ, and its export refused with the
    # reason; see test_mpxj_bad_files.py)
    with pytest.raises(InteropError, match="cannot export"):
        export_file(_plan(), tmp_path / "plan.docx")
    path = tmp_path / "plan.docx"
    path.write_bytes(b"x")
    with pytest.raises(InteropError, match="cannot import"):
        import_file(path)


def test_export_names_the_product_side_it_cannot_write(tmp_path):
    from pmdesk.core.entities import RoadmapItem

    data = _plan()
    data.load([RoadmapItem(id=1, title="Launch"), RoadmapItem(id=2, title="Later")])
    for extension in (".xml", ".gan", ".csv", ".xlsx"):
        warnings = export_file(data, tmp_path / f"p{extension}")
        assert any("2 roadmap items not written" in w for w in warnings), extension


def test_ms_project_style_csv(tmp_path):
    path = tmp_path / "msp.csv"
    path.write_text(
        "ID,Name,Duration,Start,Finish,Predecessors,Resource Names,Outline Level\n"
        "1,Phase,5 days,Mon 1/6/25 8:00 AM,Fri 1/10/25 5:00 PM,,,1\n"
        '2,Dig,2 days,Mon 1/6/25 8:00 AM,Tue 1/7/25 5:00 PM,,"Ann[50%]",2\n'
        '3,Pour,3 days,Wed 1/8/25 8:00 AM,Fri 1/10/25 5:00 PM,"2FS+1 day",Bob,2\n',
        "utf-8",
    )
    data = import_file(path).data
    assert data.plan.start == datetime(2025, 1, 6, 8, 0)
    assert data.tasks[2].parent_id == 1 and data.tasks[3].parent_id == 1
    assert data.tasks[3].duration == 1440
    (link,) = data.links.values()
    assert (link.predecessor_id, link.type, link.lag) == (2, LinkType.FS, 480)
    units = {data.resources[a.resource_id].name: a.units for a in data.assignments.values()}
    assert units == {"Ann": 0.5, "Bob": 1.0}
