"""Three-point estimates through MSPDI: Duration1-3, MS Project's PERT analysis fields."""

from pathlib import Path

import pytest

from pmdesk.core.demo import build_demo_plan
from pmdesk.io.mspdi import read_mspdi
from pmdesk.io.mspdi_writer import write_mspdi

FIXTURES = Path(__file__).resolve().parents[3] / ".." / "shared" / "fixtures" / "interop"


def test_estimates_survive_export_and_import(tmp_path):
    data = build_demo_plan()
    path = tmp_path / "plan.xml"
    write_mspdi(data, path)
    text = path.read_text(encoding="utf-8")
    assert "<FieldID>188743783</FieldID><FieldName>Duration1</FieldName>" in text
    result = read_mspdi(path)
    back = result.data.tasks
    estimated = [t for t in data.tasks.values() if t.duration_pessimistic is not None]
    assert estimated
    by_name = {t.name: t for t in back.values()}
    for task in estimated:
        twin = by_name[task.name]
        assert (twin.duration_optimistic, twin.duration_most_likely, twin.duration_pessimistic) == (
            task.duration_optimistic,
            task.duration_most_likely,
            task.duration_pessimistic,
        )
    assert not any("custom field" in w for w in result.warnings)


def _project(task_extra: str) -> str:
    return (
        '<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project">'
        "<StartDate>2026-01-05T08:00:00</StartDate><Tasks><Task><UID>1</UID><ID>1</ID>"
        "<Name>Dig</Name><Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat>"
        f"{task_extra}</Task></Tasks></Project>"
    )


def _ea(field_id: int, value: str) -> str:
    return f"<ExtendedAttribute><FieldID>{field_id}</FieldID><Value>{value}</Value></ExtendedAttribute>"


def test_pert_fields_are_read_and_other_custom_fields_counted(tmp_path):
    path = tmp_path / "p.xml"
    path.write_text(
        _project(
            _ea(188743783, "PT8H0M0S")
            + _ea(188743785, "PT40H0M0S")
            + _ea(188743731, "ACME")
            + _ea(188743786, "12")
        ),
        encoding="utf-8",
    )
    result = read_mspdi(path)
    task = result.data.tasks[1]
    assert (task.duration_optimistic, task.duration_most_likely, task.duration_pessimistic) == (
        480,
        None,
        2400,
    )
    assert task.custom_fields == {"text1": "ACME"}  # Text1 is a custom field pmdesk keeps
    [counted] = [w for w in result.warnings if "ExtendedAttribute" in w]
    assert counted.endswith("Flag) (1).")  # Cost1 only: Duration1-3 are not counted


@pytest.mark.parametrize("values", [
    (("PT40H0M0S", 188743783), ("PT8H0M0S", 188743785)),  # optimistic longer than pessimistic
    (("-PT8H0M0S", 188743783),),  # negative
])  # fmt: skip
def test_unusable_estimates_are_left_out(tmp_path, values):
    path = tmp_path / "p.xml"
    path.write_text(_project("".join(_ea(fid, v) for v, fid in values)), encoding="utf-8")
    result = read_mspdi(path)
    task = result.data.tasks[1]
    assert task.duration_optimistic is None and task.duration_pessimistic is None
    assert task.duration == 960  # the plan itself is read as usual


def test_projectlibre_file_with_custom_field_definitions_still_reads():
    path = FIXTURES / "NewProduct-projectlibre.xml"
    if not path.exists():
        pytest.skip("the interoperability fixtures are not beside the clone")
    result = read_mspdi(path)
    assert result.data.tasks
    assert all(t.duration_optimistic is None for t in result.data.tasks.values())
