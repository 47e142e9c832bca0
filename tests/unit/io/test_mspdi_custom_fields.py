"""Custom fields (Text1-30, Number1-20, Date1-10, Flag1-20) survive MSPDI export and import
as MS Project's ExtendedAttribute elements."""

import xml.etree.ElementTree as ET
from datetime import datetime

from pmdesk.core.entities import Calendar, Task
from pmdesk.core.plandata import PlanData
from pmdesk.io.formats import export_file, import_file
from pmdesk.io.mspdi_custom import FIELD_IDS

NS = "{http://schemas.microsoft.com/project}"


def plan_with_custom_fields() -> PlanData:
    data = PlanData()
    data.plan.start = datetime(2026, 3, 2, 8, 0)
    data.plan.default_calendar_id = 1
    data.load(
        [
            Calendar(1, "Standard", week={d: [(480, 720), (780, 1020)] for d in range(5)}),
            Task(
                1,
                "Design",
                custom_fields={
                    "text1": "Backend <core> & co",
                    "text30": "last",
                    "number1": 12.5,
                    "number20": -3.0,
                    "date1": "2026-04-01T08:00",
                    "date10": "2149-12-31T17:00",
                    "flag1": True,
                    "flag20": True,
                },
            ),
            Task(2, "Build", position=1, custom_fields={"text11": "eleven"}),
            Task(3, "Test", position=2),
        ]
    )
    return data


def test_custom_fields_round_trip(tmp_path):
    data = plan_with_custom_fields()
    path = tmp_path / "custom.xml"
    export_file(data, path)
    back = import_file(path).data
    by_name = {task.name: task for task in back.tasks.values()}
    assert by_name["Design"].custom_fields == data.tasks[1].custom_fields
    assert by_name["Build"].custom_fields == {"text11": "eleven"}
    assert by_name["Test"].custom_fields == {}


def test_written_as_ms_project_field_ids(tmp_path):
    path = tmp_path / "custom.xml"
    export_file(plan_with_custom_fields(), path)
    root = ET.parse(path).getroot()
    defined = {
        int(e.findtext(NS + "FieldID")): e.findtext(NS + "FieldName")
        for e in root.findall(f"{NS}ExtendedAttributes/{NS}ExtendedAttribute")
    }
    assert defined[188743731] == "Text1" and defined[188743997] == "Text11"
    assert defined[188743767] == "Number1" and defined[188743945] == "Date1"
    assert defined[188743752] == "Flag1"
    children = [child.tag[len(NS) :] for child in root]
    assert children.index("ExtendedAttributes") < children.index("Calendars")
    design = next(t for t in root.iter(NS + "Task") if t.findtext(NS + "Name") == "Design")
    values = {
        int(e.findtext(NS + "FieldID")): e.findtext(NS + "Value")
        for e in design.findall(NS + "ExtendedAttribute")
    }
    assert values[FIELD_IDS["flag1"]] == "1"
    assert values[FIELD_IDS["date1"]] == "2026-04-01T08:00:00"


def test_unreadable_custom_values_are_left_out(tmp_path):
    path = tmp_path / "custom.xml"
    export_file(plan_with_custom_fields(), path)
    text = path.read_text().replace("<Value>12.5</Value>", "<Value>many</Value>")
    path.write_text(text)
    back = import_file(path).data
    design = next(t for t in back.tasks.values() if t.name == "Design")
    assert "number1" not in design.custom_fields and design.custom_fields["text1"]
